package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/store"
)

// RenewOptions are the inputs of follow renew.
type RenewOptions struct {
	f     *Factory
	ID    string
	Until string
	Date  string
}

// NewRenewCmd builds follow renew.
func NewRenewCmd(f *Factory) *cobra.Command {
	o := &RenewOptions{f: f}
	c := &cobra.Command{
		Use:   "renew ID --until DATE",
		Short: "Record a contract renewal (更新・延長)",
		Long: `Record one more renewal: the contract end moves to --until, the renewal count goes up,
the period is added to the contract history, open renewal checks for the old end are
closed, and the milestones the team's rules imply for this renewal are written (the
manager's thank-you call on the renewals the rules name, the next renewal-intent check).
A dated line is written into the log.`,
		Example: `  follow renew S0101 --until 2027-05-31
  follow renew S0101 --until 2027年5月31日 --date 2026-12-20`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			return runRenew(o)
		},
		ValidArgsFunction: completeIDs(f),
	}
	c.Flags().StringVar(&o.Until, "until", "", "the new contract end (required)")
	c.Flags().StringVar(&o.Date, "date", "", "the date the renewal was agreed (default today)")
	_ = c.MarkFlagRequired("until")
	return c
}

func runRenew(o *RenewOptions) error {
	f := o.f
	today, _ := f.Today()
	until, err := parseDateFlag("until", o.Until, today, 0)
	if err != nil {
		return err
	}
	c, err := openChange(f, o.ID, o.Date)
	if err != nil {
		return err
	}
	defer c.unlock()
	res, err := ops.Renew(c.rec, ops.RenewInput{Env: c.env(f), Date: c.date, Until: until})
	if err != nil {
		return opErr(err)
	}
	if _, err := saveEdit(c.s, c.path, c.rec, res.Out, res.Verify); err != nil {
		return err
	}
	f.warnf("%s", f.T("renew.done", c.rec.ID, c.rec.Name, res.N, until))
	if len(res.Closed) > 0 {
		f.warnf("%s", f.T("renew.closed", milestoneList(res.Closed, false)))
	}
	reportMilestones(f, res.Milestones, res.Skipped, c.today)
	fmt.Fprintln(f.IO.Out, c.path)
	return nil
}

// milestoneList lists milestones as "M6 更新意向確認, ...", with their due dates when due.
func milestoneList(ms []record.Milestone, due bool) string {
	names := make([]string, 0, len(ms))
	for _, m := range ms {
		if due {
			names = append(names, m.ID+" "+m.Due.String()+" "+m.What)
		} else {
			names = append(names, m.ID+" "+m.What)
		}
	}
	return strings.Join(names, ", ")
}

// reportMilestones says which milestones the rules added, and which they implied but were
// already past and so were not written.
func reportMilestones(f *Factory, added []record.Milestone, skipped []schedule.Planned, today dates.Date) {
	if len(added) > 0 {
		f.warnf("%s", f.T("new.milestones", milestoneList(added, true)))
	}
	if len(skipped) > 0 {
		names := make([]string, 0, len(skipped))
		for _, p := range skipped {
			names = append(names, p.Rule.What+" "+p.Due.String())
		}
		f.warnf("%s", f.T("new.skippedpast", today, strings.Join(names, ", ")))
	}
}

// parseDateFlag reads a date flag as typed; empty gives def.
func parseDateFlag(flag, val string, today, def dates.Date) (dates.Date, error) {
	if val == "" {
		return def, nil
	}
	d, err := dates.Parse(val, today)
	if err != nil {
		return 0, usageErr("--%s: %v", flag, err)
	}
	return d, nil
}

// lockedStore opens the store and its rules and takes the write lock.
func lockedStore(f *Factory) (*store.Store, *config.Config, func(), error) {
	s, err := f.Store()
	if err != nil {
		return nil, nil, nil, err
	}
	cfg, err := f.Config()
	if err != nil {
		return nil, nil, nil, err
	}
	unlock, err := s.Lock()
	if err != nil {
		return nil, nil, nil, dataErr(err)
	}
	return s, cfg, unlock, nil
}
