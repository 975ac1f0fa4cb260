package dates

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Days named by their weekday, as a coordinator types them with an input method
// (来週水曜, 今週金曜日, 再来週の月曜, 水曜) or in English (next wed, friday).

// weekWords are the words for a week that may stand before a weekday, with how many weeks
// from this one they are. Weeks start on Monday, as calendars at work count them: on
// Sunday 2026-12-06, 今週金曜 is 2026-12-04 and 来週水曜 2026-12-09.
var weekWords = [...]struct {
	word  string
	weeks int
}{
	{"再来週", 2}, {"来週", 1}, {"今週", 0}, {"先週", -1}, {"先々週", -2}, {"先先週", -2},
}

// weekdayDate reads n (textfold.Input of what was typed) as a day named by its weekday,
// and reports false when it is not one:
//
//   - a week word then a weekday: 来週水曜, 来週の水曜日, 来週水, 今週金曜, 再来週月曜,
//     先週火曜, 先々週木曜: that weekday of the week (Monday to Sunday) so many weeks
//     from today's, whether or not it has passed (今週月曜 on a Friday is four days ago);
//   - a weekday alone, 水曜 or 水曜日 (not 水, which is also water), or in English wed or
//     wednesday: the next such day after today for a date that is planned (Future, and
//     ThisYear), the last one before today for a date that happened (Past); today itself
//     is 今日 / today;
//   - next wed, next wednesday: the next such day after today; last wed: the last one
//     before today, whatever the direction.
func weekdayDate(orig, n string, today Date, dir Direction) (Date, bool, error) {
	weeks, inWeek, wd, ok := scanJaWeekday(n)
	if !ok {
		weeks, inWeek, wd, ok = scanEnWeekday(strings.ToLower(n))
	}
	if !ok {
		return 0, false, nil
	}
	if !inWeek && weeks == 0 { // a weekday alone
		weeks = 1
		if dir == Past {
			weeks = -1
		}
	}
	if today == 0 {
		d, err := relative(orig, 0, Span{})
		return d, true, err
	}
	var off int
	switch {
	case inWeek:
		monday := -((int(today.Weekday()) + 6) % 7)
		off = monday + 7*weeks + (int(wd)+6)%7
	case weeks < 0:
		off = -((int(today.Weekday())-int(wd)+6)%7 + 1)
	default:
		off = (int(wd)-int(today.Weekday())+6)%7 + 1
	}
	d, err := relative(orig, today, Span{Days: off})
	return d, true, err
}

// scanJaWeekday reads 来週水曜 and 水曜日 (see weekdayDate): weeks is the week's distance
// from this one when inWeek, 0 for a weekday alone.
func scanJaWeekday(n string) (weeks int, inWeek bool, wd time.Weekday, ok bool) {
	s := n
	for _, w := range weekWords {
		if rest, found := strings.CutPrefix(s, w.word); found {
			s, weeks, inWeek = strings.TrimLeft(rest, " "), w.weeks, true
			s = strings.TrimLeft(strings.TrimPrefix(s, "の"), " ")
			break
		}
	}
	r, size := utf8.DecodeRuneInString(s)
	day := -1
	for i, k := range jaWeekday {
		if k == string(r) {
			day = i
		}
	}
	if day < 0 {
		return 0, false, 0, false
	}
	switch s[size:] {
	case "曜", "曜日":
	case "":
		if !inWeek {
			return 0, false, 0, false // 水 alone is not a day
		}
	default:
		return 0, false, 0, false
	}
	return weeks, inWeek, time.Weekday(day), true
}

// scanEnWeekday reads wed, wednesday, next wed and last wed (lower-cased): weeks is 1 for
// next, -1 for last, 0 for a weekday alone.
func scanEnWeekday(s string) (weeks int, inWeek bool, wd time.Weekday, ok bool) {
	words := strings.Fields(s)
	switch {
	case len(words) == 2 && words[0] == "next":
		weeks = 1
	case len(words) == 2 && words[0] == "last":
		weeks = -1
	case len(words) != 1:
		return 0, false, 0, false
	}
	w := words[len(words)-1]
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return 0, false, 0, false // the table also holds the kanji
	}
	wd, ok = weekdayWords.Get()[w]
	return weeks, false, wd, ok
}
