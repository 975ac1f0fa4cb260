// Package report builds a static HTML site from the records: an overview page (the team's
// due list by person, the figures of package stats with inline SVG charts, the staff list)
// and one page per staff member (the brief and the whole visit log). The site opens from
// the file system in any browser: no server, no script, nothing loaded from the network
// (a Content-Security-Policy in every page forbids it), relative links only. Personal notes
// stay on the machine that built it.
package report

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/stats"
	"github.com/staffnote/follow/pkg/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets/style.css
var styleCSS string

// StyleSheet is the report's stylesheet, inlined into every page; a page built elsewhere
// (follow export) inlines it too, so it looks the same and loads nothing.
func StyleSheet() string { return styleCSS }

// CSP is the Content-Security-Policy of every page (templates/layout.html writes it): no
// script, no network, styles only inline, images only as data.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

// Generator is the value of the generator meta tag every page carries; Write recognises a
// previous report by it.
const Generator = "follow report"

// Options are the inputs of a report besides the records.
type Options struct {
	Config   *config.Config
	Today    dates.Date
	Lang     string     // ja or en
	From, To dates.Date // the stats window; zero values take stats.DefaultWindow
	Min      int        // minimum group size of the figures
	Within   dates.Span // how far ahead the due list looks; zero takes Config.Within
}

// File is one generated file, its path relative to the site root with forward slashes.
type File struct {
	Path string
	Data []byte
}

// Site is a generated report.
type Site struct {
	Files []File
	// Pages maps each staff ID to its page's path.
	Pages map[string]string
	// Total, Months, Owners and Managers are the figures the overview shows (no grouping,
	// by month, by owner, by manager: the managers' thank-you calls).
	Total, Months, Owners, Managers stats.Stats
}

// Generate builds the site in memory. recs must be records that can be trusted (the
// caller leaves out those record.Broken reports).
func Generate(recs []*record.Record, opt Options) (*Site, error) {
	if opt.Config == nil {
		opt.Config = config.Default()
	}
	if opt.Lang != "ja" {
		opt.Lang = "en"
	}
	opt.From, opt.To = stats.DefaultWindow(opt.Today, opt.From, opt.To)
	within := opt.Within
	if within.IsZero() {
		within = opt.Config.Within
	}
	lang := opt.Lang
	tmpl, err := parseTemplates(lang)
	if err != nil {
		return nil, err
	}
	sorted := append([]*record.Record(nil), recs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Active() != sorted[j].Active() {
			return sorted[i].Active()
		}
		return sorted[i].ID < sorted[j].ID
	})
	site := &Site{Pages: map[string]string{}}
	pageOf := pageNames(sorted)
	for _, r := range sorted {
		site.Pages[r.ID] = pageOf[r]
	}
	so := stats.Options{From: opt.From, To: opt.To, Today: opt.Today, Min: opt.Min}
	site.Total = stats.Compute(sorted, so)
	so.By = stats.ByMonth
	site.Months = stats.Compute(sorted, so)
	so.By = stats.ByOwner
	site.Owners = stats.Compute(sorted, so)
	so.By = stats.ByManager
	site.Managers = stats.Compute(sorted, so)

	base := page{Lang: lang, Style: template.CSS(styleCSS), Today: opt.Today}
	idx := indexPage{page: base, From: opt.From, To: opt.To, Min: opt.Min}
	idx.Title = i18n.T(lang, "html.title")
	idx.DueUntil = opt.Today.Add(within)
	idx.Due = dueList(sorted, opt, idx.DueUntil, pageOf)
	idx.Total = figures("total", site.Total.Total, lang, opt.Config)
	for _, g := range site.Months.Groups {
		idx.Months = append(idx.Months, figures("month:"+g.Key, g, lang, opt.Config))
	}
	for _, g := range site.Owners.Groups {
		idx.Owners = append(idx.Owners, figures("owner:"+g.Key, g, lang, opt.Config))
	}
	for _, g := range site.Managers.Groups {
		idx.Managers = append(idx.Managers, figures("manager:"+g.Key, g, lang, opt.Config))
	}
	idx.MonthChart = monthChart(site.Months.Groups, lang)
	idx.OwnerChart = ownerChart(site.Owners.Groups, lang)
	idx.Notes = site.Total.Notes
	for _, r := range sorted {
		row := staffRow{ID: r.ID, Name: r.Name, Href: pageOf[r], Owner: r.Owner, Client: r.Client, Status: i18n.T(lang, "html.status."+status(r))}
		if r.Active() {
			row.Next = r.Next
			row.Overdue = r.Next.IsZero() || r.Next.Before(opt.Today)
		}
		idx.Staff = append(idx.Staff, row)
	}
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "index", idx); err != nil {
		return nil, err
	}
	site.Files = append(site.Files, File{Path: "index.html", Data: append([]byte(nil), buf.Bytes()...)})

	for _, r := range sorted {
		entries, _ := r.Entries()
		b := brief.Build(r, entries, opt.Config, opt.Today)
		b.Phrase(i18n.Translator(lang))
		body, err := renderBody(r.Body())
		if err != nil {
			return nil, fmt.Errorf("%s: %v", r.Path, err)
		}
		sp := staffPage{page: base, B: b, Status: i18n.T(lang, "html.status."+status(r)), HasEntries: len(entries) > 0, Body: template.HTML(body)}
		sp.Title = r.Name + " — " + i18n.T(lang, "html.title")
		buf.Reset()
		if err := tmpl.ExecuteTemplate(&buf, "staff", sp); err != nil {
			return nil, err
		}
		site.Files = append(site.Files, File{Path: pageOf[r], Data: append([]byte(nil), buf.Bytes()...)})
	}
	// The site holds personal notes: keep it out of any git repository it is written into.
	site.Files = append(site.Files, File{Path: ".gitignore", Data: []byte("# follow report: personal notes, never commit\n*\n")})
	return site, nil
}

func status(r *record.Record) string {
	if r.Active() {
		return record.StatusActive
	}
	return record.StatusEnded
}

// pageNames names each record's page staff/<ID>.html. An ID that cannot be a file name
// (see store.ValidID), or that another record already uses (compared without case, for
// file systems that ignore it), gets a numbered name instead.
func pageNames(recs []*record.Record) map[*record.Record]string {
	out := map[*record.Record]string{}
	used := map[string]bool{}
	for i, r := range recs {
		name := r.ID
		if store.ValidID(name) != nil || used[strings.ToLower(name)] {
			name = "staff-" + strconv.Itoa(i+1)
			for used[strings.ToLower(name)] {
				name += "_"
			}
		}
		used[strings.ToLower(name)] = true
		out[r] = "staff/" + name + ".html"
	}
	return out
}

type page struct {
	Lang  string
	Title string
	Style template.CSS
	Today dates.Date
}

type indexPage struct {
	page
	From, To   dates.Date
	Min        int
	DueUntil   dates.Date
	Due        []duePerson
	Total      figureRow
	Months     []figureRow
	Owners     []figureRow
	Managers   []figureRow // the managers' thank-you calls
	MonthChart barChart
	OwnerChart hbarChart
	Notes      []stats.Note
	Staff      []staffRow
}

type staffPage struct {
	page
	B          brief.Brief
	Status     string
	HasEntries bool
	Body       template.HTML
}

type staffRow struct {
	ID, Name, Href, Owner, Client, Status string
	Next                                  dates.Date
	Overdue                               bool
}

type duePerson struct {
	Who     string
	Items   []dueRow
	Overdue int
}

type dueRow struct {
	Date                                dates.Date
	When, Kind, Staff, Name, Href, What string
	Client, Class                       string
}

func dueList(recs []*record.Record, opt Options, until dates.Date, pageOf map[*record.Record]string) []duePerson {
	lang := opt.Lang
	t := i18n.Translator(lang)
	var items []schedule.Item
	href := map[string]string{}
	for _, r := range recs {
		for _, it := range (schedule.Filter{Until: until}).Collect(r, opt.Config, opt.Today) {
			it.Phrase(t)
			items = append(items, it)
			href[it.File] = pageOf[r]
		}
	}
	schedule.Sort(items)
	byWho := map[string]*duePerson{}
	var order []string
	for _, it := range items {
		p := byWho[it.Who]
		if p == nil {
			p = &duePerson{Who: it.Who}
			byWho[it.Who] = p
			order = append(order, it.Who)
		}
		what := it.What
		if it.Ref != "" {
			what = it.Ref + " " + what
		}
		row := dueRow{Date: it.Date, When: when(it.Days, lang), Kind: i18n.T(lang, "kind."+it.Kind), Staff: it.Staff, Name: it.Name,
			Href: href[it.File], What: what, Client: it.Client}
		switch {
		case it.Overdue:
			row.Class = "overdue"
			p.Overdue++
		case it.Days == 0:
			row.Class = "today"
		}
		p.Items = append(p.Items, row)
	}
	sort.Strings(order)
	out := make([]duePerson, 0, len(order))
	for _, w := range order {
		out = append(out, *byWho[w])
	}
	return out
}

func when(days int, lang string) string {
	switch {
	case days == 0:
		return i18n.T(lang, "due.today")
	case days < 0:
		return i18n.T(lang, "due.overdue", -days)
	}
	return i18n.T(lang, "due.in", days)
}

// figureRow is one group's figures as the pages show them; every cell carries data-fig
// (scope/name) and its numbers, so a test can compare the page with follow stats --json.
type figureRow struct {
	Label                                      string
	Ends, Renewed, Ended, Early, Pending, Past valueCell
	Saves                                      valueCell // renewals after a risk (終了回避)
	Renewal, Termination                       ratioCell
	Categories                                 []catCount
	Active, Unscheduled, Overdue               valueCell
	OverdueMedian, FirstMonths                 valueCell
	WithNext, Reports, Milestones              ratioCell
	// The managers' thank-you calls: on time, made late, not made yet.
	Calls                ratioCell
	CallsLate, CallsOpen valueCell
}

type ratioCell struct {
	Key      string
	N, D     int
	Text     string
	Why      string
	TooSmall bool
}

type valueCell struct {
	Key string
	V   string
}

type catCount struct {
	Key, Label string
	N          int
}

func figures(scope string, g stats.Group, lang string, cfg *config.Config) figureRow {
	rc := func(name string, r stats.Ratio) ratioCell {
		c := ratioCell{Key: scope + "/" + name, N: r.N, D: r.D, Text: r.String(), TooSmall: r.TooSmall}
		if r.D == 0 {
			c.Text = "—"
		} else if r.TooSmall {
			c.Text = r.Counts()
			c.Why = i18n.T(lang, "html.too_small")
		}
		return c
	}
	vc := func(name string, v int) valueCell { return valueCell{Key: scope + "/" + name, V: strconv.Itoa(v)} }
	f := figureRow{Label: label(g.Key, lang),
		Ends: vc("ends", g.Ends), Renewed: vc("renewed", g.Renewed), Ended: vc("ended", g.Ended), Early: vc("early", g.Early),
		Pending: vc("pending", g.Pending), Past: vc("past", g.Past), Saves: vc("saves", g.Saves),
		Renewal: rc("renewal_rate", g.RenewalRate), Termination: rc("termination_rate", g.TerminationRate)}
	for _, k := range g.CategoryKeys() {
		l := cfg.EndLabel(k, lang) // the team's label, or the catalogue's
		if k == stats.Uncategorized {
			l = i18n.T(lang, "stats.uncategorized")
		}
		f.Categories = append(f.Categories, catCount{Key: k, Label: l, N: g.Categories[k]})
	}
	if d := g.Discipline; d != nil {
		f.Active, f.Unscheduled, f.Overdue = vc("active", d.Active), vc("unscheduled", d.Unscheduled), vc("overdue", d.Overdue)
		f.OverdueMedian = valueCell{Key: scope + "/overdue_median_days", V: stats.Days(d.OverdueMedianDays)}
		f.FirstMonths = valueCell{Key: scope + "/first_months_median_days", V: stats.Days(d.FirstMonthsMedianDays)}
		f.WithNext, f.Reports, f.Milestones = rc("with_next", d.WithNext), rc("reports_on_time", d.ReportsOnTime), rc("milestones_on_time", d.MilestonesOnTime)
		f.Calls, f.CallsLate, f.CallsOpen = rc("calls_on_time", d.CallsOnTime), vc("calls_late", d.CallsLate), vc("calls_open", d.CallsOpen)
	}
	return f
}

func parseTemplates(lang string) (*template.Template, error) {
	return template.New("report").Funcs(template.FuncMap{
		"t": func(key string, args ...any) string { return i18n.T(lang, key, args...) },
	}).ParseFS(templateFS, "templates/*.html")
}

// ErrNotReport is returned by Write for a non-empty directory that holds no earlier report.
var ErrNotReport = errors.New("is not empty and holds no follow report")

// Write writes the site into dir, creating it. A non-empty dir must hold an earlier report
// (an index.html written by follow report) unless force is set. Staff pages of an earlier
// report that this one does not have (staff no longer in the records) are removed.
func (s *Site) Write(dir string, force bool) error {
	if !force {
		if err := checkDir(dir); err != nil {
			return err
		}
	}
	keep := map[string]bool{}
	for _, f := range s.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
		keep[p] = true
	}
	old, _ := filepath.Glob(filepath.Join(dir, "staff", "*.html"))
	for _, p := range old {
		if !keep[p] {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkDir(dir string) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(ents) == 0 {
		return nil
	}
	idx, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err == nil && bytes.Contains(idx, []byte(`<meta name="generator" content="`+Generator+`">`)) {
		return nil
	}
	return fmt.Errorf("%s %w", dir, ErrNotReport)
}
