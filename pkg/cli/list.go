package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
	"github.com/staffnote/follow/pkg/textfold"
)

// ListOptions are the inputs of follow list.
type ListOptions struct {
	cmdutil.Printer
	cmdutil.Records
	Owner  string
	Client string
	Status string
	Search string
	JSON   bool
	Wide   bool // every column whole, whatever the terminal's width
}

// NewCmdList builds follow list; runF, when set, runs instead of the command (tests).
func NewCmdList(f *cmdutil.Factory, runF func(*ListOptions) error) *cobra.Command {
	o := &ListOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "list",
		Args: noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return runList(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.Owner, "owner", "", "")
	fl.StringVar(&o.Client, "client", "", "")
	fl.StringVar(&o.Status, "status", "active", "")
	fl.StringVar(&o.Search, "search", "", "")
	fl.BoolVar(&o.JSON, "json", false, "")
	fl.BoolVar(&o.Wide, "wide", false, "")
	_ = c.RegisterFlagCompletionFunc("owner", cmdutil.CompletePeople(o.Team))
	_ = c.RegisterFlagCompletionFunc("client", cmdutil.CompleteClients(o.Store))
	_ = c.RegisterFlagCompletionFunc("status", cmdutil.CompleteWords("active", "ended", "all"))
	return c
}

func runList(o *ListOptions) error {
	switch o.Status {
	case "active", "ended", "all":
	default:
		return usageMsg("list.status", o.Status)
	}
	items, broken, ended, err := o.find()
	if err != nil {
		return err
	}
	switch {
	case o.JSON:
		err = render.WriteJSON(o.IO.Out, items)
	case len(items) == 0 && ended > 0:
		o.Warnf("%s", o.T("list.endedonly", ended, o.Search))
	case len(items) == 0:
		o.Warnf("%s", o.T("list.none"))
	default:
		err = o.writeTable(items)
	}
	if err != nil {
		return dataErr(err)
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// find returns the staff the filters select, sorted by ID; records that cannot be read
// are reported and counted. When a search finds no active staff member, ended counts the
// ended ones it finds.
func (o *ListOptions) find() (items []render.ListItem, broken, ended int, err error) {
	s, err := o.Store()
	if err != nil {
		return nil, 0, 0, err
	}
	paths, err := s.List()
	if err != nil {
		return nil, 0, 0, dataErr(err)
	}
	loaded := store.Load(paths)
	owner, err := o.owner(loaded)
	if err != nil {
		return nil, 0, 0, err
	}
	var recs []*record.Record
	for _, l := range loaded {
		if l.Err != nil {
			broken++
			o.Warnf("%s", o.T("due.broken", l.Err))
			continue
		}
		recs = append(recs, l.Record)
	}
	q := render.ListQuery{Status: o.Status, Owner: owner, Client: o.Client, Search: o.Search}
	items = render.SelectList(recs, o.Today(), q)
	if len(items) == 0 && o.Status == "active" && o.Search != "" {
		ended = render.EndedMatches(recs, o.Today(), q)
	}
	return items, broken, ended, nil
}

// owner is the full name of the person --owner names, resolved against the team (the
// names of the records loaded, when follow.yaml declares nobody); "" without --owner.
func (o *ListOptions) owner(loaded []store.Loaded) (string, error) {
	if o.Owner == "" {
		return "", nil
	}
	cfg, err := o.Config()
	if err != nil {
		return "", err
	}
	if cfg.PeopleSet {
		team, err := o.Team()
		if err != nil {
			return "", err
		}
		return cmdutil.ResolvePerson(team, "--owner", o.Owner)
	}
	var names []string
	for _, l := range loaded {
		if l.Record != nil {
			names = l.Record.People(names)
		}
	}
	return cmdutil.ResolvePerson(people.FromNames(names), "--owner", o.Owner)
}

// writeTable prints the staff as a table, and their count on a terminal.
func (o *ListOptions) writeTable(items []render.ListItem) error {
	showMatch := !textfold.NewMatcher(o.Search).Empty()
	if err := render.ListTable(o.IO.Out, items, o.Lang(), o.Screen(o.Wide), showMatch); err != nil {
		return err
	}
	if o.IO.StdoutTTY {
		o.Warnf("%s", o.T("list.count", len(items)))
	}
	return nil
}
