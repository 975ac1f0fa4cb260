package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/staffnote/follow/pkg/textfold"
)

// A fiscal year is named by the calendar year it starts in: with a start in April (the
// Japanese business year, 年度), fiscal 2026 runs from 2026-04-01 to 2027-03-31. A start
// month outside 1-12 reads as April.

func fiscalMonth(start int) time.Month {
	if start < 1 || start > 12 {
		return time.April
	}
	return time.Month(start)
}

// FiscalYear returns the fiscal year d falls in, for a year starting in month start.
func FiscalYear(d Date, start int) int {
	y, m, _ := d.YMD()
	if m < fiscalMonth(start) {
		return y - 1
	}
	return y
}

// FiscalYearBounds returns the first and the last day of fiscal year fy.
func FiscalYearBounds(fy, start int) (first, last Date) {
	first = MustOf(fy, fiscalMonth(start), 1)
	return first, first.AddMonths(12).AddDays(-1)
}

// ParseFiscalYear reads a fiscal year as offices write it: 2026, 2026年度, FY2026, and in
// an era: 令和8年度, R8, 令和元年度 (full-width digits too). It is named by the year it starts
// in.
func ParseFiscalYear(s string) (int, error) {
	n := strings.TrimSpace(textfold.Input(s))
	n = strings.TrimSuffix(strings.TrimSuffix(n, "年度"), "年")
	n = strings.TrimPrefix(strings.TrimPrefix(n, "FY"), "fy")
	p := &scanner{s: strings.TrimSpace(n)}
	for i := range eras {
		e := &eras[i]
		if !(p.lit(e.name) || p.lit(e.square) || len(p.s) > 0 && (p.s[0] == e.letter || p.s[0] == e.letter+'a'-'A') && p.lit(p.s[:1])) {
			continue
		}
		p.spaces()
		ey, ok := 1, p.lit("元")
		if !ok {
			ey, ok = p.number(1, 2)
		}
		if !ok || !p.done() || ey < 1 {
			break
		}
		return e.y + ey - 1, nil
	}
	if p.i == 0 {
		if y, ok := p.number(4, 4); ok && p.done() && y >= 1900 {
			return y, nil
		}
	}
	return 0, fmt.Errorf("%s is not a fiscal year: write 2026, 2026年度 or 令和8年度", quote(s))
}
