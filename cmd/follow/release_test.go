package main

// The release build: .goreleaser.yaml's ldflags must name the variables of package main, or
// a release binary would not know its version. This test builds follow with those ldflags
// (templates filled with sample values) and runs --version.

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestReleaseLdflags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds follow")
	}
	src, err := os.ReadFile(filepath.Join("..", "..", ".goreleaser.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Builds []struct {
			Main    string   `yaml:"main"`
			Ldflags []string `yaml:"ldflags"`
		} `yaml:"builds"`
	}
	if err := yaml.Unmarshal(src, &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Builds) != 1 || cfg.Builds[0].Main != "./cmd/follow" {
		t.Fatalf("want one build of ./cmd/follow, have %+v", cfg.Builds)
	}
	values := map[string]string{
		"Version":    "0.3.0",
		"FullCommit": "0123456789abcdef0123456789abcdef01234567",
		"CommitDate": "2026-12-04T05:27:07Z",
	}
	tmpl := regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)
	var flags []string
	for _, l := range cfg.Builds[0].Ldflags {
		flags = append(flags, tmpl.ReplaceAllStringFunc(l, func(m string) string {
			v, ok := values[tmpl.FindStringSubmatch(m)[1]]
			if !ok {
				t.Fatalf("ldflags use %s, which this test does not fill", m)
			}
			return v
		}))
	}
	bin := filepath.Join(t.TempDir(), "follow")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-ldflags", strings.Join(flags, " "), "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(out), "follow 0.3.0 (commit 0123456789abcdef0123456789abcdef01234567, 2026-12-04T05:27:07Z)\n"; got != want {
		t.Errorf("release build prints %q, want %q", got, want)
	}
}
