// Package lint checks records and reports every problem as a finding with a position, a
// severity and a rule name. It reads no files: callers pass the bytes.
package lint

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/sanitize"
	"github.com/staffnote/follow/pkg/schedule"
)

// Options are what the checks that depend on the team's rules and on the date need.
type Options struct {
	Config  *config.Config   // nil: the defaults
	Today   dates.Date       // zero: the date-dependent checks are skipped
	Privacy *privacy.Scanner // nil: privacy.New with the config's extra words
}

// Severities.
const (
	Error   = "error"
	Warning = "warning"
	Info    = "info" // what follow could do for you; never an error, not even with --strict
)

// Finding is one problem. Its JSON field names are part of follow's stable interface.
type Finding struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

func (f Finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", f.File, max(f.Line, 1), max(f.Column, 1), f.Severity, f.Message, f.Rule)
}

// Rule describes a named check.
type Rule struct {
	Name     string
	Severity string
	Doc      string
}

// Rules lists every check lint runs, with its default severity.
var Rules = []Rule{
	{"file", Error, "the file can be read"},
	{"id-invalid", Error, "the file name is a valid staff ID (ASCII letters, digits, - _ ., starting with a letter or digit)"},
	{"frontmatter", Error, "the file starts with a front matter block between two --- lines, closed, and a mapping"},
	{"yaml", Error, "the front matter is valid YAML"},
	{"encoding", Error, "the file is UTF-8 text without NUL bytes"},
	{"size", Error, "the file is no larger than a record may be"},
	{"conflict", Error, "no merge conflict markers are left in the file"},
	{"bom", Warning, "the file does not start with a UTF-8 byte order mark"},
	{"required", Error, "id, name, status, owner and start are present and not empty"},
	{"id-filename", Error, "id equals the file name without .md"},
	{"duplicate-id", Error, "no two files hold the same staff ID"},
	{"status", Error, "status is active or ended"},
	{"date", Error, "every date is a real calendar date written YYYY-MM-DD"},
	{"type", Error, "every value has the expected type (text, date, number, list, block)"},
	{"next", Error, "an active record has a next follow-up date; Next: lines hold a date"},
	{"request", Error, "every request has an id, what and due, and ids are unique"},
	{"milestone", Error, "every milestone has what and due, and ids are unique"},
	{"contract", Error, "contract periods end after they start"},
	{"duty", Error, "every duties entry has a known kind, a date and what it was; a training its hours, a wish or a measure its option; only a measure an outcome"},
	{"ended", Warning, "an ended record says when it ended"},
	{"phone", Warning, "site_phone reads as a phone number (digits with - ( ) or spaces, a leading +, an extension after 内線 or ext)"},
	{"intent", Error, "an Intent: / 意向: line of an entry says stay, unsure or leave (継続, 迷い, 終了希望)"},
	{"mood", Error, "a Mood: / 満足度: line of an entry says a whole number from 1 to 5"},
	{"latest", Warning, "latest: (what follow due reads of the log) agrees with the contacts, intents and moods of the log"},
	{"heading", Error, "every entry heading starts with a real date: ## YYYY-MM-DD kind"},
	{"order", Error, "entries are in date order, oldest first"},
	{"mixed-language", Warning, "the words follow owns in the log (entry kinds, section names, Next:/次回:, By:/記入:) are all in the record's language (follow fmt rewrites the others)"},
	{record.RuleMarkdownAmbiguous, Warning, "markdown renderers read every line of the body as follow does (no underlined heading, lazy continuation line or line of full-width spaces)"},
	{"unknown-key", Warning, "front matter keys are ones follow knows"},
	{"missing-milestone", Warning, "an active record has the milestones the current rules in follow.yaml imply"},
	{"request-agreed", Warning, "an open request of the staff member has the direction (plan) and the day of the report-back (report) agreed on the spot, at the visit where it was heard"},
	{"report-overdue", Warning, "no report-back date has passed without the result being reported back"},
	{"milestone-fulfilled", Info, "no milestone of the owner is open although a visit or call in the log fulfils it (within milestone_window of its due date): follow done closes it with that contact's date"},
	{"done-future", Warning, "no milestone or request is marked done, reported back or notified on a date after today (an end with a later last day cancels the renewal checks: cancelled:)"},
	{"milestone-overdue", Warning, "no milestone is overdue by more than lint.milestone_lag (default 14d)"},
	{"visit-next", Warning, "every visit or call has a Next: line (a visit without a next date is unfinished)"},
	{"stale", Warning, "an active record's last contact is no older than lint.max_interval (default 60d)"},
	{"complaint-notify", Warning, "a staff member's complaint is passed on to the client (notified) within lint.complaint_notify business days (default 1) of the visit where it was heard"},
	{"complaint-overdue", Warning, "no open complaint is past its due date"},
	{"complaint-received", Warning, "every complaint is listed under Requests of the visit where it was heard (its received date, 申出年月日)"},
	{"next-stale", Warning, "next is not earlier than the Next: the log last agreed (the latest visit's, or a rescheduling entry's)"},
	{"next-moved", Warning, "next is not later than the Next: the log last agreed, and the contacts of one day agree on it, unless a rescheduling entry (reschedule / 日程変更) records the move"},
	{"retention", Warning, "no ended record is older than retention in follow.yaml (default 3y after its end): archive it"},
	{"undeclared-person", Warning, "when follow.yaml declares people:, an active record names only them (owner, manager, who of an open milestone or request)"},
	{string(privacy.MyNumber), Error, privacy.MyNumber.Doc()},
	{string(privacy.Card), Error, privacy.Card.Doc()},
	{string(privacy.Sensitive), Error, privacy.Sensitive.Doc()},
	{"control-char", Error, "no control character (ESC, BEL, C1, bidi override, ...) in a front matter value; a warning in the body"},
	{"merge-driver", Warning, "when .gitattributes marks records merge=follow, this clone configures the merge driver"},
}

// RuleByName returns the rule with that name, or nil.
func RuleByName(name string) *Rule {
	for i := range Rules {
		if Rules[i].Name == name {
			return &Rules[i]
		}
	}
	return nil
}

// File is one file to check.
type File struct {
	Path string
	Src  []byte
	Err  error // set when the file could not be read
}

// Check lints one record file and returns its findings and the parsed record (nil when the
// file cannot be read as a record).
func Check(f File, o Options) ([]Finding, *record.Record) {
	if o.Config == nil {
		o.Config = config.Default()
	}
	if o.Privacy == nil {
		o.Privacy = privacy.New(privacy.Options{Extra: o.Config.Lint.Sensitive})
	}
	var out []Finding
	add := func(line, col int, sev, rule, msg string) {
		out = append(out, Finding{File: f.Path, Line: line, Column: col, Severity: sev, Rule: rule, Message: msg})
	}
	if f.Err != nil {
		var e *record.Error
		if errors.As(f.Err, &e) {
			add(e.Line, e.Column, Error, e.Rule, e.Msg)
		} else {
			add(0, 0, Error, "file", f.Err.Error())
		}
		return out, nil
	}
	r, err := record.Parse(f.Path, f.Src)
	// Personal data that must never enter git history is looked for in every file, read
	// as a record or not. Parse refuses a file that is not UTF-8 or holds conflict markers,
	// so those two whole-file scans are needed only when it failed.
	if err == nil || utf8.Valid(f.Src) {
		for _, h := range o.Privacy.Scan(f.Src) {
			add(h.Line, h.Column, Error, string(h.Kind), h.Msg)
		}
	}
	var conflicts []int
	if err != nil {
		conflicts = record.ConflictMarkers(f.Src)
	}
	for _, l := range conflicts {
		add(l, 1, Error, "conflict", "merge conflict marker left in the file: resolve the conflict and remove the marker")
	}
	if err != nil {
		if len(conflicts) == 0 {
			e := err.(*record.Error)
			add(e.Line, e.Column, Error, e.Rule, e.Msg)
		}
		return out, nil
	}
	if r.BOM() {
		add(1, 1, Warning, "bom", "file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM")
	}
	for _, p := range r.Problems {
		add(p.Line, p.Column, string(p.Severity), p.Rule, p.Msg)
	}
	for _, x := range controlChars(r) {
		add(x.Line, x.Column, x.Severity, x.Rule, x.Message)
	}
	want := strings.TrimSuffix(filepath.Base(f.Path), ".md")
	if err := record.ValidID(want); err != nil {
		add(1, 1, Error, "id-invalid", err.Error()+": rename the file (follow refuses such IDs)")
	}
	if r.ID != "" && r.ID != want {
		line := r.KeyLine("id")
		add(line, 1, Error, "id-filename", fmt.Sprintf("id is %q but the file is %s.md: they must be the same", r.ID, want))
	}
	entries, probs := r.Entries()
	for _, p := range probs {
		add(p.Line, p.Column, string(p.Severity), p.Rule, p.Msg)
	}
	if line, n, mixed := r.Mixed(); mixed {
		lang, other := "Japanese", "English"
		if r.Lang() == record.LangEN {
			lang, other = other, lang
		}
		add(line, 1, Warning, "mixed-language", fmt.Sprintf("the record is written in %s, but %d of follow's words in its log (entry kinds, section names, Next:/By: labels), the first on this line, are in %s: run follow fmt to write them in %s", lang, n, other, lang))
	}
	for _, x := range discipline(r, entries, o) {
		add(x.Line, x.Column, x.Severity, x.Rule, x.Message)
	}
	return out, r
}

// latestAgrees says how latest: differs from what the log says, when the record keeps
// latest: or its log records an intent or a mood.
func latestAgrees(r *record.Record, entries []record.Entry) (string, bool) {
	if r.KeyLine("latest") == 0 && len(record.Readings(entries)) == 0 {
		return "", false
	}
	diff := r.Latest.Agrees(record.LatestOf(entries, false, nil))
	if len(diff) == 0 {
		return "", false
	}
	return strings.Join(diff, "; ") + ": follow due reads latest: for its risks; follow new keeps it, or set it from the log by hand", true
}

// discipline holds the checks of follow-up practice: they warn, they do not block.
func discipline(r *record.Record, entries []record.Entry, o Options) []Finding {
	var out []Finding
	add := func(line int, rule, msg string) {
		out = append(out, Finding{Line: max(line, 1), Column: 1, Severity: Warning, Rule: rule, Message: msg})
	}
	var latest *record.Entry
	for i := range entries {
		e := &entries[i]
		if !e.IsContact() {
			continue
		}
		if e.NextLine == 0 && (r.Active() || r.Ended.Date.IsZero() || e.Date.Before(r.Ended.Date)) {
			add(e.Line, "visit-next", fmt.Sprintf("%s %s has no Next: line: fix the next follow-up date at every visit", e.Date, e.Kind))
		}
		if latest == nil || !e.Date.Before(latest.Date) {
			latest = e
		}
	}
	if x, ok := latestAgrees(r, entries); ok {
		add(r.KeyLine("latest"), "latest", x)
	}
	if !o.Today.IsZero() {
		out = append(out, futureDone(r, o.Today)...)
	}
	if !r.Active() {
		if keep := o.Config.Retention; !keep.IsZero() && !o.Today.IsZero() && !r.Ended.Date.IsZero() && r.Ended.Date.Add(keep).Before(o.Today) {
			add(r.KeyLine("ended"), "retention", fmt.Sprintf("the dispatch ended %s, more than %s ago (retention in follow.yaml): the record's retention period is over. "+
				"Move it out of this repository into an archive (git history keeps it here: an archive repository per year of end is the way to drop it when its own time is over)", r.Ended.Date, keep))
		}
		return out
	}
	for _, x := range promiseKept(r) {
		add(x.Line, x.Rule, x.Message)
	}
	if o.Config.PeopleSet {
		for _, u := range undeclared(r, people.Declared(o.Config.People)) {
			add(u.line, "undeclared-person", u.msg)
		}
	}
	for _, q := range r.Requests {
		if msg := unagreed(q); msg != "" {
			add(q.Line, "request-agreed", msg)
		}
	}
	for _, p := range schedule.Missing(r, o.Config) {
		add(r.KeyLine("milestones"), "missing-milestone", fmt.Sprintf("the milestone rule %s implies %q due %s, which the record lacks", p.Rule.ID, p.Rule.What, p.Due))
	}
	today := o.Today
	if today.IsZero() {
		return out
	}
	for _, q := range r.Requests {
		if q.Reported.IsZero() && !q.Report.IsZero() && q.Report.Before(today) {
			add(q.Line, "report-overdue", fmt.Sprintf("request %s: the result was to be reported back by %s and is not marked reported (follow done %s %s)", q.ID, q.Report, r.ID, q.ID))
		}
	}
	out = append(out, complaintFindings(r, o.Config, today)...)
	for _, f := range schedule.Unclosed(r, entries, o.Config, today) {
		m := f.Milestone
		out = append(out, Finding{Line: max(m.Line, 1), Column: 1, Severity: Info, Rule: "milestone-fulfilled",
			Message: fmt.Sprintf("milestone %s %q (due %s) is open, but the contact of %s fulfils it: follow done %s %s closes it with that date", m.ID, m.What, m.Due, f.Contact, r.ID, m.ID)})
	}
	lag := o.Config.Lint.MilestoneLag
	for _, m := range r.Milestones {
		if m.Open() && !m.Due.IsZero() && m.Due.Add(lag).Before(today) {
			add(m.Line, "milestone-overdue", fmt.Sprintf("milestone %s %q was due %s, more than %s ago", m.ID, m.What, m.Due, lag))
		}
	}
	if max := o.Config.Lint.MaxInterval; !max.IsZero() {
		last := r.Start
		if latest != nil {
			last = latest.Date
		}
		if !last.IsZero() && last.Add(max).Before(today) {
			add(r.KeyLine("next"), "stale", fmt.Sprintf("last contact was %s, more than %s ago", last, max))
		}
	}
	return out
}

// complaintFindings are the checks of complaints (苦情) on an active record: each is
// listed in the log where it was heard, a staff member's is passed on to the client in
// time, and none stays open past its due date.
func complaintFindings(r *record.Record, cfg *config.Config, today dates.Date) []Finding {
	var out []Finding
	add := func(line int, rule, msg string) {
		out = append(out, Finding{Line: max(line, 1), Column: 1, Severity: Warning, Rule: rule, Message: msg})
	}
	var received map[string]dates.Date
	for _, q := range r.Requests {
		if !q.IsComplaint() {
			continue
		}
		if received == nil {
			received = r.Received()
		}
		got, ok := received[strings.ToUpper(q.ID)]
		switch {
		case !ok:
			add(q.Line, "complaint-received", fmt.Sprintf("complaint %s is not listed under Requests of any visit: write it (- %s: ...) under the visit where it was heard, whose date is its received date (申出年月日)", q.ID, q.ID))
		case !q.FromClient() && q.Notified.IsZero():
			if by := dates.AddBusinessDays(got, cfg.Lint.ComplaintNotify, cfg.BusinessCalendar()); by.Before(today) {
				add(q.Line, "complaint-notify", fmt.Sprintf("complaint %s, heard %s, was to be passed on to the client by %s and is not marked notified (follow done %s %s --notified)", q.ID, got, by, r.ID, q.ID))
			}
		}
		if q.Open() && !q.Due.IsZero() && q.Due.Before(today) {
			add(q.Line, "complaint-overdue", fmt.Sprintf("complaint %s was to be handled by %s and is still open", q.ID, q.Due))
		}
	}
	return out
}

// controlChars finds the characters follow shows escaped because a terminal would act on
// them (sanitize.IsControl: ESC sequences that set the window title, clear the screen or
// write the clipboard, C1 controls, bidi overrides). A shared repository must not carry
// them: in a front matter value (names, the client, requests) they are an error, in the
// body a warning. One finding per value or line.
func controlChars(r *record.Record) []Finding {
	var out []Finding
	r.Scalars(func(key string, line, col int, value string) {
		if i, c := sanitize.Index(value); i >= 0 {
			out = append(out, Finding{Line: line, Column: col, Severity: Error, Rule: "control-char",
				Message: fmt.Sprintf("%s holds the control character %s, which a terminal acts on (window title, screen, clipboard): remove it", key, controlName(c, value[i:]))})
		}
	})
	// The body in one pass (nearly always clean), then from the line after each finding.
	body, line := r.Body(), r.BodyLine()
	for {
		i, c := sanitize.IndexBytes(body)
		if i < 0 {
			return out
		}
		start := bytes.LastIndexByte(body[:i], '\n') + 1
		line += bytes.Count(body[:start], []byte("\n"))
		out = append(out, Finding{Line: line, Column: utf8.RuneCount(body[start:i]) + 1, Severity: Warning, Rule: "control-char",
			Message: fmt.Sprintf("the line holds the control character %s, which a terminal acts on (window title, screen, clipboard): remove it", controlName(c, string(body[i:i+1])))})
		next := bytes.IndexByte(body[i:], '\n')
		if next < 0 {
			return out
		}
		body, line = body[i+next+1:], line+1
	}
}

// controlName is how a control character is named in a message: escaped as follow shows
// it; first is the first byte of it (an invalid byte is named by itself).
func controlName(c rune, first string) string {
	if c == utf8.RuneError {
		return sanitize.String(first[:1])
	}
	return sanitize.Escape(c)
}

type nameAt struct {
	line int
	msg  string
}

// undeclared finds the names an active record gives that are not written as the full name
// of a person the team declares: the owner, the manager, the who of an open milestone or
// request.
func undeclared(r *record.Record, team *people.Team) []nameAt {
	var out []nameAt
	check := func(line int, what, name string) {
		if name == "" || name == "owner" || name == "manager" || team.Has(name) {
			return
		}
		msg := fmt.Sprintf("%s %s is not a person of people: in follow.yaml", what, name)
		p, err := team.Resolve(name)
		var e *people.Error
		switch {
		case err == nil:
			msg += fmt.Sprintf(": write the full name %s", p.Name)
		case errors.As(err, &e) && e.Code == people.Ambiguous:
			msg += fmt.Sprintf(": it could be %s", strings.Join(e.Candidates, " or "))
		default:
			msg += ": declare the person there, or name one who is"
		}
		out = append(out, nameAt{line, msg})
	}
	check(r.KeyLine("owner"), "owner", r.Owner)
	check(r.KeyLine("manager"), "manager", r.Manager)
	for _, m := range r.Milestones {
		if m.Open() {
			check(m.Line, "milestone "+m.ID+" who", m.Who)
		}
	}
	for _, q := range r.Requests {
		if q.Open() {
			check(q.Line, "request "+q.ID+" who", q.Who)
		}
	}
	return out
}

// promiseKept checks next against the date the log last agreed with the staff member
// (record.Promise): a next not moved after a visit (next-stale), a next moved later than
// the agreed date with no entry saying so, or contacts of one day that agreed different
// dates (next-moved: two people logged a contact the same day, and one date, the promise
// to the staff member, would silently give way to the other).
func promiseKept(r *record.Record) []Finding {
	p, ok := r.Promise()
	if !ok || r.Next.IsZero() {
		return nil
	}
	line := r.KeyLine("next")
	whose := fmt.Sprintf("the latest contact (%s) says Next: %s", p.On, p.Date)
	if p.Moved {
		whose = fmt.Sprintf("the entry of %s (line %d) moved it to %s", p.On, p.Line, p.Date)
	}
	var out []Finding
	switch {
	case r.Next.Before(p.Date):
		out = append(out, Finding{Line: line, Rule: "next-stale", Message: fmt.Sprintf("next is %s but %s", r.Next, whose)})
	case r.Next.After(p.Date):
		out = append(out, Finding{Line: line, Rule: "next-moved", Message: fmt.Sprintf("next is %s but %s, and no rescheduling entry (reschedule / 日程変更) records the move: write one, or set next back to %s", r.Next, whose, p.Date)})
	case p.Disputed:
		out = append(out, Finding{Line: line, Rule: "next-moved", Message: fmt.Sprintf("the contacts of %s agreed different next dates (%s); next keeps the earliest, %s: write a rescheduling entry (reschedule / 日程変更) for the one that holds", p.On, dates.Join(p.Dates, ", "), p.Date)})
	}
	for i := range out {
		out[i].Line, out[i].Column, out[i].Severity = max(line, 1), 1, Warning
	}
	return out
}

// Apply turns findings of disabled rules off and, when strict, warnings into errors. It
// filters fs in place.
func Apply(fs []Finding, disabled []string, strict bool) []Finding {
	off := map[string]bool{}
	for _, d := range disabled {
		off[d] = true
	}
	out := fs[:0]
	for _, f := range fs {
		if off[f.Rule] {
			continue
		}
		if strict && f.Severity == Warning {
			f.Severity = Error
		}
		out = append(out, f)
	}
	return out
}

// Duplicates reports staff IDs held by more than one file. ids maps each file to the ID it
// holds (its front matter id, else its file name) and the line of that id.
func Duplicates(ids map[string]IDAt) []Finding {
	// IDs that differ only in case collide on case-insensitive file systems (macOS,
	// Windows), so they count as the same.
	by := map[string][]string{}
	for file, at := range ids {
		if at.ID != "" {
			k := strings.ToLower(at.ID)
			by[k] = append(by[k], file)
		}
	}
	var out []Finding
	for _, files := range by {
		if len(files) < 2 {
			continue
		}
		sort.Strings(files)
		for _, f := range files {
			others := make([]string, 0, len(files)-1)
			for _, o := range files {
				if o != f {
					others = append(others, o)
				}
			}
			out = append(out, Finding{File: f, Line: max(ids[f].Line, 1), Column: 1, Severity: Error, Rule: "duplicate-id",
				Message: fmt.Sprintf("staff ID %s is also used by %s", ids[f].ID, strings.Join(others, ", "))})
		}
	}
	return out
}

// IDAt is a staff ID and the line it is written on.
type IDAt struct {
	ID   string
	Line int
}

// Sort orders findings by file, line, column and rule.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Rule < b.Rule
	})
}

// Count returns the number of errors, warnings and infos.
func Count(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Info:
			infos++
		default:
			warnings++
		}
	}
	return
}

// futureDone flags a milestone or a request marked done (or reported back, or notified)
// on a date after today: what is done has happened.
func futureDone(r *record.Record, today dates.Date) []Finding {
	var out []Finding
	flag := func(line int, what, key string, d dates.Date) {
		if d.After(today) {
			out = append(out, Finding{Line: max(line, 1), Column: 1, Severity: Warning, Rule: "done-future",
				Message: fmt.Sprintf("%s: %s %s is after today (%s): record it when it has happened", what, key, d, today)})
		}
	}
	for _, m := range r.Milestones {
		flag(m.Line, "milestone "+m.ID, "done:", m.Done)
	}
	for _, q := range r.Requests {
		flag(q.Line, "request "+q.ID, "done:", q.Done)
		flag(q.Line, "request "+q.ID, "reported:", q.Reported)
		flag(q.Line, "request "+q.ID, "notified:", q.Notified)
	}
	return out
}

// unagreed says what an unfinished request of the staff member lacks of what is agreed
// on the spot, and how to write it; "" when it lacks nothing.
func unagreed(q record.Request) string {
	plan, report := q.Unagreed()
	var missing []string
	if plan {
		missing = append(missing, "direction (plan:)")
	}
	if report {
		missing = append(missing, "report-back date (report:)")
	}
	if len(missing) == 0 {
		return ""
	}
	return fmt.Sprintf("request %s has no %s agreed: settle them with the staff member and write them (plan: and report: under %s, or in a draft's Requests line: - %s; plan ...; report 12/10 phone)",
		q.ID, strings.Join(missing, " and no "), q.ID, q.ID)
}
