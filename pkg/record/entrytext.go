package record

import (
	"errors"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
)

// EntryText makes markdown written elsewhere (a note kept in another tool) the text of one
// entry: the result, placed under an entry heading, reads back as that one entry and
// leaves the entries after it as they were.
//
// Line ends become LF and blank lines at both ends go. Headings (a # line outside code
// blocks and comments, as the body's grammar reads it) are moved down so that the highest
// becomes level 3 (a sub-section, read as notes unless it is named
// Facts, Requests or Personal): a level-1 heading would end the entry and a level-2
// heading start another one. All of them move by the same number of levels, so the note's
// outline stays, none deeper than level 6. An underlined (setext) heading is written as
// an ATX heading of its new level. Nothing else changes.
//
// It refuses, saying why, text it cannot place in one entry: text that would swallow what
// follows it (an unclosed code block or HTML comment).
func EntryText(md string) (string, error) {
	src := strings.ReplaceAll(md, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	src = trimBlankLines(src)
	out := demoteHeadings(src)
	if !readsAsOneEntry(out) {
		return "", errors.New("the text does not end where it starts: close its code block (```) or HTML comment (<!-- -->)")
	}
	return out, nil
}

// trimBlankLines removes the blank lines at both ends of s, keeping the indentation of
// its first line.
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

// heading is a heading of a note's text: the lines first..last (an ATX heading is one
// line; an underlined one is its text lines and the underline), its level, and for an ATX
// heading where its # run starts.
type heading struct {
	first, last, level int
	atx                bool
	hashes             int
}

// demoteHeadings moves the headings of src down so that the highest is level 3. Lines are
// read by the body's grammar (lineReader): a # line outside code blocks and comments is a
// heading wherever it stands. A text paragraph underlined with === or --- is the heading a
// markdown renderer shows (follow would read text and a rule, and lint warn about it).
func demoteHeadings(src string) string {
	lines := strings.Split(src, "\n")
	var heads []heading
	var lr lineReader
	var l bodyLine
	para := -1 // the first line of the paragraph open outside lists, -1 when none
	top := 7
	for i, line := range lines {
		b := []byte(line)
		prev := lr.prev
		lr.classify(b, &l)
		if c := firstByte(b, l.lead); para >= 0 && (c == '=' || c == '-') && l.ind <= 3 && setextUnderline(b[l.lead:]) {
			level := 1
			if c == '-' {
				level = 2
			}
			heads = append(heads, heading{first: para, last: i, level: level})
			top, para = min(top, level), -1
			lr.prev = lineRule // the paragraph is closed
			continue
		}
		switch {
		case l.kind == lineHeading:
			heads = append(heads, heading{first: i, last: i, level: l.level, atx: true, hashes: l.lead})
			top, para = min(top, l.level), -1
		case l.kind == lineText && prev != lineText && prev != lineItem && prev != lineCont:
			para = i
		case l.kind != lineText:
			para = -1
		}
	}
	if top >= 3 {
		return src
	}
	shift := 3 - top
	gone := make([]bool, len(lines)) // the text lines and underlines of a setext heading but its first
	for _, h := range heads {
		level := min(h.level+shift, 6)
		if h.atx {
			line := lines[h.first]
			lines[h.first] = line[:h.hashes] + strings.Repeat("#", level) + line[h.hashes+run([]byte(line[h.hashes:]), '#'):]
			continue
		}
		var parts []string
		for _, t := range lines[h.first:h.last] {
			parts = append(parts, strings.TrimSpace(t))
		}
		lines[h.first] = strings.Repeat("#", level) + " " + strings.Join(parts, " ")
		for j := h.first + 1; j <= h.last; j++ {
			gone[j] = true
		}
	}
	var out []string
	for i, l := range lines {
		if !gone[i] {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
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
