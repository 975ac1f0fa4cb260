package stats

import (
	"fmt"
	"sort"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Outcomes of a contract end.
const (
	Renewed = "renewed"
	Ended   = "ended"
	Pending = "pending"
)

// Uncategorized is the end category of an end whose record names none.
const Uncategorized = "uncategorized"

// End is one contract end: the last day of one contract period of one staff member, and
// what became of it. JSON field names are stable (docs/STATS.md).
type End struct {
	Staff string `json:"staff"`
	Name  string `json:"name"`
	File  string `json:"file"`
	// Period is the contract's number: 1 for the first contract, 2 after the first
	// renewal, ...
	Period int        `json:"period"`
	From   dates.Date `json:"from"`  // the period's first day (null when unknown)
	Until  dates.Date `json:"until"` // the period's last day
	// Date is the day the end falls on, the one that places it in a window: Until, or
	// ended.date when the dispatch ended before Until.
	Date     dates.Date `json:"date"`
	Outcome  string     `json:"outcome"`  // renewed, ended or pending
	Early    bool       `json:"early"`    // ended before Until
	Past     bool       `json:"past"`     // pending although Until is already past: no decision recorded
	Category string     `json:"category"` // of an ended end: ended.category, or "uncategorized"
	Reason   string     `json:"reason"`   // of an ended end
	// Risk says a risk of leaving was flagged at a contact of the period: an intent of
	// unsure or leave, or a mood of 2 or less. A renewed end with a risk is a save
	// (終了回避).
	Risk      bool   `json:"risk"`
	Save      bool   `json:"save"`
	Owner     string `json:"owner"`     // who followed the staff member at the outcome (docs/STATS.md §4)
	Manager   string `json:"manager"`   // the record's present manager
	Client    string `json:"client"`    // the record's present client
	Site      string `json:"site"`      // the record's present site
	Cohort    string `json:"cohort"`    // the record's start month, YYYY-MM
	Synthetic bool   `json:"synthetic"` // the period is not in contract.history (see docs/STATS.md)
}

// Note is something in a record that the figures could not use as written.
type Note struct {
	Staff string `json:"staff"`
	File  string `json:"file"`
	Msg   string `json:"msg"`
}

type period struct {
	from, until dates.Date
	n           int  // 0 for the first contract
	synthetic   bool // not read from contract.history
}

// periods returns the contract periods of r, oldest first: contract.history; the current
// contract (start or the day after the last history period .. contract.end) when the
// history does not reach contract.end; for an ended record with no contract dates at all,
// one period from the start to ended.date.
func periods(r *record.Record, note func(string)) []period {
	var ps []period
	for _, h := range r.Contract.History {
		if h.Until.IsZero() {
			note(fmt.Sprintf("contract.history has a period without until (line %d): not counted", h.Line))
			continue
		}
		ps = append(ps, period{from: h.From, until: h.Until})
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].until < ps[j].until })
	for i := range ps {
		ps[i].n = i
	}
	end := r.Contract.End
	switch {
	case len(ps) == 0 && !end.IsZero():
		p := period{from: r.Start, until: end, n: r.Contract.Renewals, synthetic: true}
		if r.Contract.Renewals > 0 {
			p.from = 0
			note(fmt.Sprintf("contract.renewals is %d but contract.history is empty: the %d earlier contract ends have no dates and are not counted", r.Contract.Renewals, r.Contract.Renewals))
		}
		ps = append(ps, p)
	case len(ps) > 0 && end.After(ps[len(ps)-1].until):
		last := ps[len(ps)-1]
		ps = append(ps, period{from: last.until.AddDays(1), until: end, n: last.n + 1, synthetic: true})
	case len(ps) == 0 && r.Status == record.StatusEnded && !r.Ended.Date.IsZero():
		note("no contract dates: counted as one contract from the start to ended.date")
		ps = append(ps, period{from: r.Start, until: r.Ended.Date, synthetic: true})
	}
	return ps
}

// Ends returns every contract end of r, whatever its date, oldest first. today only tells
// a pending end that is still to come from one already past (Past); it changes no outcome.
// Each end is credited to the owner of its outcome (ownerAt) and says whether a risk was
// flagged in its period (a save when it was renewed); both come from the log.
func Ends(r *record.Record, today dates.Date) ([]End, []Note) {
	var notes []Note
	note := func(msg string) { notes = append(notes, Note{Staff: r.ID, File: r.Path, Msg: msg}) }
	ps := periods(r, note)
	if len(ps) == 0 {
		if r.Status == record.StatusEnded && r.Ended.Date.IsZero() {
			note("status is ended without ended.date or contract dates: the end is not counted")
		}
		return nil, notes
	}
	ended := r.Status == record.StatusEnded
	endIdx := -1 // the period the dispatch ended in
	if ended {
		if r.Ended.Date.IsZero() {
			note("status is ended without ended.date: counted as ended at the last contract end")
			endIdx = len(ps) - 1
		} else {
			endIdx = 0
			for i, p := range ps {
				if p.from.IsZero() || !p.from.After(r.Ended.Date) {
					endIdx = i
				}
			}
			if r.Ended.Date.After(ps[endIdx].until) {
				note(fmt.Sprintf("ended.date %s is after the last contract end %s: counted as ended at %s", r.Ended.Date, ps[endIdx].until, ps[endIdx].until))
			}
			if endIdx < len(ps)-1 {
				note(fmt.Sprintf("ended %s before the contract from %s started: that contract is not counted", r.Ended.Date, ps[endIdx+1].from))
			}
		}
		ps = ps[:endIdx+1]
	}
	cohort := ""
	if !r.Start.IsZero() {
		cohort = Month(r.Start)
	}
	entries, _ := r.Entries()
	handovers := record.Handovers(entries)
	out := make([]End, 0, len(ps))
	for i, p := range ps {
		e := End{Staff: r.ID, Name: r.Name, File: r.Path, Period: p.n + 1, From: p.from, Until: p.until, Date: p.until,
			Manager: r.Manager, Client: r.Client, Site: r.Site, Cohort: cohort, Synthetic: p.synthetic,
			Risk: riskIn(entries, p.from, p.until)}
		switch {
		case i == endIdx:
			e.Outcome = Ended
			if d := r.Ended.Date; !d.IsZero() && d.Before(p.until) {
				e.Date, e.Early = d, true
			}
			e.Category, e.Reason = r.Ended.Category, r.Ended.Reason
			if e.Category == "" {
				e.Category = Uncategorized
			}
		case i < len(ps)-1 || p.n < r.Contract.Renewals:
			e.Outcome = Renewed
		default:
			e.Outcome = Pending
			e.Past = p.until.Before(today)
		}
		e.Save = e.Outcome == Renewed && e.Risk
		e.Owner = record.OwnerOn(r.Owner, handovers, ownerAt(e, entries))
		out = append(out, e)
	}
	return out, notes
}

// ownerAt is the day whose owner an end is credited to: for a renewal, the day it was
// agreed (the latest renewal entry of the log dated in the period), else the period's last
// day; for an end or a pending end, its date.
func ownerAt(e End, entries []record.Entry) dates.Date {
	if e.Outcome != Renewed {
		return e.Date
	}
	at := e.Until
	for _, x := range entries {
		if t, _, ok := record.KindTerm(x.Kind); ok && t.Code == record.KindRenewal &&
			!x.Date.IsZero() && !x.Date.After(e.Until) && (e.From.IsZero() || !x.Date.Before(e.From)) {
			at = x.Date
		}
	}
	return at
}

// riskIn reports whether a contact of the log dated from from to until (from zero: any
// day up to until) flagged a risk of leaving: intent unsure or leave, or mood 1 or 2.
func riskIn(entries []record.Entry, from, until dates.Date) bool {
	for _, x := range entries {
		if x.Date.IsZero() || x.Date.After(until) || (!from.IsZero() && x.Date.Before(from)) || !x.IsContact() {
			continue
		}
		if Risky(x.Intent, x.Mood) {
			return true
		}
	}
	return false
}

// Risky reports whether an intent and a mood said at one contact flag a risk of leaving
// for the saves: intent unsure or leave, or a mood of 2 or less (0 is no mood).
func Risky(intent string, mood int) bool {
	return intent == record.IntentUnsure || intent == record.IntentLeave || (mood > 0 && mood <= 2)
}

// Month returns the YYYY-MM of d.
func Month(d dates.Date) string { return d.String()[:7] }
