// Package dates holds the calendar-date type that every part of follow uses, and the
// parsing of dates as people type them (ISO, slashes, Japanese IME full-width forms,
// relative spans). It is pure: nothing here reads the clock.
package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a civil calendar date with no time of day and no zone. The zero value means
// "no date". Internally it counts days so that comparison and arithmetic are cheap.
type Date int32

// epochOffset makes 0001-01-01 day 1, so that 0 is free to mean "unset".
var epoch = time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)

// Of returns the date y-m-d. It reports false when the parts do not name a real calendar
// date (2026-02-30, month 13, year outside 1..9999).
func Of(y int, m time.Month, d int) (Date, bool) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m) {
		return 0, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date(int32((t.Unix()-epoch.Unix())/86400) + 1), true
}

// MustOf is Of for literals in code and tests; it panics on an impossible date.
func MustOf(y int, m time.Month, d int) Date {
	v, ok := Of(y, m, d)
	if !ok {
		panic(fmt.Sprintf("dates: impossible date %04d-%02d-%02d", y, m, d))
	}
	return v
}

// FromTime returns the calendar date of t in t's own location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	v, _ := Of(y, m, d)
	return v
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the "no date" value.
func (d Date) IsZero() bool { return d == 0 }

// Time returns midnight UTC of d. The zero Date gives the zero time.Time.
func (d Date) Time() time.Time {
	if d == 0 {
		return time.Time{}
	}
	return epoch.AddDate(0, 0, int(d)-1)
}

// YMD returns the year, month and day of d.
func (d Date) YMD() (int, time.Month, int) { return d.Time().Date() }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns d moved by n days (n may be negative).
func (d Date) AddDays(n int) Date {
	if d == 0 {
		return 0
	}
	return d + Date(n)
}

// AddMonths returns d moved by n months, clamping the day to the end of the target month:
// 2026-01-31 + 1 month is 2026-02-28, 2028-01-31 + 1 month is 2028-02-29.
func (d Date) AddMonths(n int) Date {
	if d == 0 {
		return 0
	}
	y, m, day := d.YMD()
	total := int(m) - 1 + n
	y += total / 12
	mm := total % 12
	if mm < 0 {
		mm += 12
		y--
	}
	tm := time.Month(mm + 1)
	if last := DaysIn(y, tm); day > last {
		day = last
	}
	v, ok := Of(y, tm, day)
	if !ok {
		return d
	}
	return v
}

// Sub returns the number of days from o to d (d - o).
func (d Date) Sub(o Date) int { return int(d) - int(o) }

// Before reports whether d is strictly before o.
func (d Date) Before(o Date) bool { return d < o }

// After reports whether d is strictly after o.
func (d Date) After(o Date) bool { return d > o }

// Join formats ds as YYYY-MM-DD, separated by sep.
func Join(ds []Date, sep string) string {
	ss := make([]string, len(ds))
	for i, d := range ds {
		ss[i] = d.String()
	}
	return strings.Join(ss, sep)
}

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	y, m, day := d.YMD()
	b := make([]byte, 0, 10)
	b = appendPad(b, y, 4)
	b = append(b, '-')
	b = appendPad(b, int(m), 2)
	b = append(b, '-')
	b = appendPad(b, day, 2)
	return string(b)
}

// Compact formats d as YYYYMMDD (the iCalendar DATE form), or "" for the zero Date.
func (d Date) Compact() string {
	if d == 0 {
		return ""
	}
	y, m, day := d.YMD()
	b := make([]byte, 0, 8)
	b = appendPad(b, y, 4)
	b = appendPad(b, int(m), 2)
	b = appendPad(b, day, 2)
	return string(b)
}

func appendPad(b []byte, v, width int) []byte {
	s := strconv.Itoa(v)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ParseISO parses the strict stored form YYYY-MM-DD and rejects dates that do not exist.
func ParseISO(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	y, err1 := atoiDigits(s[0:4])
	m, err2 := atoiDigits(s[5:7])
	d, err3 := atoiDigits(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	v, ok := Of(y, time.Month(m), d)
	if !ok {
		return 0, fmt.Errorf("%q is not a real calendar date", s)
	}
	return v, nil
}

func atoiDigits(s string) (int, error) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("not a digit")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// MarshalText writes the YYYY-MM-DD form ("" for no date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the strict YYYY-MM-DD form; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseISO(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes "YYYY-MM-DD", or null for no date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == 0 {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}
