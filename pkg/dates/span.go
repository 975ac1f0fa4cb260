package dates

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/textfold"
)

// Span is a calendar distance: a number of months and a number of days. Weeks are
// stored as 7 days and years as 12 months, so "2w" and "14d" are the same Span, and so
// are "1y" and "12m". Months and days are kept apart because a month has no fixed
// length: see Date.Add.
type Span struct {
	Months, Days int
}

// Limits on the parts of a parsed span: far beyond any useful value, small enough that
// arithmetic on them cannot overflow.
const (
	maxSpanMonths = 12 * 10000
	maxSpanDays   = 366 * 10000
)

// minDate and maxDate bound the dates this package handles (0001-01-01 and 9999-12-31).
const (
	minDate Date = 1
	maxDate Date = 3652059
)

// IsZero reports whether s moves a date nowhere.
func (s Span) IsZero() bool { return s.Months == 0 && s.Days == 0 }

// Neg returns the span going the other way: 1m15d becomes -1m15d.
func (s Span) Neg() Span { return Span{Months: -s.Months, Days: -s.Days} }

// Approx returns a rough length in days (a month counts as 30 days), for comparing and
// sorting spans. It is not for date arithmetic: use Date.Add.
func (s Span) Approx() int { return s.Months*30 + s.Days }

// String returns the canonical form that ParseSpan reads back: the months part, then the
// days part. Months that are whole years are written in years ("1y", "3y"), other months
// in months ("1m", "18m"); days are always written in days ("7d", not "1w"). A sign is
// written when it changes, starting from positive: "-30d", "1m15d", "-1m15d" (both
// negative), "1m-3d" (one month on, then three days back). The zero span is "0d".
func (s Span) String() string {
	if s.IsZero() {
		return "0d"
	}
	var b strings.Builder
	neg := false
	part := func(n int, unit string) {
		if n == 0 {
			return
		}
		if n < 0 && !neg {
			b.WriteByte('-')
			neg = true
		} else if n > 0 && neg {
			b.WriteByte('+')
			neg = false
		}
		if n < 0 {
			n = -n
		}
		b.WriteString(strconv.Itoa(n))
		b.WriteString(unit)
	}
	if s.Months%12 == 0 {
		part(s.Months/12, "y")
	} else {
		part(s.Months, "m")
	}
	part(s.Days, "d")
	return b.String()
}

// MarshalText writes the canonical form (see String).
func (s Span) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads any form ParseSpan accepts. Empty text is the zero span.
func (s *Span) UnmarshalText(b []byte) error {
	if textfold.Input(string(b)) == "" {
		*s = Span{}
		return nil
	}
	v, err := ParseSpan(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Add returns d moved by s: first by s.Months (clamping the day to the end of a shorter
// month, as AddMonths does: 2026-01-31 + 1m is 2026-02-28), then by s.Days. So
// 2026-01-31 + 1m1d is 2026-03-01. The zero Date stays zero, and so does a result that
// would fall outside 0001-01-01..9999-12-31.
func (d Date) Add(s Span) Date {
	if d == 0 {
		return 0
	}
	if s.Months != 0 {
		y, m, _ := d.YMD()
		idx := int64(y)*12 + int64(m) - 1 + int64(s.Months)
		if idx < 12*1 || idx > 12*9999+11 {
			return 0
		}
		d = d.AddMonths(s.Months)
	}
	r := int64(d) + int64(s.Days)
	if r < int64(minDate) || r > int64(maxDate) {
		return 0
	}
	return Date(r)
}

// spanUnits maps unit words, as typed after a number, to (months, days) per unit.
// ASCII units are matched case-insensitively.
var spanUnits = &lazy.Value[map[string]Span]{New: func() map[string]Span {
	return map[string]Span{
		"d": {Days: 1}, "day": {Days: 1}, "days": {Days: 1},
		"w": {Days: 7}, "wk": {Days: 7}, "week": {Days: 7}, "weeks": {Days: 7},
		"m": {Months: 1}, "mo": {Months: 1}, "month": {Months: 1}, "months": {Months: 1},
		"y": {Months: 12}, "yr": {Months: 12}, "year": {Months: 12}, "years": {Months: 12},

		"日": {Days: 1}, "日間": {Days: 1},
		"週": {Days: 7}, "週間": {Days: 7},
		"ヶ月": {Months: 1}, "か月": {Months: 1}, "ヵ月": {Months: 1}, "カ月": {Months: 1},
		"ケ月": {Months: 1}, "箇月": {Months: 1}, "ヶ月間": {Months: 1}, "か月間": {Months: 1},
		"ヵ月間": {Months: 1}, "カ月間": {Months: 1}, "ケ月間": {Months: 1}, "箇月間": {Months: 1},
		"年": {Months: 12}, "年間": {Months: 12},
	}
}}

var (
	errSpanSyntax = errors.New("bad span")
	errTooLarge   = errors.New("is too large a span (at most 10000 years)")
)

// ParseSpan reads a span such as 7d, +7d, -30d, 2w, 1m, 3m, 1y, 0d or 1m15d. Units are
// d (days), w (weeks), m (months) and y (years), case-insensitive, also spelled out
// (3 days, 2 weeks) or in Japanese: 日, 日間, 週, 週間, ヶ月/か月/ヵ月/カ月/ケ月 (optionally
// followed by 間), 年, 年間. Full-width digits and signs are accepted (see textfold.Input).
//
// A sign applies to the part it precedes and to every later part until the next sign:
// "-1m15d" is one month and fifteen days back, "1m-3d" is one month on then three days
// back. A bare number has no unit and is an error, as is "1月" (that is January).
func ParseSpan(s string) (Span, error) {
	n := textfold.Input(s)
	sp, err := parseSpan(n)
	if err == nil {
		return sp, nil
	}
	if err != errSpanSyntax {
		return Span{}, fmt.Errorf("%s %v", quote(s), err)
	}
	if strings.HasSuffix(n, "月") {
		if _, ok := bareNumber(strings.TrimSuffix(n, "月")); ok {
			return Span{}, fmt.Errorf("%s is not a span: write %sヶ月 (or %sm) for months",
				quote(s), strings.TrimSuffix(n, "月"), strings.TrimSuffix(n, "月"))
		}
	}
	if digits, ok := bareNumber(n); ok {
		return Span{}, fmt.Errorf("%s needs a unit: %sd (days), %sw (weeks), %sm (months) or %sy (years)",
			quote(s), digits, digits, digits, digits)
	}
	return Span{}, fmt.Errorf("%s is not a span such as 7d, 2w, 1m, 1y or -30d", quote(s))
}

// bareNumber reports whether s is an optionally signed number with no unit, and returns
// it with its sign.
func bareNumber(s string) (string, bool) {
	t := strings.TrimLeft(s, "+-")
	if len(s)-len(t) > 1 || t == "" || len(t) > 12 {
		return "", false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return "", false
		}
	}
	return s, true
}

// parseSpan parses an already normalized span. Syntax errors are errSpanSyntax; errors
// about values are worded to follow the quoted input.
func parseSpan(s string) (Span, error) {
	var out Span
	sign := 1
	parts := 0
	i := 0
	skipSpaces := func() {
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	skipSpaces()
	for i < len(s) {
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				sign = -1
			} else {
				sign = 1
			}
			i++
			skipSpaces()
		}
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return Span{}, errSpanSyntax
		}
		digits := s[start:i]
		skipSpaces()
		ustart := i
		for i < len(s) && !(s[i] >= '0' && s[i] <= '9') && s[i] != '+' && s[i] != '-' && s[i] != ' ' {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		unit, ok := spanUnits.Get()[strings.ToLower(s[ustart:i])]
		if !ok {
			return Span{}, errSpanSyntax
		}
		skipSpaces()
		digits = strings.TrimLeft(digits, "0")
		if len(digits) > 7 { // also keeps the products below within a 32-bit int
			return Span{}, errTooLarge
		}
		v, _ := strconv.Atoi(digits)
		out.Months += sign * v * unit.Months
		out.Days += sign * v * unit.Days
		if out.Months > maxSpanMonths || out.Months < -maxSpanMonths ||
			out.Days > maxSpanDays || out.Days < -maxSpanDays {
			return Span{}, errTooLarge
		}
		parts++
	}
	if parts == 0 {
		return Span{}, errSpanSyntax
	}
	return out, nil
}

// quote quotes user input for an error message, shortening very long input.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return strconv.Quote(s)
}
