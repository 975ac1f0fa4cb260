package record

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/varbin"
)

// The due cache keeps each record's Summary as a flat byte string: no reflection to decode
// it, and no pointers for the garbage collector to follow while follow due holds 100,000 of
// them. Integers are varints, strings a length and their bytes.

// AppendBinary appends the encoding of s (without its Path) to b.
func (s *Summary) AppendBinary(b []byte) []byte {
	for _, v := range [...]string{s.ID, s.Name, s.Status, s.Owner, s.Manager, s.Client, s.Site, s.Supervisor, s.SitePhone, s.Exempt, s.NextAt, s.NextPlace} {
		b = varbin.AppendString(b, v)
	}
	for _, d := range [...]dates.Date{s.Start, s.UnitStart, s.Next, s.SiteLimit, s.ContractEnd, s.EndedDate} {
		b = binary.AppendVarint(b, int64(d))
	}
	b = binary.AppendVarint(b, int64(s.Renewals))
	for _, l := range [...]int32{s.NextLine, s.ContractLine, s.StartLine, s.SiteLimitLine, s.LatestLine} {
		b = binary.AppendVarint(b, int64(l))
	}
	l := &s.Latest
	b = varbin.AppendString(b, l.Intent)
	b = varbin.AppendString(b, l.IntentBefore)
	for _, v := range [...]int{int(l.Contact), int(l.IntentDate), int(l.IntentBeforeDate), l.Mood, int(l.MoodDate), l.MoodBefore, int(l.MoodBeforeDate)} {
		b = binary.AppendVarint(b, int64(v))
	}
	b = binary.AppendUvarint(b, uint64(len(s.Milestones)))
	for _, m := range s.Milestones {
		for _, v := range [...]string{m.ID, m.What, m.Who, m.Rule, m.Note} {
			b = varbin.AppendString(b, v)
		}
		b = binary.AppendVarint(b, int64(m.Due))
		b = binary.AppendVarint(b, int64(m.Done))
		b = binary.AppendVarint(b, int64(m.Line))
	}
	b = binary.AppendUvarint(b, uint64(len(s.Requests)))
	for _, q := range s.Requests {
		for _, v := range [...]string{q.ID, q.What, q.Plan, q.How, q.Note, q.From, q.Who, q.Type} {
			b = varbin.AppendString(b, v)
		}
		for _, d := range [...]dates.Date{q.Due, q.Report, q.Done, q.Reported, q.Notified, q.DueWas} {
			b = binary.AppendVarint(b, int64(d))
		}
		b = binary.AppendVarint(b, int64(q.Line))
	}
	b = binary.AppendUvarint(b, uint64(len(s.Duties)))
	for _, x := range s.Duties {
		for _, v := range [...]string{x.Kind, x.Option, x.Result} {
			b = varbin.AppendString(b, v)
		}
		b = binary.AppendVarint(b, int64(x.Date))
		b = binary.AppendUvarint(b, math.Float64bits(x.Hours))
		b = binary.AppendVarint(b, int64(x.Line))
	}
	return b
}

var errSummary = errors.New("corrupt summary")

// DecodeSummaryInto is DecodeSummary into s, reusing the room of its Milestones and
// Requests: follow due decodes a summary per file, and keeps none.
func DecodeSummaryInto(b []byte, out *Summary) error {
	d := varbin.NewReader(b)
	s := Summary{Milestones: out.Milestones[:0], Requests: out.Requests[:0], Duties: out.Duties[:0]}
	for _, p := range [...]*string{&s.ID, &s.Name, &s.Status, &s.Owner, &s.Manager, &s.Client, &s.Site, &s.Supervisor, &s.SitePhone, &s.Exempt, &s.NextAt, &s.NextPlace} {
		*p = d.String()
	}
	for _, p := range [...]*dates.Date{&s.Start, &s.UnitStart, &s.Next, &s.SiteLimit, &s.ContractEnd, &s.EndedDate} {
		*p = dates.Date(d.Int32())
	}
	s.Renewals = int(d.Int32())
	for _, p := range [...]*int32{&s.NextLine, &s.ContractLine, &s.StartLine, &s.SiteLimitLine, &s.LatestLine} {
		*p = d.Int32()
	}
	l := &s.Latest
	l.Intent, l.IntentBefore = d.String(), d.String()
	l.Contact, l.IntentDate, l.IntentBeforeDate = dates.Date(d.Int32()), dates.Date(d.Int32()), dates.Date(d.Int32())
	l.Mood, l.MoodDate = int(d.Int32()), dates.Date(d.Int32())
	l.MoodBefore, l.MoodBeforeDate = int(d.Int32()), dates.Date(d.Int32())
	if n := d.Count(8); n > 0 {
		s.Milestones = slices.Grow(s.Milestones, n)[:n]
		for i := range s.Milestones {
			m := &s.Milestones[i]
			for _, p := range [...]*string{&m.ID, &m.What, &m.Who, &m.Rule, &m.Note} {
				*p = d.String()
			}
			m.Due, m.Done, m.Line = dates.Date(d.Int32()), dates.Date(d.Int32()), int(d.Int32())
		}
	}
	if n := d.Count(15); n > 0 {
		s.Requests = slices.Grow(s.Requests, n)[:n]
		for i := range s.Requests {
			q := &s.Requests[i]
			for _, p := range [...]*string{&q.ID, &q.What, &q.Plan, &q.How, &q.Note, &q.From, &q.Who, &q.Type} {
				*p = d.String()
			}
			for _, p := range [...]*dates.Date{&q.Due, &q.Report, &q.Done, &q.Reported, &q.Notified, &q.DueWas} {
				*p = dates.Date(d.Int32())
			}
			q.Line = int(d.Int32())
		}
	}
	if n := d.Count(6); n > 0 {
		s.Duties = slices.Grow(s.Duties, n)[:n]
		for i := range s.Duties {
			x := &s.Duties[i]
			x.Kind, x.Option, x.Result = d.String(), d.String(), d.String()
			x.Date, x.Hours, x.Line = dates.Date(d.Int32()), math.Float64frombits(d.Uvarint()), int(d.Int32())
		}
	}
	if d.Bad() || len(d.Rest()) != 0 {
		*out = Summary{Milestones: s.Milestones[:0:cap(s.Milestones)], Requests: s.Requests[:0:cap(s.Requests)], Duties: s.Duties[:0:cap(s.Duties)]}
		return errSummary
	}
	*out = s
	return nil
}
