package render

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"山田 花子", 9},
		{"ＡＢＣ", 6},
		{"ｶﾀｶﾅ", 4},
		{"ひらがな", 8},
		{"ー", 2},
		{"e\u0301", 1}, // e + combining acute
		{"👍", 2},       // emoji
		{"👍🏽", 2},      // emoji + skin tone
		{"👨‍👩‍👧", 2},   // ZWJ family
		{"🇯🇵", 2},      // flag
		{"①", 1},       // ambiguous: narrow under the fixed condition
		{"…", 1},
		{"a\tb", 2}, // controls have no width
	}
	for _, tt := range tests {
		if got := Width(tt.s); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestWidthIgnoresEnvironment checks that the locale variables go-runewidth looks at
// do not change our measurements (the condition is fixed, not the package default).
func TestWidthIgnoresEnvironment(t *testing.T) {
	t.Setenv("RUNEWIDTH_EASTASIAN", "1")
	t.Setenv("LANG", "ja_JP.UTF-8")
	if got := Width("①…○"); got != 3 {
		t.Errorf("Width of ambiguous characters = %d, want 3", got)
	}
}

func TestPad(t *testing.T) {
	tests := []struct {
		s           string
		w           int
		right, left string
	}{
		{"ab", 4, "ab  ", "  ab"},
		{"山田", 6, "山田  ", "  山田"},
		{"ｶﾅ", 4, "ｶﾅ  ", "  ｶﾅ"},
		{"e\u0301", 3, "e\u0301  ", "  e\u0301"},
		{"山田", 4, "山田", "山田"},
		{"山田花子", 3, "山田花子", "山田花子"}, // never truncated
		{"", 2, "  ", "  "},
		{"x", 0, "x", "x"},
		{"x", -1, "x", "x"},
	}
	for _, tt := range tests {
		if got := PadRight(tt.s, tt.w); got != tt.right {
			t.Errorf("PadRight(%q, %d) = %q, want %q", tt.s, tt.w, got, tt.right)
		}
		if got := PadLeft(tt.s, tt.w); got != tt.left {
			t.Errorf("PadLeft(%q, %d) = %q, want %q", tt.s, tt.w, got, tt.left)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		w    int
		want string
	}{
		{"abcdef", 6, "abcdef"},
		{"abcdef", 10, "abcdef"},
		{"abcdef", 5, "abcd…"},
		{"abcdef", 1, "…"},
		{"abcdef", 0, ""},
		{"abcdef", -3, ""},
		{"山田花子", 8, "山田花子"},
		{"山田花子", 7, "山田花…"},
		{"山田花子", 6, "山田…"}, // 山田花 would need 7 cells with the ellipsis
		{"山田花子", 2, "…"},
		{"山田花子", 1, "…"},
		{"ｶﾀｶﾅｶﾀｶﾅ", 5, "ｶﾀｶﾅ…"},
		{"aé" + "e\u0301" + "e\u0301" + "z", 4, "aé" + "e\u0301…"},
		{"👍👍👍", 4, "👍…"},
		{"", 3, ""},
	}
	for _, tt := range tests {
		if got := Truncate(tt.s, tt.w); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.s, tt.w, got, tt.want)
		}
	}
}

// TestTruncateProperties cuts many mixed strings at every width and checks the
// invariants: fits, valid UTF-8, a prefix of the input plus the ellipsis, and no
// grapheme split (no combining mark orphaned, no ZWJ sequence cut).
func TestTruncateProperties(t *testing.T) {
	inputs := []string{
		"山田 花子（やまだ はなこ）ＡＢＣ株式会社",
		"ｶﾀｶﾅとカタカナとabc",
		"e\u0301e\u0301e\u0301 café e\u0301",
		"👨‍👩‍👧 family 🇯🇵 flag 👍🏽 ok",
		"a山b田c花d子e",
		"①②③※○■…",
		"\xff\xfe broken 山田",
	}
	for _, s := range inputs {
		for w := 0; w <= Width(s)+2; w++ {
			got := Truncate(s, w)
			if gw := Width(got); gw > w {
				t.Errorf("Truncate(%q, %d) = %q is %d cells wide", s, w, got, gw)
			}
			if utf8.ValidString(s) && !utf8.ValidString(got) {
				t.Errorf("Truncate(%q, %d) = %q is not valid UTF-8", s, w, got)
			}
			if got == s || got == "" {
				continue
			}
			prefix, ok := strings.CutSuffix(got, Ellipsis)
			if !ok || !strings.HasPrefix(s, prefix) {
				t.Errorf("Truncate(%q, %d) = %q is not a prefix plus %q", s, w, got, Ellipsis)
				continue
			}
			next, _ := utf8.DecodeRuneInString(s[len(prefix):])
			if unicode.Is(unicode.Mn, next) || next == '\u200d' || unicode.Is(unicode.Sk, next) && next >= 0x1F3FB {
				t.Errorf("Truncate(%q, %d) = %q splits a grapheme before %U", s, w, got, next)
			}
			if strings.HasSuffix(prefix, "\u200d") {
				t.Errorf("Truncate(%q, %d) = %q ends inside a ZWJ sequence", s, w, got)
			}
		}
	}
}

// TestWidthASCIIFastPath: printable ASCII, counted without go-runewidth, is measured as
// go-runewidth measures it; anything else goes through it.
func TestWidthASCIIFastPath(t *testing.T) {
	var all []byte
	for c := byte(0x20); c < 0x7f; c++ {
		all = append(all, c)
	}
	for _, s := range []string{"", string(all), "G000001", "2026-12-01", "a\tb", "x\x7f", "日本", "ｶﾅ a"} {
		if got, want := Width(s), cond.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, go-runewidth says %d", s, got, want)
		}
	}
}

// TestWidthFastPathMatchesRunewidth: every rune Width counts as two cells without
// go-runewidth is two cells for go-runewidth too, alone and beside others.
func TestWidthFastPathMatchesRunewidth(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !simpleWide(r) {
			continue
		}
		n++
		for _, s := range []string{string(r), "a" + string(r), string(r) + string(r) + "b", "山" + string(r)} {
			if got, want := Width(s), cond.StringWidth(s); got != want {
				t.Fatalf("Width(%q) = %d, go-runewidth says %d", s, got, want)
			}
		}
	}
	if n < 20000 {
		t.Fatalf("only %d runes on the fast path", n)
	}
	for _, s := range []string{"株式会社アオバ 川崎工場", "ﾔﾏﾀﾞ ﾊﾅｺ", "が\u3099", "👍🏽", "e\u0301", "①②", "〿", "ＡＢＣ１２３"} {
		if got, want := Width(s), cond.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, go-runewidth says %d", s, got, want)
		}
	}
}

// PadRight returns s followed by as many spaces as are needed to make it w cells wide.
// A string already w cells or wider is returned unchanged (never truncated).
func PadRight(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// PadLeft returns s preceded by as many spaces as are needed to make it w cells wide.
// A string already w cells or wider is returned unchanged (never truncated).
func PadLeft(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

func TestSnippet(t *testing.T) {
	s := "長女の高校受験が終わって、冬休みに家族で温泉へ行く予定"
	i := strings.Index(s, "温泉")
	for _, c := range []struct {
		start, end, w int
		want          string
	}{
		{i, i + len("温泉"), 24, "…に家族で温泉へ行く予定"},
		{i, i + len("温泉"), 14, "…族で温泉へ行…"},
		{0, len("長女"), 12, "長女の高校…"},
		{0, len(s), 200, s},
	} {
		got := Snippet(s, c.start, c.end, c.w)
		if got != c.want || Width(got) > c.w {
			t.Errorf("Snippet(w=%d) = %q (%d cells), want %q", c.w, got, Width(got), c.want)
		}
	}
}
