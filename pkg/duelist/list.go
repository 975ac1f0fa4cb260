// Package duelist holds the due items of a whole tree compactly and sorts them, for
// pkg/render to write out item by item (render.DueItems).
//
// follow due may list hundreds of thousands of items (a tree where every record carries
// tens of open, overdue requests). A schedule.Item is large (twenty fields, most of them
// texts of its record), so a List keeps each record's texts once, shared by its items,
// and each item's own texts in one block per record; it sorts positions, not items, and
// builds a full schedule.Item only for the one being written. Memory then grows with the
// items' own texts, not with their records.
package duelist

import (
	"cmp"
	"slices"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/schedule"
)

// staffInfo are the texts every item of one record shares.
type staffInfo struct {
	staff, name, owner, manager, client, site, supervisor, sitePhone, file string
	ending                                                                 dates.Date // schedule.Item.Ending
}

// item is one due item without its record's texts: 80 bytes, most of a long list being
// requests, whose item needs nothing else.
type item struct {
	info           *staffInfo
	who, what, ref string // who is "" when it is the owner
	rare           *rareFields
	date           dates.Date
	line           int32
	kind, code     uint8 // indexes into schedule.Kinds and schedule.Codes, else in rare
	role, rank     uint8 // roles[role]; schedule.KindRank of the kind
}

// rareFields are what few items have: the texts of a report-back or a limit, the hours
// of training owed, the date a contract or limit falls on, the next appointment, a kind or code not listed in
// pkg/schedule.
type rareFields struct {
	subject, how, kind, code, role string
	on                             dates.Date
	given, owed                    float64
	at                             *dates.Appointment // the next appointment's time and place
	dueWas                         dates.Date         // a request's earliest due before it moved
}

// roles are the values of schedule.Item.Role.
var roles = [...]string{"", "owner", "manager"}

// none marks a kind or code not in the lists: it is in rare.
const none = 255

func indexOf(list []string, s string) uint8 {
	for i, x := range list {
		if x == s && i < none {
			return uint8(i)
		}
	}
	return none
}

// Chunk is the items of one record, compacted: built by Compact on any goroutine, added to
// a List in the records' order.
type Chunk struct{ items []item }

// Compact copies the items of one record (as schedule.Filter.Collect returns them, all of
// the same record) into a Chunk whose texts share one block: the record's memory is not
// kept.
func Compact(items []schedule.Item) Chunk {
	if len(items) == 0 {
		return Chunk{}
	}
	first := &items[0]
	n := len(first.Staff) + len(first.Name) + len(first.Owner) + len(first.Manager) + len(first.Client) +
		len(first.Site) + len(first.Supervisor) + len(first.SitePhone) + len(first.File)
	for i := range items {
		it := &items[i]
		if it.Who != it.Owner {
			n += len(it.Who)
		}
		n += len(it.What) + len(it.Ref) + len(it.Subject) + len(it.How)
	}
	var b strings.Builder
	b.Grow(n)
	var block string
	off := 0
	// put appends s to the block and returns its place in it, once the block is complete.
	type span struct {
		p      *string
		lo, hi int
	}
	spans := make([]span, 0, 9+5*len(items))
	put := func(dst *string, s string) {
		b.WriteString(s)
		spans = append(spans, span{dst, off, off + len(s)})
		off += len(s)
	}
	info := &staffInfo{ending: first.Ending}
	put(&info.staff, first.Staff)
	put(&info.name, first.Name)
	put(&info.owner, first.Owner)
	put(&info.manager, first.Manager)
	put(&info.client, first.Client)
	put(&info.site, first.Site)
	put(&info.supervisor, first.Supervisor)
	put(&info.sitePhone, first.SitePhone)
	put(&info.file, first.File)
	out := make([]item, len(items))
	for i := range items {
		it, c := &items[i], &out[i]
		*c = item{info: info, date: it.Date, line: int32(it.Line), rank: uint8(schedule.KindRank(it.Kind)),
			kind: indexOf(schedule.Kinds, it.Kind), code: indexOf(schedule.Codes, it.Code), role: indexOf(roles[:], it.Role)}
		if it.Who != it.Owner {
			put(&c.who, it.Who)
		}
		put(&c.what, it.What)
		put(&c.ref, it.Ref)
		if c.kind == none || c.code == none || c.role == none || it.Subject != "" || it.How != "" || it.On != 0 || it.Given != 0 || it.Owed != 0 || it.At != nil || it.DueWas != 0 {
			c.rare = &rareFields{on: it.On, given: it.Given, owed: it.Owed, at: it.At, dueWas: it.DueWas}
			if c.role == none {
				put(&c.rare.role, it.Role)
			}
			put(&c.rare.subject, it.Subject)
			put(&c.rare.how, it.How)
			if c.kind == none {
				put(&c.rare.kind, it.Kind)
			}
			if c.code == none {
				put(&c.rare.code, it.Code)
			}
		}
	}
	block = b.String()
	for _, s := range spans {
		*s.p = block[s.lo:s.hi]
	}
	return Chunk{items: out}
}

// List is the due items of a tree, in chunks of one record each.
type List struct {
	chunks [][]item
	order  []pos // the items listed, in the order written (after Sort)
	today  dates.Date
	phrase func(key string, args ...any) string
}

// pos is the place of one item: its chunk and its index there.
type pos struct{ chunk, idx int32 }

// New returns an empty list of the items due on today.
func New(today dates.Date) *List { return &List{today: today} }

// Add appends the items of one record.
func (l *List) Add(c Chunk) {
	if len(c.items) == 0 {
		return
	}
	ci := int32(len(l.chunks))
	l.chunks = append(l.chunks, c.items)
	for i := range c.items {
		l.order = append(l.order, pos{ci, int32(i)})
	}
}

// Len is the number of items listed.
func (l *List) Len() int { return len(l.order) }

func (l *List) at(p pos) *item { return &l.chunks[p.chunk][p.idx] }

// Phrase makes Item put in the words of each item with t (schedule.Item.Phrase).
func (l *List) Phrase(t func(key string, args ...any) string) { l.phrase = t }

// Item builds the full item at position i of the list, phrased when Phrase was called.
// It is safe for concurrent use.
func (l *List) Item(i int) schedule.Item {
	it := l.item(l.order[i])
	if l.phrase != nil {
		it.Phrase(l.phrase)
	}
	return it
}

// Items returns every item listed, in order (for a short list: follow due --calls).
func (l *List) Items() []schedule.Item {
	out := make([]schedule.Item, l.Len())
	for i := range out {
		out[i] = l.Item(i)
	}
	return out
}

func (l *List) item(p pos) schedule.Item {
	c := l.at(p)
	in := c.info
	who := c.who
	if who == "" {
		who = in.owner
	}
	it := schedule.Item{
		Date: c.date, Staff: in.staff, Name: in.name, Who: who, What: c.what,
		Ref: c.ref, Overdue: c.date.Before(l.today), Days: c.date.Sub(l.today),
		Owner: in.owner, Manager: in.manager, Client: in.client, Site: in.site, Supervisor: in.supervisor,
		SitePhone: in.sitePhone, File: in.file, Line: int(c.line), Ending: in.ending,
	}
	if c.role != none {
		it.Role = roles[c.role]
	}
	if c.kind != none {
		it.Kind = schedule.Kinds[c.kind]
	}
	if c.code != none {
		it.Code = schedule.Codes[c.code]
	}
	if r := c.rare; r != nil {
		it.Subject, it.How, it.On, it.Given, it.Owed, it.At, it.DueWas = r.subject, r.how, r.on, r.given, r.owed, r.at, r.dueWas
		if c.kind == none {
			it.Kind = r.kind
		}
		if c.code == none {
			it.Code = r.code
		}
		if c.role == none {
			it.Role = r.role
		}
	}
	return it
}

// Keep drops the items for which keep is false (a filter known only after the records
// were read: the names of --who and --owner resolved against the records' own names).
func (l *List) Keep(keep func(*schedule.Item) bool) {
	out := l.order[:0]
	for _, p := range l.order {
		it := l.item(p)
		if keep(&it) {
			out = append(out, p)
		}
	}
	l.order = out
}

// Sort orders the items as schedule.Sort does: oldest first, then by kind, staff,
// reference and who, items equal in all of these in the order they were added. It moves
// positions, never items.
func (l *List) Sort() {
	slices.SortFunc(l.order, func(a, b pos) int {
		x, y := l.at(a), l.at(b)
		if x.date != y.date {
			return cmp.Compare(x.date, y.date)
		}
		if x.rank != y.rank {
			return cmp.Compare(x.rank, y.rank)
		}
		if c := schedule.CompareSameDay(l.kind(x), x.info.staff, x.ref, l.who(x), l.kind(y), y.info.staff, y.ref, l.who(y)); c != 0 {
			return c
		}
		if a.chunk != b.chunk {
			return cmp.Compare(a.chunk, b.chunk)
		}
		return cmp.Compare(a.idx, b.idx)
	})
}

func (l *List) kind(c *item) string {
	if c.kind == none {
		return c.rare.kind
	}
	return schedule.Kinds[c.kind]
}

func (l *List) who(c *item) string {
	if c.who == "" {
		return c.info.owner
	}
	return c.who
}

// Limit keeps the first n items (n <= 0: all).
func (l *List) Limit(n int) {
	if n > 0 && n < len(l.order) {
		l.order = l.order[:n]
	}
}

// Overdue is the number of overdue items listed.
func (l *List) Overdue() int {
	n := 0
	for _, p := range l.order {
		if l.at(p).date.Before(l.today) {
			n++
		}
	}
	return n
}

// Days is the number of days from today to the date of the item at position i (negative
// when overdue).
func (l *List) Days(i int) int { return l.at(l.order[i]).date.Sub(l.today) }
