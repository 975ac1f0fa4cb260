package privacy

import "unicode/utf8"

// folded is one line after width folding, with a map back to the original text. It is
// scratch space: fold overwrites it, reusing its memory from line to line.
//
// r[i] is the i-th folded rune and off[i] the byte offset of the original text it came
// from; off carries one sentinel entry at the end (the line's length), so the original of
// r[i:j] is line[off[i]:off[j]] (columns gives its column). digits is how many of r are
// the digits 0-9. starts holds, in increasing order, every i whose r[i] is in the runeSet
// given to fold (and maybe a few more: see runeSet).
type folded struct {
	r      []rune
	off    []int
	digits int
	starts []int
}

// runeSet is a set of runes as a bitmap of their low 16 bits: exact for the BMP, while a
// rune beyond it is taken to be in the set when a rune with the same low 16 bits is.
type runeSet [1 << 16 / 64]uint64

func (s *runeSet) add(r rune) { s[(r&0xFFFF)/64] |= 1 << (r & 63) }

// mayHave reports whether r may be in the set; it is false for every rune not in it and
// in the BMP.
func (s *runeSet) mayHave(r rune) bool { return s[(r&0xFFFF)/64]&(1<<(r&63)) != 0 }

// fold prepares one line for matching, NFKC-style but only as far as matching needs and
// without changing how many characters the digits take:
//
//   - the full-width ASCII forms U+FF01..U+FF5E become ASCII (１２３ → 123, ＡＢＣ → ABC);
//   - ASCII letters become lower case, so English words match in any case;
//   - the ideographic space U+3000 and the no-break space become an ASCII space;
//   - hyphen- and minus-like dashes become '-' (the prolonged sound mark ー is kept: it is
//     part of words such as パスワード; the number scanner accepts it between digits);
//   - half-width katakana become full-width katakana, a following ﾞ or ﾟ (or a combining
//     U+3099/U+309A after any kana) being composed with it (ｶﾞﾝ → ガン).
//
// Invalid UTF-8 bytes become U+FFFD, one per byte, so that columns count them as one
// character each, like utf8.RuneCount does.
//
// On the way it counts the digits and notes where a folded rune of starts stands (the
// first runes of the word list): a line is folded and searched in one pass.
func (f *folded) fold(line []byte, starts *runeSet) {
	if cap(f.r) < len(line) || cap(f.off) < len(line)+1 {
		f.r = make([]rune, 0, len(line))
		f.off = make([]int, 0, len(line)+1)
	}
	r, off, digits, at := f.r[:len(line)], f.off[:len(line)+1], 0, f.starts[:0]
	n := 0 // folded runes so far
	for i := 0; i < len(line); {
		if c := line[i]; c < utf8.RuneSelf {
			// ASCII: only A-Z change, and no mark composes with it.
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				digits++
			}
			if starts.mayHave(rune(c)) {
				at = append(at, n)
			}
			r[n], off[n] = rune(c), i
			n++
			i++
			continue
		}
		var c rune
		var size int
		if b0 := line[i]; b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && i+2 < len(line) &&
			line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80 {
			// A valid three-byte sequence, as kana, kanji and the full- and half-width forms
			// are (E0 and ED, whose second byte has a narrower range, are left to utf8).
			c, size = rune(b0&0x0F)<<12|rune(line[i+1]&0x3F)<<6|rune(line[i+2]&0x3F), 3
		} else {
			c, size = utf8.DecodeRune(line[i:])
		}
		var v rune
		composed := false
		switch {
		case (c == 0xFF9E || c == 0x3099) && n > 0:
			v, composed = voiced(r[n-1])
		case (c == 0xFF9F || c == 0x309A) && n > 0:
			v, composed = semiVoiced(r[n-1])
		}
		if composed {
			// r[n-1] changes: so may whether a word starts there.
			r[n-1] = v
			noted := len(at) > 0 && at[len(at)-1] == n-1
			if may := starts.mayHave(r[n-1]); may && !noted {
				at = append(at, n-1)
			} else if !may && noted {
				at = at[:len(at)-1]
			}
			i += size
			continue
		}
		if c < foldsToItselfFrom || c > foldsToItselfTo {
			c = foldRune(c)
			if c >= '0' && c <= '9' {
				digits++
			}
		}
		if starts.mayHave(c) {
			at = append(at, n)
		}
		r[n], off[n] = c, i
		n++
		i += size
	}
	off[n] = len(line)
	f.r, f.off, f.digits, f.starts = r[:n], off[:n+1], digits, at
}

// columns gives the 0-based columns (rune index, each invalid byte counting as one) that
// the folded runes of f had in line, the line f was folded from. Asked in increasing
// order, as the hits of a line come, it reads each byte of the line once.
type columns struct {
	f        *folded
	line     []byte
	off, col int // the last byte offset asked for and its column
}

// of returns the column of f.r[i]; i may be len(f.r) (the end of the line).
func (c *columns) of(i int) int {
	off := c.f.off[i]
	if off < c.off {
		c.off, c.col = 0, 0
	}
	c.col += utf8.RuneCount(c.line[c.off:off])
	c.off = off
	return c.col
}

// foldRune returns every rune from foldsToItselfFrom to foldsToItselfTo unchanged (kana,
// kanji and most symbols), and no digit comes from them: fold need not call it for them.
const (
	foldsToItselfFrom = 0x3001
	foldsToItselfTo   = 0xFE62
)

// foldString folds s and returns the folded text alone (for word lists).
func foldString(s string) []rune {
	var f folded
	f.fold([]byte(s), &noRunes)
	return f.r
}

// noRunes is the empty runeSet (never written to).
var noRunes runeSet

// foldRune folds one rune (see fold); it never composes.
func foldRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r < 0x80:
		return r
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r == 0x3000 || r == 0x00A0:
		return ' '
	case r >= 0x2010 && r <= 0x2015, r == 0x2212, r == 0xFE63:
		return '-'
	case r >= 0xFF61 && r <= 0xFF9F:
		return halfKana[r-0xFF61]
	}
	return r
}

// halfKana maps U+FF61..U+FF9F (half-width punctuation and katakana) to full width.
var halfKana = [...]rune{
	'。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', // FF61..FF6F
	'ー', 'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', // FF70..FF7F
	'タ', 'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', // FF80..FF8F
	'ミ', 'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', '゛', '゜', // FF90..FF9F
}

// voiced returns the kana with a dakuten (カ → ガ), for katakana and hiragana.
func voiced(r rune) (rune, bool) {
	switch r {
	case 'ウ':
		return 'ヴ', true
	case 'う':
		return 'ゔ', true
	case 'ワ':
		return 'ヷ', true
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

// isKatakana reports whether r is a full-width katakana letter or the prolonged sound mark.
func isKatakana(r rune) bool {
	return (r >= 'ァ' && r <= 'ヺ') || r == 'ー' || r == 'ヽ' || r == 'ヾ'
}

// isASCIIWord reports whether r is an ASCII letter, digit or underscore (after folding).
func isASCIIWord(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
}
