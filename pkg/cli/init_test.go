package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/record"
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

// The example record lints without errors, and has every milestone the rules imply.
func TestInitExampleRecordLints(t *testing.T) {
	fs, r := lint.Check(lint.File{Path: "records/S0001.md", Src: []byte(skelFile("S0001.md"))}, lint.Options{})
	if r == nil {
		t.Fatalf("example does not parse: %v", fs)
	}
	for _, f := range fs {
		t.Errorf("example record: %s", f)
	}
	if _, err := record.Parse("S0001.md", []byte(skelFile("S0001.md"))); err != nil {
		t.Fatal(err)
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
	if err := os.WriteFile(wf, []byte(skelFile("workflow.yml")), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-no-color", wf)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("actionlint: %v\n%s", err, out)
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
