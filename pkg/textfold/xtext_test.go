package textfold

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// The hand-written rules of this package against golang.org/x/text, the reference for
// widths (width.Fold) and for composing kana with their sound marks (NFC).

// refWidth is r at its canonical width, as width.Fold folds it.
func refWidth(r rune) rune {
	if w := width.LookupRune(r).Folded(); w != 0 {
		return w
	}
	return r
}

// refMatchRune is matchRune from width.Fold and the documented case, space and dash rules.
func refMatchRune(r rune) rune {
	r = refWidth(r)
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r == '\u3000' || r == '\u00a0':
		return ' '
	case strings.ContainsRune("‐‑‒–—―−﹣", r):
		return '-'
	}
	return r
}

func TestMatchRuneIsWidthFold(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got, want := matchRune(r), refMatchRune(r); got != want {
			t.Errorf("matchRune(%U) = %U, want %U", r, got, want)
		}
	}
}

func TestInputRuneIsWidthFoldOfASCII(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		want := r
		if w := refWidth(r); w < utf8.RuneSelf {
			want = w // the full-width ASCII forms, and U+3000
		} else if r == '\u00a0' {
			want = ' '
		} else if strings.ContainsRune("‐‑‒–―−﹣", r) {
			want = '-'
		}
		if got := inputRune(r); got != want {
			t.Errorf("inputRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestComposeIsNFC checks every rune before each sound mark against NFC: the pairs NFC
// composes are those of the runes whose canonical decomposition is a base and the mark
// and that NFC composes back (not a composition exclusion).
func TestComposeIsNFC(t *testing.T) {
	pairs := map[[2]rune]rune{}
	var buf []byte
	for c := rune(0); c <= unicode.MaxRune; c++ {
		if !utf8.ValidRune(c) {
			continue
		}
		buf = utf8.AppendRune(buf[:0], c)
		d := []rune(string(norm.NFD.Properties(buf).Decomposition()))
		if len(d) == 2 && (d[1] == voicedMark || d[1] == semiVoicedMark) {
			if got, ok := refCompose(d[0], d[1]); ok && got == c {
				pairs[[2]rune{d[0], d[1]}] = c
			}
		}
	}
	if len(pairs) < 50 {
		t.Fatalf("found only %d kana that compose", len(pairs))
	}
	for _, mark := range []rune{voicedMark, semiVoicedMark, halfVoicedMark, halfSemiVoicedMark} {
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if !utf8.ValidRune(r) {
				continue
			}
			got, ok := compose(r, mark)
			want, wantOK := pairs[[2]rune{r, refWidth(mark)}]
			if ok != wantOK || ok && got != want {
				t.Errorf("compose(%U, %U) = %U %v, want %U %v", r, mark, got, ok, want, wantOK)
			}
		}
	}
}

// refCompose is base and mark composed by NFC (the half-width mark at its canonical width).
func refCompose(base, mark rune) (rune, bool) {
	c := []rune(norm.NFC.String(string([]rune{base, refWidth(mark)})))
	if len(c) != 1 {
		return base, false
	}
	return c[0], true
}

// FuzzAgainstXText checks the three foldings against golang.org/x/text on any text:
//
//   - Runes is width.Fold with the match form's case, space and dash rules, up to
//     canonical equivalence (NFC of both is the same), and leaves no kana and sound mark
//     side by side that NFC would compose;
//   - Input is width.Fold of the full-width ASCII forms alone, with spaces and dashes,
//     rune for rune, where ー may have become '-';
//   - Key is built on NFKC, which includes width folding: what Runes folds alike, Key does
//     too (Key(Runes(s)) == Key(s)), and Key is idempotent.
func FuzzAgainstXText(f *testing.F) {
	for _, s := range []string{
		"", "ﾔﾏﾀﾞ ﾊﾅｺ", "カ\u3099ｶﾞ", "ＡＢＣ１２３－＠", "\xff\xfe", "ｳﾞ", "２０２６ー１ー５", "ー1w",
		"ｶ\u0301ﾞ", "か ゛", "ﾞｶ", "￥１０００ ￨ ｟", "①⑴㈱", "1‐2‑3‒4–5—6―7−8﹣9", "a\u00a0b\u3000c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		valid := string([]rune(s)) // each invalid byte as U+FFFD, as Runes reads it

		got := Runes(s)
		var ref []rune
		for _, r := range valid {
			ref = append(ref, refMatchRune(r))
		}
		if norm.NFC.String(string(got)) != norm.NFC.String(string(ref)) {
			t.Fatalf("Runes(%q) = %q, not canonically equivalent to width.Fold's %q", s, string(got), string(ref))
		}
		for i := 1; i < len(got); i++ {
			if got[i] != voicedMark && got[i] != semiVoicedMark {
				continue
			}
			if _, ok := refCompose(got[i-1], got[i]); ok {
				t.Fatalf("Runes(%q) = %q leaves %q uncomposed", s, string(got), string(got[i-1:i+1]))
			}
		}

		if utf8.ValidString(s) {
			in := []rune(Input(s))
			var want []rune
			for _, r := range strings.TrimFunc(s, unicode.IsSpace) {
				w := r
				if f := refWidth(r); f < utf8.RuneSelf {
					w = f
				} else if r == '\u00a0' {
					w = ' '
				} else if strings.ContainsRune("‐‑‒–―−﹣", r) {
					w = '-'
				}
				want = append(want, w)
			}
			if len(in) != len(want) {
				t.Fatalf("Input(%q) = %q, want %q", s, string(in), string(want))
			}
			for i := range in {
				if in[i] != want[i] && !(in[i] == '-' && isProlongedMark(want[i])) {
					t.Fatalf("Input(%q) = %q, want %q (but for ー as '-')", s, string(in), string(want))
				}
			}
		}

		k := Key(s)
		if kr := Key(string(got)); kr != k {
			t.Fatalf("Key(%q) = %q, but Key of its match form %q = %q", s, k, string(got), kr)
		}
		if Key(k) != k {
			t.Fatalf("Key not idempotent: %q -> %q -> %q", s, k, Key(k))
		}
		if !slices.Equal([]rune(k), []rune(norm.NFKC.String(k))) && utf8.ValidString(s) {
			t.Fatalf("Key(%q) = %q is not in NFKC", s, k)
		}
	})
}
