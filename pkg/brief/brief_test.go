package brief

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

const front = `---
id: S0001
name: 山田 花子
kana: やまだ はなこ
status: active
owner: 佐藤
manager: 鈴木
client: 株式会社サンプル
site: 経理部 経理課
supervisor: 田中 一郎
start: 2026-10-01
contract:
  end: 2026-12-31
  renewals: 1
next: 2026-12-01
milestones:
  - id: M1
    what: 3ヶ月フォロー
    due: 2027-01-04
    who: owner
  - id: M2
    what: 初日お礼電話
    due: 2026-10-01
    who: manager
  - id: M3
    what: 1週間フォロー
    due: 2026-10-08
    done: 2026-10-08
requests:
  - id: R1
    what: 席が寒い
    due: 2026-11-30
    report: 2026-12-10
  - id: R2
    what: 残業
    due: 2026-11-01
    done: 2026-11-01
    reported: 2026-11-02
  - id: R3
    what: 名札
    due: 2026-11-01
    done: 2026-11-01
    report: 2026-11-20
    note: 来週から新しい名札。総務の山口さんが手配済み
---

# 山田 花子
`

func build(t *testing.T, body string, today dates.Date, lang string) Brief {
	t.Helper()
	r, err := record.Parse("S0001.md", []byte(front+body))
	if err != nil {
		t.Fatal(err)
	}
	entries, probs := r.Entries()
	for _, p := range probs {
		if p.Severity == record.SevError {
			t.Fatalf("test record: %+v", p)
		}
	}
	b := Build(r, entries, config.Default(), today)
	b.Phrase(i18n.Translator(lang))
	return b
}

var today = dates.MustOf(2026, 12, 5)

func TestOpenersFromLatestVisitThatHasThem(t *testing.T) {
	body := `
## 2026-10-08 visit

### Personal

- 犬を飼い始めた

## 2026-11-05 visit

### Facts

- 請求書を担当

### Personal

- 娘さんの受験（1月）

## 2026-11-20 call

### Notes

- 折り返し待ち

Next: 2026-12-01

## 2026-11-25 renewal

- Contract renewed
`
	b := build(t, body, today, "en")
	if len(b.Openers) != 2 {
		t.Fatalf("openers = %+v", b.Openers)
	}
	if b.Openers[0].Kind != "personal" || b.Openers[0].Text != "娘さんの受験（1月）" || b.Openers[1].Kind != "fact" {
		t.Errorf("openers = %+v", b.Openers)
	}
	for _, o := range b.Openers {
		if o.Date != dates.MustOf(2026, 11, 5) {
			t.Errorf("opener %q dated %s, want the visit of 2026-11-05", o.Text, o.Date)
		}
		if strings.Contains(o.Text, "犬") {
			t.Errorf("opener from an older visit: %q", o.Text)
		}
	}
	if q := b.Openers[0].Question; q != "Last time (2026-11-05) you mentioned “娘さんの受験（1月）”. How have things been lately?" {
		t.Errorf("question = %q", q)
	}
	ja := build(t, body, today, "ja")
	if q := ja.Openers[0].Question; q != "前回（11/5）「娘さんの受験（1月）」とお話しされていましたが、最近いかがですか？" {
		t.Errorf("ja question = %q", q)
	}
	h := b.History
	if h.Contacts != 3 || h.Entries != 4 || h.LastContact != dates.MustOf(2026, 11, 20) || h.LastKind != "call" || h.DaysSinceLast != 15 {
		t.Errorf("history = %+v", h)
	}
	// 2026-10-08 .. 2026-11-20 is 43 days over 2 intervals: 21.5, rounded to 22.
	if h.AverageInterval != 22 {
		t.Errorf("average interval = %d", h.AverageInterval)
	}
}

func TestNoVisits(t *testing.T) {
	b := build(t, "", today, "en")
	if b.Openers == nil || len(b.Openers) != 0 {
		t.Errorf("openers = %#v, want an empty list", b.Openers)
	}
	if b.History.Contacts != 0 || b.History.AverageInterval != 0 || !b.History.LastContact.IsZero() {
		t.Errorf("history = %+v", b.History)
	}
	// Still a useful brief: who, where, what is open.
	if b.Name != "山田 花子" || b.Client == "" || b.Owner != "佐藤" || b.Manager != "鈴木" || len(b.Requests) == 0 || len(b.Milestones) == 0 {
		t.Errorf("brief = %+v", b)
	}
}

func TestDatesAndOpenItems(t *testing.T) {
	b := build(t, "", today, "en")
	if b.Day != 66 || b.FirstMonths != 3 {
		t.Errorf("day %d, first months %d", b.Day, b.FirstMonths)
	}
	if b.DaysToEnd != 26 || b.Renewals != 1 || b.LimitDate != dates.MustOf(2029, 10, 1) {
		t.Errorf("contract: %d days, %d renewals, limit %s", b.DaysToEnd, b.Renewals, b.LimitDate)
	}
	if !b.NextOverdue {
		t.Error("next 2026-12-01 is overdue on 2026-12-05")
	}
	// R2 is done and reported: gone. R1 open and overdue; R3 resolved, report overdue.
	if len(b.Requests) != 2 || b.Requests[0].ID != "R1" || !b.Requests[0].Overdue || b.Requests[0].ReportOverdue {
		t.Fatalf("requests = %+v", b.Requests)
	}
	if r3 := b.Requests[1]; r3.ID != "R3" || r3.Overdue || !r3.ReportOverdue {
		t.Errorf("R3 = %+v", r3)
	}
	// What to tell the staff member: the note of R3, resolved and to be reported back.
	if r3 := b.Requests[1]; r3.Tell != "来週から新しい名札。総務の山口さんが手配済み" || r3.Note != r3.Tell || b.Requests[0].Tell != "" {
		t.Errorf("tell: R1 %q, R3 %q (note %q)", b.Requests[0].Tell, r3.Tell, r3.Note)
	}
	// Undone milestones, oldest first, with the person resolved.
	if len(b.Milestones) != 2 || b.Milestones[0].ID != "M2" || b.Milestones[0].Who != "鈴木" || !b.Milestones[0].Overdue || b.Milestones[1].Overdue {
		t.Errorf("milestones = %+v", b.Milestones)
	}
	before := build(t, "", dates.MustOf(2026, 9, 30), "en")
	if before.Day != 0 || before.FirstMonths != 0 {
		t.Errorf("before the start: day %d, months %d", before.Day, before.FirstMonths)
	}
	first := build(t, "", dates.MustOf(2026, 10, 1), "en")
	if first.Day != 1 || first.FirstMonths != 1 {
		t.Errorf("first day: day %d, months %d", first.Day, first.FirstMonths)
	}
	after := build(t, "", dates.MustOf(2027, 1, 1), "en")
	if after.FirstMonths != 0 {
		t.Errorf("after three months: %d", after.FirstMonths)
	}
}

func TestHandover(t *testing.T) {
	body := `
## 2026-11-01 handover

- Handover: 佐藤 → 高橋
- 月曜の午前は避ける

## 2026-11-05 visit

### Personal

- 旅行
`
	b := build(t, body, today, "en")
	if b.Handover == nil || b.Handover.Date != dates.MustOf(2026, 11, 1) || len(b.Handover.Lines) != 2 || b.Handover.Lines[1] != "月曜の午前は避ける" {
		t.Errorf("handover = %+v", b.Handover)
	}
	if b.History.Contacts != 1 {
		t.Errorf("a handover is not a contact: %+v", b.History)
	}
	if build(t, "", today, "en").Handover != nil {
		t.Error("handover without one in the log")
	}
}

// TestPhrase: the openers are questions in the reader's language, the day as that
// language writes it; Build itself leaves them unphrased.
func TestPhrase(t *testing.T) {
	d := dates.MustOf(2026, 1, 9)
	for _, c := range []struct {
		lang, kind, text string
		topic            bool
		want             string
	}{
		{"ja", OpenerPersonal, "引っ越し", false, "前回（1/9）「引っ越し」とお話しされていましたが、最近いかがですか？"},
		{"en", OpenerPersonal, "the move", false, "Last time (2026-01-09) you mentioned “the move”. How have things been lately?"},
		{"ja", OpenerPersonal, "大根と白菜", true, "前回（1/9）お話の「大根と白菜」ですが、最近いかがですか？"},
		{"en", OpenerPersonal, "大根と白菜", true, "Last time (2026-01-09) we talked about “大根と白菜”. How is it going lately?"},
		{"ja", OpenerFact, "通勤は電車で約40分", false, "前回（1/9）は「通勤は電車で約40分」と伺いましたが、その後いかがですか？"},
		{"en", OpenerFact, "通勤は電車で約40分", false, "Last time (2026-01-09) I heard “通勤は電車で約40分”. How is it now?"},
	} {
		b := Brief{Openers: []Opener{{Kind: c.kind, Text: c.text, Quote: c.text, Topic: c.topic, Date: d}}}
		b.Phrase(i18n.Translator(c.lang))
		if got := b.Openers[0].Question; got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
	r, err := record.Parse("S0001.md", []byte(front+"\n## 2026-11-05 visit\n\n### Personal\n\n- 犬\n"))
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := r.Entries()
	if b := Build(r, entries, config.Default(), today); len(b.Openers) != 1 || b.Openers[0].Question != "" {
		t.Errorf("Build phrases: %+v", b.Openers)
	}
}
