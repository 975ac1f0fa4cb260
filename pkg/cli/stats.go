package cli

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/stats"
	"github.com/staffnote/follow/pkg/store"
)

// StatsOptions are the inputs of follow stats.
type StatsOptions struct {
	f       *Factory
	From    string
	To      string
	By      string
	Min     int
	Format  string
	JSON    bool
	BOM     bool
	changed func(string) bool
}

// NewStatsCmd builds follow stats.
func NewStatsCmd(f *Factory) *cobra.Command {
	o := &StatsOptions{f: f}
	c := &cobra.Command{
		Use:   "stats",
		Short: "Renewal and termination rates, and the discipline of the follow-up",
		Long: `Show what is kept, not only what is lost: of the contract ends that fell in the window
(--from, --to; default the 12 calendar months up to the end of this month), how many
were renewed and how many ended (with the end categories), as a renewal rate (延長率) and
a termination rate (終了率). Ends with no decision yet are shown as pending and left out
of the rates. Then the follow-up discipline: active staff with a next follow-up date,
overdue follow-ups and how many days overdue (median), requests reported back on time,
milestones done on time, and the median interval between contacts in the first three
months.

Every rate shows its counts (12/13 = 92%). A rate over fewer than --min items is marked
too small to judge, not hidden. The figures come from the records alone (contract
history and visit logs), so they are the same on any clone. docs/STATS.md defines each.

JSON fields (stable): from, to, today, by, min, total, groups, ends, notes.`,
		Example: `  follow stats                              # the last 12 months, the whole team
  follow stats --by owner                   # per follow-up owner
  follow stats --by month --from 2026-01-01 --to 2026-12-31
  follow stats --by cohort --json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			o.changed = c.Flags().Changed
			return runStats(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.From, "from", "", "first day of the window (default: the first day of the month 11 months before --to)")
	fl.StringVar(&o.To, "to", "", "last day of the window (default: the last day of this month)")
	fl.StringVar(&o.By, "by", "", "group by: "+strings.Join(stats.Bys, ", ")+" (cohort = start month)")
	fl.IntVar(&o.Min, "min", stats.DefaultMin, "minimum count for a rate to be judged; smaller groups are marked too small")
	fl.StringVar(&o.Format, "format", "table", "output format: table, json, csv")
	fl.BoolVar(&o.JSON, "json", false, "shorthand for --format json")
	fl.BoolVar(&o.BOM, "bom", false, "start CSV output with a UTF-8 BOM (for Excel)")
	_ = c.RegisterFlagCompletionFunc("by", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return stats.Bys, cobra.ShellCompDirectiveNoFileComp
	})
	_ = c.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"table", "json", "csv"}, cobra.ShellCompDirectiveNoFileComp
	})
	return c
}

// statsWindow reads --from and --to (either may be empty) into the window.
func statsWindow(from, to string, today dates.Date) (dates.Date, dates.Date, error) {
	f, err := parseDateFlag("from", from, today, 0)
	if err != nil {
		return 0, 0, err
	}
	t, err := parseDateFlag("to", to, today, 0)
	if err != nil {
		return 0, 0, err
	}
	f, t = stats.DefaultWindow(today, f, t)
	if t.Before(f) {
		return 0, 0, usageErr("--to %s is before --from %s", t, f)
	}
	return f, t, nil
}

// statsRecords loads every record; unreadable or broken ones are reported on stderr and
// counted, the others returned.
func statsRecords(f *Factory) ([]*record.Record, int, error) {
	s, err := f.Store()
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
		if l.Err != nil {
			broken++
			f.warnf("%s", f.T("stats.broken", l.Err))
			continue
		}
		if err := l.Record.Broken(); err != nil {
			broken++
			f.warnf("%s", f.T("stats.broken", err))
			continue
		}
		recs = append(recs, l.Record)
	}
	return recs, broken, nil
}

func runStats(o *StatsOptions) error {
	f := o.f
	today, _ := f.Today()
	if o.JSON {
		if o.changed("format") && o.Format != "json" {
			return usageErr("--json and --format %s contradict each other", o.Format)
		}
		o.Format = "json"
	}
	switch o.Format {
	case "table", "json", "csv":
	default:
		return usageErr("--format must be table, json or csv, not %q", o.Format)
	}
	if o.BOM && o.Format != "csv" {
		return usageErr("--bom goes with --format csv")
	}
	if o.By != "" && !contains(stats.Bys, o.By) {
		return usageErr("--by must be one of %s, not %q", strings.Join(stats.Bys, ", "), o.By)
	}
	if o.Min < 0 {
		return usageErr("--min must be 0 or more, not %d", o.Min)
	}
	from, to, err := statsWindow(o.From, o.To, today)
	if err != nil {
		return err
	}
	recs, broken, err := statsRecords(f)
	if err != nil {
		return err
	}
	st := stats.Compute(recs, stats.Options{From: from, To: to, Today: today, By: o.By, Min: o.Min})
	if err := writeStats(o, st); err != nil {
		return dataErr(err)
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}

func writeStats(o *StatsOptions, st stats.Stats) error {
	f := o.f
	out := f.IO.Out
	switch o.Format {
	case "json":
		return render.WriteJSON(out, st)
	case "csv":
		rows := [][]string{statsCSVRow("total", st.Total)}
		for _, g := range st.Groups {
			rows = append(rows, statsCSVRow("group", g))
		}
		return render.WriteCSV(out, statsCSVHeaders, rows, o.BOM)
	}
	for _, n := range st.Notes {
		f.warnf("%s", f.T("stats.note", n.Staff, n.Msg))
	}
	by := st.By
	first := ""
	if by != "" {
		first = strings.ToUpper(by)
		if f.Lang() == "ja" {
			first = statsByJA[by]
		}
	}
	groups := append(append([]stats.Group(nil), st.Groups...), st.Total)
	key := func(g stats.Group, i int) string {
		if i == len(groups)-1 {
			return f.T("stats.h.total")
		}
		if g.Key == stats.NoKey {
			return f.T("stats.none")
		}
		return g.Key
	}
	fmt.Fprint(out, render.Colorize(f.T("stats.outcomes", st.From, st.To), render.StyleBold, f.Color()))
	t := render.Table{
		Headers:  []string{first, f.T("stats.h.ends"), f.T("stats.h.renewed"), f.T("stats.h.ended"), f.T("stats.h.pending"), f.T("stats.h.renewal"), f.T("stats.h.term"), f.T("stats.h.cats")},
		Align:    []render.Alignment{render.AlignLeft, render.AlignRight, render.AlignRight, render.AlignRight, render.AlignRight, render.AlignRight, render.AlignRight},
		MaxWidth: []int{30, 0, 0, 0, 0, 0, 0, 60},
	}
	for i, g := range groups {
		t.Rows = append(t.Rows, []string{key(g, i), strconv.Itoa(g.Ends), strconv.Itoa(g.Renewed),
			statsWithSub(f, "stats.early", g.Ended, g.Early), statsWithSub(f, "stats.past", g.Pending, g.Past),
			statsRate(f, g.RenewalRate), statsRate(f, g.TerminationRate), statsCats(f, g.Categories)})
	}
	t.RowStyle = func(i int) render.Style {
		if i == len(t.Rows)-1 {
			return render.StyleBold
		}
		return render.StyleNone
	}
	if err := t.Write(out, f.Color()); err != nil {
		return err
	}
	fmt.Fprintln(out)
	fmt.Fprint(out, render.Colorize(f.T("stats.discipline", st.Today, st.From, statsMinDate(st.To, st.Today)), render.StyleBold, f.Color()))
	d := render.Table{
		Headers: []string{first, f.T("stats.h.active"), f.T("stats.h.next"), f.T("stats.h.overdue"), f.T("stats.h.median"),
			f.T("stats.h.reports"), f.T("stats.h.milestones"), f.T("stats.h.interval")},
		Align:    []render.Alignment{render.AlignLeft, render.AlignRight, render.AlignRight, render.AlignRight, render.AlignRight, render.AlignRight, render.AlignRight, render.AlignRight},
		MaxWidth: []int{30},
	}
	for i, g := range groups {
		x := g.Discipline
		if x == nil {
			continue
		}
		d.Rows = append(d.Rows, []string{key(g, i), strconv.Itoa(x.Active), statsRate(f, x.WithNext), strconv.Itoa(x.Overdue),
			stats.Days(x.OverdueMedianDays), statsRate(f, x.ReportsOnTime), statsRate(f, x.MilestonesOnTime), stats.Days(x.FirstMonthsMedianDays)})
	}
	d.RowStyle = func(i int) render.Style {
		if i == len(d.Rows)-1 {
			return render.StyleBold
		}
		return render.StyleNone
	}
	if err := d.Write(out, f.Color()); err != nil {
		return err
	}
	if f.IO.StdoutTTY {
		f.warnf("%s", f.T("stats.footer", st.Min))
	}
	return nil
}

var statsByJA = map[string]string{"owner": "担当", "manager": "上長", "client": "派遣先", "site": "就業先", "cohort": "開始月", "month": "月"}

func statsMinDate(a, b dates.Date) dates.Date {
	if b.Before(a) {
		return b
	}
	return a
}

// statsRate shows a ratio with its counts, marking one that is too small to judge.
func statsRate(f *Factory, r stats.Ratio) string {
	if r.D == 0 {
		return "—"
	}
	if r.TooSmall {
		return f.T("stats.toosmall", r.Counts())
	}
	return r.String()
}

func statsWithSub(f *Factory, key string, n, sub int) string {
	if sub == 0 {
		return strconv.Itoa(n)
	}
	return f.T(key, n, sub)
}

func statsCats(f *Factory, cats map[string]int) string {
	keys := statsCatKeys(cats)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		name := k
		if k == stats.Uncategorized {
			name = f.T("stats.uncategorized")
		}
		parts = append(parts, name+" "+strconv.Itoa(cats[k]))
	}
	return strings.Join(parts, ", ")
}

// statsCatKeys orders categories by count, most first, then by name.
func statsCatKeys(cats map[string]int) []string {
	keys := make([]string, 0, len(cats))
	for k := range cats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if cats[keys[i]] != cats[keys[j]] {
			return cats[keys[i]] > cats[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

var statsCSVHeaders = []string{"scope", "key", "ends", "renewed", "ended", "early", "pending", "past",
	"renewal_n", "renewal_d", "renewal_percent", "termination_n", "termination_d", "termination_percent", "too_small", "categories",
	"active", "with_next_n", "with_next_d", "unscheduled", "overdue", "overdue_median_days",
	"reports_on_time_n", "reports_on_time_d", "milestones_on_time_n", "milestones_on_time_d",
	"first_months_median_days", "first_months_intervals"}

func statsCSVRow(scope string, g stats.Group) []string {
	pct := func(r stats.Ratio) string {
		if p, ok := r.Percent(); ok {
			return strconv.Itoa(p)
		}
		return ""
	}
	med := func(m *float64) string {
		if m == nil {
			return ""
		}
		return stats.Days(m)
	}
	var cats []string
	keys := make([]string, 0, len(g.Categories))
	for k := range g.Categories {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		cats = append(cats, k+"="+strconv.Itoa(g.Categories[k]))
	}
	it := strconv.Itoa
	row := []string{scope, g.Key, it(g.Ends), it(g.Renewed), it(g.Ended), it(g.Early), it(g.Pending), it(g.Past),
		it(g.RenewalRate.N), it(g.RenewalRate.D), pct(g.RenewalRate), it(g.TerminationRate.N), it(g.TerminationRate.D), pct(g.TerminationRate),
		strconv.FormatBool(g.RenewalRate.TooSmall), strings.Join(cats, ";")}
	if d := g.Discipline; d != nil {
		row = append(row, it(d.Active), it(d.WithNext.N), it(d.WithNext.D), it(d.Unscheduled), it(d.Overdue), med(d.OverdueMedianDays),
			it(d.ReportsOnTime.N), it(d.ReportsOnTime.D), it(d.MilestonesOnTime.N), it(d.MilestonesOnTime.D),
			med(d.FirstMonthsMedianDays), it(d.FirstMonthsIntervals))
	} else {
		row = append(row, make([]string, 12)...)
	}
	return row
}
