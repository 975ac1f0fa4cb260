package importer

import (
	"errors"
	"sort"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// Actions an import takes for a row or a note.
const (
	Create    = "create"    // a row: the record is created as follow new creates it
	Unchanged = "unchanged" // a row: the record exists and says what the row says
	Differs   = "differs"   // a row: the record exists and says otherwise; it is not changed
	Append    = "append"    // a note: written into the record as a dated entry
	Imported  = "imported"  // a note: the record already holds it (imported before)
)

// Item is what an import does with one row or note.
type Item struct {
	File   string
	Line   int // the row's line; 0 for a note
	ID     string
	Action string
	Path   string // the record's
	Name   string // the staff member's
	// A row created: the milestones written and those already past, not written.
	Milestones []record.Milestone
	Skipped    []schedule.Planned
	// A row that differs: the fields, with the record's value and the file's.
	Diffs []Diff
	// A note: the entry's date and kind word; Next is the record's next follow-up after
	// it and NextMoved says the note moved it.
	Date      dates.Date
	Kind      string
	Next      dates.Date
	NextMoved bool
}

// Diff is a field on which a row and its existing record disagree.
type Diff struct{ Field, Record, File string }

// Write is a record to write: its new bytes, read back and checked. Old is nil for a new
// record.
type Write struct {
	Path string
	Old  *record.Record
	Out  []byte
}

// Plan is what an import does: an item per row and note, in the order given (rows first),
// the records to write, one per file, and the problems met while planning (a note for a
// staff member without a record, a record that cannot be read, an entry an operation
// refused). Nothing is written: the caller writes Writes, or, for a dry run, shows Items.
type Plan struct {
	Items    []Item
	Writes   []Write
	Problems []Problem
}

// PlanInput is what a plan is made from.
type PlanInput struct {
	Env ops.Env // today, the team's rules, the language of the words written into a new record
	// NewPath is where the record of a new staff member is written (follow new's place:
	// the records directory's ID.md).
	NewPath func(id string) string
	Rows    []RowOf
	Notes   []Note
	// Lookup finds the record of a staff ID in the records directory: its path and the
	// record read, ("", nil, nil) when there is none, an error when it cannot be read or
	// its data is broken (it is then not touched).
	Lookup func(id string) (string, *record.Record, error)
	// LangOf is the language of the words written into an existing record.
	LangOf func(*record.Record) string
	// Person resolves a name a row gives as owner or manager (flag: the column's header)
	// as follow new resolves --owner and --manager; nil takes names as written.
	Person func(flag, typed string) (string, error)
	// DefaultOwner is the owner of a new record whose row names none, as follow new's
	// default: the user, resolved ("" when the user has set no name). It is called once,
	// and only when a row needs it.
	DefaultOwner func() (string, error)
}

// RowOf is a row of a staff list with the list's file name.
type RowOf struct {
	File string
	Staff
}

// pending is a record as the plan has it so far.
type pending struct {
	path     string
	old      *record.Record // as read; nil when the import creates it
	cur      *record.Record // with the plan's edits
	err      error          // Lookup's
	loaded   bool
	modified bool
}

type planner struct {
	in   PlanInput
	recs map[string]*pending
	plan Plan

	me     string // DefaultOwner's answer, once asked
	meErr  error
	meDone bool
}

// MakePlan plans an import: each row creates a record (ops.Create, exactly as follow new
// ID --name ... does) unless one exists, which is then compared with the row and never
// changed; each note is appended to its staff member's record (ops.Log), the notes of a
// record in date order, the latest allowed to move its next follow-up. Every edit is read
// back and checked (ops.Check) before it counts.
func MakePlan(in PlanInput) Plan {
	p := &planner{in: in, recs: map[string]*pending{}}
	for _, r := range in.Rows {
		p.row(r)
	}
	p.notes(in.Notes)
	paths := make([]string, 0, len(p.recs))
	byPath := map[string]*pending{}
	for _, r := range p.recs {
		if r.modified {
			paths = append(paths, r.path)
			byPath[r.path] = r
		}
	}
	sort.Strings(paths)
	for _, path := range paths {
		r := byPath[path]
		p.plan.Writes = append(p.plan.Writes, Write{Path: path, Old: r.old, Out: r.cur.Src})
	}
	sortProblems(p.plan.Problems)
	return p.plan
}

// record returns the record of id as the plan has it (cur nil when there is none).
func (p *planner) record(id string) *pending {
	r := p.recs[id]
	if r == nil {
		r = &pending{}
		p.recs[id] = r
	}
	if !r.loaded {
		r.loaded = true
		r.path, r.old, r.err = p.in.Lookup(id)
		r.cur = r.old
	}
	return r
}

func (p *planner) fail(file string, line int, column string, err error) {
	var msg *i18n.Message
	var oe *ops.Error
	switch {
	case errors.As(err, &oe):
		msg = oe.Msg
	case errors.As(err, &msg):
	default:
		msg = i18n.Msg("import.record", err)
	}
	p.plan.Problems = append(p.plan.Problems, Problem{File: file, Line: line, Column: column, Msg: msg})
}

// row plans one row of a staff list.
func (p *planner) row(r RowOf) {
	rec := p.record(r.ID)
	if rec.err != nil {
		p.fail(r.File, r.Line, r.Header["id"], rec.err)
		return
	}
	if err := p.people(&r.Staff); err != nil {
		p.fail(r.File, r.Line, "", err)
		return
	}
	it := Item{File: r.File, Line: r.Line, ID: r.ID, Name: r.Name}
	if rec.cur != nil {
		it.Path, it.Name = rec.path, rec.cur.Name
		it.Diffs = compare(rec.cur, r.Staff)
		it.Action = Unchanged
		if len(it.Diffs) > 0 {
			it.Action = Differs
		}
		p.plan.Items = append(p.plan.Items, it)
		return
	}
	if r.Owner == "" {
		if r.Owner = p.defaultOwner(r); r.Owner == "" {
			return
		}
	}
	path := p.in.NewPath(r.ID)
	res, err := ops.Create(ops.CreateInput{Env: p.in.Env, Path: path, ID: r.ID, Name: r.Name, Kana: r.Kana,
		Owner: r.Owner, Manager: r.Manager, Client: r.Client, Site: r.Site, Supervisor: r.Supervisor,
		Start: r.Start, Until: r.Until})
	if err == nil {
		_, err = ops.Check(nil, path, res.Edit)
	}
	if err != nil {
		p.fail(r.File, r.Line, "", err)
		return
	}
	rec.path, rec.cur, rec.modified = path, res.Record, true
	it.Action, it.Path, it.Milestones, it.Skipped = Create, path, res.Milestones, res.Skipped
	p.plan.Items = append(p.plan.Items, it)
}

// people resolves the owner and the manager a row gives.
func (p *planner) people(s *Staff) error {
	if p.in.Person == nil {
		return nil
	}
	var err error
	if s.Given["owner"] {
		if s.Owner, err = p.in.Person(s.Header["owner"], s.Owner); err != nil {
			return err
		}
	}
	if s.Given["manager"] {
		s.Manager, err = p.in.Person(s.Header["manager"], s.Manager)
	}
	return err
}

// defaultOwner is the owner of a new record whose row names none; "" after recording
// the problem when there is none.
func (p *planner) defaultOwner(r RowOf) string {
	if !p.meDone && p.in.DefaultOwner != nil {
		p.me, p.meErr = p.in.DefaultOwner()
	}
	p.meDone = true
	switch {
	case p.meErr != nil:
		p.fail(r.File, r.Line, "", p.meErr)
	case p.me == "":
		p.plan.Problems = append(p.plan.Problems, problem(r.File, r.Line, r.Header["owner"], "import.noowner"))
	}
	return p.me
}

// compare returns the fields a row gives that its record holds otherwise.
func compare(rec *record.Record, s Staff) []Diff {
	var out []Diff
	text := func(field, have, want string) {
		if s.Given[field] && have != want {
			out = append(out, Diff{Field: field, Record: have, File: want})
		}
	}
	date := func(field string, have, want dates.Date) {
		if s.Given[field] && have != want {
			out = append(out, Diff{Field: field, Record: dateText(have), File: dateText(want)})
		}
	}
	text("name", rec.Name, s.Name)
	text("kana", rec.Kana, s.Kana)
	text("client", rec.Client, s.Client)
	text("site", rec.Site, s.Site)
	text("supervisor", rec.Supervisor, s.Supervisor)
	text("owner", rec.Owner, s.Owner)
	text("manager", rec.Manager, s.Manager)
	date("start", rec.Start, s.Start)
	date("until", rec.Contract.End, s.Until)
	return out
}

func dateText(d dates.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// notes plans the notes: per staff member in date order (notes of one date in the order
// given), the latest one allowed to move the record's next follow-up.
func (p *planner) notes(notes []Note) {
	order := make([]int, len(notes))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return notes[order[a]].Date.Before(notes[order[b]].Date) })
	latest := map[string]int{} // staff -> index of the latest note
	for _, i := range order {
		latest[notes[i].Staff] = i
	}
	items := make([]*Item, len(notes))
	for _, i := range order {
		items[i] = p.note(notes[i], latest[notes[i].Staff] == i)
	}
	for _, it := range items {
		if it != nil {
			p.plan.Items = append(p.plan.Items, *it)
		}
	}
}

// note plans one note; nil when it cannot be imported (the problem is recorded).
func (p *planner) note(n Note, isLatest bool) *Item {
	rec := p.record(n.Staff)
	switch {
	case rec.err != nil:
		p.fail(n.File, 0, "", rec.err)
		return nil
	case rec.cur == nil:
		p.plan.Problems = append(p.plan.Problems, problem(n.File, 0, "", "import.norecord", n.Staff))
		return nil
	}
	env := p.in.Env
	if rec.old != nil && p.in.LangOf != nil {
		env.Lang = p.in.LangOf(rec.old)
	}
	res, err := ops.Log(rec.cur, ops.LogInput{Env: env, Date: n.Date, Kind: n.Kind, Text: n.Text, Next: n.Next, MoveNext: isLatest})
	var nr *record.Record
	if err == nil && !res.Duplicate {
		nr, err = ops.Check(rec.cur, rec.path, res.Edit)
	}
	if err != nil {
		p.fail(n.File, 0, "", err)
		return nil
	}
	it := &Item{File: n.File, ID: n.Staff, Path: rec.path, Name: rec.cur.Name, Date: n.Date, Kind: res.Kind,
		Next: res.Next, NextMoved: res.NextMoved, Action: Imported}
	if !res.Duplicate {
		rec.cur, rec.modified, it.Action = nr, true, Append
	}
	return it
}
