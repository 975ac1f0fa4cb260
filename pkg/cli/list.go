package cli

import (
	"sort"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/store"
	"github.com/staffnote/follow/pkg/textfold"
)

// ListOptions are the inputs of follow list.
type ListOptions struct {
	Printer
	Records
	Owner  string
	Client string
	Status string
	Search string
	JSON   bool
}

// NewCmdList builds follow list; runF, when set, runs instead of the command (tests).
func NewCmdList(f *Factory, runF func(*ListOptions) error) *cobra.Command {
	o := &ListOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:   "list",
		Short: "List and find staff: by owner, client, status, or a search in names and notes",
		Long: `List the staff members, sorted by ID: active ones unless --status says otherwise.

--search matches the ID, name, reading (kana), client, site and the notes (the log and
the requests). It ignores the differences an input method makes: full-width and
half-width forms, hiragana and katakana, case and spaces, so やまだ finds ヤマダ and,
through the reading in kana:, 山田. A kanji name is found by its reading or its kanji.

--owner names a person of the team (people: in follow.yaml, else the names in the
records): a full name, a family name, the start of a name or its reading that names one
person; an ambiguous or unknown name is refused with the candidates.

JSON fields (stable): id, name, kana, status, owner, manager, client, site, supervisor,
start, next, next_overdue, contract_end, ended, file, match.`,
		Example: `  follow list
  follow list --owner 森本 --client ミナト
  follow list --search やまだ
  follow list --status all --json`,
		Args: noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			return runList(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.Owner, "owner", "", "only staff followed by this owner")
	fl.StringVar(&o.Client, "client", "", "only staff at clients whose name contains this")
	fl.StringVar(&o.Status, "status", "active", "active, ended or all")
	fl.StringVar(&o.Search, "search", "", "text to find in ID, name, kana, client, site and notes")
	fl.BoolVar(&o.JSON, "json", false, "print JSON")
	_ = c.RegisterFlagCompletionFunc("owner", completePeople(o.Team))
	_ = c.RegisterFlagCompletionFunc("client", completeClients(o.Store))
	_ = c.RegisterFlagCompletionFunc("status", completeWords("active", "ended", "all"))
	return c
}

// ListItem is one staff member in follow list --json.
type ListItem struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Kana        string     `json:"kana"`
	Status      string     `json:"status"`
	Owner       string     `json:"owner"`
	Manager     string     `json:"manager"`
	Client      string     `json:"client"`
	Site        string     `json:"site"`
	Supervisor  string     `json:"supervisor"`
	Start       dates.Date `json:"start"`
	Next        dates.Date `json:"next"`
	NextOverdue bool       `json:"next_overdue"`
	ContractEnd dates.Date `json:"contract_end"`
	Ended       dates.Date `json:"ended"`
	File        string     `json:"file"`
	// Match says where --search matched: a field's JSON name (id, name, kana, client,
	// site), or the note that matched, with its date or id.
	Match string `json:"match,omitempty"`
}

func runList(o *ListOptions) error {
	switch o.Status {
	case "active", "ended", "all":
	default:
		return usageMsg("list.status", o.Status)
	}
	items, broken, err := o.find()
	if err != nil {
		return err
	}
	switch {
	case o.JSON:
		err = render.WriteJSON(o.IO.Out, items)
	case len(items) == 0:
		o.warnf("%s", o.T("list.none"))
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
// are reported and counted.
func (o *ListOptions) find() ([]ListItem, int, error) {
	s, err := o.Store()
	if err != nil {
		return nil, 0, err
	}
	paths, err := s.List()
	if err != nil {
		return nil, 0, dataErr(err)
	}
	today := o.Today()
	search, client := textfold.NewMatcher(o.Search), textfold.NewMatcher(o.Client)
	loaded := store.Load(paths)
	owner, err := o.owner(loaded)
	if err != nil {
		return nil, 0, err
	}
	items := []ListItem{}
	broken := 0
	for _, l := range loaded {
		if l.Err != nil {
			broken++
			o.warnf("%s", o.T("due.broken", l.Err))
			continue
		}
		r := l.Record
		if o.Status != "all" && (o.Status == "ended") == r.Active() ||
			owner != "" && !schedule.NameMatches(r.Owner, owner) || !client.Empty() && !client.Match(r.Client) {
			continue
		}
		match := ""
		if !search.Empty() {
			var ok bool
			if match, ok = o.searchRecord(r, search); !ok {
				continue
			}
		}
		items = append(items, ListItem{ID: r.ID, Name: r.Name, Kana: r.Kana, Status: r.Status, Owner: r.Owner, Manager: r.Manager,
			Client: r.Client, Site: r.Site, Supervisor: r.Supervisor, Start: r.Start, Next: r.Next,
			NextOverdue: r.Active() && !r.Next.IsZero() && r.Next.Before(today),
			ContractEnd: r.Contract.End, Ended: r.Ended.Date, File: r.Path, Match: match})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	return items, broken, nil
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
		return resolvePerson(team, "--owner", o.Owner)
	}
	var names []string
	for _, l := range loaded {
		if l.Record != nil {
			names = l.Record.People(names)
		}
	}
	return resolvePerson(people.FromNames(names), "--owner", o.Owner)
}

// writeTable prints the staff as a table: overdue follow-ups in red, ended staff dim.
func (o *ListOptions) writeTable(items []ListItem) error {
	t := render.Table{
		Headers:  []string{o.T("list.h.id"), o.T("list.h.name"), o.T("list.h.cli"), o.T("list.h.site"), o.T("list.h.owner"), o.T("list.h.next")},
		MaxWidth: []int{0, 0, 30, 24, 0, 0, 50},
	}
	showMatch := !textfold.NewMatcher(o.Search).Empty()
	if showMatch {
		t.Headers = append(t.Headers, o.T("list.h.match"))
	}
	for _, it := range items {
		next := it.Next.String()
		if it.Status == record.StatusEnded {
			next = o.T("list.ended", it.Ended)
		}
		row := []string{it.ID, it.Name, it.Client, it.Site, it.Owner, next}
		if showMatch {
			row = append(row, o.matchText(it.Match))
		}
		t.Rows = append(t.Rows, row)
	}
	t.RowStyle = func(i int) render.Style {
		switch {
		case items[i].NextOverdue:
			return render.StyleRed
		case items[i].Status == record.StatusEnded:
			return render.StyleDim
		}
		return render.StyleNone
	}
	if err := t.Write(o.IO.Out, o.Color()); err != nil {
		return err
	}
	if o.IO.StdoutTTY {
		o.warnf("%s", o.T("list.count", len(items)))
	}
	return nil
}

// matchFields are the fields --search looks at, by their JSON names, with the catalogue
// key of their names in the table.
var matchFields = [...][2]string{{"id", "list.f.id"}, {"name", "list.f.name"}, {"kana", "list.f.kana"}, {"client", "list.f.cli"}, {"site", "list.f.site"}}

// matchText is where --search matched, for the table: a field's name in the reader's
// language, or the note.
func (p Printer) matchText(match string) string {
	for _, f := range matchFields {
		if match == f[0] {
			return p.T(f[1])
		}
	}
	return match
}

// searchRecord matches the folded query against the fields of r and its notes; it returns
// where it matched: the field's JSON name (whatever the reader's language: it is in
// --json), or the note itself with its date.
func (p Printer) searchRecord(r *record.Record, m textfold.Matcher) (string, bool) {
	for i, val := range [...]string{r.ID, r.Name, r.Kana, r.Client, r.Site} {
		if m.Match(val) {
			return matchFields[i][0], true
		}
	}
	entries, _ := r.Entries()
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		for _, group := range [][]record.Item{e.Facts, e.Requests, e.Personal, e.Notes} {
			for _, it := range group {
				if m.Match(it.Text) {
					return e.Date.String() + " " + render.OneLine(it.Text), true
				}
			}
		}
	}
	for _, q := range r.Requests {
		for _, t := range []string{q.What, q.Plan, q.Note} {
			if t != "" && m.Match(t) {
				return q.ID + " " + render.OneLine(t), true
			}
		}
	}
	for _, ms := range r.Milestones {
		if ms.Note != "" && m.Match(ms.Note) {
			return ms.ID + " " + render.OneLine(ms.Note), true
		}
	}
	return "", false
}
