package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/record"
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
	if strings.TrimSpace(o.Reason) == "" {
		return usageErr("%s", f.T("end.noreason"))
	}
	c, err := openChange(f, o.ID, o.Date)
	if err != nil {
		return err
	}
	defer c.unlock()
	s, cfg, path, rec, date := c.s, c.cfg, c.path, c.rec, c.date
	if o.Category != "" && !contains(cfg.EndCats, o.Category) {
		return usageErr("%s", f.T("end.badcat", o.Category, strings.Join(cfg.EndCats, ", ")))
	}
	if !rec.Active() {
		return dataErr(errors.New(f.T("end.already", rec.ID, rec.Ended.Date)))
	}
	if date.Before(rec.Start) {
		return usageErr("%s", f.T("end.beforestart", date, rec.Start))
	}
	ed := rec.Edit()
	ed.Set(record.StatusEnded, "status")
	ed.Set(date, "ended", "date")
	ed.Set(o.Reason, "ended", "reason")
	if o.Category != "" {
		ed.Set(o.Category, "ended", "category")
	}
	closeRenewalChecks(ed, rec, cfg, date)
	line := f.T("end.line", o.Reason)
	if o.Category != "" {
		line = f.T("end.linecat", o.Reason, o.Category)
	}
	ed.InsertEntry(date, record.LogEntry(date, f.T("end.kind"), line))
	out, err := ed.Bytes()
	if err != nil {
		return dataErr(err)
	}
	if _, err := saveEdit(s, path, rec, out, func(nr *record.Record) error {
		if nr.Active() || nr.Ended.Date != date {
			return errors.New(f.T("end.notsaved"))
		}
		return nil
	}); err != nil {
		return err
	}
	f.warnf("%s", f.T("end.done", rec.ID, rec.Name, date))
	fmt.Fprintln(f.IO.Out, path)
	return nil
}
