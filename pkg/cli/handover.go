package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/ops"
)

// HandoverOptions are the inputs of follow handover.
type HandoverOptions struct {
	cmdutil.Printer
	cmdutil.Records
	ID        string
	To        string
	NewPerson bool // --to names someone new to the team
	Note      string
	Date      string
	Width     func() int // the terminal's width in cells (cmdutil.Factory.TableWidth)
	Commit    bool       // commit the record alone, with its one-line message
}

// NewCmdHandover builds follow handover; runF, when set, runs instead of the command (tests).
func NewCmdHandover(f *cmdutil.Factory, runF func(*HandoverOptions) error) *cobra.Command {
	o := &HandoverOptions{Printer: f.Printer(), Records: f.Records(), Width: f.TableWidth}
	c := &cobra.Command{
		Use:  "handover ID --to OWNER [--note TEXT]",
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			if runF != nil {
				return runF(o)
			}
			return runHandover(o)
		},
		ValidArgsFunction: cmdutil.CompleteIDs(o.Store),
	}
	c.Flags().StringVar(&o.To, "to", "", "")
	c.Flags().BoolVar(&o.NewPerson, "new-person", false, "")
	c.Flags().StringVar(&o.Note, "note", "", "")
	c.Flags().StringVar(&o.Date, "date", "", "")
	addCommitFlag(c, &o.Commit)
	_ = c.MarkFlagRequired("to")
	_ = c.RegisterFlagCompletionFunc("to", cmdutil.CompletePeople(o.Team))
	return c
}

func runHandover(o *HandoverOptions) error {
	in := ops.HandoverInput{To: o.To, Note: o.Note}
	if err := in.Check(); err != nil {
		return opErr(err)
	}
	to, err := o.Writer("--to", o.To, o.NewPerson)
	if err != nil {
		return err
	}
	if err := o.Guard(ops.Input{Flag: "--to", Text: to}, ops.Input{Flag: "--note", Text: o.Note}); err != nil {
		return err
	}
	in.To = to
	var res ops.HandedOver
	c, nr, err := cmdutil.ApplyChange(o.Printer, o.Records, o.ID, o.Date, ops.Happened, func(c *cmdutil.Change, env ops.Env) (ops.Edit, error) {
		in.Env, in.Date = env, c.Date
		var err error
		res, err = ops.Handover(c.Rec, in)
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	o.Warnf("%s", o.T("handover.done", c.Rec.ID, c.Rec.Name, res.From, res.To))
	cm := written(c, commitmsg.Handover)
	cm.To = res.To
	if err := printBrief(o.Printer, nr, c.Cfg, c.Today, false, o.Width()); err != nil {
		return err
	}
	return afterWrite(o.Printer, o.Commit, c.Path, cm)
}
