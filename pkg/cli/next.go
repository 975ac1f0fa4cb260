package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
)

// NextOptions are the inputs of follow next.
type NextOptions struct {
	cmdutil.Printer
	cmdutil.Records
	ID string
	At string // DATE [TIME] [PLACE] as typed, the arguments joined by spaces
	// Note says why the appointment moved (--note).
	Note   string
	Commit bool // commit the record alone, with its one-line message
}

// NewCmdNext builds follow next; runF, when set, runs instead of the command (tests).
func NewCmdNext(f *cmdutil.Factory, runF func(*NextOptions) error) *cobra.Command {
	o := &NextOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "next ID DATE [TIME] [PLACE]",
		Args: minArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID, o.At = args[0], strings.Join(args[1:], " ")
			if runF != nil {
				return runF(o)
			}
			return runNext(o)
		},
		ValidArgsFunction: cmdutil.CompleteIDs(o.Store),
	}
	c.Flags().StringVar(&o.Note, "note", "", "")
	addCommitFlag(c, &o.Commit)
	return c
}

func runNext(o *NextOptions) error {
	if err := o.Guard(ops.Input{Flag: "DATE [TIME] [PLACE]", Text: o.At}, ops.Input{Flag: "--note", Text: o.Note}); err != nil {
		return err
	}
	at, err := dates.ParseAppointmentNear(o.At, o.Today(), ops.Planned)
	if err != nil {
		return usageErr("%v", err)
	}
	var res ops.Rescheduled
	c, _, err := cmdutil.ApplyChange(o.Printer, o.Records, o.ID, "", ops.Happened, func(c *cmdutil.Change, env ops.Env) (ops.Edit, error) {
		var err error
		res, err = ops.Reschedule(c.Rec, ops.RescheduleInput{Env: env, At: at, Note: strings.TrimSpace(o.Note)})
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	was := o.T("next.none")
	if !res.From.Date.IsZero() {
		was = res.From.String()
	}
	o.Warnf("%s", o.T("next.done", c.Rec.ID, c.Rec.Name, at.String(), was))
	if res.Closed != nil {
		o.Warnf("%s", o.T("warning", o.T("visit.nextclosed", at.Date, res.Closed.Text(o.Lang()))))
	}
	cm := written(c, commitmsg.Reschedule)
	cm.To = at.String()
	err = afterWrite(o.Printer, o.Commit, c.Path, cm)
	o.Println(c.Path)
	return err
}
