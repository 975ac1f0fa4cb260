package record

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseDuties(t *testing.T) {
	src := withKeys("next: 2026-12-07",
		"duties:",
		"  - kind: training",
		"    date: 2026-06-15",
		"    what: 経理実務研修（インボイス制度）",
		"    hours: 1.5",
		"  - kind: career",
		"    date: 2026-10-06",
		"    what: 抵触日以降の働き方",
		"  - kind: wish",
		"    date: 2026-11-27",
		"    option: direct-hire",
		"  - kind: measure",
		"    date: 2026-12-10",
		"    what: 派遣先へ直接雇用を依頼",
		"    option: direct-hire",
		"    outcome: 予算の都合で見送り",
		"    result: failed",
	)
	r, err := Parse("S-1.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) > 0 {
		t.Fatalf("problems: %+v", r.Problems)
	}
	want := []Duty{
		{Kind: DutyTraining, Date: day("2026-06-15"), What: "経理実務研修（インボイス制度）", Hours: 1.5, Line: 9},
		{Kind: DutyCareer, Date: day("2026-10-06"), What: "抵触日以降の働き方", Line: 13},
		{Kind: DutyWish, Date: day("2026-11-27"), Option: OptionDirectHire, Line: 16},
		{Kind: DutyMeasure, Date: day("2026-12-10"), What: "派遣先へ直接雇用を依頼", Option: OptionDirectHire, Outcome: "予算の都合で見送り", Result: ResultFailed, Line: 19},
	}
	if !reflect.DeepEqual(r.Duties, want) {
		t.Errorf("Duties =\n%+v\nwant\n%+v", r.Duties, want)
	}
	if !r.Duties[3].Failed() || r.Duties[0].Failed() {
		t.Error("Failed() is wrong")
	}
	// DutyFields writes what Parse reads.
	for i, d := range want {
		var b strings.Builder
		b.WriteString("duties:\n")
		b.WriteString(renderItem(2, 4, DutyFields(d)))
		r2, err := Parse("S-1.md", []byte(withKeys("next: 2026-12-07", strings.TrimSuffix(b.String(), "\n"))))
		if err != nil || len(r2.Problems) > 0 || len(r2.Duties) != 1 {
			t.Fatalf("duty %d written as\n%s\nreads back with %v %+v", i, b.String(), err, r2)
		}
		got := r2.Duties[0]
		got.Line, d.Line = 0, 0
		if got != d {
			t.Errorf("duty %d reads back as %+v, want %+v", i, got, d)
		}
	}
}

func TestParseDutyProblems(t *testing.T) {
	for _, c := range []struct {
		name, item, rule, msg string
		line                  int // in the file; the item's first line is 9
	}{
		{"unknown kind", "  - kind: lesson\n    date: 2026-06-15\n    what: x", "duty", `kind: one of training, career, wish, measure, not "lesson"`, 9},
		{"no kind", "  - date: 2026-06-15\n    what: x", "duty", "a duty needs kind", 9},
		{"no date", "  - kind: career\n    what: x", "duty", "duty career needs date", 9},
		{"bad date", "  - kind: career\n    date: 2026-02-30\n    what: x", "date", "date", 10},
		{"no what", "  - kind: career\n    date: 2026-06-15", "duty", "needs what", 9},
		{"training without hours", "  - kind: training\n    date: 2026-06-15\n    what: x", "duty", "needs hours", 9},
		{"hours a word", "  - kind: training\n    date: 2026-06-15\n    what: x\n    hours: eight", "type", `number of hours above 0 (8, 1.5), not "eight"`, 12},
		{"hours zero", "  - kind: training\n    date: 2026-06-15\n    what: x\n    hours: 0", "type", "number of hours", 12},
		{"wish without option", "  - kind: wish\n    date: 2026-06-15\n    what: x", "duty", "duty wish needs option: one of direct-hire, new-dispatch, indefinite, other", 9},
		{"measure bad option", "  - kind: measure\n    date: 2026-06-15\n    what: x\n    option: hire", "duty", `not "hire"`, 12},
		{"bad result", "  - kind: measure\n    date: 2026-06-15\n    what: x\n    option: other\n    result: ok", "duty", "result must be one of pending, achieved, failed", 13},
		{"outcome of a training", "  - kind: training\n    date: 2026-06-15\n    what: x\n    hours: 2\n    outcome: good", "duty", "only a measure has", 13},
		{"unknown key", "  - kind: career\n    date: 2026-06-15\n    what: x\n    minutes: 30", "unknown-key", `unknown key "minutes" in duties`, 12},
		{"not a list", "    kind: career", "type", "duties must be a list", 9},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := withKeys("next: 2026-12-07", "duties:\n"+c.item)
			r, err := Parse("S-1.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range r.Problems {
				if p.Rule == c.rule && p.Line == c.line && strings.Contains(p.Msg, c.msg) {
					return
				}
			}
			t.Errorf("no %s problem on line %d containing %q: %+v", c.rule, c.line, c.msg, r.Problems)
		})
	}
}
