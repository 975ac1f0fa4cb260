package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// era is a Japanese era (元号) that dates may be written in.
type era struct {
	name    string // 令和
	letter  byte   // R, as in R8.12.1
	square  string // ㋿, the one-character form of some fonts and IMEs
	y, m, d int    // its first day (元年), Gregorian
}

// eras lists the eras follow reads and writes, newest first. Each ends the day before the
// next begins. Before 大正 the calendar was not yet simply Gregorian in every year, and no
// staff record needs it.
var eras = [...]era{
	{"令和", 'R', "㋿", 2019, 5, 1},
	{"平成", 'H', "㍻", 1989, 1, 8},
	{"昭和", 'S', "㍼", 1926, 12, 25},
	{"大正", 'T', "㍽", 1912, 7, 30},
}

func (e *era) start() Date { return MustOf(e.y, time.Month(e.m), e.d) }

// end returns the last day of e (0 for the current era).
func (e *era) end() Date {
	for i := range eras {
		if &eras[i] == e && i > 0 {
			return eras[i-1].start() - 1
		}
	}
	return 0
}

// eraOf returns the era d falls in, or nil before the first one follow knows.
func eraOf(d Date) *era {
	for i := range eras {
		if d >= eras[i].start() {
			return &eras[i]
		}
	}
	return nil
}

// Wareki formats d in the Japanese era calendar (和暦) as offices write it: 令和8年12月1日,
// with 元年 for an era's first year (令和元年5月1日). It reports false for a date before
// 大正 (1912-07-30) and for the zero Date.
func (d Date) Wareki() (string, bool) {
	e := eraOf(d)
	if d == 0 || e == nil {
		return "", false
	}
	y, m, day := d.YMD()
	return warekiText(e, y-e.y+1, int(m), day), true
}

// warekiText writes era year ey, month m and day d in the kanji form.
func warekiText(e *era, ey, m, d int) string {
	year := "元"
	if ey != 1 {
		year = strconv.Itoa(ey)
	}
	return fmt.Sprintf("%s%s年%d月%d日", e.name, year, m, d)
}

// scanWareki reads a date in an era: 令和8年12月1日, 令和元年5月1日, R8.12.1, R8/12/1,
// R8-12-1, r8.12.1, 令和8/12/1, R8年12月1日, ㋿8年12月1日 (n is the text after
// textfold.Input, so full-width forms are already ASCII). It returns the era, the year
// in the era and the month and day, unchecked.
func scanWareki(n string) (e *era, ey, m, d int, ok bool) {
	p := &scanner{s: n}
	for i := range eras {
		x := &eras[i]
		if p.lit(x.name) || p.lit(x.square) ||
			len(n) > 0 && (n[0] == x.letter || n[0] == x.letter+'a'-'A') && p.lit(n[:1]) {
			e = x
			break
		}
	}
	if e == nil {
		return nil, 0, 0, 0, false
	}
	p.spaces()
	if p.lit("元") {
		ey = 1
	} else if ey, ok = p.number(1, 4); !ok {
		return nil, 0, 0, 0, false
	}
	if p.done() {
		return nil, 0, 0, 0, false
	}
	if sep := n[p.i]; sep == '-' || sep == '/' || sep == '.' {
		p.i++
		if m, ok = p.number(1, 2); !ok || !p.lit(string(sep)) {
			return nil, 0, 0, 0, false
		}
		if d, ok = p.number(1, 2); !ok || !p.done() {
			return nil, 0, 0, 0, false
		}
		return e, ey, m, d, true
	}
	p.spaces()
	if !p.lit("年") {
		return nil, 0, 0, 0, false
	}
	p.spaces()
	if m, d, ok = scanJapaneseMD(p); !ok {
		return nil, 0, 0, 0, false
	}
	return e, ey, m, d, true
}

// warekiDate checks a date read by scanWareki: a real calendar date inside its era.
func warekiDate(orig string, e *era, ey, m, d int) (Date, error) {
	as := warekiText(e, ey, m, d)
	who := as
	if strings.TrimSpace(orig) != as {
		who = quote(orig) + " (" + as + ")"
	}
	if ey < 1 {
		return 0, fmt.Errorf("%s is not a date: the years of an era count from 1 (%s元年)", who, e.name)
	}
	v, err := makeDate(orig, e.y+ey-1, m, d)
	if err != nil {
		return 0, err
	}
	start, end := e.start(), e.end()
	var why string
	switch {
	case v < start:
		why = fmt.Sprintf("%s began on %s", e.name, start)
	case end != 0 && v > end:
		why = fmt.Sprintf("%s ended on %s", e.name, end)
	default:
		return v, nil
	}
	if right, ok := v.Wareki(); ok {
		why += fmt.Sprintf(" (%s is %s)", right, v)
	}
	return 0, fmt.Errorf("%s does not exist: %s", who, why)
}
