package textfold

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Input prepares text typed through a Japanese IME for a parser. It
//
//   - trims leading and trailing white space, including the ideographic space U+3000,
//     and turns an ideographic or no-break space inside the text into an ASCII space;
//   - folds the full-width ASCII forms U+FF01..U+FF5E to ASCII (２０２６／１／５ becomes
//     2026/1/5, ＋３ｄ becomes +3d, ＡＢＣ becomes ABC);
//   - folds hyphen- and minus-like dashes (‐ ‑ ‒ – ― − ﹣ －) to '-';
//   - folds the katakana prolonged sound mark ー (and its half-width form ｰ) to '-' only
//     where it stands for a separator or sign: when at least one neighbour is a digit
//     and neither neighbour is a letter, so that 2026ー1ー5 and ー1w are folded while
//     words such as データ or メーカー1 are left alone.
//
// It does not change letter case, does not touch any other character (the em dash —,
// kana, half-width katakana), and keeps invalid UTF-8 bytes as they are. It never makes
// the text longer and is idempotent: Input(Input(s)) == Input(s).
func Input(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1) // folded previous rune; -1 at the start
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteByte(s[i])
			prev = r
			i += size
			continue
		}
		f := inputRune(r)
		if f == r && isProlongedMark(r) {
			next := rune(-1)
			if j := i + size; j < len(s) {
				n, _ := utf8.DecodeRuneInString(s[j:])
				next = inputRune(n)
			}
			if separatorContext(prev, next) {
				f = '-'
			}
		}
		b.WriteRune(f)
		prev = f
		i += size
	}
	return b.String()
}

// isPlainASCII reports whether s has only ASCII bytes, none of which Input changes.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// inputRune folds a single rune for Input, without looking at its neighbours.
func inputRune(r rune) rune {
	switch {
	case asciiForm(r):
		return r - asciiShift
	case isSpace(r):
		return ' '
	case isDash(r) && r != emDash:
		return '-'
	}
	return r
}

// isProlongedMark reports whether r is the katakana prolonged sound mark, full or half width.
func isProlongedMark(r rune) bool { return r == '\u30FC' || r == '\uFF70' }

// separatorContext reports whether a prolonged sound mark between prev and next (both
// already folded; -1 for the ends of the text) stands for a dash.
func separatorContext(prev, next rune) bool {
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	letter := func(r rune) bool { return r >= 0 && unicode.IsLetter(r) }
	if letter(prev) || letter(next) {
		return false
	}
	return digit(prev) || digit(next)
}

// Visible is s with the characters a reader cannot tell from a space, or cannot see at all,
// written as ⟨U+XXXX⟩: the ideographic space U+3000, the no-break and other Unicode spaces
// (U+00A0, U+2000–U+200A, U+202F, U+205F), the zero-width ones (U+200B–U+200D, U+2060,
// U+FEFF) and the tab. A message that quotes text follow rejects quotes it this way, so
// that ２０２６－１２－０２　訪問 shows its full-width space as ２０２６－１２－０２⟨U+3000⟩訪問.
func Visible(s string) string {
	if !strings.ContainsFunc(s, invisible) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if invisible(r) {
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func invisible(r rune) bool {
	switch {
	case r == '\t', r == 0x00A0, r == 0x3000, r == 0x202F, r == 0x205F, r == 0x2060, r == 0xFEFF:
		return true
	case r >= 0x2000 && r <= 0x200D:
		return true
	}
	return false
}
