package dates

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/jp"
	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/textfold"
)

// Calendar tells business days from days off. Implementations in this package are safe
// for concurrent use.
type Calendar interface {
	// IsBusinessDay reports whether d is a working day. The zero Date is not.
	IsBusinessDay(d Date) bool
	// Name is a short lower-case name for messages and listings, such as "japan".
	Name() string
}

// None returns the calendar in which every day is a business day.
func None() Calendar { return noneCalendar{} }

type noneCalendar struct{}

func (noneCalendar) IsBusinessDay(d Date) bool { return d != 0 }
func (noneCalendar) Name() string              { return "none" }

// Japan returns the calendar of a Japanese office: Saturdays, Sundays and Japanese public
// holidays are days off, public holidays including substitute holidays (振替休日) and
// citizens' holidays (国民の休日). Company closures are added with WithClosed or
// WithYearlyClosed.
//
// Holidays come from github.com/rickar/cal/v2/jp, with these corrections on top:
//
//   - citizens' holidays follow the rule of the Public Holiday Act (a day that is not a
//     public holiday, between two public holidays) instead of the library's list, which
//     stops in 2032 (the next one after that, 2037-09-22, is missing from it);
//   - Mountain Day was moved to 2020-08-10 and 2021-08-08 (substitute 08-09) for the
//     Tokyo Olympics; the library keeps 08-11 in those years;
//   - there was no Emperor's Birthday in 2019; the library gives 2019-12-23;
//   - the library's Vernal Equinox Day rule writes to a shared variable, so it is only
//     ever called on a private copy here (which makes this calendar safe for concurrent
//     use; results are also cached per year).
//
// The rules are those in force since 2007 together with the special days of 2019–2021;
// earlier years may differ from history. Equinox days are the astronomical estimate used
// by the Cabinet Office (officially fixed each February for the next year). Years
// outside 1949–2150 have no public holidays.
func Japan() Calendar { return japanCalendar{} }

type japanCalendar struct{}

func (japanCalendar) IsBusinessDay(d Date) bool {
	if d == 0 {
		return false
	}
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	return HolidayName(d) == ""
}

func (japanCalendar) Name() string { return "japan" }

// HolidayName returns the Japanese name of the public holiday on d (元日, 成人の日,
// 振替休日, 国民の休日...), or "" when d is not a public holiday in Japan. Weekends are
// not holidays in this sense. See Japan for the rules used.
func HolidayName(d Date) string {
	if d == 0 {
		return ""
	}
	y, _, _ := d.YMD()
	return japanYear(y)[d]
}

const (
	substituteHoliday = "振替休日"
	citizensHoliday   = "国民の休日"
	jpFirstYear       = 1949
	jpLastYear        = 2150
)

// jpRule is one public holiday: a private copy of the library's definition and its
// Japanese name.
type jpRule struct {
	h  *cal.Holiday
	ja func(year int) string
}

func fixed(name string) func(int) string { return func(int) string { return name } }

// jpJapaneseNames gives the Japanese name of each holiday of the jp package.
var jpJapaneseNames = &lazy.Value[map[*cal.Holiday]func(int) string]{New: func() map[*cal.Holiday]func(int) string {
	return map[*cal.Holiday]func(int) string{
		jp.NewYear:                 fixed("元日"),
		jp.ComingOfAgeDay:          fixed("成人の日"),
		jp.NationalFoundationDay:   fixed("建国記念の日"),
		jp.TheEmperorsBirthday:     fixed("天皇誕生日"),
		jp.VernalEquinoxDay:        fixed("春分の日"),
		jp.ShowaDay:                fixed("昭和の日"),
		jp.ConstitutionMemorialDay: fixed("憲法記念日"),
		jp.GreeneryDay:             fixed("みどりの日"),
		jp.ChildrensDay:            fixed("こどもの日"),
		jp.MarineDay:               fixed("海の日"),
		jp.MountainDay:             fixed("山の日"),
		jp.RespectForTheAgedDay:    fixed("敬老の日"),
		jp.AutumnalEquinoxDay:      fixed("秋分の日"),
		jp.SportsDay: func(y int) string {
			if y < 2020 {
				return "体育の日"
			}
			return "スポーツの日"
		},
		jp.CultureDay:                        fixed("文化の日"),
		jp.LaborThanksgivingDay:              fixed("勤労感謝の日"),
		jp.TheNewEmperorEnthronementDay:      fixed("天皇の即位の日"),
		jp.TheNewEmperorEnthronementCeremony: fixed("即位礼正殿の儀の行われる日"),
	}
}}

// jpReplaced are library holidays that the citizens' holiday rule computes instead.
var jpReplaced = &lazy.Value[map[*cal.Holiday]bool]{New: func() map[*cal.Holiday]bool {
	return map[*cal.Holiday]bool{
		jp.NationalHolidayBetweenRespectForTheAgedDayAndAutumnalEquinoxDay:              true,
		jp.NationalHolidayBetweenShowaDayAndNewEmperorEnthronementDay:                   true,
		jp.NationalHolidayBetweenTheNewEmperorEnthronementDayAndConstitutionMemorialDay: true,
	}
}}

var jpRules = &lazy.Value[[]jpRule]{New: buildJPRules}

func buildJPRules() []jpRule {
	var rules []jpRule
	for _, lib := range jp.Holidays {
		if jpReplaced.Get()[lib] {
			continue
		}
		h := *lib // private copy: nothing here touches the library's variables
		orig := h.Func
		if orig == nil {
			continue
		}
		// Some library rules modify the holiday they are given (Vernal Equinox Day sets
		// Day): hand them a throw-away copy each time.
		h.Func = func(hh *cal.Holiday, year int) time.Time {
			c := *hh
			return orig(&c, year)
		}
		switch lib {
		case jp.MountainDay:
			inner := h.Func
			h.Func = func(hh *cal.Holiday, year int) time.Time {
				switch year { // Act on Special Measures for the Tokyo Olympics
				case 2020:
					return time.Date(2020, time.August, 10, 0, 0, 0, 0, cal.DefaultLoc)
				case 2021:
					return time.Date(2021, time.August, 8, 0, 0, 0, 0, cal.DefaultLoc)
				}
				return inner(hh, year)
			}
		case jp.TheEmperorsBirthday:
			// Akihito abdicated on 2019-04-30, Naruhito's birthday counts from 2020.
			h.Except = append(append([]int(nil), h.Except...), 2019)
		}
		name := jpJapaneseNames.Get()[lib]
		if name == nil {
			en := lib.Name // a holiday added by a newer library version
			name = func(int) string { return en }
		}
		rules = append(rules, jpRule{h: &h, ja: name})
	}
	return rules
}

// jpYears caches the holidays of each year: int -> map[Date]string. Maps are never
// modified once stored.
var jpYears sync.Map

func japanYear(y int) map[Date]string {
	if y < jpFirstYear || y > jpLastYear {
		return nil
	}
	if m, ok := jpYears.Load(y); ok {
		return m.(map[Date]string)
	}
	m, _ := jpYears.LoadOrStore(y, computeJapanYear(y))
	return m.(map[Date]string)
}

func computeJapanYear(y int) map[Date]string {
	days := make(map[Date]string, 24)
	national := make(map[Date]bool, 20) // 国民の祝日 proper, without substitutes
	var subs []Date
	for _, r := range jpRules.Get() {
		act, obs := r.h.Calc(y)
		a := FromTime(act)
		if act.IsZero() || act.Year() != y || a == 0 {
			continue
		}
		days[a] = r.ja(y)
		national[a] = true
		if o := FromTime(obs); !obs.IsZero() && o != a && obs.Year() == y {
			subs = append(subs, o)
		}
	}
	for _, o := range subs {
		if _, taken := days[o]; !taken {
			days[o] = substituteHoliday
		}
	}
	// Public Holiday Act art. 3(3): a day whose previous and next days are both public
	// holidays, and that is not one itself, is a holiday too.
	for a := range national {
		c := a + 1
		if national[c+1] && !national[c] {
			if _, taken := days[c]; !taken {
				days[c] = citizensHoliday
			}
		}
	}
	return days
}

// WithClosed returns c with the given days closed as well (company closures). The
// days are copied. Its name is c's name followed by "+closed".
func WithClosed(c Calendar, days []Date) Calendar {
	if c == nil {
		c = None()
	}
	set := make(map[Date]struct{}, len(days))
	for _, d := range days {
		if d != 0 {
			set[d] = struct{}{}
		}
	}
	return closedCalendar{base: c, closed: func(d Date) bool { _, ok := set[d]; return ok }}
}

// WithYearlyClosed returns c with the days from..to (inclusive) closed every year, such
// as a year-end closure 12/29..1/3, which wraps into the next year because to comes
// before from. Its name is c's name followed by "+closed".
func WithYearlyClosed(c Calendar, from, to MonthDay) Calendar {
	if c == nil {
		c = None()
	}
	return closedCalendar{base: c, closed: func(d Date) bool { return InYearly(d, from, to) }}
}

// InYearly reports whether d lies in the yearly period from..to (inclusive; a period
// whose to comes before from wraps into the next year, as 12/29..1/3 does).
func InYearly(d Date, from, to MonthDay) bool {
	if d == 0 {
		return false
	}
	_, m, day := d.YMD()
	md := MonthDay{Month: m, Day: day}
	if !to.less(from) {
		return !md.less(from) && !to.less(md)
	}
	return !md.less(from) || !to.less(md)
}

type closedCalendar struct {
	base   Calendar
	closed func(Date) bool
}

func (c closedCalendar) IsBusinessDay(d Date) bool {
	return d != 0 && !c.closed(d) && c.base.IsBusinessDay(d)
}

func (c closedCalendar) Name() string { return c.base.Name() + "+closed" }

// MonthDay is a day of the year without the year, for days closed every year.
type MonthDay struct {
	Month time.Month
	Day   int
}

func (md MonthDay) less(o MonthDay) bool {
	return md.Month < o.Month || (md.Month == o.Month && md.Day < o.Day)
}

// ParseMonthDay reads a month and day such as 12/29, 12-29 or 12月29日 (after
// textfold.Input). February 29 is allowed; in other years it simply does not occur.
func ParseMonthDay(s string) (MonthDay, error) {
	n := textfold.Input(s)
	m, d, ok := scanMD(strings.Replace(n, "-", "/", 1))
	if !ok {
		return MonthDay{}, fmt.Errorf("%s is not a month and day such as 12/29 or 12月29日", quote(s))
	}
	if m < 1 || m > 12 {
		return MonthDay{}, fmt.Errorf("%s is not a real day of the year (there is no month %d)", quote(s), m)
	}
	if d < 1 || d > DaysIn(2000, time.Month(m)) {
		return MonthDay{}, fmt.Errorf("%s is not a real day of the year (%s has %d days)",
			quote(s), time.Month(m), DaysIn(2000, time.Month(m)))
	}
	return MonthDay{Month: time.Month(m), Day: d}, nil
}

// Shift says where a date that falls on a day off moves to.
type Shift int

const (
	// ShiftBefore moves a day off to the previous business day.
	ShiftBefore Shift = iota
	// ShiftAfter moves a day off to the next business day.
	ShiftAfter
	// ShiftNone leaves dates where they are.
	ShiftNone
)

var shiftNames = [...]string{ShiftBefore: "before", ShiftAfter: "after", ShiftNone: "none"}

// ParseShift reads "before", "after" or "none" (case-insensitive).
func ParseShift(s string) (Shift, error) {
	n := strings.ToLower(textfold.Input(s))
	for i, name := range shiftNames {
		if n == name {
			return Shift(i), nil
		}
	}
	return 0, fmt.Errorf("%s is not a shift: use before, after or none", quote(s))
}

// maxAdjustSteps bounds the search for a business day, so that a calendar with no
// business day at all cannot make Adjust loop forever.
const maxAdjustSteps = 366

// Adjust moves d, when it is not a business day of c, to the previous (ShiftBefore) or
// next (ShiftAfter) business day. With ShiftNone, a nil calendar or the zero Date, d is
// returned unchanged; so it is when no business day is found within 366 days or before
// the supported range ends.
func Adjust(d Date, c Calendar, s Shift) Date {
	if d == 0 || c == nil || (s != ShiftBefore && s != ShiftAfter) || c.IsBusinessDay(d) {
		return d
	}
	step := Date(1)
	if s == ShiftBefore {
		step = -1
	}
	for i, x := 0, d+step; i < maxAdjustSteps && x >= minDate && x <= maxDate; i, x = i+1, x+step {
		if c.IsBusinessDay(x) {
			return x
		}
	}
	return d
}

// AddBusinessDays returns the n-th business day of c after d (d itself when n is 0): a
// complaint received on a Friday and to be passed on within 1 business day is due on the
// Monday. A nil calendar counts every day; the search stops at the supported range, and
// after 366 days without a business day.
func AddBusinessDays(d Date, n int, c Calendar) Date {
	if d == 0 || n <= 0 {
		return d
	}
	if c == nil {
		c = None()
	}
	x := d
	for gap := 0; n > 0 && gap < maxAdjustSteps && x < maxDate; {
		x++
		if c.IsBusinessDay(x) {
			n, gap = n-1, 0
		} else {
			gap++
		}
	}
	return x
}
