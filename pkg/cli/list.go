package cli

import (
	"sort"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
	"github.com/staffnote/follow/pkg/textfold"
)

// ListOptions are the inputs of follow list.
type ListOptions struct {
	f      *Factory
	Owner  string
	Client string
	Status string
	Search string
	JSON   bool
}

// NewListCmd builds follow list.
func NewListCmd(f *Factory) *cobra.Command {
	o := &ListOptions{f: f}
	c := &cobra.Command{
		Use:   "list",
		Short: "List and find staff: by owner, client, status, or a search in names and notes",
		Long: `List the staff members, sorted by ID: active ones unless --status says otherwise.

--search matches the ID, name, reading (kana), client, site and the notes (the log and
the requests). It ignores the differences an input method makes: full-width and
half-width forms, hiragana and katakana, case and spaces, so やまだ finds ヤマダ and,
through the reading in kana:, 山田. A kanji name is found by its reading or its kanji.

JSON fields (stable): id, name, kana, status, owner, manager, client, site, supervisor,
start, next, next_overdue, contract_end, ended, file, match.`,
		Example: `  follow list
  follow list --owner 森本 --client ミナト
  follow list --search やまだ
  follow list --status all --json`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error { return runList(o) },
	}
	fl := c.Flags()
	fl.StringVar(&o.Owner, "owner", "", "only staff followed by this owner")
	fl.StringVar(&o.Client, "client", "", "only staff at clients whose name contains this")
	fl.StringVar(&o.Status, "status", "active", "active, ended or all")
	fl.StringVar(&o.Search, "search", "", "text to find in ID, name, kana, client, site and notes")
	fl.BoolVar(&o.JSON, "json", false, "print JSON")
	_ = c.RegisterFlagCompletionFunc("owner", completeOwners(f))
	_ = c.RegisterFlagCompletionFunc("client", completeClients(f))
	_ = c.RegisterFlagCompletionFunc("status", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"active", "ended", "all"}, cobra.ShellCompDirectiveNoFileComp
	})
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
	// Match says where --search matched: a field name, or the note that matched.
	Match string `json:"match,omitempty"`
}

func runList(o *ListOptions) error {
	f := o.f
	switch o.Status {
	case "active", "ended", "all":
	default:
		return usageErr("%s", f.T("list.status", o.Status))
	}
	today, _ := f.Today()
	s, err := f.Store()
	if err != nil {
		return err
	}
	paths, err := s.List()
	if err != nil {
		return dataErr(err)
	}
	search := textfold.NewMatcher(o.Search)
	owner := textfold.Key(o.Owner)
	client := textfold.NewMatcher(o.Client)
	items := []ListItem{}
	broken := 0
	for _, l := range store.Load(paths) {
		if l.Err != nil {
			broken++
			f.warnf("%s", f.T("due.broken", l.Err))
			continue
		}
		r := l.Record
		if o.Status != "all" && (o.Status == "ended") == r.Active() {
			continue
		}
		if owner != "" && textfold.Key(r.Owner) != owner {
			continue
		}
		if !client.Empty() && !client.Match(r.Client) {
			continue
		}
		match := ""
		if !search.Empty() {
			var ok bool
			if match, ok = f.searchRecord(r, search); !ok {
				continue
			}
		}
		it := ListItem{ID: r.ID, Name: r.Name, Kana: r.Kana, Status: r.Status, Owner: r.Owner, Manager: r.Manager,
			Client: r.Client, Site: r.Site, Supervisor: r.Supervisor, Start: r.Start, Next: r.Next,
			ContractEnd: r.Contract.End, Ended: r.Ended.Date, File: r.Path, Match: match}
		it.NextOverdue = r.Active() && !r.Next.IsZero() && r.Next.Before(today)
		items = append(items, it)
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	if o.JSON {
		if err := render.WriteJSON(f.IO.Out, items); err != nil {
			return dataErr(err)
		}
	} else if len(items) == 0 {
		f.warnf("%s", f.T("list.none"))
	} else {
		t := render.Table{
			Headers:  []string{f.T("list.h.id"), f.T("list.h.name"), f.T("list.h.cli"), f.T("list.h.site"), f.T("list.h.owner"), f.T("list.h.next")},
			MaxWidth: []int{0, 0, 30, 24, 0, 0, 50},
		}
		if !search.Empty() {
			t.Headers = append(t.Headers, f.T("list.h.match"))
		}
		for _, it := range items {
			next := it.Next.String()
			if it.Status == record.StatusEnded {
				next = f.T("list.ended", it.Ended)
			}
			row := []string{it.ID, it.Name, it.Client, it.Site, it.Owner, next}
			if !search.Empty() {
				row = append(row, it.Match)
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
		if err := t.Write(f.IO.Out, f.Color()); err != nil {
			return dataErr(err)
		}
		if f.IO.StdoutTTY {
			f.warnf("%s", f.T("list.count", len(items)))
		}
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// searchRecord matches the folded query against the fields of r and its notes; it returns
// where it matched: the field's name, or the note itself with its date.
func (f *Factory) searchRecord(r *record.Record, m textfold.Matcher) (string, bool) {
	for _, fl := range []struct{ key, val string }{
		{"list.f.id", r.ID}, {"list.f.name", r.Name}, {"list.f.kana", r.Kana},
		{"list.f.cli", r.Client}, {"list.f.site", r.Site},
	} {
		if m.Match(fl.val) {
			return f.T(fl.key), true
		}
	}
	entries, _ := r.Entries()
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		for _, group := range [][]record.Item{e.Facts, e.Requests, e.Personal, e.Notes} {
			for _, it := range group {
				if m.Match(it.Text) {
					return e.Date.String() + " " + oneLineText(it.Text), true
				}
			}
		}
	}
	for _, q := range r.Requests {
		for _, t := range []string{q.What, q.Plan, q.Note} {
			if t != "" && m.Match(t) {
				return q.ID + " " + oneLineText(t), true
			}
		}
	}
	for _, ms := range r.Milestones {
		if ms.Note != "" && m.Match(ms.Note) {
			return ms.ID + " " + oneLineText(ms.Note), true
		}
	}
	return "", false
}

// completeClients completes the client companies named in the records.
func completeClients(f *Factory) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return completeNames(f, func(r *record.Record) []string { return []string{r.Client} })
}
