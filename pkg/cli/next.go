package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
)

// NextOptions are the inputs of follow next.
type NextOptions struct {
	Printer
	Records
	ID string
	At string // DATE [TIME] [PLACE] as typed, the arguments joined by spaces
	// Note says why the appointment moved (--note).
	Note string
}

// NewCmdNext builds follow next; runF, when set, runs instead of the command (tests).
func NewCmdNext(f *Factory, runF func(*NextOptions) error) *cobra.Command {
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
		ValidArgsFunction: completeIDs(o.Store),
	}
	c.Flags().StringVar(&o.Note, "note", "", "")
	return c
}

func runNext(o *NextOptions) error {
	if err := o.guard(ops.Input{Flag: "DATE [TIME] [PLACE]", Text: o.At}, ops.Input{Flag: "--note", Text: o.Note}); err != nil {
		return err
	}
	at, err := dates.ParseAppointmentNear(o.At, o.Today(), ops.Planned)
	if err != nil {
		return usageErr("%v", err)
	}
	var res ops.Rescheduled
	c, _, err := applyChange(o.Printer, o.Records, o.ID, "", ops.Happened, func(c *change, env ops.Env) (ops.Edit, error) {
		var err error
		res, err = ops.Reschedule(c.rec, ops.RescheduleInput{Env: env, At: at, Note: strings.TrimSpace(o.Note)})
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	was := o.T("next.none")
	if !res.From.Date.IsZero() {
		was = res.From.String()
	}
	o.warnf("%s", o.T("next.done", c.rec.ID, c.rec.Name, at.String(), was))
	if res.Closed != nil {
		o.warnf("%s", o.T("warning", o.T("visit.nextclosed", at.Date, res.Closed.Text(o.Lang()))))
	}
	o.println(c.path)
	return nil
}
