// Package commitmsg builds the one-line git commit message of a write of follow to one
// record, in the team's form: the staff ID, what happened, its date and who wrote it, as
// 「S0101 訪問 2026-12-02（森本 彩）」 or "S0101 visit 2026-12-02 (森本 彩)". The message is
// in the record's language, like the words follow writes into it, so that git log reads
// the same whoever ran follow.
package commitmsg

import (
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
)

// What a write did to a record.
const (
	Visit      = "visit"      // a contact logged (Kind: the entry's kind as written)
	Create     = "create"     // a new record
	Done       = "done"       // a milestone or request marked done (Item)
	Renew      = "renew"      // a renewal
	End        = "end"        // the end of the dispatch (Date: the last day)
	Handover   = "handover"   // a new owner (To)
	Reschedule = "reschedule" // the next follow-up moved (To: the new appointment)
	Duty       = "duty"       // a duty recorded (Kind: training, career, wish, measure)
)

// Change is one write to one record.
type Change struct {
	Lang   string // the record's language: ja or en
	ID     string // the staff ID
	Action string // Visit, Create, Done, Renew, End, Handover, Reschedule, Duty
	Kind   string // Visit: the entry's kind as written (訪問, 電話, visit, call); Duty: its kind
	Item   string // Done: the milestone or request (M3, R2)
	To     string // Handover: the new owner; Reschedule: the new appointment
	// Created says a Visit was logged into a record it created.
	Created bool
	Date    dates.Date
	Author  string // who wrote it; "" leaves the name out
}

// Message is the one-line commit message of c.
func Message(c Change) string {
	t := i18n.Translator(c.Lang)
	var what string
	switch c.Action {
	case Visit:
		what = c.Kind
		if c.Created {
			what = t("commit.createvisit", c.Kind)
		}
	case Create:
		what = t("commit.create")
	case Done:
		what = t("commit.done", c.Item)
	case Renew:
		what = t("commit.renew")
	case End:
		what = t("commit.end")
	case Handover:
		what = t("commit.handover", c.To)
	case Reschedule:
		what = t("commit.reschedule", c.To)
	case Duty:
		what = t("commit.duty." + c.Kind)
	default:
		what = c.Action
	}
	msg := c.ID + " " + what
	if !c.Date.IsZero() {
		msg += " " + c.Date.String()
	}
	if c.Author != "" {
		msg = t("commit.by", msg, c.Author)
	}
	return oneLine(msg)
}

// oneLine keeps the message on one line whatever a kind or a name holds.
func oneLine(s string) string {
	b := []rune(s)
	for i, r := range b {
		if r == '\n' || r == '\r' || r == '\t' {
			b[i] = ' '
		}
	}
	return string(b)
}
