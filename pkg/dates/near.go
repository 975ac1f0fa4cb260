package dates

import (
	"fmt"

	"github.com/staffnote/follow/pkg/textfold"
)

// ParseNear is ParseIn for a date that lies on one side of today by what it is: a visit
// that happened (Past), a follow-up that is planned (Future). A month and day without a
// year is the nearest such day in that direction, as ParseIn reads it; but when the
// nearest such day of all lies on the other side of today, it is an error that says so:
// 11/30 typed as the next visit on 2026-12-02 is a slip for a day two days ago far more
// often than it means 2027-11-30, and 12/20 typed as the day of a visit on 2026-12-02 is
// a day still to come rather than 2025-12-20. The year written out is always taken as
// written. With ThisYear it is ParseIn.
func ParseNear(s string, today Date, dir Direction) (Date, error) {
	d, err := ParseIn(s, today, dir)
	if err != nil {
		return 0, err
	}
	return d, checkNear(s, d, today, dir)
}

// checkNear says when s, read as d in the direction dir, is a month and day whose nearest
// occurrence lies on the other side of today (see ParseNear).
func checkNear(s string, d, today Date, dir Direction) error {
	if dir == ThisYear || !monthDay(s) {
		return nil // only a month and day may lie on either side (水曜 looks the right way)
	}
	this, err := ParseIn(s, today, ThisYear)
	if err != nil || this == d {
		return nil // a year was written, or this year's day lies in the direction asked
	}
	if Distance(this, today) >= Distance(d, today) {
		return nil
	}
	if dir == Future {
		return &NearError{Typed: s, Read: this, Meant: d, Days: today.Sub(this), Ahead: true}
	}
	return &NearError{Typed: s, Read: this, Meant: d, Days: this.Sub(today)}
}

// NearError is a month and day typed without a year whose nearest occurrence, Read, lies
// on the wrong side of today: Days before it for a date still to come (Ahead), Days after
// it for one that has passed. Meant is the day in the direction asked (a year away), to
// write out when it is meant.
type NearError struct {
	Typed       string
	Read, Meant Date
	Days        int
	Ahead       bool
}

func (e *NearError) Error() string {
	if e.Ahead {
		return fmt.Sprintf("%s is %s, %d days ago: a date still to come lies ahead (write %s for that day next year)", quote(e.Typed), e.Read, e.Days, e.Meant)
	}
	return fmt.Sprintf("%s is %s, %d days from now: a date that has passed lies behind (write %s for that day last year)", quote(e.Typed), e.Read, e.Days, e.Meant)
}

// CatalogMessage names the message of follow's catalogue (pkg/i18n) that says e in the
// reader's language, with its arguments; Error is its English.
func (e *NearError) CatalogMessage() (string, []any) {
	key := "date.near.behind"
	if e.Ahead {
		key = "date.near.ahead"
	}
	return key, []any{quote(e.Typed), e.Read, e.Days, e.Meant}
}

// monthDay reports whether s is a month and day without a year (12/5, 12月5日(土)).
func monthDay(s string) bool {
	body, _, _ := cutWeekday(textfold.Input(s))
	_, _, ok := scanMD(body)
	return ok
}

// Distance is the number of days between a and b, whichever comes first.
func Distance(a, b Date) int {
	if a < b {
		return b.Sub(a)
	}
	return a.Sub(b)
}
