package render

import (
	"io"
	"sort"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/textfold"
)

// The layout of follow list: the staff as a table in the reader's language, and as JSON.

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
	Ending      bool       `json:"ending"` // the end is recorded, its last day (ended) is still to come
	File        string     `json:"file"`
	// Match says where --search matched: a field's JSON name (id, name, kana, client,
	// site), or the note that matched, with its date or id.
	Match string `json:"match,omitempty"`
}

// NewListItem is r as follow list shows it on today; match is where --search matched.
func NewListItem(r *record.Record, today dates.Date, match string) ListItem {
	return ListItem{ID: r.ID, Name: r.Name, Kana: r.Kana, Status: r.Status, Owner: r.Owner, Manager: r.Manager,
		Client: r.Client, Site: r.Site, Supervisor: r.Supervisor, Start: r.Start, Next: r.Next,
		NextOverdue: r.ActiveOn(today) && !r.Next.IsZero() && r.Next.Before(today),
		ContractEnd: r.Contract.End, Ended: r.Ended.Date, Ending: r.Ending(today), File: r.Path, Match: match}
}

// ListTable writes the staff as a table in lang, fitted to the screen's width (ListFit):
// an overdue follow-up is marked (超過) and red, ended staff dim; with showMatch, where
// --search matched.
func ListTable(w io.Writer, items []ListItem, lang string, scr Screen, showMatch bool) error {
	tr := func(key string, args ...any) string { return i18n.T(lang, key, args...) }
	t := Table{
		Headers:  []string{tr("list.h.id"), tr("list.h.name"), tr("list.h.cli"), tr("list.h.site"), tr("list.h.owner"), tr("list.h.next")},
		MaxWidth: []int{0, 0, 30, 24, 0, 0, 50},
		Width:    scr.Width,
		Fit:      ListFit,
	}
	if showMatch {
		t.Headers = append(t.Headers, tr("list.h.match"))
	}
	for _, it := range items {
		next := it.Next.String()
		if it.NextOverdue {
			next += tr("list.overdue")
		}
		switch {
		case it.Ending:
			next += tr("list.ending", it.Ended)
		case it.Status == record.StatusEnded:
			next = tr("list.ended", it.Ended)
		}
		row := []string{it.ID, it.Name, it.Client, it.Site, it.Owner, next}
		if showMatch {
			row = append(row, matchText(lang, it.Match))
		}
		t.Rows = append(t.Rows, row)
	}
	t.RowStyle = func(i int) Style {
		switch {
		case items[i].NextOverdue:
			return StyleRed
		case items[i].Status == record.StatusEnded && !items[i].Ending:
			return StyleDim
		}
		return StyleNone
	}
	return t.Write(w, scr.Color)
}

// The columns of the list table.
const (
	listColID = iota
	listColName
	listColClient
	listColSite
	listColOwner
	listColNext
	listColMatch
)

// ListFit is how the list table is made to fit a terminal, the least useful first: where
// --search matched is cut to 30 cells, the site is left out, the client is cut to 16, the
// owner is left out, where --search matched is cut to 16 and the client to 10. The ID, the
// name and the next follow-up always stay.
var ListFit = []FitStep{Shrink(listColMatch, 30), Drop(listColSite), Shrink(listColClient, 16), Drop(listColOwner),
	Shrink(listColMatch, 16), Shrink(listColClient, 10)}

// matchFields are the fields --search looks at, by their JSON names, with the catalogue
// key of their names in the table.
var matchFields = [...][2]string{{"id", "list.f.id"}, {"name", "list.f.name"}, {"kana", "list.f.kana"}, {"client", "list.f.cli"}, {"site", "list.f.site"}}

// matchText is where --search matched, for the table: a field's name in the reader's
// language, or the note.
func matchText(lang, match string) string {
	for _, f := range matchFields {
		if match == f[0] {
			return i18n.T(lang, f[1])
		}
	}
	return match
}

// Search matches the folded query against the fields of r and its notes; it returns
// where it matched: the field's JSON name (whatever the reader's language: it is in
// --json), or the note's date (or item ID) and the snippet of the note around the match.
func Search(r *record.Record, m textfold.Matcher) (string, bool) {
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
					return e.Date.String() + " " + snippet(it.Text, m), true
				}
			}
		}
	}
	for _, q := range r.Requests {
		for _, t := range []string{q.What, q.Plan, q.Note} {
			if t != "" && m.Match(t) {
				return q.ID + " " + snippet(t, m), true
			}
		}
	}
	for _, ms := range r.Milestones {
		if ms.Note != "" && m.Match(ms.Note) {
			return ms.ID + " " + snippet(ms.Note, m), true
		}
	}
	return "", false
}

// SnippetWidth is how many cells of a note --search shows around the match.
const SnippetWidth = 24

// snippet is the note text around where m matches it, on one line, sanitized, in at most
// SnippetWidth cells (Snippet).
func snippet(text string, m textfold.Matcher) string {
	text = OneLine(text)
	i, j := m.Index(text)
	if i < 0 {
		return Truncate(text, SnippetWidth)
	}
	return Snippet(text, i, j, SnippetWidth)
}

// EndedMatches counts the staff that the query would select with --status ended: when a
// search finds no active staff member, follow list says how many ended ones it finds.
func EndedMatches(recs []*record.Record, today dates.Date, q ListQuery) int {
	q.Status = "ended"
	return len(SelectList(recs, today, q))
}

// ListQuery is what follow list selects: the status (active, ended or all), the owner's
// full name ("" for anyone), and a client and a search as typed (matched folded).
type ListQuery struct {
	Status, Owner, Client, Search string
}

// SelectList returns the staff of recs the query selects, sorted by ID, each with where
// the search matched.
func SelectList(recs []*record.Record, today dates.Date, q ListQuery) []ListItem {
	search, client := textfold.NewMatcher(q.Search), textfold.NewMatcher(q.Client)
	items := []ListItem{}
	for _, r := range recs {
		if q.Status != "all" && (q.Status == "ended") == r.ActiveOn(today) ||
			q.Owner != "" && !schedule.NameMatches(r.Owner, q.Owner) || !client.Empty() && !client.Match(r.Client) {
			continue
		}
		match := ""
		if !search.Empty() {
			var ok bool
			if match, ok = Search(r, search); !ok {
				continue
			}
		}
		items = append(items, NewListItem(r, today, match))
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].ID < items[j].ID })
	return items
}
