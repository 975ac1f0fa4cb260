package record

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/textfold"
)

// The body is read line by line, by the grammar docs/FORMAT.md section 3 states: every
// line is one of the kinds below, decided by its first characters and, for a few, by the
// lines above it (an open code block or comment, the list item a continuation continues).
// Markdown renderers read most bodies the same way; where they would not, the scanner
// reports a markdown-ambiguous warning (mdcheck.go). goldmark, a CommonMark parser, is the
// test oracle (bodyref_test.go): FuzzBodyScan compares the two wherever the body holds
// nothing FORMAT.md lists as read differently.

// lineKind is what a line of the body is.
type lineKind uint8

const (
	lineBlank   lineKind = iota // nothing but spaces, tabs and full-width spaces
	lineText                    // a paragraph line: anything else
	lineItem                    // a list item: - * + or 1. 1) at any indentation
	lineCont                    // an indented line right under a list item or continuation
	lineHeading                 // # to ###### then a space, a tab or the end
	lineRule                    // three or more of one of - * _ (a thematic break)
	lineFence                   // ``` or ~~~: opens or closes a code block
	lineCode                    // a line inside a code block
	lineComment                 // a line of an HTML comment, <!-- to -->
)

// bodyLine is one line, classified.
type bodyLine struct {
	kind  lineKind
	ind   int  // columns of indentation: spaces and tabs, a tab to the next multiple of 4
	lead  int  // bytes of indentation
	level int  // lineHeading: 1 to 6
	from  int  // lineItem: the byte where its text starts (len of the line when it has none)
	num   int  // lineItem: the number of a numbered item, -1 for a bullet
	wide  bool // lineBlank: it holds a full-width space (U+3000), which markdown does not take for blank
}

// lineReader classifies the lines of a body one after another.
type lineReader struct {
	fence    byte // the open code block's fence character, 0 when none is open
	fenceLen int
	comment  bool     // an HTML comment is open
	prev     lineKind // the kind of the line before
}

// classify sets l to what text (a line without its line end) is, given the lines before it.
func (lr *lineReader) classify(text []byte, l *bodyLine) {
	lr.kindOf(text, l)
	lr.prev = l.kind
}

func (lr *lineReader) kindOf(text []byte, l *bodyLine) {
	ind, lead := 0, 0
	for lead < len(text) && (text[lead] == ' ' || text[lead] == '\t') {
		if text[lead] == '\t' {
			ind += 4 - ind%4
		} else {
			ind++
		}
		lead++
	}
	*l = bodyLine{ind: ind, lead: lead}
	rest := text[lead:]
	if lr.fence != 0 {
		// Only a closing fence ends a code block: indented 3 columns at most, at least as
		// many fence characters as the opening one, nothing but spaces and tabs after them.
		l.kind = lineCode
		if l.ind <= 3 {
			n := run(rest, lr.fence)
			if n >= lr.fenceLen && isBlank(rest[n:]) {
				lr.fence = 0
				l.kind = lineFence
			}
		}
		return
	}
	if lr.comment {
		l.kind = lineComment
		lr.comment = bytes.Index(text, commentEnd) < 0
		return
	}
	if len(rest) == 0 {
		l.kind = lineBlank
		return
	}
	if rest[0] == 0xE3 { // perhaps U+3000
		if b, wide := blankWide(rest); b {
			l.kind, l.wide = lineBlank, wide
			return
		}
	}
	if l.ind <= 3 {
		switch c := rest[0]; {
		case c == '`' || c == '~':
			if n := run(rest, c); n >= 3 && (c == '~' || bytes.IndexByte(rest[n:], '`') < 0) {
				lr.fence, lr.fenceLen = c, n
				l.kind = lineFence
				return
			}
		case c == '<':
			if bytes.HasPrefix(rest, commentStart) {
				l.kind = lineComment
				lr.comment = bytes.Index(rest, commentEnd) < 0
				return
			}
		case c == '#':
			if n := run(rest, '#'); n <= 6 && (n == len(rest) || rest[n] == ' ' || rest[n] == '\t') {
				l.kind, l.level = lineHeading, n
				return
			}
		}
		if isRule(rest) {
			l.kind = lineRule
			return
		}
	}
	if from, num, ok := listMarker(rest); ok {
		l.kind, l.from, l.num = lineItem, l.lead+from, num
		return
	}
	if (lr.prev == lineItem || lr.prev == lineCont) && (l.lead > 0 || bytes.HasPrefix(rest, ideographicSpace)) {
		l.kind = lineCont
		return
	}
	l.kind = lineText
}

var (
	commentStart     = []byte("<!--")
	commentEnd       = []byte("-->")
	ideographicSpace = []byte("\u3000")
)

// run returns how many times b starts with c.
func run(b []byte, c byte) int {
	n := 0
	for n < len(b) && b[n] == c {
		n++
	}
	return n
}

// isBlank reports whether b holds only spaces and tabs.
func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// blankWide reports whether b holds only spaces, tabs and full-width spaces, and whether
// it holds a full-width space.
func blankWide(b []byte) (blank, wide bool) {
	for i := 0; i < len(b); {
		switch {
		case b[i] == ' ' || b[i] == '\t':
			i++
		case bytes.HasPrefix(b[i:], ideographicSpace):
			wide = true
			i += len(ideographicSpace)
		default:
			return false, false
		}
	}
	return true, wide
}

// isRule reports whether rest (a line after its indentation) is a thematic break: three or
// more of one of - * _, with spaces and tabs between and after them only.
func isRule(rest []byte) bool {
	mark := rest[0]
	if mark != '-' && mark != '*' && mark != '_' {
		return false
	}
	count := 0
	for _, c := range rest {
		switch c {
		case mark:
			count++
		case ' ', '\t':
		default:
			return false
		}
	}
	return count >= 3
}

// listMarker reports whether rest (a line after its indentation) starts with a list marker
// (- * + or 1 to 9 digits and . or )) followed by a space, a tab or the end of the line;
// from is where the item's text starts (after the spaces and tabs that follow the marker),
// num the number of a numbered item or -1.
func listMarker(rest []byte) (from, num int, ok bool) {
	n, num := 0, -1
	switch c := rest[0]; {
	case c == '-' || c == '*' || c == '+':
		n = 1
	case c >= '0' && c <= '9':
		for n < len(rest) && n < 10 && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n > 9 || n == len(rest) || (rest[n] != '.' && rest[n] != ')') {
			return 0, 0, false
		}
		num, _ = strconv.Atoi(string(rest[:n]))
		n++
	default:
		return 0, 0, false
	}
	if n < len(rest) && rest[n] != ' ' && rest[n] != '\t' {
		return 0, 0, false
	}
	for n < len(rest) && (rest[n] == ' ' || rest[n] == '\t') {
		n++
	}
	return n, num, true
}

// bodyScanner holds the state of one scan of a body.
type bodyScanner struct {
	r         *Record
	entries   []Entry
	probs     []Problem
	cur       Entry
	hasCur    bool
	lastDated int
	sub       string

	// The open list item: the file line where its text starts (0 while it has none) and
	// the text of its lines that are not Next: lines.
	itemOpen bool
	itemLine int
	keep     []string

	itemBlock []Item // free room for the item slices of the entries (addItem)

	md mdCheck // the markdown-ambiguous checks
}

// scanEntries reads the body: its dated entries and the problems in them.
func (r *Record) scanEntries() (entries []Entry, probs []Problem) {
	src := r.Src
	base := min(r.lay.bodyStart, len(src))
	body := src[base:]
	s := bodyScanner{r: r, lastDated: -1}
	if n := bytes.Count(body, []byte("\n## ")); n > 0 || bytes.HasPrefix(body, []byte("## ")) {
		s.entries = make([]Entry, 0, n+1)
	}
	line := 1 + bytes.Count(src[:base], []byte{'\n'})
	var lr lineReader
	var l bodyLine
	for pos := base; pos < len(src); line++ {
		end := len(src)
		next := len(src)
		if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
			end = pos + i
			next = end + 1
		}
		text := src[pos:end]
		if len(text) > 0 && text[len(text)-1] == '\r' {
			text = text[:len(text)-1] // the CR of a CRLF belongs to the line end
		}
		lineStart := pos
		pos = next

		lr.classify(text, &l)
		s.md.check(&s, &l, text, lineStart, line)
		switch l.kind {
		case lineHeading:
			s.finishItem()
			level, htext := atxHeading(text, l.lead)
			s.heading(level, htext, lineStart, lineStart+l.lead, line)
		case lineItem:
			s.finishItem()
			s.startItem(text, l.from, lineStart, line)
		case lineCont:
			s.itemLineText(text, l.lead, lineStart, line)
		case lineText:
			s.finishItem()
			s.paraLine(text, l.lead, lineStart, line)
		default:
			s.finishItem()
		}
	}
	s.finishItem()
	if s.hasCur {
		s.cur.End = len(src)
		s.entries = append(s.entries, s.cur)
	}
	if len(s.entries) == 0 {
		s.entries = nil
	}
	return s.entries, s.probs
}

// trimSpace is bytes.TrimSpace (Unicode white space), faster on text that starts with a
// character outside ASCII: bytes.TrimSpace then decodes every rune at both ends.
func trimSpace(b []byte) []byte {
	for len(b) > 0 {
		c := b[0]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			break
		}
		b = b[n:]
	}
	for len(b) > 0 {
		c := b[len(b)-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			b = b[:len(b)-1]
			continue
		}
		r, n := utf8.DecodeLastRune(b)
		if !unicode.IsSpace(r) {
			break
		}
		b = b[:len(b)-n]
	}
	return b
}

// asciiSpace is unicode.IsSpace on ASCII.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// atxHeading returns the level and text of a heading line (text without its line end,
// lead the bytes of its indentation): the #s, then the text without the spaces and tabs
// around it and without a closing run of #s that follows a space or a tab ("## x ##").
func atxHeading(text []byte, lead int) (int, []byte) {
	level := run(text[lead:], '#')
	h := text[lead+level:]
	for len(h) > 0 && (h[0] == ' ' || h[0] == '\t') {
		h = h[1:]
	}
	for len(h) > 0 && (h[len(h)-1] == ' ' || h[len(h)-1] == '\t') {
		h = h[:len(h)-1]
	}
	j := len(h)
	for j > 0 && h[j-1] == '#' {
		j--
	}
	switch {
	case j == 0:
		return level, nil // only a closing run: "## ##"
	case j < len(h) && (h[j-1] == ' ' || h[j-1] == '\t'):
		h = h[:j]
		for len(h) > 0 && (h[len(h)-1] == ' ' || h[len(h)-1] == '\t') {
			h = h[:len(h)-1]
		}
	}
	return level, h
}

// finishItem ends the open list item and records its text.
func (s *bodyScanner) finishItem() {
	if !s.itemOpen {
		return
	}
	s.itemOpen = false
	var t string
	switch len(s.keep) {
	case 0:
		return
	case 1:
		t = s.keep[0] // already trimmed
	default:
		t = strings.TrimSpace(strings.Join(s.keep, " "))
	}
	s.keep = s.keep[:0]
	if t != "" {
		s.addItem(Item{Text: t, Line: s.itemLine})
	}
}

// startItem opens a list item whose text starts at byte from of text.
func (s *bodyScanner) startItem(text []byte, from, lineStart, line int) {
	if !s.hasCur {
		return // lists before the first entry are not read
	}
	s.itemOpen = true
	s.itemLine = 0
	s.keep = s.keep[:0]
	s.itemLineText(text, from, lineStart, line)
}

// itemLineText reads one line of the open item; from is where its text starts (after the
// marker on the first line, after the indentation on the others).
func (s *bodyScanner) itemLineText(text []byte, from, lineStart, line int) {
	if !s.itemOpen {
		return
	}
	tb := trimSpace(text[from:])
	if len(tb) == 0 {
		return
	}
	first := s.itemLine == 0
	if first {
		s.itemLine = line // the item's text starts here
	}
	t := string(tb)
	// The first line of an item's text is a Next: line only when a date follows, so a
	// topic such as "次回：受験の結果を聞く" stays an item.
	if label, val, ok := matchNextLine(t); ok && (!first || looksLikeDate(strings.Trim(val, "*"))) {
		s.readNext(label, val, lineStart, lineStart+from, line)
		return
	}
	if which, label, val, ok := matchPulseLine(t); ok && s.readPulse(which, label, val, lineStart, lineStart+from, line, first) {
		return
	}
	s.keep = append(s.keep, t)
}

// paraLine reads one paragraph line, indented by lead bytes.
func (s *bodyScanner) paraLine(text []byte, lead, lineStart, line int) {
	if !s.hasCur {
		return
	}
	t := trimSpace(text)
	if len(t) == 0 {
		return
	}
	lt := string(t)
	if label, val, ok := matchNextLine(lt); ok {
		s.readNext(label, val, lineStart, lineStart+lead, line)
		return
	}
	if which, label, val, ok := matchPulseLine(lt); ok {
		s.readPulse(which, label, val, lineStart, lineStart+lead, line, false)
		return
	}
	if label, name, ok := matchAuthorLine(lt); ok && s.sub == "" && s.cur.Author == "" {
		s.cur.setAuthor(label, name, line)
		return
	}
	s.addItem(Item{Text: lt, Line: line})
}

// matchNextLine tells whether t (a trimmed line) is a Next: line and returns its label and
// the word after its colon: optional spaces, an optional list marker (- * + and spaces), an optional **,
// one of the labels, an optional **, optional spaces, : or ：, optional spaces, an
// optional **, optional spaces, then the word (up to the next space, tab, CR, LF or form
// feed). Each optional part is taken when present because what follows it cannot start
// with its first character, so the match is found left to right.
func matchNextLine(t string) (label, val string, ok bool) {
	label, rest, ok := splitNextLine(t)
	if !ok {
		return "", "", false
	}
	j := 0
	for j < len(rest) && !isRESpace(rest[j]) {
		j++
	}
	return label, rest[:j], true
}

// splitNextLine is matchNextLine's reading of t, giving everything after the colon (and the
// spaces and ** after it) instead of its first word.
func splitNextLine(t string) (label, rest string, ok bool) {
	i := skipRESpace(t, 0)
	if i+1 < len(t) && (t[i] == '-' || t[i] == '*' || t[i] == '+') && isRESpace(t[i+1]) {
		i = skipRESpace(t, i+1)
	}
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
	from := i
	switch rest := t[i:]; {
	case strings.HasPrefix(rest, "Next"), strings.HasPrefix(rest, "next"), strings.HasPrefix(rest, "NEXT"):
		i += 4
	case strings.HasPrefix(rest, "次回"):
		i += len("次回")
		for _, suffix := range [...]string{"フォロー", "予定", "訪問"} {
			if strings.HasPrefix(t[i:], suffix) {
				i += len(suffix)
				break
			}
		}
	default:
		return "", "", false
	}
	label = t[from:i]
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
	i = skipRESpace(t, i)
	switch {
	case strings.HasPrefix(t[i:], ":"):
		i++
	case strings.HasPrefix(t[i:], "："):
		i += len("：")
	default:
		return "", "", false
	}
	i = skipRESpace(t, i)
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
	i = skipRESpace(t, i)
	return label, t[i:], true
}

// isRESpace is \s of Go's regexp: [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func skipRESpace(t string, i int) int {
	for i < len(t) && isRESpace(t[i]) {
		i++
	}
	return i
}

// addItem adds an item to the current entry, under the current sub-section. The first item
// of each kind gets a slice of capacity 4 cut from a shared block, so that most entries
// need no allocation for their items.
func (s *bodyScanner) addItem(it Item) {
	var p *[]Item
	switch s.sub {
	case "facts":
		p = &s.cur.Facts
	case "requests":
		p = &s.cur.Requests
	case "personal":
		p = &s.cur.Personal
	default:
		p = &s.cur.Notes
	}
	if *p == nil {
		if len(s.itemBlock) < itemsPerKind {
			// Room for about three kinds of items per entry left, 8 to 64 slices at a time.
			n := min(max(3*(cap(s.entries)-len(s.entries)), 8), 64)
			s.itemBlock = make([]Item, n*itemsPerKind)
		}
		*p = s.itemBlock[:0:itemsPerKind]
		s.itemBlock = s.itemBlock[itemsPerKind:]
	}
	*p = append(*p, it)
}

const itemsPerKind = 4

// addProblem records a problem at off, on the file line line that starts at lineStart.
func (s *bodyScanner) addProblem(lineStart, off, line int, sev Severity, rule, msg string) {
	col := 1 + utf8.RuneCount(s.r.Src[lineStart:off])
	s.probs = append(s.probs, Problem{Line: line, Column: col, Severity: sev, Rule: rule, Msg: msg})
}

// readNext reads the date of a Next: line; label counts among the entry's words.
func (s *bodyScanner) readNext(label, val string, lineStart, off, line int) {
	s.cur.NextLine = line
	if _, lang, ok := LabelTerm(label); ok {
		s.cur.Words.add(lang, line)
	}
	val = strings.Trim(textfold.Input(val), "*")
	d, err := dates.ParseISO(val)
	if err != nil {
		if val == "" {
			s.addProblem(lineStart, off, line, SevError, "next", "Next: line has no date: write Next: YYYY-MM-DD")
		} else {
			s.addProblem(lineStart, off, line, SevError, "next", "Next: "+err.Error())
		}
		return
	}
	s.cur.Next = d
}

// heading handles a heading: level 1 ends the current entry, level 2 starts one, levels 3
// to 6 start a sub-section. off is the offset of its first #, line its file line.
func (s *bodyScanner) heading(level int, text []byte, lineStart, off, line int) {
	text = trimSpace(text)
	if level > 2 {
		if k, ok := exactSubsections.Get()[string(text)]; ok { // no allocation
			s.sub = k
		} else {
			s.sub = subsection(string(text))
		}
		if s.hasCur {
			s.cur.Words.add(termLang(termSection, text), line)
		}
		return
	}
	heading := string(text)
	if s.hasCur {
		s.cur.End = lineStart
		s.entries = append(s.entries, s.cur)
		if !s.cur.Date.IsZero() {
			s.lastDated = len(s.entries) - 1
		}
		s.cur = Entry{}
		s.hasCur = false
	}
	if level == 1 {
		return
	}
	e := Entry{Start: lineStart, Line: line}
	d, rest, sev, msg := readEntryHeading(heading)
	if sev != "" {
		s.addProblem(lineStart, off, line, sev, "heading", msg)
	}
	e.Date = d
	e.Title = strings.TrimSpace(rest)
	e.Kind, _, _ = strings.Cut(e.Title, " ")
	if _, lang, ok := KindTerm(e.Kind); ok {
		e.Words.add(lang, line)
	}
	if s.lastDated >= 0 && !d.IsZero() {
		prev := s.entries[s.lastDated]
		if d.Before(prev.Date) {
			s.addProblem(lineStart, off, line, SevError, "order", "entry "+d.String()+" comes after "+prev.Date.String()+" (line "+strconv.Itoa(prev.Line)+"): keep entries oldest first")
		}
	}
	s.cur = e
	s.hasCur = true
	s.sub = ""
}
