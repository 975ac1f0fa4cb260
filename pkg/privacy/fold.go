package privacy

import "unicode/utf8"

// folded is one line after width folding, with a map back to the original text.
//
// r[i] is the i-th folded rune; col[i] is the 0-based rune index and off[i] the byte offset
// of the original text it came from. Both maps carry one sentinel entry at the end (the
// line's rune count and byte length), so the original of r[i:j] is line[off[i]:off[j]].
type folded struct {
	r   []rune
	col []int
	off []int
}

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
func fold(line string) folded {
	f := folded{
		r:   make([]rune, 0, len(line)),
		col: make([]int, 0, len(line)+1),
		off: make([]int, 0, len(line)+1),
	}
	n := 0 // original rune index
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case (r == 0xFF9E || r == 0x3099) && len(f.r) > 0:
			if v, ok := voiced(f.r[len(f.r)-1]); ok {
				f.r[len(f.r)-1] = v
				i += size
				n++
				continue
			}
		case (r == 0xFF9F || r == 0x309A) && len(f.r) > 0:
			if v, ok := semiVoiced(f.r[len(f.r)-1]); ok {
				f.r[len(f.r)-1] = v
				i += size
				n++
				continue
			}
		}
		f.r = append(f.r, foldRune(r))
		f.col = append(f.col, n)
		f.off = append(f.off, i)
		i += size
		n++
	}
	f.col = append(f.col, n)
	f.off = append(f.off, len(line))
	return f
}

// foldString folds s and returns the folded text alone (for word lists).
func foldString(s string) []rune {
	return fold(s).r
}

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
