package stats

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/render"
)

// words is the reader's language.
type words struct {
	lang  string
	label func(code, lang string) string // an end category's label (Stats.EndLabel), or nil
}

// T returns a message of the catalogue in the reader's language.
func (p words) T(key string, args ...any) string { return i18n.T(p.lang, key, args...) }

// statsTable is a table of figures: one row per group and the total, in bold, last.
func statsTable(headers []string, widths []int) render.Table {
	t := render.Table{Headers: headers, MaxWidth: widths, Align: []render.Alignment{render.AlignLeft}}
	for range headers[1:] {
		t.Align = append(t.Align, render.AlignRight)
	}
	t.RowStyle = func(i int) render.Style {
		if i == len(t.Rows)-1 {
			return render.StyleBold
		}
		return render.StyleNone
	}
	return t
}

// WriteText writes st as the tables a person reads, in lang: the outcomes and the
// discipline of the follow-up, by group, and the managers' calls when any fell due.
func (st Stats) WriteText(out io.Writer, lang string, color bool) error {
	o := words{lang, st.EndLabel}
	first := o.byHeader(st.By)
	groups := append(append([]Group(nil), st.Groups...), st.Total)
	key := func(g Group, i int) string {
		if i == len(groups)-1 {
			return o.T("stats.h.total")
		}
		if g.Key == NoKey {
			return o.T("stats.none")
		}
		return g.Key
	}
	if err := render.Print(out, o.T("stats.outcomes", st.From, st.To), render.StyleBold, color); err != nil {
		return err
	}
	t := statsTable([]string{first, o.T("stats.h.ends"), o.T("stats.h.renewed"), o.T("stats.h.ended"), o.T("stats.h.pending"),
		o.T("stats.h.renewal"), o.T("stats.h.saves"), o.T("stats.h.term"), o.T("stats.h.cats")}, []int{30, 0, 0, 0, 0, 0, 0, 0, 60})
	t.Align = t.Align[:8]
	for i, g := range groups {
		t.Rows = append(t.Rows, []string{key(g, i), strconv.Itoa(g.Ends), strconv.Itoa(g.Renewed),
			o.withSub("stats.early", g.Ended, g.Early), o.withSub("stats.past", g.Pending, g.Past),
			o.rate(g.RenewalRate), strconv.Itoa(g.Saves), o.rate(g.TerminationRate), o.categories(g)})
	}
	if err := t.Write(out, color); err != nil {
		return err
	}
	fmt.Fprintln(out)
	if err := render.Print(out, o.T("stats.discipline", st.Today, st.From, min(st.To, st.Today)), render.StyleBold, color); err != nil {
		return err
	}
	d := statsTable([]string{first, o.T("stats.h.active"), o.T("stats.h.next"), o.T("stats.h.overdue"), o.T("stats.h.median"),
		o.T("stats.h.reports"), o.T("stats.h.milestones"), o.T("stats.h.interval")}, []int{30})
	for i, g := range groups {
		if x := g.Discipline; x != nil {
			d.Rows = append(d.Rows, []string{key(g, i), strconv.Itoa(x.Active), o.rate(x.WithNext), strconv.Itoa(x.Overdue),
				Days(x.OverdueMedianDays), o.rate(x.ReportsOnTime), o.rate(x.MilestonesOnTime), Days(x.FirstMonthsMedianDays)})
		}
	}
	if err := d.Write(out, color); err != nil {
		return err
	}
	return o.writeCalls(out, color, st, groups, key)
}

// writeCalls prints the managers' thank-you calls to the supervisors, apart from the
// owners' milestones: how many fell due, made on time, made late, not made yet.
func (o words) writeCalls(out io.Writer, color bool, st Stats, groups []Group, key func(Group, int) string) error {
	if st.Total.Discipline.CallsOnTime.D == 0 {
		return nil // no call fell due: a team whose rules make none is not shown an empty table
	}
	fmt.Fprintln(out)
	if err := render.Print(out, o.T("stats.calls", st.From, min(st.To, st.Today)), render.StyleBold, color); err != nil {
		return err
	}
	t := statsTable([]string{o.byHeader(st.By), o.T("stats.h.calls"), o.T("stats.h.callsontime"), o.T("stats.h.callslate"), o.T("stats.h.callsopen")}, []int{30})
	for i, g := range groups {
		if x := g.Discipline; x != nil {
			t.Rows = append(t.Rows, []string{key(g, i), strconv.Itoa(x.CallsOnTime.D), o.rate(x.CallsOnTime), strconv.Itoa(x.CallsLate), strconv.Itoa(x.CallsOpen)})
		}
	}
	return t.Write(out, color)
}

// byHeader is the heading of the column of groups: the --by key, in the reader's language.
func (p words) byHeader(by string) string {
	if p.lang == i18n.JA {
		return statsByJA.Get()[by]
	}
	return strings.ToUpper(by)
}

var statsByJA = &lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{"owner": "担当", "manager": "上長", "client": "派遣先", "site": "就業先", "cohort": "開始月", "month": "月"}
}}

// rate shows a ratio with its counts, marking one that is too small to judge.
func (p words) rate(r Ratio) string {
	if r.D == 0 {
		return "—"
	}
	if r.TooSmall {
		return p.T("stats.toosmall", r.Counts())
	}
	return r.String()
}

// withSub is n, with the part sub of it named by key when there is one: "3 (1 early)".
func (p words) withSub(key string, n, sub int) string {
	if sub == 0 {
		return strconv.Itoa(n)
	}
	return p.T(key, n, sub)
}

// categories lists a group's end categories with their counts, the most frequent first.
func (p words) categories(g Group) string {
	var parts []string
	for _, k := range g.CategoryKeys() {
		name := k
		if p.label != nil {
			name = p.label(k, p.lang)
		}
		if k == Uncategorized {
			name = p.T("stats.uncategorized")
		}
		parts = append(parts, name+" "+strconv.Itoa(g.Categories[k]))
	}
	return strings.Join(parts, ", ")
}
