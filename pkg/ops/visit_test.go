package ops

import (
	"slices"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

func TestVisit(t *testing.T) {
	seat := record.Request{What: "ロッカーが遠い", Due: day("2026-12-15"), Report: day("2026-12-16"), How: "訪問"}
	nextLine := `next: "2026-12-01"  # 前回合意`
	for _, c := range []struct {
		name    string
		crlf    bool
		in      VisitInput
		golden  string
		changed []string
		want    Visited // Kind, Requests, Next, NextKept, Latest, Unagreed
	}{{
		name: "a visit, in Japanese",
		in: VisitInput{Env: envJA, Date: today, Facts: []string{"仕訳入力を一人で担当"}, Topics: []string{"週末は山登り"},
			Notes: []string{"残業の相談なし"}, Requests: []record.Request{seat}, Next: day("2026-12-19")},
		golden: "visit-ja", changed: []string{nextLine},
		// The new request has its report-back date, but no direction agreed.
		want: Visited{Kind: "訪問", Requests: []string{"R3"}, Next: day("2026-12-19"), Unagreed: []Unagreed{{ID: "R3", Plan: true}}},
	}, {
		name: "the same with CRLF line ends",
		crlf: true,
		in: VisitInput{Env: envJA, Date: today, Facts: []string{"仕訳入力を一人で担当"}, Topics: []string{"週末は山登り"},
			Notes: []string{"残業の相談なし"}, Requests: []record.Request{seat}, Next: day("2026-12-19")},
		golden: "visit-ja", changed: []string{nextLine},
		// The new request has its report-back date, but no direction agreed.
		want: Visited{Kind: "訪問", Requests: []string{"R3"}, Next: day("2026-12-19"), Unagreed: []Unagreed{{ID: "R3", Plan: true}}},
	}, {
		name:   "a call, in English",
		in:     VisitInput{Env: envEN, Date: today, Kind: "電話", Facts: []string{"慣れてきた"}, Next: day("2026-12-19")},
		golden: "visit-en", changed: []string{nextLine},
		want: Visited{Kind: "call", Next: day("2026-12-19")},
	}, {
		name: "a client's request for the manager and a complaint, in Japanese",
		in: VisitInput{Env: envJA, Date: today, Requests: []record.Request{
			{What: "服装の規定を守ってほしい", From: record.FromClient, Who: "manager", Due: day("2026-12-15")},
			{What: "残業代の計算が合わない", From: record.FromStaff, Type: record.TypeComplaint, Due: day("2026-12-10"), Report: day("2026-12-11"), How: "電話"},
		}, Next: day("2026-12-19")},
		golden: "visit-sides", changed: []string{nextLine},
		// The client's request is agreed with the client; the complaint lacks its direction.
		want: Visited{Kind: "訪問", Requests: []string{"R3", "R4"}, Next: day("2026-12-19"), Unagreed: []Unagreed{{ID: "R4", Plan: true}}},
	}, {
		name:   "logged late: next stays, the entry goes in date order",
		in:     VisitInput{Env: envJA, Date: day("2026-11-05"), Kind: "call", Notes: []string{"残業の相談なし"}, Next: day("2026-11-10")},
		golden: "visit-late",
		want:   Visited{Kind: "電話", Next: day("2026-12-01"), NextKept: true, Latest: day("2026-11-10")},
	}} {
		t.Run(c.name, func(t *testing.T) {
			rec := fixture(t, c.crlf)
			res, err := Visit(rec, c.in)
			if err != nil {
				t.Fatal(err)
			}
			nr := edited(t, c.golden, rec, res.Edit, c.changed...)
			if res.Kind != c.want.Kind || !slices.Equal(res.Requests, c.want.Requests) || res.Next != c.want.Next ||
				res.NextKept != c.want.NextKept || res.Latest != c.want.Latest || !slices.Equal(res.Unagreed, c.want.Unagreed) {
				t.Errorf("result %+v, want %+v", res, c.want)
			}
			if nr.Next != res.Next {
				t.Errorf("the record's next is %s, the result says %s", nr.Next, res.Next)
			}
		})
	}
}

func TestVisitRefused(t *testing.T) {
	rec := fixture(t, false)
	_, err := Visit(rec, VisitInput{Env: envJA, Date: today, Facts: []string{"x"}})
	refused(t, "no next date", err, "new.nonext", true)
}

// TestDraft: a draft updates an open request, closes a request that was resolved (it is
// reported back now) and a milestone, with notes, all written where they belong.
func TestDraft(t *testing.T) {
	const text = `## 2026-12-05 call
### 確認事項
- 席替えの候補を派遣先と確認
### 相談事項
- R1; due 12/20; plan 派遣先の総務と相談
### 完了
- R2 鍵を交換済み
- M2 更新意向確認
次回: 2026-12-19
`
	rec := fixture(t, false)
	d, err := record.ParseDraft(text, today)
	if err != nil {
		t.Fatal(err)
	}
	in := FromDraft(d, day("2026-12-01"), "visit", envJA)
	if errs := CheckDraft(rec, d, nil, in); len(errs) > 0 {
		t.Fatalf("a good draft: %v", errs)
	}
	if in.Date != today || in.Kind != "call" {
		t.Errorf("the draft's heading gives the date and kind: %s %s", in.Date, in.Kind)
	}
	res, err := Visit(rec, in)
	if err != nil {
		t.Fatal(err)
	}
	edited(t, "draft", rec, res.Edit, `next: "2026-12-01"  # 前回合意`, "  plan: 席替えを相談", "  due: 2026-12-10")
	if !slices.Equal(res.Updated, []string{"R1"}) || !slices.Equal(res.Closed, []string{"R2", "M2"}) || len(res.Requests) != 0 {
		t.Errorf("result %+v", res)
	}
}

// TestCheckDraft: every problem against the record at once, in line order, the unknown
// ids listed with what is open; no "no next date" for a Next: line already unreadable.
func TestCheckDraft(t *testing.T) {
	rec := fixture(t, false)
	d, perr := record.ParseDraft("### Requests\n- R9; due 12/20\n### Done\n- M1\nNext: someday\n", today)
	parsed, _ := perr.(record.DraftErrors)
	if len(parsed) != 1 {
		t.Fatalf("parse: %v", perr)
	}
	errs := CheckDraft(rec, d, parsed, VisitInput{Env: Env{Today: today}, Date: today})
	var keys []string
	for _, e := range errs {
		keys = append(keys, e.Key)
	}
	if want := []string{"draft.noreq", "draft.noitem", "draft.next"}; !slices.Equal(keys, want) {
		t.Fatalf("problems %v, want %v", keys, want)
	}
	if got, want := errs[0].Error(), "line 2: S0101: there is no open request R9 (open: R1)"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if got, want := errs[1].Error(), "line 4: S0101: there is no open request or milestone M1 (open: R1, R2, M2, M3)"; got != want {
		t.Errorf("%q, want %q", got, want)
	}

	ended := fixture(t, false)
	ended.Status, ended.Requests = record.StatusEnded, nil
	d, _ = record.ParseDraft("### Requests\n- R1; due 12/20\n", today)
	errs = CheckDraft(ended, d, nil, VisitInput{Env: Env{Today: today}, Date: today})
	if len(errs) != 1 || errs[0].Error() != "line 2: S0101: there is no open request R1 (open: none)" {
		t.Errorf("nothing open: %v", errs)
	}
}

func TestKindWord(t *testing.T) {
	for _, c := range [][3]string{
		{"", "en", "visit"}, {"", "ja", "訪問"}, {"Call", "ja", "電話"}, {"電話", "en", "call"},
		{"オンライン", "ja", "オンライン"}, {" site tour ", "en", "site-tour"},
	} {
		if got := KindWord(c[0], c[1]); got != c[2] {
			t.Errorf("KindWord(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
