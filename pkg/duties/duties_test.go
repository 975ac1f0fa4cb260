package duties

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
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

// rec builds a record of id started on start, ended on ended ("" while active), with the
// duties given as YAML items.
func rec(t *testing.T, id, start, ended string, duties ...string) *record.Record {
	t.Helper()
	src := "---\nid: " + id + "\nname: 名前 " + id + "\nstatus: active\nowner: 川口 健太\nstart: " + start + "\nnext: 2027-01-10\n"
	if ended != "" {
		src = strings.Replace(src, "status: active", "status: ended", 1) + "ended:\n  date: " + ended + "\n"
	}
	if len(duties) > 0 {
		src += "duties:\n" + strings.Join(duties, "\n") + "\n"
	}
	r, err := record.Parse(id+".md", []byte(src+"---\n"))
	if err != nil || r.HasErrors() {
		t.Fatalf("%s: %v %+v", id, err, r.Problems)
	}
	return r
}

func training(date, hours string) string {
	return "  - kind: training\n    date: " + date + "\n    what: 研修 " + date + "\n    hours: " + hours
}

func TestCompute(t *testing.T) {
	cfg := config.Default()
	recs := []*record.Record{
		rec(t, "S3", "2024-01-04", "", // in its third year in fiscal 2026: owed
			training("2026-03-31", "4"), // fiscal 2025
			training("2026-06-15", "3"),
			training("2027-03-31", "1.5"),
			"  - kind: career\n    date: 2026-10-06\n    what: 働き方",
			"  - kind: wish\n    date: 2026-03-01\n    option: other",
			"  - kind: wish\n    date: 2026-11-27\n    option: direct-hire",
			"  - kind: wish\n    date: 2027-05-01\n    option: indefinite", // after the year
			"  - kind: measure\n    date: 2026-12-10\n    what: 依頼\n    option: direct-hire\n    result: failed",
			"  - kind: measure\n    date: 2026-12-01\n    what: 打診\n    option: new-dispatch",
		),
		rec(t, "S1", "2023-04-01", ""),           // past its first 3 years: nothing owed
		rec(t, "S2", "2027-04-01", ""),           // starts after the year: not listed
		rec(t, "S4", "2025-01-10", "2026-03-31"), // ended before the year: not listed
		rec(t, "S5", "2025-01-10", "2026-04-01"), // ended on its first day: listed, owed
		rec(t, "S6", "2020-01-10", "2025-12-31", // ended before, but a measure in the year
			"  - kind: measure\n    date: 2026-04-10\n    what: 紹介\n    option: new-dispatch\n    result: achieved"),
	}
	rows := Compute(recs, cfg, 2026)
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.Staff)
	}
	if strings.Join(ids, " ") != "S1 S3 S5 S6" {
		t.Fatalf("rows %v, want S1 S3 S5 S6", ids)
	}
	s1, s3, s5, s6 := rows[0], rows[1], rows[2], rows[3]
	if s3.TrainingHours != 4.5 || s3.TrainingHoursOwed != 8 || !s3.Short() || len(s3.Training) != 2 {
		t.Errorf("S3 training: %v of %v, %+v", s3.TrainingHours, s3.TrainingHoursOwed, s3.Training)
	}
	if s3.CareerConsultations != 1 || s3.Career[0].What != "働き方" {
		t.Errorf("S3 career: %+v", s3.Career)
	}
	if s3.Wish == nil || s3.Wish.Option != record.OptionDirectHire || s3.Wish.Date != day("2026-11-27") {
		t.Errorf("S3 wish: %+v, want the latest by the year's end", s3.Wish)
	}
	if len(s3.Measures) != 2 || s3.Measures[0].Date != day("2026-12-01") || s3.Measures[0].Result != record.ResultPending ||
		s3.Measures[1].Result != record.ResultFailed {
		t.Errorf("S3 measures (by date, pending by default): %+v", s3.Measures)
	}
	if s1.TrainingHoursOwed != 0 || s1.Short() || s1.Wish != nil {
		t.Errorf("S1: %+v", s1)
	}
	if s5.TrainingHoursOwed != 8 {
		t.Errorf("S5 owed %v, want 8 (dispatched on the year's first day)", s5.TrainingHoursOwed)
	}
	if s6.TrainingHoursOwed != 0 || len(s6.Measures) != 1 || s6.Measures[0].Result != record.ResultAchieved {
		t.Errorf("S6: %+v", s6)
	}
	if prev := Compute(recs, cfg, 2025); len(prev) == 0 || prev[len(prev)-1].Staff != "S6" {
		t.Errorf("fiscal 2025: %+v", prev)
	}
	// JSON: the stable fields, an empty list rather than null.
	b, err := json.Marshal(rows[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{`"staff":"S1"`, `"fiscal_year":2026`, `"training_hours":0`, `"training_hours_owed":0`, `"training":[]`, `"wish":null`, `"measures":[]`} {
		if !strings.Contains(string(b), f) {
			t.Errorf("JSON %s lacks %s", b, f)
		}
	}
}

// TestOwed: the hours are owed in every fiscal year that begins before the end of the
// first training.years years, from the start's own year; none with training: off.
func TestOwed(t *testing.T) {
	cfg := config.Default()
	r := rec(t, "S1", "2024-01-04", "") // the first 3 years end on 2027-01-03
	for fy, want := range map[int]float64{2022: 0, 2023: 8, 2024: 8, 2025: 8, 2026: 8, 2027: 0} {
		if got := Owed(r, cfg, fy); got != want {
			t.Errorf("fiscal %d: owed %v, want %v", fy, got, want)
		}
	}
	cfg.FiscalYearStart = 1 // calendar years: 2027 begins 2027-01-01, before 2027-01-04
	if got := Owed(r, cfg, 2027); got != 8 {
		t.Errorf("calendar 2027: owed %v, want 8", got)
	}
	cfg.Training.Enable = false
	if got := Owed(r, cfg, 2026); got != 0 {
		t.Errorf("training off: owed %v", got)
	}
	// A start in February or March owes nothing that year (training.warn 2m), the next one
	// in full.
	late := rec(t, "S3", "2027-01-31", "")
	if Owed(late, config.Default(), 2026) != 8 {
		t.Error("a start on 2027-01-31 owes nothing in fiscal 2026")
	}
	late = rec(t, "S3", "2027-02-01", "")
	if Owed(late, config.Default(), 2026) != 0 || Owed(late, config.Default(), 2027) != 8 {
		t.Error("a start on 2027-02-01 owes in fiscal 2026, or not in 2027")
	}
	r2 := rec(t, "S2", "2026-04-01", "", training("2026-05-01", "2"), training("2026-06-01", "0.5"), training("2027-04-01", "8"))
	if got := Hours(r2, config.Default(), 2026); got != 2.5 {
		t.Errorf("Hours = %v, want 2.5", got)
	}
}
