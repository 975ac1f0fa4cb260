package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/schedule"
)

// RenewOptions are the inputs of follow renew.
type RenewOptions struct {
	cmdutil.Printer
	cmdutil.Records
	ID     string
	Until  string
	Date   string
	Commit bool // commit the record alone, with its one-line message
}

// NewCmdRenew builds follow renew; runF, when set, runs instead of the command (tests).
func NewCmdRenew(f *cmdutil.Factory, runF func(*RenewOptions) error) *cobra.Command {
	o := &RenewOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "renew ID --until DATE",
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			if runF != nil {
				return runF(o)
			}
			return runRenew(o)
		},
		ValidArgsFunction: cmdutil.CompleteIDs(o.Store),
	}
	c.Flags().StringVar(&o.Until, "until", "", "")
	c.Flags().StringVar(&o.Date, "date", "", "")
	addCommitFlag(c, &o.Commit)
	_ = c.MarkFlagRequired("until")
	return c
}

func runRenew(o *RenewOptions) error {
	until, err := cmdutil.ParseDateFlag("until", o.Until, o.Today(), 0, ops.Planned)
	if err != nil {
		return err
	}
	var res ops.Renewed
	c, _, err := cmdutil.ApplyChange(o.Printer, o.Records, o.ID, o.Date, ops.Happened, func(c *cmdutil.Change, env ops.Env) (ops.Edit, error) {
		var err error
		res, err = ops.Renew(c.Rec, ops.RenewInput{Env: env, Date: c.Date, Until: until})
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	o.Warnf("%s", o.T("renew.done", c.Rec.ID, c.Rec.Name, res.N, until))
	if len(res.Closed) > 0 {
		o.Warnf("%s", o.T("renew.closed", render.Milestones(res.Closed, false)))
	}
	reportMilestones(o.Printer, res.Milestones, res.Skipped, c.Today)
	err = afterWrite(o.Printer, o.Commit, c.Path, written(c, commitmsg.Renew))
	o.Println(c.Path)
	return err
}

// reportMilestones says which milestones the rules added, and which they implied but were
// already past and so were not written.
func reportMilestones(p cmdutil.Printer, added []record.Milestone, skipped []schedule.Planned, today dates.Date) {
	if len(added) > 0 {
		p.Warnf("%s", p.T("new.milestones", render.Milestones(added, true)))
	}
	if len(skipped) > 0 {
		names := make([]string, 0, len(skipped))
		for _, s := range skipped {
			names = append(names, s.Rule.What+" "+s.Due.String())
		}
		p.Warnf("%s", p.T("new.skippedpast", today, strings.Join(names, ", ")))
	}
}
