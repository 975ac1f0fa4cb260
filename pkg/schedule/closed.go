package schedule

import (
	"slices"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Closed returns the duties of a record that were open and were closed on or after since
// (and not after today), those the filter lets through whether overdue or not (so none
// dated after its Until, which a calendar of the same filter never had): milestones done, requests resolved or reported back, and every duty of a
// record that ended in that time. A calendar that showed them must drop them (follow due
// exports them as cancelled). Each is the item as it was due, with Key as the open item's.
// It needs the record's front matter whole: done milestones and ended records are not in
// the due cache's summaries.
func (f Filter) Closed(r *record.Record, cfg *config.Config, today, since dates.Date) []Item {
	in := func(d dates.Date) bool { return !d.IsZero() && !d.Before(since) && !d.After(today) }
	reopened := *r
	changed := false
	if r.Status == record.StatusEnded {
		if !in(r.Ended.Date) {
			return nil
		}
		reopened.Status, changed = record.StatusActive, true
	}
	reopened.Milestones = slices.Clone(r.Milestones)
	for i, m := range reopened.Milestones {
		if in(m.Done) {
			reopened.Milestones[i].Done, changed = 0, true
		}
	}
	reopened.Requests = slices.Clone(r.Requests)
	for i, q := range reopened.Requests {
		if in(q.Done) {
			reopened.Requests[i].Done, changed = 0, true
		}
		if in(q.Reported) {
			reopened.Requests[i].Reported, changed = 0, true
		}
	}
	if !changed {
		return nil
	}
	all := func(dates.Date) bool { return true }
	open := map[string]bool{}
	for _, it := range collect(r, cfg, today, all, nil) {
		open[it.Key()] = true
	}
	names := f
	names.OverdueOnly = false
	var out []Item
	for _, it := range collect(&reopened, cfg, today, all, names.Match) {
		if !open[it.Key()] {
			out = append(out, it)
		}
	}
	return out
}

// Key names the duty an item is, the same from one day to the next while the duty stays
// (its date may move): the staff ID, the kind (with the code for a duty), the request or
// milestone, and, where several people get the same duty (limit dates, duties) or there is
// no request or milestone, the role (else the person). Calendars take it as the event's UID.
func (it Item) Key() string {
	k := it.Staff + "-" + it.Kind
	if it.Kind == KindDuty {
		k += "-" + it.Code
	}
	if it.Ref != "" {
		k += "-" + it.Ref
	}
	if it.Ref == "" || it.Kind == KindLimit || it.Kind == KindDuty {
		who := it.Role
		if who == "" {
			who = it.Who
		}
		if who != "" {
			k += "-" + who
		}
	}
	return k
}
