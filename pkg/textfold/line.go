package textfold

import "unicode/utf8"

// Line is one line of text in the match form, with a map back to the original text, for
// scanners that fold every line of a file and report where they found something (the
// privacy scanner). It is scratch space: Fold overwrites it, reusing its memory from line
// to line, so a scan allocates nothing once its longest line has been seen.
//
// R[i] is the i-th folded rune and Off[i] the byte offset of the original text it came
// from; Off carries one sentinel entry at the end (the line's length), so the original of
// R[i:j] is line[Off[i]:Off[j]] (Columns gives its column). Digits is how many of R are
// the digits 0-9, so that a number scanner can skip a line with too few. Marks holds, in
// increasing order, every i whose R[i] is in the RuneSet given to Fold (and maybe a few
// more: see RuneSet), so that a word scanner looks only where a word can start.
type Line struct {
	R      []rune
	Off    []int
	Digits int
	Marks  []int
}

// RuneSet is a set of runes as a bitmap of their low 16 bits: exact for the BMP, while a
// rune beyond it is taken to be in the set when a rune with the same low 16 bits is.
type RuneSet [1 << 16 / 64]uint64

// Add puts r in the set.
func (s *RuneSet) Add(r rune) { s[(r&0xFFFF)/64] |= 1 << (r & 63) }

// MayHave reports whether r may be in the set; it is false for every rune not in it and
// in the BMP.
func (s *RuneSet) MayHave(r rune) bool { return s[(r&0xFFFF)/64]&(1<<(r&63)) != 0 }

// Fold puts line in the match form, without changing how many characters the digits take:
//
//   - the full-width ASCII forms U+FF01..U+FF5E become ASCII (１２３ → 123, ＡＢＣ → ABC),
//     and every other character of a different width its canonical width, as width.Fold
//     folds it (half-width katakana become full-width: ｶ → カ);
//   - ASCII letters become lower case, so English words match in any case;
//   - the ideographic space U+3000 and the no-break space become an ASCII space;
//   - hyphen- and minus-like dashes (‐ ‑ ‒ – — ― − ﹣) become '-' (the prolonged sound mark
//     ー is kept: it is part of words such as パスワード);
//   - a voiced or semi-voiced sound mark, half-width (ﾞ ﾟ) or combining (U+3099 U+309A),
//     is composed into the kana before it as NFC composes it (ｶﾞﾝ → ガン); one that does
//     not compose stays, as the combining mark.
//
// Invalid UTF-8 bytes become U+FFFD, one per byte, so that columns count them as one
// character each, like utf8.RuneCount does.
//
// On the way it counts the digits and notes where a folded rune of marks stands: a line
// is folded and searched in one pass.
func (f *Line) Fold(line []byte, marks *RuneSet) {
	if cap(f.R) < len(line) || cap(f.Off) < len(line)+1 {
		f.R = make([]rune, 0, len(line))
		f.Off = make([]int, 0, len(line)+1)
	}
	r, off, digits, at := f.R[:len(line)], f.Off[:len(line)+1], 0, f.Marks[:0]
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
			if marks.MayHave(rune(c)) {
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
		if n > 0 && (c == voicedMark || c == semiVoicedMark || c == halfVoicedMark || c == halfSemiVoicedMark) {
			if v, ok := compose(r[n-1], c); ok {
				// r[n-1] changes: so may whether a mark stands there.
				r[n-1] = v
				noted := len(at) > 0 && at[len(at)-1] == n-1
				if may := marks.MayHave(v); may && !noted {
					at = append(at, n-1)
				} else if !may && noted {
					at = at[:len(at)-1]
				}
				i += size
				continue
			}
		}
		if c < foldsToItselfFrom || c > foldsToItselfTo {
			c = matchRune(c)
			if c >= '0' && c <= '9' {
				digits++
			}
		}
		if marks.MayHave(c) {
			at = append(at, n)
		}
		r[n], off[n] = c, i
		n++
		i += size
	}
	off[n] = len(line)
	f.R, f.Off, f.Digits, f.Marks = r[:n], off[:n+1], digits, at
}

// Runes returns s in the match form of Line.Fold, without the map back.
func Runes(s string) []rune {
	var f Line
	f.Fold([]byte(s), &noRunes)
	return f.R
}

// noRunes is the empty RuneSet (never written to).
var noRunes RuneSet

// Columns gives the 0-based columns (rune index, each invalid byte counting as one) that
// the folded runes of a Line had in the line it was folded from. Asked in increasing
// order, as the hits of a line come, it reads each byte of the line once.
type Columns struct {
	f        *Line
	line     []byte
	off, col int // the last byte offset asked for and its column
}

// Columns returns the columns of f's runes in line, the line f was folded from.
func (f *Line) Columns(line []byte) Columns { return Columns{f: f, line: line} }

// Of returns the column of R[i]; i may be len(R) (the end of the line).
func (c *Columns) Of(i int) int {
	off := c.f.Off[i]
	if off < c.off {
		c.off, c.col = 0, 0
	}
	c.col += utf8.RuneCount(c.line[c.off:off])
	c.off = off
	return c.col
}
