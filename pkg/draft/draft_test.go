package draft

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

func TestStripErrorHeader(t *testing.T) {
	in := "# !! a\n# !! line 3: b\n# !!\n## 2026-12-05 visit\n# !! not at the top\n"
	if got := StripErrorHeader(in); got != "## 2026-12-05 visit\n# !! not at the top\n" {
		t.Errorf("%q", got)
	}
	if got := StripErrorHeader("# !! only"); got != "" {
		t.Errorf("%q", got)
	}
}

// The template's words for the record are in the record's language, its help in the
// writer's; what the template holds, untouched, is an empty draft.
func TestTemplate(t *testing.T) {
	rec := &record.Record{ID: "S0001", Name: "山田 花子", Kana: "やまだ はなこ", Client: "青葉物流"}
	day, _ := dates.ParseISO("2026-12-05")
	for _, c := range []struct {
		recLang, ui string
		want        []string
	}{
		{"en", "ja", []string{"山田 花子（やまだ はなこ）、青葉物流", "## 2026-12-05 visit\n", "### Facts\n", "\nNext: \n", "# A: 確認した事実"}},
		{"ja", "en", []string{"山田 花子 (やまだ はなこ), 青葉物流", "## 2026-12-05 訪問\n", "### 確認事項\n", "\n次回: \n", "# A: facts confirmed"}},
	} {
		got := Template(rec, brief.Brief{}, day, day, "visit", c.recLang, c.ui)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s record, %s writer: the template lacks %q:\n%s", c.recLang, c.ui, w, got)
			}
		}
		d, err := record.ParseDraft(got, day)
		if err != nil || !d.Empty() {
			t.Errorf("%s: the untouched template is not an empty draft: %v %+v", c.recLang, err, d)
		}
	}
}

// The problems of a draft written at its top point at the lines of the draft below them,
// and are stripped again.
func TestErrorHeader(t *testing.T) {
	errs := record.DraftErrors{{Line: 2, Key: "draft.request", Args: []any{"x"}}}
	h := ErrorHeader(errs, "en")
	if !strings.HasPrefix(h, "# !! ") || !strings.Contains(h, "line 6") {
		t.Errorf("header:\n%s", h)
	}
	if got := StripErrorHeader(h + "body\n"); got != "body\n" {
		t.Errorf("stripped: %q", got)
	}
	if got := ErrorText(errs[0], "d.md", 1, "en"); !strings.HasPrefix(got, "d.md:3: ") {
		t.Errorf("ErrorText = %q", got)
	}
}

// TestTemplateChecklist: the team's questions for the milestones due around the next
// contact are a checklist under the facts; left as offered they are an empty draft, and
// what is ticked or written stays (issue 14).
func TestTemplateChecklist(t *testing.T) {
	rec := &record.Record{ID: "S0001", Name: "山田 花子"}
	day, _ := dates.ParseISO("2026-12-05")
	qs := []string{"通勤には慣れましたか？", "仕事の量はいかがですか？"}
	b := brief.Brief{Ask: []brief.Ask{
		{Milestone: "M3", What: "1週間フォロー", Due: day, Questions: qs},
		{Milestone: "M4", What: "1ヶ月フォロー", Due: day, Questions: []string{"仕事の量はいかがですか？"}},
	}}
	got := Template(rec, b, day, day, "visit", "ja", "ja")
	want := "### 確認事項\n# A: 確認した事実（業務内容・スキル・状況）\n# チームの質問（M3 1週間フォロー、M4 1ヶ月フォロー）: "
	if !strings.Contains(got, want) || strings.Count(got, "- [ ] 仕事の量はいかがですか？\n") != 1 || !strings.Contains(got, "- [ ] 通勤には慣れましたか？\n") {
		t.Fatalf("the template lacks the checklist:\n%s", got)
	}
	d, err := record.ParseDraft(got, day)
	if err != nil {
		t.Fatal(err)
	}
	d.DropUnasked(qs)
	if !d.Empty() {
		t.Errorf("the untouched checklist is not an empty draft: %+v", d)
	}
	edited := strings.Replace(got, "- [ ] 通勤には慣れましたか？\n", "- [x] 通勤には慣れましたか？\n", 1)
	edited = strings.Replace(edited, "- [ ] 仕事の量はいかがですか？\n", "- [ ] 仕事の量はいかがですか？ 少し多い\n", 1)
	d, _ = record.ParseDraft(edited, day)
	d.DropUnasked(qs)
	if w := []string{"[x] 通勤には慣れましたか？", "[ ] 仕事の量はいかがですか？ 少し多い"}; strings.Join(d.Facts, "|") != strings.Join(w, "|") {
		t.Errorf("facts kept %q, want %q", d.Facts, w)
	}
}
