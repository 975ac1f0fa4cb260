package stats

import (
	"sort"
	"strconv"
	"strings"
)

// CSVHeaders are the columns of follow stats --format csv: stable, locale-independent
// names (docs/STATS.md).
var CSVHeaders = []string{"scope", "key", "ends", "renewed", "ended", "early", "pending", "past",
	"renewal_n", "renewal_d", "renewal_percent", "termination_n", "termination_d", "termination_percent", "too_small", "categories",
	"active", "with_next_n", "with_next_d", "unscheduled", "overdue", "overdue_median_days",
	"reports_on_time_n", "reports_on_time_d", "milestones_on_time_n", "milestones_on_time_d",
	"first_months_median_days", "first_months_intervals", "calls_on_time_n", "calls_on_time_d", "calls_late", "calls_open", "saves"}

// CSVRows are the rows of follow stats --format csv: the total, then each group.
func (s Stats) CSVRows() [][]string {
	rows := [][]string{s.Total.csvRow("total")}
	for _, g := range s.Groups {
		rows = append(rows, g.csvRow("group"))
	}
	return rows
}

func (g Group) csvRow(scope string) []string {
	pct := func(r Ratio) string {
		if p, ok := r.Percent(); ok {
			return strconv.Itoa(p)
		}
		return ""
	}
	med := func(m *float64) string {
		if m == nil {
			return ""
		}
		return Days(m)
	}
	keys := make([]string, 0, len(g.Categories))
	for k := range g.Categories {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	cats := make([]string, 0, len(keys))
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
			med(d.FirstMonthsMedianDays), it(d.FirstMonthsIntervals),
			it(d.CallsOnTime.N), it(d.CallsOnTime.D), it(d.CallsLate), it(d.CallsOpen))
	} else {
		row = append(row, make([]string, 16)...)
	}
	// Added after the columns of the first release, so that their positions stay.
	return append(row, it(g.Saves))
}

// CategoryKeys are the group's end categories, the most frequent first, then by name.
func (g Group) CategoryKeys() []string {
	keys := make([]string, 0, len(g.Categories))
	for k := range g.Categories {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if a, b := g.Categories[keys[i]], g.Categories[keys[j]]; a != b {
			return a > b
		}
		return keys[i] < keys[j]
	})
	return keys
}
