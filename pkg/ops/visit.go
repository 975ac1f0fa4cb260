package ops

import (
	"slices"
	"sort"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// VisitInput is a visit, call or other contact to log.
type VisitInput struct {
	Env
	Date     dates.Date
	Kind     string // as typed, in either language: visit, call, 電話, ... ("" is a visit)
	Facts    []string
	Topics   []string // personal topics to pick up next time
	Notes    []string
	Requests []record.Request // new requests, without ids: Visit numbers them
	Next     dates.Date       // the next follow-up agreed; required while the record is active
	// NextAt and NextPlace are the time ("15:00", "15:00-16:00") and the place agreed with
	// Next (--next "12/16 15:00 休憩室", a draft's 次回: line), "" when none.
	NextAt, NextPlace string
	Intent            string // stay, unsure or leave (意向), "" when not asked
	Mood              int    // 1 to 5 (満足度), 0 when not asked
	// Done are the open requests and milestones the visit closes (follow new --done M3,R2;
	// a draft's Done section is in Draft), marked done on the visit's date.
	Done []record.DraftDone
	// Draft, when the visit was written as a draft, adds its updates of open requests
	// and the requests and milestones it closes (its other sections are in the fields
	// above: see FromDraft).
	Draft *record.Draft
}

// Visited says what logging a visit did.
type Visited struct {
	Edit
	Kind     string   // the word written in the heading
	Requests []string // ids given to the new requests
	Updated  []string // ids of open requests the draft changed
	Closed   []string // ids of the requests and milestones --done or the draft closed
	// Fulfilled is the open milestone of the owner that the contact fulfils and that was
	// closed with it (schedule.Fulfils), when the visit closed no milestone by name.
	Fulfilled *record.Milestone
	// Next is the record's next follow-up after the visit. It moves to the visit's next
	// date unless the record already holds a later contact (the visit was logged late):
	// then it stays, NextKept is set and Latest is the date of that contact.
	Next     dates.Date
	NextKept bool
	Latest   dates.Date
	// Unagreed are the requests the visit wrote (new or updated, and still open) that lack
	// what is agreed on the spot: the direction (plan) or the report-back date (report).
	Unagreed []Unagreed
}

// Unagreed is a request of a visit without a direction (Plan) or a report-back date
// (Report) agreed: record.Request.Unagreed.
type Unagreed struct {
	ID           string
	Plan, Report bool
}

// unagreed lists the requests of reqs, except those closed, that lack a plan or a report.
func unagreed(reqs []record.Request, closed []string) []Unagreed {
	var out []Unagreed
	for _, q := range reqs {
		if plan, report := q.Unagreed(); (plan || report) && !containsFold(closed, q.ID) {
			out = append(out, Unagreed{ID: q.ID, Plan: plan, Report: report})
		}
	}
	return out
}

// Visit writes a visit into rec: its section in date order in the log, its new requests
// (numbered after the existing ones) into the front matter, and the next follow-up date.
func Visit(rec *record.Record, in VisitInput) (Visited, error) {
	if in.Next.IsZero() && rec.Active() {
		return Visited{}, usage("new.nonext")
	}
	var existing []string
	for _, q := range rec.Requests {
		existing = append(existing, q.ID)
	}
	ids := schedule.NextIDs("R", existing, len(in.Requests))
	reqs := append([]record.Request(nil), in.Requests...)
	var items [][]record.Field
	for i := range reqs {
		reqs[i].ID = ids[i]
		items = append(items, record.RequestFields(reqs[i]))
	}
	res := Visited{Kind: KindWord(in.Kind, in.Lang), Requests: ids, Next: rec.Next}
	v := record.Visit{Date: in.Date, Kind: res.Kind, Facts: in.Facts, Requests: reqs,
		Personal: in.Topics, Notes: in.Notes, Next: in.Next, NextAt: in.NextAt, NextPlace: in.NextPlace, Intent: in.Intent, Mood: in.Mood, Author: in.Author, Lang: in.Lang}
	ed := rec.Edit()
	ed.Append([]string{"requests"}, items...)
	var doneLines []string
	if in.Draft != nil {
		var updated []record.Request
		updated, doneLines = applyDraft(ed, rec, in.Draft, in.Date, in.Env, &res)
		v.Requests = append(v.Requests, updated...)
	}
	if err := checkOpen(rec, in.Done); err != nil {
		return Visited{}, err
	}
	doneLines = append(doneLines, closeItems(ed, rec, in.Done, in.Date, in.Env, &res)...)
	if m := fulfils(rec, in, res.Kind, res.Closed); m != nil {
		doneLines = append(doneLines, closeItems(ed, rec, []record.DraftDone{{ID: m.ID}}, in.Date, in.Env, &res)...)
		res.Closed = res.Closed[:len(res.Closed)-1]
		res.Fulfilled = m
	}
	res.Unagreed = unagreed(v.Requests, res.Closed)
	setLatest(ed, rec, in, res.Kind)
	latest := latestContact(rec)
	// An ended record may keep a contact after the end (next:, follow due's after-end).
	moveNext := !in.Next.IsZero() && !in.Date.Before(latest)
	next := record.MakeAppointment(in.Next, in.NextAt, in.NextPlace)
	if moveNext {
		ed.SetNext(next)
		res.Next = in.Next
	} else if !in.Next.IsZero() {
		res.NextKept, res.Latest = true, latest
	}
	ed.InsertEntry(in.Date, visitSection(v, doneLines))
	out, err := ed.Bytes()
	if err != nil {
		return Visited{}, err
	}
	want := len(rec.Requests) + len(reqs)
	res.Edit = Edit{Out: out, verify: func(nr *record.Record) error {
		if moveNext {
			if err := nextIs(nr, next); err != nil {
				return err
			}
		}
		if len(nr.Requests) != want {
			return i18n.Msg("new.reqnot")
		}
		return nil
	}}
	return res, nil
}

// setLatest keeps latest: (what follow due reads of the log: the latest contact, intents
// and moods) in step with the log once the visit is in it. It is written when the visit
// records an intent or a mood, or when the record already keeps it; each key surgically.
func setLatest(ed *record.Editor, rec *record.Record, in VisitInput, kind string) {
	if in.Intent == "" && in.Mood == 0 && rec.KeyLine("latest") == 0 {
		return
	}
	entries, ordered := orderedEntries(rec)
	extra := record.Entry{Date: in.Date, Kind: kind, Intent: in.Intent, Mood: in.Mood}
	want := record.LatestOf(entries, ordered, &extra)
	have := rec.Latest.Fields()
	for _, f := range want.Fields() {
		if !slices.Contains(have, f) {
			ed.Set(f.Value, "latest", f.Key)
		}
	}
}

// orderedEntries are the entries of rec's log, and whether they are in date order (no
// "order" problem).
func orderedEntries(rec *record.Record) ([]record.Entry, bool) {
	entries, probs := rec.Entries()
	for _, p := range probs {
		if p.Rule == "order" {
			return entries, false
		}
	}
	return entries, true
}

// latestContact returns the date of the latest contact (visit, call, ...) in rec's log, or
// zero. Entries kept in date order (no "order" problem) need only be read back from the end
// to the last contact; otherwise every one is looked at.
func latestContact(rec *record.Record) dates.Date {
	entries, ordered := orderedEntries(rec)
	latest := dates.Date(0)
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if e.Date.IsZero() || !e.IsContact() {
			continue
		}
		if e.Date.After(latest) {
			latest = e.Date
		}
		if ordered {
			break
		}
	}
	return latest
}

// visitSection renders the visit with the Done section of a draft before its Next line.
func visitSection(v record.Visit, done []string) string {
	if len(done) == 0 {
		return v.Markdown()
	}
	next := record.MakeAppointment(v.Next, v.NextAt, v.NextPlace)
	v.Next = 0
	var b strings.Builder
	b.WriteString(v.Markdown())
	b.WriteString("\n### " + record.LabelsFor(v.Lang).Done + "\n\n")
	for _, l := range done {
		b.WriteString("- " + strings.Join(strings.Fields(l), " ") + "\n")
	}
	if !next.Date.IsZero() {
		b.WriteString("\n" + record.NextLine(next, v.Lang) + "\n")
	}
	return b.String()
}

// FromDraft is the visit a draft describes, dated date when the draft has no heading and
// of kind when its heading names none.
func FromDraft(d *record.Draft, date dates.Date, kind string, env Env) VisitInput {
	in := VisitInput{Env: env, Date: date, Kind: kind, Facts: d.Facts, Topics: d.Personal, Notes: d.Notes, Next: d.Next,
		NextAt: d.NextAt, NextPlace: d.NextPlace, Intent: d.Intent, Mood: d.Mood, Draft: d}
	if !d.Date.IsZero() {
		in.Date = d.Date
	}
	if d.Kind != "" {
		in.Kind = d.Kind
	}
	for _, q := range d.Requests {
		if q.Update == "" {
			in.Requests = append(in.Requests, q.Request)
		}
	}
	return in
}

// CheckDraft adds to the problems found when the draft was parsed those it has against
// the record: no next date while the record is active, the dates CheckVisitDates refuses
// (a visit after today, a next date before the visit), ids of requests or milestones that
// are not open. It returns them all, in line order (those without a line last), so that
// every problem is reported at once. in is the visit the draft describes (FromDraft).
func CheckDraft(rec *record.Record, d *record.Draft, parsed record.DraftErrors, in VisitInput) record.DraftErrors {
	errs := parsed
	fail := func(line int, key string, args ...any) {
		if key == "draft.nonext" && line > 0 && hasLine(parsed, line) {
			return // the Next: line is already reported as unreadable
		}
		errs = append(errs, record.DraftError{Line: line, Key: key, Args: args})
	}
	if rec.Active() && d.Next.IsZero() {
		fail(d.NextLine, "draft.nonext")
	}
	for _, p := range CheckVisitDates(VisitDates{Date: in.Date, Next: d.Next, Today: in.Today}, nil) {
		line := d.NextLine
		if p.Field == "date" {
			line = d.DateLine
		}
		fail(line, p.Msg.Key, p.Msg.Args...)
	}
	openReqs, openItems := openIDs(rec)
	for _, q := range d.Requests {
		if q.Update != "" && !containsFold(openReqs, q.Update) {
			fail(q.Line, "draft.noreq", rec.ID, q.Update, idList(openReqs))
		}
	}
	for _, x := range d.Done {
		if !containsFold(openItems, x.ID) {
			fail(x.Line, "draft.noitem", rec.ID, x.ID, idList(openItems))
		}
	}
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i].Line, errs[j].Line
		return a > 0 && (b == 0 || a < b)
	})
	return errs
}

// openIDs returns the ids of the open requests, and of everything a draft may close: the
// requests not resolved or not reported back, and the milestones not done.
func openIDs(rec *record.Record) (requests, items []string) {
	for _, q := range rec.Requests {
		if q.Done.IsZero() {
			requests = append(requests, q.ID)
		}
		if q.Done.IsZero() || q.Reported.IsZero() {
			items = append(items, q.ID)
		}
	}
	for _, m := range rec.Milestones {
		if m.Open() {
			items = append(items, m.ID)
		}
	}
	return requests, items
}

// idList is a list of ids for a message: the ids, or the word for none.
func idList(ids []string) any {
	if len(ids) == 0 {
		return i18n.Msg("draft.noneopen")
	}
	return strings.Join(ids, ", ")
}

func hasLine(errs record.DraftErrors, line int) bool {
	for _, e := range errs {
		if e.Line == line {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// applyDraft writes the updates and the closed items of a draft into the record being
// edited and notes them in res. It returns the updated requests (to list in the visit) and
// the lines for the visit's Done section.
func applyDraft(ed *record.Editor, rec *record.Record, d *record.Draft, date dates.Date, env Env, res *Visited) (updated []record.Request, done []string) {
	for _, u := range d.Requests {
		if q := findRequest(rec, u.Update); u.Update != "" && q != nil {
			updated = append(updated, updateRequest(ed, *q, u, date))
			res.Updated = append(res.Updated, q.ID)
		}
	}
	return updated, closeItems(ed, rec, d.Done, date, env, res)
}

// closeItems marks the items done on date and notes them in res; it returns the lines
// for the visit's Done section.
func closeItems(ed *record.Editor, rec *record.Record, items []record.DraftDone, date dates.Date, env Env, res *Visited) (done []string) {
	for _, x := range items {
		if line, ok := closeItem(ed, rec, x, date, env); ok {
			done = append(done, line)
			res.Closed = append(res.Closed, x.ID)
		}
	}
	return done
}

// checkOpen refuses (a usage error) an id of --done that names no open request or
// milestone, or is given twice.
func checkOpen(rec *record.Record, done []record.DraftDone) error {
	_, open := openIDs(rec)
	for i, x := range done {
		if !containsFold(open, x.ID) {
			return usage("draft.noitem", rec.ID, x.ID, idList(open))
		}
		for _, y := range done[:i] {
			if strings.EqualFold(x.ID, y.ID) {
				return usage("draft.donetwice", x.ID)
			}
		}
	}
	return nil
}

// fulfils returns the open milestone of the owner that a contact on the visit's date
// fulfils (schedule.Fulfils), or nil: the visit is not a contact (kind), closes a
// milestone by name already, or fulfils none that is open.
func fulfils(rec *record.Record, in VisitInput, kind string, closed []string) *record.Milestone {
	if in.Config == nil || !isContactKind(kind) {
		return nil
	}
	for _, id := range closed {
		if findMilestone(rec, id) != nil {
			return nil
		}
	}
	m := schedule.Fulfils(rec, in.Config, in.Date)
	if m == nil || !m.Open() {
		return nil
	}
	return m
}

// isContactKind reports whether an entry kind is a contact with the staff member.
func isContactKind(kind string) bool { return record.Entry{Kind: kind}.IsContact() }

// updateRequest writes the parts of an open request a draft of a visit on the day on
// changes; it returns the request as it now is.
func updateRequest(ed *record.Editor, q record.Request, u record.DraftRequest, on dates.Date) record.Request {
	var fields []record.Field
	if u.SetDue {
		if was := dueWas(q, u.Due, on); was != q.DueWas {
			q.DueWas = was
			fields = append(fields, record.Field{Key: "due_was", Value: was})
		}
		q.Due = u.Due
		fields = append(fields, record.Field{Key: "due", Value: u.Due})
	}
	if u.SetPlan {
		q.Plan = u.Plan
		fields = append(fields, record.Field{Key: "plan", Value: u.Plan})
	}
	if u.SetReport {
		q.Report = u.Report
		fields = append(fields, record.Field{Key: "report", Value: u.Report})
		if u.How != "" {
			q.How = u.How
			fields = append(fields, record.Field{Key: "how", Value: u.How})
		}
	}
	if u.SetWho {
		q.Who = u.Who
		fields = append(fields, record.Field{Key: "who", Value: u.Who})
	}
	ed.SetInItem([]string{"requests"}, q.ID, fields...)
	return q
}

// dueWas is what due_was of q holds once its due moves to due on the day on: the earliest
// due it had (its due_was, else its due) when that was missed (it lies before on) and the
// new due lies after it, so a late promise stays visible however often it moves; q.DueWas
// as it is otherwise (a due moved before it was reached broke no promise).
func dueWas(q record.Request, due, on dates.Date) dates.Date {
	was := q.Due
	if !q.DueWas.IsZero() && (was.IsZero() || q.DueWas.Before(was)) {
		was = q.DueWas
	}
	if was.IsZero() || !due.After(was) || !was.Before(on) {
		return q.DueWas
	}
	return was
}

// closeItem marks done, on date, the request or milestone a draft's Done line names, and
// returns the line for the visit's Done section; ok is false when there is no such item.
// A note that only repeats the item's text is not written.
func closeItem(ed *record.Editor, rec *record.Record, x record.DraftDone, date dates.Date, env Env) (line string, ok bool) {
	q, m := findRequest(rec, x.ID), findMilestone(rec, x.ID)
	note := strings.TrimSpace(x.Note)
	if q != nil && note == q.What || m != nil && note == m.What {
		x.Note = ""
	}
	switch {
	case q != nil:
		fields := []record.Field{}
		if q.Done.IsZero() {
			fields = append(fields, record.Field{Key: "done", Value: date})
			line = env.t("draft.line.req", q.ID, q.What)
		} else {
			line = env.t("done.line.reported", q.ID, q.What)
		}
		fields = append(fields, record.Field{Key: "reported", Value: date})
		if x.Note != "" {
			fields = append(fields, record.Field{Key: "note", Value: x.Note})
		}
		ed.SetInItem([]string{"requests"}, q.ID, fields...)
	case m != nil:
		fields := []record.Field{{Key: "done", Value: date}}
		if x.Note != "" {
			fields = append(fields, record.Field{Key: "note", Value: x.Note})
		}
		ed.SetInItem([]string{"milestones"}, m.ID, fields...)
		line = env.t("done.line.ms", m.ID, m.What)
	default:
		return "", false
	}
	if x.Note != "" {
		line = env.t("draft.line.note", line, x.Note)
	}
	return line, true
}
