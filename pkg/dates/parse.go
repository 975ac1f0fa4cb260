package dates

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/textfold"
)

// acceptedForms lists, briefly, what Parse understands; it ends error messages.
const acceptedForms = "use 2026-12-05 (or 2026/12/5, 2026.12.5), 2026年12月5日, " +
	"令和8年12月5日 (or R8.12.5), 12/5 or 12月5日, today, tomorrow, yesterday, 明日, " +
	"a weekday such as 水曜, 来週水曜, 今週金曜, next wed, " +
	"or a span from today such as +3d, -1w, 1m, 3日後"

// Direction says which year a month and day without one (12/5, 12月5日) falls in.
type Direction int

const (
	// ThisYear takes today's year, even when the day is already past (Parse).
	ThisYear Direction = iota
	// Future takes the nearest such day on or after today: for what is planned (the next
	// visit, a due date, when to report back). On 2026-12-28, 1/5 is 2027-01-05.
	Future
	// Past takes the nearest such day on or before today: for what happened (the date of a
	// visit, when something was done). On 2027-01-03, 12/28 is 2026-12-28.
	Past
)

// dayWords maps words for days near today (lower-cased) to their offset from today.
var dayWords = &lazy.Value[map[string]int]{New: func() map[string]int {
	return map[string]int{
		"today": 0, "今日": 0, "きょう": 0, "本日": 0,
		"tomorrow": 1, "明日": 1, "あした": 1, "あす": 1,
		"yesterday": -1, "昨日": -1, "きのう": -1,
		"明後日": 2, "あさって": 2, "明々後日": 3, "明明後日": 3, "しあさって": 3,
		"一昨日": -2, "おととい": -2,
	}
}}

// Parse reads a date as a person types it on the command line, a month and day without a
// year being in today's year: ParseIn(s, today, ThisYear). The text is first passed
// through textfold.Input, so full-width digits and IME separators work. Accepted:
//
//   - absolute dates: 2026-12-05, 2026/12/5, 2026.12.5 (month and day may have one or
//     two digits; the same separator both times), 2026年12月5日 (spaces allowed between
//     the parts);
//   - dates in a Japanese era (和暦): 令和8年12月1日, 令和元年5月1日, R8.12.1, R8/12/1,
//     H31.4.30, S64.1.7, T15.12.24 (the era's letter in either case), 平成31年4月30日,
//     ㋿8年12月1日; eras 令和 (from 2019-05-01), 平成 (1989-01-08 to 2019-04-30), 昭和
//     (1926-12-25 to 1989-01-07) and 大正 (1912-07-30 to 1926-12-24). A date outside its
//     era (H31.5.1, R1.4.30) is an error that says when the era began or ended;
//   - a month and day without a year: 12/5 and 12月5日, in the year the Direction says;
//   - words: today, tomorrow, yesterday (ASCII case-insensitive), 今日/きょう/本日,
//     明日/あした/あす, 昨日/きのう, 明後日/あさって, 明々後日/しあさって, 一昨日/おととい;
//   - a day named by its weekday (see weekdayDate): 来週水曜, 来週の水曜日, 今週金曜,
//     再来週月曜, 先週火曜 (that day of the week so many weeks from today's, weeks
//     starting on Monday); 水曜 or 水曜日 alone, wed or wednesday (the next such day after
//     today, or for Past the last one before it); next wed and last wed;
//   - a span from today as read by ParseSpan: +3d, 3d, 2w, 1m, 1y, -1w, 1m15d, +10日,
//     2週間, 1ヶ月; or a Japanese span followed by 後 (later) or 前 (earlier): 3日後,
//     2週間前. Months clamp to the end of the month (Jan 31 + 1m is Feb 28 or 29).
//     An unsigned 10日 alone is rejected as ambiguous (the 10th, or ten days?).
//
// Any of these may be followed by a weekday in parentheses, as calendars and e-mails
// print it: 2026/12/5(土), 12月5日（土）, 2026-12-05 (Sat). The weekday is checked.
//
// today is needed only for the relative forms; it is never read from the clock here.
// Dates that do not exist (2026-02-30, 2026-13-01) and results outside
// 0001-01-01..9999-12-31 are errors saying why; Parse never panics.
func Parse(s string, today Date) (Date, error) { return ParseIn(s, today, ThisYear) }

// ParseIn is Parse with the direction in which a month and day without a year are read:
// Future for a date that is planned (--next, a due date, the date to report back),
// so that 1/5 typed on 2026-12-28 is 2027-01-05; Past for a date that happened (--date of
// a visit, a done date), so that 12/28 typed on 2027-01-03 is 2026-12-28; ThisYear for
// today's year whatever the day, as Parse does. Today itself counts in both directions
// (12/28 on 2026-12-28 is that day). 2/29 is the nearest February 29 in that direction.
// Every other form means the same in every direction.
func ParseIn(s string, today Date, dir Direction) (Date, error) {
	n := textfold.Input(s)
	if n == "" {
		return 0, errors.New("no date given: " + acceptedForms)
	}
	body, wd, hasWD := cutWeekday(n)
	d, err := parseBody(s, body, today, dir)
	if err != nil {
		return 0, err
	}
	if hasWD && d.Weekday() != wd {
		return 0, fmt.Errorf("%s: %s is a %s (%s), not a %s (%s)", quote(s), d,
			d.Weekday(), jaWeekday[d.Weekday()], wd, jaWeekday[wd])
	}
	return d, nil
}

func parseBody(orig, n string, today Date, dir Direction) (Date, error) {
	if off, ok := dayWords.Get()[strings.ToLower(n)]; ok {
		return relative(orig, today, Span{Days: off})
	}
	if d, ok, err := weekdayDate(orig, n, today, dir); ok {
		return d, err
	}
	if e, ey, m, d, ok := scanWareki(n); ok {
		return warekiDate(orig, e, ey, m, d)
	}
	if y, m, d, ok := scanYMD(n); ok {
		return makeDate(orig, y, m, d)
	}
	if m, d, ok := scanMD(n); ok {
		if today == 0 {
			return 0, fmt.Errorf("%s has no year and today's date is unknown", quote(orig))
		}
		return monthDayIn(orig, m, d, today, dir)
	}
	if digits, ok := strings.CutSuffix(n, "日"); ok && isDigits(strings.TrimRight(digits, " ")) {
		digits = strings.TrimRight(digits, " ")
		return 0, fmt.Errorf("%s is ambiguous: write +%s日 or %s日後 for %s days from today, "+
			"or a full date such as 2026年1月%s日", quote(orig), digits, digits, digits, digits)
	}
	span, err := parseRelative(n)
	if err == errSpanSyntax {
		if digits, ok := bareNumber(n); ok {
			return 0, fmt.Errorf("%s is not a date: add a unit to count from today "+
				"(%sd, %sw, %sm, %sy) or write a full date such as 2026-12-05",
				quote(orig), digits, digits, digits, digits)
		}
		return 0, fmt.Errorf("%s is not a date: %s", quote(orig), acceptedForms)
	}
	if err != nil {
		return 0, fmt.Errorf("%s %v", quote(orig), err)
	}
	return relative(orig, today, span)
}

// parseRelative reads a span, optionally followed by 後 or 前 when it has no sign.
func parseRelative(n string) (Span, error) {
	for _, sf := range [...]struct {
		suffix string
		sign   int
	}{{"後", 1}, {"前", -1}} {
		if body, ok := strings.CutSuffix(n, sf.suffix); ok {
			body = strings.TrimRight(body, " ")
			if body == "" || body[0] == '+' || body[0] == '-' {
				return Span{}, errSpanSyntax
			}
			sp, err := parseSpan(body)
			if err != nil {
				return Span{}, err
			}
			if sf.sign < 0 {
				sp = sp.Neg()
			}
			return sp, nil
		}
	}
	return parseSpan(n)
}

// monthDayIn returns month m, day d in the year dir says, counted from today.
func monthDayIn(orig string, m, d int, today Date, dir Direction) (Date, error) {
	y, _, _ := today.YMD()
	if dir == Future || dir == Past {
		step := 1
		if dir == Past {
			step = -1
		}
		// A February 29 comes back within eight years (1896 to 1904 is the longest gap).
		for i := 0; i <= 8; i++ {
			v, ok := Of(y+i*step, time.Month(m), d)
			if ok && (dir == Future && v >= today || dir == Past && v <= today) {
				return v, nil
			}
		}
		if _, err := makeDate(orig, y, m, d); err == nil || m == 2 && d == 29 {
			return 0, fmt.Errorf("%s is outside the supported dates (0001-01-01 to 9999-12-31)", quote(orig))
		}
	}
	return makeDate(orig, y, m, d)
}

// relative returns today moved by sp, or an error if that leaves the supported range.
func relative(orig string, today Date, sp Span) (Date, error) {
	if today == 0 {
		return 0, fmt.Errorf("%s is relative to today, and today's date is unknown", quote(orig))
	}
	d := today.Add(sp)
	if d == 0 {
		return 0, fmt.Errorf("%s is outside the supported dates (0001-01-01 to 9999-12-31)", quote(orig))
	}
	return d, nil
}

// makeDate checks y-m-d and explains what is wrong with impossible dates.
func makeDate(orig string, y, m, d int) (Date, error) {
	if v, ok := Of(y, time.Month(m), d); ok {
		return v, nil
	}
	var why string
	switch {
	case y < 1 || y > 9999:
		why = "years run from 0001 to 9999"
	case m < 1 || m > 12:
		why = fmt.Sprintf("there is no month %d", m)
	case d < 1:
		why = "there is no day 0"
	default:
		why = fmt.Sprintf("%s %d has %d days", time.Month(m), y, DaysIn(y, time.Month(m)))
	}
	return 0, fmt.Errorf("%s is not a real calendar date (%s)", quote(orig), why)
}

// scanner walks normalized ASCII-and-kanji text.
type scanner struct {
	s string
	i int
}

func (p *scanner) spaces() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

// number reads between min and max digits.
func (p *scanner) number(min, max int) (int, bool) {
	start := p.i
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' && p.i-start < max {
		p.i++
	}
	if p.i-start < min || (p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9') {
		return 0, false
	}
	n, _ := atoiDigits(p.s[start:p.i])
	return n, true
}

func (p *scanner) lit(t string) bool {
	if strings.HasPrefix(p.s[p.i:], t) {
		p.i += len(t)
		return true
	}
	return false
}

func (p *scanner) done() bool { return p.i == len(p.s) }

// scanYMD reads 2026-12-05, 2026/12/5, 2026.12.5 and 2026年12月5日.
func scanYMD(s string) (y, m, d int, ok bool) {
	p := &scanner{s: s}
	if y, ok = p.number(4, 4); !ok || p.done() {
		return 0, 0, 0, false
	}
	if sep := s[p.i]; sep == '-' || sep == '/' || sep == '.' {
		p.i++
		if m, ok = p.number(1, 2); !ok || !p.lit(string(sep)) {
			return 0, 0, 0, false
		}
		if d, ok = p.number(1, 2); !ok || !p.done() {
			return 0, 0, 0, false
		}
		return y, m, d, true
	}
	p.spaces()
	if !p.lit("年") {
		return 0, 0, 0, false
	}
	p.spaces()
	if m, d, ok = scanJapaneseMD(p); !ok {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// scanMD reads 12/5 and 12月5日.
func scanMD(s string) (m, d int, ok bool) {
	p := &scanner{s: s}
	if m, ok = p.number(1, 2); !ok {
		return 0, 0, false
	}
	if p.lit("/") {
		if d, ok = p.number(1, 2); !ok || !p.done() {
			return 0, 0, false
		}
		return m, d, true
	}
	p.i = 0
	return scanJapaneseMD(p)
}

// scanJapaneseMD reads "12月5日" (spaces allowed around the numbers) up to the end.
func scanJapaneseMD(p *scanner) (m, d int, ok bool) {
	if m, ok = p.number(1, 2); !ok {
		return 0, 0, false
	}
	p.spaces()
	if !p.lit("月") {
		return 0, 0, false
	}
	p.spaces()
	if d, ok = p.number(1, 2); !ok {
		return 0, 0, false
	}
	p.spaces()
	if !p.lit("日") || !p.done() {
		return 0, 0, false
	}
	return m, d, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// jaWeekday is the one-kanji Japanese name of each weekday.
var jaWeekday = [7]string{"日", "月", "火", "水", "木", "金", "土"}

// weekdayWords maps what may stand in parentheses after a date (lower-cased).
var weekdayWords = &lazy.Value[map[string]time.Weekday]{New: func() map[string]time.Weekday {
	m := map[string]time.Weekday{
		"tues": time.Tuesday, "wednes": time.Wednesday, "thur": time.Thursday,
		"thurs": time.Thursday,
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		en := strings.ToLower(wd.String())
		ja := jaWeekday[wd]
		m[en] = wd
		m[en[:3]] = wd
		m[ja] = wd
		m[ja+"曜"] = wd
		m[ja+"曜日"] = wd
	}
	return m
}}

// cutWeekday splits a trailing "(土)" or " (Sat)" from s.
func cutWeekday(s string) (body string, wd time.Weekday, ok bool) {
	if !strings.HasSuffix(s, ")") {
		return s, 0, false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return s, 0, false
	}
	word := strings.ToLower(strings.TrimSpace(s[open+1 : len(s)-1]))
	wd, ok = weekdayWords.Get()[word]
	if !ok {
		return s, 0, false
	}
	body = strings.TrimRight(s[:open], " ")
	if body == "" {
		return s, 0, false
	}
	return body, wd, true
}
