// Package brief builds what a follow-up owner reads before a visit: who the staff member
// is, where they are in their first months and contract, what is open, and the openers —
// the topics from the last visit to start the conversation from. It is pure.
package brief

import (
	"sort"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// Brief is the data behind follow show. JSON field names are stable.
type Brief struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Kana       string `json:"kana"`
	Status     string `json:"status"`
	Client     string `json:"client"`
	Site       string `json:"site"`
	Supervisor string `json:"supervisor"`
	SitePhone  string `json:"site_phone"`
	Owner      string `json:"owner"`
	Manager    string `json:"manager"`
	File       string `json:"file"`

	Start dates.Date `json:"start"`
	// Day is the day of work counted from the start (the start is day 1); 0 before it.
	Day int `json:"day"`
	// FirstMonths is 1, 2 or 3 while the staff member is in the first three months
	// (the months that matter most), 0 after them or before the start.
	FirstMonths int `json:"first_months"`

	ContractEnd dates.Date `json:"contract_end"`
	DaysToEnd   int        `json:"days_to_end"`
	Renewals    int        `json:"renewals"`
	LimitDate   dates.Date `json:"limit_date"`
	Exempt      string     `json:"exempt"`

	Next        dates.Date `json:"next"`
	NextAt      string     `json:"next_at,omitempty"`    // its time, 15:00 or 15:00-16:00, when agreed
	NextPlace   string     `json:"next_place,omitempty"` // its place, when agreed
	NextOverdue bool       `json:"next_overdue"`

	Requests   []Request   `json:"requests"`
	Milestones []Milestone `json:"milestones"`
	// Ask are the team's questions for the milestones due around the next contact.
	Ask     []Ask    `json:"ask"`
	Openers []Opener `json:"openers"`
	History History  `json:"history"`
	Ended   *Ended   `json:"ended"`
	// Handover is the latest handover written in the log, nil when there is none.
	Handover *Handover `json:"handover"`
	// Intent and Mood are what the contacts recorded (意向:, 満足度:), oldest first, with
	// their dates: the trend follow show prints (前回 迷い → 今回 継続, 満足度 2 → 4).
	Intent []IntentAt `json:"intent"`
	Mood   []MoodAt   `json:"mood"`
}

// IntentAt is the intent recorded at a contact: stay, unsure or leave.
type IntentAt struct {
	Date   dates.Date `json:"date"`
	Intent string     `json:"intent"`
}

// MoodAt is the mood recorded at a contact, 1 to 5.
type MoodAt struct {
	Date dates.Date `json:"date"`
	Mood int        `json:"mood"`
}

// Handover is a handover entry of the log: who took over and the note left for them.
type Handover struct {
	Date  dates.Date `json:"date"`
	Lines []string   `json:"lines"`
}

// Request is an open request, or one resolved but not yet reported back.
type Request struct {
	ID            string     `json:"id"`
	What          string     `json:"what"`
	Plan          string     `json:"plan"`
	Due           dates.Date `json:"due"`
	DueWas        dates.Date `json:"due_was,omitzero"` // the earliest due before it was moved
	Report        dates.Date `json:"report"`
	How           string     `json:"how"`
	Done          dates.Date `json:"done"`
	Overdue       bool       `json:"overdue"`
	ReportOverdue bool       `json:"report_overdue"`
	// Note is the request's note as written: how it was resolved, or anything else.
	Note string `json:"note"`
	// Tell is what to tell the staff member at the report-back still to make: the note of
	// a request resolved and not yet reported back; "" otherwise.
	Tell string `json:"tell"`
}

// Milestone is an undone milestone.
type Milestone struct {
	ID      string     `json:"id"`
	What    string     `json:"what"`
	Due     dates.Date `json:"due"`
	Who     string     `json:"who"`
	Overdue bool       `json:"overdue"`
}

// Opener is a topic or fact from the last visit that had them, to open the next one with.
type Opener struct {
	Kind string `json:"kind"` // personal or fact
	Text string `json:"text"` // the note as written
	// Quote is what the question quotes of the note (Quote): no final stop, no とのこと,
	// shortened; Topic says it is the topic of a question-and-answer note.
	Quote    string     `json:"quote"`
	Topic    bool       `json:"topic"`
	Question string     `json:"question"`
	Date     dates.Date `json:"date"`
	Line     int        `json:"line"`
}

// History summarizes the log.
type History struct {
	Contacts        int        `json:"contacts"` // visits, calls, ... (not lifecycle lines)
	Entries         int        `json:"entries"`
	FirstContact    dates.Date `json:"first_contact"`
	LastContact     dates.Date `json:"last_contact"`
	LastKind        string     `json:"last_kind"`
	DaysSinceLast   int        `json:"days_since_last"`
	AverageInterval int        `json:"average_interval"` // days between contacts, rounded; 0 with fewer than two
	// Recent are the latest entries of the log, newest first (RecentEntries at most), with
	// who wrote each: a substitute's call stands out from the owner's.
	Recent []Entry `json:"recent"`
}

// RecentEntries is how many of the latest entries History.Recent lists.
const RecentEntries = 5

// Entry is one entry of the log as the history lists it.
type Entry struct {
	Date dates.Date `json:"date"`
	Kind string     `json:"kind"` // as written in the record: call, 電話, ...
	// Code is the kind whatever its language (visit, call, renewal, handover, ...: the
	// codes of the words follow owns), "" for a kind follow does not know.
	Code    string `json:"code"`
	Contact bool   `json:"contact"`
	Author  string `json:"author"` // its By: / 記入: line, "" when it has none
	Line    int    `json:"line"`
}

// Ended describes the end of the dispatch.
type Ended struct {
	Date     dates.Date `json:"date"`
	Reason   string     `json:"reason"`
	Category string     `json:"category"`
	// Label is what the category is called in each language (config.EndLabel), for the
	// reader; machine output keeps the code.
	Label config.Label `json:"-"`
	// Planned: the last day (Date) is still to come (終了予定); the person is followed up
	// until then.
	Planned bool `json:"planned"`
}

// Build assembles the brief of r as of today. Its openers' questions are empty until
// Phrase puts them in the reader's language.
func Build(r *record.Record, entries []record.Entry, cfg *config.Config, today dates.Date) Brief {
	b := Brief{ID: r.ID, Name: r.Name, Kana: r.Kana, Status: r.Status, Client: r.Client, Site: r.Site,
		Supervisor: r.Supervisor, SitePhone: r.SitePhone, Owner: r.Owner, Manager: r.Manager, File: r.Path,
		Start: r.Start, ContractEnd: r.Contract.End, Renewals: r.Contract.Renewals, Exempt: r.Exempt, Next: r.Next,
		Requests: []Request{}, Milestones: []Milestone{}, Openers: []Opener{}, Intent: []IntentAt{}, Mood: []MoodAt{}}
	for _, x := range record.Readings(entries) {
		if x.Intent != "" {
			b.Intent = append(b.Intent, IntentAt{x.Date, x.Intent})
		}
		if x.Mood != 0 {
			b.Mood = append(b.Mood, MoodAt{x.Date, x.Mood})
		}
	}
	if !r.Start.IsZero() && !today.Before(r.Start) {
		b.Day = today.Sub(r.Start) + 1
		for m := 1; m <= 3; m++ {
			if today.Before(r.Start.AddMonths(m)) {
				b.FirstMonths = m
				break
			}
		}
	}
	if !b.ContractEnd.IsZero() {
		b.DaysToEnd = b.ContractEnd.Sub(today)
	}
	if cfg.Limit.Enable {
		b.LimitDate = schedule.LimitDate(r, cfg.Limit.Years)
	}
	b.NextOverdue = !r.Next.IsZero() && r.Next.Before(today)
	if a := r.Appointment(); a != nil {
		b.NextAt, b.NextPlace = a.Clock(), a.Place
	}
	for _, q := range r.Requests {
		if !q.Done.IsZero() && !q.Reported.IsZero() {
			continue
		}
		v := Request{ID: q.ID, What: q.What, Plan: q.Plan, Due: q.Due, DueWas: q.DueWas, Report: q.Report, How: q.How, Done: q.Done, Note: q.Note}
		if !q.Done.IsZero() {
			v.Tell = q.Note // unfinished and resolved: the report-back is still to make
		}
		v.Overdue = q.Done.IsZero() && !q.Due.IsZero() && q.Due.Before(today)
		v.ReportOverdue = q.Reported.IsZero() && !q.Report.IsZero() && q.Report.Before(today)
		b.Requests = append(b.Requests, v)
	}
	for _, m := range r.Milestones {
		if !m.Open() {
			continue
		}
		who, _ := schedule.Resolve(r, m.Who)
		b.Milestones = append(b.Milestones, Milestone{ID: m.ID, What: m.What, Due: m.Due, Who: who, Overdue: m.Due.Before(today)})
	}
	sort.SliceStable(b.Milestones, func(i, j int) bool { return b.Milestones[i].Due < b.Milestones[j].Due })
	if r.Status == record.StatusEnded {
		b.Ended = &Ended{Date: r.Ended.Date, Reason: r.Ended.Reason, Category: r.Ended.Category, Planned: r.Ending(today)}
		if c := r.Ended.Category; c != "" && cfg != nil {
			b.Ended.Label = config.Label{EN: cfg.EndLabel(c, i18n.EN), JA: cfg.EndLabel(c, i18n.JA)}
		}
	}
	b.History = history(entries, today)
	b.Ask = asks(r, cfg, today)
	b.Openers = openers(entries)
	b.Handover = lastHandover(entries)
	return b
}

func lastHandover(entries []record.Entry) *Handover {
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if t, _, ok := record.KindTerm(e.Kind); ok && t.Code == record.KindHandover {
			h := &Handover{Date: e.Date, Lines: []string{}}
			for _, groups := range [][]record.Item{e.Facts, e.Requests, e.Personal, e.Notes} {
				for _, it := range groups {
					h.Lines = append(h.Lines, it.Text)
				}
			}
			return h
		}
	}
	return nil
}

func history(entries []record.Entry, today dates.Date) History {
	h := History{Entries: len(entries), Recent: []Entry{}}
	for i := len(entries) - 1; i >= 0 && len(h.Recent) < RecentEntries; i-- {
		e := entries[i]
		x := Entry{Date: e.Date, Kind: e.Kind, Contact: e.IsContact(), Author: e.Author, Line: e.Line}
		if t, _, ok := record.KindTerm(e.Kind); ok {
			x.Code = t.Code
		}
		h.Recent = append(h.Recent, x)
	}
	var contacts []dates.Date
	for _, e := range entries {
		if e.IsContact() && !e.Date.IsZero() {
			contacts = append(contacts, e.Date)
			h.LastKind = e.Kind
		}
	}
	h.Contacts = len(contacts)
	if len(contacts) == 0 {
		return h
	}
	sort.Slice(contacts, func(i, j int) bool { return contacts[i] < contacts[j] })
	h.FirstContact, h.LastContact = contacts[0], contacts[len(contacts)-1]
	h.DaysSinceLast = today.Sub(h.LastContact)
	if len(contacts) > 1 {
		span := h.LastContact.Sub(h.FirstContact)
		n := len(contacts) - 1
		h.AverageInterval = (span + n/2) / n
	}
	return h
}

// openers come from the latest contact whose personal topics or facts give any (Quote):
// what the staff member said last time is where the next visit starts, personal topics
// first ("◆◆ですが、最近いかがですか？"), facts after.
func openers(entries []record.Entry) []Opener {
	out := []Opener{}
	for i := len(entries) - 1; i >= 0 && len(out) == 0; i-- {
		e := entries[i]
		if !e.IsContact() {
			continue
		}
		for _, group := range []struct {
			kind  string
			items []record.Item
		}{{OpenerPersonal, e.Personal}, {OpenerFact, e.Facts}} {
			for _, it := range group.items {
				if q, topic, ok := Quote(it.Text); ok {
					out = append(out, Opener{Kind: group.kind, Text: it.Text, Quote: q, Topic: topic, Date: e.Date, Line: it.Line})
				}
			}
		}
	}
	return out
}

// Phrase words the openers as questions to start the next visit from with t: the message
// catalogue (pkg/i18n) in the reader's language, keys brief.q.personal, brief.q.topic and
// brief.q.fact (the day, the quote) and brief.date (a Go time layout for the day).
func (b *Brief) Phrase(t func(key string, args ...any) string) {
	layout := t("brief.date")
	for i := range b.Openers {
		o := &b.Openers[i]
		key := "brief.q.fact"
		switch {
		case o.Topic:
			key = "brief.q.topic"
		case o.Kind == OpenerPersonal:
			key = "brief.q.personal"
		}
		quote := o.Quote
		if quote == "" {
			quote = o.Text
		}
		o.Question = t(key, o.Date.Time().Format(layout), quote)
	}
}
