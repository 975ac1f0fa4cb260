package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
)

// maxFormatLines is the most docs/FORMAT.md may hold: the short normative contract of a
// record. How the commands behave is in docs/GUIDE.md and the generated reference.
const maxFormatLines = 499 // under 500

// TestFormatSpec: docs/FORMAT.md is short, states the format version follow reads, and
// cites nothing outside the repository.
func TestFormatSpec(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "FORMAT.md"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	if n := strings.Count(src, "\n"); n > maxFormatLines {
		t.Errorf("docs/FORMAT.md is %d lines, more than %d: move what describes a command (not the record) to docs/GUIDE.md", n, maxFormatLines)
	}
	if want := fmt.Sprintf("**Format version: %d.**", config.FormatMajor); !strings.Contains(src, want) {
		t.Errorf("docs/FORMAT.md does not say %q", want)
	}
}

// mdLink is the target of a markdown link or image.
var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// outside are words that name what is not in the repository.
var outside = []string{"DOMAIN.md", "../shared", "/work/", "/home/", "~/work"}

// TestDocsStayInTheRepository: the hand-written docs (README.md and the other top-level
// markdown files, docs/*.md) link only to files of the repository, and name nothing
// outside it. Docs speak of the repository alone.
func TestDocsStayInTheRepository(t *testing.T) {
	root := filepath.Join("..", "..")
	files, _ := filepath.Glob(filepath.Join(root, "*.md"))
	more, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	files = append(files, more...)
	if len(files) < 5 {
		t.Fatalf("found only %v", files)
	}
	absRoot, _ := filepath.Abs(root)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(root, f)
		for _, w := range outside {
			if strings.Contains(string(b), w) {
				t.Errorf("%s names %q, which is not in the repository", name, w)
			}
		}
		for _, m := range mdLink.FindAllStringSubmatch(string(b), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") || strings.HasPrefix(target, "#") {
				continue
			}
			target, _, _ = strings.Cut(target, "#")
			p, _ := filepath.Abs(filepath.Join(filepath.Dir(f), filepath.FromSlash(target)))
			if rel, err := filepath.Rel(absRoot, p); err != nil || strings.HasPrefix(rel, "..") {
				t.Errorf("%s links to %s, outside the repository", name, m[1])
			} else if _, err := os.Stat(p); err != nil {
				t.Errorf("%s links to %s, which does not exist", name, m[1])
			}
		}
	}
}

// TestArchitectureMap: docs/ARCHITECTURE.md names every package of the module, so that a
// newcomer finds where a change belongs; a new package is added to the map.
func TestArchitectureMap(t *testing.T) {
	root := filepath.Join("..", "..")
	doc, err := os.ReadFile(filepath.Join(root, "docs", "ARCHITECTURE.md"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && p != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "docs" || name == "records") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		pkg := filepath.ToSlash(rel)
		if pkg == "." {
			return nil
		}
		n++
		if !strings.Contains(string(doc), "`"+pkg+"`") && !strings.Contains(string(doc), "`"+pkg+"/") {
			t.Errorf("docs/ARCHITECTURE.md does not name %s: add it to the map", pkg)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Fatalf("found only %d source files: is the test looking at the module?", n)
	}
}
