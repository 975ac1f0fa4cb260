package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/schedule"
)

func TestFit(t *testing.T) {
	steps := []FitStep{Shrink(2, 10), Drop(1), Shrink(2, 4)}
	for _, c := range []struct {
		name   string
		widths []int
		width  int
		want   []int
	}{
		{"no width: as they are", []int{5, 8, 30}, 0, []int{5, 8, 30}},
		{"fits: as they are", []int{5, 8, 30}, 47, []int{5, 8, 30}},
		{"shrinks only as far as needed", []int{5, 8, 30}, 40, []int{5, 8, 23}},
		{"drops, then gives the room back", []int{5, 8, 30}, 25, []int{5, -1, 18}},
		{"down to the last step's cells", []int{5, 8, 30}, 10, []int{5, -1, 4}},
		{"a step on a missing column is passed over", []int{5, 8}, 10, []int{5, -1}},
	} {
		if got := fit(c.widths, 0, c.width, steps); !slices.Equal(got, c.want) {
			t.Errorf("%s: fit(%v, %d) = %v, want %v", c.name, c.widths, c.width, got, c.want)
		}
	}
}

// wideDueItems are rows like a team's morning: long requests, long client names, a
// manager's call with whom to call.
func wideDueItems(t *testing.T) []schedule.Item {
	return []schedule.Item{
		{Date: day(t, "2026-11-26"), Days: -5, Overdue: true, Kind: schedule.KindFollowUp, Staff: "S0111", Name: "岩崎 由香", Who: "大西 由美", What: "次回フォロー", Client: "株式会社なにわ食品", Code: "followup"},
		{Date: day(t, "2026-11-27"), Days: -4, Overdue: true, Kind: "request", Ref: "R2", Staff: "S0106", Name: "小池 恵理", Who: "川口 健太", What: "応対記録の入力が多く後処理が間に合わない", Client: "株式会社みどり保険サービス", Code: "request"},
		{Date: day(t, "2026-11-30"), Days: -1, Overdue: true, Kind: "milestone", Ref: "M11", Staff: "S0110", Name: "西村 和也", Who: "堀 直人", What: "更新お礼電話（指揮命令者へ）", Client: "浪速テクノ株式会社", Code: schedule.CodeCall, Supervisor: "北村 剛", Site: "設計部 設計二課", SitePhone: "06-0000-3110 内線 204"},
		{Date: day(t, "2026-12-04"), Days: 3, Kind: "limit", Staff: "S0109", Name: "中川 久美子", Who: "石田 誠", What: "individual 3-year limit date 2027-01-04 (経理部 経理課): plan the employment-stability measures", Client: "北星商事株式会社", Code: "limit"},
	}
}

func TestDueTableFitsTheTerminal(t *testing.T) {
	for _, lang := range []string{i18n.EN, i18n.JA} {
		h := func(key string) string { return i18n.T(lang, "due.h."+key) }
		var whole strings.Builder
		if _, err := DueTable(&whole, ItemSlice(wideDueItems(t)), lang, Screen{}); err != nil {
			t.Fatal(err)
		}
		if w := maxLineWidth(whole.String()); w <= 100 {
			t.Fatalf("%s: the whole table is %d cells wide: too narrow to test fitting", lang, w)
		}
		for _, c := range []struct {
			width     int
			kept, out []string // headers
		}{
			{80, []string{h("days"), h("staff"), h("name"), h("what")}, []string{h("date"), h("client")}},
			{100, []string{h("date"), h("days"), h("kind"), h("staff"), h("name"), h("who"), h("what")}, []string{h("client")}},
			{200, []string{h("date"), h("client")}, nil},
		} {
			var b strings.Builder
			if _, err := DueTable(&b, ItemSlice(wideDueItems(t)), lang, Screen{Width: c.width}); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if w := maxLineWidth(out); w > c.width {
				t.Errorf("%s at %d: a line is %d cells wide:\n%s", lang, c.width, w, out)
			}
			header, _, _ := strings.Cut(out, "\n")
			for _, k := range c.kept {
				if !strings.Contains(header, k) {
					t.Errorf("%s at %d: column %q left out:\n%s", lang, c.width, k, out)
				}
			}
			for _, k := range c.out {
				if strings.Contains(header, k) {
					t.Errorf("%s at %d: column %q kept:\n%s", lang, c.width, k, out)
				}
			}
			if c.width == 200 && out != whole.String() {
				t.Errorf("%s: a table that fits is not written whole:\n%s", lang, out)
			}
			if c.width < 200 && !strings.Contains(out, "R2 応対記録の入力が") || c.width < 200 && !strings.Contains(out, Ellipsis) {
				t.Errorf("%s at %d: what is not cut with …:\n%s", lang, c.width, out)
			}
		}
	}
}

func TestListTableFitsAndMarksOverdue(t *testing.T) {
	items := []ListItem{
		{ID: "S0106", Name: "小池 恵理", Status: "active", Client: "株式会社みどり保険サービス", Site: "お客様センター 第1グループ", Owner: "川口 健太", Next: day(t, "2026-12-03")},
		{ID: "S0111", Name: "岩崎 由香", Status: "active", Client: "株式会社なにわ食品", Site: "品質管理部 品質保証課", Owner: "大西 由美", Next: day(t, "2026-11-26"), NextOverdue: true},
	}
	for lang, mark := range map[string]string{i18n.EN: "2026-11-26 (overdue)", i18n.JA: "2026-11-26（超過）"} {
		for _, width := range []int{0, 60, 80, 100} {
			var b strings.Builder
			if err := ListTable(&b, items, lang, Screen{Width: width}, false); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if !strings.Contains(out, mark) || strings.Count(out, i18n.T(lang, "list.overdue")) != 1 {
				t.Errorf("%s at %d: the overdue next is not marked once as %q:\n%s", lang, width, mark, out)
			}
			if width > 0 && maxLineWidth(out) > width {
				t.Errorf("%s at %d: a line is %d cells wide:\n%s", lang, width, maxLineWidth(out), out)
			}
			if width == 0 && !strings.Contains(out, "品質管理部 品質保証課") {
				t.Errorf("%s: a table not fitted lost the site:\n%s", lang, out)
			}
		}
	}
}

func maxLineWidth(s string) int {
	w := 0
	for line := range strings.Lines(s) {
		w = max(w, Width(strings.TrimSuffix(line, "\n")))
	}
	return w
}
