// Package initrepo is what follow init sets up: the files of a new team repository
// (skel/, the example record, the schema, the CI workflow pinned to the follow that ran
// init) and, in a git clone, the merge driver and the pre-commit hook. The command in
// pkg/cli says what happened, from the outcomes returned here.
package initrepo

import (
	"bytes"
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/gitstage"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// The files follow init writes, in skel/. Each is complete and commented, so a team
// reads its rules in its own repository rather than in follow's source.
//
//go:embed skel
var skel embed.FS

// Skel is a file of skel/.
func Skel(name string) string {
	b, err := skel.ReadFile("skel/" + name)
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	return string(b)
}

// File is a file of a new team repository, its path slash-separated from the top.
type File struct {
	Path string
	Body string
	Mode fs.FileMode
}

// WorkflowPath is where the CI workflow goes.
const WorkflowPath = ".github/workflows/follow.yml"

// Files are the files of a new team repository: the example record starts on today; the
// workflow installs the follow of version and commit. pinned is false when the workflow
// holds a placeholder for the version instead (see Workflow).
func Files(today dates.Date, version, commit string) (files []File, pinned bool, err error) {
	cfg, err := config.Parse("records/follow.yaml", []byte(Skel("follow.yaml")))
	if err != nil {
		return nil, false, err // embedded: cannot happen (TestFollowYAMLIsDefault)
	}
	example, err := ops.Example(ops.ExampleInput{Env: ops.Env{Today: today, Config: cfg, Lang: cfg.Lang},
		Path: "records/S0001.md", Schema: "../record.schema.json"})
	if err != nil {
		return nil, false, err
	}
	workflow, pinned := Workflow(version, commit)
	return []File{
		{"records/follow.yaml", Skel("follow.yaml"), 0o644},
		{"records/S0001.md", string(example), 0o644},
		{"record.schema.json", string(record.Schema()), 0o644},
		{".gitignore", Skel("gitignore"), 0o644},
		{".gitattributes", Skel("gitattributes"), 0o644},
		{WorkflowPath, workflow, 0o644},
		{".githooks/pre-commit", Skel("pre-commit"), 0o755},
	}, pinned, nil
}

// TeamConfig is the follow.yaml that makes dir a team's repository already, "" when none.
func TeamConfig(dir string) string {
	for _, p := range []string{"records/follow.yaml", store.ConfigName} {
		if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p))); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}

// Outcome is what Write did with a file.
type Outcome int

// The outcomes of Write.
const (
	Created Outcome = iota // the file did not exist: written
	Same                   // the file exists with the same content
	Kept                   // the file exists with other content (the team's): left alone
)

// Written is a file Write looked at, and what it did.
type Written struct {
	Path    string
	Outcome Outcome
}

// Write writes into dir the files that are missing, and never changes one that exists.
// It returns what it did with each, up to the first error.
func Write(dir string, files []File) ([]Written, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var done []Written
	for _, file := range files {
		p := filepath.Join(dir, filepath.FromSlash(file.Path))
		old, err := os.ReadFile(p)
		switch {
		case err == nil && bytes.Equal(old, []byte(file.Body)):
			done = append(done, Written{file.Path, Same})
		case err == nil:
			done = append(done, Written{file.Path, Kept})
		case errors.Is(err, fs.ErrNotExist):
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return done, err
			}
			if err := writeNew(p, []byte(file.Body), file.Mode); err != nil {
				return done, err
			}
			done = append(done, Written{file.Path, Created})
		default:
			return done, err
		}
	}
	return done, nil
}

// followModule is what the workflow installs.
const followModule = "github.com/staffnote/follow/cmd/follow"

// unpinned stands in the workflow for the version a development build cannot tell: go
// install refuses it, so CI fails until a person writes the version the team uses.
const unpinned = "SET-THE-FOLLOW-VERSION"

// Workflow is the CI workflow, installing the follow of version and commit (the one that
// runs init): its release or module version, else its commit; a development build that
// knows neither (or was built from uncommitted changes) writes a placeholder that fails
// CI loudly. It reports whether the version is pinned. Never @latest: CI must not change
// behaviour under the team.
func Workflow(version, commit string) (string, bool) {
	ref, pinned := pinVersion(version, commit)
	note := "# The follow that ran follow init. Change it when the team moves to a newer follow:\n" +
		"        # pinned, not whatever is newest, so that CI never changes behaviour under the team."
	if !pinned {
		ref = unpinned
		note = "# follow init ran from a development build, which cannot tell its version: write\n" +
			"        # the version of follow your team uses (v1.2.3, or a commit) in place of\n" +
			"        # " + unpinned + ". Until then go install fails, so CI never floats."
	}
	wf := Skel("workflow.yml")
	wf = strings.Replace(wf, "# {{pin-note}}", note, 1)
	return strings.Replace(wf, "{{follow}}", followModule+"@"+ref, 1), pinned
}

// pinVersion is the version of follow for go install: a release or module version (v
// added to a bare 1.2.3), else a clean commit.
func pinVersion(version, commit string) (string, bool) {
	if v := strings.TrimPrefix(strings.TrimSpace(version), "v"); semverLike(v) {
		return "v" + v, true
	}
	if c := strings.TrimSpace(commit); len(c) >= 7 && len(c) <= 40 && strings.Trim(c, "0123456789abcdef") == "" {
		return c, true
	}
	return "", false
}

// semverLike reports whether v (without its v) is a version go install accepts: 1.2.3,
// 1.2.3-rc.1, a pseudo-version; not one built from uncommitted changes (+dirty), which
// no module proxy holds.
func semverLike(v string) bool {
	core, pre, _ := strings.Cut(v, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 || strings.Contains(v, "+") || strings.HasSuffix(v, "-") {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return strings.Trim(pre, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-") == ""
}

// writeNew creates a file that must not exist yet.
func writeNew(path string, data []byte, mode fs.FileMode) error {
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := fh.Write(data); err != nil {
		fh.Close()
		return err
	}
	if err := fh.Sync(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

// MergeDriver is the command git runs to merge two versions of a record.
const MergeDriver = "follow merge %O %A %B %P"

// Hooks is what InstallHooks did.
type Hooks struct {
	GitDir  string // the repository's git directory
	Changed bool   // the merge driver was configured or the hook installed
	// Other is the path of a pre-commit hook that is not follow's, left alone; "" when none.
	Other string
}

// InstallHooks configures the merge driver of the repository dir is in and installs the
// pre-commit hook. Errors are messages of the catalogue (init.nogit, init.gitconfig) or
// the file system's.
func InstallHooks(dir string) (Hooks, error) {
	gitDir, err := gitstage.GitDir(dir)
	if err != nil {
		return Hooks{}, i18n.Msg("init.nogit", dir)
	}
	h := Hooks{GitDir: gitDir}
	for _, kv := range [][2]string{{"merge.follow.name", "follow record merge"}, {"merge.follow.driver", MergeDriver}} {
		cur, _ := gitstage.Output(dir, "config", "--local", "--get", kv[0])
		if cur == kv[1] {
			continue
		}
		if _, err := gitstage.Output(dir, "config", "--local", kv[0], kv[1]); err != nil {
			return h, i18n.Msg("init.gitconfig", kv[0], err)
		}
		h.Changed = true
	}
	hook := filepath.Join(gitDir, "hooks", "pre-commit")
	preCommit := Skel("pre-commit")
	old, err := os.ReadFile(hook)
	switch {
	case err == nil && bytes.Equal(old, []byte(preCommit)):
	case err == nil:
		h.Other = hook
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(hook), 0o755); err != nil {
			return h, err
		}
		if err := writeNew(hook, []byte(preCommit), 0o755); err != nil {
			return h, err
		}
		h.Changed = true
	default:
		return h, err
	}
	return h, nil
}
