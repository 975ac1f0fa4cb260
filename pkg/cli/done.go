package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/store"
)

// DoneOptions are the inputs of follow done.
type DoneOptions struct {
	f          *Factory
	ID, Item   string
	Date       string
	Note       string
	How        string
	NoReport   bool
	changedHow bool
}

// NewDoneCmd builds follow done.
func NewDoneCmd(f *Factory) *cobra.Command {
	o := &DoneOptions{f: f}
	c := &cobra.Command{
		Use:   "done ID ITEM",
		Short: "Mark a milestone or a request done",
		Long: `Mark a milestone (M3) or a request (R2) of a staff member done.

For a request, done means resolved and the result reported back to the staff member:
both dates are set, with --how saying how it was reported. Use --no-report when it is
resolved but not yet reported back; follow due keeps the report-back until a second
follow done. A dated line is written into the log.`,
		Example: `  follow done S0101 M3
  follow done S0101 R2 --note "席替え済み" --how 電話
  follow done S0101 R2 --no-report --date 2026-12-04`,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID, o.Item = args[0], args[1]
			o.changedHow = c.Flags().Changed("how")
			return runDone(o)
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return completeIDs(f)(c, args, prefix)
			}
			return completeOpenItems(f, args[0]), cobra.ShellCompDirectiveNoFileComp
		},
	}
	c.Flags().StringVar(&o.Date, "date", "", "when it was done (default today)")
	c.Flags().StringVar(&o.Note, "note", "", "a note on how it was resolved")
	c.Flags().StringVar(&o.How, "how", "", "how the result was reported back (電話, 訪問, メール, ...)")
	c.Flags().BoolVar(&o.NoReport, "no-report", false, "resolved, but not yet reported back")
	return c
}

func runDone(o *DoneOptions) error {
	f := o.f
	c, err := openChange(f, o.ID, o.Date)
	if err != nil {
		return err
	}
	defer c.unlock()
	res, err := ops.MarkDone(c.rec, ops.DoneInput{Env: c.env(f), Item: o.Item, Date: c.date, Note: o.Note,
		How: o.How, HowGiven: o.changedHow, NoReport: o.NoReport})
	if err != nil {
		return opErr(err)
	}
	if _, err := saveEdit(c.s, c.path, c.rec, res.Out, res.Verify); err != nil {
		return err
	}
	f.warnf("%s", f.T("done.done", c.rec.ID, c.rec.Name, res.Line(f.Lang())))
	fmt.Fprintln(f.IO.Out, c.path)
	return nil
}

// completeOpenItems completes the open milestones and requests of a record.
func completeOpenItems(f *Factory, id string) []string {
	s, err := f.Store()
	if err != nil {
		return nil
	}
	path, err := s.Find(id)
	if err != nil || path == "" {
		return nil
	}
	l := store.LoadOne(path)
	if l.Record == nil {
		return nil
	}
	var out []string
	for _, m := range l.Record.Milestones {
		if m.Done.IsZero() {
			out = append(out, m.ID+"\t"+m.Due.String()+" "+m.What)
		}
	}
	for _, q := range l.Record.Requests {
		if q.Done.IsZero() || q.Reported.IsZero() {
			out = append(out, q.ID+"\t"+q.Due.String()+" "+q.What)
		}
	}
	return out
}
