package dates

import (
	"strings"
	"testing"
)

// ParseNear reads a month and day in the direction asked, and refuses one whose nearest
// occurrence lies on the other side of today.
func TestParseNear(t *testing.T) {
	today := MustOf(2026, 12, 2)
	for _, c := range []struct {
		s    string
		dir  Direction
		want string // a date, or the start of the error
	}{
		{"12/16", Future, "2026-12-16"},
		{"12/2", Future, "2026-12-02"},
		{"1/5", Future, "2027-01-05"},
		{"5/30", Future, "2027-05-30"}, // 186 days back, 179 ahead
		{"11/30", Future, `"11/30" is 2026-11-30, 2 days ago: a date still to come lies ahead (write 2027-11-30 for that day next year)`},
		{"2026-11-30", Future, "2026-11-30"}, // a year written is taken as written
		{"2w", Future, "2026-12-16"},
		{"11/30", Past, "2026-11-30"},
		{"12/20", Past, `"12/20" is 2026-12-20, 18 days from now: a date that has passed lies behind (write 2025-12-20 for that day last year)`},
		{"6/5", Past, "2026-06-05"},
		{"12/20", ThisYear, "2026-12-20"},
		{"２０２６／１２／２０", Past, "2026-12-20"},
		{"2026-02-30", Past, `"2026-02-30" is not a real calendar date`},
	} {
		d, err := ParseNear(c.s, today, c.dir)
		got := d.String()
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("ParseNear(%q, %d) = %q, want %q", c.s, c.dir, got, c.want)
		}
	}
	// Across the new year the other way: on 2027-01-03, 12/28 is last year's.
	if d, err := ParseNear("12/28", MustOf(2027, 1, 3), Past); err != nil || d != MustOf(2026, 12, 28) {
		t.Errorf("12/28 on 2027-01-03: %v %v", d, err)
	}
}
