package ops

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPure: the operations read no file, no clock and no terminal, and know nothing of
// the command line or the store. Their inputs come as values, so they stay testable and
// usable from anywhere.
func TestPure(t *testing.T) {
	forbidden := []string{"os", "os/exec", "io", "io/fs", "io/ioutil", "time", "net", "net/http", "path/filepath",
		"github.com/spf13/cobra", "github.com/staffnote/follow/pkg/store", "github.com/staffnote/follow/pkg/cli"}
	files, _ := filepath.Glob("*.go")
	n := 0
	for _, p := range files {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		n++
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range f.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			for _, x := range forbidden {
				if path == x {
					t.Errorf("%s imports %s: pkg/ops is pure (no I/O, no clock, no command line)", p, path)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no source files")
	}
}
