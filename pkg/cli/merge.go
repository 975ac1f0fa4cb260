package cli

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/merge"
	"github.com/staffnote/follow/pkg/store"
)

// MergeOptions are the inputs of follow merge.
type MergeOptions struct {
	cmdutil.Printer
	Base, Ours, Theirs string
	Path               string
}

// NewCmdMerge builds follow merge, the git merge driver; runF, when set, runs instead of
// the command (tests).
func NewCmdMerge(f *cmdutil.Factory, runF func(*MergeOptions) error) *cobra.Command {
	o := &MergeOptions{Printer: f.Printer()}
	c := &cobra.Command{
		Use:  "merge BASE OURS THEIRS [PATH]",
		Args: cmdutil.RangeArgs(3, 4),
		RunE: func(c *cobra.Command, args []string) error {
			o.Base, o.Ours, o.Theirs = args[0], args[1], args[2]
			o.Path = o.Ours
			if len(args) == 4 {
				o.Path = args[3]
			}
			if runF != nil {
				return runF(o)
			}
			return runMerge(o)
		},
	}
	return c
}

func runMerge(o *MergeOptions) error {
	read := func(p string) ([]byte, error) {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, dataErr(err)
		}
		return b, nil
	}
	base, err := read(o.Base)
	if err != nil {
		return err
	}
	ours, err := read(o.Ours)
	if err != nil {
		return err
	}
	theirs, err := read(o.Theirs)
	if err != nil {
		return err
	}
	// A folder of a newer record format is merged as git would without follow.
	err = recordsFormat(o.Path)
	var res *merge.Result
	if err == nil {
		res, err = merge.Merge(o.Path, base, ours, theirs)
	}
	if err != nil {
		o.Warnf("%s", o.T("merge.fallback", o.Path, err))
		return lineMerge(o)
	}
	st, err := os.Stat(o.Ours)
	if err != nil {
		return dataErr(err)
	}
	if err := os.WriteFile(o.Ours, res.Out, st.Mode().Perm()); err != nil {
		return dataErr(err)
	}
	if msg := mergeSummary(o.Lang(), o.Path, res); msg != "" {
		o.Warnf("%s", o.T("merge.info", msg))
	}
	if !res.KeptNext.IsZero() {
		o.Warnf("%s", o.T("merge.promise", o.Path, dates.Join(res.Disputed, ", "), res.KeptNext))
	}
	if len(res.Conflicts) > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// lineMerge falls back to git's own line merge, leaving its conflict markers.
func lineMerge(o *MergeOptions) error {
	cmd := exec.Command("git", "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", o.Ours, o.Base, o.Theirs)
	cmd.Stderr = o.IO.ErrOut
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ee) && ee.ExitCode() > 0:
		return silentExit(ExitError)
	}
	return dataMsg("merge.gitfail", err)
}

// recordsFormat checks the record format of the records folder holding path (the nearest
// folder above it with a follow.yaml).
func recordsFormat(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	return config.CheckFormat(filepath.Join(store.Resolve("", "", filepath.Dir(abs)), store.ConfigName))
}

// mergeSummary is what follow merge says of res in lang: the parts that
// conflicted, else the ids it renumbered ("" when there is nothing to say).
func mergeSummary(lang, path string, res *merge.Result) string {
	if len(res.Conflicts) > 0 {
		parts := make([]string, len(res.Conflicts))
		for i, c := range res.Conflicts {
			parts[i] = c.Name // a key or an item is named as the record has it
			switch c.Code {
			case merge.ConflictLead, merge.ConflictPreamble:
				parts[i] = i18n.T(lang, "merge.part."+c.Code)
			case merge.ConflictEntry:
				parts[i] = i18n.T(lang, "merge.part.entry", c.Name)
			}
		}
		return i18n.T(lang, "merge.conflict", path, strings.Join(parts, i18n.Sep(lang)))
	}
	if len(res.Renamed) > 0 {
		return i18n.T(lang, "merge.renumbered", path, strings.Join(res.Renamed, i18n.Sep(lang)))
	}
	return ""
}
