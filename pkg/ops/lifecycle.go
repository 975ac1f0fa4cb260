package ops

import (
	"bytes"
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/textfold"
)

// RenewInput is one more contract renewal.
type RenewInput struct {
	Env
	Date  dates.Date // when the renewal was agreed
	Until dates.Date // the new contract end
}

// Renewed says what a renewal did.
type Renewed struct {
	Edit
	N          int        // the renewal's number (1 = the first renewal)
	From       dates.Date // the new period
	Until      dates.Date
	Closed     []record.Milestone // open renewal checks, now done
	Milestones []record.Milestone // written, from the team's rules
	Skipped    []schedule.Planned // implied by the rules but already past today: not written
}

// Renew records a renewal: the contract end moves to Until, the renewal count goes up, the
// period is added to the contract history (with the first contract, when the history does
// not hold it yet), the open renewal checks are closed and the milestones the rules imply
// for this renewal are written, with a dated line in the log.
func Renew(rec *record.Record, in RenewInput) (Renewed, error) {
	if !rec.Active() {
		return Renewed{}, data("renew.ended", rec.ID)
	}
	oldEnd := rec.Contract.End
	if !oldEnd.IsZero() && !in.Until.After(oldEnd) {
		return Renewed{}, usage("renew.notafter", in.Until, oldEnd)
	}
	res := Renewed{N: rec.Contract.Renewals + 1, From: rec.Start, Until: in.Until}
	ed := rec.Edit()
	ed.Set(res.N, "contract", "renewals")
	ed.Set(in.Until, "contract", "end")
	var periods [][]record.Field
	if !oldEnd.IsZero() {
		res.From = oldEnd.AddDays(1)
		if len(rec.Contract.History) == 0 {
			periods = append(periods, []record.Field{{Key: "from", Value: rec.Start}, {Key: "until", Value: oldEnd}})
		}
	}
	periods = append(periods, []record.Field{{Key: "from", Value: res.From}, {Key: "until", Value: in.Until}})
	ed.Append([]string{"contract", "history"}, periods...)
	res.Closed = closeRenewalChecks(ed, rec, in.Config, in.Date)
	res.Milestones, res.Skipped = plan(schedule.ForRenewal(in.Config, res.N, in.Date, in.Until), rec.Milestones, in.Today)
	items := make([][]record.Field, 0, len(res.Milestones))
	for _, m := range res.Milestones {
		items = append(items, record.MilestoneFields(m))
	}
	ed.Append([]string{"milestones"}, items...)
	ed.InsertEntry(in.Date, in.log(in.Date, record.KindRenewal, in.t("renew.line", res.N, res.From, in.Until)))
	out, err := ed.Bytes()
	if err != nil {
		return Renewed{}, err
	}
	res.Edit = Edit{Out: out, verify: func(nr *record.Record) error {
		if nr.Contract.End != in.Until || nr.Contract.Renewals != res.N {
			return i18n.Msg("renew.notsaved")
		}
		return nil
	}}
	return res, nil
}

// closeRenewalChecks marks done the open milestones of renewal rules (those tied to the
// contract end): a renewal or an end answers them.
func closeRenewalChecks(ed *record.Editor, rec *record.Record, cfg *config.Config, date dates.Date) []record.Milestone {
	return markRenewalChecks(ed, rec, cfg, "done", date)
}

// cancelRenewalChecks marks them cancelled: the end of the dispatch was decided before its
// last day, so they are no longer owed, but not done.
func cancelRenewalChecks(ed *record.Editor, rec *record.Record, cfg *config.Config, date dates.Date) []record.Milestone {
	return markRenewalChecks(ed, rec, cfg, "cancelled", date)
}

// markRenewalChecks sets key (done, cancelled) to date on the open renewal checks.
func markRenewalChecks(ed *record.Editor, rec *record.Record, cfg *config.Config, key string, date dates.Date) []record.Milestone {
	var closed []record.Milestone
	for _, m := range rec.Milestones {
		rule := cfg.Rule(m.Rule)
		if m.Open() && rule != nil && rule.Kind == schedule.KindRenewal && m.ID != "" {
			ed.SetInItem([]string{"milestones"}, m.ID, record.Field{Key: key, Value: date})
			closed = append(closed, m)
		}
	}
	return closed
}

// EndInput is the end of a dispatch.
type EndInput struct {
	Env
	Date     dates.Date // the last day
	Reason   string
	Category string // one of the team's end categories, or ""
}

// Check refuses an input that no record could take: an empty reason, a category the team
// does not have.
func (in EndInput) Check() error {
	if strings.TrimSpace(in.Reason) == "" {
		return usage("end.noreason")
	}
	_, err := in.category()
	return err
}

// category is the code of the category given (a code, or its label in either language:
// 本人都合 is staff-reason), "" when none is.
func (in EndInput) category() (string, error) {
	if in.Category == "" {
		return "", nil
	}
	code, ok := in.Config.EndCategory(in.Category)
	if !ok {
		return "", usage("end.badcat", in.Category, in.Config.EndChoices())
	}
	return code, nil
}

// Ended says what recording an end did.
type Ended struct {
	Edit
	Closed []record.Milestone // open renewal checks, now done
	// Future: the last day is after today (a notice); the renewal checks are then
	// Cancelled (cancelled: today) rather than done.
	Future    bool
	Cancelled []record.Milestone
}

// End records the end of a dispatch: status ended, with the date, the reason and the
// category; open renewal checks are closed, and a dated line is written into the log.
func End(rec *record.Record, in EndInput) (Ended, error) {
	if strings.TrimSpace(in.Reason) == "" {
		return Ended{}, usage("end.noreason")
	}
	cat, err := in.category()
	if err != nil {
		return Ended{}, err
	}
	if !rec.Active() {
		return Ended{}, data("end.already", rec.ID, rec.Ended.Date)
	}
	if in.Date.Before(rec.Start) {
		return Ended{}, usage("end.beforestart", in.Date, rec.Start)
	}
	ed := rec.Edit()
	ed.Set(record.StatusEnded, "status")
	ed.Set(in.Date, "ended", "date")
	ed.Set(in.Reason, "ended", "reason")
	if cat != "" {
		ed.Set(cat, "ended", "category")
	}
	var res Ended
	logDate := in.Date
	line := in.t("end.line", in.Reason)
	// The category's label in the record's language, unless the reason already says it
	// (就業終了: 契約満了, not 就業終了: 契約満了（契約満了）).
	if label := in.Config.EndLabel(cat, in.Lang); cat != "" && !config.ReasonSays(in.Reason, label) {
		line = in.t("end.linecat", in.Reason, label)
	}
	if res.Future = in.Date.After(in.Today) && !in.Today.IsZero(); res.Future {
		// A notice: the person stays active until the last day, and the renewal checks
		// are no longer owed rather than done. The log says it today, when it was decided.
		res.Cancelled = cancelRenewalChecks(ed, rec, in.Config, in.Today)
		logDate = in.Today
		line = in.t("end.planned", in.Date) + line
	} else {
		res.Closed = closeRenewalChecks(ed, rec, in.Config, in.Date)
	}
	ed.InsertEntry(logDate, in.log(logDate, record.KindEnd, line))
	out, err := ed.Bytes()
	if err != nil {
		return Ended{}, err
	}
	res.Edit = Edit{Out: out, verify: func(nr *record.Record) error {
		if nr.Active() || nr.Ended.Date != in.Date {
			return i18n.Msg("end.notsaved")
		}
		return nil
	}}
	return res, nil
}

// HandoverInput hands a staff member over to another owner.
type HandoverInput struct {
	Env
	Date dates.Date
	To   string // the new owner
	Note string // what the new owner should know
}

// to is the new owner as written: spaces trimmed, an ideographic space made plain.
func (in HandoverInput) to() string {
	return strings.TrimSpace(strings.ReplaceAll(in.To, "\u3000", " "))
}

// Check refuses an input that no record could take: no new owner.
func (in HandoverInput) Check() error {
	if in.to() == "" {
		return usage("handover.noto")
	}
	return nil
}

// HandedOver says who followed the staff member and who does now.
type HandedOver struct {
	Edit
	From, To string
}

// Handover changes the owner and writes a dated handover entry, with the note, into the
// log, so whoever opens the record later sees who followed whom.
func Handover(rec *record.Record, in HandoverInput) (HandedOver, error) {
	if err := in.Check(); err != nil {
		return HandedOver{}, err
	}
	res := HandedOver{From: rec.Owner, To: in.to()}
	if textfold.Key(res.From) == textfold.Key(res.To) {
		return HandedOver{}, usage("handover.same", rec.ID, res.From)
	}
	ed := rec.Edit()
	ed.Set(res.To, "owner")
	lines := []string{in.t("handover.line", res.From, res.To)}
	if n := strings.TrimSpace(in.Note); n != "" {
		lines = append(lines, n)
	}
	ed.InsertEntry(in.Date, in.log(in.Date, record.KindHandover, lines...))
	out, err := ed.Bytes()
	if err != nil {
		return HandedOver{}, err
	}
	res.Edit = Edit{Out: out, verify: func(nr *record.Record) error {
		if nr.Owner != res.To {
			return i18n.Msg("handover.failed", res.To)
		}
		return nil
	}}
	return res, nil
}

// Formatted is a record in the canonical layout of follow fmt.
type Formatted struct {
	Edit
	Changed bool // the layout differed
}

// Format lays rec out canonically (record.Format). The data must not change: the same ID,
// next date, requests and milestones.
func Format(rec *record.Record) Formatted {
	out := record.Format(rec)
	return Formatted{Changed: !bytes.Equal(out, rec.Src), Edit: Edit{Out: out, verify: func(nr *record.Record) error {
		if nr.ID != rec.ID || nr.Next != rec.Next || len(nr.Requests) != len(rec.Requests) || len(nr.Milestones) != len(rec.Milestones) {
			return i18n.Msg("fmt.data", rec.Path)
		}
		return nil
	}}}
}
