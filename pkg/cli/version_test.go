package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func TestBuildInfoCompleted(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	checkout := &debug.BuildInfo{
		Main: debug.Module{Version: "v0.0.0-20261128174500-b2da2c2a1b2c"},
		Settings: vcs("-buildmode", "exe", "vcs", "git", "vcs.revision", "b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901",
			"vcs.time", "2026-11-28T17:45:00Z", "vcs.modified", "false"),
	}
	for _, c := range []struct {
		name string
		in   BuildInfo
		bi   *debug.BuildInfo
		want string
	}{
		{"release build: ldflags win over the build info", BuildInfo{"0.3.0", "0123456789abcdef0123456789abcdef01234567", "2026-12-04T05:27:07Z"}, checkout,
			"0.3.0 (commit 0123456789abcdef0123456789abcdef01234567, 2026-12-04T05:27:07Z)"},
		{"go build in a checkout", BuildInfo{}, checkout,
			"v0.0.0-20261128174500-b2da2c2a1b2c (commit b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901, 2026-11-28T17:45:00Z)"},
		{"go build with uncommitted changes", BuildInfo{}, &debug.BuildInfo{
			Main:     debug.Module{Version: "v0.0.0-20261128174500-b2da2c2a1b2c+dirty"},
			Settings: vcs("vcs.revision", "b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901", "vcs.time", "2026-11-28T17:45:00Z", "vcs.modified", "true")},
			"v0.0.0-20261128174500-b2da2c2a1b2c+dirty (commit b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901+dirty, 2026-11-28T17:45:00Z)"},
		{"go install module@version: no vcs settings", BuildInfo{}, &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}},
			"v0.3.0 (commit unknown, date unknown)"},
		{"go run, or vcs stamping off", BuildInfo{}, &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			"devel (commit unknown, date unknown)"},
		{"no build info", BuildInfo{}, nil, "devel (commit unknown, date unknown)"},
		{"only a version set", BuildInfo{Version: "0.3.0"}, &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			"0.3.0 (commit unknown, date unknown)"},
	} {
		if got := c.in.completed(c.bi).String(); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestVersionFlag: --version prints the whole BuildInfo on one line, and nothing else.
func TestVersionFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	f := &Factory{IO: &IOStreams{Out: &out, ErrOut: &errOut}, Getenv: func(string) string { return "" },
		Build: BuildInfo{"0.3.0", "0123456789abcdef0123456789abcdef01234567", "2026-12-04T05:27:07Z"}}
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
		f := &Factory{IO: &IOStreams{Out: &out, ErrOut: &errOut}, Getenv: func(string) string { return "" }, Cwd: dir,
			Build: BuildInfo{"0.3.0", "0123456789abcdef0123456789abcdef01234567", "2026-12-04T05:27:07Z"}}
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
