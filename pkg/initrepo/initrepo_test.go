package initrepo

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
)

// The follow.yaml that follow init writes is the default rule set, written out.
func TestFollowYAMLIsDefault(t *testing.T) {
	c, err := config.Parse("follow.yaml", []byte(Skel("follow.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	d := config.Default()
	if len(c.Rules) != len(d.Rules) {
		t.Fatalf("init writes %d rules, the default has %d", len(c.Rules), len(d.Rules))
	}
	for i := range c.Rules {
		a, b := c.Rules[i], d.Rules[i]
		a.Line, b.Line = 0, 0
		if !reflect.DeepEqual(a, b) {
			t.Errorf("rule %d: init writes %+v, default is %+v", i, a, b)
		}
	}
	if !reflect.DeepEqual(c.Limit, d.Limit) || !reflect.DeepEqual(c.EndCats, d.EndCats) || c.Within != d.Within || c.Shift != d.Shift || c.Calendar != d.Calendar {
		t.Errorf("init's follow.yaml differs from the defaults: %+v", c)
	}
	if c.Lint.MaxInterval != d.Lint.MaxInterval || c.Lint.MilestoneLag != d.Lint.MilestoneLag {
		t.Errorf("lint settings differ from the defaults")
	}
}

// The workflow installs the follow that ran init: its release or module version, else its
// commit, else a placeholder that go install refuses; never @latest.
func TestWorkflowPinsTheVersion(t *testing.T) {
	const commit = "0123456789abcdef0123456789abcdef01234567"
	for _, c := range []struct {
		b    build
		want string // "" = the placeholder
	}{
		{build{Version: "0.3.0", Commit: commit}, "v0.3.0"},
		{build{Version: "v0.3.0"}, "v0.3.0"},
		{build{Version: "v1.2.0-rc.1"}, "v1.2.0-rc.1"},
		{build{Version: "v0.0.0-20261128150000-b2da2c2a1b2c", Commit: commit}, "v0.0.0-20261128150000-b2da2c2a1b2c"},
		{build{Version: "v0.0.0-20261128150000-b2da2c2a1b2c+dirty", Commit: commit + "+dirty"}, ""},
		{build{Commit: commit}, commit},
		{build{Commit: commit + "+dirty"}, ""},
		{build{Version: "devel"}, ""},
		{build{}, ""},
	} {
		wf, pinned := Workflow(c.b.Version, c.b.Commit)
		if pinned != (c.want != "") {
			t.Errorf("%+v: pinned %v", c.b, pinned)
		}
		want := "run: go install github.com/staffnote/follow/cmd/follow@" + c.want + "\n"
		if c.want == "" {
			want = "run: go install github.com/staffnote/follow/cmd/follow@SET-THE-FOLLOW-VERSION\n"
		}
		if !strings.Contains(wf, want) || strings.Contains(wf, "@latest") || strings.Contains(wf, "{{") {
			t.Errorf("%+v: the workflow lacks %q:\n%s", c.b, want, wf)
		}
	}
}

// The generated GitHub Actions workflow passes actionlint. CI installs actionlint
// (.ci/run); elsewhere the test is skipped when it is missing.
func TestWorkflowActionlint(t *testing.T) {
	bin, err := exec.LookPath("actionlint")
	if err != nil {
		if gobin := filepath.Join(os.Getenv("HOME"), "go", "bin", "actionlint"); fileExists(gobin) {
			bin = gobin
		} else if os.Getenv("CI") == "true" {
			t.Fatal("actionlint is not installed; .ci/run installs it")
		} else {
			t.Skip("actionlint is not installed")
		}
	}
	dir := t.TempDir()
	wf := filepath.Join(dir, ".github", "workflows", "follow.yml")
	if err := os.MkdirAll(filepath.Dir(wf), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, b := range []build{{Version: "0.3.0"}, {}} {
		text, _ := Workflow(b.Version, b.Commit)
		if err := os.WriteFile(wf, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-no-color", wf)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("actionlint: %v\n%s\n%s", err, out, text)
		}
	}
}

// build is the version and commit of a follow.
type build struct{ Version, Commit string }

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// Write creates what is missing and never changes a file that exists.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	files := []File{{"a/new.txt", "new\n", 0o644}, {"same.txt", "same\n", 0o644}, {"team.txt", "follow's\n", 0o644}}
	for name, body := range map[string]string{"same.txt": "same\n", "team.txt": "the team's\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Write(dir, files)
	if err != nil {
		t.Fatal(err)
	}
	want := []Written{{"a/new.txt", Created}, {"same.txt", Same}, {"team.txt", Kept}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Write = %v, want %v", got, want)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "team.txt")); string(b) != "the team's\n" {
		t.Errorf("the team's file was changed: %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a", "new.txt")); string(b) != "new\n" {
		t.Errorf("new file holds %q", b)
	}
}
