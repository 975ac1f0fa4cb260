package schedule

import (
	"slices"
	"strconv"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Risk is one rule of risk: in follow.yaml that fires for a record: its code, the date
// since when it holds, and what the phrase of the code needs.
type Risk struct {
	Code    string
	Since   dates.Date
	Level   string // risk-intent: the intent; risk-mood: "2"; risk-mood-drop: "4→2"; risk-no-contact: the last contact
	Ref     string // risk-complaint, risk-report: the request id
	Subject string // its text
	Line    int
}

// Risks returns the rules of cfg.Risk that fire for r today, in the order of the rules.
// They read the front matter alone (latest:, requests, start): a risk clears when a later
// contact no longer meets its rule, as latest: then holds that contact.
func Risks(r *record.Record, cfg *config.Config, today dates.Date) []Risk {
	rr := cfg.Risk
	if !rr.Enable || !r.Active() {
		return nil
	}
	var out []Risk
	l := r.Latest
	line := r.KeyLine("latest")
	if l.Intent != "" && slices.Contains(rr.Intent, l.Intent) {
		out = append(out, Risk{Code: CodeRiskIntent, Since: l.IntentDate, Level: l.Intent, Line: line})
	}
	if rr.Mood > 0 && l.Mood > 0 && l.Mood <= rr.Mood {
		out = append(out, Risk{Code: CodeRiskMood, Since: l.MoodDate, Level: strconv.Itoa(l.Mood), Line: line})
	} else if rr.MoodDrop > 0 && l.Mood > 0 && l.MoodBefore > 0 && l.MoodBefore-l.Mood >= rr.MoodDrop {
		out = append(out, Risk{Code: CodeRiskMoodDrop, Since: l.MoodDate, Level: strconv.Itoa(l.MoodBefore) + "→" + strconv.Itoa(l.Mood), Line: line})
	}
	for _, q := range r.Requests {
		if rr.Complaint && q.IsComplaint() && q.Open() {
			out = append(out, Risk{Code: CodeRiskComplaint, Since: q.Due, Ref: q.ID, Subject: q.What, Line: q.Line})
		}
		if rr.Report && q.Reported.IsZero() && !q.Report.IsZero() && q.Report.Before(today) {
			out = append(out, Risk{Code: CodeRiskReport, Since: q.Report, Ref: q.ID, Subject: q.What, Line: q.Line})
		}
	}
	if !rr.Early.IsZero() && !rr.Gap.IsZero() && !r.Start.IsZero() && !l.Contact.IsZero() &&
		today.Before(r.Start.Add(rr.Early)) && l.Contact.Add(rr.Gap).Before(today) {
		out = append(out, Risk{Code: CodeRiskNoContact, Since: l.Contact.Add(rr.Gap).AddDays(1), Level: l.Contact.String(), Line: line})
	}
	return out
}

// riskItems adds a risk item for each rule that fires, one for each of risk.who (the
// owner and the manager by default), dated today: a risk is a state to act on now, never
// "overdue" (its text says since when it holds).
func riskItems(r *record.Record, cfg *config.Config, today dates.Date, when func(dates.Date) bool, add func(Item)) {
	if !when(today) {
		return
	}
	for _, k := range Risks(r, cfg, today) {
		d := today
		for _, who := range cfg.Risk.Who {
			person, role := Resolve(r, who)
			subject := k.Subject
			if subject == "" {
				subject = k.Level
			}
			add(Item{Date: d, Kind: KindRisk, Code: k.Code, Ref: k.Ref, Subject: subject, On: k.Since,
				Who: person, Role: role, Line: k.Line})
		}
	}
}
