package ops

import (
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/textfold"
)

// DoneInput marks a milestone or a request done.
type DoneInput struct {
	Env
	Item string // its id as typed (M3, r2)
	Date dates.Date
	// DateGiven says Date was given (--date). Otherwise a milestone is dated the latest
	// contact that fulfilled it (schedule.FulfilledOn), when that is before Date (today).
	DateGiven bool
	Note      string
	How       string // how the result of a request was reported back, or how a milestone was done
	HowGiven  bool   // How was given (even empty)
	NoReport  bool   // a request resolved but not yet reported back
	// Notified records the day the client (派遣先) was told of a complaint: only that; the
	// complaint stays open.
	Notified bool
}

// Done says what was marked done.
type Done struct {
	Edit
	ID        string // the item's id, upper case
	What      string
	Milestone bool // a milestone; else a request
	Resolved  bool // a request resolved now (it was open)
	Reported  bool // a request reported back now
	Notified  bool // a complaint passed on to the client now
	How       string
	// ForManager: a manager's milestone (the thank-you call, who: manager) written by someone
	// else than the record's manager; the log says so. Manager is then the record's manager
	// ("" when the record names none).
	ForManager bool
	Manager    string
	Date       dates.Date // the date it was marked done on
	// Fulfilled says Date is that of the contact that fulfilled the milestone, not the
	// input's date.
	Fulfilled bool
}

// ItemID is a milestone or request id as typed (Ｍ３, r2, M3): folded to ASCII like a date
// (textfold.Input), upper case.
func ItemID(typed string) string { return strings.ToUpper(textfold.Input(typed)) }

// MarkDone marks a milestone done, or a request resolved and (unless NoReport) reported
// back, on the input's date, and writes a dated line into the log.
func MarkDone(rec *record.Record, in DoneInput) (Done, error) {
	item := ItemID(in.Item)
	var res Done
	var err error
	ed := rec.Edit()
	m, q := findMilestone(rec, item), findRequest(rec, item)
	fulfilled := false
	if m != nil && !in.DateGiven && in.Config != nil && m.Done.IsZero() {
		entries, _ := rec.Entries()
		if on := schedule.FulfilledOn(rec, entries, in.Config, m.ID, in.Today); !on.IsZero() && on.Before(in.Date) {
			in.Date, fulfilled = on, true
		}
	}
	switch {
	case m == nil && q == nil:
		return Done{}, data("done.noitem", rec.ID, in.Item)
	case in.Notified:
		res, err = notifyComplaint(ed, rec, q, item, in)
	case m != nil:
		res, err = doneMilestone(ed, rec, m, item, in)
	default:
		res, err = doneRequest(ed, rec, q, item, in)
	}
	if err != nil {
		return Done{}, err
	}
	res.Date, res.Fulfilled = in.Date, fulfilled
	lines := []string{res.Line(in.Lang)}
	if res.ForManager {
		lines = append(lines, res.OnBehalf(in.Lang, in.Author))
	}
	if in.Note != "" {
		lines = append(lines, in.Note)
	}
	kind := record.KindDone
	if res.Notified {
		kind = record.KindNotified
	}
	ed.InsertEntry(in.Date, in.log(in.Date, kind, lines...))
	if res.Out, err = ed.Bytes(); err != nil {
		return Done{}, err
	}
	return res, nil
}

func doneMilestone(ed *record.Editor, rec *record.Record, m *record.Milestone, item string, in DoneInput) (Done, error) {
	if !m.Done.IsZero() {
		return Done{}, data("done.already", rec.ID, item, m.Done)
	}
	if in.NoReport {
		return Done{}, usage("done.notrequest", item)
	}
	fields := []record.Field{{Key: "done", Value: in.Date}}
	if in.How != "" {
		fields = append(fields, record.Field{Key: "how", Value: in.How})
	}
	if in.Note != "" {
		fields = append(fields, record.Field{Key: "note", Value: in.Note})
	}
	ed.SetInItem([]string{"milestones"}, item, fields...)
	// Who writes is the author line of the entry (in.Author): a manager's call written by
	// someone else says whose call it was, rather than passing for theirs.
	forManager := m.Who == "manager" && in.Author != "" && textfold.Key(in.Author) != textfold.Key(rec.Manager)
	return Done{ID: item, What: m.What, Milestone: true, How: in.How, ForManager: forManager, Manager: rec.Manager, Edit: Edit{verify: func(nr *record.Record) error {
		if findMilestone(nr, item).Done != in.Date {
			return i18n.Msg("done.notsaved", item)
		}
		return nil
	}}}, nil
}

func doneRequest(ed *record.Editor, rec *record.Record, q *record.Request, item string, in DoneInput) (Done, error) {
	if !q.Done.IsZero() && (!q.Reported.IsZero() || in.NoReport) {
		return Done{}, data("done.already", rec.ID, item, q.Done)
	}
	res := Done{ID: item, What: q.What, Resolved: q.Done.IsZero(), Reported: !in.NoReport}
	var fields []record.Field
	if res.Resolved {
		fields = append(fields, record.Field{Key: "done", Value: in.Date})
	}
	if res.Reported {
		fields = append(fields, record.Field{Key: "reported", Value: in.Date})
		res.How = q.How
		if in.How != "" {
			res.How = in.How
			fields = append(fields, record.Field{Key: "how", Value: in.How})
		}
	}
	if in.Note != "" {
		fields = append(fields, record.Field{Key: "note", Value: in.Note})
	}
	ed.SetInItem([]string{"requests"}, item, fields...)
	res.verify = func(nr *record.Record) error {
		if findRequest(nr, item).Done.IsZero() {
			return i18n.Msg("done.notsaved", item)
		}
		return nil
	}
	return res, nil
}

// notifyComplaint records the day the client was told of a staff member's complaint. It
// is refused for anything but an open complaint, and for --how and --no-report, which say
// how a result was reported back to the staff member. The note goes into the log only:
// the request's note is for how it was resolved.
func notifyComplaint(ed *record.Editor, rec *record.Record, q *record.Request, item string, in DoneInput) (Done, error) {
	switch {
	case q == nil || !q.IsComplaint():
		return Done{}, usage("done.notcomplaint", item)
	case q.FromClient():
		return Done{}, usage("done.clientcomplaint", item)
	case in.NoReport || in.HowGiven:
		return Done{}, usage("done.notifiedflags")
	case !q.Notified.IsZero():
		return Done{}, data("done.notifiedalready", rec.ID, item, q.Notified)
	}
	ed.SetInItem([]string{"requests"}, item, record.Field{Key: "notified", Value: in.Date})
	return Done{ID: item, What: q.What, Notified: true, Edit: Edit{verify: func(nr *record.Record) error {
		if findRequest(nr, item).Notified != in.Date {
			return i18n.Msg("done.notsaved", item)
		}
		return nil
	}}}, nil
}

// Line says in lang what was done, as the log line does: "M3 1ヶ月フォロー: 完了".
func (d Done) Line(lang string) string {
	t := i18n.Translator(lang)
	switch {
	case d.Milestone && d.How != "":
		return t("done.line.how", t("done.line.ms", d.ID, d.What), d.How)
	case d.Milestone:
		return t("done.line.ms", d.ID, d.What)
	case d.Notified:
		return t("done.line.notified", d.ID, d.What)
	case !d.Reported:
		return t("done.line.resolved", d.ID, d.What)
	}
	line := t("done.line.reported", d.ID, d.What)
	if d.Resolved {
		line = t("done.line.both", d.ID, d.What)
	}
	if d.How != "" {
		line = t("done.line.how", line, d.How)
	}
	return line
}

// OnBehalf says in lang that author wrote down the manager's milestone: the log line of a
// thank-you call recorded by someone else than the manager.
func (d Done) OnBehalf(lang, author string) string {
	if d.Manager == "" {
		return i18n.T(lang, "done.onbehalf.nomanager", author)
	}
	return i18n.T(lang, "done.onbehalf", d.Manager, author)
}
