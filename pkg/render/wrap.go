package render

import "strings"

// Wrap breaks s (one line of text, cleaned as OneLine cleans it) into lines of at most
// width cells, so that text which must be read whole (a request's plan) is shown whole
// rather than cut. It breaks after a space (ASCII or full-width, dropped at the end of a
// line), and between two characters either of which is full-width (Japanese has no
// spaces between words), but never before closing punctuation (、。）」ー っ ...) nor after
// an opening bracket (（「『 ...): the rules of 禁則処理. A word of narrow characters is
// kept whole unless it is wider than a line by itself. width <= 0, or s narrower than
// width, gives s unchanged.
func Wrap(s string, width int) []string {
	if width <= 0 || Width(s) <= width {
		return []string{s}
	}
	rs := []rune(s)
	ws := make([]int, len(rs))
	for i, r := range rs {
		ws[i] = Width(string(r))
	}
	var lines []string
	start := 0
	for start < len(rs) {
		w, brk, end := 0, -1, len(rs)
		for i := start; i < len(rs); i++ {
			if i > start && breakBefore(rs, ws, i) {
				brk = i
			}
			if w+ws[i] > width && i > start && !isSpace(rs[i]) { // spaces may hang: they are dropped
				end = i
				if brk > start {
					end = brk
				}
				break
			}
			w += ws[i]
		}
		if line := strings.TrimRight(string(rs[start:end]), " \u3000"); line != "" {
			lines = append(lines, line)
		}
		start = end
		for start < len(rs) && isSpace(rs[start]) {
			start++
		}
	}
	return lines
}

// breakBefore reports whether a line may break before rs[i].
func breakBefore(rs []rune, ws []int, i int) bool {
	prev, cur := rs[i-1], rs[i]
	switch {
	case isSpace(cur):
		return false // break after the spaces, not before them
	case isSpace(prev):
		return true
	case strings.ContainsRune(noLineStart, cur) || strings.ContainsRune(noLineEnd, prev):
		return false
	}
	return ws[i-1] == 2 || ws[i] == 2
}

func isSpace(r rune) bool { return r == ' ' || r == '\u3000' }

// The characters no line starts with, and those no line ends with (行頭・行末禁則).
const (
	noLineStart = "、。，．,.)）]］」』】〕〉》”’!！?？:：;；・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々…"
	noLineEnd   = "(（[［「『【〔〈《“‘"
)

// wrapIndent writes s wrapped to width cells (Wrap), its first line after first and the
// others after as many spaces as first is wide.
func wrapIndent(out *Text, first, s string, width int) {
	pad := strings.Repeat(" ", Width(first))
	avail := 0
	if width > 0 {
		avail = max(width-Width(first), 10)
	}
	for i, l := range Wrap(s, avail) {
		if i == 0 {
			out.WriteString(first + l + "\n")
		} else {
			out.WriteString(pad + l + "\n")
		}
	}
}
