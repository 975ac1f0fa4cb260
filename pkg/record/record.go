// Package record reads and edits one follow record: a markdown file whose YAML front matter
// holds the present state and every date that drives work, and whose body is an append-only
// log of dated entries (visits, calls, renewals, ...). It does no I/O: callers hand it bytes.
//
// Edits are surgical: the original bytes are kept, offsets are found from the YAML nodes and
// the markdown headings, and only the bytes that must change are spliced in.
package record

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/dates"
)

// Status values.
const (
	StatusActive = "active"
	StatusEnded  = "ended"
)

// Severity of a problem found while reading a record.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Problem is something wrong in a record that still lets the rest of it be read.
type Problem struct {
	Line     int
	Column   int
	Severity Severity
	Rule     string
	Msg      string
}

// Record is one parsed record file.
type Record struct {
	Path string // as the caller named it; used in messages
	Src  []byte // the bytes as read; never modified

	ID         string
	Name       string
	Kana       string
	Status     string
	Owner      string
	Manager    string
	Client     string
	Site       string
	Supervisor string
	// SitePhone is the workplace's phone number, where the manager calls the supervisor:
	// an office number, not personal data of the staff member.
	SitePhone string
	Start     dates.Date
	UnitStart dates.Date // start in the current organizational unit (3-year limit); Start when unset
	Exempt    string     // why the 3-year individual limit does not apply (indefinite, age60, ...), "" if it does
	SiteLimit dates.Date // the site's limit date (事業所単位の抵触日) as the client notified it
	Next      dates.Date
	// NextAt and NextPlace are the time ("15:00", "15:00-16:00") and the place of the next
	// follow-up when they were agreed with its date (next_at:, next_place:), "" otherwise.
	NextAt     string
	NextPlace  string
	Latest     Latest // what the log says of the latest contacts (latest:), for follow due
	Contract   Contract
	Milestones []Milestone
	Requests   []Request
	Duties     []Duty // training, career consulting, the stability wish and measures (duty.go)
	Ended      Ended
	Tags       []string

	Problems []Problem

	lay   layout
	root  *yaml.Node // the front matter mapping
	lines []int      // byte offset of the start of each line (index 0 = line 1)
	keyAt map[string]*yaml.Node
	// keyLines holds the file line of each top-level key; it outlives the YAML nodes so a
	// record restored from the due cache still points at its lines.
	keyLines map[string]int
	// dueLines holds the lines of dueKeys in a record restored from the due cache, which
	// has no keyLines.
	dueLines [5]int32
	restored bool

	entries     []Entry // Entries, computed once
	entryProbs  []Problem
	entriesDone bool
}

// Contract is the current contract and its history.
type Contract struct {
	End      dates.Date // the current contract's last day
	Renewals int        // renewals so far (0 during the first contract)
	History  []Period   // every contract period, oldest first
}

// Period is one contract term.
type Period struct {
	From  dates.Date
	Until dates.Date
	Line  int
}

// Milestone is a dated duty: a first-day call, a 1-month follow-up, a thank-you call.
type Milestone struct {
	ID   string
	What string
	Due  dates.Date
	Who  string // owner, manager, or a person's name
	Done dates.Date
	How  string // how it was done (電話, 訪問, ...): a call may be made in person
	Rule string // the follow.yaml rule that wrote it, if any
	Note string
	// Cancelled is the day it stopped being owed without being done: a renewal check when
	// the end of the dispatch was decided before its last day (follow end with a future
	// date). A cancelled milestone is neither open nor done.
	Cancelled dates.Date
	Line      int
}

// Open reports whether the milestone is still owed: neither done nor cancelled.
func (m Milestone) Open() bool { return m.Done.IsZero() && m.Cancelled.IsZero() }

// IsCall reports whether the milestone is the manager's thank-you call to the on-site
// supervisor: a milestone the rules give the manager (who: manager).
func (m Milestone) IsCall() bool { return m.Who == "manager" }

// Request is a B item (相談事項): something the staff member asked to have resolved.
type Request struct {
	ID       string
	What     string
	Plan     string     // the direction agreed on the spot
	Due      dates.Date // by when it will be handled
	DueWas   dates.Date // the earliest due it had before it was moved (due_was), zero when never moved
	Report   dates.Date // when the result will be reported back to the staff member
	How      string     // how it will be reported back (電話, 訪問, メール, ...)
	Done     dates.Date // when it was resolved
	Reported dates.Date // when the result was reported back
	Note     string
	From     string     // who raised it: FromStaff ("" reads as staff) or FromClient
	Who      string     // who must act: owner, manager or a person's name; "" is Assignee's default
	Type     string     // "" or TypeRequest for an ordinary request, TypeComplaint for a complaint (苦情)
	Notified dates.Date // a complaint: the day the client (派遣先) was told of it
	Line     int
}

// Where a request comes from (from:) and what it is (type:).
const (
	FromStaff     = "staff"
	FromClient    = "client"
	TypeRequest   = "request"
	TypeComplaint = "complaint"
)

// IsComplaint reports whether the request is a complaint (type: complaint).
func (r Request) IsComplaint() bool { return r.Type == TypeComplaint }

// FromClient reports whether the client raised the request (from: client).
func (r Request) FromClient() bool { return r.From == FromClient }

// Assignee is who must act on the request, as a rule's who is written: its who, else the
// manager for a client's request (a client's improvement request is best taken by the
// manager), else the owner.
func (r Request) Assignee() string {
	switch {
	case r.Who != "":
		return r.Who
	case r.FromClient():
		return "manager"
	}
	return "owner"
}

// Ended records the end of the dispatch.
type Ended struct {
	Date     dates.Date
	Reason   string
	Category string
}

// Open reports whether the request still needs work (not resolved).
func (r Request) Open() bool { return r.Done.IsZero() }

// Unagreed says what of the agreement made on the spot an unfinished request lacks: the
// direction (plan), while it is not resolved, and the day the result will be reported
// back to the staff member (report), while it is not reported back. A finished request
// (done and reported) lacks nothing, nor does a client's request (from: client): what is
// agreed with the staff member on the spot is the staff member's requests (B items).
func (r Request) Unagreed() (plan, report bool) {
	if r.FromClient() {
		return false, false
	}
	return r.Open() && r.Plan == "", r.Reported.IsZero() && r.Report.IsZero()
}

// Active reports whether the staff member is still followed up.
func (r *Record) Active() bool { return r.Status != StatusEnded }

// Ending reports whether the dispatch has ended on paper but its last day is after today
// (follow end with a notice): the person is still at work and followed up until then.
func (r *Record) Ending(today dates.Date) bool {
	return r.Status == StatusEnded && r.Ended.Date.After(today)
}

// ActiveOn reports whether the person is at work on today: active, or ending later.
func (r *Record) ActiveOn(today dates.Date) bool { return r.Active() || r.Ending(today) }

// HasErrors reports whether any problem is an error.
func (r *Record) HasErrors() bool {
	for _, p := range r.Problems {
		if p.Severity == SevError {
			return true
		}
	}
	return false
}

// FirstError returns the first error-level problem as an *Error, or nil.
func (r *Record) FirstError() error {
	for _, p := range r.Problems {
		if p.Severity == SevError {
			return &Error{Path: r.Path, Line: p.Line, Column: p.Column, Rule: p.Rule, Msg: p.Msg}
		}
	}
	return nil
}

// CRLF reports whether the record uses CRLF line ends (new text is written the same way).
func (r *Record) CRLF() bool { return r.lay.crlf }

// BOM reports whether the file starts with a UTF-8 byte order mark.
func (r *Record) BOM() bool { return r.lay.bom }

// Body returns the markdown body (everything after the closing ---).
func (r *Record) Body() []byte { return r.Src[r.lay.bodyStart:] }

// BodyLine is the file line number where the body starts.
func (r *Record) BodyLine() int { return r.lay.closeLine + 1 }

// FrontMatterEndLine is the line number of the closing ---.
func (r *Record) FrontMatterEndLine() int { return r.lay.closeLine }

// KeyLine returns the line of a top-level front matter key, or 0 when absent.
func (r *Record) KeyLine(key string) int {
	if r.restored {
		for i, k := range dueKeys {
			if k == key {
				return int(r.dueLines[i])
			}
		}
		return 0
	}
	return r.keyLines[key]
}

// Scalars calls fn with every scalar of the front matter, keys and values at any depth
// (aliases are not followed), with the key it belongs to (a list item's is the list's key)
// and the file line and column where it starts. A record restored from the due cache has no
// front matter tree: fn is not called.
func (r *Record) Scalars(fn func(key string, line, col int, value string)) {
	var walk func(key string, n *yaml.Node)
	walk = func(key string, n *yaml.Node) {
		switch n.Kind {
		case yaml.ScalarNode:
			fn(key, r.fileLine(n), n.Column, n.Value)
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				walk(k.Value, k)
				walk(k.Value, n.Content[i+1])
			}
		case yaml.SequenceNode, yaml.DocumentNode:
			for _, c := range n.Content {
				walk(key, c)
			}
		}
	}
	if r.root != nil {
		walk("", r.root)
	}
}

// Parse reads a record. It returns an *Error when the file cannot be read as a record at all
// (no or unclosed front matter, invalid YAML, not UTF-8, ...). Everything else that is wrong
// (a bad date, a wrong type, an unknown key) is collected in Problems.
func Parse(path string, src []byte) (*Record, error) {
	lay, err := split(path, src)
	if err != nil {
		return nil, err
	}
	if lines := ConflictMarkers(src); len(lines) > 0 {
		return nil, &Error{Path: path, Line: lines[0], Column: 1, Rule: "conflict", Msg: "merge conflict markers are left in the file: resolve the conflict and remove them"}
	}
	r := &Record{Path: path, Src: src, lay: lay, keyAt: make(map[string]*yaml.Node, 24), keyLines: make(map[string]int, 24)}
	yamlText := src[lay.yamlStart:lay.yamlEnd]
	root, fast := fastYAML(yamlText)
	if !fast {
		var doc yaml.Node
		if err := yaml.Unmarshal(yamlText, &doc); err != nil {
			line, msg := yamlErrorLine(err)
			if line > 0 {
				line += lay.yamlLine - 1
			}
			return nil, &Error{Path: path, Line: line, Rule: "yaml", Msg: "front matter is not valid YAML: " + msg}
		}
		if doc.Kind == 0 || len(doc.Content) == 0 {
			return nil, &Error{Path: path, Line: lay.yamlLine, Column: 1, Rule: "frontmatter", Msg: "front matter is empty"}
		}
		root = doc.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return nil, &Error{Path: path, Line: root.Line + lay.yamlLine - 1, Column: root.Column, Rule: "frontmatter", Msg: "front matter must be a mapping of keys to values"}
	}
	if root.Column != 1 {
		// yaml.v3 reads "  id: x" then "name: y" as a mapping that ends at the dedent and
		// silently drops what follows; refuse it rather than lose keys.
		for i, l := range strings.Split(string(yamlText), "\n") {
			t := strings.TrimRight(l, " \r")
			c := strings.TrimLeft(t, " ")
			if c == "" || c[0] == '#' || len(t)-len(c) >= root.Column-1 {
				continue
			}
			return nil, &Error{Path: path, Line: lay.yamlLine + i, Column: 1, Rule: "frontmatter", Msg: "this key is indented less than the first key of the front matter: YAML would drop it; indent all top-level keys alike (best: not at all)"}
		}
	}
	if root.Style&yaml.FlowStyle != 0 {
		return nil, &Error{Path: path, Line: root.Line + lay.yamlLine - 1, Column: root.Column, Rule: "frontmatter", Msg: "front matter must be written in block style (one key per line), not as { ... }"}
	}
	r.root = root
	r.decode()
	return r, nil
}

var yamlLineRE = &lazy.Regexp{Expr: `^yaml: line (\d+): (.*)$`}
var yamlAtLineRE = &lazy.Regexp{Expr: `at line (\d+)`}

// yamlErrorLine pulls the line number out of a yaml.v3 error and rewrites any other line
// number in the message relative to the file later (the caller adds the offset).
func yamlErrorLine(err error) (int, string) {
	msg := err.Error()
	if te, ok := err.(*yaml.TypeError); ok && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLineRE.Get().FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		if strings.HasPrefix(m[2], "did not find expected ',' or") {
			n++ // the parser counts the line of an unclosed [ or { from 0
		}
		return n, m[2]
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}

func (r *Record) ensureLines() {
	if r.lines != nil {
		return
	}
	r.lines = make([]int, 1, bytes.Count(r.Src, []byte{'\n'})+1)
	for i, b := range r.Src {
		if b == '\n' {
			r.lines = append(r.lines, i+1)
		}
	}
}

// fileLine converts a YAML line (1-based, relative to the front matter) to a file line.
func (r *Record) fileLine(n *yaml.Node) int { return n.Line + r.lay.yamlLine - 1 }

// offset converts a YAML node position to a byte offset in Src. yaml.Node columns count
// characters, not bytes, so the column is walked rune by rune.
func (r *Record) offset(n *yaml.Node) int {
	return r.offsetOf(r.fileLine(n), n.Column)
}

func (r *Record) offsetOf(line, col int) int {
	r.ensureLines()
	if line < 1 || line > len(r.lines) {
		return len(r.Src)
	}
	p := r.lines[line-1]
	for c := 1; c < col && p < len(r.Src) && r.Src[p] != '\n'; c++ {
		_, size := utf8.DecodeRune(r.Src[p:])
		p += size
	}
	return p
}

// lineStart returns the byte offset of the start of a file line (len(Src) past the end).
func (r *Record) lineStart(line int) int {
	r.ensureLines()
	if line < 1 {
		return 0
	}
	if line > len(r.lines) {
		return len(r.Src)
	}
	return r.lines[line-1]
}

func (r *Record) problem(n *yaml.Node, sev Severity, rule, format string, args ...any) {
	p := Problem{Severity: sev, Rule: rule, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		p.Line, p.Column = r.fileLine(n), n.Column
	} else {
		p.Line, p.Column = r.lay.yamlLine-1, 1
	}
	r.Problems = append(r.Problems, p)
}

// eol is the line end new text is written with.
func (r *Record) eol() string {
	if r.lay.crlf {
		return "\r\n"
	}
	return "\n"
}

// lineOf returns the 1-based line of a byte offset.
func (r *Record) lineOf(off int) int {
	r.ensureLines()
	// The number of line starts at or before off.
	return sort.Search(len(r.lines), func(i int) bool { return r.lines[i] > off })
}

// fatalRules are the problems that make a record's data untrustworthy: follow refuses to
// edit such a record and follow due does not list it. The other problems (a missing next,
// an unknown key, entries out of order) are for follow lint to report.
var fatalRules = &lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{"date": true, "type": true, "required": true, "status": true, "yaml": true}
}}

// Broken returns the first problem that makes the record unusable, as an *Error, or nil.
func (r *Record) Broken() error {
	for _, p := range r.Problems {
		if p.Severity == SevError && fatalRules.Get()[p.Rule] {
			return &Error{Path: r.Path, Line: p.Line, Column: p.Column, Rule: p.Rule, Msg: p.Msg}
		}
	}
	return nil
}

// ConflictMarkers returns the lines that hold git merge conflict markers. A line of seven
// "=" alone is also a markdown heading underline, so it counts only in a file that has an
// opening or closing marker too.
func ConflictMarkers(src []byte) []int {
	if !bytes.Contains(src, []byte("<<<<<<<")) && !bytes.Contains(src, []byte(">>>>>>>")) && !bytes.Contains(src, []byte("|||||||")) {
		return nil // no marker line without one of these (the common case, found fast)
	}
	var lines, seps []int
	line := 1
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n')
		var l []byte
		if i < 0 {
			l, src = src, nil
		} else {
			l, src = src[:i], src[i+1:]
		}
		t := string(bytes.TrimRight(l, "\r"))
		switch {
		case strings.HasPrefix(t, "<<<<<<< ") || strings.HasPrefix(t, ">>>>>>> ") || strings.HasPrefix(t, "||||||| ") ||
			t == "<<<<<<<" || t == ">>>>>>>" || t == "|||||||":
			lines = append(lines, line)
		case t == "=======":
			seps = append(seps, line)
		}
		line++
	}
	if len(lines) == 0 {
		return nil
	}
	lines = append(lines, seps...)
	sort.Ints(lines)
	return lines
}

// FrontMatterLen returns the length of the front matter block at the start of src (the
// opening --- line through the closing --- line and its line end), or -1 when src does
// not hold a closed front matter. It only looks for the lines, so callers can read a
// record's head without its body; Parse of that head checks everything else.
func FrontMatterLen(src []byte) int {
	pos := 0
	if bytes.HasPrefix(src, bomBytes) {
		pos = 3
	}
	first, next, eol := readLine(src, pos)
	if string(trimRightSpace(first)) != "---" || eol == "" {
		return -1
	}
	for p := next; p < len(src); {
		text, after, eol := readLine(src, p)
		if eol == "" && after == len(src) {
			// The last line may be cut short by the caller's read: not a whole line yet.
			return -1
		}
		if isDocEnd(trimRightSpace(text)) {
			return after
		}
		p = after
	}
	return -1
}

// Summary is what follow due needs of a record: the due cache stores it instead of the
// record's text.
type Summary struct {
	Path                                     string
	ID, Name, Status                         string
	Owner, Manager, Client, Site, Supervisor string
	SitePhone                                string
	NextAt, NextPlace                        string
	Start, UnitStart, Next, SiteLimit        dates.Date
	// EndedDate is the last day (ended.date): an ended record is followed up until then
	// (終了予定), and keeps a contact after it (next:, follow due's after-end).
	EndedDate   dates.Date
	Exempt      string
	ContractEnd dates.Date
	Renewals    int
	Milestones  []Milestone
	Requests    []Request
	// Duties are the training, wish and measure entries (what follow due weighs), without
	// their what and outcome.
	Duties []Duty
	// Latest is what the log says of the latest contacts (latest:): follow due's risks.
	Latest Latest
	// Lines of the keys follow due points at (next, contract, start, site_limit, latest).
	NextLine, ContractLine, StartLine, SiteLimitLine, LatestLine int32
}

// dueKeys are the keys whose lines a summary keeps, in the order of Summary's fields.
var dueKeys = [5]string{"next", "contract", "start", "site_limit", "latest"}

// Summarize returns the due-relevant part of r: milestones done and requests both resolved
// and reported back can no longer fall due, so they are left out, duties keep only what
// the stability and training rules weigh (not career consultations, not their words). An
// ended record is summarized in full with its last day: until then it is still followed up
// (終了予定), and after it a kept next is a contact after the end.
func (r *Record) Summarize() Summary {
	var ms []Milestone
	for _, m := range r.Milestones {
		if m.Open() {
			ms = append(ms, m)
		}
	}
	var qs []Request
	for _, q := range r.Requests {
		if q.Done.IsZero() || q.Reported.IsZero() {
			qs = append(qs, q)
		}
	}
	var ds []Duty
	for _, d := range r.Duties {
		if d.Kind != DutyCareer {
			ds = append(ds, Duty{Kind: d.Kind, Date: d.Date, Hours: d.Hours, Option: d.Option, Result: d.Result, Line: d.Line})
		}
	}
	return Summary{Path: r.Path, ID: r.ID, Name: r.Name, Status: r.Status, Owner: r.Owner, Manager: r.Manager,
		Client: r.Client, Site: r.Site, Supervisor: r.Supervisor, SitePhone: r.SitePhone, Start: r.Start, UnitStart: r.UnitStart,
		Next: r.Next, NextAt: r.NextAt, NextPlace: r.NextPlace, SiteLimit: r.SiteLimit, Exempt: r.Exempt, ContractEnd: r.Contract.End,
		EndedDate: r.Ended.Date,
		Renewals:  r.Contract.Renewals, Milestones: ms, Requests: qs, Duties: ds, Latest: r.Latest,
		NextLine: int32(r.keyLines["next"]), ContractLine: int32(r.keyLines["contract"]),
		StartLine: int32(r.keyLines["start"]), SiteLimitLine: int32(r.keyLines["site_limit"]),
		LatestLine: int32(r.keyLines["latest"])}
}

// RestoreFrom makes r the record of a summary. It has no text: it serves follow due, not
// edits. It allocates nothing: follow due restores a record per file from its cache.
func (r *Record) RestoreFrom(s Summary) {
	*r = Record{Path: s.Path, ID: s.ID, Name: s.Name, Status: s.Status, Owner: s.Owner, Manager: s.Manager,
		Client: s.Client, Site: s.Site, Supervisor: s.Supervisor, SitePhone: s.SitePhone, Start: s.Start, UnitStart: s.UnitStart,
		Next: s.Next, NextAt: s.NextAt, NextPlace: s.NextPlace, SiteLimit: s.SiteLimit, Exempt: s.Exempt,
		Contract: Contract{End: s.ContractEnd, Renewals: s.Renewals}, Ended: Ended{Date: s.EndedDate},
		Milestones: s.Milestones, Requests: s.Requests, Duties: s.Duties, Latest: s.Latest,
		dueLines: [5]int32{s.NextLine, s.ContractLine, s.StartLine, s.SiteLimitLine, s.LatestLine}, restored: true}
}

// FrontMatter returns the YAML text of the front matter as it is written, comments
// included, without the --- lines.
func (r *Record) FrontMatter() []byte { return r.Src[r.lay.yamlStart:r.lay.yamlEnd] }

// Appointment is the next follow-up with its time and place when the record keeps either
// (next_at:, next_place:), nil otherwise. A time next_at does not hold is left out (lint
// reports it).
func (r *Record) Appointment() *dates.Appointment {
	if r.Next.IsZero() {
		return nil
	}
	if a := MakeAppointment(r.Next, r.NextAt, r.NextPlace); a.Time != "" || a.Place != "" {
		return &a
	}
	return nil
}
