package gitstage

import (
	"bytes"
	"errors"
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
