// Package textnorm folds Japanese and Latin text into one form for searching, so that what
// people type matches what is written whatever the input method chose: full-width and
// half-width forms, hiragana and katakana readings, upper and lower case, and spaces.
//
//	Fold("ヤマダ　ハナコ") == Fold("やまだはなこ") == Fold("ﾔﾏﾀﾞ ﾊﾅｺ")
//
// It is the subset of Unicode NFKC that matters for names, companies and notes (full-width
// ASCII, the ideographic space, half-width katakana with their voiced sound marks), followed
// by katakana-to-hiragana. It is pure and allocation-light; it needs no tables beyond the
// half-width katakana block.
package textnorm

import (
	"strings"
	"unicode"
)

// Fold returns the search form of s: width-folded, katakana turned into hiragana, lower
// case, with every white space removed (so 山田花子 matches 山田 花子). Fold is idempotent.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var out []rune
	for _, r := range s {
		r = width(r)
		if (r == voiced || r == semiVoiced) && len(out) > 0 {
			if c, ok := compose(out[len(out)-1], r); ok {
				out[len(out)-1] = c
				continue
			}
		}
		if unicode.IsSpace(r) {
			continue
		}
		out = append(out, r)
	}
	for _, r := range out {
		b.WriteRune(unicode.ToLower(hiragana(r)))
	}
	return b.String()
}

// Contains reports whether query, folded, occurs in text, folded. An empty query matches.
func Contains(text, query string) bool {
	return strings.Contains(Fold(text), Fold(query))
}

// Matcher folds a query once and matches it against many texts.
type Matcher struct{ q string }

// NewMatcher prepares query for Match.
func NewMatcher(query string) Matcher { return Matcher{q: Fold(query)} }

// Match reports whether the query occurs in text after folding.
func (m Matcher) Match(text string) bool { return strings.Contains(Fold(text), m.q) }

// Empty reports whether the query folds to nothing (it then matches everything).
func (m Matcher) Empty() bool { return m.q == "" }

const (
	voiced     = '\u3099' // combining katakana-hiragana voiced sound mark
	semiVoiced = '\u309A' // combining semi-voiced sound mark
)

// halfKana maps the half-width katakana block U+FF61..U+FF9F to full width.
var halfKana = [...]rune{
	'。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', // FF61..FF6F
	'ー', 'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', // FF70..FF7F
	'タ', 'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', // FF80..FF8F
	'ミ', 'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', voiced, semiVoiced, // FF90..FF9F
}

// width folds one rune to its canonical width.
func width(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return r - 0xFF01 + '!'
	case r == '\u3000':
		return ' '
	case r >= 0xFF61 && r <= 0xFF9F:
		return halfKana[r-0xFF61]
	}
	return r
}

// compose joins a kana with a following combining (semi-)voiced mark, as NFC does.
func compose(base, mark rune) (rune, bool) {
	k := base
	if k >= 0x3041 && k <= 0x3096 {
		k += 0x60 // work on katakana
	}
	var c rune
	switch {
	case mark == voiced && strings.ContainsRune("カキクケコサシスセソタチツテトハヒフヘホ", k):
		c = k + 1
	case mark == semiVoiced && strings.ContainsRune("ハヒフヘホ", k):
		c = k + 2
	case mark == voiced && k == 'ウ':
		c = 'ヴ'
	case mark == voiced && base == 'ワ':
		return 'ヷ', true
	case mark == voiced && base == 'ヲ':
		return 'ヺ', true
	default:
		return 0, false
	}
	if base >= 0x3041 && base <= 0x3096 {
		c -= 0x60
	}
	return c, true
}

// hiragana maps katakana letters (ァ..ヶ) to hiragana; everything else is kept.
func hiragana(r rune) rune {
	if r >= 0x30A1 && r <= 0x30F6 {
		return r - 0x60
	}
	return r
}
