package ops

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Issue 19, follow next: the next follow-up moves with its time and place; next, next_at
// and next_place change surgically (next_at and next_place right under next), and a
// rescheduling entry by the author, in the record's language, ends with the new Next: line.
func TestReschedule(t *testing.T) {
	at := dates.Appointment{Date: day("2026-12-16"), Time: "15:00", Place: "休憩室"}
	for _, c := range []struct {
		name, golden string
		env          Env
		crlf         bool
		in           dates.Appointment
		note         string
	}{
		{"a time and a place, with a note", "next-reschedule", envJA, false, at, "本人の都合で変更"},
		{"the same with CRLF line ends", "next-reschedule", envJA, true, at, "本人の都合で変更"},
		{"a date alone, in English", "next-reschedule-en", envEN, false, dates.Appointment{Date: day("2026-12-18")}, ""},
		{"a range", "next-reschedule-range", envJA, false, dates.Appointment{Date: day("2026-12-16"), Time: "15:00", End: "16:00", Place: "センター 2F"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := fixture(t, c.crlf)
			env := c.env
			env.Author = "川口 健太"
			res, err := Reschedule(rec, RescheduleInput{Env: env, At: c.in, Note: c.note})
			if err != nil {
				t.Fatal(err)
			}
			nr := edited(t, c.golden, rec, res.Edit, `next: "2026-12-01"  # 前回合意`)
			if res.From != (dates.Appointment{Date: day("2026-12-01")}) {
				t.Errorf("From %+v", res.From)
			}
			if a := nr.Appointment(); (a == nil) != (c.in.Time == "" && c.in.Place == "") || a != nil && *a != c.in {
				t.Errorf("the record's appointment %+v, want %+v", a, c.in)
			}
		})
	}
}

// Moving a timed appointment to a date alone removes next_at and next_place (they belonged
// to the old date); moving it to another time replaces them in place.
func TestRescheduleReplaces(t *testing.T) {
	rec := fixture(t, false)
	res, err := Reschedule(rec, RescheduleInput{Env: envJA, At: dates.Appointment{Date: day("2026-12-16"), Time: "15:00", Place: "休憩室"}})
	if err != nil {
		t.Fatal(err)
	}
	timed, err := record.Parse(rec.Path, res.Out)
	if err != nil {
		t.Fatal(err)
	}
	later := envJA
	later.Today = day("2026-12-07")
	res, err = Reschedule(timed, RescheduleInput{Env: later, At: dates.Appointment{Date: day("2026-12-17"), Time: "10:00", Place: "本社"}})
	if err != nil {
		t.Fatal(err)
	}
	edited(t, "next-reschedule-retime", timed, res.Edit, "next: 2026-12-16  # 前回合意", `next_at: "15:00"`, "next_place: 休憩室")
	if res.From != (dates.Appointment{Date: day("2026-12-16"), Time: "15:00", Place: "休憩室"}) {
		t.Errorf("From %+v", res.From)
	}
	res, err = Reschedule(timed, RescheduleInput{Env: later, At: dates.Appointment{Date: day("2026-12-18")}})
	if err != nil {
		t.Fatal(err)
	}
	nr := edited(t, "next-reschedule-untime", timed, res.Edit, "next: 2026-12-16  # 前回合意", `next_at: "15:00"`, "next_place: 休憩室")
	if nr.NextAt != "" || nr.NextPlace != "" || nr.KeyLine("next_at") != 0 || nr.KeyLine("next_place") != 0 {
		t.Errorf("next_at %q, next_place %q remain", nr.NextAt, nr.NextPlace)
	}
}

func TestRescheduleRefused(t *testing.T) {
	rec := fixture(t, false)
	_, err := Reschedule(rec, RescheduleInput{Env: envJA, At: dates.Appointment{Date: day("2026-12-04")}})
	refused(t, "before today", err, "next.past", true)
	_, err = Reschedule(rec, RescheduleInput{Env: envJA, At: dates.Appointment{Date: day("2026-12-01")}})
	refused(t, "the same", err, "next.past", true)
	rec2, _ := record.Parse(rec.Path, []byte(strings.Replace(string(rec.Src), `next: "2026-12-01"`, "next: 2026-12-09", 1)))
	_, err = Reschedule(rec2, RescheduleInput{Env: envJA, At: dates.Appointment{Date: day("2026-12-09")}})
	refused(t, "the same", err, "next.same", true)
	// A closed day is written, and named.
	res, err := Reschedule(rec2, RescheduleInput{Env: envJA, At: dates.Appointment{Date: day("2027-01-01")}})
	if err != nil || res.Closed == nil || res.Closed.Key != "closed.holiday" {
		t.Errorf("2027-01-01: %v, closed %v", err, res.Closed)
	}
}

// --next "12/16 15:00 休憩室" (or a draft's 次回: line) writes next, next_at and next_place
// and the same appointment on the visit's Next: line.
func TestVisitAppointment(t *testing.T) {
	rec := fixture(t, false)
	res, err := Visit(rec, VisitInput{Env: envJA, Date: today, Facts: []string{"席替え済み"}, Next: day("2026-12-16"), NextAt: "15:00", NextPlace: "休憩室"})
	if err != nil {
		t.Fatal(err)
	}
	edited(t, "visit-appointment", rec, res.Edit, `next: "2026-12-01"  # 前回合意`)
}

// Issue 19: a draft that moves an open request's missed due keeps the earliest missed due
// (due_was); a due moved before it was reached keeps none.
func TestDraftMovesDue(t *testing.T) {
	rec := fixture(t, false)
	move := func(rec *record.Record, visit dates.Date, line string) (*record.Record, Visited) {
		t.Helper()
		d, err := record.ParseDraft("### 相談事項\n"+line+"\n次回: 2027-01-08\n", visit)
		if err != nil {
			t.Fatal(err)
		}
		env := envJA
		env.Today = visit
		res, err := Visit(rec, FromDraft(d, visit, "visit", env))
		if err != nil {
			t.Fatal(err)
		}
		nr, err := record.Parse(rec.Path, res.Out)
		if err != nil {
			t.Fatal(err)
		}
		return nr, res
	}
	// R1 due 2026-12-10: moved on 2026-12-05, before it was reached: no due_was.
	early, _ := move(rec, day("2026-12-05"), "- R1；期限 12/20")
	if q := findRequest(early, "R1"); q.Due != day("2026-12-20") || !q.DueWas.IsZero() {
		t.Errorf("moved early: %+v", q)
	}
	// Moved on 2026-12-15, after it was missed: due_was keeps 2026-12-10.
	d, err := record.ParseDraft("### 相談事項\n- R1；期限 12/24\n次回: 2027-01-08\n", day("2026-12-15"))
	if err != nil {
		t.Fatal(err)
	}
	late := envJA
	late.Today = day("2026-12-15")
	res, err := Visit(rec, FromDraft(d, day("2026-12-15"), "visit", late))
	if err != nil {
		t.Fatal(err)
	}
	nr := edited(t, "draft-due-was", rec, res.Edit, `next: "2026-12-01"  # 前回合意`, "  due: 2026-12-10")
	if q := findRequest(nr, "R1"); q.Due != day("2026-12-24") || q.DueWas != day("2026-12-10") {
		t.Errorf("moved late: %+v", q)
	}
	// Missed again and moved again: the earliest missed due stays.
	again, _ := move(nr, day("2026-12-28"), "- R1；期限 1/6")
	if q := findRequest(again, "R1"); q.Due != day("2027-01-06") || q.DueWas != day("2026-12-10") {
		t.Errorf("moved again: %+v", q)
	}
}
