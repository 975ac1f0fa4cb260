package record

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
)

var draftToday = dates.MustOf(2026, 12, 5)

func TestIsDraftComment(t *testing.T) {
	for line, want := range map[string]bool{
		"#":             true,
		"# comment":     true,
		"#\tcomment":    true,
		"## 2026-12-05": false,
		"### Facts":     false,
		"#tag":          false,
		" # indented":   false,
		"":              false,
	} {
		if got := IsDraftComment(line); got != want {
			t.Errorf("IsDraftComment(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestParseDraftFull(t *testing.T) {
	src := "# comment\n" +
		"## 2026-12-04 call\n" +
		"\n" +
		"### Facts\n" +
		"- 請求書発行を担当\n" +
		"- 長い項目は\n" +
		"  次の行に続く\n" +
		"-\n" +
		"### Requests\n" +
		"- 席が寒い; due 12/10; plan 席替えを相談; report 12/12 電話\n" +
		"- R1 残業が多い; due 12/20\n" +
		"### 近況\n" +
		"・娘さんの受験（1月）\n" +
		"### Notes\n" +
		"#tag is text\n" +
		"### 完了\n" +
		"- R2 席替え済み\n" +
		"- m3\n" +
		"次回：2026年12月19日\n"
	d, err := ParseDraft(src, draftToday)
	if err != nil {
		t.Fatal(err)
	}
	if d.Date != dates.MustOf(2026, 12, 4) || d.Kind != "call" {
		t.Errorf("date, kind = %s %q", d.Date, d.Kind)
	}
	if want := []string{"請求書発行を担当", "長い項目は 次の行に続く"}; !reflect.DeepEqual(d.Facts, want) {
		t.Errorf("facts = %q", d.Facts)
	}
	if len(d.Requests) != 2 {
		t.Fatalf("requests = %+v", d.Requests)
	}
	n := d.Requests[0]
	if n.Update != "" || n.What != "席が寒い" || n.Due != dates.MustOf(2026, 12, 10) || n.Plan != "席替えを相談" || n.Report != dates.MustOf(2026, 12, 12) || n.How != "電話" || n.Line != 10 {
		t.Errorf("new request = %+v", n)
	}
	u := d.Requests[1]
	if u.Update != "R1" || !u.SetDue || u.SetPlan || u.SetReport || u.Due != dates.MustOf(2026, 12, 20) {
		t.Errorf("update = %+v", u)
	}
	if want := []string{"娘さんの受験（1月）"}; !reflect.DeepEqual(d.Personal, want) {
		t.Errorf("personal = %q", d.Personal)
	}
	if want := []string{"#tag is text"}; !reflect.DeepEqual(d.Notes, want) {
		t.Errorf("notes = %q", d.Notes)
	}
	if want := []DraftDone{{ID: "R2", Note: "席替え済み", Line: 17}, {ID: "M3", Line: 18}}; !reflect.DeepEqual(d.Done, want) {
		t.Errorf("done = %+v", d.Done)
	}
	if d.Next != dates.MustOf(2026, 12, 19) || d.NextLine != 19 {
		t.Errorf("next = %s line %d", d.Next, d.NextLine)
	}
	if d.Empty() {
		t.Error("Empty")
	}
}

func TestParseDraftNoHeading(t *testing.T) {
	d, err := ParseDraft("plain note\nNext: 2w\n", draftToday)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Date.IsZero() || d.Kind != "" || d.Next != draftToday.AddDays(14) || len(d.Notes) != 1 {
		t.Errorf("%+v", d)
	}
}

func TestParseDraftEmpty(t *testing.T) {
	for _, src := range []string{"", "# only\n# comments\n", "## 2026-12-05 visit\n\n### Facts\n\n- \n\n### Requests\n\n"} {
		d, err := ParseDraft(src, draftToday)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if !d.Empty() {
			t.Errorf("%q is not empty: %+v", src, d)
		}
	}
	d, _ := ParseDraft("## 2026-12-05 visit\n### Facts\n- \nNext: \n", draftToday)
	if !d.Empty() || d.NextLine != 4 || !d.Next.IsZero() {
		t.Errorf("an untouched template (an empty Next: line) is empty: %+v", d)
	}
	d, _ = ParseDraft("Next: 2w\n", draftToday)
	if d.Empty() {
		t.Errorf("a next date alone is something to log: %+v", d)
	}
}

func TestParseDraftErrors(t *testing.T) {
	src := "## 2026-13-01 visit\n" +
		"### Fakts\n" +
		"- x\n" +
		"### Requests\n" +
		"- 席が寒い\n" +
		"- R1 nothing\n" +
		"### Done\n" +
		"- 席替え済み\n" +
		"- R1\n" +
		"- R1\n" +
		"Next: someday\n" +
		"Next: 2026-12-19\n" +
		"## 2026-12-06 visit\n"
	_, err := ParseDraft(src, draftToday)
	var errs DraftErrors
	if !errors.As(err, &errs) {
		t.Fatalf("err = %v", err)
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.Key)
	}
	want := []string{"draft.heading", "draft.section", "draft.request", "draft.update", "draft.doneid", "draft.donetwice", "draft.next", "draft.twonext", "draft.twoheading"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys = %q\nwant   %q", got, want)
	}
	lines := []int{1, 2, 5, 6, 8, 10, 11, 12, 13}
	for i, e := range errs {
		if i < len(lines) && e.Line != lines[i] {
			t.Errorf("%s on line %d, want %d", e.Key, e.Line, lines[i])
		}
		if i18n.T(i18n.EN, e.Key) == e.Key {
			t.Errorf("no message for %s", e.Key)
		}
		if strings.Contains(e.Error(), "%!") {
			t.Errorf("bad format: %s", e.Error())
		}
	}
	if !strings.Contains(err.Error(), "line 5: request \"席が寒い\" has no due date") {
		t.Errorf("message: %v", err)
	}
}

func TestParseDraftUpdateReport(t *testing.T) {
	d, err := ParseDraft("### Requests\n- r2; report 12/12 電話; plan 上長に相談\n", draftToday)
	if err != nil {
		t.Fatal(err)
	}
	u := d.Requests[0]
	if u.Update != "R2" || u.SetDue || !u.SetPlan || !u.SetReport || u.How != "電話" || u.Plan != "上長に相談" {
		t.Errorf("%+v", u)
	}
	_, err = ParseDraft("### Requests\n- R2; report someday\n", draftToday)
	if err == nil || !strings.Contains(err.Error(), `"R2; report someday"`) {
		t.Errorf("err = %v", err)
	}
}

func TestStripDraftComments(t *testing.T) {
	got := StripDraftComments("# a\r\n## 2026-12-05 visit\r\n#b\r\n# c\r\n")
	if got != "## 2026-12-05 visit\n#b" {
		t.Errorf("%q", got)
	}
}

func FuzzParseDraft(f *testing.F) {
	f.Add("## 2026-12-05 visit\n### Facts\n- a\n### Requests\n- b; due 12/10\nNext: 2w\n")
	f.Add("### Done\n- R1 x\n- M2\n")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := ParseDraft(src, draftToday)
		if d == nil {
			t.Fatal("nil draft")
		}
		if err != nil {
			_ = err.Error()
		}
	})
}
