package gitstage

import (
	"os/exec"
	"path/filepath"
	"testing"
)

func TestGitDir(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	if _, err := GitDir(dir); err == nil {
		t.Fatalf("GitDir(%s) outside a repository: no error", dir)
	}
	if _, err := Output(dir, "init", "-q"); err != nil {
		t.Fatal(err)
	}
	g, err := GitDir(filepath.Join(dir, "not", "yet"))
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := filepath.EvalSymlinks(filepath.Join(dir, ".git")); g != want && g != filepath.Join(dir, ".git") {
		t.Errorf("GitDir = %s, want %s", g, want)
	}
}
