package cli

import (
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/duelist"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/textfold"
)

// DueOptions are the inputs of follow due.
type DueOptions struct {
	cmdutil.Printer
	cmdutil.Records
	MeSet   func() (cmdutil.MeSetting, error) // who the user says they are, for --me
	Getenv  func(key string) string           // GOGC, GOMEMLIMIT
	Within  string
	Owner   string
	Who     string
	MeOnly  bool
	Kinds   []string
	Client  string
	Overdue bool
	Calls   bool
	Format  string
	JSON    bool
	BOM     bool
	Alarm   string
	Limit   int
	Wide    bool // every column whole, whatever the terminal's width
	// Cancelled is how long an item done or no longer due stays in the calendar, cancelled.
	Cancelled string
	Instant   func() time.Time // the moment of the export (zero when the date is pinned)
	Changed   func(name string) bool

	closedSince dates.Date      // with ics: items closed since then are exported cancelled
	closed      []schedule.Item // those items
}

// NewCmdDue builds follow due; runF, when set, runs instead of the command (tests).
func NewCmdDue(f *cmdutil.Factory, runF func(*DueOptions) error) *cobra.Command {
	o := &DueOptions{Printer: f.Printer(), Records: f.Records(), MeSet: f.MeSet, Getenv: f.Getenv, Instant: f.Instant}
	c := &cobra.Command{
		Use:  "due",
		Args: noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			o.Changed = c.Flags().Changed
			if runF != nil {
				return runF(o)
			}
			return runDue(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.Within, "within", "", "")
	fl.StringVar(&o.Owner, "owner", "", "")
	fl.StringVar(&o.Who, "who", "", "")
	fl.BoolVar(&o.MeOnly, "me", false, "")
	fl.StringSliceVar(&o.Kinds, "kind", nil, strings.Join(schedule.Kinds, ", ")) // the catalogue's text names them
	fl.StringVar(&o.Client, "client", "", "")
	fl.BoolVar(&o.Overdue, "overdue", false, "")
	fl.BoolVar(&o.Calls, "calls", false, "")
	fl.StringVar(&o.Format, "format", "table", "")
	fl.BoolVar(&o.JSON, "json", false, "")
	fl.BoolVar(&o.BOM, "bom", false, "")
	fl.IntVar(&o.Limit, "limit", 0, "")
	fl.BoolVar(&o.Wide, "wide", false, "")
	fl.StringVar(&o.Alarm, "alarm", "", "")
	fl.StringVar(&o.Cancelled, "cancelled", "30d", "")
	_ = c.RegisterFlagCompletionFunc("kind", cmdutil.CompleteCodes(f.Lang, "kind.", schedule.Kinds))
	_ = c.RegisterFlagCompletionFunc("format", cmdutil.CompleteWords("table", "json", "csv", "ics"))
	_ = c.RegisterFlagCompletionFunc("owner", cmdutil.CompletePeople(o.Team))
	_ = c.RegisterFlagCompletionFunc("who", cmdutil.CompletePeople(o.Team))
	return c
}

// check reads the output flags: the format (--json is --format json), --alarm, --bom and
// the kinds.
func (o *DueOptions) check() (alarm time.Duration, err error) {
	if o.JSON {
		if o.Changed("format") && o.Format != "json" {
			return 0, usageMsg("due.jsonformat", o.Format)
		}
		o.Format = "json"
	}
	switch o.Format {
	case "table", "json", "csv", "ics":
	default:
		return 0, usageMsg("due.badformat", o.Format)
	}
	if o.Alarm != "" {
		if o.Format != "ics" {
			return 0, usageMsg("due.alarmics")
		}
		if alarm, err = time.ParseDuration(textfold.Input(o.Alarm)); err != nil {
			return 0, usageMsg("due.badalarm", o.Alarm)
		}
	}
	if o.Limit < 0 {
		return 0, usageMsg("due.badlimit", o.Limit)
	}
	if o.BOM && o.Format != "csv" {
		return 0, usageMsg("due.bomcsv")
	}
	for i, k := range o.Kinds { // a code, or its label in either language (節目)
		var ok bool
		if o.Kinds[i], ok = i18n.Code("kind.", schedule.Kinds, k); !ok {
			return 0, usageMsg("due.badkind", k, i18n.Choices("kind.", schedule.Kinds))
		}
	}
	if o.Changed("cancelled") && o.Format != "ics" {
		return 0, usageMsg("due.cancelledics")
	}
	return alarm, nil
}

// filter reads the filters but the names; until is the last date listed.
func (o *DueOptions) filter(cfg *config.Config, today dates.Date) (schedule.Filter, error) {
	within := cfg.Within
	if o.Within != "" {
		var err error
		if within, err = dates.ParseSpan(o.Within); err != nil {
			return schedule.Filter{}, usageErr("--within: %v", err)
		}
	}
	return schedule.Filter{Until: today.Add(within), OverdueOnly: o.Overdue, Kinds: o.Kinds, Client: o.Client, Calls: o.Calls}, nil
}

// dueNames are the names the filters were given (--owner, --who, --me), as typed.
type dueNames struct {
	owner, who string
	me         *cmdutil.MeSetting // --me: who the user says they are
}

func (n dueNames) empty() bool { return n.owner == "" && n.who == "" && n.me == nil }

// names reads the name filters; --me is who the user says they are.
func (o *DueOptions) names() (dueNames, error) {
	n := dueNames{owner: o.Owner, who: o.Who}
	if o.MeOnly {
		m, err := o.MeSet()
		if err != nil {
			return n, err
		}
		if m.Name == "" {
			return n, usageMsg("due.nome")
		}
		n.who, n.me = "", &m
	}
	return n, nil
}

// resolve puts the full names of the people the filters name into filter.
func (n dueNames) resolve(team *people.Team, filter *schedule.Filter) error {
	var err error
	if n.owner != "" {
		if filter.Owner, err = cmdutil.ResolvePerson(team, "--owner", n.owner); err != nil {
			return err
		}
	}
	if n.who != "" {
		if filter.Who, err = cmdutil.ResolvePerson(team, "--who", n.who); err != nil {
			return err
		}
	}
	if n.me != nil {
		if filter.Who, err = cmdutil.ResolveMe(team, *n.me); err != nil {
			return err
		}
	}
	return nil
}

func runDue(o *DueOptions) error {
	alarm, err := o.check()
	if err != nil {
		return err
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	today := o.Today()
	filter, err := o.filter(cfg, today)
	if err != nil {
		return err
	}
	if o.closedSince, err = o.cancelledSince(today); err != nil {
		return err
	}
	names, err := o.names()
	if err != nil {
		return err
	}
	// A declared team is known before the records are read; else the team is the names
	// the records hold, gathered in the same pass, and the items are filtered after it.
	var gather *people.Names
	if !names.empty() {
		if cfg.PeopleSet {
			team, err := o.Team()
			if err != nil {
				return err
			}
			if err := names.resolve(team, &filter); err != nil {
				return err
			}
		} else {
			gather = &people.Names{}
		}
	}
	list, broken, err := o.collect(cfg, today, filter, gather)
	if err != nil {
		return err
	}
	if gather != nil {
		if err := names.resolve(gather.Team(), &filter); err != nil {
			return err
		}
		list.Keep(func(it *schedule.Item) bool { return filter.Match(*it) })
		anyDate := filter
		anyDate.OverdueOnly = false
		o.closed = slices.DeleteFunc(o.closed, func(it schedule.Item) bool { return !anyDate.Match(it) })
	}
	list.Sort()
	if all := list.Len(); o.Limit > 0 && all > o.Limit {
		list.Limit(o.Limit)
		defer o.Warnf("%s", o.T("due.limited", o.Limit, all))
	}
	if err := o.output(list, cfg, today, filter.Until, alarm); err != nil {
		return err
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// collect gathers the due items of every record (duelist.Collect), and the names of the
// records into names when it is not nil. cmdutil.Records that cannot be read are reported and
// counted.
func (o *DueOptions) collect(cfg *config.Config, today dates.Date, filter schedule.Filter, names *people.Names) (*duelist.List, int, error) {
	s, err := o.Store()
	if err != nil {
		return nil, 0, err
	}
	duelist.LimitMemory(o.Getenv)
	got, err := duelist.Collect(s, duelist.Query{Filter: filter, Config: cfg, Today: today, ClosedSince: o.closedSince, Names: names})
	if err != nil {
		return nil, 0, dataErr(err)
	}
	for _, err := range got.Broken {
		o.Warnf("%s", o.T("due.broken", err))
	}
	o.closed = append(o.closed, got.Closed...)
	return got.List, len(got.Broken), nil
}

// cancelledSince is the first day of --cancelled: with ics, the items done or no longer
// due since then are exported as cancelled events. Zero for the other formats, or 0d.
func (o *DueOptions) cancelledSince(today dates.Date) (dates.Date, error) {
	if o.Format != "ics" || strings.TrimSpace(o.Cancelled) == "0" {
		return 0, nil
	}
	span, err := dates.ParseSpan(o.Cancelled)
	if err != nil || span.Months < 0 || span.Days < 0 {
		return 0, usageMsg("due.badcancelled", o.Cancelled)
	}
	if span.IsZero() {
		return 0, nil
	}
	return today.Add(span.Neg()), nil
}

// output prints the items in the format asked for, each phrased as it is written. The
// table is read by the reader, in their language; JSON, CSV and ICS are machine output
// and never depend on who runs follow: the team's language (lang: in follow.yaml), else
// English. (follow due reads front matters only, so a record's own language, which its
// log tells, is not known here.)
func (o *DueOptions) output(list *duelist.List, cfg *config.Config, today, until dates.Date, alarm time.Duration) error {
	lang := o.Lang()
	if o.Format != "table" {
		lang = record.WriteLang("", cfg.Lang, i18n.EN)
	}
	t := i18n.Translator(lang)
	list.Phrase(t)
	for i := range o.closed {
		o.closed[i].Phrase(t)
	}
	if o.Calls && (o.Format == "table" || o.Format == "json") {
		return o.writeCalls(list.Items(), cfg, today, until)
	}
	if err := o.write(list, today, until, alarm, lang); err != nil {
		return dataErr(err)
	}
	return nil
}

// write prints the items in the format asked for.
func (o *DueOptions) write(list *duelist.List, today, until dates.Date, alarm time.Duration, lang string) error {
	out := o.IO.Out
	switch o.Format {
	case "json":
		return render.DueJSON(out, list)
	case "csv":
		return render.DueCSV(out, list, o.BOM)
	case "ics":
		s, err := o.Store()
		if err != nil {
			return err
		}
		schedule.Sort(o.closed)
		return render.DueICS(out, list, render.ICSOptions{Name: "follow", Stamp: today, Instant: o.Instant(), Alarm: alarm},
			render.DueFeed{Lang: lang, Today: today, Root: s.Root, Cancelled: o.closed})
	}
	if list.Len() == 0 {
		o.Warnf("%s", o.T("due.none", until))
		return nil
	}
	overdue, err := render.DueTable(out, list, o.Lang(), o.Screen(o.Wide))
	if err == nil && o.IO.StdoutTTY {
		o.Warnf("%s", o.T("due.summary", list.Len(), overdue))
	}
	return err
}
