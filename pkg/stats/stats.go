// Package stats computes the team's figures from the records alone: renewal and termination
// rates over the contract ends of a window (what is kept, not only what is lost), and the
// discipline of the follow-up (next dates set, overdue follow-ups, report-backs and milestones
// on time, the rhythm of the first three months). It is pure: the records, the window and
// today in, figures out. docs/STATS.md defines every figure.
package stats

import (
	"fmt"
	"sort"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Group keys.
const (
	ByNone    = ""
	ByOwner   = "owner"
	ByManager = "manager"
	ByClient  = "client"
	BySite    = "site"
	ByCohort  = "cohort"
	ByMonth   = "month"
)

// Bys lists the accepted --by values.
var Bys = []string{ByOwner, ByManager, ByClient, BySite, ByCohort, ByMonth}

// NoKey is the group of records that leave the grouping field empty.
const NoKey = "(none)"

// DefaultMin is the default minimum group size.
const DefaultMin = 5

// Options choose the window, today, the grouping and the minimum group size.
type Options struct {
	From, To dates.Date // the window, both days included
	Today    dates.Date
	By       string
	Min      int // a ratio with a denominator under Min is marked too small to judge
}

// DefaultWindow returns the window used when --from and --to are not given: the 12
// calendar months ending with the month of to (from the first day of the month 11 months
// before to's month); when to is zero, it is the last day of today's month.
func DefaultWindow(today, from, to dates.Date) (dates.Date, dates.Date) {
	if to.IsZero() {
		y, m, _ := today.YMD()
		to = dates.MustOf(y, m, dates.DaysIn(y, m))
	}
	if from.IsZero() {
		y, m, _ := to.YMD()
		from = dates.MustOf(y, m, 1).AddMonths(-11)
	}
	return from, to
}

// Stats is the result. JSON field names are stable (docs/STATS.md).
type Stats struct {
	From   dates.Date `json:"from"`
	To     dates.Date `json:"to"`
	Today  dates.Date `json:"today"`
	By     string     `json:"by"`
	Min    int        `json:"min"`
	Total  Group      `json:"total"`
	Groups []Group    `json:"groups"`
	Ends   []End      `json:"ends"` // the ends in the window, by date
	Notes  []Note     `json:"notes"`
	// EndLabel names an end category for a reader (config.EndLabel); nil shows the codes.
	// Machine output keeps the codes.
	EndLabel func(code, lang string) string `json:"-"`
}

// Group holds the figures of one group (or of everyone, for Total).
type Group struct {
	Key string `json:"key"`
	Outcomes
	// Discipline is nil for the groups of --by month: it is a state of records, not of a month.
	Discipline *Discipline `json:"discipline"`
}

// Outcomes count the contract ends of a window.
type Outcomes struct {
	Ends    int `json:"ends"`    // every end in the window, pending ones included
	Renewed int `json:"renewed"` // renewed
	// Saves are the renewed ends whose period had a risk flagged at a contact (終了回避).
	Saves   int `json:"saves"`
	Ended   int `json:"ended"`   // ended (early ones included)
	Early   int `json:"early"`   // of Ended: before the contract's last day
	Pending int `json:"pending"` // no decision yet: not in the rates
	Past    int `json:"past"`    // of Pending: the contract end is already past
	// Categories counts the ended ends by end category.
	Categories      map[string]int `json:"categories"`
	RenewalRate     Ratio          `json:"renewal_rate"`     // renewed / (renewed + ended)
	TerminationRate Ratio          `json:"termination_rate"` // ended / (renewed + ended)
}

// Discipline measures the follow-up itself.
type Discipline struct {
	// Active staff, as of today.
	Active int `json:"active"`
	// WithNext: active staff whose next follow-up date is today or later / active staff.
	WithNext Ratio `json:"with_next"`
	// Unscheduled: active staff with no next date at all.
	Unscheduled int `json:"unscheduled"`
	// Overdue: active staff whose next follow-up date is past; OverdueMedianDays is the
	// median of how many days past (null when none).
	Overdue           int      `json:"overdue"`
	OverdueMedianDays *float64 `json:"overdue_median_days"`
	// ReportsOnTime: requests whose report-back date is in the window and due, reported back
	// on or before it / all of them.
	ReportsOnTime Ratio `json:"reports_on_time"`
	// MilestonesOnTime: the milestones of the follow-up (every milestone but the manager's
	// calls) due in the window and due, done on or before the due date / all of them.
	MilestonesOnTime Ratio `json:"milestones_on_time"`
	// CallsOnTime: the manager's thank-you calls (milestones with who: manager) due in the
	// window and due, made on or before the due date / all of them. CallsLate of them were
	// made after it, CallsOpen are past due and not made yet.
	CallsOnTime Ratio `json:"calls_on_time"`
	CallsLate   int   `json:"calls_late"`
	CallsOpen   int   `json:"calls_open"`
	// FirstMonthsMedianDays: the median number of days between consecutive contact days in
	// a staff member's first three months, over the intervals ending in the window (null
	// when none); FirstMonthsIntervals is how many intervals there were.
	FirstMonthsMedianDays *float64 `json:"first_months_median_days"`
	FirstMonthsIntervals  int      `json:"first_months_intervals"`
}

// Compute returns the figures of the records. Records that cannot be trusted (see
// record.Broken) must be left out by the caller.
func Compute(recs []*record.Record, opt Options) Stats {
	if opt.From.IsZero() || opt.To.IsZero() {
		opt.From, opt.To = DefaultWindow(opt.Today, opt.From, opt.To)
	}
	s := Stats{From: opt.From, To: opt.To, Today: opt.Today, By: opt.By, Min: opt.Min, Groups: []Group{}, Ends: []End{}, Notes: []Note{}}
	type acc struct {
		ends      []End
		disc      discAcc
		hasRecord bool
	}
	groups := map[string]*acc{}
	get := func(k string) *acc {
		a := groups[k]
		if a == nil {
			a = &acc{}
			groups[k] = a
		}
		return a
	}
	if opt.By == ByMonth {
		for m := firstOfMonth(opt.From); !m.After(opt.To); m = m.AddMonths(1) {
			get(Month(m))
		}
	}
	var total acc
	for _, r := range recs {
		ends, notes := Ends(r, opt.Today)
		s.Notes = append(s.Notes, notes...)
		for _, e := range ends {
			if e.Date.Before(opt.From) || e.Date.After(opt.To) {
				continue
			}
			s.Ends = append(s.Ends, e)
			total.ends = append(total.ends, e)
			if opt.By != ByNone {
				a := get(endKey(e, opt.By))
				a.ends = append(a.ends, e)
			}
		}
		d := recordDiscipline(r, opt)
		total.disc.add(d)
		if opt.By != ByNone && opt.By != ByMonth {
			a := get(recordKey(r, opt.By))
			a.disc.add(d)
			a.hasRecord = true
		}
	}
	sort.SliceStable(s.Ends, func(i, j int) bool {
		a, b := s.Ends[i], s.Ends[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Staff != b.Staff {
			return a.Staff < b.Staff
		}
		return a.Period < b.Period
	})
	s.Total = Group{Key: "", Outcomes: outcomes(total.ends, opt.Min)}
	td := total.disc.result(opt.Min)
	s.Total.Discipline = &td
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if (keys[i] == NoKey) != (keys[j] == NoKey) {
			return keys[j] == NoKey
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		a := groups[k]
		g := Group{Key: k, Outcomes: outcomes(a.ends, opt.Min)}
		if opt.By != ByMonth {
			d := a.disc.result(opt.Min)
			g.Discipline = &d
		}
		s.Groups = append(s.Groups, g)
	}
	return s
}

func firstOfMonth(d dates.Date) dates.Date {
	y, m, _ := d.YMD()
	return dates.MustOf(y, m, 1)
}

func keyOr(s string) string {
	if s == "" {
		return NoKey
	}
	return s
}

func endKey(e End, by string) string {
	switch by {
	case ByOwner:
		return keyOr(e.Owner)
	case ByManager:
		return keyOr(e.Manager)
	case ByClient:
		return keyOr(e.Client)
	case BySite:
		return keyOr(e.Site)
	case ByCohort:
		return keyOr(e.Cohort)
	case ByMonth:
		return Month(e.Date)
	}
	return ""
}

func recordKey(r *record.Record, by string) string {
	switch by {
	case ByOwner:
		return keyOr(r.Owner)
	case ByManager:
		return keyOr(r.Manager)
	case ByClient:
		return keyOr(r.Client)
	case BySite:
		return keyOr(r.Site)
	case ByCohort:
		if r.Start.IsZero() {
			return NoKey
		}
		return Month(r.Start)
	}
	return ""
}

func outcomes(ends []End, min int) Outcomes {
	o := Outcomes{Ends: len(ends), Categories: map[string]int{}}
	for _, e := range ends {
		switch e.Outcome {
		case Renewed:
			o.Renewed++
			if e.Save {
				o.Saves++
			}
		case Ended:
			o.Ended++
			o.Categories[e.Category]++
			if e.Early {
				o.Early++
			}
		case Pending:
			o.Pending++
			if e.Past {
				o.Past++
			}
		}
	}
	decided := o.Renewed + o.Ended
	o.RenewalRate = Ratio{N: o.Renewed, D: decided, TooSmall: decided < min}
	o.TerminationRate = Ratio{N: o.Ended, D: decided, TooSmall: decided < min}
	return o
}

// recDisc is one record's contribution to the discipline figures.
type recDisc struct {
	active, withNext, unscheduled bool
	overdueDays                   int // > 0 when the next date is past
	reports, reportsOnTime        int
	milestones, milestonesOnTime  int
	calls                         callCount
	intervals                     []int
}

// callCount counts the manager's thank-you calls that fell due.
type callCount struct{ due, onTime, late, open int }

func (c *callCount) add(d callCount) {
	c.due, c.onTime, c.late, c.open = c.due+d.due, c.onTime+d.onTime, c.late+d.late, c.open+d.open
}

func recordDiscipline(r *record.Record, opt Options) recDisc {
	var d recDisc
	today := opt.Today
	if r.Active() {
		d.active = true
		switch {
		case r.Next.IsZero():
			d.unscheduled = true
		case r.Next.Before(today):
			d.overdueDays = today.Sub(r.Next)
		default:
			d.withNext = true
		}
	}
	// What no longer applies once the dispatch ended.
	gone := func(due dates.Date) bool {
		return !r.Active() && !r.Ended.Date.IsZero() && due.After(r.Ended.Date)
	}
	inWindow := func(x dates.Date) bool { return !x.Before(opt.From) && !x.After(opt.To) }
	for _, q := range r.Requests {
		target := q.Report
		if target.IsZero() {
			target = q.Done
		}
		if target.IsZero() || !inWindow(target) {
			continue
		}
		switch {
		case !q.Reported.IsZero():
			d.reports++
			if !q.Reported.After(target) {
				d.reportsOnTime++
			}
		case target.Before(today) && !gone(target):
			d.reports++
		}
	}
	for _, m := range r.Milestones {
		if m.Due.IsZero() || !inWindow(m.Due) || !m.Cancelled.IsZero() {
			continue
		}
		if m.IsCall() {
			switch {
			case !m.Done.IsZero() && !m.Done.After(m.Due):
				d.calls.due++
				d.calls.onTime++
			case !m.Done.IsZero():
				d.calls.due++
				d.calls.late++
			case m.Due.Before(today) && !gone(m.Due):
				d.calls.due++
				d.calls.open++
			}
			continue
		}
		switch {
		case !m.Done.IsZero():
			d.milestones++
			if !m.Done.After(m.Due) {
				d.milestonesOnTime++
			}
		case m.Due.Before(today) && !gone(m.Due):
			d.milestones++
		}
	}
	if !r.Start.IsZero() {
		limit := r.Start.AddMonths(3)
		entries, _ := r.Entries()
		var days []dates.Date
		for _, e := range entries {
			if !e.IsContact() || e.Date.IsZero() || e.Date.Before(r.Start) || !e.Date.Before(limit) {
				continue
			}
			days = append(days, e.Date)
		}
		sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
		for i := 1; i < len(days); i++ {
			if days[i] == days[i-1] {
				continue
			}
			prev := days[i-1]
			if inWindow(days[i]) {
				d.intervals = append(d.intervals, days[i].Sub(prev))
			}
		}
	}
	return d
}

type discAcc struct {
	active, withNext, unscheduled int
	overdue                       []int
	reports, reportsOnTime        int
	milestones, milestonesOnTime  int
	calls                         callCount
	intervals                     []int
}

func (a *discAcc) add(d recDisc) {
	if d.active {
		a.active++
	}
	if d.withNext {
		a.withNext++
	}
	if d.unscheduled {
		a.unscheduled++
	}
	if d.overdueDays > 0 {
		a.overdue = append(a.overdue, d.overdueDays)
	}
	a.reports += d.reports
	a.reportsOnTime += d.reportsOnTime
	a.milestones += d.milestones
	a.milestonesOnTime += d.milestonesOnTime
	a.calls.add(d.calls)
	a.intervals = append(a.intervals, d.intervals...)
}

func (a *discAcc) result(min int) Discipline {
	return Discipline{
		Active:                a.active,
		WithNext:              Ratio{N: a.withNext, D: a.active, TooSmall: a.active < min},
		Unscheduled:           a.unscheduled,
		Overdue:               len(a.overdue),
		OverdueMedianDays:     Median(a.overdue),
		ReportsOnTime:         Ratio{N: a.reportsOnTime, D: a.reports, TooSmall: a.reports < min},
		MilestonesOnTime:      Ratio{N: a.milestonesOnTime, D: a.milestones, TooSmall: a.milestones < min},
		CallsOnTime:           Ratio{N: a.calls.onTime, D: a.calls.due, TooSmall: a.calls.due < min},
		CallsLate:             a.calls.late,
		CallsOpen:             a.calls.open,
		FirstMonthsMedianDays: Median(a.intervals),
		FirstMonthsIntervals:  len(a.intervals),
	}
}

// Median returns the median of xs (the mean of the two middle values for an even count), or
// nil when xs is empty. xs is not modified.
func Median(xs []int) *float64 {
	if len(xs) == 0 {
		return nil
	}
	s := append([]int(nil), xs...)
	sort.Ints(s)
	n := len(s)
	var m float64
	if n%2 == 1 {
		m = float64(s[n/2])
	} else {
		m = float64(s[n/2-1]+s[n/2]) / 2
	}
	return &m
}

// Days formats a median number of days: "4", "4.5", or "—" for none.
func Days(m *float64) string {
	if m == nil {
		return "—"
	}
	if *m == float64(int(*m)) {
		return fmt.Sprintf("%d", int(*m))
	}
	return fmt.Sprintf("%.1f", *m)
}
