package record

// The reference reader of record bodies for the tests: goldmark (a CommonMark parser)
// parses the body and its top-level blocks are walked into entries. It was follow's reader
// before the line scanner (bodyscan.go) became the grammar; it stays as the oracle of
// FuzzBodyScan, which compares the two on the markdown both read alike.

import (
	"bytes"
	"fmt"
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

// pulseLineRE is an intent or mood line, as the scanner's matchPulseLine reads it.
var pulseLineRE = regexp.MustCompile(`^\s*(?:[-*+]\s+)?(?:\*\*)?(Intent|intent|INTENT|意向|Mood|mood|MOOD|満足度)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(\S*)`)

var nextLineRE = regexp.MustCompile(`^\s*(?:[-*+]\s+)?(?:\*\*)?(Next|next|NEXT|次回(?:フォロー|予定|訪問)?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(\S*)`)

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
				d, rest, sev, msg := readEntryHeading(heading)
				if sev != "" {
					addProblem(off, sev, "heading", msg)
				}
				e.Date = d
				e.Title = strings.TrimSpace(rest)
				e.Kind, _, _ = strings.Cut(e.Title, " ")
				if _, lang, ok := KindTerm(e.Kind); ok {
					e.Words.add(lang, e.Line)
				}
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
			if _, lang, ok := SectionTerm(heading); ok && cur != nil {
				cur.Words.add(lang, r.lineOf(off))
			}
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
						r.readNext(cur, m[1], m[2], base+seg.Start, addProblem)
						continue
					}
					if m := pulseLineRE.FindStringSubmatch(lt); m != nil && r.refPulse(cur, m[1], m[2], base+seg.Start, i == 0, addProblem) {
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
					r.readNext(cur, m[1], m[2], off, addProblem)
					continue
				}
				if m := pulseLineRE.FindStringSubmatch(t); m != nil {
					r.refPulse(cur, m[1], m[2], off, false, addProblem)
					continue
				}
				if label, name, ok := matchAuthorLine(t); ok && sub == "" && cur.Author == "" {
					cur.setAuthor(label, name, r.lineOf(off))
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

// refPulse reads an intent or mood line as the reference: false when it is the first
// line of a list item and its value cannot be read (the line stays an item).
func (r *Record) refPulse(e *Entry, label, val string, off int, item bool, addProblem func(int, Severity, string, string)) bool {
	for _, stop := range []string{"（", "(", "\u3000", "／", "、"} {
		if k := strings.Index(val, stop); k > 0 {
			val = val[:k]
		}
	}
	val = strings.Trim(val, "*")
	line := r.lineOf(off)
	if strings.EqualFold(label, "intent") || label == "意向" {
		code, ok := ParseIntent(val)
		switch {
		case !ok && item:
			return false
		case !ok:
			addProblem(off, SevError, "intent", fmt.Sprintf("%s: %q is not an intent: write stay, unsure or leave (継続, 迷い, 終了希望)", label, val))
			return true
		}
		e.Intent, e.IntentLine = code, line
	} else {
		m, err := ParseMood(val)
		switch {
		case err != nil && item:
			return false
		case err != nil:
			addProblem(off, SevError, "mood", label+": "+err.Error())
			return true
		}
		e.Mood, e.MoodLine = m, line
	}
	if _, lang, ok := LabelTerm(label); ok {
		e.Words.add(lang, line)
	}
	return true
}

func (r *Record) readNext(e *Entry, label, val string, off int, addProblem func(int, Severity, string, string)) {
	e.NextLine = r.lineOf(off)
	if _, lang, ok := LabelTerm(label); ok {
		e.Words.add(lang, e.NextLine)
	}
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

// readsAlike reports whether follow's grammar and goldmark read body alike by what
// docs/FORMAT.md section 3 says: it holds nothing listed there as read differently, and
// no line the scanner warns about (markdown-ambiguous). It is deliberately plain, line by
// line; FuzzBodyScan compares the two readers wherever it holds. Not compared:
//
//   - control characters other than LF and the CR of a CRLF (a tab, a lone CR, ...), and
//     U+0085, U+2028, U+2029;
//   - a blank line holding a full-width space (markdown: text);
//   - a paragraph line starting with > (a block quote), < other than a comment (HTML) or
//     [ (perhaps a link reference definition, which markdown hides), or indented 4
//     columns or more where no paragraph is open (markdown: indented code);
//   - a nested list item (indented marker), an item whose text starts with block syntax
//     (- # x, - > x, - 1. x, - ``` ...), which markdown nests in the item, and an item
//     with five spaces or more after its marker (markdown: code);
//   - a continuation line starting with block syntax, or, under an empty item, indented
//     less than where the item's text would start (markdown: a paragraph of its own) or
//     4 columns more (markdown: code);
//   - in a list (after an item, up to the next unindented line that is not an item), an
//     indented line that is not a continuation: markdown nests it in the item.
func readsAlike(prefix, body []byte) bool {
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '\r' && (i+1 == len(body) || body[i+1] != '\n'):
			return false
		case c < 0x20 && c != '\n' && c != '\r':
			return false
		case c == 0xC2 && i+1 < len(body) && body[i+1] == 0x85:
			return false
		case c == 0xE2 && i+2 < len(body) && body[i+1] == 0x80 && (body[i+2] == 0xA8 || body[i+2] == 0xA9):
			return false
		}
	}
	_, probs := BodyRecordForTest(prefix, body).scanEntries()
	for _, p := range probs {
		if p.Rule == RuleMarkdownAmbiguous {
			return false
		}
	}
	var lr lineReader
	list, para := false, false
	empty := 0 // after an empty item: the column where its text would start
	for len(body) > 0 {
		text := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			text, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		text = bytes.TrimSuffix(text, []byte("\r"))
		var l bodyLine
		lr.classify(text, &l)
		rest := text[l.lead:]
		if list && l.lead > 0 && l.kind != lineBlank && l.kind != lineCont && l.kind != lineCode {
			return false
		}
		switch l.kind {
		case lineBlank:
			if l.wide {
				return false
			}
			para = false
			continue
		case lineText:
			if c := rest[0]; c == '>' || c == '<' || c == '[' || (l.ind >= 4 && !para) {
				return false
			}
		case lineItem:
			sp := 0
			for l.from-sp > l.lead && text[l.from-sp-1] == ' ' {
				sp++
			}
			if l.lead > 0 || sp > 4 || (l.from < len(text) && !plainStart(text[l.from:])) {
				return false
			}
		case lineCont:
			if !plainStart(trimSpace(rest)) || (empty > 0 && (l.ind < empty || l.ind >= empty+4)) {
				return false
			}
		}
		para = l.kind == lineText || l.kind == lineCont || (l.kind == lineItem && l.from < len(text))
		empty = 0
		if l.kind == lineItem && l.from == len(text) {
			empty = run(rest, rest[0]) + 1 // - * + take one column, 1. and 1) their digits and one
			if rest[0] >= '0' && rest[0] <= '9' {
				empty = len(rest) - len(bytes.TrimLeft(rest, "0123456789")) + 2
			}
		}
		switch {
		case l.kind == lineItem:
			list = true
		case l.lead == 0 && l.kind != lineCode && l.kind != lineCont:
			list = false
		}
	}
	return true
}

// plainStart reports whether rest (a line after its indentation, without its line end, not
// empty) starts plain text for markdown: no block can start with it, nor can it end a
// paragraph or turn one into a heading.
func plainStart(rest []byte) bool {
	if len(rest) == 0 {
		return true
	}
	c := rest[0]
	switch c {
	case '#':
		n := run(rest, '#')
		return n > 6 || (n < len(rest) && rest[n] != ' ' && rest[n] != '\t')
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
		return len(rest) < 3 || rest[1] != c || rest[2] != c
	case '>', '<', '[':
		return false
	}
	if c >= '0' && c <= '9' {
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
