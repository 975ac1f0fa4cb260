package render

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

func TestListTableAndSearch(t *testing.T) {
	r := &record.Record{ID: "S0001", Name: "山田 花子", Kana: "やまだ はなこ", Status: "active", Client: "青葉物流", Next: day(t, "2026-11-30")}
	where, ok := Search(r, textfold.NewMatcher("ヤマダ"))
	if !ok || where != "kana" {
		t.Fatalf("Search = %q, %v", where, ok)
	}
	if _, ok := Search(r, textfold.NewMatcher("佐藤")); ok {
		t.Error("Search matched what the record does not hold")
	}
	it := NewListItem(r, day(t, "2026-12-01"), where)
	if !it.NextOverdue {
		t.Error("a next date before today is not overdue")
	}
	for lang, want := range map[string]string{"en": "kana", "ja": "よみ"} {
		var b strings.Builder
		if err := ListTable(&b, []ListItem{it}, lang, Screen{}, true); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "S0001") || !strings.Contains(b.String(), want) {
			t.Errorf("%s: table lacks %q:\n%s", lang, want, b.String())
		}
	}
}

// TestSelectList: the status, owner, client and search filters each leave out what they
// should, and the staff come sorted by ID.
func TestSelectList(t *testing.T) {
	today := day(t, "2026-12-01")
	recs := []*record.Record{
		{ID: "S0003", Name: "山田 花子", Kana: "やまだ はなこ", Status: "active", Owner: "森本 彩", Client: "青葉物流"},
		{ID: "S0001", Name: "佐藤 一郎", Status: "active", Owner: "川口 健太", Client: "ＡＢＣ商事"},
		{ID: "S0002", Name: "鈴木 次郎", Status: "ended", Owner: "森本 彩", Client: "青葉物流"},
	}
	ids := func(q ListQuery) string {
		var out []string
		for _, it := range SelectList(recs, today, q) {
			out = append(out, it.ID)
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		q    ListQuery
		want string
	}{
		{ListQuery{Status: "active"}, "S0001 S0003"},
		{ListQuery{Status: "ended"}, "S0002"},
		{ListQuery{Status: "all"}, "S0001 S0002 S0003"},
		{ListQuery{Status: "all", Owner: "森本 彩"}, "S0002 S0003"},
		{ListQuery{Status: "all", Client: "abc商事"}, "S0001"},
		{ListQuery{Status: "active", Search: "ヤマダ"}, "S0003"},
	} {
		if got := ids(c.q); got != c.want {
			t.Errorf("%+v: %q, want %q", c.q, got, c.want)
		}
	}
}
