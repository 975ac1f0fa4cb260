package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestGeneratedDocs fails when the committed reference (docs/cli/, docs/cli/ja/,
// docs/lint-rules.md) differs by a byte from what the command tree and lint.Rules generate
// now.
func TestGeneratedDocs(t *testing.T) {
	const fix = "the generated docs are stale: run `go generate ./...` and commit docs/"
	fresh := t.TempDir()
	if err := writeReference(fresh); err != nil {
		t.Fatal(err)
	}
	committed := filepath.Join("..", "..", "docs")
	files := func(docs string) []string {
		out := []string{lintRulesFile}
		err := filepath.WalkDir(filepath.Join(docs, referenceDir), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel(docs, p)
				out = append(out, rel)
			}
			if os.IsNotExist(err) {
				return nil
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(out)
		return out
	}
	want := files(fresh)
	if len(want) < 20 {
		t.Fatalf("the reference has %d files: %v", len(want), want)
	}
	have := map[string]bool{}
	for _, n := range files(committed) {
		have[n] = true
	}
	for _, n := range want {
		delete(have, n)
	}
	for n := range have {
		t.Errorf("docs/%s is no longer generated (a command was removed or renamed): %s", filepath.ToSlash(n), fix)
	}
	for _, name := range want {
		got, err := os.ReadFile(filepath.Join(committed, name))
		if err != nil {
			t.Errorf("docs/%s: %v: %s", filepath.ToSlash(name), err, fix)
			continue
		}
		gen, err := os.ReadFile(filepath.Join(fresh, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, gen) {
			t.Errorf("docs/%s differs from what follow generates: %s", filepath.ToSlash(name), fix)
		}
	}
}

// TestReferenceDeterministic: two runs write the same bytes (no dates, no paths).
func TestReferenceDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := writeReference(d); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range append([]string{lintRulesFile}, "cli/follow_due.md", "cli/README.md", "cli/ja/follow_due.md") {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s: %d and %d bytes, or different", name, len(x), len(y))
		}
		if bytes.Contains(x, []byte(a)) || bytes.Contains(x, []byte("Auto generated")) {
			t.Errorf("%s names its folder or the day it was made", name)
		}
	}
}
