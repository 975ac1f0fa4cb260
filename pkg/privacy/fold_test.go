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
		if got := string(fold(tt.in).r); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldMapsBack(t *testing.T) {
	line := "先週ｶﾞﾝの１２"
	f := fold(line)
	if string(f.r) != "先週ガンの12" {
		t.Fatalf("folded %q", string(f.r))
	}
	wantCol := []int{0, 1, 2, 4, 5, 6, 7, 8} // ガ spans two original characters (ｶﾞ)
	for i, c := range wantCol {
		if f.col[i] != c {
			t.Errorf("col[%d] = %d, want %d", i, f.col[i], c)
		}
	}
	if got := line[f.off[2]:f.off[4]]; got != "ｶﾞﾝ" {
		t.Errorf("original of ガン = %q", got)
	}
	if len(f.col) != len(f.r)+1 || len(f.off) != len(f.r)+1 {
		t.Errorf("sentinels missing: %d runes, %d cols, %d offs", len(f.r), len(f.col), len(f.off))
	}
}

func TestFoldInvalidUTF8(t *testing.T) {
	line := "a\xff\xfeb"
	f := fold(line)
	if len(f.r) != 4 || f.r[1] != utf8.RuneError || f.col[3] != 3 || f.off[3] != 3 {
		t.Errorf("fold(%q) = %q %v %v", line, string(f.r), f.col, f.off)
	}
}
