package dates

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rickar/cal/v2/jp"
)

func d(y int, m time.Month, day int) Date { return MustOf(y, m, day) }

func TestJapanBusinessDays(t *testing.T) {
	japan := Japan()
	tests := []struct {
		d    Date
		want bool
		name string // HolidayName
	}{
		// Golden Week 2026
		{d(2026, 4, 28), true, ""},
		{d(2026, 4, 29), false, "昭和の日"}, // Wednesday
		{d(2026, 4, 30), true, ""},
		{d(2026, 5, 1), true, ""},
		{d(2026, 5, 2), false, ""},         // Saturday
		{d(2026, 5, 3), false, "憲法記念日"},    // Sunday
		{d(2026, 5, 4), false, "みどりの日"},    // Monday
		{d(2026, 5, 5), false, "こどもの日"},    // Tuesday
		{d(2026, 5, 6), false, "振替休日"},     // Wednesday, for May 3
		{d(2026, 5, 7), true, ""},          // Thursday
		{d(2026, 9, 18), true, ""},         // Friday before the September holidays
		{d(2026, 9, 19), false, ""},        // Saturday
		{d(2026, 9, 20), false, ""},        // Sunday
		{d(2026, 9, 21), false, "敬老の日"},    // Monday
		{d(2026, 9, 22), false, "国民の休日"},   // Tuesday, between two holidays
		{d(2026, 9, 23), false, "秋分の日"},    // Wednesday
		{d(2026, 9, 24), true, ""},         // Thursday
		{d(2026, 1, 9), true, ""},          // Friday before a 3-day weekend
		{d(2026, 1, 12), false, "成人の日"},    // second Monday of January
		{d(2026, 1, 13), true, ""},         // Tuesday
		{d(2026, 12, 31), true, ""},        // Thursday: open unless closed by the company
		{d(2027, 1, 1), false, "元日"},       // Friday
		{d(2027, 1, 4), true, ""},          // Monday
		{d(2026, 2, 23), false, "天皇誕生日"},   // Monday
		{d(2026, 3, 20), false, "春分の日"},    // Friday
		{d(2026, 7, 20), false, "海の日"},     // third Monday of July
		{d(2026, 8, 11), false, "山の日"},     // Tuesday
		{d(2026, 10, 12), false, "スポーツの日"}, // second Monday of October
		{d(2026, 11, 3), false, "文化の日"},    // Tuesday
		{d(2026, 11, 23), false, "勤労感謝の日"}, // Monday
		{d(2028, 2, 29), true, ""},         // Tuesday, leap day
		{d(2025, 2, 24), false, "振替休日"},    // Emperor's Birthday on Sunday
		{d(2025, 11, 24), false, "振替休日"},   // Labour Thanksgiving on Sunday
		{d(2024, 9, 23), false, "振替休日"},    // Autumnal Equinox on Sunday
		{d(2023, 1, 2), false, "振替休日"},     // New Year's Day on Sunday
		{d(2025, 5, 6), false, "振替休日"},     // Greenery Day on Sunday 5/4
		{d(2032, 9, 21), false, "国民の休日"},   // last one the library knows
		{d(2037, 9, 22), false, "国民の休日"},   // the library misses it
		{d(2019, 4, 30), false, "国民の休日"},   // 2019 imperial succession
		{d(2019, 5, 1), false, "天皇の即位の日"},
		{d(2019, 5, 2), false, "国民の休日"},
		{d(2019, 10, 22), false, "即位礼正殿の儀の行われる日"},
		{d(2019, 10, 14), false, "体育の日"},
		{d(2019, 12, 23), true, ""},       // no Emperor's Birthday in 2019
		{d(2020, 7, 24), false, "スポーツの日"}, // Olympic moves
		{d(2020, 8, 10), false, "山の日"},
		{d(2020, 8, 11), true, ""},
		{d(2021, 8, 8), false, "山の日"},
		{d(2021, 8, 9), false, "振替休日"},
		{d(2021, 8, 11), true, ""},
		{d(1900, 1, 1), true, ""}, // outside the supported years
		{d(2200, 1, 1), true, ""}, // outside the supported years (Wednesday)
	}
	for _, tt := range tests {
		if got := japan.IsBusinessDay(tt.d); got != tt.want {
			t.Errorf("Japan().IsBusinessDay(%v %s) = %v, want %v", tt.d, tt.d.Weekday(), got, tt.want)
		}
		if got := HolidayName(tt.d); got != tt.name {
			t.Errorf("HolidayName(%v) = %q, want %q", tt.d, got, tt.name)
		}
	}
	if japan.IsBusinessDay(0) || None().IsBusinessDay(0) || HolidayName(0) != "" {
		t.Error("the zero Date must not be a business day nor a holiday")
	}
}

// Golden list: the Cabinet Office's published holidays for 2026 and 2027.
func TestJapanHolidayLists(t *testing.T) {
	want := map[int]string{
		2026: "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23",
		2027: "01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23",
	}
	for y, list := range want {
		var got []string
		for x := d(y, 1, 1); x <= d(y, 12, 31); x++ {
			if HolidayName(x) != "" {
				got = append(got, x.String()[5:])
			}
		}
		if strings.Join(got, " ") != list {
			t.Errorf("holidays of %d:\n got %s\nwant %s", y, strings.Join(got, " "), list)
		}
	}
}

// Checks the holiday tables against the rules of the Public Holiday Act in every year
// from 2007 to 2150: a public holiday on a Sunday gives a substitute holiday on the
// next day that is not a public holiday, and a day between two public holidays is a
// holiday.
func TestJapanHolidayLaw(t *testing.T) {
	for y := 2007; y <= 2150; y++ {
		m := japanYear(y)
		national := func(x Date) bool {
			n := m[x]
			return n != "" && n != substituteHoliday && n != citizensHoliday
		}
		count := 0
		for x := d(y, 1, 1); x <= d(y, 12, 31); x++ {
			if national(x) {
				count++
			}
			if national(x) && x.Weekday() == time.Sunday {
				s := x + 1
				for national(s) {
					s++
				}
				if m[s] != substituteHoliday {
					t.Errorf("%v is a holiday on a Sunday, but %v is %q, not a substitute holiday", x, s, m[s])
				}
			}
			if m[x] == substituteHoliday {
				p := x - 1
				for national(p) && p.Weekday() != time.Sunday {
					p--
				}
				if !national(p) || p.Weekday() != time.Sunday {
					t.Errorf("%v is a substitute holiday for no Sunday holiday", x)
				}
			}
			between := national(x-1) && national(x+1) && !national(x)
			if between != (m[x] == citizensHoliday) && m[x] != substituteHoliday {
				t.Errorf("%v: between two holidays = %v, but named %q", x, between, m[x])
			}
		}
		if count < 15 || count > 17 {
			t.Errorf("%d has %d public holidays", y, count)
		}
	}
}

// Every holiday of the library has a Japanese name here.
func TestJapaneseNames(t *testing.T) {
	for _, h := range jp.Holidays {
		if jpJapaneseNames.Get()[h] == nil && !jpReplaced.Get()[h] {
			t.Errorf("no Japanese name for %q", h.Name)
		}
	}
	for y := 2000; y <= 2100; y++ {
		for x, name := range japanYear(y) {
			for _, r := range name {
				if r < 0x3000 {
					t.Errorf("%v: name %q is not Japanese", x, name)
					break
				}
			}
		}
	}
}

func TestJapanConcurrent(t *testing.T) {
	japan := Japan()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for y := 2000 + g; y < 2150; y += 8 {
				// Vernal Equinox Day is the rule that writes to shared state in the library.
				_ = japan.IsBusinessDay(d(y, 3, 20))
				_ = HolidayName(d(y, 3, 21))
				_ = Adjust(d(y, 5, 3), japan, ShiftAfter)
			}
		}(g)
	}
	wg.Wait()
	if HolidayName(d(2026, 3, 20)) != "春分の日" {
		t.Error("Vernal Equinox Day 2026 lost")
	}
}

func TestWithClosed(t *testing.T) {
	closures := []Date{d(2026, 12, 29), d(2026, 12, 30), d(2026, 12, 31), d(2027, 1, 2), d(2027, 1, 3), 0}
	c := WithClosed(Japan(), closures)
	closures[0] = d(2026, 12, 1) // copied: later changes have no effect
	tests := []struct {
		d    Date
		want bool
	}{
		{d(2026, 12, 28), true},
		{d(2026, 12, 29), false},
		{d(2026, 12, 31), false},
		{d(2027, 1, 1), false}, // holiday anyway
		{d(2027, 1, 4), true},
		{d(2026, 12, 1), true},
		{d(2026, 5, 6), false}, // Japan's holidays still count
		{0, false},
	}
	for _, tt := range tests {
		if got := c.IsBusinessDay(tt.d); got != tt.want {
			t.Errorf("IsBusinessDay(%v) = %v, want %v", tt.d, got, tt.want)
		}
	}
	if c.Name() != "japan+closed" {
		t.Errorf("Name = %q", c.Name())
	}
	if n := WithClosed(nil, []Date{d(2026, 1, 5)}); n.IsBusinessDay(d(2026, 1, 5)) || !n.IsBusinessDay(d(2026, 1, 4)) {
		t.Error("WithClosed(nil, ...) should close only the given days")
	}
	if got := Adjust(d(2026, 12, 31), c, ShiftBefore); got != d(2026, 12, 28) {
		t.Errorf("Adjust before over the closure = %v", got)
	}
	if got := Adjust(d(2026, 12, 31), c, ShiftAfter); got != d(2027, 1, 4) {
		t.Errorf("Adjust after over the closure = %v", got)
	}
}

func TestShift(t *testing.T) {
	for in, want := range map[string]Shift{
		"before": ShiftBefore, "after": ShiftAfter, "none": ShiftNone, "Before": ShiftBefore, " AFTER ": ShiftAfter,
	} {
		got, err := ParseShift(in)
		if err != nil || got != want {
			t.Errorf("ParseShift(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseShift("later"); err == nil || err.Error() != `"later" is not a shift: use before, after or none` {
		t.Errorf("ParseShift(later) error %v", err)
	}
}

// never is a calendar without business days.
type never struct{}

func (never) IsBusinessDay(Date) bool { return false }
func (never) Name() string            { return "never" }

func TestAdjust(t *testing.T) {
	japan := Japan()
	tests := []struct {
		d     Date
		c     Calendar
		s     Shift
		want  Date
		label string
	}{
		{d(2026, 5, 7), japan, ShiftBefore, d(2026, 5, 7), "business day stays"},
		{d(2026, 5, 7), japan, ShiftAfter, d(2026, 5, 7), "business day stays"},
		{d(2026, 5, 3), japan, ShiftBefore, d(2026, 5, 1), "Golden Week back to Friday"},
		{d(2026, 5, 3), japan, ShiftAfter, d(2026, 5, 7), "Golden Week on to Thursday"},
		{d(2026, 5, 6), japan, ShiftAfter, d(2026, 5, 7), "substitute holiday"},
		{d(2026, 5, 3), japan, ShiftNone, d(2026, 5, 3), "none"},
		{d(2026, 4, 29), japan, ShiftBefore, d(2026, 4, 28), "Showa Day"},
		{d(2026, 9, 19), japan, ShiftBefore, d(2026, 9, 18), "September holidays back"},
		{d(2026, 9, 22), japan, ShiftAfter, d(2026, 9, 24), "September holidays on"},
		{d(2026, 1, 12), japan, ShiftBefore, d(2026, 1, 9), "3-day weekend back"},
		{d(2026, 1, 10), japan, ShiftAfter, d(2026, 1, 13), "3-day weekend on"},
		{d(2027, 1, 1), japan, ShiftBefore, d(2026, 12, 31), "New Year's Day back into the old year"},
		{d(2027, 1, 2), japan, ShiftAfter, d(2027, 1, 4), "New Year weekend"},
		{d(2028, 2, 26), japan, ShiftAfter, d(2028, 2, 28), "Saturday to Monday"},
		{d(2026, 5, 3), None(), ShiftBefore, d(2026, 5, 3), "no calendar"},
		{d(2026, 5, 3), nil, ShiftBefore, d(2026, 5, 3), "nil calendar"},
		{d(2026, 5, 3), japan, Shift(42), d(2026, 5, 3), "unknown shift"},
		{0, japan, ShiftAfter, 0, "zero date"},
		{d(2026, 5, 3), never{}, ShiftAfter, d(2026, 5, 3), "no business day at all"},
		{d(2026, 5, 3), never{}, ShiftBefore, d(2026, 5, 3), "no business day at all"},
		{maxDate, never{}, ShiftAfter, maxDate, "end of range"},
		{minDate, never{}, ShiftBefore, minDate, "start of range"},
		{d(9999, 12, 31), japan, ShiftAfter, d(9999, 12, 31), "Friday 9999-12-31 is open"},
	}
	for _, tt := range tests {
		if got := Adjust(tt.d, tt.c, tt.s); got != tt.want {
			t.Errorf("%s: Adjust(%v, shift %d) = %v, want %v", tt.label, tt.d, tt.s, got, tt.want)
		}
	}
}

func TestAdjustBounded(t *testing.T) {
	calls := 0
	c := counting{f: func(Date) bool { calls++; return false }}
	Adjust(d(2026, 1, 1), c, ShiftAfter)
	if calls > maxAdjustSteps+1 {
		t.Errorf("Adjust asked the calendar %d times", calls)
	}
}

type counting struct{ f func(Date) bool }

func (c counting) IsBusinessDay(d Date) bool { return c.f(d) }
func (counting) Name() string                { return "counting" }

func BenchmarkJapanIsBusinessDay(b *testing.B) {
	japan := Japan()
	x := d(2026, 1, 1)
	for i := 0; i < b.N; i++ {
		japan.IsBusinessDay(x + Date(i%730))
	}
}

func TestWithYearlyClosed(t *testing.T) {
	yearEnd := WithYearlyClosed(None(), MonthDay{12, 29}, MonthDay{1, 3})
	obon := WithYearlyClosed(Japan(), MonthDay{8, 13}, MonthDay{8, 16})
	tests := []struct {
		c    Calendar
		d    Date
		want bool
	}{
		{yearEnd, d(2026, 12, 28), true},
		{yearEnd, d(2026, 12, 29), false},
		{yearEnd, d(2026, 12, 31), false},
		{yearEnd, d(2027, 1, 1), false},
		{yearEnd, d(2027, 1, 3), false},
		{yearEnd, d(2027, 1, 4), true},
		{yearEnd, d(2027, 6, 1), true},
		{obon, d(2026, 8, 12), true},
		{obon, d(2026, 8, 13), false},
		{obon, d(2026, 8, 14), false},
		{obon, d(2026, 8, 17), true},
		{obon, d(2026, 8, 11), false}, // 山の日
		{obon, d(2026, 8, 1), false},  // Saturday
	}
	for _, tt := range tests {
		if got := tt.c.IsBusinessDay(tt.d); got != tt.want {
			t.Errorf("%s.IsBusinessDay(%v) = %v, want %v", tt.c.Name(), tt.d, got, tt.want)
		}
	}
	if yearEnd.Name() != "none+closed" {
		t.Errorf("Name = %q", yearEnd.Name())
	}
}

func TestParseMonthDay(t *testing.T) {
	for in, want := range map[string]MonthDay{
		"12/29": {12, 29}, "12-29": {12, 29}, "1/3": {1, 3}, "01-03": {1, 3}, "12月29日": {12, 29},
		"１２／２９": {12, 29}, "2/29": {2, 29},
	} {
		got, err := ParseMonthDay(in)
		if err != nil || got != want {
			t.Errorf("ParseMonthDay(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, wantErr := range map[string]string{
		"13/1":       `"13/1" is not a real day of the year (there is no month 13)`,
		"2/30":       `"2/30" is not a real day of the year (February has 29 days)`,
		"4/0":        `"4/0" is not a real day of the year (April has 30 days)`,
		"2026-12-29": `"2026-12-29" is not a month and day such as 12/29 or 12月29日`,
		"":           "is not a month and day",
		"12/29/":     "is not a month and day",
	} {
		_, err := ParseMonthDay(in)
		if err == nil || !strings.HasPrefix(err.Error(), wantErr) && !strings.Contains(err.Error(), wantErr) {
			t.Errorf("ParseMonthDay(%q) error %v, want %q", in, err, wantErr)
		}
	}
}

func TestAddBusinessDays(t *testing.T) {
	jp := Japan()
	for _, c := range []struct {
		from string
		n    int
		want string
	}{
		{"2026-12-04", 1, "2026-12-07"}, // Friday: the Monday
		{"2026-12-07", 1, "2026-12-08"},
		{"2026-12-05", 1, "2026-12-07"}, // Saturday: the Monday
		{"2026-12-07", 0, "2026-12-07"},
		{"2026-04-28", 3, "2026-05-07"}, // Showa Day week and Golden Week
		{"2026-12-04", 5, "2026-12-11"},
	} {
		if got := AddBusinessDays(iso(t, c.from), c.n, jp); got.String() != c.want {
			t.Errorf("AddBusinessDays(%s, %d) = %s, want %s", c.from, c.n, got, c.want)
		}
	}
	if got := AddBusinessDays(iso(t, "2026-12-05"), 2, nil); got.String() != "2026-12-07" {
		t.Errorf("without a calendar: %s", got)
	}
}

func iso(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseISO(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
