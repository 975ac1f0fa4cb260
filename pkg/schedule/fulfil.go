package schedule

import (
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// A contact fulfils a milestone (docs/FORMAT.md, "Which contact fulfils a milestone") when
// the milestone is the owner's (its who is owner, empty, or the owner's name; a renewal
// check is answered by a renewal or an end, not by a visit), lies within the team's
// milestone_window before or after the contact, and of all the owner's milestones, done or
// not, is the one whose due date is nearest to the contact (the earlier on a tie). So the
// first-day call fulfils the first-day milestone and not the 1-week follow-up seven days
// later, and each contact fulfils at most one milestone.

// IsOwnerMilestone reports whether m is a duty of the record's owner that a contact can
// fulfil.
func IsOwnerMilestone(r *record.Record, cfg *config.Config, m record.Milestone) bool {
	if m.Due.IsZero() || m.ID == "" {
		return false
	}
	if rule := cfg.Rule(m.Rule); rule != nil && rule.Kind == KindRenewal {
		return false
	}
	return m.Who == "" || m.Who == "owner" || textfold.Key(m.Who) == textfold.Key(r.Owner)
}

// Fulfils returns the milestone a contact on date fulfils, open or done, or nil: none of
// the owner's milestones lies within the window, or the window is off.
func Fulfils(r *record.Record, cfg *config.Config, date dates.Date) *record.Milestone {
	w := cfg.MilestoneWindow
	if w.IsZero() || date.IsZero() {
		return nil
	}
	var best *record.Milestone
	bestDist := 0
	for i := range r.Milestones {
		m := &r.Milestones[i]
		if !IsOwnerMilestone(r, cfg, *m) || date.Before(m.Due.Add(w.Neg())) || date.After(m.Due.Add(w)) {
			continue
		}
		d := dates.Distance(m.Due, date)
		if best == nil || d < bestDist || d == bestDist && m.Due.Before(best.Due) {
			best, bestDist = m, d
		}
	}
	return best
}

// FulfilledOn returns the date of the latest contact in the log, up to today, that fulfils
// the milestone id; zero when none does.
func FulfilledOn(r *record.Record, entries []record.Entry, cfg *config.Config, id string, today dates.Date) dates.Date {
	var on dates.Date
	for _, e := range entries {
		if !e.IsContact() || e.Date.IsZero() || e.Date.After(today) || !e.Date.After(on) {
			continue
		}
		if m := Fulfils(r, cfg, e.Date); m != nil && m.ID == id {
			on = e.Date
		}
	}
	return on
}

// Fulfilment is an open milestone that a contact in the log fulfils.
type Fulfilment struct {
	Milestone record.Milestone
	Contact   dates.Date // the latest contact that fulfils it
}

// Unclosed returns the open milestones that a contact in the log, up to today, fulfils:
// follow done closes each with the contact's date.
func Unclosed(r *record.Record, entries []record.Entry, cfg *config.Config, today dates.Date) []Fulfilment {
	var out []Fulfilment
	for _, m := range r.Milestones {
		if !m.Open() || !IsOwnerMilestone(r, cfg, m) {
			continue
		}
		if on := FulfilledOn(r, entries, cfg, m.ID, today); !on.IsZero() {
			out = append(out, Fulfilment{Milestone: m, Contact: on})
		}
	}
	return out
}
