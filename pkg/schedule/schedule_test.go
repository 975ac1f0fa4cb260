package schedule

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// fullRecord has one of every kind of duty. Today is 2026-05-15 (Fri).
const fullRecord = `---
id: S-0101
name: 山田 花子
status: active
owner: 佐藤 健
manager: 高橋 部長
client: 株式会社サンプル商事
site: 本社 経理部
supervisor: 鈴木 課長
start: 2026-04-01
contract:
  end: 2026-06-30
next: 2026-05-20
milestones:
  - id: M1
    what: 初日連絡
    due: 2026-04-01
    who: owner
    done: 2026-04-01
    rule: first-day
  - id: M2
    what: 初日お礼電話
    due: 2026-04-01
    who: manager
    rule: first-day-thanks
  - id: M3
    what: 1ヶ月フォロー
    due: 2026-05-01
    who: owner
    rule: month-1
  - id: M4
    what: 歓迎会の様子を聞く
    due: 2026-05-22
    who: 山本 さん
  - id: M5
    what: 更新意向確認
    due: 2026-05-29
    who: owner
    rule: renewal-intent
  - id: M6
    what: 旧ルールの面談
    due: 2026-06-10
    rule: old-rule
  - id: M7
    what: 日付のない予定
    who: owner
requests:
  - id: R1
    what: 残業が多い
    due: 2026-05-10
  - id: R2
    what: PC が遅い
    due: 2026-05-12
    done: 2026-05-12
    report: 2026-05-18
    how: 電話
  - id: R3
    what: 駐輪場
    due: 2026-05-01
    done: 2026-05-01
    reported: 2026-05-02
  - id: R4
    what: 席替え
    due: 2026-05-13
    done: 2026-05-13
  - id: R5
    what: 有給の取り方
    due: 2026-06-01
    report: 2026-06-05
    how: 訪問
---
# 山田 花子
`

// allEN is All with the items phrased in English, as follow due shows them.
func allEN(r *record.Record, cfg *config.Config, today dates.Date) []Item {
	items := All(r, cfg, today)
	for i := range items {
		items[i].Phrase(i18n.Translator("en"))
	}
	return items
}

type itemKey struct {
	Date, Kind, Ref, Who, Role string
}

func keys(items []Item) []itemKey {
	var out []itemKey
	for _, it := range items {
		out = append(out, itemKey{it.Date.String(), it.Kind, it.Ref, it.Who, it.Role})
	}
	return out
}

func TestAllFullRecord(t *testing.T) {
	today := d(2026, 5, 15)
	r := parseRecord(t, fullRecord)
	items := All(r, config.Default(), today)
	for i := range items {
		items[i].Phrase(i18n.Translator("en"))
	}

	line := func(marker string) int { return lineOf(t, fullRecord, marker) }
	want := []struct {
		key      itemKey
		what     string
		line     int
		overdue  bool
		days     int
		whatHas  string
		whatFull bool
	}{
		{itemKey{"2026-05-20", KindFollowUp, "", "佐藤 健", "owner"}, "next follow-up", line("next:"), false, 5, "", true},
		{itemKey{"2026-05-10", KindRequest, "R1", "佐藤 健", "owner"}, "残業が多い", line("id: R1"), true, -5, "", true},
		{itemKey{"2026-05-18", KindReport, "R2", "佐藤 健", "owner"}, "report back to the staff member: PC が遅い (電話)", line("id: R2"), false, 3, "", true},
		// done without a report date: reported back from the day it was done
		{itemKey{"2026-05-13", KindReport, "R4", "佐藤 健", "owner"}, "report back to the staff member: 席替え", line("id: R4"), true, -2, "", true},
		// still open, with a report date agreed: both the request and the report
		{itemKey{"2026-06-01", KindRequest, "R5", "佐藤 健", "owner"}, "有給の取り方", line("id: R5"), false, 17, "", true},
		{itemKey{"2026-06-05", KindReport, "R5", "佐藤 健", "owner"}, "report back to the staff member: 有給の取り方 (訪問)", line("id: R5"), false, 21, "", true},
		{itemKey{"2026-04-01", KindMilestone, "M2", "高橋 部長", "manager"}, "初日お礼電話", line("id: M2"), true, -44, "", true},
		{itemKey{"2026-05-01", KindMilestone, "M3", "佐藤 健", "owner"}, "1ヶ月フォロー", line("id: M3"), true, -14, "", true},
		{itemKey{"2026-05-22", KindMilestone, "M4", "山本 さん", ""}, "歓迎会の様子を聞く", line("id: M4"), false, 7, "", true},
		{itemKey{"2026-05-29", KindRenewal, "M5", "佐藤 健", "owner"}, "更新意向確認", line("id: M5"), false, 14, "", true},
		{itemKey{"2026-06-10", KindMilestone, "M6", "佐藤 健", "owner"}, "旧ルールの面談", line("id: M6"), false, 26, "", true},
		// 2026-04-01 + 3 years = 2029-04-01; warned 1 month before, to the owner and the manager
		{itemKey{"2029-03-01", KindLimit, "", "佐藤 健", "owner"}, "", line("start:"), false, d(2029, 3, 1).Sub(today), "2029-04-01 (本社 経理部)", false},
		{itemKey{"2029-03-01", KindLimit, "", "高橋 部長", "manager"}, "", line("start:"), false, d(2029, 3, 1).Sub(today), "2029-04-01 (本社 経理部)", false},
		// the employment-stability wish from 6 months before the limit date; training short
		// in the first 3 years from February 1 (duty_test.go)
		{itemKey{"2028-10-01", KindDuty, "", "佐藤 健", "owner"}, "stability measures: ask the staff member's wish (limit 2029-04-01)", line("start:"), false, d(2028, 10, 1).Sub(today), "", true},
		{itemKey{"2027-02-01", KindDuty, "", "佐藤 健", "owner"}, "training: 0 of 8 hours this fiscal year (it ends 2027-03-31)", line("start:"), false, d(2027, 2, 1).Sub(today), "", true},
	}
	if len(items) != len(want) {
		t.Errorf("got %d items, want %d:", len(items), len(want))
		for _, k := range keys(items) {
			t.Logf("  %+v", k)
		}
	}
	byKey := map[itemKey]Item{}
	for _, it := range items {
		k := itemKey{it.Date.String(), it.Kind, it.Ref, it.Who, it.Role}
		if _, dup := byKey[k]; dup {
			t.Errorf("duplicate item %+v", k)
		}
		byKey[k] = it
	}
	for _, w := range want {
		it, ok := byKey[w.key]
		if !ok {
			t.Errorf("missing item %+v", w.key)
			continue
		}
		if w.whatFull && it.What != w.what {
			t.Errorf("%+v: What = %q, want %q", w.key, it.What, w.what)
		}
		if !w.whatFull && !strings.Contains(it.What, w.whatHas) {
			t.Errorf("%+v: What = %q, want it to contain %q", w.key, it.What, w.whatHas)
		}
		if it.Line != w.line {
			t.Errorf("%+v: Line = %d, want %d", w.key, it.Line, w.line)
		}
		if it.Overdue != w.overdue || it.Days != w.days {
			t.Errorf("%+v: Overdue %v Days %d, want %v %d", w.key, it.Overdue, it.Days, w.overdue, w.days)
		}
		// Every item carries the record's context.
		if it.Staff != "S-0101" || it.Name != "山田 花子" || it.Owner != "佐藤 健" || it.Manager != "高橋 部長" ||
			it.Client != "株式会社サンプル商事" || it.Site != "本社 経理部" || it.Supervisor != "鈴木 課長" || it.File != "staff/S-0101.md" {
			t.Errorf("%+v: record context = %+v", w.key, it)
		}
	}
}

func TestAllJapaneseWords(t *testing.T) {
	today := d(2026, 5, 15)
	r := parseRecord(t, fullRecord)
	got := map[string]string{}
	for _, it := range All(r, config.Default(), today) {
		it.Phrase(i18n.Translator("ja"))
		got[it.Kind+it.Ref+it.Role] = it.What
	}
	want := map[string]string{
		KindFollowUp + "owner":      "次回フォロー",
		KindReport + "R2owner":      "スタッフへ結果を報告: PC が遅い（電話）",
		KindReport + "R4owner":      "スタッフへ結果を報告: 席替え",
		KindLimit + "owner":         "個人単位の抵触日 2029-04-01（本社 経理部）: 雇用安定措置・次の就業先を検討",
		KindRequest + "R1owner":     "残業が多い",
		KindMilestone + "M2manager": "初日お礼電話",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: What = %q, want %q", k, got[k], w)
		}
	}
}

// TestCodes: every item has a code that says what it is, whatever the language; each code
// but request and milestone (the record's own text) has its words in both languages, and
// Phrase does not touch the record's text.
func TestCodes(t *testing.T) {
	today := d(2026, 5, 15)
	r := parseRecord(t, strings.Replace(fullRecord, "next: 2026-05-20\n", "", 1))
	r.SiteLimit = d(2026, 6, 1)
	r.Contract.End, r.Contract.Renewals = d(2026, 5, 1), 3
	seen := map[string]string{}
	for _, it := range All(r, config.Default(), today) {
		if !slices.Contains(Codes, it.Code) {
			t.Errorf("%+v: code %q is not one of Codes", it, it.Code)
		}
		seen[it.Code] = it.Kind
		for _, lang := range []string{"en", "ja"} {
			x := it
			x.Phrase(i18n.Translator(lang))
			switch {
			case it.Code == CodeRequest || it.Code == CodeMilestone || it.Code == CodeCall:
				if x.What != it.What || it.What == "" {
					t.Errorf("%s: Phrase changed the record's text %q to %q", it.Code, it.What, x.What)
				}
			case it.What != "" || x.What == "" || strings.Contains(x.What, "due.what"):
				t.Errorf("%s (%s): What %q before, %q after Phrase", it.Code, lang, it.What, x.What)
			}
		}
	}
	r.Contract.End = d(2026, 8, 31) // not over: the notice deadline instead
	r.Next = d(2026, 5, 20)
	for _, duties := range [][]record.Duty{
		{{Kind: record.DutyWish, Date: d(2026, 5, 1), Option: record.OptionDirectHire}},
		{{Kind: record.DutyWish, Date: d(2026, 5, 1), Option: record.OptionDirectHire}, {Kind: record.DutyMeasure, Date: d(2026, 5, 2), Result: record.ResultFailed}},
	} {
		r.Duties = duties
		for _, it := range All(r, config.Default(), today) {
			seen[it.Code] = it.Kind
			x := it
			x.Phrase(i18n.Translator("ja"))
			if x.What == "" || strings.Contains(x.What, "due.what") {
				t.Errorf("%s: What %q", it.Code, x.What)
			}
		}
	}
	// The risks (and a complaint): intent and low mood; a mood that fell; no contact early.
	r.Duties = nil
	r.Requests = append(r.Requests, record.Request{ID: "R9", What: "残業代の計算が合わない", Due: d(2026, 5, 20), Type: record.TypeComplaint, Report: d(2026, 5, 10)})
	for _, l := range []record.Latest{
		{Contact: d(2026, 5, 1), Intent: record.IntentUnsure, IntentDate: d(2026, 5, 1), Mood: 2, MoodDate: d(2026, 5, 1)},
		{Contact: d(2026, 4, 20), Mood: 3, MoodDate: d(2026, 4, 20), MoodBefore: 5, MoodBeforeDate: d(2026, 4, 1)},
	} {
		r.Latest, r.Start = l, d(2026, 4, 1)
		for _, it := range All(r, config.Default(), today) {
			seen[it.Code] = it.Kind
			x := it
			x.Phrase(i18n.Translator("ja"))
			if x.What == "" || strings.Contains(x.What, "due.what") || strings.Contains(x.What, "intent.") {
				t.Errorf("%s: What %q", it.Code, x.What)
			}
		}
	}
	r.Status, r.Ended.Date = record.StatusEnded, d(2026, 5, 10) // ended, keeping a contact after the end
	for _, it := range All(r, config.Default(), today) {
		seen[it.Code] = it.Kind
		x := it
		x.Phrase(i18n.Translator("ja"))
		if x.What != "就業終了後の連絡（2026-05-10 終了）" {
			t.Errorf("%s: What %q", it.Code, x.What)
		}
	}
	for _, c := range Codes {
		if _, ok := seen[c]; !ok {
			t.Errorf("no item with code %s", c)
		}
	}
	if seen[CodeContractOver] != KindRenewal || seen[CodeSiteLimit] != KindLimit || seen[CodeReportBack] != KindReport {
		t.Errorf("kinds: %v", seen)
	}
}

func TestAllKinds(t *testing.T) {
	today := d(2026, 5, 15)
	type want struct {
		Date    string
		Kind    string
		Ref     string
		Who     string
		Role    string
		Overdue bool
		Days    int
	}
	noLimit := func(c *config.Config) { c.Limit.Enable = false }
	tests := []struct {
		name string
		edit func(s *recSpec)
		cfg  *config.Config
		kind string // only items of this kind are compared ("" = all)
		want []want
	}{
		{
			name: "follow-up only", cfg: cfgWith(noLimit),
			want: []want{{"2026-05-20", KindFollowUp, "", "佐藤 健", "owner", false, 5}},
		},
		{
			name: "follow-up today is not overdue", cfg: cfgWith(noLimit),
			edit: func(s *recSpec) { s.Next = "2026-05-15" },
			want: []want{{"2026-05-15", KindFollowUp, "", "佐藤 健", "owner", false, 0}},
		},
		{
			name: "follow-up yesterday is overdue", cfg: cfgWith(noLimit),
			edit: func(s *recSpec) { s.Next = "2026-05-14" },
			want: []want{{"2026-05-14", KindFollowUp, "", "佐藤 健", "owner", true, -1}},
		},
		{
			name: "unscheduled: no next date, dated today", cfg: cfgWith(noLimit),
			edit: func(s *recSpec) { s.Next = "" },
			want: []want{{"2026-05-15", KindUnscheduled, "", "佐藤 健", "owner", false, 0}},
		},
		{
			name: "request: open with a due date", cfg: cfgWith(noLimit), kind: KindRequest,
			edit: func(s *recSpec) {
				s.Requests = []rqSpec{
					{ID: "R1", What: "a", Due: "2026-05-01"},
					{ID: "R2", What: "b", Due: "2026-05-30"},
					{ID: "R3", What: "c", Due: "2026-05-01", Done: "2026-05-02", Reported: "2026-05-02"},
				}
			},
			want: []want{
				{"2026-05-01", KindRequest, "R1", "佐藤 健", "owner", true, -14},
				{"2026-05-30", KindRequest, "R2", "佐藤 健", "owner", false, 15},
			},
		},
		{
			name: "report: not reported, with a report or done date", cfg: cfgWith(noLimit), kind: KindReport,
			edit: func(s *recSpec) {
				s.Requests = []rqSpec{
					{ID: "R1", What: "a", Due: "2026-05-01", Done: "2026-05-03"},                                               // done date
					{ID: "R2", What: "b", Due: "2026-05-01", Done: "2026-05-03", Report: "2026-05-20"},                         // report date wins
					{ID: "R3", What: "c", Due: "2026-05-01", Done: "2026-05-03", Report: "2026-05-20", Reported: "2026-05-04"}, // reported
					{ID: "R4", What: "d", Due: "2026-05-01"},                                                                   // open, no report date
					{ID: "R5", What: "e", Due: "2026-05-30", Report: "2026-06-02"},                                             // open, report date agreed
				}
			},
			want: []want{
				{"2026-05-03", KindReport, "R1", "佐藤 健", "owner", true, -12},
				{"2026-05-20", KindReport, "R2", "佐藤 健", "owner", false, 5},
				{"2026-06-02", KindReport, "R5", "佐藤 健", "owner", false, 18},
			},
		},
		{
			name: "milestones: who resolved", cfg: cfgWith(noLimit), kind: KindMilestone,
			edit: func(s *recSpec) {
				s.Milestones = []msSpec{
					{ID: "M1", What: "a", Due: "2026-05-01", Who: "owner"},
					{ID: "M2", What: "b", Due: "2026-05-01", Who: "manager"},
					{ID: "M3", What: "c", Due: "2026-05-01", Who: "田中 部長"},
					{ID: "M4", What: "d", Due: "2026-05-01"}, // no who: the owner
					{ID: "M5", What: "e", Due: "2026-05-01", Who: "owner", Done: "2026-05-01"},
				}
			},
			want: []want{
				{"2026-05-01", KindMilestone, "M1", "佐藤 健", "owner", true, -14},
				{"2026-05-01", KindMilestone, "M2", "高橋 部長", "manager", true, -14},
				{"2026-05-01", KindMilestone, "M3", "田中 部長", "", true, -14},
				{"2026-05-01", KindMilestone, "M4", "佐藤 健", "owner", true, -14},
			},
		},
		{
			name: "milestones: manager unknown", cfg: cfgWith(noLimit), kind: KindMilestone,
			edit: func(s *recSpec) {
				s.Manager = ""
				s.Milestones = []msSpec{{ID: "M1", What: "a", Due: "2026-05-20", Who: "manager"}}
			},
			want: []want{{"2026-05-20", KindMilestone, "M1", "(manager)", "manager", false, 5}},
		},
		{
			name: "renewal: milestone of a renewal rule", cfg: cfgWith(noLimit), kind: KindRenewal,
			edit: func(s *recSpec) {
				s.End = "2026-06-30"
				s.Milestones = []msSpec{
					{ID: "M1", What: "更新意向確認", Due: "2026-05-29", Who: "owner", Rule: "renewal-intent"},
					{ID: "M2", What: "済み", Due: "2026-05-01", Who: "owner", Rule: "renewal-intent", Done: "2026-05-02"},
					{ID: "M3", What: "1ヶ月", Due: "2026-05-01", Who: "owner", Rule: "month-1"},
				}
			},
			want: []want{{"2026-05-29", KindRenewal, "M1", "佐藤 健", "owner", false, 14}},
		},
		{
			name: "renewal: a custom rule of kind renewal", kind: KindRenewal,
			cfg: cfgWith(noLimit, func(c *config.Config) {
				c.Rules = append(c.Rules, config.Rule{ID: "client-intent", What: "派遣先へ確認", Who: "manager", From: "end", Offset: dates.Span{Months: -2}, Kind: "renewal"})
			}),
			edit: func(s *recSpec) {
				s.Milestones = []msSpec{{ID: "M1", What: "派遣先へ確認", Due: "2026-04-30", Who: "manager", Rule: "client-intent"}}
			},
			want: []want{{"2026-04-30", KindRenewal, "M1", "高橋 部長", "manager", true, -15}},
		},
		{
			name: "renewal: contract end passed", cfg: cfgWith(noLimit), kind: KindRenewal,
			edit: func(s *recSpec) { s.End = "2026-05-14" },
			want: []want{{"2026-05-14", KindRenewal, "", "佐藤 健", "owner", true, -1}},
		},
		{
			name: "renewal: contract ends today, not yet over", cfg: cfgWith(noLimit), kind: KindRenewal,
			edit: func(s *recSpec) { s.End = "2026-05-15" },
		},
		{
			name: "limit: from start", kind: KindLimit, cfg: cfgWith(),
			want: []want{
				{"2029-03-01", KindLimit, "", "佐藤 健", "owner", false, d(2029, 3, 1).Sub(today)},
				{"2029-03-01", KindLimit, "", "高橋 部長", "manager", false, d(2029, 3, 1).Sub(today)},
			},
		},
		{
			// unit_start wins over start: 2023-06-01 + 3y = 2026-06-01, warned 2026-05-01
			name: "limit: from unit_start, warning open", kind: KindLimit, cfg: cfgWith(),
			edit: func(s *recSpec) { s.UnitStart = "2023-06-01" },
			want: []want{
				{"2026-05-01", KindLimit, "", "佐藤 健", "owner", true, -14},
				{"2026-05-01", KindLimit, "", "高橋 部長", "manager", true, -14},
			},
		},
		{
			name: "limit: exempt", kind: KindLimit, cfg: cfgWith(),
			edit: func(s *recSpec) { s.UnitStart, s.Exempt = "2023-06-01", "indefinite" },
		},
		{
			name: "limit: disabled", kind: KindLimit, cfg: cfgWith(noLimit),
			edit: func(s *recSpec) { s.UnitStart = "2023-06-01" },
		},
		{
			name: "limit: warn 2m, owner only", kind: KindLimit,
			cfg:  cfgWith(func(c *config.Config) { c.Limit.Warn, c.Limit.Who = dates.Span{Months: 2}, []string{"owner"} }),
			edit: func(s *recSpec) { s.UnitStart = "2023-06-01" },
			want: []want{{"2026-04-01", KindLimit, "", "佐藤 健", "owner", true, -44}},
		},
		{
			name: "limit: a named person, manager unknown", kind: KindLimit,
			cfg:  cfgWith(func(c *config.Config) { c.Limit.Who = []string{"manager", "派遣元責任者 中村"} }),
			edit: func(s *recSpec) { s.UnitStart, s.Manager = "2023-06-01", "" },
			want: []want{
				{"2026-05-01", KindLimit, "", "(manager)", "manager", true, -14},
				{"2026-05-01", KindLimit, "", "派遣元責任者 中村", "", true, -14},
			},
		},
		{
			name: "limit: 5 years", kind: KindLimit,
			cfg:  cfgWith(func(c *config.Config) { c.Limit.Years, c.Limit.Who = 5, []string{"owner"} }),
			want: []want{{"2031-03-01", KindLimit, "", "佐藤 健", "owner", false, d(2031, 3, 1).Sub(today)}},
		},
		{
			name: "ended record: nothing", cfg: cfgWith(),
			edit: func(s *recSpec) {
				s.Status, s.Ended, s.Next, s.End = "ended", "2026-05-10", "", "2026-05-10"
				s.Requests = []rqSpec{{ID: "R1", What: "a", Due: "2026-05-01"}}
				s.Milestones = []msSpec{{ID: "M1", What: "a", Due: "2026-05-01"}}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			if tc.edit != nil {
				tc.edit(&s)
			}
			r := s.parse(t)
			var got []want
			for _, it := range allEN(r, tc.cfg, today) {
				if tc.kind != "" && it.Kind != tc.kind || tc.kind == "" && it.Kind == KindDuty { // duty_test.go
					continue
				}
				got = append(got, want{it.Date.String(), it.Kind, it.Ref, it.Who, it.Role, it.Overdue, it.Days})
			}
			if !(len(got) == 0 && len(tc.want) == 0) && !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tc.want)
			}
		})
	}
}

func TestAllLines(t *testing.T) {
	today := d(2026, 5, 15)
	s := base()
	s.End = "2026-05-01"
	s.Next = ""
	src := s.render()
	r := parseRecord(t, src)
	for _, it := range allEN(r, config.Default(), today) {
		var want int
		switch it.Kind {
		case KindUnscheduled:
			want = 0 // no next: key at all
		case KindRenewal:
			want = lineOf(t, src, "contract:")
			if !strings.Contains(it.What, "2026-05-01") || !strings.Contains(it.What, "follow renew") {
				t.Errorf("contract-over What = %q", it.What)
			}
		case KindLimit, KindDuty:
			want = lineOf(t, src, "start:")
			// no site: the client names the unit
		default:
			t.Errorf("unexpected item %+v", it)
		}
		if it.Line != want {
			t.Errorf("%s: Line = %d, want %d", it.Kind, it.Line, want)
		}
	}

	// An empty next: key is still where the fix goes.
	src2 := strings.Replace(fullRecord, "next: 2026-05-20", "next:", 1)
	r2, err := record.Parse("x.md", []byte(src2))
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range allEN(r2, config.Default(), today) {
		if it.Kind == KindUnscheduled && it.Line != lineOf(t, src2, "next:") {
			t.Errorf("unscheduled Line = %d, want %d", it.Line, lineOf(t, src2, "next:"))
		}
	}

	// Without a site the limit names the client.
	s.Site = ""
	for _, it := range allEN(s.parse(t), config.Default(), today) {
		if it.Kind == KindLimit && !strings.Contains(it.What, "(株式会社サンプル商事)") {
			t.Errorf("limit What without a site = %q", it.What)
		}
	}
}

// Days and Overdue are relative to the today passed in, nothing else.
func TestAllRelativeToToday(t *testing.T) {
	s := base()
	s.Next = "2026-05-20"
	r := s.parse(t)
	cfg := cfgWith(func(c *config.Config) { c.Limit.Enable, c.Stability.Enable, c.Training.Enable = false, false, false })
	for _, tc := range []struct {
		today   dates.Date
		days    int
		overdue bool
	}{
		{d(2026, 5, 1), 19, false},
		{d(2026, 5, 19), 1, false},
		{d(2026, 5, 20), 0, false},
		{d(2026, 5, 21), -1, true},
		{d(2027, 5, 20), -365, true},
	} {
		items := allEN(r, cfg, tc.today)
		if len(items) != 1 || items[0].Days != tc.days || items[0].Overdue != tc.overdue {
			t.Errorf("today %s: %+v, want days %d overdue %v", tc.today, items, tc.days, tc.overdue)
		}
	}
}

func TestLimitDate(t *testing.T) {
	tests := []struct {
		start, unitStart, exempt string
		years                    int
		want                     string
	}{
		{"2026-04-01", "", "", 3, "2029-04-01"},
		{"2026-04-01", "2025-10-01", "", 3, "2028-10-01"},
		{"2026-04-01", "", "age60", 3, ""},
		{"2026-04-01", "", "", 0, ""},
		{"", "", "", 3, ""},
		{"2026-01-31", "", "", 3, "2029-01-31"},
		{"2026-04-01", "", "", 1, "2027-04-01"},
		// The limit date is the first day the staff member may no longer work there:
		// from 2028-02-29, three years (Civil Code art. 143: with no corresponding day the
		// period ends on the last day of the month) run to 2031-02-28, so the limit date is
		// 2031-03-01, not 2031-02-28.
		{"2028-02-29", "", "", 3, "2031-03-01"},
		{"2024-02-29", "", "", 4, "2028-02-29"},
	}
	for _, tc := range tests {
		r := &record.Record{Start: iso(tc.start), UnitStart: iso(tc.unitStart), Exempt: tc.exempt}
		if got := LimitDate(r, tc.years); got.String() != tc.want {
			t.Errorf("LimitDate(start %s, unit_start %s, exempt %q, %d years) = %s, want %s",
				tc.start, tc.unitStart, tc.exempt, tc.years, got, tc.want)
		}
	}
}

func TestResolve(t *testing.T) {
	r := &record.Record{Owner: "佐藤 健", Manager: "高橋 部長"}
	noMgr := &record.Record{Owner: "佐藤 健"}
	tests := []struct {
		r                 *record.Record
		who, person, role string
	}{
		{r, "", "佐藤 健", "owner"},
		{r, "owner", "佐藤 健", "owner"},
		{r, "manager", "高橋 部長", "manager"},
		{noMgr, "manager", "(manager)", "manager"},
		{r, "田中 部長", "田中 部長", ""},
		{r, "Owner", "Owner", ""}, // the keywords are lower-case
	}
	for _, tc := range tests {
		p, role := Resolve(tc.r, tc.who)
		if p != tc.person || role != tc.role {
			t.Errorf("Resolve(%q) = %q, %q; want %q, %q", tc.who, p, role, tc.person, tc.role)
		}
	}
}

func TestFilter(t *testing.T) {
	today := d(2026, 5, 15)
	it := Item{
		Date: d(2026, 5, 20), Kind: KindMilestone, Who: "高橋 部長", Owner: "佐藤 健",
		Client: "株式会社サンプル商事", Days: 5,
	}
	overdue := it
	overdue.Date, overdue.Overdue, overdue.Days = d(2026, 5, 10), true, -5
	tests := []struct {
		name string
		f    Filter
		it   Item
		want bool
	}{
		{"empty filter", Filter{}, it, true},
		{"until after", Filter{Until: today.AddDays(7)}, it, true},
		{"until same day", Filter{Until: d(2026, 5, 20)}, it, true},
		{"until before", Filter{Until: d(2026, 5, 19)}, it, false},
		{"until keeps overdue", Filter{Until: today}, overdue, true},
		{"overdue only: not overdue", Filter{OverdueOnly: true}, it, false},
		{"overdue only: overdue", Filter{OverdueOnly: true}, overdue, true},
		{"owner exact", Filter{Owner: "佐藤 健"}, it, true},
		{"owner no space", Filter{Owner: "佐藤健"}, it, true},
		{"owner full-width space", Filter{Owner: "佐藤\u3000健"}, it, true},
		{"owner two spaces and tab", Filter{Owner: " 佐藤 \t健 "}, it, true},
		{"owner other", Filter{Owner: "佐藤 花子"}, it, false},
		{"owner by family name alone", Filter{Owner: "佐藤"}, it, true},
		{"owner is not a substring match", Filter{Owner: "佐"}, it, false},
		{"owner given name alone does not match", Filter{Owner: "健"}, it, false},
		{"owner filter is not who", Filter{Owner: "高橋 部長"}, it, false},
		{"who", Filter{Who: "高橋部長"}, it, true},
		{"who full-width", Filter{Who: "高橋　部長"}, it, true},
		{"who other", Filter{Who: "佐藤 健"}, it, false},
		{"kinds match", Filter{Kinds: []string{KindRequest, KindMilestone}}, it, true},
		{"kinds no match", Filter{Kinds: []string{KindRequest, KindReport}}, it, false},
		{"client substring", Filter{Client: "サンプル"}, it, true},
		{"client full name", Filter{Client: "株式会社サンプル商事"}, it, true},
		{"client other", Filter{Client: "見本"}, it, false},
		{"client in half-width katakana", Filter{Client: "ｻﾝﾌﾟﾙ"}, it, true},
		{"client in hiragana", Filter{Client: "さんぷる"}, it, true},
		{"all at once", Filter{Until: d(2026, 5, 31), Owner: "佐藤健", Who: "高橋 部長", Kinds: []string{KindMilestone}, Client: "商事"}, it, true},
		{"all but one", Filter{Until: d(2026, 5, 31), Owner: "佐藤健", Who: "高橋 部長", Kinds: []string{KindMilestone}, Client: "商店"}, it, false},
	}
	for _, tc := range tests {
		if got := tc.f.Match(tc.it); got != tc.want {
			t.Errorf("%s: Match = %v, want %v", tc.name, got, tc.want)
		}
	}

	// Names and clients typed in full-width ASCII or another case match too.
	latin := Item{Owner: "Ken Sato", Who: "Ken Sato", Client: "ACME Japan K.K."}
	for _, f := range []Filter{
		{Owner: "ken sato"}, {Owner: "ＫｅｎＳａｔｏ"}, {Who: "KEN SATO"}, {Client: "acme"}, {Client: "ＡＣＭＥ"}, {Client: "japan k.k"},
	} {
		if !f.Match(latin) {
			t.Errorf("%+v does not match %+v", f, latin)
		}
	}
}

// The filter follow due applies: everything up to today + within, for one owner.
func TestFilterOverAll(t *testing.T) {
	today := d(2026, 5, 15)
	r := parseRecord(t, fullRecord)
	var refs []string
	f := Filter{Until: today.AddDays(7), Owner: "佐藤健"}
	for _, it := range allEN(r, config.Default(), today) {
		if f.Match(it) {
			refs = append(refs, it.Kind+":"+it.Ref)
		}
	}
	sort.Strings(refs)
	want := []string{
		"follow-up:", "milestone:M2", "milestone:M3", "milestone:M4",
		"report:R2", "report:R4", "request:R1",
	}
	if !reflect.DeepEqual(refs, want) {
		t.Errorf("due within 7 days = %q, want %q", refs, want)
	}
	var mine []string
	for _, it := range allEN(r, config.Default(), today) {
		if (Filter{Who: "高橋　部長"}).Match(it) {
			mine = append(mine, it.Kind+":"+it.Ref)
		}
	}
	if want := []string{"milestone:M2", "limit:"}; !reflect.DeepEqual(mine, want) {
		t.Errorf("the manager's items = %q, want %q", mine, want)
	}
}

func TestSort(t *testing.T) {
	d1, d2 := d(2026, 5, 15), d(2026, 5, 16)
	sorted := []Item{
		{Date: d1, Kind: KindUnscheduled, Staff: "S-0002"},
		{Date: d1, Kind: KindFollowUp, Staff: "S-0001"},
		{Date: d1, Kind: KindFollowUp, Staff: "S-0002"},
		{Date: d1, Kind: KindRenewal, Staff: "S-0001", Ref: "M5"},
		{Date: d1, Kind: KindLimit, Staff: "S-0001", Who: "佐藤 健"},
		{Date: d1, Kind: KindLimit, Staff: "S-0001", Who: "高橋 部長"},
		{Date: d1, Kind: KindMilestone, Staff: "S-0001", Ref: "M1"},
		{Date: d1, Kind: KindMilestone, Staff: "S-0001", Ref: "M2"},
		{Date: d1, Kind: KindMilestone, Staff: "S-0002", Ref: "M1"},
		{Date: d1, Kind: KindRequest, Staff: "S-0001", Ref: "R1"},
		{Date: d1, Kind: KindReport, Staff: "S-0001", Ref: "R1"},
		{Date: d2, Kind: KindUnscheduled, Staff: "S-0001"},
		{Date: d2, Kind: KindReport, Staff: "S-0001", Ref: "R3"},
	}
	// An earlier date comes first whatever its kind.
	early := Item{Date: d(2026, 4, 1), Kind: KindReport, Staff: "S-0009"}
	sorted = append([]Item{early}, sorted...)

	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		items := append([]Item(nil), sorted...)
		rng.Shuffle(len(items), func(a, b int) { items[a], items[b] = items[b], items[a] })
		Sort(items)
		if !reflect.DeepEqual(items, sorted) {
			t.Fatalf("Sort gave\n%v\nwant\n%v", keysWithStaff(items), keysWithStaff(sorted))
		}
	}
	Sort(nil) // must not panic

	// Every kind has a place in the order, and Kinds lists each once.
	seen := map[string]bool{}
	for _, k := range Kinds {
		if _, ok := kindOrder[k]; !ok || seen[k] {
			t.Errorf("kind %q: in order %v, listed before %v", k, ok, seen[k])
		}
		seen[k] = true
	}
	if len(Kinds) != len(kindOrder) {
		t.Errorf("Kinds has %d kinds, kindOrder %d", len(Kinds), len(kindOrder))
	}
}

func keysWithStaff(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Date.String()+" "+it.Kind+" "+it.Staff+" "+it.Ref+" "+it.Who)
	}
	return out
}

// The JSON field names are part of follow's stable interface (docs/GUIDE.md).
func TestItemJSON(t *testing.T) {
	it := Item{
		Date: d(2026, 5, 20), Staff: "S-0101", Name: "山田 花子", Kind: KindMilestone, Who: "高橋 部長",
		Role: "manager", What: "初日お礼電話", Code: CodeCall, Ref: "M2", Overdue: true, Days: -3, Owner: "佐藤 健",
		Manager: "高橋 部長", Client: "株式会社サンプル商事", Site: "本社 経理部", Supervisor: "鈴木 課長",
		SitePhone: "03-0000-1234 内線 204", File: "staff/S-0101.md", Line: 18,
	}
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	wantKeys := []string{"date", "staff", "name", "kind", "who", "role", "what", "code", "ref", "overdue", "days",
		"owner", "manager", "client", "site", "supervisor", "site_phone", "file", "line"}
	var got []string
	for k := range m {
		got = append(got, k)
	}
	sort.Strings(got)
	sort.Strings(wantKeys)
	if !reflect.DeepEqual(got, wantKeys) {
		t.Errorf("JSON keys = %q, want %q", got, wantKeys)
	}
	want := map[string]any{
		"date": "2026-05-20", "staff": "S-0101", "name": "山田 花子", "kind": "milestone", "who": "高橋 部長",
		"role": "manager", "what": "初日お礼電話", "code": "call", "ref": "M2", "overdue": true, "days": float64(-3),
		"owner": "佐藤 健", "manager": "高橋 部長", "client": "株式会社サンプル商事", "site": "本社 経理部",
		"supervisor": "鈴木 課長", "site_phone": "03-0000-1234 内線 204", "file": "staff/S-0101.md", "line": float64(18),
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("JSON = %s", b)
	}
	// Empty values are written, not left out: consumers can rely on every key.
	b, _ = json.Marshal(Item{})
	var empty map[string]any
	_ = json.Unmarshal(b, &empty)
	if len(empty) != len(wantKeys) {
		t.Errorf("empty item JSON %s has %d keys, want %d", b, len(empty), len(wantKeys))
	}
	// The first key is the date (stable field order helps line-oriented tools).
	if !strings.HasPrefix(string(b), `{"date":`) {
		t.Errorf("JSON starts %s", b[:12])
	}
}

// TestEnding: an end decided with a later last day keeps the person's duties due until
// then, each marked with the last day, without the renewal duties the end answered; after
// the last day only a next: the record keeps is due, of kind after-end.
func TestEnding(t *testing.T) {
	today := d(2026, 5, 15)
	r := parseRecord(t, fullRecord)
	r.Contract.End, r.Contract.Renewals = d(2026, 6, 30), 3
	r.Status, r.Ended.Date = record.StatusEnded, d(2026, 6, 30)
	items := All(r, config.Default(), today)
	if len(items) == 0 {
		t.Fatal("an ending record has nothing due")
	}
	for _, it := range items {
		if it.Ending != d(2026, 6, 30) {
			t.Errorf("%s: Ending %v", it.Code, it.Ending)
		}
		if it.Code == CodeNonRenewalNotice || it.Code == CodeContractOver || it.Code == CodeAfterEnd {
			t.Errorf("an ending record has %s", it.Code)
		}
	}
	if got := All(r, config.Default(), d(2026, 7, 1)); len(got) != 0 {
		t.Errorf("a next from before the end is not a contact after it: %+v", got)
	}
	r.Next = d(2026, 7, 1) // 就業終了後の近況伺い
	after := All(r, config.Default(), d(2026, 7, 2))
	if len(after) != 1 || after[0].Kind != KindAfterEnd || after[0].Date != r.Next || !after[0].Overdue {
		t.Fatalf("after the last day: %+v", after)
	}
	var zero dates.Date
	r.Next = zero
	if got := All(r, config.Default(), d(2026, 7, 2)); len(got) != 0 {
		t.Errorf("ended without next: %+v", got)
	}
}
