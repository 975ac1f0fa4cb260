package importer

import (
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
)

// someDay stands for today when a date is read a second time to tell a date without a year
// (or one relative to today) from one that is not a date at all.
var someDay = dates.MustOf(2000, 1, 1)

// readDate reads a date as an office writes it in a list or a note: every form dates.Parse
// reads (2026-12-01, 2026/12/1, 2026年12月1日, 令和8年12月1日, R8.12.1, full-width digits),
// followed or not by a time of day as spreadsheets and note tools add it (2026/12/1 0:00,
// 2026-12-01T10:00:00+09:00), which is dropped: the date is the one written. A date
// without its year and words relative to today (today, +3d) are refused: a file is read
// on another day than it was written.
func readDate(s string) (dates.Date, *i18n.Message) {
	s = cutTimeOfDay(strings.TrimSpace(s))
	d, err := dates.Parse(s, 0)
	if err == nil {
		return d, nil
	}
	if _, e2 := dates.Parse(s, someDay); e2 == nil {
		return 0, i18n.Msg("import.dateyear", s)
	}
	if isDigits(s) && len(s) == 8 {
		return 0, i18n.Msg("import.datecompact", s, s[:4]+"-"+s[4:6]+"-"+s[6:])
	}
	if isDigits(s) && len(s) >= 4 && len(s) <= 6 {
		return 0, i18n.Msg("import.dateserial", s)
	}
	return 0, i18n.Msg("import.date", err)
}

// cutTimeOfDay drops a time of day after a date: " 0:00", " 10:30:00", "T10:00:00Z",
// "T10:00:00.000+09:00". Anything else after the date is left for the date parser to refuse.
func cutTimeOfDay(s string) string {
	i := strings.LastIndexAny(s, " T")
	if i <= 0 || !isTimeOfDay(s[i+1:]) {
		return s
	}
	return strings.TrimRight(s[:i], " ")
}

// isTimeOfDay reports whether s is H:MM, H:MM:SS or H:MM:SS.fff, then optionally Z or an
// offset ±HH:MM / ±HHMM.
func isTimeOfDay(s string) bool {
	if z, ok := strings.CutSuffix(s, "Z"); ok {
		s = z
	} else if i := strings.LastIndexAny(s, "+-"); i > 0 {
		off := strings.Replace(s[i+1:], ":", "", 1)
		if len(off) != 4 || !isDigits(off) {
			return false
		}
		s = s[:i]
	}
	if whole, frac, ok := strings.Cut(s, "."); ok {
		if !isDigits(frac) {
			return false
		}
		s = whole
	}
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 || len(parts[0]) < 1 || len(parts[0]) > 2 {
		return false
	}
	limits := [3]int{23, 59, 60} // 60: a leap second
	for i, p := range parts {
		if !isDigits(p) || i > 0 && len(p) != 2 {
			return false
		}
		if v, _ := strconv.Atoi(p); v > limits[i] {
			return false
		}
	}
	return true
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
