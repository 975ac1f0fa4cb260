package cli

import (
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/gitstage"
	"github.com/staffnote/follow/pkg/initrepo"
	"github.com/staffnote/follow/pkg/store"
)

// InitOptions are the inputs of follow init.
type InitOptions struct {
	cmdutil.Printer
	Today func() dates.Date // the example record starts on the day init runs
	Build cmdutil.BuildInfo // the follow the workflow installs
	Dir   string
	Hooks bool
}

// NewCmdInit builds follow init; runF, when set, runs instead of the command (tests).
func NewCmdInit(f *cmdutil.Factory, runF func(*InitOptions) error) *cobra.Command {
	o := &InitOptions{Printer: f.Printer(), Today: f.Records().Today, Build: f.Build}
	c := &cobra.Command{
		Use:  "init [DIR]",
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
	c.Flags().BoolVar(&o.Hooks, "hooks", false, "")
	return c
}

func runInit(o *InitOptions) error {
	// Nothing is added to a folder written in a newer record format, nor configured.
	if err := config.CheckFormat(filepath.Join(o.Dir, "records", store.ConfigName)); err != nil {
		return dataErr(err)
	}
	if o.Hooks {
		if _, err := gitstage.GitDir(o.Dir); err != nil {
			return dataMsg("init.nogit", o.Dir)
		}
	}
	created := 0
	if team := initrepo.TeamConfig(o.Dir); team != "" {
		// A clone of a team's repository: its files are the team's to change.
		if !o.Hooks {
			o.Warnf("%s", o.T("init.existing", team))
			return nil
		}
		o.Warnf("%s", o.T("init.clone", team))
	} else {
		n, err := o.writeFiles()
		if err != nil {
			return err
		}
		created = n
	}
	hooksChanged := false
	if o.Hooks {
		changed, err := o.installHooks()
		if err != nil {
			return err
		}
		hooksChanged = changed
	}
	if created == 0 && !hooksChanged {
		o.Warnf("%s", o.T("init.nothing", o.Dir))
	}
	return nil
}

// writeFiles writes the files of a new team repository that are missing, and says which
// it created, kept or found unchanged. It returns how many it created.
func (o *InitOptions) writeFiles() (int, error) {
	files, pinned, err := initrepo.Files(o.Today(), o.Build.Version, o.Build.Commit)
	if err != nil {
		return 0, opErr(err)
	}
	written, err := initrepo.Write(o.Dir, files)
	created := 0
	for _, w := range written {
		switch w.Outcome {
		case initrepo.Same:
			o.Warnf("%s", o.T("init.same", w.Path))
		case initrepo.Kept:
			o.Warnf("%s", o.T("init.kept", w.Path))
		case initrepo.Created:
			created++
			o.Warnf("%s", o.T("init.created", w.Path))
			if w.Path == initrepo.WorkflowPath && !pinned {
				o.Warnf("%s", o.T("init.unpinned", w.Path))
			}
		}
	}
	if err != nil {
		return created, dataErr(err)
	}
	return created, nil
}

// installHooks configures the merge driver and installs the pre-commit hook, and says
// so. It reports whether anything changed.
func (o *InitOptions) installHooks() (bool, error) {
	h, err := initrepo.InstallHooks(o.Dir)
	if h.Other != "" {
		o.Warnf("%s", o.T("init.hookother", h.Other))
	}
	if err != nil {
		return false, dataErr(err)
	}
	if h.Changed {
		o.Warnf("%s", o.T("init.hooks", h.GitDir))
	} else {
		o.Warnf("%s", o.T("init.hooksame"))
	}
	return h.Changed, nil
}
