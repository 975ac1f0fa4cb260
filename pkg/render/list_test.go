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
