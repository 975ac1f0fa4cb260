package store

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// The sorted ID index finds every record of a large tree, sees a name held by two files,
// and does not find what it does not list.
func TestIDIndexSearch(t *testing.T) {
	dir := t.TempDir()
	s := &Store{Root: dir}
	if err := os.MkdirAll(filepath.Join(dir, StateDir, "cache"), 0o700); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i := 0; i < 3000; i++ {
		sub := []string{"tokyo", "osaka", "nagoya"}[i%3]
		p := filepath.Join(dir, sub, fmt.Sprintf("G%06d.md", i*7%3001))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	dup := filepath.Join(dir, "sendai", "G000007.md")
	os.MkdirAll(filepath.Dir(dup), 0o755)
	os.WriteFile(dup, []byte("x"), 0o644)
	paths = append(paths, dup)
	s.saveIDIndex(paths)
	for _, p := range paths {
		id := IDOf(p)
		want := p
		if id == "G000007" {
			want = ""
		}
		if got := s.indexedPath(id); got != want {
			t.Fatalf("indexedPath(%s) = %q, want %q", id, got, want)
		}
	}
	for _, id := range []string{"A", "G", "G0000070", "G9", "Z", "G000000"} {
		if _, err := os.Stat(filepath.Join(dir, "tokyo", id+".md")); err == nil {
			continue
		}
		if got := s.indexedPath(id); got != "" {
			t.Errorf("indexedPath(%s) = %q, want none", id, got)
		}
	}
}
