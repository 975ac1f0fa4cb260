package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/stats"
	"github.com/staffnote/follow/pkg/store"
)

// StatsOptions are the inputs of follow stats.
type StatsOptions struct {
	cmdutil.Printer
	cmdutil.Records
	From    string
	To      string
	By      string
	Min     int
	Format  string
	JSON    bool
	BOM     bool
	Changed func(name string) bool
}

// NewCmdStats builds follow stats; runF, when set, runs instead of the command (tests).
func NewCmdStats(f *cmdutil.Factory, runF func(*StatsOptions) error) *cobra.Command {
	o := &StatsOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "stats",
		Args: noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			o.Changed = c.Flags().Changed
			if runF != nil {
				return runF(o)
			}
			return runStats(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.From, "from", "", "")
	fl.StringVar(&o.To, "to", "", "")
	fl.StringVar(&o.By, "by", "", strings.Join(stats.Bys, ", "))
	fl.IntVar(&o.Min, "min", stats.DefaultMin, "")
	fl.StringVar(&o.Format, "format", "table", "")
	fl.BoolVar(&o.JSON, "json", false, "")
	fl.BoolVar(&o.BOM, "bom", false, "")
	_ = c.RegisterFlagCompletionFunc("by", cmdutil.CompleteWords(stats.Bys...))
	_ = c.RegisterFlagCompletionFunc("format", cmdutil.CompleteWords("table", "json", "csv"))
	return c
}

// statsWindow reads --from and --to (either may be empty) into the window.
func statsWindow(from, to string, today dates.Date) (dates.Date, dates.Date, error) {
	f, err := cmdutil.ParseDateFlag("from", from, today, 0, dates.ThisYear)
	if err != nil {
		return 0, 0, err
	}
	t, err := cmdutil.ParseDateFlag("to", to, today, 0, dates.ThisYear)
	if err != nil {
		return 0, 0, err
	}
	f, t = stats.DefaultWindow(today, f, t)
	if t.Before(f) {
		return 0, 0, usageMsg("stats.window", t, f)
	}
	return f, t, nil
}

// loadSound loads every record; unreadable or broken ones are reported on stderr and
// counted, the others returned.
func loadSound(p cmdutil.Printer, open func() (*store.Store, error)) ([]*record.Record, int, error) {
	s, err := open()
	if err != nil {
		return nil, 0, err
	}
	paths, err := s.List()
	if err != nil {
		return nil, 0, dataErr(err)
	}
	var recs []*record.Record
	broken := 0
	for _, l := range store.Load(paths) {
		err := l.Err
		if err == nil {
			err = l.Record.Broken()
		}
		if err != nil {
			broken++
			p.Warnf("%s", p.T("stats.broken", err))
			continue
		}
		recs = append(recs, l.Record)
	}
	return recs, broken, nil
}

func runStats(o *StatsOptions) error {
	today := o.Today()
	if err := tableFormat(&o.Format, o.JSON, o.BOM, o.Changed); err != nil {
		return err
	}
	if o.By != "" && !slices.Contains(stats.Bys, o.By) {
		return usageMsg("stats.badby", strings.Join(stats.Bys, ", "), o.By)
	}
	if o.Min < 0 {
		return usageMsg("stats.badmin", o.Min)
	}
	from, to, err := statsWindow(o.From, o.To, today)
	if err != nil {
		return err
	}
	recs, broken, err := loadSound(o.Printer, o.Store)
	if err != nil {
		return err
	}
	st := stats.Compute(recs, stats.Options{From: from, To: to, Today: today, By: o.By, Min: o.Min})
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	st.EndLabel = cfg.EndLabel
	switch o.Format {
	case "json":
		err = render.WriteJSON(o.IO.Out, st)
	case "csv":
		err = render.WriteCSV(o.IO.Out, stats.CSVHeaders, st.CSVRows(), o.BOM)
	default:
		err = o.writeTables(st)
	}
	if err != nil {
		return dataErr(err)
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// writeTables prints the outcomes and the discipline of the follow-up, by group, with
// the notes and the footer on stderr.
func (o *StatsOptions) writeTables(st stats.Stats) error {
	for _, n := range st.Notes {
		o.Warnf("%s", o.T("stats.note", n.Staff, n.Msg))
	}
	if err := st.WriteText(o.IO.Out, o.Lang(), o.Color()); err != nil {
		return err
	}
	if o.IO.StdoutTTY {
		o.Warnf("%s", o.T("stats.footer", st.Min))
	}
	return nil
}
