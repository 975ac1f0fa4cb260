package cli

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
func TestInitFollowYAMLIsDefault(t *testing.T) {
	c, err := config.Parse("follow.yaml", []byte(skelFile("follow.yaml")))
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
func TestInitWorkflowPinsTheVersion(t *testing.T) {
	const commit = "0123456789abcdef0123456789abcdef01234567"
	for _, c := range []struct {
		b    BuildInfo
		want string // "" = the placeholder
	}{
		{BuildInfo{Version: "0.3.0", Commit: commit}, "v0.3.0"},
		{BuildInfo{Version: "v0.3.0"}, "v0.3.0"},
		{BuildInfo{Version: "v1.2.0-rc.1"}, "v1.2.0-rc.1"},
		{BuildInfo{Version: "v0.0.0-20261128150000-b2da2c2a1b2c", Commit: commit}, "v0.0.0-20261128150000-b2da2c2a1b2c"},
		{BuildInfo{Version: "v0.0.0-20261128150000-b2da2c2a1b2c+dirty", Commit: commit + "+dirty"}, ""},
		{BuildInfo{Commit: commit}, commit},
		{BuildInfo{Commit: commit + "+dirty"}, ""},
		{BuildInfo{Version: "devel"}, ""},
		{BuildInfo{}, ""},
	} {
		wf, pinned := initWorkflow(c.b)
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
func TestInitWorkflowActionlint(t *testing.T) {
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
	for _, b := range []BuildInfo{{Version: "0.3.0"}, {}} {
		text, _ := initWorkflow(b)
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

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
