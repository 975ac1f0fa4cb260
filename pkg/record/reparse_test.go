package record

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// reparseSources are records to edit: the edit inputs, the end-to-end corpus (BOM, CRLF,
// conflict markers, broken ones, ...) and a few shapes of the parse tests.
func reparseSources(t *testing.T) map[string][]byte {
	t.Helper()
	srcs := map[string][]byte{
		"full":      []byte(fullRecord),
		"full-crlf": []byte(toCRLF(fullRecord)),
		"bom":       []byte("\uFEFF" + minimal + "\n## 2026-01-10 visit\n\n- x\n"),
		"minimal":   []byte(minimal),
		"fence":     []byte(minimal + "\n## 2026-01-10 visit\n\n```\n## 2026-01-20 visit\n```\n\n## 雑記\n\n次回：2026-02-01\n"),
		"no-eol":    []byte(minimal + "\n## 2026-01-10 visit\n\n- 末尾に改行なし"),
		"dots":      []byte("---\nid: a\n...\n本文\n"),
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "edit", "*.md"))
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "cmd", "follow", "testdata", "corpus", "*.md"))
	for _, name := range append(files, corpus...) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		srcs[name] = b
	}
	return srcs
}

// sameReparse fails unless old.Reparse(out) gives exactly what Parse(out) gives: the same
// error, or a record equal in every field, once both have computed their line offsets and
// entries.
func sameReparse(t *testing.T, what string, old *Record, out []byte) {
	t.Helper()
	want, werr := Parse("out.md", out)
	got, gerr := old.Reparse("out.md", out)
	if fmt.Sprint(werr) != fmt.Sprint(gerr) {
		t.Fatalf("%s: Reparse error %v, Parse error %v\n%q", what, gerr, werr, out)
	}
	if werr != nil {
		return
	}
	if &got.Src[0] != &out[0] || len(got.Src) != len(out) {
		t.Fatalf("%s: Reparse does not hold the bytes it was given", what)
	}
	for _, r := range []*Record{got, want} {
		r.ensureLines()
		r.Entries()
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: Reparse and Parse differ\nReparse: %+v\nParse:   %+v\n%q", what, got, want, out)
	}
}

// The edits follow makes: a visit with a request and a new next date.
func TestReparseAfterEdits(t *testing.T) {
	for name, src := range reparseSources(t) {
		old, err := Parse(name, src)
		if err != nil || old.Broken() != nil {
			continue
		}
		e := old.Edit()
		e.Append([]string{"requests"}, reqR3)
		e.Set(day("2026-02-20"), "next")
		e.InsertEntry(day("2026-01-15"), visitJan)
		if out, err := e.Bytes(); err == nil {
			sameReparse(t, name+": visit", old, out)
		}
		e = old.Edit()
		e.InsertEntry(day("2020-01-01"), mailOct) // before every entry
		if out, err := e.Bytes(); err == nil {
			sameReparse(t, name+": early entry", old, out)
		}
	}
}

// Any change at all, including ones that break the record anywhere (a NUL byte, a cut
// character, a conflict marker, a second document, a line break YAML counts): Reparse
// agrees with Parse, error for error.
func TestReparseAfterAnyChange(t *testing.T) {
	pieces := []string{"", "x", "\n", "\x00", "\xff", "\xe3\x81", "あ", "<<<<<<< HEAD\n", "\n>>>>>>> b\n",
		"=======\n", "\n=======\n", "---\n", "\n---\n", "\n--- x\n", "...\n", "\r", "\r\n", "next: 2027-01-01\n",
		"\nnext: 2027-01-01\n", "\n## 2026-02-01 visit\n\n- x\n", "```\n", "<!--", "  - id: R9\n", "\u2028", "\xc2\x85", "\t"}
	rng := rand.New(rand.NewPCG(7, 7))
	runs := 0
	for name, src := range reparseSources(t) {
		old, err := Parse(name, src)
		if err != nil {
			continue
		}
		for i := 0; i < 80; i++ {
			out := append([]byte(nil), src...)
			for k := 0; k <= rng.IntN(3); k++ {
				at := rng.IntN(len(out) + 1)
				cut := min(len(out)-at, rng.IntN(4))
				if rng.IntN(3) > 0 {
					cut = 0
				}
				piece := pieces[rng.IntN(len(pieces))]
				out = append(out[:at:at], append([]byte(piece), out[at+cut:]...)...)
			}
			if len(out) == 0 {
				continue
			}
			sameReparse(t, fmt.Sprintf("%s: change %d", name, i), old, out)
			runs++
		}
	}
	if runs < 1000 {
		t.Fatalf("only %d changes were tried", runs)
	}
}

func TestChangedLines(t *testing.T) {
	for _, c := range []struct {
		old, out string
		a, b     int
	}{
		{"a\nb\nc\n", "a\nb\nc\n", 6, 6},
		{"a\nb\nc\n", "a\nb\nc\nd\n", 6, 8},
		{"a\nb\nc\n", "a\nB\nc\n", 2, 4},
		{"a\nb\nc\n", "a\nbb\nc\n", 2, 5},
		{"a\nb\nc\n", "x\na\nb\nc\n", 0, 4},
		{"a\nb\nc", "a\nb\nc\nd", 4, 7},
		{"ab\n", "a\n", 0, 2},
		{"", "a\n", 0, 2},
	} {
		a, b := changedLines([]byte(c.old), []byte(c.out))
		if a != c.a || b != c.b {
			t.Errorf("changedLines(%q, %q) = %d, %d; want %d, %d", c.old, c.out, a, b, c.a, c.b)
		}
	}
}

// IsSubsequence agrees with the plain walk over both byte strings, on short strings over a
// small alphabet (where every case occurs) and on long ones beyond the block size.
func TestIsSubsequence(t *testing.T) {
	walk := func(a, b []byte) bool {
		i := 0
		for j := 0; i < len(a) && j < len(b); j++ {
			if a[i] == b[j] {
				i++
			}
		}
		return i == len(a)
	}
	rng := rand.New(rand.NewPCG(3, 3))
	word := func(n int) []byte {
		w := make([]byte, n)
		for i := range w {
			w[i] = "ab\n"[rng.IntN(3)]
		}
		return w
	}
	trues := 0
	for i := 0; i < 20000; i++ {
		a, b := word(rng.IntN(8)), word(rng.IntN(10))
		if i%2 == 0 { // long, mostly alike
			base := word(600 + rng.IntN(600))
			a = append(append(append([]byte(nil), base[:300]...), a...), base[300:]...)
			b = append(append(append([]byte(nil), base[:300+rng.IntN(3)]...), b...), base[300:]...)
		}
		want := walk(a, b)
		if got := IsSubsequence(a, b); got != want {
			t.Fatalf("IsSubsequence(%q, %q) = %v, want %v", a, b, got, want)
		}
		if want {
			trues++
		}
	}
	if trues < 1000 || trues > 19000 {
		t.Fatalf("%d of 20000 cases are subsequences: the cases do not cover both answers", trues)
	}
	log := []byte(fullRecord)
	if !IsSubsequence(log, append(append([]byte(nil), log...), "\n## 2026-03-01 visit\n"...)) {
		t.Error("a log with an entry appended does not keep the old log")
	}
	if IsSubsequence(log, log[:len(log)-1]) || IsSubsequence(log, log[1:]) {
		t.Error("a log with a byte dropped keeps the old log")
	}
}
