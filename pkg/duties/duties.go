// Package duties counts what the agency did for each staff member in a fiscal year, from
// the duties: of their records: training hours against the hours owed in the first years
// (労働者派遣法 30条の2), career consultations, the staff member's wish about stable
// employment and the measures taken with their outcome (30条). It is what follow duties
// prints and what the business report (事業報告書) counts. It is pure.
package duties

import (
	"sort"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Row is one staff member's duties in a fiscal year. Its JSON field names are stable.
type Row struct {
	Staff  string `json:"staff"`
	Name   string `json:"name"`
	Owner  string `json:"owner"`
	Status string `json:"status"`
	// FiscalYear is named by the year it starts in (2026: 2026-04-01 to 2027-03-31).
	FiscalYear int `json:"fiscal_year"`
	// TrainingHours is the training given in the year; TrainingHoursOwed what the first
	// years require (training.hours of follow.yaml), 0 when none is owed.
	TrainingHours       float64 `json:"training_hours"`
	TrainingHoursOwed   float64 `json:"training_hours_owed"`
	Training            []Entry `json:"training"`
	CareerConsultations int     `json:"career_consultations"`
	Career              []Entry `json:"career"`
	// Wish is the latest wish recorded up to the end of the year (it may be older than
	// the year), nil when none is.
	Wish     *Entry  `json:"wish"`
	Measures []Entry `json:"measures"`
	File     string  `json:"file"`
}

// Short reports whether the row's training falls short of what is owed.
func (r Row) Short() bool { return r.TrainingHours < r.TrainingHoursOwed }

// Entry is one entry of duties:.
type Entry struct {
	Date    dates.Date `json:"date"`
	What    string     `json:"what"`
	Hours   float64    `json:"hours,omitempty"`
	Option  string     `json:"option,omitempty"`
	Outcome string     `json:"outcome,omitempty"`
	Result  string     `json:"result,omitempty"`
}

func entry(d record.Duty) Entry {
	e := Entry{Date: d.Date, What: d.What, Hours: d.Hours, Option: d.Option, Outcome: d.Outcome, Result: d.Result}
	if d.Kind == record.DutyMeasure && e.Result == "" {
		e.Result = record.ResultPending
	}
	return e
}

// Compute returns the duties of fiscal year fy (config fiscal_year_start) for every staff
// member dispatched at some time in it (started by its end and not ended before it), and
// for any other whose duties: hold an entry in it, by staff ID.
func Compute(recs []*record.Record, cfg *config.Config, fy int) []Row {
	from, to := dates.FiscalYearBounds(fy, cfg.FiscalYearStart)
	rows := []Row{}
	for _, r := range recs {
		row := Row{Staff: r.ID, Name: r.Name, Owner: r.Owner, Status: r.Status, FiscalYear: fy, File: r.Path,
			Training: []Entry{}, Career: []Entry{}, Measures: []Entry{}}
		row.TrainingHoursOwed = Owed(r, cfg, fy)
		in := false
		for _, d := range r.Duties {
			if d.Kind == record.DutyWish && !d.Date.After(to) && (row.Wish == nil || !d.Date.Before(row.Wish.Date)) {
				e := entry(d)
				row.Wish = &e
			}
			if d.Date.Before(from) || d.Date.After(to) {
				continue
			}
			in = true
			switch d.Kind {
			case record.DutyTraining:
				row.TrainingHours += d.Hours
				row.Training = append(row.Training, entry(d))
			case record.DutyCareer:
				row.CareerConsultations++
				row.Career = append(row.Career, entry(d))
			case record.DutyMeasure:
				row.Measures = append(row.Measures, entry(d))
			}
		}
		if in || Dispatched(r, from, to) {
			for _, l := range [][]Entry{row.Training, row.Career, row.Measures} {
				sort.SliceStable(l, func(i, j int) bool { return l[i].Date < l[j].Date })
			}
			rows = append(rows, row)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Staff < rows[j].Staff })
	return rows
}

// Dispatched reports whether r was dispatched at some time between from and to: it
// started by to and had not ended before from.
func Dispatched(r *record.Record, from, to dates.Date) bool {
	if r.Start.IsZero() || r.Start.After(to) {
		return false
	}
	return r.Active() || r.Ended.Date.IsZero() || !r.Ended.Date.Before(from)
}

// Owed returns the training hours r is owed in fiscal year fy: training.hours when the
// year begins before the end of the first training.years years from the start and r was
// dispatched in it, else 0 (and 0 when training: off). The hours are not prorated, but a
// staff member who starts in the year's last training.warn (February or March) owes
// none that year: there is no time left to train them, and the check would fall due on
// their first day.
func Owed(r *record.Record, cfg *config.Config, fy int) float64 {
	if !cfg.Training.Enable || r.Start.IsZero() {
		return 0
	}
	from, to := dates.FiscalYearBounds(fy, cfg.FiscalYearStart)
	if !Dispatched(r, from, to) || !from.Before(r.Start.AddMonths(12*cfg.Training.Years)) ||
		!r.Start.Before(to.AddDays(1).Add(cfg.Training.Warn.Neg())) {
		return 0
	}
	return cfg.Training.Hours
}

// Hours returns the training hours r was given in fiscal year fy.
func Hours(r *record.Record, cfg *config.Config, fy int) float64 {
	from, to := dates.FiscalYearBounds(fy, cfg.FiscalYearStart)
	h := 0.0
	for _, d := range r.Duties {
		if d.Kind == record.DutyTraining && !d.Date.Before(from) && !d.Date.After(to) {
			h += d.Hours
		}
	}
	return h
}
