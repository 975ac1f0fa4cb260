package record

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

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

var nextLineRE = regexp.MustCompile(`^\s*(?:[-*+]\s+)?(?:\*\*)?(Next|next|NEXT|次回(?:フォロー|予定|訪問)?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(\S*)`)

// Entries parses the body into its dated sections. Problems are returned for headings that
// are not dated, dates that do not exist, sections out of date order, and bad Next: lines.
// The result is computed once per record (its bytes never change) and shared: callers
// must not modify it.
func (r *Record) Entries() ([]Entry, []Problem) {
	if r.entriesDone {
		return r.entries, r.entryProbs
	}
	r.entries, r.entryProbs = r.parseEntries()
	r.entriesDone = true
	return r.entries, r.entryProbs
}

// parseEntries reads the body with the fast line scanner (bodyscan.go) and falls back to
// goldmark for anything the scanner is not certain about.
func (r *Record) parseEntries() ([]Entry, []Problem) {
	if entries, probs, ok := r.scanEntries(); ok {
		return entries, probs
	}
	return r.parseEntriesGoldmark()
}

// crlfAsSpaceLF returns body with the CR of every CRLF turned into a space, when it has
// any. goldmark does not read every CRLF line as it reads the same line with LF: "*" then
// CRLF is a paragraph to it, "*" then LF (or the end of the file) an empty list item, so a
// record's last line would change meaning when follow new appends after it. A space before
// the line end means nothing to the block structure, and every offset stays the same.
func crlfAsSpaceLF(body []byte) []byte {
	if bytes.Index(body, []byte("\r\n")) < 0 {
		return body
	}
	out := bytes.Clone(body)
	for i := 0; i+1 < len(out); i++ {
		if out[i] == '\r' && out[i+1] == '\n' {
			out[i] = ' '
		}
	}
	return out
}

// parseEntriesGoldmark parses the body with goldmark and walks its top-level blocks. It is
// the reference: the scanner must give the same result wherever it answers (FuzzBodyScan).
func (r *Record) parseEntriesGoldmark() ([]Entry, []Problem) {
	body := r.Src[r.lay.bodyStart:]
	base := r.lay.bodyStart
	doc := goldmark.DefaultParser().Parse(text.NewReader(crlfAsSpaceLF(body)))
	var entries []Entry
	var probs []Problem
	var cur *Entry
	lastDated := -1 // index in entries of the last entry with a valid date
	sub := ""
	addProblem := func(off int, sev Severity, rule, msg string) {
		// The line by binary search, not by counting from the start of the file: a long
		// body full of problems would otherwise take time quadratic in its size.
		if off > len(r.Src) {
			off = len(r.Src)
		}
		line, col := r.lineOf(off), 1+utf8.RuneCount(r.Src[lineStartAt(r.Src, off):off])
		probs = append(probs, Problem{Line: line, Column: col, Severity: sev, Rule: rule, Msg: msg})
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch b := n.(type) {
		case *ast.Heading:
			off := base + blockStart(b, body)
			heading := strings.TrimSpace(string(blockText(b, body)))
			atx := bytes.HasPrefix(bytes.TrimLeft(r.Src[lineStartAt(r.Src, off):], " "), []byte("#"))
			if b.Level <= 2 {
				if cur != nil {
					cur.End = lineStartAt(r.Src, off)
					entries = append(entries, *cur)
					if !cur.Date.IsZero() {
						lastDated = len(entries) - 1
					}
					cur = nil
				}
				if b.Level == 1 {
					continue
				}
				if !atx {
					addProblem(off, SevWarning, "heading", "write entry headings as \"## YYYY-MM-DD kind\", not underlined with ---")
				}
				e := Entry{Start: lineStartAt(r.Src, off), Line: r.lineOf(off)}
				first, rest, _ := strings.Cut(heading, " ")
				d, err := dates.ParseISO(textfold.Input(first))
				if err != nil {
					if looksLikeDate(first) {
						addProblem(off, SevError, "heading", "entry heading "+strings.TrimPrefix(err.Error(), "")+": write ## YYYY-MM-DD kind")
					} else {
						addProblem(off, SevError, "heading", "entry heading \""+heading+"\" must start with a date: ## YYYY-MM-DD kind")
					}
				} else if textfold.Input(first) != first {
					addProblem(off, SevWarning, "heading", "entry heading date is written with full-width characters; write "+d.String())
				}
				e.Date = d
				e.Title = strings.TrimSpace(rest)
				e.Kind, _, _ = strings.Cut(e.Title, " ")
				if lastDated >= 0 && !d.IsZero() {
					prev := entries[lastDated]
					if d.Before(prev.Date) {
						addProblem(off, SevError, "order", "entry "+d.String()+" comes after "+prev.Date.String()+" (line "+strconv.Itoa(prev.Line)+"): keep entries oldest first")
					}
				}
				cur = &e
				sub = ""
				continue
			}
			sub = subsection(heading)
		case *ast.List:
			if cur == nil {
				continue
			}
			for li := b.FirstChild(); li != nil; li = li.NextSibling() {
				c := li.FirstChild()
				if c == nil {
					continue
				}
				off := base + blockStart(c, body)
				if c.Kind() != ast.KindTextBlock && c.Kind() != ast.KindParagraph {
					// The item's text is itself block syntax ("- 1. x", "- > x", "- # x"):
					// keep the raw first line after the item's own marker.
					cur.addItem(sub, Item{Text: rawItemText(r.Src, off), Line: r.lineOf(off)})
					continue
				}
				// A Next: line written right under a list continues its last item (a lazy
				// continuation line); it is still the entry's Next: line.
				var keep []string
				lines := c.Lines()
				for i := 0; lines != nil && i < lines.Len(); i++ {
					seg := lines.At(i)
					lt := strings.TrimSpace(string(seg.Value(body)))
					// The first line of an item is a Next: line only when a date follows, so
					// a topic such as "次回：受験の結果を聞く" stays an item.
					if m := nextLineRE.FindStringSubmatch(lt); m != nil && (i > 0 || looksLikeDate(strings.Trim(m[2], "*"))) {
						r.readNext(cur, m[2], base+seg.Start, addProblem)
						continue
					}
					keep = append(keep, lt)
				}
				if t := strings.TrimSpace(strings.Join(keep, " ")); t != "" {
					cur.addItem(sub, Item{Text: t, Line: r.lineOf(off)})
				}
			}
		case *ast.Paragraph:
			if cur == nil {
				continue
			}
			lines := b.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				t := strings.TrimSpace(string(seg.Value(body)))
				off := base + seg.Start
				if m := nextLineRE.FindStringSubmatch(t); m != nil {
					r.readNext(cur, m[2], off, addProblem)
					continue
				}
				if t != "" {
					cur.addItem(sub, Item{Text: t, Line: r.lineOf(off)})
				}
			}
		}
	}
	if cur != nil {
		cur.End = len(r.Src)
		entries = append(entries, *cur)
	}
	return entries, probs
}

func (r *Record) readNext(e *Entry, val string, off int, addProblem func(int, Severity, string, string)) {
	e.NextLine = r.lineOf(off)
	val = strings.Trim(textfold.Input(val), "*")
	d, err := dates.ParseISO(val)
	if err != nil {
		if val == "" {
			addProblem(off, SevError, "next", "Next: line has no date: write Next: YYYY-MM-DD")
		} else {
			addProblem(off, SevError, "next", "Next: "+err.Error())
		}
		return
	}
	e.Next = d
}

func (e *Entry) addItem(sub string, it Item) {
	switch sub {
	case "facts":
		e.Facts = append(e.Facts, it)
	case "requests":
		e.Requests = append(e.Requests, it)
	case "personal":
		e.Personal = append(e.Personal, it)
	default:
		e.Notes = append(e.Notes, it)
	}
}

func subsection(heading string) string {
	if k, ok := exactSubsections[heading]; ok {
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
var exactSubsections = func() map[string]string {
	m := map[string]string{}
	for kind, names := range map[string][]string{"facts": FactsNames, "requests": RequestsNames, "personal": PersonalNames, "notes": NotesNames} {
		for _, n := range names {
			m[n] = kind
		}
	}
	return m
}()

var listMarkerRE = regexp.MustCompile(`^[ \t]*(?:[-*+]|[0-9]{1,9}[.)])[ \t]+`)

// rawItemText returns the line holding off without its list marker and line end.
func rawItemText(src []byte, off int) string {
	start := lineStartAt(src, off)
	end := bytes.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	line := strings.TrimRight(string(src[start:start+end]), "\r")
	return strings.TrimSpace(listMarkerRE.ReplaceAllString(line, ""))
}

func looksLikeDate(s string) bool {
	s = textfold.Input(s)
	return len(s) >= 8 && s[0] >= '0' && s[0] <= '9' && strings.ContainsAny(s, "-/")
}

// blockStart returns the offset (in body) where a block's first line starts.
func blockStart(n ast.Node, body []byte) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	if l := n.Lines(); l != nil && l.Len() > 0 {
		return l.At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if p := blockStart(c, body); p >= 0 {
			return p
		}
	}
	return 0
}

func blockText(n ast.Node, body []byte) []byte {
	var out []byte
	lines := n.Lines()
	if lines == nil {
		return nil
	}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		out = append(out, seg.Value(body)...)
	}
	return out
}

// lineStartAt returns the offset of the start of the line holding off.
func lineStartAt(src []byte, off int) int {
	if off > len(src) {
		off = len(src)
	}
	return bytes.LastIndexByte(src[:off], '\n') + 1
}
