// Package calls builds the manager's call sheet: for each thank-you call to a client's
// on-site supervisor (a milestone with who: manager) that is due, whom to call and where
// (the supervisor, the client, the site, the workplace's phone), why (the first day, or
// which renewal), and what the follow-up owner last noted about the workplace, so the
// manager can thank the supervisor for something real. It is pure: a due item and its
// record in, the sheet's data out (codes, not prose: the command line phrases it).
package calls

import (
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// Call is one call of the sheet. Its JSON field names are stable (docs/GUIDE.md).
type Call struct {
	Date       dates.Date `json:"date"`
	Days       int        `json:"days"` // from today to date, negative when overdue
	Overdue    bool       `json:"overdue"`
	Staff      string     `json:"staff"`
	Name       string     `json:"name"`
	Ref        string     `json:"ref"`  // the milestone, M11
	What       string     `json:"what"` // its text
	Who        string     `json:"who"`  // the manager who calls
	Supervisor string     `json:"supervisor"`
	Client     string     `json:"client"`
	Site       string     `json:"site"`
	SitePhone  string     `json:"site_phone"`
	Owner      string     `json:"owner"`
	// Reason is why the call is due: the occasion of the rule that wrote it (first-day,
	// start, renewal, end; "" when no rule of follow.yaml wrote it). Renewal is which
	// renewal (1 = the first; 0 when not a renewal or the record cannot tell) and Term the
	// contract term it began (null when the history does not hold it).
	Reason  string     `json:"reason"`
	Renewal int        `json:"renewal"`
	Start   dates.Date `json:"start"`
	Term    *Term      `json:"term"`
	// Noted is what the follow-up owner last noted: the facts of the latest contact that
	// has any (null when none has).
	Noted *Noted `json:"noted"`
	File  string `json:"file"`
	Line  int    `json:"line"`
}

// Term is a contract term.
type Term struct {
	From  dates.Date `json:"from"`
	Until dates.Date `json:"until"`
}

// Noted is the latest contact with facts confirmed: its date, kind, author (the By: /
// 記入: line, "" when it has none) and the facts as written.
type Noted struct {
	Date  dates.Date `json:"date"`
	Kind  string     `json:"kind"`
	By    string     `json:"by"`
	Facts []string   `json:"facts"`
}

// Build makes the call of a due item of code schedule.CodeCall, from its record read
// whole (the facts are in the body).
func Build(it schedule.Item, r *record.Record, cfg *config.Config) Call {
	c := Call{Date: it.Date, Days: it.Days, Overdue: it.Overdue, Staff: it.Staff, Name: it.Name, Ref: it.Ref,
		What: it.What, Who: it.Who, Supervisor: r.Supervisor, Client: r.Client, Site: r.Site, SitePhone: r.SitePhone,
		Owner: r.Owner, Start: r.Start, File: it.File, Line: it.Line}
	for _, m := range r.Milestones {
		if m.ID == it.Ref {
			var term record.Period
			c.Reason, c.Renewal, term = schedule.Occasion(r, cfg, m)
			if !term.From.IsZero() {
				c.Term = &Term{From: term.From, Until: term.Until}
			}
			break
		}
	}
	entries, _ := r.Entries()
	c.Noted = lastNoted(entries)
	return c
}

// lastNoted is the latest contact that has facts confirmed, nil when there is none.
func lastNoted(entries []record.Entry) *Noted {
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if !e.IsContact() || len(e.Facts) == 0 {
			continue
		}
		n := &Noted{Date: e.Date, Kind: e.Kind, By: e.Author, Facts: make([]string, 0, len(e.Facts))}
		for _, f := range e.Facts {
			n.Facts = append(n.Facts, f.Text)
		}
		return n
	}
	return nil
}
