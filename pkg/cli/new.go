package cli

import (
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// NewOptions are the inputs of follow new.
type NewOptions struct {
	cmdutil.Printer
	cmdutil.Records                         // Me is the default owner, and the cmdutil.Author of the entries
	Getenv          func(key string) string // $VISUAL, $EDITOR
	ID              string

	Date     string
	Kind     string
	Facts    []string
	Topics   []string
	Notes    []string
	Requests []string
	Next     string
	Intent   string   // --intent: stay, unsure, leave (継続, 迷い, 終了希望)
	Mood     string   // --mood: 1 to 5 (満足度)
	Done     []string // --done M3,R2: open items this visit closes
	DryRun   bool     // say what the visit would do, and write nothing
	Commit   bool     // commit the record alone, with its one-line message

	// Only when creating the record.
	Name, Kana, Client, Site, Supervisor, SitePhone, Owner, Manager, Start, Until string
	NewPerson                                                                     bool // --owner / --manager may name someone new to the team

	by        cmdutil.Author // who writes the visit (runNew)
	commitErr error          // the record is written, its commit could not be made (afterWrite)

	// The visit as a draft (editor.go): --from FILE, --edit.
	From string
	Edit bool

	// Changed tells which flags were given.
	Changed func(name string) bool
}

var createFlags = []string{"name", "kana", "client", "site", "supervisor", "site-phone", "owner", "manager", "start", "until", "new-person"}

// NewCmdNew builds follow new; runF, when set, runs instead of the command (tests).
func NewCmdNew(f *cmdutil.Factory, runF func(*NewOptions) error) *cobra.Command {
	o := &NewOptions{Printer: f.Printer(), Records: f.Records(), Getenv: f.Getenv}
	c := &cobra.Command{
		Use:  "new ID",
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			o.Changed = c.Flags().Changed
			if runF != nil {
				return runF(o)
			}
			if err := runNew(o); err != nil {
				return err
			}
			return o.commitErr
		},
		ValidArgsFunction: cmdutil.CompleteIDs(o.Store),
	}
	fl := c.Flags()
	fl.StringVar(&o.Date, "date", "", "")
	fl.StringVar(&o.Kind, "kind", "", "")
	fl.StringArrayVar(&o.Facts, "fact", nil, "")
	fl.StringArrayVar(&o.Topics, "topic", nil, "")
	fl.StringArrayVar(&o.Notes, "note", nil, "")
	fl.StringArrayVar(&o.Requests, "request", nil, "")
	fl.StringVar(&o.Next, "next", "", "")
	fl.StringVar(&o.Intent, "intent", "", "")
	fl.StringVar(&o.Mood, "mood", "", "")
	fl.StringSliceVar(&o.Done, "done", nil, "")
	fl.BoolVar(&o.DryRun, "dry-run", false, "")
	addCommitFlag(c, &o.Commit)
	fl.StringVar(&o.Name, "name", "", "")
	fl.StringVar(&o.Kana, "kana", "", "")
	fl.StringVar(&o.Client, "client", "", "")
	fl.StringVar(&o.Site, "site", "", "")
	fl.StringVar(&o.Supervisor, "supervisor", "", "")
	fl.StringVar(&o.SitePhone, "site-phone", "", "")
	fl.StringVar(&o.Owner, "owner", "", "")
	fl.StringVar(&o.Manager, "manager", "", "")
	fl.BoolVar(&o.NewPerson, "new-person", false, "")
	fl.StringVar(&o.Start, "start", "", "")
	fl.StringVar(&o.Until, "until", "", "")
	fl.StringVar(&o.From, "from", "", "")
	fl.BoolVarP(&o.Edit, "edit", "e", false, "")
	return c
}

// texts are the texts given by flags that follow new writes, for the privacy guard.
func (o *NewOptions) texts() []ops.Input {
	var in []ops.Input
	for _, l := range []struct {
		flag  string
		texts []string
	}{{"--fact", o.Facts}, {"--topic", o.Topics}, {"--note", o.Notes}, {"--request", o.Requests},
		{"--name", []string{o.Name}}, {"--kana", []string{o.Kana}}, {"--client", []string{o.Client}},
		{"--site", []string{o.Site}}, {"--supervisor", []string{o.Supervisor}},
		{"--site-phone", []string{o.SitePhone}}, {"--kind", []string{o.Kind}}, {"--next", []string{o.Next}}} {
		for _, t := range l.texts {
			in = append(in, ops.Input{Flag: l.flag, Text: t})
		}
	}
	return in
}

// hasVisit reports whether visit flags are given (--date and --kind count: they say a
// visit is meant).
func (o *NewOptions) hasVisit() bool {
	return o.hasContent() || o.Changed("date") || o.Changed("kind")
}

// hasContent reports whether visit content is given by flags (--date and --kind only fill
// the heading of a draft).
func (o *NewOptions) hasContent() bool {
	return len(o.Facts)+len(o.Topics)+len(o.Notes)+len(o.Requests)+len(o.Done) > 0 || o.Next != "" || o.Intent != "" || o.Mood != ""
}

// visit reads the visit flags: the dates, the requests in the --request syntax.
func (o *NewOptions) visit(env ops.Env) (ops.VisitInput, error) {
	in := ops.VisitInput{Env: env, Kind: o.Kind, Facts: o.Facts, Topics: o.Topics, Notes: o.Notes}
	var err error
	if in.Date, err = cmdutil.ParseDateFlag("date", o.Date, env.Today, env.Today, ops.Happened); err != nil {
		return in, err
	}
	if o.Next != "" {
		a, err := cmdutil.ParseAppointmentFlag("next", o.Next, env.Today)
		if err != nil {
			return in, err
		}
		in.Next, in.NextAt, in.NextPlace = a.Date, a.Clock(), a.Place
	}
	if in.Intent, in.Mood, err = o.pulse(); err != nil {
		return in, err
	}
	for _, s := range o.Requests {
		q, err := record.ParseRequestArg(s, env.Today)
		if err != nil {
			return in, usageErr("--request: %v", err)
		}
		if q.Who, err = o.requestWho(q.Who); err != nil {
			return in, err
		}
		in.Requests = append(in.Requests, q)
	}
	for _, id := range o.Done {
		if id = ops.ItemID(id); id != "" {
			in.Done = append(in.Done, record.DraftDone{ID: id})
		}
	}
	return in, nil
}

// pulse reads --intent and --mood (exit 2 when follow cannot read them).
func (o *NewOptions) pulse() (intent string, mood int, err error) {
	if o.Intent != "" {
		var ok bool
		if intent, ok = record.ParseIntent(o.Intent); !ok {
			return "", 0, usageMsg("new.intent", o.Intent)
		}
	}
	if o.Mood != "" {
		if mood, err = record.ParseMood(o.Mood); err != nil {
			return "", 0, usageMsg("new.mood", o.Mood)
		}
	}
	return intent, mood, nil
}

// requestWho resolves the who of a request against the team: owner and manager stay the
// roles, a name becomes the full name of the one person it names (refused when it names
// nobody or several, unless --new-person).
func (o *NewOptions) requestWho(who string) (string, error) {
	if who == "" || who == "owner" || who == "manager" {
		return who, nil
	}
	return o.Writer("--request who", who, o.NewPerson)
}

// checkDates refuses the dates of the visit in that ops.CheckVisitDates refuses (exit 2),
// and returns its warnings, to print once the visit is written.
func (o *NewOptions) checkDates(in ops.VisitInput) ([]ops.DateProblem, error) {
	var warnings []ops.DateProblem
	for _, p := range ops.CheckVisitDates(ops.VisitDates{Date: in.Date, Next: in.Next, Today: in.Today}, in.Config) {
		if !p.Warning {
			return nil, usageErr("--%s %s: %s", p.Field, o.flagText(p.Field), p.Msg.Text(o.Lang()))
		}
		warnings = append(warnings, p)
	}
	return warnings, nil
}

// flagText is the value of --date or --next as typed.
func (o *NewOptions) flagText(field string) string {
	if field == "next" {
		return o.Next
	}
	return o.Date
}

func runNew(o *NewOptions) error {
	var err error
	if o.ID, err = o.StaffID(o.ID); err != nil {
		return err
	}
	if err := store.ValidID(o.ID); err != nil {
		return usageErr("%v", err)
	}
	if err := o.checkDraftFlags(); err != nil {
		return err
	}
	in, err := o.visit(ops.Env{Today: o.Today()})
	if err != nil {
		return err
	}
	if err := o.Guard(o.texts()...); err != nil {
		return err
	}
	s, cfg, unlock, err := o.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	in.Config = cfg
	path, rec, err := cmdutil.OpenRecord(s, o.ID)
	if err != nil {
		return err
	}
	if rec == nil {
		if o.From != "" || o.Edit {
			return usageMsg("draft.norecord", o.ID, o.ID)
		}
		// A new record has no entries: it is written in the team's language, else the
		// writer's.
		in.Lang = record.WriteLang("", cfg.Lang, o.Lang())
		o.by = o.AuthorOf(nil, o.NewPerson)
		in.Author = o.by.Name
		return o.create(s, filepath.Join(s.Root, o.ID+".md"), in)
	}
	in.Lang = rec.LangOr(cfg.Lang, o.Lang())
	for _, name := range createFlags {
		// --new-person also lets the who of a request name someone new.
		if o.Changed(name) && (name != "new-person" || len(o.Requests) == 0 && (o.hasContent() || o.draftSource() == "")) {
			return usageMsg("new.createflags", o.ID, "--"+name)
		}
	}
	if src := o.draftSource(); !o.hasContent() && src != "" {
		unlock()
		return runNewDraft(o, src)
	}
	if !o.hasVisit() {
		return usageMsg("new.novisit", o.ID)
	}
	o.by = o.AuthorOf(rec, false)
	in.Author = o.by.Name
	return o.logVisit(s, path, rec, in, false)
}

// create makes the record of a new staff member, and logs the visit into it when visit
// flags are given.
func (o *NewOptions) create(s *store.Store, path string, visit ops.VisitInput) error {
	in := ops.CreateInput{Env: visit.Env, Path: path, ID: o.ID, Name: o.Name, Kana: o.Kana,
		Client: o.Client, Site: o.Site, Supervisor: o.Supervisor, SitePhone: o.SitePhone}
	if err := o.people(&in); err != nil {
		return err
	}
	var err error
	if in.Start, err = cmdutil.ParseDateFlag("start", o.Start, in.Today, in.Today, dates.ThisYear); err != nil {
		return err
	}
	if in.Until, err = cmdutil.ParseDateFlag("until", o.Until, in.Today, 0, ops.Planned); err != nil {
		return err
	}
	res, err := ops.Create(in)
	if err != nil {
		return opErr(err)
	}
	if o.hasVisit() {
		return o.logVisit(s, path, res.Record, visit, true)
	}
	if _, err := cmdutil.SaveEdit(s, path, nil, res.Edit); err != nil {
		return err
	}
	o.Warnf("%s", o.T("new.created", path, o.Name, o.ID))
	reportMilestones(o.Printer, res.Milestones, res.Skipped, in.Today)
	o.commitErr = afterWrite(o.Printer, o.Commit, path, commitmsg.Change{Lang: in.Lang, ID: o.ID, Action: commitmsg.Create, Date: in.Today, Author: in.Author})
	o.Println(path)
	return nil
}

// people puts the owner and the manager of a new record into in, resolved against the
// team: the owner is me unless --owner is given.
func (o *NewOptions) people(in *ops.CreateInput) error {
	var err error
	if o.Owner != "" {
		in.Owner, err = o.Writer("--owner", o.Owner, o.NewPerson)
	} else {
		in.Owner, err = o.by.Name, o.by.Why // me, resolved
	}
	if err == nil && o.Manager != "" {
		in.Manager, err = o.Writer("--manager", o.Manager, o.NewPerson)
	}
	return err
}

// logVisit writes the visit into rec and says what it did; created says rec is new.
func (o *NewOptions) logVisit(s *store.Store, path string, rec *record.Record, in ops.VisitInput, created bool) error {
	warnings, err := o.checkDates(in)
	if err != nil {
		return err
	}
	res, err := ops.Visit(rec, in)
	if err != nil {
		return opErr(err)
	}
	if o.DryRun {
		if _, err := ops.Check(rec, path, res.Edit); err != nil {
			return dataErr(err)
		}
		o.reportVisit(rec, in, res, warnings, created)
		return nil
	}
	if _, err := cmdutil.SaveEdit(s, path, rec, res.Edit); err != nil {
		return err
	}
	o.reportVisit(rec, in, res, warnings, created)
	// A commit that fails leaves the visit written: it is said when the command ends
	// (a draft is done with).
	o.commitErr = afterWrite(o.Printer, o.Commit, path, commitmsg.Change{Lang: in.Lang, ID: rec.ID, Action: commitmsg.Visit,
		Kind: res.Kind, Created: created, Date: in.Date, Author: in.Author})
	o.Println(path)
	return nil
}

// reportVisit says what logging the visit did (or, with --dry-run, would do).
func (o *NewOptions) reportVisit(rec *record.Record, in ops.VisitInput, res ops.Visited, warnings []ops.DateProblem, created bool) {
	if o.DryRun {
		o.Warnf("%s", o.T("new.dryrun"))
	}
	if created {
		o.Warnf("%s", o.T("new.created", rec.Path, o.Name, o.ID))
	}
	o.NoteAuthor(o.by)
	if res.NextKept {
		o.Warnf("%s", o.T("new.keptnext", rec.Next, res.Latest))
	}
	switch {
	case rec.ActiveOn(o.Today()):
		o.Warnf("%s", o.T("new.logged", in.Date, res.Kind, rec.ID, rec.Name, res.Next))
	case !res.Next.After(rec.Ended.Date): // no contact after the end (follow due's after-end)
		o.Warnf("%s", o.T("new.loggedended", in.Date, res.Kind, rec.ID, rec.Name, rec.Ended.Date))
	default:
		o.Warnf("%s", o.T("new.loggedafter", in.Date, res.Kind, rec.ID, rec.Name, rec.Ended.Date, res.Next))
	}
	for _, w := range warnings {
		o.Warnf("%s", o.T("warning", w.Msg.Text(o.Lang())))
	}
	for _, l := range []struct {
		key string
		ids []string
	}{{"new.requests", res.Requests}, {"draft.updated", res.Updated}, {"draft.closed", res.Closed}} {
		if len(l.ids) > 0 {
			o.Warnf("%s", o.T(l.key, strings.Join(l.ids, ", ")))
		}
	}
	if m := res.Fulfilled; m != nil {
		o.Warnf("%s", o.T("new.fulfilled", m.ID, m.What, m.Due, in.Config.MilestoneWindow))
	}
	for _, u := range res.Unagreed {
		key := "new.unagreed.both"
		if !u.Report {
			key = "new.unagreed.plan"
		} else if !u.Plan {
			key = "new.unagreed.report"
		}
		o.Warnf("%s", o.T("warning", o.T(key, u.ID, u.ID)))
	}
}
