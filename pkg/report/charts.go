package report

import (
	"strconv"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/stats"
)

// The charts are inline SVG drawn from precomputed geometry: no script, no external file,
// readable with JavaScript off. Every bar carries a <title> with its counts.

// barChart is a vertical bar chart of rates (renewal rate by month).
type barChart struct {
	W, H      int
	Label     string // aria-label
	Grid      []gridLine
	Bars      []bar
	BaselineY int
	PlotLeft  int
	PlotRight int
}

type gridLine struct {
	Y     int
	Label string
}

type bar struct {
	X, Y, W, H int
	CX         int // centre, for labels
	TextY      int // value label baseline
	AxisY      int // category label baseline
	Value      string
	Category   string
	Title      string
	Class      string // bar, bar small, or "" for no bar
}

func monthChart(groups []stats.Group, lang string) barChart {
	const w, h, left, right, top, bottom = 760, 250, 44, 8, 24, 44
	c := barChart{W: w, H: h, Label: i18n.T(lang, "html.chart.month"), PlotLeft: left, PlotRight: w - right}
	ph := h - top - bottom
	c.BaselineY = top + ph
	for _, p := range []int{0, 50, 100} {
		c.Grid = append(c.Grid, gridLine{Y: top + ph - ph*p/100, Label: strconv.Itoa(p) + "%"})
	}
	n := len(groups)
	if n == 0 {
		return c
	}
	slot := (w - left - right) / n
	bw := max(slot*3/5, 1)
	step := (n + 11) / 12 // at most 12 month labels, so they never overlap
	for i, g := range groups {
		r := g.RenewalRate
		b := bar{CX: left + slot*i + slot/2, AxisY: c.BaselineY + 18}
		if i%step == 0 {
			b.Category = g.Key
		}
		b.X, b.W = b.CX-bw/2, bw
		p, ok := r.Percent()
		switch {
		case !ok:
			b.Value = "–"
			b.Title = g.Key + ": " + i18n.T(lang, "html.chart.nodata")
			b.TextY = c.BaselineY - 6
		default:
			b.H = ph * p / 100
			b.Y = c.BaselineY - b.H
			b.Class = "bar"
			b.Value = strconv.Itoa(p) + "%"
			b.Title = g.Key + ": " + r.String()
			if r.TooSmall {
				b.Class = "bar small"
				b.Value = r.Counts()
				b.Title += " (" + i18n.T(lang, "html.too_small") + ")"
			}
			b.TextY = b.Y - 6
		}
		if step > 1 {
			b.Value = "" // no room above the bars either; the title keeps the counts
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}

// hbarChart is a horizontal bar chart of counts (overdue follow-ups by owner).
type hbarChart struct {
	W, H  int
	Label string
	Rows  []hbar
	Left  int
}

type hbar struct {
	Y, W, H  int
	TextX    int
	TextY    int
	Category string
	Value    string
	Title    string
}

func ownerChart(groups []stats.Group, lang string) hbarChart {
	const w, left, rowH, top, valueW = 760, 170, 28, 8, 150
	c := hbarChart{W: w, Label: i18n.T(lang, "html.chart.owner"), Left: left}
	max := 0
	for _, g := range groups {
		if g.Discipline != nil && g.Discipline.Overdue > max {
			max = g.Discipline.Overdue
		}
	}
	for _, g := range groups {
		d := g.Discipline
		if d == nil || d.Active == 0 {
			continue
		}
		y := top + len(c.Rows)*rowH
		r := hbar{Y: y, H: rowH - 10, TextY: y + rowH/2 + 1, Category: label(g.Key, lang)}
		if max > 0 {
			r.W = (w - left - valueW) * d.Overdue / max
		}
		r.TextX = left + r.W + 6
		r.Value = strconv.Itoa(d.Overdue) + " / " + strconv.Itoa(d.Active)
		if d.Overdue > 0 {
			r.Value += " · " + i18n.T(lang, "html.median.short", stats.Days(d.OverdueMedianDays))
		}
		r.Title = r.Category + ": " + i18n.T(lang, "html.overdue") + " " + strconv.Itoa(d.Overdue) + ", " + i18n.T(lang, "html.active") + " " + strconv.Itoa(d.Active)
		c.Rows = append(c.Rows, r)
	}
	c.H = top*2 + len(c.Rows)*rowH
	return c
}

// label shows the (none) group in the reader's language.
func label(key, lang string) string {
	if key == stats.NoKey {
		return i18n.T(lang, "stats.none")
	}
	return key
}
