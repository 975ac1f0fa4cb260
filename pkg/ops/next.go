package ops

import (
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// nextIs checks that the edited record's next follow-up is a.
func nextIs(nr *record.Record, a dates.Appointment) error {
	if nr.Next != a.Date || nr.NextAt != a.Clock() || nr.NextPlace != a.Place {
		return i18n.Msg("new.nextnot", a.String())
	}
	return nil
}

// RescheduleInput moves the next follow-up (follow next).
type RescheduleInput struct {
	Env
	At   dates.Appointment // the new next follow-up: its date, and its time and place when agreed
	Note string            // why it moved, "" when not said
}

// Rescheduled says what moving the next follow-up did.
type Rescheduled struct {
	Edit
	// From is the next follow-up before the move (a zero Date when the record had none).
	From dates.Appointment
	// Closed names the new date when the team does not work on it (a warning), else nil.
	Closed *i18n.Message
}

// Reschedule moves rec's next follow-up to in.At (日程変更): it writes next, next_at and
// next_place, and an entry of kind reschedule / 日程変更 dated today, by the author, that
// says from when it moved, why when in.Note says, and ends with the Next: line of the new
// appointment, so that the log keeps the promise the front matter holds. A date before
// today is refused (a usage error), as is the appointment the record already holds.
func Reschedule(rec *record.Record, in RescheduleInput) (Rescheduled, error) {
	if in.At.Date.Before(in.Today) {
		return Rescheduled{}, usage("next.past", in.At.Date, in.Today)
	}
	res := Rescheduled{}
	if old := rec.Appointment(); old != nil {
		res.From = *old
	} else {
		res.From = dates.Appointment{Date: rec.Next}
	}
	if res.From == in.At {
		return Rescheduled{}, usage("next.same", rec.ID, in.At.String())
	}
	if in.Config != nil {
		res.Closed = ClosedDay(in.Config, in.At.Date)
	}
	var lines []string
	if !res.From.Date.IsZero() {
		lines = append(lines, in.t("next.line.from", res.From.String()))
	}
	if in.Note != "" {
		lines = append(lines, in.Note)
	}
	entry := in.log(in.Today, record.KindReschedule, lines...)
	if len(lines) > 0 {
		entry += "\n"
	}
	entry += record.NextLine(in.At, in.Lang) + "\n"
	ed := rec.Edit()
	ed.SetNext(in.At)
	ed.InsertEntry(in.Today, entry)
	out, err := ed.Bytes()
	if err != nil {
		return Rescheduled{}, err
	}
	at := in.At
	res.Edit = Edit{Out: out, verify: func(nr *record.Record) error {
		if err := nextIs(nr, at); err != nil {
			return err
		}
		if p, ok := nr.Promise(); !ok || p.Date != at.Date {
			return i18n.Msg("new.nextnot", at.String())
		}
		return nil
	}}
	return res, nil
}
