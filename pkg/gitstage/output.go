package gitstage

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Output runs git with args in dir, in the process's environment, and returns its
// trimmed output: the small questions follow asks git (a config value, the top of the
// work tree). The error is what git said.
func Output(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", errors.New(msg)
	}
	return strings.TrimSpace(out.String()), nil
}

// GitDir is the git directory of the repository dir is in; dir may not exist yet: its
// nearest existing folder is asked.
func GitDir(dir string) (string, error) {
	at := dir
	for {
		if st, err := os.Stat(at); err == nil && st.IsDir() {
			break
		}
		parent := filepath.Dir(at)
		if parent == at {
			break
		}
		at = parent
	}
	return Output(at, "rev-parse", "--absolute-git-dir")
}

// ErrNoGit is returned (wrapped) when the git command is not installed.
var ErrNoGit = errors.New("the git command is not installed")

// CommitFile commits the file at path alone with message: it stages the file (git add)
// and commits only that path (git commit --only), so what else is staged stays staged
// and out of the commit. Paths are taken literally (no glob). The repository's hooks run
// as for any commit. The error wraps ErrNoGit or ErrNotRepository when it is that.
func CommitFile(path, message string) error {
	if _, err := exec.LookPath("git"); err != nil {
		return fmt.Errorf("%w: %v", ErrNoGit, err)
	}
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if _, err := Output(dir, "rev-parse", "--show-toplevel"); err != nil {
		return fmt.Errorf("%w (%v)", ErrNotRepository, err)
	}
	if _, err := Output(dir, "--literal-pathspecs", "add", "--", name); err != nil {
		return fmt.Errorf("git add: %v", err)
	}
	if _, err := Output(dir, "--literal-pathspecs", "commit", "--quiet", "--only", "-m", message, "--", name); err != nil {
		return fmt.Errorf("git commit: %v", err)
	}
	return nil
}
