package record_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

var updateFmt = flag.Bool("update-fmt", false, "rewrite the golden files of follow fmt")

// TestFormatGolden formats every testdata/fmt/*.md and compares with its .golden file.
// Run go test ./pkg/record -run FormatGolden -update-fmt after a deliberate change.
func TestFormatGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/fmt/*.md")
	if len(inputs) == 0 {
		t.Fatal("no inputs")
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			r, err := record.Parse(filepath.Base(in), src)
			if err != nil {
				t.Fatal(err)
			}
			got := record.Format(r)
			golden := strings.TrimSuffix(in, ".md") + ".golden"
			if *updateFmt {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update-fmt)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Format(%s) differs from %s:\n%s", in, golden, got)
			}
			// Idempotent.
			r2, err := record.Parse(filepath.Base(in), got)
			if err != nil {
				t.Fatalf("formatted output does not parse: %v", err)
			}
			if again := record.Format(r2); !bytes.Equal(again, got) {
				t.Errorf("Format is not idempotent on %s:\n%s", in, again)
			}
			// The same data before and after.
			e1, _ := r.Entries()
			e2, _ := r2.Entries()
			if len(e1) != len(e2) || r.ID != r2.ID || r.Next != r2.Next {
				t.Errorf("formatting changed the data: %d→%d entries", len(e1), len(e2))
			}
			// Line ends follow the first line; no BOM; one final newline.
			if bytes.HasPrefix(got, []byte{0xEF, 0xBB, 0xBF}) {
				t.Error("BOM kept")
			}
			crlf := bytes.Contains(src[:bytes.IndexByte(src, '\n')+1], []byte("\r\n"))
			lf := bytes.Count(got, []byte("\n"))
			if crlf && bytes.Count(got, []byte("\r\n")) != lf {
				t.Error("mixed line ends in a CRLF record")
			}
			if !crlf && bytes.Contains(got, []byte("\r")) {
				t.Error("CR in an LF record")
			}
			if bytes.HasSuffix(got, []byte("\n\n")) || bytes.HasSuffix(got, []byte("\r\n\r\n")) {
				t.Error("more than one final newline")
			}
		})
	}
}

// TestFormatCanonicalUnchanged: a record in canonical form is left byte for byte alone.
func TestFormatCanonicalUnchanged(t *testing.T) {
	src, err := os.ReadFile("testdata/fmt/canonical.md")
	if err != nil {
		t.Fatal(err)
	}
	r, err := record.Parse("S3.md", src)
	if err != nil {
		t.Fatal(err)
	}
	if got := record.Format(r); !bytes.Equal(got, src) {
		t.Errorf("canonical record changed:\n%q\n%q", src, got)
	}
}

// TestFormatMixedLanguage: follow fmt writes the words follow owns that are not in the
// record's language (here Japanese, most of its words) in it, and nothing else: every line
// but those is byte for byte as it was, the notes (even "- Next: ask ..." and the log lines
// of an English teammate) included, and the record is no longer mixed.
func TestFormatMixedLanguage(t *testing.T) {
	src, err := os.ReadFile("testdata/fmt/mixed.md")
	if err != nil {
		t.Fatal(err)
	}
	r, err := record.Parse("mixed.md", src)
	if err != nil {
		t.Fatal(err)
	}
	if r.Lang() != record.LangJA {
		t.Fatalf("the record's language is %q", r.Lang())
	}
	if _, _, mixed := r.Mixed(); !mixed {
		t.Fatal("the input is not mixed")
	}
	got := record.Format(r)
	before, after := strings.Split(string(src), "\n"), strings.Split(string(got), "\n")
	if len(before) != len(after) {
		t.Fatalf("%d lines became %d", len(before), len(after))
	}
	want := map[string]string{
		"## 2026-12-09 call 夕方":  "## 2026-12-09 電話 夕方",
		"By: Anna Schmidt":       "記入: Anna Schmidt",
		"### Facts":              "### 確認事項",
		"### Requests":           "### 相談事項",
		"**Next:** 2026-12-24":   "次回: 2026-12-24",
		"## 2026-12-10 renewal":  "## 2026-12-10 更新",
		"## 2026-12-11 handover": "## 2026-12-11 引継ぎ",
		"BY: Anna Schmidt":       "記入: Anna Schmidt",
	}
	changed := map[string]bool{}
	for i := range before {
		if before[i] == after[i] {
			continue
		}
		if want[before[i]] != after[i] {
			t.Errorf("line %d: %q became %q", i+1, before[i], after[i])
		}
		changed[before[i]] = true
	}
	for b := range want {
		if !changed[b] {
			t.Errorf("%q was not rewritten", b)
		}
	}
	nr, err := record.Parse("mixed.md", got)
	if err != nil {
		t.Fatal(err)
	}
	if line, n, mixed := nr.Mixed(); mixed {
		t.Errorf("still mixed after follow fmt: %d words from line %d", n, line)
	}
	if nr.Lang() != record.LangJA {
		t.Errorf("the language became %q", nr.Lang())
	}
}

// FuzzFormatOneLanguage: whatever the body, follow fmt leaves a record whose words are all
// in its language, the language it had (or none: collapsing the spaces of a heading that is
// not dated, "## 0<TAB>0 visit", can make its kind another word).
func FuzzFormatOneLanguage(f *testing.F) {
	for _, b := range scanHandled {
		f.Add(b)
	}
	if src, err := os.ReadFile("testdata/fmt/mixed.md"); err == nil {
		_, body, _ := strings.Cut(string(src), "---\n\n")
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body string) {
		r, err := record.Parse("f.md", []byte(scanPrefixes[0]+body))
		if err != nil || r.Lang() == "" {
			return
		}
		nr, err := record.Parse("f.md", record.Format(r))
		if err != nil {
			t.Fatalf("%q: the formatted record does not parse: %v", body, err)
		}
		if line, n, mixed := nr.Mixed(); mixed || nr.Lang() != r.Lang() && nr.Lang() != "" {
			t.Errorf("%q: after follow fmt, language %q (was %q), mixed %v (%d words from line %d)", body, nr.Lang(), r.Lang(), mixed, n, line)
		}
	})
}
