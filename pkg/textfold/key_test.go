package textfold

import "testing"

func TestKey(t *testing.T) {
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
		{"ﾜﾞ", "ヷ"},  // ヷ has no hiragana letter: kept
		{"か ゛", "が"}, // the space goes, the mark composes
		{"①－Ⅱ", "1-ii"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Key(Key(c.in)); got != Key(c.in) {
			t.Errorf("Fold is not idempotent on %q: %q", c.in, got)
		}
	}
}

func TestMatcher(t *testing.T) {
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
		{"㈱サンプル", "(株)さんぷる", true},             // NFKC: compatibility forms
		{"03‐1234—5678", "03-1234-5678", true}, // every dash is '-'
		{"Café", "CAFÉ", true},
	} {
		if got := NewMatcher(c.q).Match(c.text); got != c.want {
			t.Errorf("NewMatcher(%q).Match(%q) = %v, want %v", c.q, c.text, got, c.want)
		}
	}
	m := NewMatcher("ｻﾄｳ")
	if !m.Match("さとう けん") || m.Empty() {
		t.Error("Matcher did not match")
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"ﾔﾏﾀﾞ", "カ\u3099", "ＡＢＣ", "\xff", "ｳﾞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Key(s)
		if Key(a) != a {
			t.Errorf("not idempotent: %q -> %q -> %q", s, a, Key(a))
		}
	})
}

func TestMatcherIndex(t *testing.T) {
	for _, c := range []struct{ query, text, want string }{
		{"受験", "長女の高校受験が1月にある", "受験"},
		{"じゅけん", "長女の高校ジュケンが1月", "ジュケン"},
		{"ﾛｯｶｰ", "更衣室のロッカーの鍵が壊れた", "ロッカー"},
		{"abc", "株式会社ＡＢＣ商事", "ＡＢＣ"},
		{"山田花子", "担当は山田　花子さん", "山田　花子"},
		{"nothing", "何もない", ""},
	} {
		m := NewMatcher(c.query)
		i, j := m.Index(c.text)
		got := ""
		if i >= 0 {
			got = c.text[i:j]
		}
		if got != c.want {
			t.Errorf("Index(%q in %q) = %q, want %q", c.query, c.text, got, c.want)
		}
	}
}

// Found by FuzzAgainstXText: text the match form folds alike has one key, with a dotted
// capital I and with an invalid byte before a letter NFKC decomposes.
func TestKeyOfTheMatchForm(t *testing.T) {
	for _, c := range [][]string{
		{"İstanbul", "I\u0307stanbul", "i\u0307stanbul", "istanbul"},
		{"\xf7Ϲ", "\ufffdϹ", "\ufffdσ"},
	} {
		for _, s := range c[1:] {
			if Key(s) != Key(c[0]) {
				t.Errorf("Key(%q) = %q, Key(%q) = %q", s, Key(s), c[0], Key(c[0]))
			}
		}
	}
}
