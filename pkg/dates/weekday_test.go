package dates

import (
	"testing"
	"time"
)

// TestParseWeekday: the days a coordinator names by their weekday with an input method,
// and in English, from a pinned today. Weeks start on Monday.
func TestParseWeekday(t *testing.T) {
	wed := MustOf(2026, 12, 2) // a Wednesday
	sun := MustOf(2026, 12, 6) // the Sunday that ends its week
	tests := []struct {
		in    string
		today Date
		dir   Direction
		want  Date
	}{
		{"来週水曜", wed, Future, MustOf(2026, 12, 9)},
		{"来週水曜日", wed, Future, MustOf(2026, 12, 9)},
		{"来週の水曜日", wed, Future, MustOf(2026, 12, 9)},
		{"来週 水曜", wed, Future, MustOf(2026, 12, 9)},
		{"来週水", wed, Future, MustOf(2026, 12, 9)},
		{"来週月曜", wed, Future, MustOf(2026, 12, 7)},
		{"来週日曜", wed, Future, MustOf(2026, 12, 13)},
		{"来週水曜", sun, Future, MustOf(2026, 12, 9)}, // Sunday is the end of this week
		{"今週金曜", wed, Future, MustOf(2026, 12, 4)},
		{"今週金曜日", sun, Future, MustOf(2026, 12, 4)}, // passed: as written
		{"今週月曜", wed, Past, MustOf(2026, 11, 30)},
		{"今週水曜", wed, Future, wed},
		{"再来週月曜", wed, Future, MustOf(2026, 12, 14)},
		{"再来週の金曜", sun, Future, MustOf(2026, 12, 18)},
		{"先週火曜", wed, Past, MustOf(2026, 11, 24)},
		{"先々週木曜", wed, Past, MustOf(2026, 11, 19)},
		{"来週水曜", MustOf(2026, 12, 28), Future, MustOf(2027, 1, 6)}, // across the year
		// a weekday alone: the next one after today, or for what happened the last one
		{"水曜", wed, Future, MustOf(2026, 12, 9)},
		{"水曜日", wed, Future, MustOf(2026, 12, 9)},
		{"金曜", wed, Future, MustOf(2026, 12, 4)},
		{"木曜日", wed, ThisYear, MustOf(2026, 12, 3)},
		{"火曜", wed, Future, MustOf(2026, 12, 8)},
		{"月曜", sun, Future, MustOf(2026, 12, 7)},
		{"火曜", wed, Past, MustOf(2026, 12, 1)},
		{"水曜", wed, Past, MustOf(2026, 11, 25)},
		{"木曜", wed, Past, MustOf(2026, 11, 26)},
		// IME full width, a weekday in parentheses after it
		{"来週　水曜", wed, Future, MustOf(2026, 12, 9)},
		{"来週水曜(水)", wed, Future, MustOf(2026, 12, 9)},
		// English
		{"next wed", wed, Future, MustOf(2026, 12, 9)},
		{"Next Wednesday", wed, Past, MustOf(2026, 12, 9)},
		{"next fri", wed, Future, MustOf(2026, 12, 4)},
		{"friday", wed, Future, MustOf(2026, 12, 4)},
		{"Mon", wed, Future, MustOf(2026, 12, 7)},
		{"mon", wed, Past, MustOf(2026, 11, 30)},
		{"last wed", wed, Future, MustOf(2026, 11, 25)},
		{"ｎｅｘｔ　ｔｈｕ", wed, Future, MustOf(2026, 12, 3)},
		// the other relative words of an input method
		{"今日", wed, Future, wed},
		{"明日", wed, Future, MustOf(2026, 12, 3)},
		{"明後日", wed, Future, MustOf(2026, 12, 4)},
		{"しあさって", wed, Future, MustOf(2026, 12, 5)},
		{"明々後日", wed, Future, MustOf(2026, 12, 5)},
		{"3日後", wed, Future, MustOf(2026, 12, 5)},
		{"２週間後", wed, Future, MustOf(2026, 12, 16)},
		{"1ヶ月後", wed, Future, MustOf(2027, 1, 2)},
		{"tomorrow", wed, Future, MustOf(2026, 12, 3)},
	}
	for _, tt := range tests {
		got, err := ParseIn(tt.in, tt.today, tt.dir)
		if err != nil || got != tt.want {
			t.Errorf("ParseIn(%q, %v, %d) = %v, %v; want %v (%s)", tt.in, tt.today, tt.dir, got, err, tt.want, tt.want.Weekday())
		}
	}
}

// TestParseWeekdayNear: a weekday alone already looks the right way from today, so
// ParseNear takes it as it is (it checks only a month and day without a year).
func TestParseWeekdayNear(t *testing.T) {
	wed := MustOf(2026, 12, 2)
	for _, c := range []struct {
		in   string
		dir  Direction
		want Date
	}{
		{"木曜", Past, MustOf(2026, 11, 26)},
		{"火曜", Future, MustOf(2026, 12, 8)},
		{"来週水曜", Future, MustOf(2026, 12, 9)},
	} {
		if got, err := ParseNear(c.in, wed, c.dir); err != nil || got != c.want {
			t.Errorf("ParseNear(%q, %d) = %v, %v; want %v", c.in, c.dir, got, err, c.want)
		}
	}
}

func TestParseWeekdayErrors(t *testing.T) {
	wed := MustOf(2026, 12, 2)
	for in, want := range map[string]string{
		"水":          "~is not a date", // water, not Wednesday
		"来週":         "~is not a date",
		"来週水曜火曜":     "~is not a date",
		"next":       "~is not a date",
		"next week":  "~is not a date",
		"next 水":     "~is not a date",
		"next wed x": "~is not a date",
		"来週水曜(木)":    `"来週水曜(木)": 2026-12-09 is a Wednesday (水), not a Thursday (木)`,
	} {
		checkParseError(t, in, wed, want)
	}
	checkParseError(t, "来週水曜", 0, `"来週水曜" is relative to today, and today's date is unknown`)
	checkParseError(t, "next wed", MustOf(9999, 12, 30), "~outside the supported dates")
	checkParseError(t, "last wed", MustOf(1, 1, 1), "~outside the supported dates")
	if _, err := Parse("来週木", wed); err != nil {
		t.Errorf("来週木: %v", err)
	}
}

// Every weekday, every today of a week, every direction: the day has the weekday asked,
// a weekday alone lies 1 to 7 days on the side the direction says, and a week word lands
// in the week it names.
func TestWeekdayProperties(t *testing.T) {
	for today := MustOf(2026, 11, 30); today <= MustOf(2026, 12, 6); today++ {
		monday := today.AddDays(-((int(today.Weekday()) + 6) % 7))
		for wd := time.Sunday; wd <= time.Saturday; wd++ {
			name := jaWeekday[wd] + "曜"
			for _, dir := range []Direction{ThisYear, Future, Past} {
				d, err := ParseIn(name, today, dir)
				if err != nil || d.Weekday() != wd {
					t.Fatalf("%s on %v: %v, %v", name, today, d, err)
				}
				if dist := d.Sub(today); dir == Past && (dist < -7 || dist > -1) || dir != Past && (dist < 1 || dist > 7) {
					t.Errorf("%s on %v (dir %d): %v, %d days away", name, today, dir, d, dist)
				}
			}
			for _, w := range weekWords {
				d, err := ParseIn(w.word+name, today, Future)
				if err != nil || d.Weekday() != wd || d.Sub(monday) < 7*w.weeks || d.Sub(monday) >= 7*w.weeks+7 {
					t.Errorf("%s on %v: %v, %v", w.word+name, today, d, err)
				}
			}
		}
	}
}
