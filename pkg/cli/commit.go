package cli

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/gitstage"
)

// addCommitFlag gives a command that writes a record --commit.
func addCommitFlag(c *cobra.Command, commit *bool) { c.Flags().BoolVar(commit, "commit", false, "") }

// afterWrite says on stderr the one-line commit message of a write to the record at path
// (pkg/commitmsg), or, with commit, commits that record alone with it. When the commit
// cannot be made the record stays written and the error (exit 1) says so.
func afterWrite(p cmdutil.Printer, commit bool, path string, c commitmsg.Change) error {
	msg := commitmsg.Message(c)
	if !commit {
		p.Warnf("%s", p.T("commit.message", msg))
		return nil
	}
	if err := gitstage.CommitFile(path, msg); err != nil {
		why := err.Error()
		switch {
		case errors.Is(err, gitstage.ErrNoGit):
			why = p.T("commit.nogit")
		case errors.Is(err, gitstage.ErrNotRepository):
			why = p.T("commit.norepo")
		}
		return dataErr(msgErr("commit.failed", path, why))
	}
	p.Warnf("%s", p.T("commit.committed", msg))
	return nil
}

// written is the change of the record as its commit message tells it: in the record's
// language, by the cmdutil.Author of the change, on its date.
func written(c *cmdutil.Change, action string) commitmsg.Change {
	return commitmsg.Change{Lang: c.EnvUsed.Lang, ID: c.Rec.ID, Action: action, Date: c.Date, Author: c.EnvUsed.Author}
}
