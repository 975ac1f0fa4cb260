package record

import (
	"bytes"
	"strings"
)

// The markdown-ambiguous warnings: lines that a markdown renderer (GitHub, an editor's
// preview) reads differently from follow, so that what people see is not what follow
// reads (docs/FORMAT.md section 3). mdCheck follows the one thing markdown carries from
// line to line that follow does not: which paragraph is open, and whether it belongs to a
// list item.

// RuleMarkdownAmbiguous is the rule of these warnings.
const RuleMarkdownAmbiguous = "markdown-ambiguous"

// mdPara is the paragraph markdown has open after a line.
type mdPara uint8

const (
	mdNone mdPara = iota // none: after a blank line, a heading, a rule, a code block, ...
	mdTop                // a paragraph outside lists
	mdItem               // the paragraph of a list item
)

type mdCheck struct {
	para    mdPara
	itemCol int // mdItem: the column where the item's text starts
	lazy    bool
	// wide: the lines right above are blank lines holding full-width spaces, which markdown
	// reads as text; wideFrom is the paragraph open before the first of them.
	wide     bool
	wideFrom mdPara
	// The line above, for the message about an underlined entry heading.
	prevStart, prevEnd int
}

// warn reports a warning at byte col of the line starting at lineStart.
func (m *mdCheck) warn(s *bodyScanner, lineStart, col, line int, msg string) {
	s.addProblem(lineStart, lineStart+col, line, SevWarning, RuleMarkdownAmbiguous, msg)
}

// warnWide reports a warning on a line (starting at lineStart) that holds only full-width
// spaces.
func (m *mdCheck) warnWide(s *bodyScanner, lineStart, line int, msg string) {
	m.warn(s, lineStart, 0, line, "this line holds only full-width spaces (U+3000): follow reads it as a blank line, markdown as text, "+msg+"; make it an empty line (follow fmt does)")
}

// firstByte returns b[i], or 0 past its end.
func firstByte(b []byte, i int) byte {
	if i < len(b) {
		return b[i]
	}
	return 0
}

// check looks at one classified line (text without its line end, starting at lineStart on
// file line line) and reports the warnings on it.
func (m *mdCheck) check(s *bodyScanner, l *bodyLine, text []byte, lineStart, line int) {
	prevStart, prevEnd := m.prevStart, m.prevEnd
	m.prevStart, m.prevEnd = lineStart, lineStart+len(text)
	wide, wideFrom := m.wide, m.wideFrom
	m.wide = false

	if c := firstByte(text, l.lead); (c == '-' || c == '=') && l.ind <= 3 && setextUnderline(text[l.lead:]) {
		switch {
		case wide:
			m.warnWide(s, prevStart, line-1, "which the line below underlines as a heading")
			m.para = mdNone
			return
		case m.para == mdTop, m.para == mdItem && l.ind >= m.itemCol && l.ind < m.itemCol+4:
			m.warn(s, lineStart, l.lead, line, underlineMessage(c, trimSpace(s.r.Src[prevStart:prevEnd])))
			m.para = mdNone
			return
		}
	}

	switch l.kind {
	case lineBlank:
		if !l.wide {
			m.para = mdNone
			break
		}
		if !wide {
			m.wideFrom = m.para
		} else {
			m.wideFrom = wideFrom
		}
		m.wide = true
		if m.para == mdNone {
			m.para = mdTop // a paragraph of full-width spaces
		}
	case lineText:
		c := text[l.lead]
		switch {
		case wide && wideFrom != mdNone:
			m.warnWide(s, prevStart, line-1, "and joins the lines above and below it")
		case m.para == mdItem && l.lead == 0 && !bytes.HasPrefix(text, ideographicSpace) && c != '>' && c != '<':
			if !m.lazy {
				m.warn(s, lineStart, 0, line, "markdown joins this line to the list item above (a lazy continuation line), follow reads it as a line of its own: leave a blank line above it, or indent it to continue the item")
			}
			m.lazy = true
			return
		}
		m.lazy = false
		if c == '>' || c == '<' {
			m.para = mdNone // a block quote or HTML: not a paragraph follow's checks know
		} else if m.para != mdItem {
			m.para = mdTop
		}
	case lineCont:
		if wide && wideFrom != mdNone {
			m.warnWide(s, prevStart, line-1, "and joins the lines above and below it")
		}
		if m.para == mdNone && l.ind < m.itemCol {
			m.para = mdTop // under an empty item, markdown starts a paragraph outside it
		} else {
			m.para = mdItem
		}
	case lineItem:
		if m.para == mdTop && !wide && (l.num > 1 || l.num == 0 || (l.from == len(text) && text[l.lead] != '-')) {
			m.warn(s, lineStart, l.lead, line, "markdown reads this line as part of the paragraph above, not as a list item (a list can interrupt a paragraph only with text after -, * or + or 1.): leave a blank line above it")
			break
		}
		m.lazy = false
		if l.from == len(text) {
			m.para, m.itemCol = mdNone, l.ind+2
			break
		}
		m.para, m.itemCol = mdItem, l.ind+(l.from-l.lead)
	default:
		m.para = mdNone
		m.lazy = false
	}
}

// setextUnderline reports whether rest (a line after an indentation of at most 3
// columns, starting with = or -) is a setext heading underline to markdown: a run of = or
// a run of -, then only spaces and tabs.
func setextUnderline(rest []byte) bool {
	return isBlank(rest[run(rest, rest[0]):])
}

// underlineMessage is the warning on a line that underlines the text above as a heading.
func underlineMessage(ch byte, above []byte) string {
	u := "---"
	if ch == '=' {
		u = "==="
	}
	if first, _, _ := strings.Cut(string(above), " "); ch == '-' && looksLikeDate(first) {
		return "markdown reads the line above as a heading underlined with " + u + ", but follow reads an entry only from a heading \"## YYYY-MM-DD kind\": write \"## " + string(above) + "\""
	}
	return "markdown reads the line above as a heading underlined with " + u + ", follow reads it as text: leave a blank line between them (for a rule, *** needs none)"
}
