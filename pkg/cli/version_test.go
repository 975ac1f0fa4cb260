package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/staffnote/follow/pkg/cmdutil"
)

// TestVersionFlag: --version prints the whole cmdutil.BuildInfo on one line, and nothing else.
func TestVersionFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &out, ErrOut: &errOut}, Getenv: func(string) string { return "" },
		Build: cmdutil.BuildInfo{Version: "0.3.0", Commit: "0123456789abcdef0123456789abcdef01234567", Date: "2026-12-04T05:27:07Z"}}
	if code := Run(f, []string{"--version"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if got, want := out.String(), "follow 0.3.0 (commit 0123456789abcdef0123456789abcdef01234567, 2026-12-04T05:27:07Z)\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if errOut.Len() > 0 {
		t.Errorf("stderr: %q", errOut.String())
	}
}

// TestVersionShortcut: follow --version and -v alone are answered before the command tree
// is built, with the bytes cobra prints for --version among other flags; a follow.yaml
// that cannot be read is not read.
func TestVersionShortcut(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "follow.yaml"), []byte("lang: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		var out, errOut bytes.Buffer
		f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &out, ErrOut: &errOut}, Getenv: func(string) string { return "" }, Cwd: dir,
			Build: cmdutil.BuildInfo{Version: "0.3.0", Commit: "0123456789abcdef0123456789abcdef01234567", Date: "2026-12-04T05:27:07Z"}}
		if code := Run(f, args); code != 0 || errOut.Len() > 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		return out.String()
	}
	cobra := run("--no-color", "--version")
	for _, args := range [][]string{{"--version"}, {"-v"}} {
		if got := run(args...); got != cobra {
			t.Errorf("%v: %q, cobra prints %q", args, got, cobra)
		}
	}
	if !versionOnly([]string{"-v"}) || versionOnly([]string{"--version", "--dir", "x"}) || versionOnly(nil) {
		t.Error("versionOnly")
	}
}
