package stats

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

func day(s string) dates.Date {
	d, err := dates.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

// rec builds a record from front matter lines (after id, name and owner) and a body.
func rec(t *testing.T, id, owner, fm, body string) *record.Record {
	t.Helper()
	src := "---\nid: " + id + "\nname: 山田 " + id + "\nowner: " + owner + "\n" + strings.TrimLeft(fm, "\n") + "---\n" + body
	r, err := record.Parse(id+".md", []byte(src))
	if err != nil {
		t.Fatalf("%s: %v\n%s", id, err, src)
	}
	if err := r.Broken(); err != nil {
		t.Fatalf("%s: %v\n%s", id, err, src)
	}
	return r
}

type endWant struct {
	until   string
	date    string
	outcome string
	early   bool
	past    bool
	period  int
}

func checkEnds(t *testing.T, got []End, want []endWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d ends, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Until.String() != w.until || g.Date.String() != w.date || g.Outcome != w.outcome || g.Early != w.early || g.Past != w.past || (w.period != 0 && g.Period != w.period) {
			t.Errorf("end %d = until %s date %s %s early=%v past=%v period %d; want until %s date %s %s early=%v past=%v period %d",
				i, g.Until, g.Date, g.Outcome, g.Early, g.Past, g.Period, w.until, w.date, w.outcome, w.early, w.past, w.period)
		}
	}
}

func TestEndsRenewalAfterRenewal(t *testing.T) {
	r := rec(t, "S1", "佐藤", `status: active
start: 2025-04-01
next: 2026-02-01
contract:
  end: 2025-12-31
  renewals: 2
  history:
    - from: 2025-04-01
      until: 2025-06-30
    - from: 2025-07-01
      until: 2025-09-30
    - from: 2025-10-01
      until: 2025-12-31
`, "")
	ends, notes := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{
		{"2025-06-30", "2025-06-30", Renewed, false, false, 1},
		{"2025-09-30", "2025-09-30", Renewed, false, false, 2},
		{"2025-12-31", "2025-12-31", Pending, false, true, 3},
	})
	if len(notes) != 0 {
		t.Errorf("notes: %+v", notes)
	}
	// Before the last end, the same end is pending but not past.
	ends, _ = Ends(r, day("2025-12-01"))
	if ends[2].Outcome != Pending || ends[2].Past {
		t.Errorf("upcoming end = %+v", ends[2])
	}
	s := Compute([]*record.Record{r}, Options{From: day("2025-01-01"), To: day("2025-12-31"), Today: day("2026-01-15"), Min: 1})
	o := s.Total.Outcomes
	if o.Ends != 3 || o.Renewed != 2 || o.Ended != 0 || o.Pending != 1 || o.Past != 1 {
		t.Errorf("outcomes = %+v", o)
	}
	if o.RenewalRate.String() != "2/2 = 100%" || o.TerminationRate.String() != "0/2 = 0%" {
		t.Errorf("rates %s, %s: the pending end must not be in the denominator", o.RenewalRate, o.TerminationRate)
	}
}

func TestEndsEndOnTheLastDay(t *testing.T) {
	r := rec(t, "S2", "佐藤", `status: ended
start: 2025-04-01
contract:
  end: 2025-09-30
  renewals: 1
  history:
    - from: 2025-04-01
      until: 2025-06-30
    - from: 2025-07-01
      until: 2025-09-30
ended:
  date: 2025-09-30
  reason: 契約満了
  category: contract-expiry
`, "")
	ends, notes := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{
		{"2025-06-30", "2025-06-30", Renewed, false, false, 1},
		{"2025-09-30", "2025-09-30", Ended, false, false, 2},
	})
	if ends[1].Category != "contract-expiry" || ends[1].Reason != "契約満了" || len(notes) != 0 {
		t.Errorf("end = %+v notes %+v", ends[1], notes)
	}
}

func TestEndsEarlyEnd(t *testing.T) {
	r := rec(t, "S3", "佐藤", `status: ended
start: 2025-04-01
contract:
  end: 2025-09-30
  renewals: 1
  history:
    - from: 2025-04-01
      until: 2025-06-30
    - from: 2025-07-01
      until: 2025-09-30
ended:
  date: 2025-08-15
  reason: 家庭の事情
`, "")
	ends, _ := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{
		{"2025-06-30", "2025-06-30", Renewed, false, false, 1},
		{"2025-09-30", "2025-08-15", Ended, true, false, 2},
	})
	if ends[1].Category != Uncategorized {
		t.Errorf("category = %q", ends[1].Category)
	}
	// The early end is dated on the day it ended: a window ending before the contract's
	// last day still holds it.
	s := Compute([]*record.Record{r}, Options{From: day("2025-08-01"), To: day("2025-08-31"), Today: day("2026-01-15"), Min: 1})
	if s.Total.Ended != 1 || s.Total.Early != 1 || s.Total.Categories[Uncategorized] != 1 || len(s.Ends) != 1 {
		t.Errorf("August: %+v ends %+v", s.Total.Outcomes, s.Ends)
	}
	s = Compute([]*record.Record{r}, Options{From: day("2025-09-01"), To: day("2025-09-30"), Today: day("2026-01-15"), Min: 1})
	if s.Total.Ends != 0 {
		t.Errorf("September holds the early end again: %+v", s.Total.Outcomes)
	}
}

func TestEndsStartedAndEndedInsideThePeriod(t *testing.T) {
	// No history: the contract is start .. contract.end.
	a := rec(t, "S4", "佐藤", `status: ended
start: 2025-05-01
contract:
  end: 2025-07-31
ended:
  date: 2025-07-31
  reason: 契約満了
  category: contract-expiry
`, "")
	// No contract dates at all: one contract from the start to ended.date.
	b := rec(t, "S5", "佐藤", `status: ended
start: 2025-06-01
ended:
  date: 2025-06-20
  reason: 体調
  category: staff-reason
`, "")
	// Ended before the end of a first contract with no history.
	c := rec(t, "S6", "佐藤", `status: ended
start: 2025-08-01
contract:
  end: 2025-10-31
ended:
  date: 2025-09-10
  reason: 派遣先の事情
  category: client-reason
`, "")
	ea, na := Ends(a, day("2026-01-15"))
	checkEnds(t, ea, []endWant{{"2025-07-31", "2025-07-31", Ended, false, false, 1}})
	eb, nb := Ends(b, day("2026-01-15"))
	checkEnds(t, eb, []endWant{{"2025-06-20", "2025-06-20", Ended, false, false, 1}})
	ec, _ := Ends(c, day("2026-01-15"))
	checkEnds(t, ec, []endWant{{"2025-10-31", "2025-09-10", Ended, true, false, 1}})
	if len(na) != 0 || len(nb) != 1 || !ea[0].Synthetic || ea[0].From != day("2025-05-01") {
		t.Errorf("notes a %+v b %+v; end a %+v", na, nb, ea[0])
	}
	s := Compute([]*record.Record{a, b, c}, Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-15"), Min: 5})
	o := s.Total.Outcomes
	if o.Ends != 3 || o.Ended != 3 || o.Early != 1 || o.Renewed != 0 {
		t.Errorf("outcomes %+v", o)
	}
	if o.Categories["contract-expiry"] != 1 || o.Categories["staff-reason"] != 1 || o.Categories["client-reason"] != 1 {
		t.Errorf("categories %+v", o.Categories)
	}
	if o.TerminationRate.String() != "3/3 = 100%" || !o.TerminationRate.TooSmall {
		t.Errorf("termination %s too small %v", o.TerminationRate, o.TerminationRate.TooSmall)
	}
}

func TestEndsRenewalsCountSaysSo(t *testing.T) {
	// The history holds only the first contract and the end was not moved yet, but the
	// renewal count says the first contract was renewed.
	r := rec(t, "S7", "佐藤", `status: active
start: 2025-04-01
next: 2026-02-01
contract:
  end: 2025-06-30
  renewals: 1
  history:
    - from: 2025-04-01
      until: 2025-06-30
`, "")
	ends, _ := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{{"2025-06-30", "2025-06-30", Renewed, false, false, 1}})

	// renewals with no history: only the current end has a date.
	r = rec(t, "S8", "佐藤", `status: active
start: 2024-04-01
next: 2026-02-01
contract:
  end: 2026-03-31
  renewals: 3
`, "")
	ends, notes := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{{"2026-03-31", "2026-03-31", Pending, false, false, 4}})
	if len(notes) != 1 || !strings.Contains(notes[0].Msg, "not counted") || !ends[0].From.IsZero() {
		t.Errorf("notes %+v from %v", notes, ends[0].From)
	}
}

func TestEndsHistoryBehindContractEnd(t *testing.T) {
	// A hand edit moved contract.end without adding the period: the current contract is
	// the day after the last period .. contract.end.
	r := rec(t, "S9", "佐藤", `status: active
start: 2025-04-01
next: 2026-02-01
contract:
  end: 2025-12-31
  renewals: 1
  history:
    - from: 2025-04-01
      until: 2025-06-30
`, "")
	ends, _ := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{
		{"2025-06-30", "2025-06-30", Renewed, false, false, 1},
		{"2025-12-31", "2025-12-31", Pending, false, true, 2},
	})
	if ends[1].From != day("2025-07-01") || !ends[1].Synthetic {
		t.Errorf("synthetic period %+v", ends[1])
	}
}

func TestEndsEndedBeforeTheRenewedContractStarted(t *testing.T) {
	r := rec(t, "S10", "佐藤", `status: ended
start: 2025-04-01
contract:
  end: 2025-09-30
  renewals: 1
  history:
    - from: 2025-04-01
      until: 2025-06-30
    - from: 2025-07-01
      until: 2025-09-30
ended:
  date: 2025-06-20
  reason: 急な転居
  category: staff-reason
`, "")
	ends, notes := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{{"2025-06-30", "2025-06-20", Ended, true, false, 1}})
	if len(notes) != 1 {
		t.Errorf("notes %+v", notes)
	}
}

func TestEndsEndedAfterTheLastContractEnd(t *testing.T) {
	r := rec(t, "S11", "佐藤", `status: ended
start: 2025-04-01
contract:
  end: 2025-06-30
ended:
  date: 2025-07-10
  reason: 契約満了
`, "")
	ends, notes := Ends(r, day("2026-01-15"))
	checkEnds(t, ends, []endWant{{"2025-06-30", "2025-06-30", Ended, false, false, 1}})
	if len(notes) != 1 {
		t.Errorf("notes %+v", notes)
	}
}

func TestEndsNoContract(t *testing.T) {
	r := rec(t, "S12", "佐藤", "status: active\nstart: 2025-04-01\nnext: 2026-02-01\n", "")
	ends, notes := Ends(r, day("2026-01-15"))
	if len(ends) != 0 || len(notes) != 0 {
		t.Errorf("ends %+v notes %+v", ends, notes)
	}
}

func TestRatio(t *testing.T) {
	for _, c := range []struct {
		n, d int
		want string
	}{
		{12, 13, "12/13 = 92%"},
		{1, 2, "1/2 = 50%"},
		{1, 8, "1/8 = 13%"},
		{199, 200, "199/200 = 99%"},
		{1, 300, "1/300 = 1%"},
		{0, 5, "0/5 = 0%"},
		{5, 5, "5/5 = 100%"},
		{0, 0, "0/0"},
	} {
		if got := (Ratio{N: c.n, D: c.d}).String(); got != c.want {
			t.Errorf("%d/%d = %q, want %q", c.n, c.d, got, c.want)
		}
	}
	b, _ := json.Marshal(Ratio{N: 12, D: 13, TooSmall: false})
	if string(b) != `{"n":12,"d":13,"rate":0.9230769230769231,"percent":92,"text":"12/13 = 92%","too_small":false}` {
		t.Errorf("json %s", b)
	}
	b, _ = json.Marshal(Ratio{TooSmall: true})
	if string(b) != `{"n":0,"d":0,"rate":null,"percent":null,"text":"0/0","too_small":true}` {
		t.Errorf("json %s", b)
	}
	var r Ratio
	if err := json.Unmarshal([]byte(`{"n":3,"d":4,"too_small":true}`), &r); err != nil || r != (Ratio{3, 4, true}) {
		t.Errorf("unmarshal %+v %v", r, err)
	}
}

func TestDefaultWindow(t *testing.T) {
	from, to := DefaultWindow(day("2026-03-15"), 0, 0)
	if from != day("2025-04-01") || to != day("2026-03-31") {
		t.Errorf("window %s..%s", from, to)
	}
	from, to = DefaultWindow(day("2026-03-15"), 0, day("2025-12-10"))
	if from != day("2025-01-01") || to != day("2025-12-10") {
		t.Errorf("window with --to %s..%s", from, to)
	}
	from, to = DefaultWindow(day("2026-03-15"), day("2025-10-01"), 0)
	if from != day("2025-10-01") || to != day("2026-03-31") {
		t.Errorf("window with --from %s..%s", from, to)
	}
}

// team is eleven staff across two owners; 佐藤 has enough decided ends to judge, 鈴木 not.
func team(t *testing.T) []*record.Record {
	var rs []*record.Record
	for i := 0; i < 6; i++ {
		rs = append(rs, rec(t, fmt.Sprintf("A%d", i), "佐藤", fmt.Sprintf(`status: active
start: 2025-0%d-01
client: 株式会社アルファ
manager: 高橋
next: 2026-02-01
contract:
  end: 2026-03-31
  renewals: 1
  history:
    - from: 2025-0%d-01
      until: 2025-09-30
    - from: 2025-10-01
      until: 2026-03-31
`, i+1, i+1), ""))
	}
	rs = append(rs, rec(t, "A9", "佐藤", `status: ended
start: 2025-04-01
client: 株式会社アルファ
contract:
  end: 2025-09-30
ended:
  date: 2025-09-30
  reason: 契約満了
  category: contract-expiry
`, ""))
	for i := 0; i < 3; i++ {
		rs = append(rs, rec(t, fmt.Sprintf("B%d", i), "鈴木", `status: active
start: 2025-07-01
client: ベータ商事
manager: 高橋
next: 2026-01-0`+fmt.Sprint(i+1)+`
contract:
  end: 2025-12-31
`, ""))
	}
	rs = append(rs, rec(t, "B9", "鈴木", `status: ended
start: 2025-07-01
client: ベータ商事
contract:
  end: 2025-12-31
ended:
  date: 2025-11-15
  reason: 派遣先の組織変更
  category: client-reason
`, ""))
	return rs
}

func TestComputeByOwner(t *testing.T) {
	s := Compute(team(t), Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-10"), By: ByOwner, Min: 5})
	if s.Total.Ends != 6+6+1+3+1 {
		t.Errorf("total ends %d", s.Total.Ends)
	}
	if got := s.Total.RenewalRate.String(); got != "6/8 = 75%" {
		t.Errorf("total renewal %s", got)
	}
	if len(s.Groups) != 2 || s.Groups[0].Key != "佐藤" || s.Groups[1].Key != "鈴木" {
		t.Fatalf("groups %+v", s.Groups)
	}
	sato, suzuki := s.Groups[0], s.Groups[1]
	if sato.RenewalRate.String() != "6/7 = 86%" || sato.RenewalRate.TooSmall || sato.Pending != 6 || sato.Past != 0 {
		t.Errorf("佐藤 %+v", sato.Outcomes)
	}
	if suzuki.RenewalRate.String() != "0/1 = 0%" || !suzuki.RenewalRate.TooSmall || !suzuki.TerminationRate.TooSmall ||
		suzuki.Pending != 3 || suzuki.Past != 3 || suzuki.Early != 1 || suzuki.Categories["client-reason"] != 1 {
		t.Errorf("鈴木 (too small, still shown) %+v", suzuki.Outcomes)
	}
	// Discipline: 鈴木's three active staff are 7..9 days overdue.
	d := suzuki.Discipline
	if d == nil || d.Active != 3 || d.Overdue != 3 || Days(d.OverdueMedianDays) != "8" || d.WithNext.String() != "0/3 = 0%" {
		t.Errorf("鈴木 discipline %+v", d)
	}
	if d := sato.Discipline; d.Active != 6 || d.Overdue != 0 || d.OverdueMedianDays != nil || d.WithNext.String() != "6/6 = 100%" {
		t.Errorf("佐藤 discipline %+v", d)
	}
	if d := s.Total.Discipline; d.Active != 9 || d.Overdue != 3 || d.WithNext.String() != "6/9 = 67%" {
		t.Errorf("total discipline %+v", d)
	}
}

func TestComputeByMonthAndCohort(t *testing.T) {
	s := Compute(team(t), Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-10"), By: ByMonth, Min: 5})
	if len(s.Groups) != 12 || s.Groups[0].Key != "2025-04" || s.Groups[11].Key != "2026-03" {
		t.Fatalf("months: %d groups %+v", len(s.Groups), s.Groups)
	}
	by := map[string]Group{}
	for _, g := range s.Groups {
		by[g.Key] = g
		if g.Discipline != nil {
			t.Errorf("month %s has discipline figures", g.Key)
		}
	}
	if g := by["2025-09"]; g.Renewed != 6 || g.Ended != 1 || g.RenewalRate.String() != "6/7 = 86%" {
		t.Errorf("2025-09 %+v", g.Outcomes)
	}
	if g := by["2025-11"]; g.Ended != 1 || g.Early != 1 {
		t.Errorf("2025-11 %+v", g.Outcomes)
	}
	if g := by["2025-05"]; g.Ends != 0 || g.RenewalRate.String() != "0/0" || !g.RenewalRate.TooSmall {
		t.Errorf("an empty month is shown: %+v", g.Outcomes)
	}
	if s.Total.Discipline == nil {
		t.Error("the total keeps its discipline figures")
	}

	s = Compute(team(t), Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-10"), By: ByCohort, Min: 1})
	keys := []string{}
	for _, g := range s.Groups {
		keys = append(keys, g.Key)
	}
	if strings.Join(keys, ",") != "2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07" {
		t.Errorf("cohorts %v", keys)
	}
	// Groups with an empty field go last as (none).
	s = Compute(team(t), Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-10"), By: ByManager, Min: 1})
	if len(s.Groups) != 2 || s.Groups[0].Key != "高橋" || s.Groups[1].Key != NoKey || s.Groups[1].Ended != 2 {
		t.Errorf("by manager %+v", s.Groups)
	}
}

func TestDisciplineReportsMilestonesIntervals(t *testing.T) {
	r := rec(t, "S20", "佐藤", `status: active
start: 2025-10-01
next: 2026-01-20
milestones:
  - id: M1
    what: 初日連絡
    due: 2025-10-01
    done: 2025-10-01
  - id: M2
    what: 1週間フォロー
    due: 2025-10-08
    done: 2025-10-10
  - id: M3
    what: 1ヶ月フォロー
    due: 2025-11-04
  - id: M4
    what: 3ヶ月フォロー
    due: 2026-01-30
  - id: M5
    what: 昔の節目
    due: 2024-01-10
    done: 2024-01-10
requests:
  - id: R1
    what: 席が寒い
    report: 2025-10-20
    reported: 2025-10-19
  - id: R2
    what: 有給
    report: 2025-11-01
    reported: 2025-11-05
  - id: R3
    what: 残業
    report: 2025-12-01
  - id: R4
    what: 駐輪場
    done: 2025-12-10
    reported: 2025-12-10
  - id: R5
    what: まだ先
    report: 2026-02-01
  - id: R6
    what: 日付なし
`, `
## 2025-10-01 call 初日
## 2025-10-01 visit 初日の夕方
## 2025-10-08 visit
## 2025-10-29 visit
## 2025-10-30 renewal 更新の話
## 2025-12-20 visit
## 2026-01-05 visit 3ヶ月を過ぎた
`)
	s := Compute([]*record.Record{r}, Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-10"), Min: 1})
	d := s.Total.Discipline
	// Reports: R1 on time, R2 late, R3 overdue (late), R4 on time (no report date: done);
	// R5 not due yet, R6 has no date.
	if d.ReportsOnTime.String() != "2/4 = 50%" {
		t.Errorf("reports on time %s", d.ReportsOnTime)
	}
	// Milestones: M1 on time, M2 late, M3 overdue; M4 not due; M5 outside the window.
	if d.MilestonesOnTime.String() != "1/3 = 33%" {
		t.Errorf("milestones on time %s", d.MilestonesOnTime)
	}
	// Contact days in the first three months (2025-10-01 .. 2025-12-31): 10-01, 10-08,
	// 10-29, 12-20 (the renewal line is no contact, 2026-01-05 is after): 7, 21, 52.
	if d.FirstMonthsIntervals != 3 || Days(d.FirstMonthsMedianDays) != "21" {
		t.Errorf("intervals %d median %s", d.FirstMonthsIntervals, Days(d.FirstMonthsMedianDays))
	}
	if d.Active != 1 || d.WithNext.String() != "1/1 = 100%" || d.Overdue != 0 {
		t.Errorf("snapshot %+v", d)
	}
	// A window that only holds the last interval.
	s = Compute([]*record.Record{r}, Options{From: day("2025-12-01"), To: day("2025-12-31"), Today: day("2026-01-10"), Min: 1})
	if d := s.Total.Discipline; d.FirstMonthsIntervals != 1 || Days(d.FirstMonthsMedianDays) != "52" {
		t.Errorf("December intervals %d median %s", d.FirstMonthsIntervals, Days(d.FirstMonthsMedianDays))
	}
}

func TestDisciplineEndedRecord(t *testing.T) {
	r := rec(t, "S21", "佐藤", `status: ended
start: 2025-10-01
contract:
  end: 2025-12-31
milestones:
  - id: M1
    what: 1ヶ月フォロー
    due: 2025-11-04
  - id: M2
    what: 3ヶ月フォロー
    due: 2025-12-26
requests:
  - id: R1
    what: 席
    report: 2025-12-20
ended:
  date: 2025-11-20
  reason: 体調
  category: staff-reason
`, "")
	s := Compute([]*record.Record{r}, Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-10"), Min: 1})
	d := s.Total.Discipline
	// M1 was due before the end and missed; M2 and R1 fell after the end and no longer apply.
	if d.MilestonesOnTime.String() != "0/1 = 0%" || d.ReportsOnTime.String() != "0/0" || d.Active != 0 || d.WithNext.String() != "0/0" {
		t.Errorf("discipline %+v", d)
	}
}

func TestDisciplineUnscheduled(t *testing.T) {
	// An active record without next is a lint error but still counted here.
	src := "---\nid: S22\nname: x\nowner: 佐藤\nstatus: active\nstart: 2025-10-01\n---\n"
	r, err := record.Parse("S22.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := Compute([]*record.Record{r}, Options{From: day("2025-04-01"), To: day("2026-03-31"), Today: day("2026-01-10"), Min: 1})
	if d := s.Total.Discipline; d.Unscheduled != 1 || d.WithNext.String() != "0/1 = 0%" || d.Overdue != 0 {
		t.Errorf("discipline %+v", d)
	}
}

func TestMedian(t *testing.T) {
	if Median(nil) != nil || Days(nil) != "—" {
		t.Error("median of nothing")
	}
	xs := []int{9, 1, 4}
	if m := Median(xs); *m != 4 || xs[0] != 9 {
		t.Errorf("median %v, input %v", *m, xs)
	}
	if m := Median([]int{1, 2, 4, 10}); Days(m) != "3" {
		t.Errorf("median %v", *m)
	}
	if m := Median([]int{1, 2}); Days(m) != "1.5" {
		t.Errorf("median %v", *m)
	}
}

func TestComputeJSONShape(t *testing.T) {
	s := Compute(team(t), Options{Today: day("2026-01-10"), By: ByOwner, Min: 5})
	if s.From != day("2025-02-01") || s.To != day("2026-01-31") {
		t.Errorf("default window %s..%s", s.From, s.To)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"from":"2025-02-01"`, `"to":"2026-01-31"`, `"by":"owner"`, `"min":5`, `"total":{"key":""`,
		`"renewal_rate":{"n":`, `"termination_rate":`, `"discipline":{"active":9`, `"categories":{`, `"ends":[{"staff":`, `"notes":[]`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON lacks %s:\n%s", k, b)
		}
	}
}

// TestCSVRows: one row for the total and one per group, each as wide as the headers.
func TestCSVRows(t *testing.T) {
	st := Stats{Total: Group{Outcomes: Outcomes{Categories: map[string]int{"b": 1, "a": 2}}}, Groups: []Group{{Key: "佐藤"}, {Key: "鈴木", Discipline: &Discipline{Active: 3}}}}
	rows := st.CSVRows()
	if len(rows) != 3 || rows[0][0] != "total" || rows[1][0] != "group" || rows[2][1] != "鈴木" || rows[2][16] != "3" {
		t.Fatalf("%q", rows)
	}
	for _, r := range rows {
		if len(r) != len(CSVHeaders) {
			t.Errorf("a row of %d cells for %d headers: %q", len(r), len(CSVHeaders), r)
		}
	}
	if rows[0][15] != "a=2;b=1" {
		t.Errorf("categories by name: %q", rows[0][15])
	}
	if got := st.Total.CategoryKeys(); len(got) != 2 || got[0] != "a" {
		t.Errorf("CategoryKeys, most frequent first: %q", got)
	}
}
