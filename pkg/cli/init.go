package cli

import (
	"bytes"
	"embed"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// InitOptions are the inputs of follow init.
type InitOptions struct {
	Printer
	Today func() dates.Date // the example record starts on the day init runs
	Build BuildInfo         // the follow the workflow installs
	Dir   string
	Hooks bool
}

// NewCmdInit builds follow init; runF, when set, runs instead of the command (tests).
func NewCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{Printer: f.Printer(), Today: f.Records().Today, Build: f.Build}
	c := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Set up a team repository for records",
		Long: `Create a ready team repository in DIR (default: the current folder):

  records/follow.yaml           the team's rules, written out and commented (lang: ja)
  records/S0001.md              an example record, starting today
  record.schema.json            the front matter schema, for editors (follow schema)
  .gitignore                    follow's .follow/ folder and temporary files
  .gitattributes                records merged by the follow merge driver, diffed as markdown
  .github/workflows/follow.yml  CI: follow lint --format github and follow fmt --check, with
                                this very version of follow (never @latest)
  .githooks/pre-commit          the pre-commit hook (privacy guard and lint)

The example record starts on the day init runs, with its milestones ahead, so a new
repository lints clean and its first follow due looks like a real first morning.

--hooks also configures the merge driver (merge.follow.driver = follow merge %O %A %B %P)
in .git/config and installs the pre-commit hook into .git/hooks; outside a git repository
it says so before writing anything. In a repository that already holds a records/
follow.yaml (a fresh clone of the team's repository) follow init creates no file: with
--hooks it configures the clone only, and it never brings back the example record the
team deleted. It never overwrites a file you have changed.`,
		Example: `  mkdir team-follow && cd team-follow && git init
  follow init --hooks`,
		Args: maxArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Dir = "."
			if len(args) == 1 {
				o.Dir = args[0]
			}
			if runF != nil {
				return runF(o)
			}
			return runInit(o)
		},
	}
	c.Flags().BoolVar(&o.Hooks, "hooks", false, "also configure the merge driver and install the pre-commit hook into .git")
	return c
}

// The files follow init writes, in skel/. Each is complete and commented, so a team
// reads its rules in its own repository rather than in follow's source.
//
//go:embed skel
var skel embed.FS

// skelFile is a file of skel/.
func skelFile(name string) string {
	b, err := skel.ReadFile("skel/" + name)
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	return string(b)
}

type initFile struct {
	path string
	body string
	mode fs.FileMode
}

func runInit(o *InitOptions) error {
	// Nothing is added to a folder written in a newer record format, nor configured.
	if err := config.CheckFormat(filepath.Join(o.Dir, "records", store.ConfigName)); err != nil {
		return dataErr(err)
	}
	if o.Hooks {
		if _, err := gitDir(o.Dir); err != nil {
			return dataMsg("init.nogit", o.Dir)
		}
	}
	created := 0
	if team := teamConfig(o.Dir); team != "" {
		// A clone of a team's repository: its files are the team's to change.
		if !o.Hooks {
			o.warnf("%s", o.T("init.existing", team))
			return nil
		}
		o.warnf("%s", o.T("init.clone", team))
	} else {
		n, err := o.writeFiles()
		if err != nil {
			return err
		}
		created = n
	}
	hooksChanged := false
	if o.Hooks {
		changed, err := o.installHooks(o.Dir)
		if err != nil {
			return err
		}
		hooksChanged = changed
	}
	if created == 0 && !hooksChanged {
		o.warnf("%s", o.T("init.nothing", o.Dir))
	}
	return nil
}

// teamConfig is the follow.yaml that makes dir a team's repository already, "" when none.
func teamConfig(dir string) string {
	for _, p := range []string{"records/follow.yaml", store.ConfigName} {
		if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p))); err == nil && !st.IsDir() {
			return p
		}
	}
	return ""
}

// writeFiles writes the files of a new team repository that are missing, and says which
// it created, kept or found unchanged. It returns how many it created.
func (o *InitOptions) writeFiles() (int, error) {
	cfg, err := config.Parse("records/follow.yaml", []byte(skelFile("follow.yaml")))
	if err != nil {
		return 0, dataErr(err) // embedded: cannot happen (TestInitFollowYAMLIsDefault)
	}
	example, err := ops.Example(ops.ExampleInput{Env: ops.Env{Today: o.Today(), Config: cfg, Lang: cfg.Lang},
		Path: "records/S0001.md", Schema: "../record.schema.json"})
	if err != nil {
		return 0, opErr(err)
	}
	workflow, pinned := initWorkflow(o.Build)
	files := []initFile{
		{"records/follow.yaml", skelFile("follow.yaml"), 0o644},
		{"records/S0001.md", string(example), 0o644},
		{"record.schema.json", string(record.Schema()), 0o644},
		{".gitignore", skelFile("gitignore"), 0o644},
		{".gitattributes", skelFile("gitattributes"), 0o644},
		{".github/workflows/follow.yml", workflow, 0o644},
		{".githooks/pre-commit", skelFile("pre-commit"), 0o755},
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return 0, dataErr(err)
	}
	created := 0
	for _, file := range files {
		p := filepath.Join(o.Dir, filepath.FromSlash(file.path))
		old, err := os.ReadFile(p)
		switch {
		case err == nil && bytes.Equal(old, []byte(file.body)):
			o.warnf("%s", o.T("init.same", file.path))
		case err == nil:
			o.warnf("%s", o.T("init.kept", file.path))
		case errors.Is(err, fs.ErrNotExist):
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return created, dataErr(err)
			}
			if err := writeNew(p, []byte(file.body), file.mode); err != nil {
				return created, dataErr(err)
			}
			created++
			o.warnf("%s", o.T("init.created", file.path))
			if file.path == ".github/workflows/follow.yml" && !pinned {
				o.warnf("%s", o.T("init.unpinned", file.path))
			}
		default:
			return created, dataErr(err)
		}
	}
	return created, nil
}

// followModule is what the workflow installs.
const followModule = "github.com/staffnote/follow/cmd/follow"

// unpinned stands in the workflow for the version a development build cannot tell: go
// install refuses it, so CI fails until a person writes the version the team uses.
const unpinned = "SET-THE-FOLLOW-VERSION"

// initWorkflow is the CI workflow, installing the follow that runs init: its release or
// module version, else its commit; a development build that knows neither (or was built
// from uncommitted changes) writes a placeholder that fails CI loudly. It reports whether
// the version is pinned. Never @latest: CI must not change behaviour under the team.
func initWorkflow(b BuildInfo) (string, bool) {
	ref, pinned := pinVersion(b)
	note := "# The follow that ran follow init. Change it when the team moves to a newer follow:\n" +
		"        # pinned, not whatever is newest, so that CI never changes behaviour under the team."
	if !pinned {
		ref = unpinned
		note = "# follow init ran from a development build, which cannot tell its version: write\n" +
			"        # the version of follow your team uses (v1.2.3, or a commit) in place of\n" +
			"        # " + unpinned + ". Until then go install fails, so CI never floats."
	}
	wf := skelFile("workflow.yml")
	wf = strings.Replace(wf, "# {{pin-note}}", note, 1)
	return strings.Replace(wf, "{{follow}}", followModule+"@"+ref, 1), pinned
}

// pinVersion is the version of follow b names for go install: a release or module
// version (v added to a bare 1.2.3), else a clean commit.
func pinVersion(b BuildInfo) (string, bool) {
	if v := strings.TrimPrefix(strings.TrimSpace(b.Version), "v"); semverLike(v) {
		return "v" + v, true
	}
	if c := strings.TrimSpace(b.Commit); len(c) >= 7 && len(c) <= 40 && strings.Trim(c, "0123456789abcdef") == "" {
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

// mergeDriver is the command git runs to merge two versions of a record.
const mergeDriver = "follow merge %O %A %B %P"

// gitDir is the git directory of the repository dir is in (dir may not exist yet: its
// nearest existing folder is asked).
func gitDir(dir string) (string, error) {
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
	g, err := gitOutput(at, "rev-parse", "--absolute-git-dir")
	if err != nil {
		return "", err
	}
	return g, nil
}

// installHooks configures the merge driver and installs the pre-commit hook. It reports
// whether anything changed.
func (o *InitOptions) installHooks(dir string) (bool, error) {
	gitDir, err := gitDir(dir)
	if err != nil {
		return false, dataMsg("init.nogit", dir)
	}
	changed := false
	for _, kv := range [][2]string{{"merge.follow.name", "follow record merge"}, {"merge.follow.driver", mergeDriver}} {
		cur, _ := gitOutput(dir, "config", "--local", "--get", kv[0])
		if cur == kv[1] {
			continue
		}
		if _, err := gitOutput(dir, "config", "--local", kv[0], kv[1]); err != nil {
			return false, dataMsg("init.gitconfig", kv[0], err)
		}
		changed = true
	}
	hook := filepath.Join(gitDir, "hooks", "pre-commit")
	preCommit := skelFile("pre-commit")
	old, err := os.ReadFile(hook)
	switch {
	case err == nil && bytes.Equal(old, []byte(preCommit)):
	case err == nil:
		o.warnf("%s", o.T("init.hookother", hook))
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(hook), 0o755); err != nil {
			return false, dataErr(err)
		}
		if err := writeNew(hook, []byte(preCommit), 0o755); err != nil {
			return false, dataErr(err)
		}
		changed = true
	default:
		return false, dataErr(err)
	}
	if changed {
		o.warnf("%s", o.T("init.hooks", gitDir))
	} else {
		o.warnf("%s", o.T("init.hooksame"))
	}
	return changed, nil
}

// gitOutput runs git in dir and returns its trimmed output.
func gitOutput(dir string, args ...string) (string, error) {
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
