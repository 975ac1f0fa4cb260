package cli

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// maxFuncLines is the longest a function of pkg/cli may be, from func to its closing
// brace: the command layer parses flags, resolves, calls and prints; anything longer is
// logic that belongs in a package below it (pkg/ops, pkg/schedule, ...) or a function to
// split.
const maxFuncLines = 80

// TestFunctionLength fails on any function of pkg/cli's non-test files longer than
// maxFuncLines.
func TestFunctionLength(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, p := range files {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			n++
			start, end := fset.Position(fn.Pos()), fset.Position(fn.End())
			if lines := end.Line - start.Line + 1; lines > maxFuncLines {
				t.Errorf("%s:%d: %s is %d lines long, more than %d", p, start.Line, fn.Name.Name, lines, maxFuncLines)
			}
		}
	}
	if n < 50 {
		t.Fatalf("found only %d functions: is the test looking at pkg/cli?", n)
	}
}
