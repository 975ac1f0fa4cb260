// Package complaints builds the complaint register (苦情処理の記録) that the agency's
// management ledger (派遣元管理台帳) must hold: for every complaint of the records, the day
// it was received (申出年月日), the staff member, the client and site, what it was about,
// who handled it, the day the client was told, how far it was handled and with what result,
// and the day the result was reported back. Only complaints (requests with type:
// complaint), never ordinary requests. It is pure: records in, rows out; follow complaints
// prints them.
package complaints

import (
	"sort"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Status codes of a complaint: how far it was handled.
const (
	StatusOpen     = "open"     // not resolved yet
	StatusResolved = "resolved" // resolved, the result not yet reported back to the staff member
	StatusReported = "reported" // resolved and reported back
)

// Row is one complaint of the register. Its JSON field names are stable (docs/FORMAT.md,
// follow complaints --help); dates are YYYY-MM-DD or null.
type Row struct {
	// Received is the day the complaint was heard (申出年月日): the first entry of the log
	// that lists it; null when no entry does.
	Received dates.Date `json:"received"`
	Staff    string     `json:"staff"`
	Name     string     `json:"name"`
	Client   string     `json:"client"`
	Site     string     `json:"site"`
	ID       string     `json:"id"`   // the request's id in the record (R2)
	From     string     `json:"from"` // staff or client: who complained
	What     string     `json:"what"` // the content
	Plan     string     `json:"plan"` // the direction agreed
	// Handler is who handled it: the person its who names, the manager, or the owner on
	// the day it was received (a later handover does not move it).
	Handler string `json:"handler"`
	// HandlerRole is owner or manager when Handler is the record's owner or manager by
	// that role, "" for a person named by who.
	HandlerRole string     `json:"handler_role"`
	Notified    dates.Date `json:"notified"` // the day the client (派遣先) was told
	Due         dates.Date `json:"due"`      // by when it was to be handled
	Status      string     `json:"status"`   // open, resolved or reported
	Resolved    dates.Date `json:"resolved"` // the day it was resolved
	Result      string     `json:"result"`   // how it was resolved (the request's note)
	Reported    dates.Date `json:"reported"` // the day the result was reported back
	How         string     `json:"how"`      // how it was reported back
	File        string     `json:"file"`
	Line        int        `json:"line"` // of the request in the front matter
}

// Window limits the register to the complaints received from From to To, both included;
// a zero bound is open. A complaint whose received day is unknown is in every window, so
// that none goes missing from the register.
type Window struct {
	From, To dates.Date
}

func (w Window) holds(d dates.Date) bool {
	if d.IsZero() {
		return true
	}
	return (w.From.IsZero() || !d.Before(w.From)) && (w.To.IsZero() || !d.After(w.To))
}

// Register returns the complaints of recs received in w, by received day (unknown ones
// last), then staff and id.
func Register(recs []*record.Record, w Window) []Row {
	rows := []Row{}
	for _, r := range recs {
		var received map[string]dates.Date
		var handovers []record.Handover
		for _, q := range r.Requests {
			if !q.IsComplaint() {
				continue
			}
			if received == nil {
				entries, _ := r.Entries()
				received, handovers = r.Received(), record.Handovers(entries)
			}
			row := rowOf(r, q, received[q.ID], handovers)
			if w.holds(row.Received) {
				rows = append(rows, row)
			}
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Received != b.Received {
			if a.Received.IsZero() || b.Received.IsZero() {
				return b.Received.IsZero()
			}
			return a.Received < b.Received
		}
		if a.Staff != b.Staff {
			return a.Staff < b.Staff
		}
		return a.Line < b.Line
	})
	return rows
}

func rowOf(r *record.Record, q record.Request, received dates.Date, hs []record.Handover) Row {
	from := q.From
	if from == "" {
		from = record.FromStaff
	}
	row := Row{Received: received, Staff: r.ID, Name: r.Name, Client: r.Client, Site: r.Site, ID: q.ID, From: from,
		What: q.What, Plan: q.Plan, Notified: q.Notified, Due: q.Due, Resolved: q.Done, Result: q.Note,
		Reported: q.Reported, How: q.How, File: r.Path, Line: q.Line}
	switch who := q.Assignee(); who {
	case "owner":
		on := received
		if on.IsZero() {
			on = q.Due
		}
		row.Handler, row.HandlerRole = r.Owner, who
		if !on.IsZero() {
			row.Handler = record.OwnerOn(r.Owner, hs, on)
		}
	case "manager":
		row.Handler, row.HandlerRole = r.Manager, who
	default:
		row.Handler = who
	}
	switch {
	case q.Done.IsZero():
		row.Status = StatusOpen
	case q.Reported.IsZero():
		row.Status = StatusResolved
	default:
		row.Status = StatusReported
	}
	return row
}
