package record

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/textfold"
)

// The body scanner reads the markdown that follow writes and that people commonly type
// into a record body line by line, without building a syntax tree, and gives exactly what
// parseEntriesGoldmark gives for it. It knows:
//
//   - ATX headings (# to ######, closing #s; indented up to 3 spaces outside lists);
//   - bullet lists with -, * or + at the start of the line, 1 to 4 spaces after the marker
//     and text after them; continuation lines of plain text under an item, indented or not
//     (lazy); blank lines between items;
//   - paragraphs of plain text; blank lines;
//   - fenced code blocks (``` or ~~~ at the start of the line), whose lines it skips, and
//     thematic breaks (***, ---, ___) where no paragraph is open;
//   - LF and CRLF line ends, mixed too.
//
// Plain text is a line whose first character (after the indentation) starts no block:
// anything but > < [ and #, -, +, *, _, =, `, ~ and digits, which are plain only in forms
// such as "#tag", "-5℃", "*強調*", "**太字**", "`code`", "2026-01-10" or "1.5時間".
//
// For anything else it answers ok=false and the caller runs goldmark: falling back is
// always correct, a wrong answer is not. It falls back on: control characters other than
// LF and the CR of a CRLF (tabs, form feeds, a lone CR), U+0085, U+2028 and U+2029; block
// quotes, HTML blocks, link reference definitions (a line starting with [), numbered
// lists, setext underlines and anything else starting with a run of = or -, empty list
// items, 5 or more spaces after a marker, an item whose text starts with block syntax,
// indented list markers (nested lists), indented code, any indented line after a blank
// line inside a list, indented fences, headings indented inside a list, a fence with a
// backtick in its info string, and a thematic break right under a line of text.
//
// Goldmark facts it relies on (v1.8.7; FuzzBodyScan and TestBodyScanRandomLines check
// them, run them again after upgrading goldmark): goldmark's spaces are ' ', '\t', '\r'
// and '\n' only, so a line is blank when it holds nothing else; a paragraph's lines are its
// source lines with leading spaces trimmed (parseEntriesGoldmark trims them again with
// strings.TrimSpace); a list item's first block starts right after the marker's spaces; a
// plain line right under an item continues the item's paragraph whether it is indented or
// not; a block's position is the first byte after its indentation.

type scanState int

const (
	scanIdle      scanState = iota // no paragraph open: start of the body, after a blank line, a heading, a fence or a rule
	scanPara                       // a top-level paragraph is open
	scanItem                       // a list item's paragraph is open
	scanListBlank                  // blank lines after a list item: the list is still open
)

// bodyScanner holds the state of one scan: the same variables as parseEntriesGoldmark.
type bodyScanner struct {
	r         *Record
	entries   []Entry
	probs     []Problem
	cur       Entry
	hasCur    bool
	lastDated int
	sub       string

	// The open list item: its file line and the text of its lines that are not Next: lines.
	itemOpen bool
	itemLine int
	keep     []string

	itemBlock []Item // free room for the item slices of the entries (addItem)
}

// scanEntries is the fast path of Entries. ok is false when the body holds anything the
// scanner is not certain goldmark reads the way it assumes; the results are then nil.
func (r *Record) scanEntries() (entries []Entry, probs []Problem, ok bool) {
	src := r.Src
	base := r.lay.bodyStart
	if base > len(src) {
		return nil, nil, false
	}
	headings, ok := prescan(src[base:])
	if !ok {
		return nil, nil, false
	}
	s := bodyScanner{r: r, lastDated: -1}
	if headings > 0 {
		s.entries = make([]Entry, 0, headings)
	}
	line := 1 + bytes.Count(src[:base], []byte{'\n'})
	state := scanIdle
	var fenceChar byte // the open fenced code block's character, 0 when none is open
	fenceLen := 0
	for pos := base; pos < len(src); line++ {
		end := len(src)
		next := len(src)
		if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
			end = pos + i
			next = end + 1
		}
		raw := src[pos:next] // the line as goldmark sees it, with its line end
		text := src[pos:end]
		if len(text) > 0 && text[len(text)-1] == '\r' {
			text = text[:len(text)-1] // prescan let only the CR of a CRLF through
		}
		lineStart := pos
		pos = next

		ind := 0
		for ind < len(text) && text[ind] == ' ' {
			ind++
		}
		rest := text[ind:]

		if fenceChar != 0 {
			// Inside a fenced code block, only a closing fence matters: indented less than
			// 4 spaces, at least as long as the opening one, nothing but spaces after it.
			if ind < 4 {
				n := 0
				for n < len(rest) && rest[n] == fenceChar {
					n++
				}
				if n >= fenceLen && isBlankText(rest[n:]) {
					fenceChar = 0
					state = scanIdle
				}
			}
			continue
		}

		if len(rest) == 0 { // a blank line
			switch state {
			case scanPara:
				state = scanIdle
			case scanItem:
				s.finishItem()
				state = scanListBlank
			}
			continue
		}

		// A fenced code block opens (it interrupts a paragraph and ends a list).
		if ind == 0 && (rest[0] == '`' || rest[0] == '~') {
			if n, ok := fenceOpen(raw); ok {
				s.finishItem()
				fenceChar, fenceLen = rest[0], n
				state = scanIdle
				continue
			}
		}

		// An ATX heading (it interrupts a paragraph and ends a list).
		if rest[0] == '#' && atxStart(rest) {
			if ind > 3 || (ind > 0 && (state == scanItem || state == scanListBlank)) {
				return nil, nil, false // indented code, paragraph text, or a heading inside an item
			}
			level, htext := atxHeading(raw, ind)
			s.finishItem()
			s.heading(level, htext, lineStart, lineStart+ind, line)
			state = scanIdle
			continue
		}

		// A thematic break where no paragraph is open (under a paragraph --- would be a
		// setext underline).
		if ind == 0 && (state == scanIdle || state == scanListBlank) && thematicBreak(raw) {
			s.finishItem()
			state = scanIdle
			continue
		}

		// A bullet list item at the start of the line.
		if ind == 0 {
			if c, ok := bulletItem(rest); ok {
				s.finishItem()
				s.startItem(text, c, lineStart, line)
				state = scanItem
				continue
			}
		}

		if !plainStart(rest) {
			return nil, nil, false
		}
		switch state {
		case scanIdle:
			if ind >= 4 {
				return nil, nil, false // indented code
			}
			state = scanPara
			s.paraLine(text, ind, lineStart, line)
		case scanPara:
			s.paraLine(text, ind, lineStart, line)
		case scanItem:
			s.itemLineText(text, ind, lineStart, line, false)
		case scanListBlank:
			if ind > 0 {
				return nil, nil, false // a second block inside the item, or a paragraph after it
			}
			state = scanPara
			s.paraLine(text, ind, lineStart, line)
		}
	}
	s.finishItem()
	if s.hasCur {
		s.cur.End = len(src)
		s.entries = append(s.entries, s.cur)
	}
	if len(s.entries) == 0 {
		s.entries = nil // as goldmark's path gives
	}
	return s.entries, s.probs, true
}

// prescan reports whether the body holds no character the scanner leaves to goldmark:
// control characters other than LF and the CR of a CRLF (a tab changes indentation, a lone
// CR is not a line end to goldmark), NEL, LS and PS. It also counts the lines that start
// with "## ", for the capacity of the entries.
func prescan(b []byte) (headings int, ok bool) {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !scanSpecial[c] {
			continue
		}
		switch {
		case c == '#':
			if i+2 < len(b) && b[i+1] == '#' && b[i+2] == ' ' && (i == 0 || b[i-1] == '\n') {
				headings++
			}
		case c == '\n':
		case c == '\r':
			if i+1 == len(b) || b[i+1] != '\n' {
				return 0, false
			}
		case c < 0x20:
			return 0, false
		case c == 0xC2: // U+0085 is C2 85
			if i+1 < len(b) && b[i+1] == 0x85 {
				return 0, false
			}
		case c == 0xE2: // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
			if i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0xA8 || b[i+2] == 0xA9) {
				return 0, false
			}
		}
	}
	return headings, true
}

// scanSpecial marks the bytes prescan looks at more closely.
var scanSpecial = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['#'], t[0xC2], t[0xE2] = true, true, true
	return t
}()

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

// trimSpaceString is trimSpace for a string (strings.TrimSpace), on the same bytes.
func trimSpaceString(s string) string {
	t := trimSpace(unsafe.Slice(unsafe.StringData(s), len(s)))
	if len(t) == 0 {
		return ""
	}
	return unsafe.String(&t[0], len(t))
}

// asciiSpace is unicode.IsSpace on ASCII.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isGMSpace is goldmark's notion of a space (util.IsSpace).
func isGMSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// isBlankText reports whether b (a line without its line end) holds only spaces.
func isBlankText(b []byte) bool {
	for _, c := range b {
		if c != ' ' {
			return false
		}
	}
	return true
}

// atxStart reports whether rest (a line after its indentation, without its line end)
// opens an ATX heading: 1 to 6 #s, then a space or the end of the line.
func atxStart(rest []byte) bool {
	n := 0
	for n < len(rest) && rest[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(rest) || rest[n] == ' ')
}

// atxHeading returns the level and text of an ATX heading line as goldmark's
// atxHeadingParser finds them: raw is the whole line with its line end, ind the width of
// its indentation (spaces). The caller checked atxStart.
func atxHeading(raw []byte, ind int) (int, []byte) {
	i := ind
	for i < len(raw) && raw[i] == '#' {
		i++
	}
	level := i - ind
	if i == len(raw) {
		return level, nil
	}
	l := 0
	for i+l < len(raw) && isGMSpace(raw[i+l]) {
		l++
	}
	start := min(i+l, len(raw)-1)
	hl := raw[start:]
	for len(hl) > 0 && isGMSpace(hl[len(hl)-1]) {
		hl = hl[:len(hl)-1]
	}
	if len(hl) == 0 {
		return level, nil
	}
	stop := len(hl)
	j := stop - 1
	for ; hl[j] == '#' && j > 0; j-- {
	}
	if j == 0 && hl[0] == '#' {
		return level, nil // a closing sequence only: "## ##"
	}
	if j != stop-1 && isGMSpace(hl[j]) {
		stop = j
		for stop > 0 && isGMSpace(hl[stop-1]) {
			stop--
		}
	}
	return level, hl[:stop]
}

// fenceOpen reports whether raw (a line at indentation 0, with its line end) opens a fenced
// code block as goldmark's fencedCodeBlockParser does, and the length of its fence.
func fenceOpen(raw []byte) (int, bool) {
	c := raw[0]
	n := 0
	for n < len(raw) && raw[n] == c {
		n++
	}
	if n < 3 {
		return 0, false
	}
	if c == '`' && n < len(raw)-1 {
		info := raw[n:]
		for len(info) > 0 && isGMSpace(info[0]) {
			info = info[1:]
		}
		if bytes.IndexByte(info, '`') >= 0 {
			return 0, false // a backtick in the info string: not a fence
		}
	}
	return n, true
}

// thematicBreak reports whether raw (a line at indentation 0, with its line end) is a
// thematic break: three or more of one of * - _, with spaces between them only.
func thematicBreak(raw []byte) bool {
	mark := byte(0)
	count := 0
	for _, c := range raw {
		switch {
		case c == ' ' || c == '\r' || c == '\n':
		case mark == 0 && (c == '*' || c == '-' || c == '_'):
			mark, count = c, 1
		case c == mark:
			count++
		default:
			return false
		}
	}
	return count > 2
}

// bulletItem reports whether rest (a line at indentation 0, without its line end) is a list
// item the scanner takes, and where its text starts: -, * or +, 1 to 4 spaces, then plain
// text (which opens the item's paragraph; a line such as "- - -" or "* * *" is not one).
func bulletItem(rest []byte) (int, bool) {
	if len(rest) < 3 || (rest[0] != '-' && rest[0] != '*' && rest[0] != '+') || rest[1] != ' ' {
		return 0, false
	}
	c := 1
	for c < len(rest) && rest[c] == ' ' {
		c++
	}
	if c > 5 || c == len(rest) || !plainStart(rest[c:]) {
		return 0, false
	}
	return c, true
}

// plainStart reports whether rest (a line after its indentation, without its line end, not
// empty) starts plain text for goldmark: no block can start with it, nor can it end a
// paragraph or turn one into a heading.
func plainStart(rest []byte) bool {
	c := rest[0]
	switch c {
	case '#':
		return !atxStart(rest)
	case '-', '+', '_', '=':
		// "-x" is text; "- x", "---", "===", "-" alone are not.
		return len(rest) > 1 && rest[1] != c && rest[1] != ' '
	case '*':
		// "*x" and "**x" are text (emphasis); "* x", "***", "** *" are not.
		j := 1
		if len(rest) > 1 && rest[1] == '*' {
			j = 2
		}
		return len(rest) > j && rest[j] != '*' && rest[j] != ' '
	case '`', '~':
		// Two or fewer are inline code or text; three open a fence (or, with a backtick in
		// the info string, are text the scanner leaves to goldmark).
		return len(rest) < 3 || rest[1] != c || rest[2] != c
	case '>', '<', '[':
		return false // block quote, HTML block, link reference definition
	}
	if c >= '0' && c <= '9' {
		// "1. x", "2)" start an ordered list; "2026-01-10", "1.5時間" are text.
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i < len(rest) && (rest[i] == '.' || rest[i] == ')') && (i+1 == len(rest) || rest[i+1] == ' ') {
			return false
		}
	}
	return true
}

// finishItem ends the open list item: what parseEntriesGoldmark does after the loop over
// the item's lines.
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

// startItem opens a list item whose text starts at byte c of text.
func (s *bodyScanner) startItem(text []byte, c, lineStart, line int) {
	if !s.hasCur {
		return // lists before the first entry are not read
	}
	s.itemOpen = true
	s.itemLine = line
	s.keep = s.keep[:0]
	s.itemLineText(text, c, lineStart, line, true)
}

// itemLineText reads one line of the open item's paragraph; from is where its text starts
// (after the marker on the first line, after the indentation on the others).
func (s *bodyScanner) itemLineText(text []byte, from, lineStart, line int, first bool) {
	if !s.itemOpen {
		return
	}
	t := string(trimSpace(text[from:]))
	// The first line of an item is a Next: line only when a date follows, so a topic such
	// as "次回：受験の結果を聞く" stays an item.
	if val, ok := matchNextLine(t); ok && (!first || looksLikeDate(strings.Trim(val, "*"))) {
		s.readNext(val, lineStart, lineStart+from, line)
		return
	}
	s.keep = append(s.keep, t)
}

// paraLine reads one line of a top-level paragraph, indented by ind spaces.
func (s *bodyScanner) paraLine(text []byte, ind, lineStart, line int) {
	if !s.hasCur {
		return
	}
	t := trimSpace(text)
	if len(t) == 0 {
		return
	}
	lt := string(t)
	if val, ok := matchNextLine(lt); ok {
		s.readNext(val, lineStart, lineStart+ind, line)
		return
	}
	s.addItem(Item{Text: lt, Line: line})
}

// matchNextLine is nextLineRE.FindStringSubmatch(t) without the regexp: ok tells whether
// it matches, val is the second group (the word after the colon). The expression has one
// way to match at most: each optional part is taken when present because what follows it
// cannot start with its first character, so the match is found left to right.
func matchNextLine(t string) (val string, ok bool) {
	i := skipRESpace(t, 0)
	if i+1 < len(t) && (t[i] == '-' || t[i] == '*' || t[i] == '+') && isRESpace(t[i+1]) {
		i = skipRESpace(t, i+1)
	}
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
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
		return "", false
	}
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
		return "", false
	}
	i = skipRESpace(t, i)
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
	i = skipRESpace(t, i)
	j := i
	for j < len(t) && !isRESpace(t[j]) {
		j++
	}
	return t[i:j], true
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

// addItem is Entry.addItem on the current entry. The first item of each kind gets a slice
// of capacity 4 cut from a shared block, so that most entries need no allocation for their
// items (the values are the same; only the capacity differs).
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

// addProblem records a problem at off, on the file line line that starts at lineStart: what
// lineCol gives, without counting the lines before it again.
func (s *bodyScanner) addProblem(lineStart, off, line int, sev Severity, rule, msg string) {
	col := 1 + utf8.RuneCount(s.r.Src[lineStart:off])
	s.probs = append(s.probs, Problem{Line: line, Column: col, Severity: sev, Rule: rule, Msg: msg})
}

// readNext is Record.readNext with the line known.
func (s *bodyScanner) readNext(val string, lineStart, off, line int) {
	s.cur.NextLine = line
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

// heading handles an ATX heading as parseEntriesGoldmark does (an ATX heading never gets
// the setext warning). off is the offset of its first #, line its file line.
func (s *bodyScanner) heading(level int, text []byte, lineStart, off, line int) {
	text = trimSpace(text)
	if level > 2 {
		if k, ok := exactSubsections[string(text)]; ok { // no allocation
			s.sub = k
		} else {
			s.sub = subsection(string(text))
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
	first, rest, _ := strings.Cut(heading, " ")
	norm := textfold.Input(first)
	d, err := dates.ParseISO(norm)
	if err != nil {
		if looksLikeDate(first) {
			s.addProblem(lineStart, off, line, SevError, "heading", "entry heading "+strings.TrimPrefix(err.Error(), "")+": write ## YYYY-MM-DD kind")
		} else {
			s.addProblem(lineStart, off, line, SevError, "heading", "entry heading \""+heading+"\" must start with a date: ## YYYY-MM-DD kind")
		}
	} else if norm != first {
		s.addProblem(lineStart, off, line, SevWarning, "heading", "entry heading date is written with full-width characters; write "+d.String())
	}
	e.Date = d
	e.Title = trimSpaceString(rest)
	e.Kind, _, _ = strings.Cut(e.Title, " ")
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
