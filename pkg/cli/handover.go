package cli

import (
	"bytes"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/ops"
)

// HandoverOptions are the inputs of follow handover.
type HandoverOptions struct {
	f    *Factory
	ID   string
	To   string
	Note string
	Date string
}

// NewHandoverCmd builds follow handover.
func NewHandoverCmd(f *Factory) *cobra.Command {
	o := &HandoverOptions{f: f}
	c := &cobra.Command{
		Use:   "handover ID --to OWNER [--note TEXT]",
		Short: "Hand a staff member over to another owner, with a note, and print their brief",
		Long: `Change the follow-up owner of a staff member: owner: in the front matter becomes --to,
a dated handover entry with --note is written into the log (so whoever opens the record
later sees who followed whom, and what the previous owner wanted passed on), and the
brief (follow show) is printed for the new owner.`,
		Example: `  follow handover S0101 --to 川口 --note "月曜午前は避ける。次回は柴犬の話から"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			return runHandover(o)
		},
		ValidArgsFunction: completeIDs(f),
	}
	c.Flags().StringVar(&o.To, "to", "", "the new owner (required)")
	c.Flags().StringVar(&o.Note, "note", "", "what the new owner should know")
	c.Flags().StringVar(&o.Date, "date", "", "the date of the handover (default today)")
	_ = c.MarkFlagRequired("to")
	_ = c.RegisterFlagCompletionFunc("to", completeOwners(f))
	return c
}

func runHandover(o *HandoverOptions) error {
	f := o.f
	in := ops.HandoverInput{To: o.To, Note: o.Note}
	if err := in.Check(); err != nil {
		return opErr(err)
	}
	c, err := openChange(f, o.ID, o.Date)
	if err != nil {
		return err
	}
	defer c.unlock()
	in.Env, in.Date = c.env(f), c.date
	res, err := ops.Handover(c.rec, in)
	if err != nil {
		return opErr(err)
	}
	nr, err := saveEdit(c.s, c.path, c.rec, res.Out, res.Verify)
	if err != nil {
		return err
	}
	f.warnf("%s", f.T("handover.done", c.rec.ID, c.rec.Name, res.From, res.To))
	entries, _ := nr.Entries()
	var buf bytes.Buffer
	writeBrief(f, &buf, brief.Build(nr, entries, c.cfg, c.today, f.Lang()))
	_, err = f.IO.Out.Write(buf.Bytes())
	return err
}
