package dates

import (
	"testing"
	"time"
)

func TestFiscalYear(t *testing.T) {
	for _, c := range []struct {
		d     Date
		start int
		want  int
	}{
		{MustOf(2026, time.April, 1), 4, 2026},
		{MustOf(2026, time.March, 31), 4, 2025},
		{MustOf(2027, time.March, 31), 4, 2026},
		{MustOf(2026, time.December, 31), 4, 2026},
		{MustOf(2026, time.January, 1), 1, 2026},
		{MustOf(2026, time.December, 31), 1, 2026},
		{MustOf(2026, time.September, 30), 10, 2025},
		{MustOf(2026, time.October, 1), 10, 2026},
		{MustOf(2026, time.March, 1), 0, 2025}, // out of range: April
	} {
		if got := FiscalYear(c.d, c.start); got != c.want {
			t.Errorf("FiscalYear(%s, %d) = %d, want %d", c.d, c.start, got, c.want)
		}
		first, last := FiscalYearBounds(c.want, c.start)
		if c.d.Before(first) || c.d.After(last) || last.Sub(first) < 364 || last.Sub(first) > 365 {
			t.Errorf("FiscalYearBounds(%d, %d) = %s..%s does not hold %s", c.want, c.start, first, last, c.d)
		}
	}
	if first, last := FiscalYearBounds(2027, 4); first != MustOf(2027, time.April, 1) || last != MustOf(2028, time.March, 31) {
		t.Errorf("fiscal 2027: %s..%s", first, last)
	}
}

func TestParseFiscalYear(t *testing.T) {
	for in, want := range map[string]int{"2026": 2026, "2026年度": 2026, "FY2026": 2026, "２０２６年度": 2026, " 2026 ": 2026,
		"令和8年度": 2026, "R8": 2026, "r8": 2026, "令和８": 2026, "令和元年度": 2019, "平成31年度": 2019, "H30": 2018} {
		if got, err := ParseFiscalYear(in); err != nil || got != want {
			t.Errorf("ParseFiscalYear(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "26", "2026-04", "令和", "R0", "R8.4", "next", "20266"} {
		if got, err := ParseFiscalYear(in); err == nil {
			t.Errorf("ParseFiscalYear(%q) = %d, want an error", in, got)
		}
	}
}
