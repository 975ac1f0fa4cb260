package dates

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/textfold"
)

func TestParse(t *testing.T) {
	today := MustOf(2026, 1, 31) // a Saturday, end of a 31-day month
	tests := []struct {
		in   string
		want Date
	}{
		// absolute, ASCII
		{"2026-12-05", MustOf(2026, 12, 5)},
		{"2026-1-5", MustOf(2026, 1, 5)},
		{"2026/12/5", MustOf(2026, 12, 5)},
		{"2026/01/05", MustOf(2026, 1, 5)},
		{"2026.12.5", MustOf(2026, 12, 5)},
		{"2028-02-29", MustOf(2028, 2, 29)},
		{"0001-01-01", MustOf(1, 1, 1)},
		{"9999-12-31", MustOf(9999, 12, 31)},
		{"  2026-12-05  ", MustOf(2026, 12, 5)},
		// absolute, IME
		{"２０２６－１２－０５", MustOf(2026, 12, 5)},
		{"２０２６ー１２ー０５", MustOf(2026, 12, 5)},
		{"２０２６／１２／５", MustOf(2026, 12, 5)},
		{"２０２６．１２．５", MustOf(2026, 12, 5)},
		{"2026‐12‐05", MustOf(2026, 12, 5)},
		{"\u30002026/12/5\u3000", MustOf(2026, 12, 5)},
		{"2026年12月5日", MustOf(2026, 12, 5)},
		{"２０２６年１２月５日", MustOf(2026, 12, 5)},
		{"2026年 12月 5日", MustOf(2026, 12, 5)},
		{"2026 年 12 月 5 日", MustOf(2026, 12, 5)},
		{"2026年\u300012月\u30005日", MustOf(2026, 12, 5)},
		{"2026年01月05日", MustOf(2026, 1, 5)},
		// this year (today's year, even when already past)
		{"12月5日", MustOf(2026, 12, 5)},
		{"1月5日", MustOf(2026, 1, 5)},
		{"１２月５日", MustOf(2026, 12, 5)},
		{"12/5", MustOf(2026, 12, 5)},
		{"1/5", MustOf(2026, 1, 5)},
		// with a weekday
		{"2026/12/5(土)", MustOf(2026, 12, 5)},
		{"2026/12/5 (土曜日)", MustOf(2026, 12, 5)},
		{"12月5日（土）", MustOf(2026, 12, 5)},
		{"2026-12-05 (Sat)", MustOf(2026, 12, 5)},
		{"2026-12-05 (saturday)", MustOf(2026, 12, 5)},
		{"2026-12-03 (Thurs)", MustOf(2026, 12, 3)},
		{"明日(日)", MustOf(2026, 2, 1)},
		// words
		{"today", today},
		{"Today", today},
		{"TOMORROW", MustOf(2026, 2, 1)},
		{"yesterday", MustOf(2026, 1, 30)},
		{"ｔｏｄａｙ", today},
		{"今日", today},
		{"きょう", today},
		{"本日", today},
		{"明日", MustOf(2026, 2, 1)},
		{"あした", MustOf(2026, 2, 1)},
		{"あす", MustOf(2026, 2, 1)},
		{"昨日", MustOf(2026, 1, 30)},
		{"きのう", MustOf(2026, 1, 30)},
		{"明後日", MustOf(2026, 2, 2)},
		{"あさって", MustOf(2026, 2, 2)},
		{"一昨日", MustOf(2026, 1, 29)},
		{"おととい", MustOf(2026, 1, 29)},
		// spans from today
		{"+3d", MustOf(2026, 2, 3)},
		{"3d", MustOf(2026, 2, 3)},
		{"0d", today},
		{"2w", MustOf(2026, 2, 14)},
		{"-1w", MustOf(2026, 1, 24)},
		{"1m", MustOf(2026, 2, 28)}, // clamped
		{"-2m", MustOf(2025, 11, 30)},
		{"1y", MustOf(2027, 1, 31)},
		{"1m1d", MustOf(2026, 3, 1)},
		{"＋３ｄ", MustOf(2026, 2, 3)},
		{"ー１ｗ", MustOf(2026, 1, 24)},
		{"+10日", MustOf(2026, 2, 10)},
		{"-10日", MustOf(2026, 1, 21)},
		{"10日間", MustOf(2026, 2, 10)},
		{"2週間", MustOf(2026, 2, 14)},
		{"1ヶ月", MustOf(2026, 2, 28)},
		{"1か月", MustOf(2026, 2, 28)},
		{"1ヵ月", MustOf(2026, 2, 28)},
		{"1カ月", MustOf(2026, 2, 28)},
		{"1年", MustOf(2027, 1, 31)},
		{"3日後", MustOf(2026, 2, 3)},
		{"3日 後", MustOf(2026, 2, 3)},
		{"2週間前", MustOf(2026, 1, 17)},
		{"1ヶ月後", MustOf(2026, 2, 28)},
		{"１年前", MustOf(2025, 1, 31)},
		{"3d後", MustOf(2026, 2, 3)},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, today)
		if err != nil || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseLeapYearToday(t *testing.T) {
	today := MustOf(2028, 1, 31)
	for in, want := range map[string]Date{
		"1m":     MustOf(2028, 2, 29),
		"2/29":   MustOf(2028, 2, 29),
		"2月29日":  MustOf(2028, 2, 29),
		"1y1m":   MustOf(2029, 2, 28),
		"-1y11m": MustOf(2026, 2, 28),
	} {
		got, err := Parse(in, today)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	today := MustOf(2026, 1, 31)
	tests := []struct {
		in      string
		today   Date
		wantErr string // exact message, or a part of it when prefixed by "~"
	}{
		{"2026-02-30", today, `"2026-02-30" is not a real calendar date (February 2026 has 28 days)`},
		{"2026-13-01", today, `"2026-13-01" is not a real calendar date (there is no month 13)`},
		{"2026-00-10", today, `"2026-00-10" is not a real calendar date (there is no month 0)`},
		{"2026-01-00", today, `"2026-01-00" is not a real calendar date (there is no day 0)`},
		{"2026-04-31", today, `"2026-04-31" is not a real calendar date (April 2026 has 30 days)`},
		{"2026-02-29", today, `"2026-02-29" is not a real calendar date (February 2026 has 28 days)`},
		{"0000-01-01", today, `"0000-01-01" is not a real calendar date (years run from 0001 to 9999)`},
		{"２０２６年２月３０日", today, `"２０２６年２月３０日" is not a real calendar date (February 2026 has 28 days)`},
		{"2月29日", today, `"2月29日" is not a real calendar date (February 2026 has 28 days)`},
		{"13/1", today, `"13/1" is not a real calendar date (there is no month 13)`},
		{"2026-12-05(金)", today, `"2026-12-05(金)": 2026-12-05 is a Saturday (土), not a Friday (金)`},
		{"", today, "no date given: use 2026-12-05"},
		{"\u3000", today, "no date given"},
		{"foo", today, `"foo" is not a date: use 2026-12-05 (or 2026/12/5, 2026.12.5), 2026年12月5日, ` +
			`令和8年12月5日 (or R8.12.5), 12/5 or 12月5日, today, tomorrow, yesterday, 明日, ` +
			`a weekday such as 水曜, 来週水曜, 今週金曜, next wed, or a span from today such as +3d, -1w, 1m, 3日後`},
		{"3", today, `"3" is not a date: add a unit to count from today (3d, 3w, 3m, 3y) or write a full date such as 2026-12-05`},
		{"10日", today, `"10日" is ambiguous: write +10日 or 10日後 for 10 days from today, or a full date such as 2026年1月10日`},
		{"１０日", today, `"１０日" is ambiguous: write +10日`},
		{"26-1-5", today, "~is not a date"},
		{"2026-1/5", today, "~is not a date"},
		{"2026-001-05", today, "~is not a date"},
		{"20260105", today, "~is not a date"},
		{"2026年12月5", today, "~is not a date"},
		{"2026-12-05T10:00", today, "~is not a date"},
		{"+3日後", today, "~is not a date"},
		{"後", today, "~is not a date"},
		{"(土)", today, "~is not a date"},
		{"2026-12-05()", today, "~is not a date"},
		{"1月", today, "~is not a date"},
		{"next month", today, "~is not a date"},
		{"friday 13", today, "~is not a date"},
		{"99999999d", today, `"99999999d" is too large a span (at most 10000 years)`},
		{"+10000y", today, `"+10000y" is outside the supported dates (0001-01-01 to 9999-12-31)`},
		{"-3000y", today, `"-3000y" is outside the supported dates`},
		{"today", 0, `"today" is relative to today, and today's date is unknown`},
		{"3d", 0, "~today's date is unknown"},
		{"12/5", 0, `"12/5" has no year and today's date is unknown`},
		{strings.Repeat("x", 100), today, `"` + strings.Repeat("x", 40) + `…" is not a date`},
		{"2026\x00-01-01", today, `"2026\x00-01-01" is not a date`},
	}
	for _, tt := range tests {
		checkParseError(t, tt.in, tt.today, tt.wantErr)
	}
}

// checkParseError fails unless Parse(in, today) fails with an error that starts with want,
// or contains it when want starts with "~".
func checkParseError(t *testing.T, in string, today Date, want string) {
	t.Helper()
	got, err := Parse(in, today)
	if err == nil {
		t.Errorf("Parse(%q) = %v, want an error", in, got)
		return
	}
	if got != 0 {
		t.Errorf("Parse(%q) returned %v along with an error", in, got)
	}
	msg := err.Error()
	if sub, ok := strings.CutPrefix(want, "~"); ok {
		if !strings.Contains(msg, sub) {
			t.Errorf("Parse(%q) error %q, want it to contain %q", in, msg, sub)
		}
	} else if !strings.HasPrefix(msg, want) {
		t.Errorf("Parse(%q) error\n  %q\nwant\n  %q", in, msg, want)
	}
}

// The absolute forms do not need today.
func TestParseWithoutToday(t *testing.T) {
	for _, in := range []string{"2026-12-05", "2026/12/5", "2026年12月5日", "2026-12-05(土)"} {
		if got, err := Parse(in, 0); err != nil || got != MustOf(2026, 12, 5) {
			t.Errorf("Parse(%q, 0) = %v, %v", in, got, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"2026-12-05", "2026/1/5", "2026.12.5", "２０２６ー１２ー０５", "2026年12月5日", "12月5日", "12/5",
		"2026-02-30", "2026-13-01", "today", "Tomorrow", "明日", "+3d", "-1w", "1m", "1y", "+10日", "10日",
		"3日後", "2週間前", "2026/12/5(土)", "12月5日（金）", "7", "", "\u3000", "+10000y", "1m-3d",
		"令和8年12月1日", "令和元年5月1日", "R8.12.1", "r8/12/1", "H31.4.30", "H31.5.1", "S64.1.7",
		"Ｒ８．１２．１", "㋿8年12月1日", "T1.7.29", "R0.1.1", "2/29", "1/5(火)",
		"来週水曜", "来週の水曜日", "今週金曜", "再来週月曜", "先週火曜", "水曜", "水曜日", "水",
		"来週水曜(水)", "来週水", "明後日", "しあさって", "1ヶ月後", "2週間後", "next wed",
		"last friday", "wed", "来週",
	} {
		f.Add(s, int32(MustOf(2026, 1, 31)), uint8(ThisYear))
		f.Add(s, int32(MustOf(2026, 12, 28)), uint8(Future))
	}
	f.Add("today", int32(0), uint8(Past))
	f.Add("1d", int32(maxDate), uint8(Future))
	f.Add("-1d", int32(minDate), uint8(Past))
	f.Add("12/31", int32(minDate), uint8(Past))
	f.Add("1/1", int32(maxDate), uint8(Future))
	f.Fuzz(func(t *testing.T, s string, todayRaw int32, dirRaw uint8) {
		today := Date(todayRaw)
		if today < 0 || today > maxDate {
			today = 0 // the caller always passes a real date or none
		}
		dir := Direction(dirRaw % 3)
		d, err := ParseIn(s, today, dir)
		if err != nil {
			if d != 0 {
				t.Fatalf("ParseIn(%q) returned %v with error %v", s, d, err)
			}
			if msg := err.Error(); msg == "" || !utf8.ValidString(msg) {
				t.Fatalf("ParseIn(%q): bad error message %q", s, msg)
			}
			return
		}
		if d < minDate || d > maxDate {
			t.Fatalf("ParseIn(%q, %v) = out-of-range %d", s, today, d)
		}
		// What String prints, Parse reads back the same.
		if back, err := Parse(d.String(), today); err != nil || back != d {
			t.Fatalf("ParseIn(%q) = %v, but Parse(%q) = %v, %v", s, d, d.String(), back, err)
		}
		// And so does the 和暦 form.
		if w, ok := d.Wareki(); ok {
			if back, err := Parse(w, today); err != nil || back != d {
				t.Fatalf("ParseIn(%q) = %v, but Parse(%q) = %v, %v", s, d, w, back, err)
			}
		}
		// A day named by its weekday has that weekday.
		body, _, _ := cutWeekday(textfold.Input(s))
		if _, _, wd, ok := scanJaWeekday(body); ok && d.Weekday() != wd {
			t.Fatalf("ParseIn(%q, %v) = %v, a %s", s, today, d, d.Weekday())
		}
		if _, _, wd, ok := scanEnWeekday(strings.ToLower(body)); ok && d.Weekday() != wd {
			t.Fatalf("ParseIn(%q, %v) = %v, a %s", s, today, d, d.Weekday())
		}
		// A month and day without a year lands on the side of today the direction says.
		if _, _, ok := scanMD(textfold.Input(s)); ok && today != 0 {
			if dir == Future && d < today || dir == Past && d > today {
				t.Fatalf("ParseIn(%q, %v, %d) = %v, on the wrong side of today", s, today, dir, d)
			}
		}
	})
}
