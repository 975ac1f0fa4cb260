package dates

import (
	"testing"
	"time"
)

func TestParseWareki(t *testing.T) {
	today := MustOf(2026, 1, 31)
	tests := []struct {
		in   string
		want Date
	}{
		{"令和8年12月1日", MustOf(2026, 12, 1)},
		{"令和元年5月1日", MustOf(2019, 5, 1)},
		{"令和1年5月1日", MustOf(2019, 5, 1)},
		{"令和 8 年 12 月 1 日", MustOf(2026, 12, 1)},
		{"令和８年１２月１日", MustOf(2026, 12, 1)},
		{"令和8/12/1", MustOf(2026, 12, 1)},
		{"R8.12.1", MustOf(2026, 12, 1)},
		{"R8/12/1", MustOf(2026, 12, 1)},
		{"R8-12-1", MustOf(2026, 12, 1)},
		{"R08.12.01", MustOf(2026, 12, 1)},
		{"r8.12.1", MustOf(2026, 12, 1)},
		{"Ｒ８．１２．１", MustOf(2026, 12, 1)},
		{"ｒ８／１２／１", MustOf(2026, 12, 1)},
		{"R8年12月1日", MustOf(2026, 12, 1)},
		{"R元.5.1", MustOf(2019, 5, 1)},
		{"㋿8年12月1日", MustOf(2026, 12, 1)},
		{"令和8年12月1日(火)", MustOf(2026, 12, 1)},
		{"R8.12.1 (Tue)", MustOf(2026, 12, 1)},
		// the ends of the eras, exactly
		{"H31.4.30", MustOf(2019, 4, 30)},
		{"平成31年4月30日", MustOf(2019, 4, 30)},
		{"平成元年1月8日", MustOf(1989, 1, 8)},
		{"H1.1.8", MustOf(1989, 1, 8)},
		{"㍻31年4月30日", MustOf(2019, 4, 30)},
		{"S64.1.7", MustOf(1989, 1, 7)},
		{"昭和64年1月7日", MustOf(1989, 1, 7)},
		{"昭和元年12月25日", MustOf(1926, 12, 25)},
		{"s50.4.1", MustOf(1975, 4, 1)},
		{"大正15年12月24日", MustOf(1926, 12, 24)},
		{"T1.7.30", MustOf(1912, 7, 30)},
		{"H12.2.29", MustOf(2000, 2, 29)},
		{"令和108年1月31日", MustOf(2126, 1, 31)},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, today)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseWarekiErrors(t *testing.T) {
	today := MustOf(2026, 1, 31)
	tests := []struct{ in, want string }{
		{"平成31年5月1日", "平成31年5月1日 does not exist: 平成 ended on 2019-04-30 (令和元年5月1日 is 2019-05-01)"},
		{"H31.5.1", `"H31.5.1" (平成31年5月1日) does not exist: 平成 ended on 2019-04-30 (令和元年5月1日 is 2019-05-01)`},
		{"H32.1.1", `"H32.1.1" (平成32年1月1日) does not exist: 平成 ended on 2019-04-30 (令和2年1月1日 is 2020-01-01)`},
		{"R1.4.30", `"R1.4.30" (令和元年4月30日) does not exist: 令和 began on 2019-05-01 (平成31年4月30日 is 2019-04-30)`},
		{"令和元年4月30日", "令和元年4月30日 does not exist: 令和 began on 2019-05-01 (平成31年4月30日 is 2019-04-30)"},
		{"S64.1.8", `"S64.1.8" (昭和64年1月8日) does not exist: 昭和 ended on 1989-01-07 (平成元年1月8日 is 1989-01-08)`},
		{"平成元年1月7日", "平成元年1月7日 does not exist: 平成 began on 1989-01-08 (昭和64年1月7日 is 1989-01-07)"},
		{"昭和元年12月24日", "昭和元年12月24日 does not exist: 昭和 began on 1926-12-25 (大正15年12月24日 is 1926-12-24)"},
		{"T1.7.29", `"T1.7.29" (大正元年7月29日) does not exist: 大正 began on 1912-07-30`},
		{"R0.5.1", `"R0.5.1" (令和0年5月1日) is not a date: the years of an era count from 1 (令和元年)`},
		{"令和8年2月29日", `"令和8年2月29日" is not a real calendar date (February 2026 has 28 days)`},
		{"R8.13.1", `"R8.13.1" is not a real calendar date (there is no month 13)`},
		{"R8.12/1", "~is not a date"},
		{"R8", "~is not a date"},
		{"R10000.1.1", "~is not a date"},
		{"H100.1.1", "~平成 ended on 2019-04-30 (令和70年1月1日 is 2088-01-01)"},
		{"X8.12.1", "~is not a date"},
	}
	for _, tt := range tests {
		checkParseError(t, tt.in, today, tt.want)
	}
}

func TestWareki(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{MustOf(2026, 12, 1), "令和8年12月1日"},
		{MustOf(2019, 5, 1), "令和元年5月1日"},
		{MustOf(2019, 4, 30), "平成31年4月30日"},
		{MustOf(1989, 1, 8), "平成元年1月8日"},
		{MustOf(1989, 1, 7), "昭和64年1月7日"},
		{MustOf(1926, 12, 25), "昭和元年12月25日"},
		{MustOf(1926, 12, 24), "大正15年12月24日"},
		{MustOf(1912, 7, 30), "大正元年7月30日"},
	}
	for _, tt := range tests {
		got, ok := tt.d.Wareki()
		if !ok || got != tt.want {
			t.Errorf("%v.Wareki() = %q, %v; want %q", tt.d, got, ok, tt.want)
		}
		if back, err := Parse(got, 0); err != nil || back != tt.d {
			t.Errorf("Parse(%q) = %v, %v; want %v", got, back, err, tt.d)
		}
	}
	for _, d := range []Date{0, MustOf(1912, 7, 29), MustOf(1, 1, 1)} {
		if got, ok := d.Wareki(); ok || got != "" {
			t.Errorf("%v.Wareki() = %q, %v; want none", d, got, ok)
		}
	}
}

// Every day from the first of 大正 to 2100 reads back from its 和暦 form, and the era
// changes exactly on the days the table says.
func TestWarekiRoundTripEveryDay(t *testing.T) {
	prev := ""
	changes := 0
	for d := MustOf(1912, 7, 30); d <= MustOf(2100, 12, 31); d++ {
		w, ok := d.Wareki()
		if !ok {
			t.Fatalf("%v has no 和暦", d)
		}
		if back, err := Parse(w, 0); err != nil || back != d {
			t.Fatalf("Parse(%q) = %v, %v; want %v", w, back, err, d)
		}
		era := w[:len("令和")]
		if era != prev {
			changes++
			if y, m, day := d.YMD(); prev != "" && !(y == 1926 && m == time.December && day == 25 ||
				y == 1989 && m == time.January && day == 8 || y == 2019 && m == time.May && day == 1) {
				t.Errorf("era changes to %s on %v", era, d)
			}
			prev = era
		}
	}
	if changes != 4 {
		t.Errorf("%d eras, want 4", changes)
	}
}

func TestParseInDirection(t *testing.T) {
	tests := []struct {
		in    string
		today Date
		dir   Direction
		want  Date
	}{
		// across the year boundary
		{"1/5", MustOf(2026, 12, 28), Future, MustOf(2027, 1, 5)},
		{"1/5", MustOf(2026, 12, 28), Past, MustOf(2026, 1, 5)},
		{"1/5", MustOf(2026, 12, 28), ThisYear, MustOf(2026, 1, 5)},
		{"12/28", MustOf(2027, 1, 3), Past, MustOf(2026, 12, 28)},
		{"12/28", MustOf(2027, 1, 3), Future, MustOf(2027, 12, 28)},
		{"12/28", MustOf(2027, 1, 3), ThisYear, MustOf(2027, 12, 28)},
		{"12月28日", MustOf(2027, 1, 3), Past, MustOf(2026, 12, 28)},
		{"１月５日", MustOf(2026, 12, 28), Future, MustOf(2027, 1, 5)},
		// today counts in both directions
		{"12/28", MustOf(2026, 12, 28), Future, MustOf(2026, 12, 28)},
		{"12/28", MustOf(2026, 12, 28), Past, MustOf(2026, 12, 28)},
		// February 29: the nearest one that exists
		{"2/29", MustOf(2026, 3, 1), Future, MustOf(2028, 2, 29)},
		{"2/29", MustOf(2026, 3, 1), Past, MustOf(2024, 2, 29)},
		{"2/29", MustOf(2028, 2, 29), Past, MustOf(2028, 2, 29)},
		{"2/29", MustOf(2097, 3, 1), Future, MustOf(2104, 2, 29)}, // 2100 is no leap year
		// a weekday is checked against the day found
		{"1/5(火)", MustOf(2026, 12, 28), Future, MustOf(2027, 1, 5)},
		// other forms do not depend on the direction
		{"2026-01-05", MustOf(2026, 12, 28), Future, MustOf(2026, 1, 5)},
		{"R9.1.5", MustOf(2026, 12, 28), Past, MustOf(2027, 1, 5)},
		{"tomorrow", MustOf(2026, 12, 28), Past, MustOf(2026, 12, 29)},
		{"2w", MustOf(2026, 12, 28), Past, MustOf(2027, 1, 11)},
	}
	for _, tt := range tests {
		got, err := ParseIn(tt.in, tt.today, tt.dir)
		if err != nil || got != tt.want {
			t.Errorf("ParseIn(%q, %v, %d) = %v, %v; want %v", tt.in, tt.today, tt.dir, got, err, tt.want)
		}
	}
	for _, tt := range []struct {
		in    string
		today Date
		dir   Direction
		want  string
	}{
		{"2/30", MustOf(2026, 12, 28), Future, `"2/30" is not a real calendar date (February 2026 has 28 days)`},
		{"1/5(月)", MustOf(2026, 12, 28), Future, `"1/5(月)": 2027-01-05 is a Tuesday (火), not a Monday (月)`},
		{"1/5", MustOf(9999, 12, 28), Future, `"1/5" is outside the supported dates (0001-01-01 to 9999-12-31)`},
		{"12/31", MustOf(1, 1, 3), Past, `"12/31" is outside the supported dates (0001-01-01 to 9999-12-31)`},
		{"12/5", 0, Future, `"12/5" has no year and today's date is unknown`},
	} {
		_, err := ParseIn(tt.in, tt.today, tt.dir)
		if err == nil || err.Error() != tt.want {
			t.Errorf("ParseIn(%q, %v, %d) error %v, want %q", tt.in, tt.today, tt.dir, err, tt.want)
		}
	}
}
