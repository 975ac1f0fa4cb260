package textfold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the search form of s, for matching names, companies and notes against what
// a person typed: s in Unicode NFKC (full-width ASCII and half-width katakana at their
// usual width, kana composed with their sound marks, ㈱ as (株), ① as 1), katakana as
// hiragana, lower case, every dash as '-', and no white space (so 山田花子 matches
// 山田 花子):
//
//	Key("ヤマダ　ハナコ") == Key("やまだはなこ") == Key("ﾔﾏﾀﾞ ﾊﾅｺ") == "やまだはなこ"
//
// Key is idempotent, and text the privacy scanner folds alike has one key:
// Key(string(Runes(s))) == Key(s).
func Key(s string) string {
	if !utf8.ValidString(s) {
		// Each invalid byte as U+FFFD, as the match form (Runes) has it: the normalizer
		// passes invalid bytes through and may then leave the rune after one undecomposed
		// ("\xf7Ϲ": Ϲ lowered to ϲ, whose NFKC is ς, where NFKC first gives Σ, then σ).
		s = string([]rune(s))
	}
	k := keyMap(norm.NFKC.String(s))
	// Removing a space can bring a sound mark next to a kana it composes with, and lower
	// case can leave NFKC: fold again until the key is stable (once, in practice).
	for i := 0; i < 4 && !norm.NFKC.IsNormalString(k); i++ {
		k = keyMap(norm.NFKC.String(k))
	}
	return k
}

// keyMap folds each rune of s (already in NFKC) as Key does after NFKC.
func keyMap(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	last := rune(0)
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		r = matchRune(r)
		if r == ' ' {
			continue
		}
		if r >= 0x30A1 && r <= 0x30F6 { // katakana letters ァ..ヶ as hiragana
			r -= 0x60
		}
		r = unicode.ToLower(r)
		if r == '\u0307' && last == 'i' {
			// İ lowers to a plain i (Go's simple mapping), and I with a combining dot
			// above (U+0307), which the match form lowers to i and the dot, must give the
			// same key: the dot after an i is dropped (İstanbul matches istanbul).
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// Matcher folds a query once and matches it against many texts.
type Matcher struct{ q string }

// NewMatcher prepares query for Match.
func NewMatcher(query string) Matcher { return Matcher{q: Key(query)} }

// Match reports whether the query occurs in text, both in their search form (Key).
func (m Matcher) Match(text string) bool { return strings.Contains(Key(text), m.q) }

// Empty reports whether the query folds to nothing (it then matches everything).
func (m Matcher) Empty() bool { return m.q == "" }

// Index returns where in text the query matches, as byte offsets of text: the shortest
// stretch, starting at a rune, whose key holds the query's; -1, -1 when it does not match.
// (Keys drop spaces and fold width and kana, so the stretch is found on the text itself.)
func (m Matcher) Index(text string) (start, end int) {
	if m.q == "" || !strings.Contains(Key(text), m.q) {
		return -1, -1
	}
	for i := range text { // the last rune from which the rest still holds the query
		if !strings.Contains(Key(text[i:]), m.q) {
			break
		}
		start = i
	}
	for j := start + 1; j <= len(text); j++ { // the first end up to which it does
		if utf8.RuneStart(textByte(text, j)) && strings.Contains(Key(text[start:j]), m.q) {
			return start, j
		}
	}
	return start, len(text)
}

// textByte is text[j], or a rune start at the end of text.
func textByte(text string, j int) byte {
	if j == len(text) {
		return 0
	}
	return text[j]
}
