package render

import (
	"strings"

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
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return cond.StringWidth(s)
		}
	}
	return len(s) // printable ASCII: one cell each
}

// PadRight returns s followed by as many spaces as are needed to make it w cells wide.
// A string already w cells or wider is returned unchanged (never truncated).
func PadRight(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// PadLeft returns s preceded by as many spaces as are needed to make it w cells wide.
// A string already w cells or wider is returned unchanged (never truncated).
func PadLeft(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
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
