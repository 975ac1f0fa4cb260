package ops_test

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// The example record of follow init, made on any day of a year (weekends, holidays, the
// New Year, 29 February): it lints clean on that day, nothing of it is overdue, the first
// follow-up lies ahead, and follow fmt would not change it.
func TestExampleIsAFirstMorningOnAnyDay(t *testing.T) {
	cfg := config.Default()
	for d := dates.MustOf(2027, 12, 20); d.Before(dates.MustOf(2029, 1, 5)); d = d.AddDays(1) {
		for _, lang := range []string{i18n.JA, i18n.EN} {
			env := ops.Env{Today: d, Config: cfg, Lang: lang}
			out, err := ops.Example(ops.ExampleInput{Env: env, Path: "records/S0001.md", Schema: "../record.schema.json"})
			if err != nil {
				t.Fatalf("%s %s: %v", d, lang, err)
			}
			fs, r := lint.Check(lint.File{Path: "records/S0001.md", Src: out}, lint.Options{Config: cfg, Today: d})
			for _, f := range fs {
				t.Errorf("%s %s: %s", d, lang, f)
			}
			if r == nil {
				continue
			}
			if r.Start != d || !r.Next.After(d) {
				t.Errorf("%s: starts %s, next %s", d, r.Start, r.Next)
			}
			for _, it := range (schedule.Filter{}).Collect(r, cfg, d) {
				if it.Overdue {
					t.Errorf("%s: overdue on the first morning: %+v", d, it)
				}
			}
			if got := record.Format(r); string(got) != string(out) {
				t.Errorf("%s: follow fmt would change the example:\n%s", d, got)
			}
		}
	}
}

func TestExampleText(t *testing.T) {
	env := ops.Env{Today: dates.MustOf(2026, 12, 1), Config: config.Default(), Lang: i18n.JA}
	out, err := ops.Example(ops.ExampleInput{Env: env, Path: "records/S0001.md", Schema: "../record.schema.json"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"---\n# yaml-language-server: $schema=../record.schema.json\nid: S0001\nname: 見本 花子\n",
		"start: 2026-12-01\ncontract:\n  end: 2027-02-28\n",
		"next: 2026-12-08\n",
		"    rule: first-day\n    done: 2026-12-01\n",
		"\n# 見本 花子\n\nこれは見本の記録です。",
		"\n## 2026-12-01 電話\n\n### 確認事項\n\n- 初日の業務説明を受けた。仕訳入力から始める\n",
		"\n次回: 2026-12-08\n",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the example lacks %q:\n%s", want, out)
		}
	}
}
