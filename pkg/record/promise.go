package record

import (
	"slices"

	"github.com/staffnote/follow/pkg/dates"
)

// Promise is the next follow-up date the log last agreed with the staff member: what the
// front matter's next must say.
type Promise struct {
	Date dates.Date
	Line int // the Next: line it is read from
	// On is the date of the contacts (or of the entry that moved the date) it comes from.
	On dates.Date
	// Disputed: several contacts of that day agreed different dates (Dates, in the order
	// of the log); Date is the earliest of them, since an agreed date holds until it is
	// moved on purpose.
	Disputed bool
	Dates    []dates.Date
	// Moved: an entry after those contacts (kind reschedule / 日程変更, or a note of follow
	// merge) fixed the date with its own Next: line.
	Moved bool
}

// Promise reads the next follow-up date the log agreed last: the Next: of the contacts of
// the latest day a contact agreed one (several that disagree give the earliest, Disputed),
// unless a later rescheduling entry or merge note fixed another (Moved). ok is false when
// no contact agreed a date, or when a rescheduling entry after them names no date.
//
// Contacts logged the same day are concurrent as far as follow can tell (two people, two
// branches, one merge): follow does not let the one written last silently replace the
// other's promise. A date moved on purpose is written as an entry of kind reschedule /
// 日程変更 with its own Next: line.
func (r *Record) Promise() (p Promise, ok bool) {
	entries, _ := r.Entries()
	last := -1 // the last contact of the latest day with a Next: date
	for i, e := range entries {
		if !e.IsContact() || e.Next.IsZero() || e.Date.IsZero() {
			continue
		}
		if last < 0 || !e.Date.Before(p.On) {
			if last < 0 || e.Date.After(p.On) {
				p = Promise{On: e.Date}
			}
			last = i
			if !slices.Contains(p.Dates, e.Next) {
				p.Dates = append(p.Dates, e.Next)
			}
			if p.Date.IsZero() || e.Next.Before(p.Date) {
				p.Date, p.Line = e.Next, e.NextLine
			}
		}
	}
	if last < 0 {
		return Promise{}, false
	}
	p.Disputed = len(p.Dates) > 1
	for _, e := range entries[last+1:] {
		if e.Date.Before(p.On) {
			continue
		}
		t, _, known := KindTerm(e.Kind)
		if !known || (t.Code != KindReschedule && t.Code != KindMerge) {
			continue
		}
		if e.Next.IsZero() {
			if t.Code == KindReschedule {
				return Promise{}, false // moved, to a date the log does not say
			}
			continue
		}
		p = Promise{Date: e.Next, Line: e.NextLine, On: e.Date, Moved: true}
	}
	return p, true
}
