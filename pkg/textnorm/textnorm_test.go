package textnorm

import "testing"

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ヤマダ", "やまだ"},
		{"やまだ", "やまだ"},
		{"ﾔﾏﾀﾞ ﾊﾅｺ", "やまだはなこ"},
		{"ﾊﾟｿｺﾝ", "ぱそこん"},
		{"ｳﾞｨﾗ", "ゔぃら"},
		{"ヴィラ", "ゔぃら"},
		{"カ\u3099", "が"},
		{"は\u309a", "ぱ"},
		{"ＡＢＣ商事", "abc商事"},
		{"山田　花子", "山田花子"},
		{"Sato Ken", "satoken"},
		{"ケーキ", "けーき"},
		{"ｹｰｷ", "けーき"},
		{"ヶ月", "ゖ月"},
		{"\u3099", "\u3099"},
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Fold(Fold(c.in)); got != Fold(c.in) {
			t.Errorf("Fold is not idempotent on %q: %q", c.in, got)
		}
	}
}

func TestContains(t *testing.T) {
	for _, c := range []struct {
		text, q string
		want    bool
	}{
		{"ヤマダ ハナコ", "やまだ", true},
		{"やまだ はなこ", "ﾔﾏﾀﾞ", true},
		{"株式会社ＡＢＣ", "abc", true},
		{"株式会社サンプル", "さんぷる", true},
		{"山田 花子", "やまだ", false}, // kanji are found through the reading (kana)
		{"経理部 経理課", "経理課", true},
		{"anything", "", true},
	} {
		if got := Contains(c.text, c.q); got != c.want {
			t.Errorf("Contains(%q, %q) = %v, want %v", c.text, c.q, got, c.want)
		}
	}
	m := NewMatcher("ｻﾄｳ")
	if !m.Match("さとう けん") || m.Empty() {
		t.Error("Matcher did not match")
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"ﾔﾏﾀﾞ", "カ\u3099", "ＡＢＣ", "\xff", "ｳﾞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Fold(s)
		if Fold(a) != a {
			t.Errorf("not idempotent: %q -> %q -> %q", s, a, Fold(a))
		}
	})
}
