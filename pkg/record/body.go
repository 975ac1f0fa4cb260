package record

import (
	"bytes"
	"strings"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/textfold"
)

// Entry is one dated section of the body: "## YYYY-MM-DD kind [title]".
type Entry struct {
	Date     dates.Date
	Kind     string // the first word after the date: visit, call, renewal, 訪問, ...
	Title    string // the heading text after the date
	Line     int    // file line of the heading
	Start    int    // byte offset of the heading line
	End      int    // byte offset where the next section starts (or the end of the file)
	Facts    []Item // A: facts confirmed (Facts / 確認事項)
	Requests []Item // B: requests (Requests / 相談事項)
	Personal []Item // topics to pick up next time (Personal / 近況)
	Notes    []Item // anything else written as a list or paragraph
	Next     dates.Date
	NextLine int // line of the Next: line, 0 when there is none
	// Intent (stay, unsure, leave) and Mood (1-5) are what the contact's 意向: / Intent: and
	// 満足度: / Mood: lines say ("" and 0 when it has none), with their lines.
	Intent     string
	IntentLine int
	Mood       int
	MoodLine   int
	// Author is who wrote the entry: the name on its By: / 記入: line (the first line
	// under the heading, before any section), "" when it has none.
	Author     string
	AuthorLine int
	// Words are the words of follow in the entry, by language (lang.go).
	Words Words
}

// Item is one line of notes with its file line.
type Item struct {
	Text string
	Line int
}

// Section names accepted for the sub-sections of an entry, English and Japanese. The first
// of each list is what follow writes.
var (
	FactsNames    = []string{"Facts", "確認事項", "事実", "A"}
	RequestsNames = []string{"Requests", "相談事項", "相談", "B"}
	PersonalNames = []string{"Personal", "近況", "話題", "プライベート"}
	NotesNames    = []string{"Notes", "メモ", "備考", "その他"}
)

// ContactKinds are entry kinds that are a follow-up contact with the staff member (as
// opposed to lifecycle lines such as a renewal or a handover).
var ContactKinds = []string{"visit", "call", "mail", "online", "chat", "訪問", "面談", "電話", "メール", "オンライン", "チャット"}

// IsContact reports whether the entry is a contact (visit, call, ...).
func (e Entry) IsContact() bool {
	for _, k := range ContactKinds {
		if strings.EqualFold(e.Kind, k) {
			return true
		}
	}
	return false
}

// Entries parses the body into its dated sections. Problems are returned for headings that
// are not dated, dates that do not exist, sections out of date order, and bad Next: lines.
// The result is computed once per record (its bytes never change) and shared: callers
// must not modify it.
func (r *Record) Entries() ([]Entry, []Problem) {
	if r.entriesDone {
		return r.entries, r.entryProbs
	}
	r.entries, r.entryProbs = r.scanEntries()
	r.entriesDone = true
	return r.entries, r.entryProbs
}

// setAuthor notes the author line of the entry.
func (e *Entry) setAuthor(label, name string, line int) {
	e.Author, e.AuthorLine = name, line
	if _, lang, ok := LabelTerm(label); ok {
		e.Words.add(lang, line)
	}
}

// matchAuthorLine reads a line (trimmed) as the author line of an entry: "By: NAME" or
// "記入: NAME" (also 記入者, BY, a full-width colon). ok is false when it is not one or
// names nobody.
func matchAuthorLine(t string) (label, name string, ok bool) {
	for _, l := range [...]string{"By", "BY", "記入者", "記入"} {
		if !strings.HasPrefix(t, l) {
			continue
		}
		rest := strings.TrimLeft(t[len(l):], " ")
		switch {
		case strings.HasPrefix(rest, ":"):
			rest = rest[1:]
		case strings.HasPrefix(rest, "："):
			rest = rest[len("："):]
		default:
			return "", "", false
		}
		if name = strings.TrimSpace(rest); name == "" {
			return "", "", false
		}
		return l, name, true
	}
	return "", "", false
}

func subsection(heading string) string {
	if k, ok := exactSubsections.Get()[heading]; ok {
		return k
	}
	h := strings.ToLower(strings.TrimSpace(heading))
	h = strings.TrimSuffix(strings.TrimSuffix(h, "(a)"), "(b)")
	match := func(names []string) bool {
		for _, n := range names {
			n = strings.ToLower(n)
			if h == n || strings.HasPrefix(h, n+" ") || strings.HasPrefix(h, n+":") || strings.HasPrefix(h, n+"（") || strings.HasPrefix(h, n+"(") || strings.HasSuffix(h, " "+n) || strings.HasSuffix(h, "："+n) || strings.HasSuffix(h, ":"+n) {
				return true
			}
		}
		return false
	}
	switch {
	case match(FactsNames):
		return "facts"
	case match(RequestsNames):
		return "requests"
	case match(PersonalNames):
		return "personal"
	}
	return "notes"
}

// exactSubsections answers the headings as written most of the time without the loop.
var exactSubsections = &lazy.Value[map[string]string]{New: func() map[string]string {
	m := map[string]string{}
	for kind, names := range map[string][]string{"facts": FactsNames, "requests": RequestsNames, "personal": PersonalNames, "notes": NotesNames} {
		for _, n := range names {
			m[n] = kind
		}
	}
	return m
}}

func looksLikeDate(s string) bool {
	s = textfold.Input(s)
	return len(s) >= 8 && s[0] >= '0' && s[0] <= '9' && strings.ContainsAny(s, "-/")
}

// lineStartAt returns the offset of the start of the line holding off.
func lineStartAt(src []byte, off int) int {
	if off > len(src) {
		off = len(src)
	}
	return bytes.LastIndexByte(src[:off], '\n') + 1
}

// fmtEntryHeading is the text follow fmt writes for the text of an entry heading (before
// it puts the kind in the record's language): runs of spaces, full-width ones too, as one
// space, and the date as YYYY-MM-DD when it can be read.
func fmtEntryHeading(text string) string {
	return canonicalEntryHeading(strings.TrimSpace(spaceRunRE.Get().ReplaceAllString(text, " ")))
}

// readEntryHeading reads the text of an entry heading: the date of its first word (words
// are split at a space or a full-width space), the rest, and what lint says of it (sev ""
// when nothing). The message quotes the heading as written, its invisible characters
// shown (textfold.Visible: ２０２６－１２－０２⟨U+3000⟩訪問), and says what follow fmt
// writes when that fixes it.
func readEntryHeading(heading string) (d dates.Date, rest string, sev Severity, msg string) {
	i := strings.IndexAny(heading, " \u3000")
	first, sep := heading, ""
	if i >= 0 {
		first, rest = heading[:i], heading[i:]
		sep = heading[i : i+1]
		if rest[0] != ' ' {
			sep = "\u3000"
		}
		rest = strings.TrimLeft(rest, " \u3000")
	}
	norm := textfold.Input(first)
	d, err := dates.ParseISO(norm)
	if err == nil && norm == first && sep != "\u3000" {
		return d, rest, "", "" // the usual heading: nothing to quote
	}
	quoted := `"` + textfold.Visible(heading) + `"`
	switch {
	case err != nil && looksLikeDate(first):
		sev, msg = SevError, "entry heading "+quoted+" does not start with a date in the form YYYY-MM-DD: write ## YYYY-MM-DD kind"
	case err != nil:
		sev, msg = SevError, "entry heading "+quoted+" must start with a date: ## YYYY-MM-DD kind"
	case norm != first || sep == "\u3000":
		sev, msg = SevWarning, "entry heading "+quoted+" is written with full-width characters: write ## YYYY-MM-DD kind"
	default:
		return d, rest, "", ""
	}
	if fix := fmtEntryHeading(heading); fix != heading {
		if f, _, _ := strings.Cut(fix, " "); isISODate(f) {
			msg += "; follow fmt rewrites it \"" + fix + "\""
		}
	}
	return d, rest, sev, msg
}

func isISODate(s string) bool {
	_, err := dates.ParseISO(s)
	return err == nil
}
