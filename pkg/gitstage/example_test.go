package gitstage_test

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/staffnote/follow/pkg/gitstage"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/store"
)

// A pre-commit check of the records a commit would record (follow lint --staged): the
// staged content of each record under the records root, never the working tree's.
// Markdown that is not a record (README.md, _template.md, anything in a hidden folder) is
// left alone, as follow's own listing of the records does.
func Example() {
	root := "records" // the records root, as store.Resolve finds it
	files, err := gitstage.Staged(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, f := range files {
		if !store.IsRecordName(path.Base(f.Rel)) || strings.HasPrefix(f.Rel, ".") || strings.Contains(f.Rel, "/.") {
			continue
		}
		findings, _ := lint.Check(lint.File{Path: filepath.Join(root, filepath.FromSlash(f.Rel)), Src: f.Data}, lint.Options{})
		for _, x := range findings {
			fmt.Println(x)
		}
	}
}
