package gitstage

import (
	"errors"
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

// TestCommitFile: the record alone is committed, with the message; what else was staged
// stays staged and out of the commit; a name with spaces, Japanese or glob characters is
// the file it names.
func TestCommitFile(t *testing.T) {
	dir, git := repoDir(t)
	for k, v := range map[string]string{"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
		"GIT_AUTHOR_NAME": "試験", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "試験", "GIT_COMMITTER_EMAIL": "t@example.com"} {
		t.Setenv(k, v)
	}
	write(t, dir, "records/other.md", "staged by hand\n")
	git("add", "records/other.md")
	write(t, dir, "records/S[01] 記録.md", "a new record\n")
	write(t, dir, "records/S1 記録.md", "not this one\n")
	if err := CommitFile(filepath.Join(dir, "records", "S[01] 記録.md"), "S0101 訪問 2026-12-02（森本 彩）"); err != nil {
		t.Fatal(err)
	}
	if got := git("log", "-1", "--format=%s"); got != "S0101 訪問 2026-12-02（森本 彩）\n" {
		t.Errorf("message %q", got)
	}
	if got := git("-c", "core.quotepath=off", "show", "--name-only", "--format="); got != "records/S[01] 記録.md\n" {
		t.Errorf("the commit holds %q", got)
	}
	if got := git("diff", "--cached", "--name-only"); got != "records/other.md\n" {
		t.Errorf("still staged: %q", got)
	}
}

func TestCommitFileOutsideARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git command")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	write(t, dir, "S0101.md", "x\n")
	if err := CommitFile(filepath.Join(dir, "S0101.md"), "m"); !errors.Is(err, ErrNotRepository) {
		t.Errorf("CommitFile outside a repository: %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	if err := CommitFile(filepath.Join(dir, "S0101.md"), "m"); !errors.Is(err, ErrNoGit) {
		t.Errorf("CommitFile without git: %v", err)
	}
}
