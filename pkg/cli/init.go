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
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// InitOptions are the inputs of follow init.
type InitOptions struct {
	Printer
	Dir   string
	Hooks bool
}

// NewCmdInit builds follow init; runF, when set, runs instead of the command (tests).
func NewCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{Printer: f.Printer()}
	c := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Set up a team repository for records",
		Long: `Create a ready team repository in DIR (default: the current folder):

  records/follow.yaml           the team's rules, written out and commented
  records/S0001.md              an example record
  record.schema.json            the front matter schema, for editors (follow schema)
  .gitignore                    follow's .follow/ folder and temporary files
  .gitattributes                records merged by the follow merge driver, diffed as markdown
  .github/workflows/follow.yml  CI: follow lint --format github and follow fmt --check
  .githooks/pre-commit          the pre-commit hook (privacy guard and lint)

--hooks also configures the merge driver (merge.follow.driver = follow merge %O %A %B %P)
in .git/config and installs the pre-commit hook into .git/hooks. Running follow init
again changes nothing and says so; it never overwrites a file you have changed.`,
		Example: `  mkdir team-follow && cd team-follow && git init
  follow init --hooks`,
		Args: cobra.MaximumNArgs(1),
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
	files := []initFile{
		{"records/follow.yaml", skelFile("follow.yaml"), 0o644},
		{"records/S0001.md", skelFile("S0001.md"), 0o644},
		{"record.schema.json", string(record.Schema()), 0o644},
		{".gitignore", skelFile("gitignore"), 0o644},
		{".gitattributes", skelFile("gitattributes"), 0o644},
		{".github/workflows/follow.yml", skelFile("workflow.yml"), 0o644},
		{".githooks/pre-commit", skelFile("pre-commit"), 0o755},
	}
	// Nothing is added to a folder written in a newer record format.
	if err := config.CheckFormat(filepath.Join(o.Dir, "records", store.ConfigName)); err != nil {
		return dataErr(err)
	}
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return dataErr(err)
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
				return dataErr(err)
			}
			if err := writeNew(p, []byte(file.body), file.mode); err != nil {
				return dataErr(err)
			}
			created++
			o.warnf("%s", o.T("init.created", file.path))
		default:
			return dataErr(err)
		}
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

// installHooks configures the merge driver and installs the pre-commit hook. It reports
// whether anything changed.
func (o *InitOptions) installHooks(dir string) (bool, error) {
	gitDir, err := gitOutput(dir, "rev-parse", "--git-dir")
	if err != nil {
		return false, dataMsg("init.nogit", dir)
	}
	if !filepath.IsAbs(gitDir) {
		gitDir = filepath.Join(dir, gitDir)
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
