package record

import (
	"bytes"
	"errors"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/staffnote/follow/pkg/dates"
)

// EntryText makes markdown written elsewhere (a note kept in another tool) the text of one
// entry: the result, placed under an entry heading, reads back as that one entry and
// leaves the entries after it as they were.
//
// Line ends become LF and blank lines at both ends go. Top-level headings are moved down
// so that the highest becomes level 3 (a sub-section, read as notes unless it is named
// Facts, Requests or Personal): a level-1 heading would end the entry and a level-2
// heading start another one. All of them move by the same number of levels, so the note's
// outline stays, none deeper than level 6. An underlined (setext) heading is written as
// an ATX heading of its new level. Nothing else changes.
//
// It refuses, saying why, text it cannot place in one entry: a heading it cannot move
// (one with no text), or text that would swallow what follows it (an unclosed code block
// or HTML comment).
func EntryText(md string) (string, error) {
	src := strings.ReplaceAll(md, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	src = trimBlankLines(src)
	out, err := demoteHeadings(src)
	if err != nil {
		return "", err
	}
	if !readsAsOneEntry(out) {
		return "", errors.New("the text does not end where it starts: close its code block (```) or HTML comment (<!-- -->)")
	}
	return out, nil
}

// trimBlankLines removes blank lines (and trailing spaces) at both ends of s, keeping the
// indentation of its first line.
func trimBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// demoteHeadings moves the top-level headings of src down so that the highest is level 3.
func demoteHeadings(src string) (string, error) {
	body := []byte(src)
	doc := goldmark.DefaultParser().Parse(text.NewReader(body))
	var heads []*ast.Heading
	top := 7
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok {
			heads = append(heads, h)
			top = min(top, h.Level)
		}
	}
	if top >= 3 {
		return src, nil
	}
	shift := 3 - top
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	for _, h := range heads {
		level := min(h.Level+shift, 6)
		lines := h.Lines()
		if lines == nil || lines.Len() == 0 {
			if h.Level < 3 {
				return "", errors.New("a heading without text (a line of # alone) would end the entry: remove it or give it a title")
			}
			continue
		}
		first := lines.At(0)
		start := lineStartAt(body, first.Start)
		if bytes.HasPrefix(bytes.TrimLeft(body[start:], " "), []byte("#")) { // ATX: ## Title
			lead := len(body[start:]) - len(bytes.TrimLeft(body[start:], " "))
			hashes := start + lead
			end := hashes
			for end < len(body) && body[end] == '#' {
				end++
			}
			edits = append(edits, edit{hashes, end, strings.Repeat("#", level)})
			continue
		}
		// Setext: the text lines, then the underline on the next line.
		var parts []string
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			parts = append(parts, strings.TrimSpace(string(seg.Value(body))))
		}
		last := lines.At(lines.Len() - 1)
		end := lineEndAt(body, last.Start) // end of the last text line
		if end < len(body) {
			end = lineEndAt(body, end+1) // end of the underline
		}
		edits = append(edits, edit{start, end, strings.Repeat("#", level) + " " + strings.Join(parts, " ")})
	}
	var b strings.Builder
	pos := 0
	for _, e := range edits {
		b.Write(body[pos:e.start])
		b.WriteString(e.text)
		pos = e.end
	}
	b.Write(body[pos:])
	return b.String(), nil
}

// lineEndAt returns the offset of the line end (\n, or the end of src) of the line holding off.
func lineEndAt(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(src)
}

// readsAsOneEntry reports whether text, as the body of an entry followed by another entry,
// is read as exactly those two entries.
func readsAsOneEntry(text string) bool {
	const first, second = "2000-01-01", "2000-01-02"
	src := "---\nid: x\n---\n\n## " + first + " note\n\n" + text + "\n\n## " + second + " note\n"
	r, err := Parse("entry.md", []byte(src))
	if err != nil {
		return false
	}
	es, _ := r.Entries()
	d, _ := dates.ParseISO(second)
	return len(es) == 2 && es[1].Date == d
}
