package ops

import (
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
)

// The directions in which a month and day typed without a year (12/5) are read, by what
// the date is: what happened lies behind today, what is planned ahead of it. Flags and
// drafts use the same ones.
const (
	// Happened: the date of a visit, when something was done (--date of new, done,
	// renew, handover; the heading of a draft).
	Happened = dates.Past
	// Planned: the next follow-up, a request's due and report-back dates, a contract's new
	// end (--next, --until, the dates of --request and of a draft).
	Planned = dates.Future
)

// DateProblem is what is wrong with the dates of a visit: a refusal, or a warning that
// lets the visit be written. Field says which date it is about: "date" (the visit) or
// "next".
type DateProblem struct {
	Field   string
	Warning bool
	Msg     *i18n.Message
}

// VisitDates are the dates of a visit as the flags of follow new or a draft give them,
// read in the directions Happened (the visit) and Planned (the next date) by
// dates.ParseNear, which already refuses a month and day whose nearest occurrence lies on
// the wrong side of today.
type VisitDates struct {
	Date, Next, Today dates.Date
}

// CheckVisitDates checks the dates of a visit, one rule for flags and drafts: a visit
// cannot lie after today (it is logged once it happened); the next follow-up cannot lie
// before the visit; and a next date on a day the team does not work (a public holiday, a
// weekend, a day of closed:) is accepted with a warning naming the day, when cfg is given.
// A zero next is not checked (whether one is required is the caller's rule).
func CheckVisitDates(v VisitDates, cfg *config.Config) []DateProblem {
	var out []DateProblem
	if v.Date.After(v.Today) {
		out = append(out, DateProblem{Field: "date", Msg: i18n.Msg("visit.future", v.Date, v.Today)})
	}
	if v.Next.IsZero() {
		return out
	}
	if v.Next.Before(v.Date) {
		out = append(out, DateProblem{Field: "next", Msg: i18n.Msg("visit.nextbefore", v.Next, v.Date)})
	}
	if cfg != nil {
		if m := ClosedDay(cfg, v.Next); m != nil {
			out = append(out, DateProblem{Field: "next", Warning: true, Msg: i18n.Msg("visit.nextclosed", v.Next, m)})
		}
	}
	return out
}

// ClosedDay names d when the team does not work on it: the public holiday (元日), a
// Saturday or Sunday, or a day the team closes (休業日); nil on a business day.
func ClosedDay(cfg *config.Config, d dates.Date) *i18n.Message {
	switch c, name := cfg.ClosureOf(d); c {
	case config.Holiday:
		return i18n.Msg("closed.holiday", name)
	case config.Weekend:
		return i18n.Msg("closed.weekday." + d.Weekday().String())
	case config.Company:
		return i18n.Msg("closed.company")
	}
	return nil
}
