package render

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/dates"
)

func day(t *testing.T, s string) dates.Date {
	t.Helper()
	d, err := dates.ParseISO(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestBrief lays out a brief with an overdue request in both languages: the words are the
// reader's, the record's text is kept on one line, and overdue dates are marked.
func TestBrief(t *testing.T) {
	today := day(t, "2026-12-01")
	b := brief.Brief{
		ID: "S0001", Name: "山田 花子", Kana: "やまだ はなこ", Client: "青葉物流", Site: "川越センター",
		Start: day(t, "2026-10-01"), Day: 62, FirstMonths: 3,
		Next: day(t, "2026-11-28"), NextOverdue: true,
		Requests: []brief.Request{{ID: "R1", What: "休憩室の\n椅子", Due: day(t, "2026-11-30"), Overdue: true}},
	}
	for _, c := range []struct{ lang, want string }{
		{"en", "S0001  山田 花子 (やまだ はなこ)\n  client    青葉物流 — 川越センター\n  start     2026-10-01 (day 62, month 3 of the first three)\n"},
		{"ja", "S0001  山田 花子（やまだ はなこ）\n  派遣先        青葉物流 — 川越センター\n  就業開始      2026-10-01（62日目、最初の3ヶ月のうち3ヶ月目）\n"},
	} {
		got := Brief(b, today, c.lang, false, 0).String()
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: brief begins\n%s\nwant\n%s", c.lang, got, c.want)
		}
		if !strings.Contains(got, "R1  休憩室の 椅子") {
			t.Errorf("%s: the request is not on one line:\n%s", c.lang, got)
		}
	}
	if got := Brief(b, today, "en", false, 0).String(); !strings.Contains(got, "due 2026-11-30 (1d overdue)") {
		t.Errorf("overdue request not marked:\n%s", got)
	}
	var colored, plain strings.Builder
	if _, err := Brief(b, today, "en", true, 0).WriteTo(&colored); err != nil {
		t.Fatal(err)
	}
	if _, err := Brief(b, today, "en", false, 0).WriteTo(&plain); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(colored.String(), "\x1b[") || strings.Contains(plain.String(), "\x1b[") {
		t.Errorf("colour with color set only:\n%q\n%q", colored.String(), plain.String())
	}
}

// TestBriefRequestPlan shows a request's plan whole, wrapped to the width under its text,
// and for a resolved request still to report back what to tell the staff member (issue 19).
func TestBriefRequestPlan(t *testing.T) {
	today := day(t, "2026-12-01")
	b := brief.Brief{ID: "S0001", Name: "山田 花子", Requests: []brief.Request{
		{ID: "R1", What: "席が寒い", Plan: "派遣先の佐々木さんに席替えと膝掛けの貸し出しを相談する", Due: day(t, "2026-12-10")},
		{ID: "R12", What: "名札", Due: day(t, "2026-11-20"), Done: day(t, "2026-11-20"), Report: day(t, "2026-12-03"),
			Tell: "総務の山口さんが新しい名札を手配済み"},
	}}
	got := Brief(b, today, "ja", false, 40).String()
	want := `
対応中の相談事項
  R1   席が寒い  期限 2026-12-10
       方針: 派遣先の佐々木さんに席替え
             と膝掛けの貸し出しを相談す
             る
  R12  名札      解決 2026-11-20、結果報告 2026-12-03
       伝えること: 総務の山口さんが新し
                   い名札を手配済み
`
	if !strings.Contains(got, want) {
		t.Errorf("brief at 40 columns:\n%s\nwant\n%s", got, want)
	}
	// Not a terminal: each on one line, whole.
	got = Brief(b, today, "en", false, 0).String()
	if !strings.Contains(got, "\n       plan: 派遣先の佐々木さんに席替えと膝掛けの貸し出しを相談する\n") ||
		!strings.Contains(got, "\n       tell them: 総務の山口さんが新しい名札を手配済み\n") {
		t.Errorf("brief without width:\n%s", got)
	}
}

func TestOneLine(t *testing.T) {
	if got := OneLine("a\r\nb\tc\x1bd"); got != `a  b c\x1bd` {
		t.Errorf("OneLine = %q", got)
	}
}
