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
