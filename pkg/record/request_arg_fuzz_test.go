package record

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/dates"
)

// FuzzParseRequestArg: the --request syntax never panics; what it accepts is a request
// follow can write (what is not empty and holds no part separator, due is a real date),
// and written back in the canonical syntax it reads back the same.
func FuzzParseRequestArg(f *testing.F) {
	today := dates.MustOf(2026, 12, 1)
	for _, s := range []string{
		"席が空調の真下で寒い; due 12/10; plan 中野さんに席替えを相談; report 12/11 電話",
		"年末年始の出勤日を知りたい；期限 2026年12月4日；方針 派遣先の営業日を確認；報告 12/7 電話",
		"社員食堂を使えるか知りたい; due +2d",
		"x; due: 2026-12-05; plan: a: b; report: 2026-12-06",
		"x；期限：１２／１０；対応：確認する",
		"x; DUE 1w; Plan y; REPORT 2w メール 夕方",
		"x; いつまで 明日",
		"x; due 12/10; due 12/11",
		"x; due 2026-02-30",
		"x; report 12/11",
		"; due 12/10",
		"x; plan",
		"x; plan：：y; due 1d",
		"x;; ;\u3000; due 1d",
		"x; due 2026年 12月 5日（土）",
		"x; due 12/10; foo bar",
		"\xff; due 1d",
		"",
		";",
		"x; due",
		"x; report 9999-12-31 電話; due 9999-12-31",
		"x; due 0001-01-01",
		"服装の規定を守ってほしい; due 4/20; from client",
		"残業代の計算が合わない; due 4/17; complaint",
		"x；期限 12/10；派遣先；苦情",
		"x; due 1d; who 川口 健太; from staff",
		"x; due 1d; 上長; 申出：本人",
		"x; due 1d; complaint yes",
		"x; due 1d; from someone",
		"x; due 1d; who",
		"x; due 1d; complaint; 苦情",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseRequestArg(s, today)
		if err != nil {
			if msg := err.Error(); msg == "" {
				t.Fatalf("ParseRequestArg(%q): empty error message", s)
			}
			return
		}
		if q.What == "" || q.What != strings.TrimSpace(q.What) {
			t.Fatalf("ParseRequestArg(%q): what %q is empty or not trimmed", s, q.What)
		}
		for _, part := range []string{q.What, q.Plan, q.How, q.Who} {
			if strings.ContainsAny(part, ";；") {
				t.Fatalf("ParseRequestArg(%q): a part separator inside %q", s, part)
			}
		}
		if q.Due.IsZero() {
			t.Fatalf("ParseRequestArg(%q): accepted without a due date", s)
		}
		if q.ID != "" || !q.Done.IsZero() || !q.Reported.IsZero() || q.Note != "" {
			t.Fatalf("ParseRequestArg(%q): set fields the syntax has no word for: %+v", s, q)
		}
		// The texts are the user's words, cut out, never rewritten.
		norm := strings.ReplaceAll(strings.ReplaceAll(s, "；", ";"), "\u3000", " ")
		if !strings.Contains(s, q.What) || !strings.Contains(norm, q.Plan) || !strings.Contains(norm, q.How) {
			t.Fatalf("ParseRequestArg(%q) = %+v: a text is not as written", s, q)
		}
		if q.From != "" && q.From != FromStaff && q.From != FromClient || q.Type != "" && q.Type != TypeComplaint {
			t.Fatalf("ParseRequestArg(%q): from %q, type %q", s, q.From, q.Type)
		}
		if q.FromClient() && q.Who == "" || q.IsComplaint() && q.From == "" {
			t.Fatalf("ParseRequestArg(%q) = %+v: what is implied is not written out", s, q)
		}
		if q.How != "" && q.Report.IsZero() {
			t.Fatalf("ParseRequestArg(%q): how %q without a report date", s, q.How)
		}
		// The canonical form reads back the same.
		canon := q.What + "; due " + q.Due.String()
		if q.Plan != "" {
			canon += "; plan " + q.Plan
		}
		if !q.Report.IsZero() {
			canon += "; report " + q.Report.String()
			if q.How != "" {
				canon += " " + q.How
			}
		}
		if q.From != "" {
			canon += "; from " + q.From
		}
		if q.Who != "" {
			canon += "; who " + q.Who
		}
		if q.IsComplaint() {
			canon += "; complaint"
		}
		back, err := ParseRequestArg(canon, today)
		if err != nil {
			t.Fatalf("ParseRequestArg(%q) = %+v, but its canonical form %q is refused: %v", s, q, canon, err)
		}
		if back != q {
			t.Fatalf("ParseRequestArg(%q) = %+v, but its canonical form %q reads as %+v", s, q, canon, back)
		}
		// What follow writes from it into the front matter reads back unchanged.
		if utf8.ValidString(s) {
			for _, v := range []string{q.What, q.Plan, q.How, q.Who} {
				if v != "" {
					checkQuoted(t, v)
				}
			}
		}
	})
}
