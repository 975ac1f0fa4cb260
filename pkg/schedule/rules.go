package schedule

import (
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Planned is a milestone the rules imply, before it is written into a record.
type Planned struct {
	Rule *config.Rule
	Due  dates.Date // after the calendar shift
	Raw  dates.Date // before the shift
}

// Milestone converts a planned milestone to a record milestone with the given id.
func (p Planned) Milestone(id string) record.Milestone {
	return record.Milestone{ID: id, What: p.Rule.What, Due: p.Due, Who: p.Rule.Who, Rule: p.Rule.ID}
}

// due dates a rule from its anchor and moves it off closed days.
// A duty dated on or after its anchor is never moved before it: a first-day call for a
// start on a Saturday goes to the next business day, not to the Friday before.
func due(cfg *config.Config, anchor dates.Date, rule *config.Rule) Planned {
	raw := anchor.Add(rule.Offset)
	d := dates.Adjust(raw, cfg.BusinessCalendar(), cfg.Shift)
	if !raw.Before(anchor) && d.Before(anchor) {
		d = dates.Adjust(raw, cfg.BusinessCalendar(), dates.ShiftAfter)
	}
	return Planned{Rule: rule, Raw: raw, Due: d}
}

// ForStart returns the milestones implied when a staff member starts: the rules from the
// start, and those tied to the end of the first contract (when it is known).
func ForStart(cfg *config.Config, start, contractEnd dates.Date) []Planned {
	var out []Planned
	for i := range cfg.Rules {
		rule := &cfg.Rules[i]
		switch {
		case rule.From == "start" && !start.IsZero():
			out = append(out, due(cfg, start, rule))
		case rule.From == "end" && !contractEnd.IsZero():
			out = append(out, due(cfg, contractEnd, rule))
		}
	}
	return out
}

// ForRenewal returns the milestones implied by renewal number n (1 = the first renewal),
// agreed on date, with the new contract ending on newEnd.
func ForRenewal(cfg *config.Config, n int, date, newEnd dates.Date) []Planned {
	var out []Planned
	for i := range cfg.Rules {
		rule := &cfg.Rules[i]
		switch rule.From {
		case "renewal":
			if appliesTo(rule, n) {
				out = append(out, due(cfg, date, rule))
			}
		case "end":
			if !newEnd.IsZero() {
				out = append(out, due(cfg, newEnd, rule))
			}
		}
	}
	return out
}

func appliesTo(rule *config.Rule, n int) bool {
	if len(rule.Renewals) == 0 {
		return true
	}
	for _, k := range rule.Renewals {
		if k == n {
			return true
		}
	}
	return false
}

// Missing returns what the current rules imply for an active record but the record lacks:
// rules from the start, rules for each renewal so far, and rules tied to the current
// contract end. A milestone counts when one with the same rule id exists (for the end
// rules: with the same due date).
func Missing(r *record.Record, cfg *config.Config) []Planned {
	if !r.Active() {
		return nil
	}
	has := map[string]int{}
	hasDue := map[string]bool{}
	// Milestones dated before the record's earliest milestone are not asked for: follow new
	// does not write those that were already past when the record was created.
	var earliest dates.Date
	for _, m := range r.Milestones {
		has[m.Rule]++
		hasDue[m.Rule+"@"+m.Due.String()] = true
		if !m.Due.IsZero() && (earliest.IsZero() || m.Due.Before(earliest)) {
			earliest = m.Due
		}
	}
	var out []Planned
	keep := func(p Planned) {
		if earliest.IsZero() || !p.Due.Before(earliest) {
			out = append(out, p)
		}
	}
	for i := range cfg.Rules {
		rule := &cfg.Rules[i]
		switch rule.From {
		case "start":
			if has[rule.ID] == 0 && !r.Start.IsZero() {
				keep(due(cfg, r.Start, rule))
			}
		case "end":
			if end := r.Contract.End; !end.IsZero() {
				p := due(cfg, end, rule)
				if !hasDue[rule.ID+"@"+p.Due.String()] {
					keep(p)
				}
			}
		case "renewal":
			// Renewal n began with period n of the history (period 0 is the first contract).
			var owed []int
			for n := 1; n <= r.Contract.Renewals; n++ {
				if appliesTo(rule, n) {
					owed = append(owed, n)
				}
			}
			h := r.Contract.History
			for _, n := range owed[min(has[rule.ID], len(owed)):] {
				anchor := r.Start
				if i := len(h) - 1 - (r.Contract.Renewals - n); i >= 0 && i < len(h) {
					anchor = h[i].From
				}
				keep(due(cfg, anchor, rule))
			}
		}
	}
	return out
}

// NextIDs returns n fresh ids with the prefix (R or M) that no existing id uses.
func NextIDs(prefix string, existing []string, n int) []string {
	max := 0
	for _, id := range existing {
		if v, err := strconv.Atoi(strings.TrimPrefix(id, prefix)); err == nil && strings.HasPrefix(id, prefix) && v > max {
			max = v
		}
	}
	out := make([]string, n)
	for i := range out {
		out[i] = prefix + strconv.Itoa(max+1+i)
	}
	return out
}

// Occasions of a milestone: what the rule that wrote it is tied to.
const (
	OccasionFirstDay = "first-day" // from the start, on the start day itself
	OccasionStart    = "start"     // from the start, later (1 week, 1 month, ...)
	OccasionRenewal  = "renewal"   // a renewal: Renewal says which
	OccasionEnd      = "end"       // the end of a contract
)

// Occasion says why a milestone is due: the occasion of the rule that wrote it
// (OccasionFirstDay, ...; "" when no rule of the team's follow.yaml wrote it) and, for a
// renewal, which renewal it is (1 = the first; 0 when the record cannot tell) and the
// contract term that renewal began (zero when the history does not hold it).
func Occasion(r *record.Record, cfg *config.Config, m record.Milestone) (occasion string, renewal int, term record.Period) {
	rule := cfg.Rule(m.Rule)
	if rule == nil {
		return "", 0, record.Period{}
	}
	switch rule.From {
	case "start":
		if rule.Offset.IsZero() {
			return OccasionFirstDay, 0, record.Period{}
		}
		return OccasionStart, 0, record.Period{}
	case "end":
		return OccasionEnd, 0, record.Period{}
	case "renewal":
		n := renewalOf(r, rule, m)
		if h := r.Contract.History; n > 0 && n < len(h) {
			term = h[n]
		}
		return OccasionRenewal, n, term
	}
	return "", 0, record.Period{}
}

// renewalOf tells which renewal a milestone of a renewal rule belongs to. The history
// tells it by date: a renewal is agreed during the term it renews (period n-1 for renewal
// n), and a milestone follow adds afterwards (Missing) is dated the first day of the term
// the renewal began (period n). Without a history that covers the date, the k-th
// milestone of the rule is the k-th renewal the rule applies to.
func renewalOf(r *record.Record, rule *config.Rule, m record.Milestone) int {
	h := r.Contract.History
	due := m.Due.Add(rule.Offset.Neg()) // the day the renewal was agreed, before any shift
	for i := len(h) - 1; i > 0; i-- {
		if h[i].From == due {
			return i
		}
	}
	for i, p := range h {
		if !due.Before(p.From) && (p.Until.IsZero() || !due.After(p.Until)) && i+1 <= r.Contract.Renewals {
			return i + 1
		}
	}
	k := 0
	for _, x := range r.Milestones {
		if x.ID == m.ID {
			break
		}
		if x.Rule == m.Rule {
			k++
		}
	}
	for n := 1; n <= r.Contract.Renewals; n++ {
		if appliesTo(rule, n) {
			if k == 0 {
				return n
			}
			k--
		}
	}
	return 0
}
