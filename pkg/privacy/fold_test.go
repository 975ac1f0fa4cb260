package privacy

import (
	"testing"
	"unicode/utf8"
)

func TestFoldMatchesNFKCForKana(t *testing.T) {
	// Expected values are Python's unicodedata.normalize("NFKC", in).
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
		{"ｱﾞ", "ア゛"},       // nothing to compose with: the mark stays, as a spacing mark
		{"ﾞｶ", "゛カ"},
		{"マﾟ", "マ゜"},
	}
	for _, tt := range tests {
		if got := string(foldString(tt.in)); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldMapsBack(t *testing.T) {
	line := []byte("先週ｶﾞﾝの１２")
	var f folded
	f.fold(line, &noRunes)
	if string(f.r) != "先週ガンの12" || f.digits != 2 {
		t.Fatalf("folded %q, %d digits", string(f.r), f.digits)
	}
	wantCol := []int{0, 1, 2, 4, 5, 6, 7, 8} // ガ spans two original characters (ｶﾞ)
	col := columns{f: &f, line: line}
	for i, c := range wantCol {
		if got := col.of(i); got != c {
			t.Errorf("column of %d = %d, want %d", i, got, c)
		}
	}
	if got := col.of(3); got != 4 { // asked again, after a later one
		t.Errorf("column of 3 after 7 = %d, want 4", got)
	}
	if got := string(line[f.off[2]:f.off[4]]); got != "ｶﾞﾝ" {
		t.Errorf("original of ガン = %q", got)
	}
	if len(f.off) != len(f.r)+1 || f.off[len(f.r)] != len(line) {
		t.Errorf("sentinel missing: %d runes, offsets %v", len(f.r), f.off)
	}
}

func TestFoldInvalidUTF8(t *testing.T) {
	line := []byte("a\xff\xfeb")
	var f folded
	f.fold(line, &noRunes)
	if len(f.r) != 4 || f.r[1] != utf8.RuneError || (&columns{f: &f, line: line}).of(3) != 3 || f.off[3] != 3 {
		t.Errorf("fold(%q) = %q %v", line, string(f.r), f.off)
	}
}

func TestFoldReusesItsMemory(t *testing.T) {
	var f folded
	f.fold([]byte("ＡＢＣ 1２3 ｶﾞﾝ"), &noRunes)
	if string(f.r) != "abc 123 ガン" || f.digits != 3 {
		t.Fatalf("folded %q, %d digits", string(f.r), f.digits)
	}
	// A shorter line after a longer one leaves nothing of the longer one behind.
	for _, tt := range []struct{ in, want string }{{"Ab", "ab"}, {"", ""}, {"ﾊﾟ9", "パ9"}} {
		f.fold([]byte(tt.in), &noRunes)
		if string(f.r) != tt.want || len(f.off) != len(f.r)+1 || f.off[len(f.r)] != len(tt.in) {
			t.Errorf("fold(%q) after a longer line = %q %v", tt.in, string(f.r), f.off)
		}
	}
	if f.digits != 1 {
		t.Errorf("digits of the last line = %d", f.digits)
	}
	line := []byte("ＡＢＣ 1２3 ｶﾞﾝの治療")[:12] // no longer than the first line; ends inside a rune
	if n := testing.AllocsPerRun(100, func() { f.fold(line, &noRunes) }); n != 0 {
		t.Errorf("fold of a line no longer than an earlier one allocates %v times", n)
	}
}

func TestFoldRuneIdentityRange(t *testing.T) {
	for r := rune(foldsToItselfFrom); r <= foldsToItselfTo; r++ {
		if got := foldRune(r); got != r {
			t.Fatalf("foldRune(%U) = %U: fold skips foldRune for it", r, got)
		}
	}
	// The bounds are tight: the runes just outside fold to something else.
	if foldRune(foldsToItselfFrom-1) == foldsToItselfFrom-1 || foldRune(foldsToItselfTo+1) == foldsToItselfTo+1 {
		t.Error("the identity range could be wider")
	}
}
