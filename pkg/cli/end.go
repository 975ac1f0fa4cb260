package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/ops"
)

// EndOptions are the inputs of follow end.
type EndOptions struct {
	f        *Factory
	ID       string
	Date     string
	Reason   string
	Category string
}

// NewEndCmd builds follow end.
func NewEndCmd(f *Factory) *cobra.Command {
	o := &EndOptions{f: f}
	c := &cobra.Command{
		Use:   "end ID --reason TEXT",
		Short: "Record the end of a dispatch (終了)",
		Long: `Record that a staff member's dispatch ended: status becomes ended, with the date, the
reason and a category (the team's list in follow.yaml end_categories; by default
contract-expiry, staff-reason, client-reason, other). Ended staff leave follow due.
Open renewal checks are closed. A dated line is written into the log.`,
		Example: `  follow end S0104 --date 2026-12-31 --reason "契約満了、本人が資格取得のため学業に専念" --category staff-reason`,
		Args:    cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			return runEnd(o)
		},
		ValidArgsFunction: completeIDs(f),
	}
	c.Flags().StringVar(&o.Date, "date", "", "the last day of the dispatch (default today)")
	c.Flags().StringVar(&o.Reason, "reason", "", "why it ended (required)")
	c.Flags().StringVar(&o.Category, "category", "", "category of the end (see end_categories in follow.yaml)")
	_ = c.MarkFlagRequired("reason")
	_ = c.RegisterFlagCompletionFunc("category", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		cfg, err := f.Config()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return cfg.EndCats, cobra.ShellCompDirectiveNoFileComp
	})
	return c
}

func runEnd(o *EndOptions) error {
	f := o.f
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	in := ops.EndInput{Env: ops.Env{Config: cfg}, Reason: o.Reason, Category: o.Category}
	if err := in.Check(); err != nil {
		return opErr(err)
	}
	c, err := openChange(f, o.ID, o.Date)
	if err != nil {
		return err
	}
	defer c.unlock()
	in.Env, in.Date = c.env(f), c.date
	res, err := ops.End(c.rec, in)
	if err != nil {
		return opErr(err)
	}
	if _, err := saveEdit(c.s, c.path, c.rec, res.Out, res.Verify); err != nil {
		return err
	}
	f.warnf("%s", f.T("end.done", c.rec.ID, c.rec.Name, c.date))
	fmt.Fprintln(f.IO.Out, c.path)
	return nil
}
