package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
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
	s, cfg, path, rec, date := c.s, c.cfg, c.path, c.rec, c.date
	if !rec.Active() {
		return dataErr(errors.New(f.T("renew.ended", rec.ID)))
	}
	oldEnd := rec.Contract.End
	if !oldEnd.IsZero() && !until.After(oldEnd) {
		return usageErr("%s", f.T("renew.notafter", until, oldEnd))
	}
	n := rec.Contract.Renewals + 1
	ed := rec.Edit()
	ed.Set(n, "contract", "renewals")
	ed.Set(until, "contract", "end")
	var periods [][]record.Field
	from := rec.Start
	if !oldEnd.IsZero() {
		from = oldEnd.AddDays(1)
		if len(rec.Contract.History) == 0 {
			periods = append(periods, []record.Field{{Key: "from", Value: rec.Start}, {Key: "until", Value: oldEnd}})
		}
	}
	periods = append(periods, []record.Field{{Key: "from", Value: from}, {Key: "until", Value: until}})
	ed.Append([]string{"contract", "history"}, periods...)
	closed := closeRenewalChecks(ed, rec, cfg, date)
	added, skipped := addMilestones(ed, rec, schedule.ForRenewal(cfg, n, date, until), today)
	ed.InsertEntry(date, record.LogEntry(date, f.T("renew.kind"), f.T("renew.line", n, from, until)))
	out, err := ed.Bytes()
	if err != nil {
		return dataErr(err)
	}
	if _, err := saveEdit(s, path, rec, out, func(nr *record.Record) error {
		if nr.Contract.End != until || nr.Contract.Renewals != n {
			return errors.New(f.T("renew.notsaved"))
		}
		return nil
	}); err != nil {
		return err
	}
	f.warnf("%s", f.T("renew.done", rec.ID, rec.Name, n, until))
	if len(closed) > 0 {
		f.warnf("%s", f.T("renew.closed", strings.Join(closed, ", ")))
	}
	reportMilestones(f, added, skipped, today)
	fmt.Fprintln(f.IO.Out, path)
	return nil
}

// closeRenewalChecks marks done the open milestones of renewal rules (those tied to the
// contract end): a renewal or an end answers them.
func closeRenewalChecks(ed *record.Editor, rec *record.Record, cfg *config.Config, date dates.Date) []string {
	var closed []string
	for _, m := range rec.Milestones {
		rule := cfg.Rule(m.Rule)
		if m.Done.IsZero() && rule != nil && rule.Kind == schedule.KindRenewal && m.ID != "" {
			ed.SetInItem([]string{"milestones"}, m.ID, record.Field{Key: "done", Value: date})
			closed = append(closed, m.ID+" "+m.What)
		}
	}
	return closed
}

// addMilestones appends planned milestones with fresh ids; those already past today are
// not written but reported, so a late record does not flood follow due.
func addMilestones(ed *record.Editor, rec *record.Record, planned []schedule.Planned, today dates.Date) (added []record.Milestone, skipped []string) {
	var existing []string
	for _, m := range rec.Milestones {
		existing = append(existing, m.ID)
	}
	var keep []schedule.Planned
	for _, p := range planned {
		if p.Due.Before(today) {
			skipped = append(skipped, p.Rule.What+" "+p.Due.String())
			continue
		}
		keep = append(keep, p)
	}
	ids := schedule.NextIDs("M", existing, len(keep))
	var items [][]record.Field
	for i, p := range keep {
		m := p.Milestone(ids[i])
		added = append(added, m)
		items = append(items, record.MilestoneFields(m))
	}
	ed.Append([]string{"milestones"}, items...)
	return added, skipped
}

func reportMilestones(f *Factory, added []record.Milestone, skipped []string, today dates.Date) {
	if len(added) > 0 {
		var names []string
		for _, m := range added {
			names = append(names, m.ID+" "+m.Due.String()+" "+m.What)
		}
		f.warnf("%s", f.T("new.milestones", strings.Join(names, ", ")))
	}
	if len(skipped) > 0 {
		f.warnf("%s", f.T("new.skippedpast", today, strings.Join(skipped, ", ")))
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
