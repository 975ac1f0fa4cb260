package record

import (
	"fmt"
	"strings"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/textfold"
)

// A draft is a visit written as text rather than with flags: what follow new opens in the
// editor, and what it reads from --from FILE or standard input. It is the markdown of one
// visit section, with comments:
//
//	# Lines starting with "#" followed by a space (or alone) are comments and are removed.
//	## 2026-12-05 visit
//	### Facts
//	- 請求書発行を一人で担当できるようになった
//	### Requests
//	- 席が寒い; due 12/10; plan 席替えを相談; report 12/12 電話
//	- R1; due 12/20                  (an open request's id first: update its due, plan, report)
//	### Personal
//	- 娘さんの受験（1月）
//	### Notes
//	- ...
//	### Done
//	- R1 席替え済み                  (open requests or milestones resolved at this visit)
//	Next: 2026-12-19
//
// Precisely: a line is a comment when its first character is '#' and the second is a space,
// a tab, or the end of the line. "## " and "### " lines are headings and are kept; a '#'
// followed by anything else ("#tag") is text. Section names may be English or Japanese
// (Facts/確認事項, Requests/相談事項, Personal/近況, Notes/メモ, Done/完了, Next/次回).
// The "## DATE KIND" heading is optional (the caller supplies the date and kind then); items
// are list lines ("- ", "* ", "+ ", "・") or plain lines, and an indented line continues
// the item above it.

// Draft is a parsed draft.
type Draft struct {
	Date     dates.Date // zero when the draft has no "## DATE kind" heading
	DateLine int        // the line of that heading, 0 when there is none
	Kind     string     // the word after the date, "" when none
	Facts    []string
	Requests []DraftRequest // new requests and updates of open ones, in the order written
	Personal []string
	Notes    []string
	Done     []DraftDone
	Next     dates.Date
	NextLine int // line of the Next: line, 0 when there is none
	// NextAt and NextPlace are the time ("15:00", "15:00-16:00") and the place the Next:
	// line gives after its date (次回: 12/16 15:00 休憩室), "" when none.
	NextAt, NextPlace string
	// Intent (stay, unsure, leave) and Mood (1-5) are the 意向: / Intent: and 満足度: /
	// Mood: lines ("" and 0 when the draft gives none), with their lines.
	Intent     string
	IntentLine int
	Mood       int
	MoodLine   int
}

// DraftRequest is a line under Requests: a new request (Update == "") in the --request
// syntax, or an update of an open request, written with its id first.
type DraftRequest struct {
	Request
	Update                             string // the id of the open request to update, "" for a new one
	SetDue, SetPlan, SetReport, SetWho bool   // which parts an update gives
	Line                               int
}

// DraftDone is a line under Done: the id of an open request or milestone, and a note.
type DraftDone struct {
	ID   string
	Note string
	Line int
}

// Empty reports whether the draft holds nothing to log: no item in any section, no next
// date and nothing done (a heading and an empty Next: line, as in an untouched
// template, do not count). An empty draft is an aborted edit.
func (d *Draft) Empty() bool {
	return len(d.Facts)+len(d.Requests)+len(d.Personal)+len(d.Notes)+len(d.Done) == 0 && d.Next.IsZero() &&
		d.Intent == "" && d.Mood == 0
}

// DropUnasked removes the checklist items of the team's questions (follow.yaml's ask:)
// that the writer left as the template offered them: "- [ ] QUESTION" with nothing
// ticked or written. A ticked item ("- [x] …") or one with words after the question is
// kept like any other note.
func (d *Draft) DropUnasked(questions []string) {
	offered := make(map[string]bool, len(questions))
	for _, q := range questions {
		offered[strings.Join(strings.Fields(q), " ")] = true
	}
	keep := func(items []string) []string {
		out := items[:0]
		for _, it := range items {
			rest, box := strings.CutPrefix(it, "[ ]")
			if box && offered[strings.Join(strings.Fields(rest), " ")] {
				continue
			}
			out = append(out, it)
		}
		return out
	}
	d.Facts, d.Personal, d.Notes = keep(d.Facts), keep(d.Personal), keep(d.Notes)
}

// DraftError is one problem in a draft. Key names the message of the catalogue (pkg/i18n);
// Args fill it in. Error gives it in English; callers translate it.
type DraftError struct {
	Line int
	Key  string
	Args []any
}

func (e DraftError) Error() string {
	msg := i18n.T(i18n.EN, e.Key, e.Args...)
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, msg)
	}
	return msg
}

// DraftErrors are all the problems found in a draft, in line order.
type DraftErrors []DraftError

func (es DraftErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

var (
	draftNextRE = &lazy.Regexp{Expr: `^(?:[-*+・]\s*)?(?:\*\*)?(?i:next|次回(?:フォロー|予定|訪問)?)(?:\*\*)?\s*[:：]\s*(.*)$`}
	draftIDRE   = &lazy.Regexp{Expr: `^(?i:[RM]\d+)$`}
	bulletRE    = &lazy.Regexp{Expr: `^(?:[-*+]\s+|[-*+]$|・\s*)`}
)

// DoneNames are the accepted names of the Done section of a draft; the first is written.
var DoneNames = []string{"Done", "完了", "解決", "Closed"}

// IsDraftComment reports whether a draft line is a comment.
func IsDraftComment(line string) bool {
	return line == "#" || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "#\t")
}

// StripDraftComments removes the comment lines of a draft (the other lines keep their
// content; line ends become "\n").
func StripDraftComments(src string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		if !IsDraftComment(l) {
			b.WriteString(l + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// ParseDraft reads a draft. Relative and partial dates (12/10, 2w) are read against today.
// It returns every problem found as DraftErrors, with the line numbers of src.
func ParseDraft(src string, today dates.Date) (*Draft, error) {
	d := &Draft{}
	var errs DraftErrors
	fail := func(line int, key string, args ...any) {
		errs = append(errs, DraftError{Line: line, Key: key, Args: args})
	}
	src = strings.TrimPrefix(src, "\uFEFF")
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	section := "notes"
	headingLine := 0
	// cur is the item being collected, with its section and first line.
	var cur []string
	curSec, curLine := "", 0
	flush := func() {
		if cur == nil {
			return
		}
		text := strings.Join(cur, " ")
		cur = nil
		if text == "" {
			return
		}
		d.add(curSec, text, curLine, today, fail)
	}
	for i, raw := range lines {
		n := i + 1
		line := strings.TrimRight(raw, " \t\r")
		if IsDraftComment(line) {
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
			continue
		case strings.HasPrefix(line, "### ") || line == "###":
			flush()
			h := strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
			s, ok := draftSection(h)
			if !ok {
				fail(n, "draft.section", h)
			}
			section = s
			continue
		case strings.HasPrefix(line, "## ") || line == "##":
			flush()
			h := strings.TrimSpace(strings.TrimPrefix(trimmed, "##"))
			if headingLine > 0 {
				fail(n, "draft.twoheading", "## "+h)
				continue
			}
			headingLine = n
			section = "notes"
			first, rest, _ := strings.Cut(strings.ReplaceAll(h, "\u3000", " "), " ")
			date, err := dates.ParseNear(first, today, dates.Past)
			if err != nil {
				fail(n, "draft.heading", "## "+h, err)
				continue
			}
			d.Date, d.DateLine = date, n
			d.Kind, _, _ = strings.Cut(strings.TrimSpace(rest), " ")
			continue
		}
		if m := draftNextRE.Get().FindStringSubmatch(trimmed); m != nil {
			flush()
			if d.NextLine > 0 {
				fail(n, "draft.twonext", d.NextLine)
				continue
			}
			d.NextLine = n
			val := strings.TrimSpace(m[1])
			if val == "" {
				continue // the caller decides whether a next date is required
			}
			a, err := dates.ParseAppointmentNear(strings.Trim(val, "*"), today, dates.Future)
			if err != nil {
				fail(n, "draft.next", trimmed, err)
				continue
			}
			d.Next, d.NextAt, d.NextPlace = a.Date, a.Clock(), a.Place
			continue
		}
		// A list item whose value cannot be read stays an item, as in the log ("- 意向:
		// 来年も続けたいとのこと" is a note).
		if which, label, val, ok := matchPulseLine(trimmed); ok && (val == "" || pulseValid(which, val) || bulletRE.Get().FindStringIndex(trimmed) == nil) {
			flush()
			d.pulse(which, label, val, n, fail)
			continue
		}
		if loc := bulletRE.Get().FindStringIndex(trimmed); loc != nil {
			flush()
			cur, curSec, curLine = []string{strings.TrimSpace(trimmed[loc[1]:])}, section, n
			continue
		}
		if cur != nil && (strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t")) {
			cur = append(cur, trimmed)
			continue
		}
		flush()
		cur, curSec, curLine = []string{trimmed}, section, n
	}
	flush()
	if len(errs) > 0 {
		return d, errs
	}
	return d, nil
}

// pulse reads an intent or mood line of a draft; an empty value gives none (the lines of
// an untouched template are empty).
func (d *Draft) pulse(which int, label, val string, line int, fail func(int, string, ...any)) {
	at := &d.IntentLine
	if which == pulseMood {
		at = &d.MoodLine
	}
	if *at > 0 {
		fail(line, "draft.twopulse", label, *at)
		return
	}
	*at = line
	if val == "" {
		return
	}
	if which == pulseIntent {
		code, ok := ParseIntent(val)
		if !ok {
			fail(line, "draft.intent", label, val)
			return
		}
		d.Intent = code
		return
	}
	m, err := ParseMood(val)
	if err != nil {
		fail(line, "draft.mood", label, val)
		return
	}
	d.Mood = m
}

func (d *Draft) add(section, text string, line int, today dates.Date, fail func(int, string, ...any)) {
	switch section {
	case "facts":
		d.Facts = append(d.Facts, text)
	case "personal":
		d.Personal = append(d.Personal, text)
	case "notes":
		d.Notes = append(d.Notes, text)
	case "requests":
		q, err := parseDraftRequest(text, today)
		if err != nil {
			if de, ok := err.(DraftError); ok {
				de.Line = line
				fail(line, de.Key, de.Args...)
			} else {
				fail(line, "draft.request", err)
			}
			return
		}
		q.Line = line
		d.Requests = append(d.Requests, q)
	case "done":
		word, rest, _ := strings.Cut(strings.ReplaceAll(text, "\u3000", " "), " ")
		word = strings.TrimRight(textfold.Input(word), ":：,、")
		if !draftIDRE.Get().MatchString(word) {
			fail(line, "draft.doneid", text)
			return
		}
		id := strings.ToUpper(word)
		for _, x := range d.Done {
			if x.ID == id {
				fail(line, "draft.donetwice", id)
				return
			}
		}
		note := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), ":：-–—"))
		d.Done = append(d.Done, DraftDone{ID: id, Note: note, Line: line})
	}
}

// parseDraftRequest reads a line under Requests: "R1; due 12/20; plan ..." updates the
// open request R1 (any text after the id is for the reader), anything else is a new
// request in the --request syntax.
func parseDraftRequest(text string, today dates.Date) (DraftRequest, error) {
	norm := strings.ReplaceAll(text, "；", ";")
	first, _, _ := strings.Cut(norm, ";")
	word, _, _ := strings.Cut(strings.TrimSpace(strings.ReplaceAll(first, "\u3000", " ")), " ")
	word = strings.TrimRight(textfold.Input(word), ":：")
	if !draftIDRE.Get().MatchString(word) || strings.ToUpper(word[:1]) != "R" {
		q, err := ParseRequestArg(text, today)
		if err != nil {
			return DraftRequest{}, err
		}
		return DraftRequest{Request: q}, nil
	}
	id := strings.ToUpper(word)
	u := DraftRequest{Update: id}
	u.ID = id
	// Reuse the --request reader for the parts: give it a placeholder text, and a due
	// date when the update does not change it.
	parts := strings.TrimPrefix(norm, first)
	given := partKeys(parts)
	if given["from"] || given["complaint"] {
		return u, DraftError{Key: "draft.updatekind", Args: []any{id}}
	}
	probe := "x" + parts
	if !given["due"] {
		probe += "; due " + today.String()
	} else {
		u.SetDue = true
	}
	q, err := ParseRequestArg(probe, today)
	if err != nil {
		return u, DraftError{Key: "draft.request", Args: []any{strings.Replace(err.Error(), fmt.Sprintf("%q", probe), fmt.Sprintf("%q", text), 1)}}
	}
	if u.SetDue {
		u.Due = q.Due
	}
	if q.Plan != "" {
		u.SetPlan, u.Plan = true, q.Plan
	}
	if !q.Report.IsZero() {
		u.SetReport, u.Report, u.How = true, q.Report, q.How
	}
	if given["who"] {
		u.SetWho, u.Who = true, q.Who
	}
	if !u.SetDue && !u.SetPlan && !u.SetReport && !u.SetWho {
		return u, DraftError{Key: "draft.update", Args: []any{id}}
	}
	return u, nil
}

// partKeys are the keys of the ";"-separated parts (due, plan, report, from, who,
// complaint) that are given.
func partKeys(parts string) map[string]bool {
	keys := map[string]bool{}
	for _, p := range strings.Split(parts, ";") {
		if p = strings.TrimSpace(strings.ReplaceAll(p, "\u3000", " ")); p != "" {
			if k, _ := requestPart(p); k != "" {
				keys[k] = true
			}
		}
	}
	return keys
}

// draftSection maps a ### heading to its section; ok is false for an unknown name.
func draftSection(h string) (string, bool) {
	if nameIn(h, DoneNames) {
		return "done", true
	}
	switch s := subsection(h); s {
	case "facts", "requests", "personal":
		return s, true
	}
	if nameIn(h, NotesNames) {
		return "notes", true
	}
	return "notes", false
}

func nameIn(h string, names []string) bool {
	h = strings.ToLower(strings.TrimSpace(h))
	for _, n := range names {
		n = strings.ToLower(n)
		if h == n || strings.HasPrefix(h, n+" ") || strings.HasPrefix(h, n+"（") || strings.HasPrefix(h, n+"(") || strings.HasPrefix(h, n+":") {
			return true
		}
	}
	return false
}
