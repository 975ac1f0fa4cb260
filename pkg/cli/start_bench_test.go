package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/cmdutil"
)

// BenchmarkStartup is what follow does in process before and around a command that does
// little (the dependencies' package init aside: bench/run.sh measures the binary), in a
// records folder whose follow.yaml sets the language: --version, follow schema, and
// follow due --help (the one that localizes the tree).
func BenchmarkStartup(b *testing.B) {
	root := b.TempDir()
	if err := os.WriteFile(filepath.Join(root, "follow.yaml"), []byte("lang: ja\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, args := range [][]string{{"--version"}, {"schema"}, {"due", "--help"}} {
		b.Run(strings.Join(args, " "), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var out, errOut bytes.Buffer
				f := &cmdutil.Factory{IO: &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
					Getenv: func(string) string { return "" }, Cwd: root,
					Now: func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }}
				if code := Run(f, args); code != ExitOK || out.Len() == 0 {
					b.Fatalf("follow %v: exit %d\n%s", args, code, errOut.String())
				}
			}
		})
	}
}
