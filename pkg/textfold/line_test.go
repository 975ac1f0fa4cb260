package textfold

import (
	"testing"
	"unicode/utf8"
)

func TestRunesMatchesNFKCForKana(t *testing.T) {
	// Expected values are Python's unicodedata.normalize("NFKC", in), then lower case and
	// dashes; a sound mark that composes with nothing stays combining, as in NFKC.
	tests := []struct{ in, want string }{
		{"｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ",
			"。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"},
		{"ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟｳﾞ",
			"ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ"},
		{"か\u3099き\u3099は\u309aカ\u3099ハ\u309aウ\u3099", "がぎぱガパヴ"},
		{"ＡＢＣ１２３－＠", "abc123-@"}, // and lower case
		{"Password", "password"},
		{"1\u30002\u00a03", "1 2 3"},
		{"1‐2‑3‒4–5—6―7−8﹣9", "1-2-3-4-5-6-7-8-9"},
		{"パスワード", "パスワード"}, // ー is kept
		{"ｱﾞ", "ア\u3099"},  // nothing to compose with: the mark stays
		{"ﾞｶ", "\u3099カ"},
		{"マﾟ", "マ\u309a"},
		{"ﾜﾞｦﾞ", "ヷヺ"},
		{"ゝ\u3099ヽﾞ", "ゞヾ"},
		{"￥１０００ ￨ ｟", "¥1000 │ ⦅"},
	}
	for _, tt := range tests {
		if got := string(Runes(tt.in)); got != tt.want {
			t.Errorf("Runes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldMapsBack(t *testing.T) {
	line := []byte("先週ｶﾞﾝの１２")
	var f Line
	f.Fold(line, &noRunes)
	if string(f.R) != "先週ガンの12" || f.Digits != 2 {
		t.Fatalf("folded %q, %d digits", string(f.R), f.Digits)
	}
	wantCol := []int{0, 1, 2, 4, 5, 6, 7, 8} // ガ spans two original characters (ｶﾞ)
	col := f.Columns(line)
	for i, c := range wantCol {
		if got := col.Of(i); got != c {
			t.Errorf("column of %d = %d, want %d", i, got, c)
		}
	}
	if got := col.Of(3); got != 4 { // asked again, after a later one
		t.Errorf("column of 3 after 7 = %d, want 4", got)
	}
	if got := string(line[f.Off[2]:f.Off[4]]); got != "ｶﾞﾝ" {
		t.Errorf("original of ガン = %q", got)
	}
	if len(f.Off) != len(f.R)+1 || f.Off[len(f.R)] != len(line) {
		t.Errorf("sentinel missing: %d runes, offsets %v", len(f.R), f.Off)
	}
}

func TestFoldInvalidUTF8(t *testing.T) {
	line := []byte("a\xff\xfeb")
	var f Line
	f.Fold(line, &noRunes)
	if len(f.R) != 4 || f.R[1] != utf8.RuneError || col3(&f, line) != 3 || f.Off[3] != 3 {
		t.Errorf("Runes(%q) = %q %v", line, string(f.R), f.Off)
	}
}

func TestFoldReusesItsMemory(t *testing.T) {
	var f Line
	f.Fold([]byte("ＡＢＣ 1２3 ｶﾞﾝ"), &noRunes)
	if string(f.R) != "abc 123 ガン" || f.Digits != 3 {
		t.Fatalf("folded %q, %d digits", string(f.R), f.Digits)
	}
	// A shorter line after a longer one leaves nothing of the longer one behind.
	for _, tt := range []struct{ in, want string }{{"Ab", "ab"}, {"", ""}, {"ﾊﾟ9", "パ9"}} {
		f.Fold([]byte(tt.in), &noRunes)
		if string(f.R) != tt.want || len(f.Off) != len(f.R)+1 || f.Off[len(f.R)] != len(tt.in) {
			t.Errorf("Runes(%q) after a longer line = %q %v", tt.in, string(f.R), f.Off)
		}
	}
	if f.Digits != 1 {
		t.Errorf("digits of the last line = %d", f.Digits)
	}
	line := []byte("ＡＢＣ 1２3 ｶﾞﾝの治療")[:12] // no longer than the first line; ends inside a rune
	if n := testing.AllocsPerRun(100, func() { f.Fold(line, &noRunes) }); n != 0 {
		t.Errorf("fold of a line no longer than an earlier one allocates %v times", n)
	}
}

func TestMatchRuneIdentityRange(t *testing.T) {
	for r := rune(foldsToItselfFrom); r <= foldsToItselfTo; r++ {
		if got := matchRune(r); got != r {
			t.Fatalf("matchRune(%U) = %U: Line.Fold skips matchRune for it", r, got)
		}
	}
	// The bounds are tight: the runes just outside fold to something else.
	if matchRune(foldsToItselfFrom-1) == foldsToItselfFrom-1 || matchRune(foldsToItselfTo+1) == foldsToItselfTo+1 {
		t.Error("the identity range could be wider")
	}
}

// col3 returns the column of the fourth rune of f, folded from line.
func col3(f *Line, line []byte) int {
	c := f.Columns(line)
	return c.Of(3)
}
