package cli

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textnorm"
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
	to := strings.TrimSpace(strings.ReplaceAll(o.To, "\u3000", " "))
	if to == "" {
		return usageErr("%s", f.T("handover.noto"))
	}
	c, err := openChange(f, o.ID, o.Date)
	if err != nil {
		return err
	}
	defer c.unlock()
	s, path, rec, date, today := c.s, c.path, c.rec, c.date, c.today
	from := rec.Owner
	if textnorm.Fold(from) == textnorm.Fold(to) {
		return usageErr("%s", f.T("handover.same", rec.ID, from))
	}
	ed := rec.Edit()
	ed.Set(to, "owner")
	lines := []string{f.T("handover.line", from, to)}
	if n := strings.TrimSpace(o.Note); n != "" {
		lines = append(lines, n)
	}
	ed.InsertEntry(date, record.LogEntry(date, f.T("handover.kind"), lines...))
	out, err := ed.Bytes()
	if err != nil {
		return dataErr(err)
	}
	nr, err := saveEdit(s, path, rec, out, func(nr *record.Record) error {
		if nr.Owner != to {
			return fmt.Errorf("%s", f.T("handover.failed", to))
		}
		return nil
	})
	if err != nil {
		return err
	}
	f.warnf("%s", f.T("handover.done", rec.ID, rec.Name, from, to))
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	entries, _ := nr.Entries()
	var buf bytes.Buffer
	writeBrief(f, &buf, brief.Build(nr, entries, cfg, today, f.Lang()))
	_, err = f.IO.Out.Write(buf.Bytes())
	return err
}
