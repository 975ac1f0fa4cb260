package dates

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/textfold"
)

// Appointment is the next meeting as it is fixed on the spot: a day, maybe a time of day,
// maybe a place.
type Appointment struct {
	Date  Date   `json:"-"`               // the item it belongs to carries the date
	Time  string `json:"time,omitempty"`  // the start, 24-hour "15:00"; "" when no time was given
	End   string `json:"end,omitempty"`   // the end of a range such as 15:00〜16:00, "16:00"; usually ""
	Place string `json:"place,omitempty"` // the rest of the text as typed, trimmed; "" when none was given
}

// Clock is the time of a as written in a record's next_at: "15:00", "15:00-16:00", or "".
func (a Appointment) Clock() string {
	if a.Time == "" || a.End == "" {
		return a.Time
	}
	return a.Time + "-" + a.End
}

// Rest is what a writes after the date: "15:00 休憩室", "15:00-16:00", "休憩室", or "".
func (a Appointment) Rest() string {
	s := a.String()
	return strings.TrimPrefix(s[len(a.Date.String()):], " ")
}

// ParseClock reads a time of day, or a range of two, as next_at holds it and as
// ParseAppointment reads it after the date: 15:00, 15時半, 午後3時, 15:00-16:00,
// 15:00〜16:00. It returns the start and the end ("" when none), 24-hour "15:04".
func ParseClock(s string) (start, end string, err error) {
	n := strings.TrimFunc(textfold.Input(s), unicode.IsSpace)
	p := &scanner{s: n}
	start, ok, err := scanTime(p, true)
	if err == nil && ok {
		end, err = scanEnd(p, s, start)
	}
	switch {
	case err != nil:
		return "", "", err
	case !ok || !p.done():
		return "", "", fmt.Errorf("%s is not a time of day: write 15:00, or 15:00-16:00 for a range", quote(s))
	}
	return start, end, nil
}

// ParseAppointmentNear is ParseAppointment whose date is read as ParseNear reads it: a
// month and day whose nearest occurrence lies on the other side of today is an error
// (11/30 typed as the next appointment on 2026-12-02).
func ParseAppointmentNear(s string, today Date, dir Direction) (Appointment, error) {
	a, err := ParseAppointment(s, today, dir)
	if err != nil {
		return a, err
	}
	t := strings.TrimFunc(s, unicode.IsSpace)
	n := textfold.Input(t)
	e, _, _ := appointmentDate(t, n, today, dir)
	if err := checkNear(t[:origOffset(t, n, e)], a.Date, today, dir); err != nil {
		return Appointment{}, err
	}
	return a, nil
}

// String writes a in the form ParseAppointment reads back to the same Appointment, whatever
// today and the direction: "2026-12-16 15:00 休憩室", "2026-12-16 15:00-16:00",
// "2026-12-16 休憩室", "2026-12-16".
func (a Appointment) String() string {
	s := a.Date.String()
	if a.Time != "" {
		s += " " + a.Time
		if a.End != "" {
			s += "-" + a.End
		}
	}
	if a.Place != "" {
		if a.Time != "" {
			// A place that, right after the time, would read as part of it (15:00 -2F,
			// 0:00 Am) is set off with a comma: the form must read back as a.
			plain := s + " " + a.Place
			if back, err := ParseAppointment(plain, a.Date, Past); err == nil && back == a {
				return plain
			}
			return s + ", " + a.Place
		}
		s += " " + a.Place
	}
	return s
}

// maxDateText bounds the part of the text searched for the date: the longest date form
// (2026年 12月 5日 (土曜日)) is far shorter.
const maxDateText = 64

// ParseAppointment reads the next appointment as it follows Next: or 次回: in a record, or
// as --next takes it: a date, then an optional time of day, then an optional place.
//
//	12/16 15:00 休憩室              2026-12-16, 15:00, 休憩室
//	2026-12-16 15:00 休憩室
//	12月16日 15時 休憩室
//	12/16（水）15:00〜 センター休憩室  2026-12-16, 15:00, センター休憩室
//	R8.12.16 午後3時半 本社3F        2026-12-16, 15:30, 本社3F
//	12/16 15:00-16:00              2026-12-16, 15:00 to 16:00
//	2w                             today + 2 weeks
//
// The date is any form ParseIn reads (a month and day without a year in the direction
// dir: Future for the next appointment), weekday in parentheses included. The time is
// 24-hour H:MM or HH:MM (15:00, 9:30), 15時, 15時30分, 15時半, 午前10時, 午後3時 (15:00),
// 正午, 3pm, 3:30 pm; it may be followed by 〜, ~ or - and an end time (15:00〜16:00), or
// by 〜 alone (from 15:00). Full-width digits and colons work. The place is the rest of the
// text as typed, trimmed, after an optional 、 , @ or free-standing -. A number right after the date that
// is not clearly a time (12/16 15) and an impossible time (25:00, 15:60, the ambiguous
// 午前12時) are errors, as is a line break: an appointment is one line.
func ParseAppointment(s string, today Date, dir Direction) (Appointment, error) {
	if strings.ContainsAny(s, "\n\r") {
		return Appointment{}, fmt.Errorf("%s: an appointment is one line", quote(s))
	}
	t := strings.TrimFunc(s, unicode.IsSpace)
	n := textfold.Input(t) // the same characters as t, one for one (see origOffset)
	if n == "" {
		return Appointment{}, errors.New("no appointment given: write its date, then a time and a place if agreed, such as 12/16 15:00 休憩室")
	}
	var a Appointment
	e, d, err := appointmentDate(t, n, today, dir)
	if err != nil {
		return Appointment{}, err
	}
	a.Date = d
	p := &scanner{s: n, i: e}
	skipSeparators(p)
	if start, ok, err := scanTime(p, true); err != nil {
		return Appointment{}, err
	} else if ok {
		a.Time = start
		if a.End, err = scanEnd(p, s, start); err != nil {
			return Appointment{}, err
		}
	} else if startsWithWeekday(n[p.i:]) {
		return Appointment{}, fmt.Errorf("%s: write the weekday right after the date, such as 12/16(水)", quote(s))
	}
	skipSeparators(p)
	a.Place = strings.TrimFunc(t[origOffset(t, n, p.i):], unicode.IsSpace)
	return a, nil
}

// scanEnd reads, after the start of an appointment at p, the end of its range (〜16:00,
// -16:00, から16時) and returns it, or "" moving nothing when there is none. s is the text
// as typed, for errors.
func scanEnd(p *scanner, s, start string) (string, error) {
	mark := p.i
	skipSpace(p)
	attached := p.i == mark
	if !(p.lit("〜") || p.lit("~") || p.lit("-") || p.lit("から")) {
		p.i = mark
		return "", nil
	}
	skipSpace(p)
	end, ok, err := scanTime(p, false)
	switch {
	case err != nil:
		return "", err
	case ok && end <= start:
		return "", fmt.Errorf("%s: the appointment ends (%s) before it starts (%s)", quote(s), end, start)
	case ok:
		return end, nil
	case !attached:
		p.i = mark // 15:00 - 休憩室: a separator, or the place's own (15:00 〜x)
	}
	return "", nil
}

// appointmentDate finds the longest beginning of n = textfold.Input(t) that ParseIn reads as
// a date and that ends where a word ends; it returns where it ends in n and the date.
// Errors quote t, the text as typed.
func appointmentDate(t, n string, today Date, dir Direction) (int, Date, error) {
	for e := min(len(n), maxDateText); e > 0; e-- {
		if e < len(n) && (!utf8.RuneStart(n[e]) || isWordByte(n[e]) && isWordByte(n[e-1])) {
			continue // inside a character, or inside a word: 12/1 of 12/16
		}
		d, err := ParseIn(n[:e], today, dir)
		if err == nil {
			return e, d, nil
		}
		if body, _, ok := cutWeekday(n[:e]); ok {
			if _, bodyErr := parseBody(n[:e], body, today, dir); bodyErr == nil {
				_, err = ParseIn(t[:origOffset(t, n, e)], today, dir)
				return 0, 0, err // a date with the wrong weekday
			}
		}
	}
	first := t
	if i := strings.IndexByte(n, ' '); i >= 0 {
		first = t[:origOffset(t, n, i)]
	}
	if _, err := ParseIn(first, today, dir); err != nil {
		return 0, 0, err
	}
	// A date longer than any form is written (0000000000000000000000000000000000000000000001d).
	return 0, 0, fmt.Errorf("%s is not a date: %s", quote(first), acceptedForms)
}

// isWordByte reports whether c is an ASCII letter or digit: a date cannot end between two.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// skipSeparators skips spaces and the commas, at signs and free-standing dashes that may
// stand between the parts of an appointment (12/16、15:00、休憩室; 15:00 @ B棟; 15:00 - B棟).
func skipSeparators(p *scanner) {
	skipSpace(p)
	for p.lit("、") || p.lit(",") || p.lit("@") || p.lit("- ") {
		skipSpace(p)
	}
}

// startsWithWeekday reports whether n starts with a weekday in parentheses: (水), (Wed).
func startsWithWeekday(n string) bool {
	if !strings.HasPrefix(n, "(") {
		return false
	}
	inner, _, ok := strings.Cut(n[1:], ")")
	_, wd := weekdayWords.Get()[strings.ToLower(strings.TrimSpace(inner))]
	return ok && wd
}

func skipSpace(p *scanner) {
	for p.i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		if !unicode.IsSpace(r) {
			return
		}
		p.i += size
	}
}

// scanTime reads a time of day at p (see ParseAppointment) and returns it as "15:04". It
// reports false, moving nothing, when p does not start with one. first says whether this
// is the start of the appointment, where a bare number is an error rather than a place.
func scanTime(p *scanner, first bool) (string, bool, error) {
	start := p.i
	fail := func(why string) (string, bool, error) {
		text, _, _ := strings.Cut(p.s[start:], " ")
		return "", false, fmt.Errorf("%s is not a time of day: %s", quote(text), why)
	}
	notTime := func() (string, bool, error) {
		p.i = start
		return "", false, nil
	}
	if p.lit("正午") {
		return "12:00", true, nil
	}
	half := 0 // 0: 24-hour; 1: before noon; 2: after noon
	ja := false
	switch {
	case p.lit("午前"):
		half, ja = 1, true
	case p.lit("午後"):
		half, ja = 2, true
	default:
		half = p.ampm() // PM3:00
	}
	if half != 0 {
		skipSpace(p)
	}
	h, ok := p.number(1, 2)
	if !ok {
		if ja {
			return fail("write 午後3時 or 15:00")
		}
		return notTime()
	}
	m := 0
	switch {
	case p.lit(":"):
		if m, ok = p.number(2, 2); !ok {
			return fail("write the minutes with two digits, such as 15:05")
		}
	case p.lit("時"):
		mark := p.i
		if p.lit("半") {
			m = 30
		} else if m, ok = p.number(1, 2); !ok || !p.lit("分") {
			p.i, m = mark, 0 // 15時 alone
		}
	case half == 0 && p.ampm() != 0:
		p.i -= 2 // 3pm: the suffix is read below
	case half != 0:
		return fail("write 午後3時 or 15:00")
	case p.done() || p.s[p.i] == ' ':
		if first {
			return fail("write 15:00 or 15時")
		}
		return notTime()
	default:
		return notTime() // 3F, 2号館: a place that starts with a number
	}
	if half == 0 {
		mark := p.i
		skipSpace(p)
		if half = p.ampm(); half == 0 {
			p.i = mark // 10:00 Amazon本社: a place
		}
	}
	if p.atWord() {
		return fail("write 15:00 or 15時")
	}
	switch {
	case m > 59:
		return fail("minutes run from 00 to 59")
	case half == 0 && h > 23:
		return fail("hours run from 0 to 23")
	case half != 0 && h > 12:
		return fail("with 午前/午後 or am/pm, hours run from 0 to 12")
	case ja && h == 12:
		return fail("午前12時 and 午後12時 are read both ways: write 0:00 or 12:00")
	case half == 1 && h == 12: // 12am
		h = 0
	case half == 2 && h < 12:
		h += 12
	}
	return fmt.Sprintf("%02d:%02d", h, m), true, nil
}

// ampm reads am or pm (any case) not followed by a letter (PM3:00, 3pm, but not Amazon):
// 1 for am, 2 for pm, and 0, moving nothing, otherwise.
func (p *scanner) ampm() int {
	for half, t := range [...]string{1: "am", 2: "pm"} {
		if t != "" && len(p.s)-p.i >= 2 && strings.EqualFold(p.s[p.i:p.i+2], t) &&
			(p.i+2 == len(p.s) || !isWordByte(p.s[p.i+2]) || p.s[p.i+2] <= '9') {
			p.i += 2
			return half
		}
	}
	return 0
}

// atWord reports whether p stands on an ASCII letter or digit.
func (p *scanner) atWord() bool { return p.i < len(p.s) && isWordByte(p.s[p.i]) }

// origOffset returns the byte offset in t of what is at byte offset i of n = textfold.Input(t):
// Input changes characters one for one (a rune for a rune, an invalid byte kept), so the
// k-th character of n is the k-th of t.
func origOffset(t, n string, i int) int {
	j := 0
	for k := 0; k < i; {
		_, size := utf8.DecodeRuneInString(n[k:])
		_, tsize := utf8.DecodeRuneInString(t[j:])
		k += size
		j += tsize
	}
	return j
}
