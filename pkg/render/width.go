package render

import (
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// cond is the width condition used everywhere in this package. It is fixed on purpose:
// runewidth's default condition follows RUNEWIDTH_EASTASIAN and the locale, which would
// make output (and tests) depend on the environment. Ambiguous-width characters such as
// ①, ※, ○ or "…" count as one cell; full-width CJK counts as two and half-width kana
// as one. StrictEmojiNeutral matches runewidth's own default.
var cond = &runewidth.Condition{EastAsianWidth: false, StrictEmojiNeutral: true}

// Ellipsis is appended by Truncate when it shortens a string. It is one cell wide.
const Ellipsis = "…"

// Width returns the number of terminal cells s occupies: 2 for full-width characters
// (漢字, かな, ＡＢＣ), 1 for ASCII and half-width kana (ｶﾀｶﾅ), 0 for combining marks and
// control characters. Grapheme clusters such as ZWJ emoji sequences and flags count as
// one glyph (at most 2 cells), as go-runewidth measures them.
func Width(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			w++ // printable ASCII: one cell
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !simpleWide(r) {
			return cond.StringWidth(s)
		}
		w += 2
		i += size
	}
	return w
}

// simpleWide reports whether r is a full-width character that is always a grapheme
// cluster of its own, two cells wide: kanji, kana (without the combining sound marks),
// CJK punctuation and full-width forms, what Japanese names, clients and notes are made
// of. Widths of other text come from go-runewidth (TestWidthFastPathMatchesRunewidth
// compares every rune of these ranges with it).
func simpleWide(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK unified ideographs
		return true
	case r >= 0x3041 && r <= 0x3096, r >= 0x309B && r <= 0x30FF: // kana, without U+3099/309A
		return true
	case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x303E: // CJK symbols, without combining marks and U+303F
		return true
	case r >= 0xFF01 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6: // full-width forms
		return true
	}
	return false
}

// Truncate shortens s to at most w cells. When s has to be cut, the result ends with
// Ellipsis and the ellipsis counts towards w. Cuts happen only between grapheme
// clusters, so a wide character or a base letter with its combining marks is never
// split; when a wide character does not fit in the remaining cell the result is one
// cell narrower than w. For w <= 0 the result is "".
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if Width(s) <= w {
		return s
	}
	return cond.Truncate(s, w, Ellipsis)
}

// Snippet is the part of s around s[start:end] (where a search matched) that fits in w
// cells: the match with as much of the text before it as half the room left allows and
// the text after it, with Ellipsis where the text is cut. A text that fits is whole.
func Snippet(s string, start, end, w int) string {
	if Width(s) <= w {
		return s
	}
	room := (w - Width(s[start:end])) / 2 // cells for the text before the match
	cut := start
	if Width(s[:start]) <= room {
		cut = 0
	} else {
		used := Width(Ellipsis)
		for cut > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:cut])
			if used+cond.RuneWidth(r) > room {
				break
			}
			used += cond.RuneWidth(r)
			cut -= size
		}
	}
	head := ""
	if cut > 0 {
		head = Ellipsis
	}
	return head + Truncate(s[cut:], w-Width(head))
}
