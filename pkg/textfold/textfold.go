// Package textfold is the one place where follow folds text, so that what a person types
// matches what is written whatever the input method chose: full-width and half-width
// forms, the ideographic space U+3000, hyphen- and minus-like dashes, hiragana and
// katakana, and letter case.
//
// Three foldings serve three kinds of callers. They share the rules below, and differ
// where their callers need different things:
//
//   - Input prepares typed text for a parser (dates, spans, IDs, the request syntax). It
//     folds only what a parser reads as syntax: the full-width ASCII forms (２０２６／１２／５),
//     spaces, hyphen- and minus-like dashes, and the prolonged sound mark ー where it stands
//     between digits (2026ー12ー05). It keeps letter case, kana and every other character,
//     because a parser decides about case and words are not its business; the em dash —
//     is prose punctuation there, not a minus.
//   - Key is the search form of names and notes (follow list --search, --owner, --client):
//     Unicode NFKC (widths, composed kana, compatibility forms such as ㈱ and ①), then
//     katakana as hiragana, lower case, every dash as '-', and no white space at all, so
//     that ヤマダ　ハナコ, やまだはなこ and ﾔﾏﾀﾞ ﾊﾅｺ are one key.
//   - Line (and Runes) is the match form of the privacy scanner, which folds every line of
//     every record on a hot path and must report the column of what it finds: one folded
//     rune per original character (but for a half-width ﾞ or ﾟ composed into the kana
//     before it), with a map back to the original bytes. It folds widths as width.Fold
//     does, ASCII to lower case, spaces and every dash, and composes kana; it applies no
//     other NFKC mapping, so that ① or ⑴ never become digits of a number.
//
// The width rules are those of golang.org/x/text/width (width.Fold) and the kana
// composition that of golang.org/x/text/unicode/norm (NFC); the tests check every rune
// against them, and a fuzz target checks the three foldings against them on any text.
package textfold

import "golang.org/x/text/width"

// The dashes folded to '-'. Input keeps emDash (prose punctuation); the other foldings
// fold it too.
const emDash = '\u2014'

// isDash reports whether r is a hyphen- or minus-like dash: ‐ ‑ ‒ – — ― − ﹣ (the
// full-width hyphen-minus － is a full-width ASCII form).
func isDash(r rune) bool {
	return r >= 0x2010 && r <= 0x2015 || r == 0x2212 || r == 0xFE63
}

// isSpace reports whether r is a space that folds to an ASCII space: the ideographic
// space U+3000 and the no-break space U+00A0.
func isSpace(r rune) bool { return r == 0x3000 || r == 0x00A0 }

// asciiForm reports whether r is one of the full-width ASCII forms U+FF01..U+FF5E, which
// fold to ASCII by subtracting asciiShift.
func asciiForm(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }

const asciiShift = 0xFF01 - '!'

// foldsToItselfFrom..foldsToItselfTo is a range of runes that rune returns unchanged (kana,
// kanji and most symbols), none of them a digit: a hot loop need not call rune for them.
const (
	foldsToItselfFrom = 0x3001
	foldsToItselfTo   = 0xFE62
)

// matchRune folds one rune into the match form (see Line); it never composes.
func matchRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r < 0x80:
		return r
	case asciiForm(r):
		r -= asciiShift
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r > 0xFF5E && r <= 0xFFEE:
		// Half-width katakana and hangul, ｟｠ and the full-width signs ￠ ￡ ￥ …: rare
		// enough to look up rather than to keep a table of our own.
		if w := width.LookupRune(r).Folded(); w != 0 {
			return w
		}
		return r
	case isSpace(r):
		return ' '
	case isDash(r):
		return '-'
	}
	return r
}

// Combining (semi-)voiced sound marks, and their half-width forms.
const (
	voicedMark         = '\u3099'
	semiVoicedMark     = '\u309A'
	halfVoicedMark     = '\uFF9E'
	halfSemiVoicedMark = '\uFF9F'
)

// compose returns base with the voiced (dakuten) or semi-voiced (handakuten) sound mark
// mark (combining or half-width) composed into it, as NFC composes base and the combining
// mark: か+゙ → が, ハ+゚ → パ, ウ+゙ → ヴ. It reports false when they do not compose.
func compose(base, mark rune) (rune, bool) {
	switch mark {
	case voicedMark, halfVoicedMark:
		return voiced(base)
	case semiVoicedMark, halfSemiVoicedMark:
		return semiVoiced(base)
	}
	return base, false
}

// voiced returns the kana with a dakuten (カ → ガ), for katakana and hiragana.
func voiced(r rune) (rune, bool) {
	switch r {
	case 'ウ':
		return 'ヴ', true
	case 'う':
		return 'ゔ', true
	case 'ワ', 'ヰ', 'ヱ', 'ヲ': // ヷ ヸ ヹ ヺ
		return r + ('ヷ' - 'ワ'), true
	case 'ゝ', 'ヽ': // the iteration marks: ゞ ヾ
		return r + 1, true
	}
	base := r
	if r >= 'ぁ' && r <= 'ゖ' {
		base = r + ('ァ' - 'ぁ')
	}
	ok := false
	switch {
	case base >= 'カ' && base <= 'ヂ': // カガキギ…チヂ: the unvoiced forms are at even offsets from カ
		ok = (base-'カ')%2 == 0
	case base >= 'ツ' && base <= 'ド': // ツヅテデトド (ッ before ツ breaks the pattern)
		ok = (base-'ツ')%2 == 0
	case base >= 'ハ' && base <= 'ポ': // ハバパヒビピ…ホボポ
		ok = (base-'ハ')%3 == 0
	}
	if !ok {
		return r, false
	}
	return r + 1, true
}

// semiVoiced returns the kana with a handakuten (ハ → パ).
func semiVoiced(r rune) (rune, bool) {
	base := r
	if r >= 'ぁ' && r <= 'ゖ' {
		base = r + ('ァ' - 'ぁ')
	}
	if base >= 'ハ' && base <= 'ポ' && (base-'ハ')%3 == 0 {
		return r + 2, true
	}
	return r, false
}
