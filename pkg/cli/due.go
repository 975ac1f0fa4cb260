package cli

import (
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/store"
	"github.com/staffnote/follow/pkg/textfold"
)

// DueOptions are the inputs of follow due.
type DueOptions struct {
	f       *Factory
	Within  string
	Owner   string
	Who     string
	Me      bool
	Kinds   []string
	Client  string
	Overdue bool
	Format  string
	JSON    bool
	BOM     bool
	Alarm   string
	changed func(string) bool
}

// NewDueCmd builds follow due.
func NewDueCmd(f *Factory) *cobra.Command {
	o := &DueOptions{f: f}
	c := &cobra.Command{
		Use:   "due",
		Short: "List what is due or overdue, for whom",
		Long: `List every follow-up, request, report-back, milestone, renewal check and limit-date
warning that is due up to today + --within, and everything overdue, oldest first.
Ended staff are not listed. A record that cannot be read is reported on stderr, the
others are still listed, and the exit code is 1.

JSON fields (stable): date, staff, name, kind, who, role, what, ref, overdue, days,
owner, manager, client, site, supervisor, file, line.`,
		Example: `  follow due                       # this morning's list
  follow due --me                  # only what I must do ($FOLLOW_USER or me: in follow.yaml)
  follow due --who 鈴木 --kind milestone
  follow due --within 1m --json
  follow due --format ics --alarm 9h > follow.ics`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			o.changed = c.Flags().Changed
			return runDue(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.Within, "within", "", "how far ahead to look (default 7d, or within: in follow.yaml)")
	fl.StringVar(&o.Owner, "owner", "", "only staff followed by this owner")
	fl.StringVar(&o.Who, "who", "", "only items this person must do (a manager's calls, say)")
	fl.BoolVar(&o.Me, "me", false, "only items I must do ($FOLLOW_USER, or me: in follow.yaml)")
	fl.StringSliceVar(&o.Kinds, "kind", nil, "only these kinds: "+strings.Join(schedule.Kinds, ", "))
	fl.StringVar(&o.Client, "client", "", "only staff at clients whose name contains this")
	fl.BoolVar(&o.Overdue, "overdue", false, "only overdue items")
	fl.StringVar(&o.Format, "format", "table", "output format: table, json, csv, ics")
	fl.BoolVar(&o.JSON, "json", false, "shorthand for --format json")
	fl.BoolVar(&o.BOM, "bom", false, "start CSV output with a UTF-8 BOM (for Excel)")
	fl.StringVar(&o.Alarm, "alarm", "", "with ics: a reminder at this time of the day, e.g. 9h, or -15h for 9:00 the day before")
	_ = c.RegisterFlagCompletionFunc("kind", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return schedule.Kinds, cobra.ShellCompDirectiveNoFileComp
	})
	_ = c.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"table", "json", "csv", "ics"}, cobra.ShellCompDirectiveNoFileComp
	})
	_ = c.RegisterFlagCompletionFunc("owner", completeOwners(f))
	_ = c.RegisterFlagCompletionFunc("who", completeOwners(f))
	return c
}

func runDue(o *DueOptions) error {
	f := o.f
	today, _ := f.Today()
	if o.JSON {
		if o.changed("format") && o.Format != "json" {
			return usageErr("%s", f.T("due.jsonformat", o.Format))
		}
		o.Format = "json"
	}
	switch o.Format {
	case "table", "json", "csv", "ics":
	default:
		return usageErr("%s", f.T("due.badformat", o.Format))
	}
	var alarm time.Duration
	if o.Alarm != "" {
		if o.Format != "ics" {
			return usageErr("%s", f.T("due.alarmics"))
		}
		d, err := time.ParseDuration(textfold.Input(o.Alarm))
		if err != nil {
			return usageErr("%s", f.T("due.badalarm", o.Alarm))
		}
		alarm = d
	}
	if o.BOM && o.Format != "csv" {
		return usageErr("%s", f.T("due.bomcsv"))
	}
	for _, k := range o.Kinds {
		if !contains(schedule.Kinds, k) {
			return usageErr("%s", f.T("due.badkind", k, strings.Join(schedule.Kinds, ", ")))
		}
	}
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	within := cfg.Within
	if o.Within != "" {
		if within, err = dates.ParseSpan(o.Within); err != nil {
			return usageErr("--within: %v", err)
		}
	}
	filter := schedule.Filter{Until: today.Add(within), OverdueOnly: o.Overdue, Owner: o.Owner, Who: o.Who, Kinds: o.Kinds, Client: o.Client}
	if o.Me {
		me := f.Me()
		if me == "" {
			return usageErr("%s", f.T("due.nome"))
		}
		filter.Who = me
	}
	s, err := f.Store()
	if err != nil {
		return err
	}
	limitMemory(f)
	// The cache is read while the tree is listed.
	opened := make(chan *store.Cache, 1)
	go func() { opened <- s.OpenCache() }()
	paths, err := s.List()
	if err != nil {
		return dataErr(err)
	}
	lang := f.Lang()
	perFile := make([][]schedule.Item, len(paths))
	errs := make([]error, len(paths))
	cache := <-opened
	s.EachHead(paths, cache, func(i int, r *record.Record, err error) {
		if err != nil {
			errs[i] = err
			return
		}
		items := filter.Collect(r, cfg, today, lang)
		for k := range items {
			items[k].Detach() // keep the item, not the record's memory
		}
		perFile[i] = items
	})
	s.SaveCache(cache)
	items := []schedule.Item{}
	broken := 0
	for i := range paths {
		if errs[i] != nil {
			broken++
			f.warnf("%s", f.T("due.broken", errs[i]))
			continue
		}
		items = append(items, perFile[i]...)
	}
	schedule.Sort(items)
	if err := writeDue(o, items, today, alarm); err != nil {
		return dataErr(err)
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}

func writeDue(o *DueOptions, items []schedule.Item, today dates.Date, alarm time.Duration) error {
	f := o.f
	out := f.IO.Out
	switch o.Format {
	case "json":
		return render.WriteJSON(out, items)
	case "csv":
		headers := []string{"date", "days", "overdue", "kind", "staff", "name", "who", "role", "what", "ref", "owner", "manager", "client", "site", "supervisor", "file"}
		var rows [][]string
		for _, it := range items {
			rows = append(rows, []string{it.Date.String(), fmt.Sprint(it.Days), fmt.Sprint(it.Overdue), it.Kind, it.Staff, it.Name,
				it.Who, it.Role, it.What, it.Ref, it.Owner, it.Manager, it.Client, it.Site, it.Supervisor, it.File})
		}
		return render.WriteCSV(out, headers, rows, o.BOM)
	case "ics":
		var evs []render.Event
		for _, it := range items {
			evs = append(evs, icsEvent(f, it))
		}
		return render.WriteICS(out, evs, render.ICSOptions{Name: "follow", Stamp: today, Alarm: alarm})
	}
	if len(items) == 0 {
		f.warnf("%s", f.T("due.none", today.Add(mustSpan(o, f))))
		return nil
	}
	t := render.Table{
		Headers:  []string{f.T("due.h.date"), f.T("due.h.days"), f.T("due.h.kind"), f.T("due.h.staff"), f.T("due.h.name"), f.T("due.h.who"), f.T("due.h.what"), f.T("due.h.client")},
		Align:    []render.Alignment{render.AlignLeft, render.AlignRight},
		MaxWidth: []int{0, 0, 0, 0, 0, 0, 60, 30},
	}
	overdue := 0
	for _, it := range items {
		what := it.What
		if it.Ref != "" {
			what = it.Ref + " " + what
		}
		t.Rows = append(t.Rows, []string{it.Date.String(), f.daysText(it.Days), f.T("kind." + it.Kind), it.Staff, it.Name, it.Who, what, it.Client})
		if it.Overdue {
			overdue++
		}
	}
	t.RowStyle = func(i int) render.Style {
		switch {
		case items[i].Overdue:
			return render.StyleRed
		case items[i].Days == 0:
			return render.StyleYellow
		}
		return render.StyleNone
	}
	if err := t.Write(out, f.Color()); err != nil {
		return err
	}
	if f.IO.StdoutTTY {
		f.warnf("%s", f.T("due.summary", len(items), overdue))
	}
	return nil
}

func mustSpan(o *DueOptions, f *Factory) dates.Span {
	if o.Within != "" {
		if s, err := dates.ParseSpan(o.Within); err == nil {
			return s
		}
	}
	cfg, _ := f.Config()
	return cfg.Within
}

func (f *Factory) daysText(days int) string {
	switch {
	case days == 0:
		return f.T("due.today")
	case days < 0:
		return f.T("due.overdue", -days)
	}
	return f.T("due.in", days)
}

// icsEvent turns a due item into a calendar event whose UID stays the same for the same
// duty, so a re-import updates the event instead of adding a second one.
func icsEvent(f *Factory, it schedule.Item) render.Event {
	ref := it.Ref
	if ref == "" {
		ref = it.Role
	}
	uid := it.Staff + "-" + it.Kind
	if ref != "" {
		uid += "-" + ref
	}
	var desc []string
	desc = append(desc, it.What)
	for _, kv := range [][2]string{{f.T("due.ics.client"), it.Client}, {f.T("due.ics.site"), it.Site}, {f.T("due.ics.supervisor"), it.Supervisor}, {f.T("due.ics.who"), it.Who}} {
		if kv[1] != "" {
			desc = append(desc, kv[0]+": "+kv[1])
		}
	}
	desc = append(desc, it.File)
	return render.Event{
		UID:         uid + "@follow",
		Date:        it.Date,
		Summary:     it.Name + " " + f.T("kind."+it.Kind) + ": " + it.What,
		Description: strings.Join(desc, "\n"),
		Categories:  []string{it.Kind},
		Location:    it.Client,
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// completeOwners completes the people named as owner or manager in the records.
func completeOwners(f *Factory) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return completeNames(f, func(r *record.Record) []string { return []string{r.Owner, r.Manager} })
}

// completeNames completes the distinct values that pick finds in the readable records.
func completeNames(f *Factory, pick func(*record.Record) []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
		s, err := f.Store()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		paths, _ := s.List()
		seen := map[string]bool{}
		var out []string
		for _, l := range store.Load(paths) {
			if l.Record == nil {
				continue
			}
			for _, v := range pick(l.Record) {
				if v != "" && !seen[v] && strings.HasPrefix(v, prefix) {
					seen[v] = true
					out = append(out, v)
				}
			}
		}
		sort.Strings(out)
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// dueMemoryLimit is the soft memory limit of follow due. Its live heap is small (the cache
// entries are bytes without pointers), but parsing front matters makes much short-lived
// garbage: the collector runs a quarter as often as by default (GOGC=400) and the limit
// keeps the heap of a company-wide tree under 200 MB. GOMEMLIMIT and GOGC, when set, win.
const (
	dueMemoryLimit = 170 << 20
	dueGCPercent   = 400
)

func limitMemory(f *Factory) {
	if f.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(dueMemoryLimit)
		if f.Getenv("GOGC") == "" {
			debug.SetGCPercent(dueGCPercent)
		}
	}
}
