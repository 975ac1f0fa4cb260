package textfold

import (
	"testing"
	"unicode/utf8"
)

func TestInput(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"2026-01-05", "2026-01-05"},
		{"  2026-01-05\t\n", "2026-01-05"},
		{"\u30002026-01-05\u3000", "2026-01-05"},
		{"\u3000 \u3000", ""},
		{"２０２６－０１－０５", "2026-01-05"},
		{"２０２６／１２／５", "2026/12/5"},
		{"２０２６．１２．５", "2026.12.5"},
		{"＋３ｄ", "+3d"},
		{"－１ｗ", "-1w"},
		{"ＡＢＣ ｘｙｚ", "ABC xyz"}, // case kept
		{"Today", "Today"},     // not lower-cased
		{"！～", "!~"},           // both ends of the full-width block
		{"２０２６年１２月５日", "2026年12月5日"},
		{"（土）", "(土)"},
		{"a\u3000b", "a b"},
		{"a\u00a0b", "a b"},
		// minus-like dashes always fold
		{"2026‐01‐05", "2026-01-05"}, // U+2010
		{"2026‑01‑05", "2026-01-05"}, // U+2011
		{"2026‒01‒05", "2026-01-05"}, // U+2012
		{"2026–01–05", "2026-01-05"}, // U+2013
		{"2026―01―05", "2026-01-05"}, // U+2015
		{"−3d", "-3d"},               // U+2212
		{"﹣3d", "-3d"},               // U+FE63
		{"a—b", "a—b"},               // em dash is prose punctuation: kept
		// prolonged sound mark: only between digits / as a sign
		{"2026ー01ー05", "2026-01-05"},
		{"２０２６ー１ー５", "2026-1-5"},
		{"ー1w", "-1w"},
		{"ｰ1w", "-1w"},
		{"1ー", "1-"},
		{"3 ー 5", "3 ー 5"}, // no digit next to it
		{"データ", "データ"},
		{"メーカー1", "メーカー1"},
		{"1ーカ", "1ーカ"},
		{"ーー1", "ーー1"},
		{"ー", "ー"},
		{"ｶｰﾄﾞ", "ｶｰﾄﾞ"}, // half-width katakana is not folded
		// other characters untouched
		{"〜", "〜"},
		{"①", "①"},
		{"café", "café"},
		{"a\xffー1", "a\xff-1"}, // invalid UTF-8 kept byte for byte
		{"\xff", "\xff"},
	}
	for _, tt := range tests {
		if got := Input(tt.in); got != tt.want {
			t.Errorf("Input(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInputFullWidthBlock(t *testing.T) {
	for r := rune(0xFF01); r <= 0xFF5E; r++ {
		want := string(r - 0xFF01 + '!')
		if got := Input("x" + string(r) + "x"); got != "x"+want+"x" {
			t.Errorf("Input(%q) = %q, want %q", "x"+string(r)+"x", got, "x"+want+"x")
		}
	}
}

func FuzzInput(f *testing.F) {
	for _, s := range []string{"", "２０２６ー１ー５", " データ ", "ｰ1w", "a\xffー1", "\u3000x\u3000", "1ーー2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Input(s)
		if Input(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, Input(n))
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("valid %q became invalid %q", s, n)
		}
		if len(n) > len(s) {
			t.Fatalf("grew: %q -> %q", s, n)
		}
	})
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"2026-12-02 訪問":      "2026-12-02 訪問",
		"２０２６－１２－０２　訪問":      "２０２６－１２－０２⟨U+3000⟩訪問",
		"a\u00a0b\u200bc\td": "a⟨U+00A0⟩b⟨U+200B⟩c⟨U+0009⟩d",
		"\ufeff見出し":          "⟨U+FEFF⟩見出し",
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}
