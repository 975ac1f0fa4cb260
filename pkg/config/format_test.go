package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFormatVersion(t *testing.T) {
	for _, c := range []struct {
		src    string
		major  int
		errHas []string // the error names all of these; nil: no error
	}{
		{"me: 佐藤\n", 0, nil},
		{"format: 1\n", 1, nil},
		{"format: 1.0\n", 1, nil},
		{"format: \"1\"\n", 1, nil},
		{"format: '1.0'\n", 1, nil},
		{"format: 1.3\n", 1, nil}, // a newer minor version: only additions an older follow may ignore
		{"format: 2\n", 0, []string{"follow.yaml:1: ", "record format 2", "reads format 1 at most", "upgrade follow"}},
		{"format: \"2.0\"\n", 0, []string{"follow.yaml:1: ", "record format 2.0", "upgrade follow"}},
		{"me: 佐藤\nformat: 10\n", 0, []string{"follow.yaml:2: ", "record format 10"}},
		// a newer folder's new keys: the format is what to tell, not an unknown key
		{"future_key: x\nformat: 2\n", 0, []string{"record format 2", "upgrade follow"}},
		{"format: 0\n", 0, []string{"follow.yaml:1: ", "such as 1 or 1.0", `not "0"`}},
		{"format: v1\n", 0, []string{"such as 1 or 1.0"}},
		{"format: 1.0.0\n", 0, []string{"such as 1 or 1.0"}},
		{"format: -1\n", 0, []string{"such as 1 or 1.0"}},
		{"format: [1]\n", 0, []string{"such as 1 or 1.0"}},
		{"format:\n", 0, []string{"such as 1 or 1.0"}},
		{"format: 99999999999999999999\n", 0, []string{"such as 1 or 1.0"}},
	} {
		cfg, err := Parse("follow.yaml", []byte(c.src))
		if c.errHas == nil {
			if err != nil {
				t.Errorf("%q: %v", c.src, err)
			} else if cfg.Format != c.major {
				t.Errorf("%q: format %d, want %d", c.src, cfg.Format, c.major)
			}
			continue
		}
		if err == nil {
			t.Errorf("%q: no error", c.src)
			continue
		}
		for _, want := range c.errHas {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%q: %q does not say %q", c.src, err, want)
			}
		}
	}
}

// TestCheckFormat: the format alone, for commands that do not read the rules.
func TestCheckFormat(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if err := CheckFormat(filepath.Join(dir, "missing.yaml")); err != nil {
		t.Errorf("missing file: %v", err)
	}
	for name, src := range map[string]string{
		"none.yaml":    "me: 佐藤\n",
		"one.yaml":     "format: 1\n",
		"invalid.yaml": "format: 1\n  bad: [\n", // Load reports it where the rules are read
		"unknown.yaml": "format: 1\nnope: 1\n",  // so does an unknown key
		"list.yaml":    "- format: 2\n",         // not a mapping: no format: key at the top
		"nested.yaml":  "lint:\n  format: 2\n",  // not the top-level key
		"bom.yaml":     "\ufeffformat: 1.0\n",   // a byte order mark
		"comment.yaml": "# format: 2\nme: x\n",  // a comment
	} {
		if err := CheckFormat(write(name, src)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	p := write("newer.yaml", "\ufeff# the team's rules\nformat: 2\nnew_rules: {}\n")
	err := CheckFormat(p)
	if err == nil || !strings.HasPrefix(err.Error(), p+":2: ") || !strings.Contains(err.Error(), "reads format 1 at most") {
		t.Errorf("newer: %v", err)
	}
	if err := CheckFormat(write("bad.yaml", "format: one\n")); err == nil {
		t.Error("format: one passes")
	}
}
