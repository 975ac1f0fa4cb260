package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestGeneratedDocs fails when the committed reference (docs/cli/, docs/lint-rules.md)
// differs by a byte from what the command tree and lint.Rules generate now.
func TestGeneratedDocs(t *testing.T) {
	const fix = "the generated docs are stale: run `go generate ./...` and commit docs/"
	fresh := t.TempDir()
	if err := writeReference(fresh); err != nil {
		t.Fatal(err)
	}
	committed := filepath.Join("..", "..", "docs")
	names := func(dir string) []string {
		ents, err := os.ReadDir(dir)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		var out []string
		for _, e := range ents {
			out = append(out, e.Name())
		}
		sort.Strings(out)
		return out
	}
	want := names(filepath.Join(fresh, referenceDir))
	if len(want) < 10 {
		t.Fatalf("the reference has %d files: %v", len(want), want)
	}
	have := map[string]bool{}
	for _, n := range names(filepath.Join(committed, referenceDir)) {
		have[n] = true
	}
	files := []string{lintRulesFile}
	for _, n := range want {
		files = append(files, filepath.Join(referenceDir, n))
		delete(have, n)
	}
	for n := range have {
		t.Errorf("docs/%s/%s is no longer generated (a command was removed or renamed): %s", referenceDir, n, fix)
	}
	for _, name := range files {
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
	for _, name := range append([]string{lintRulesFile}, "cli/follow_due.md", "cli/README.md") {
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
