package schedule

import (
	"reflect"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

var startIDs = []string{"first-day", "first-day-thanks", "week-1", "month-1", "month-3"}

func TestForStart(t *testing.T) {
	tests := []struct {
		name       string
		cfg        *config.Config
		start, end dates.Date
		ids        []string              // every rule planned, in order ("" = startIDs)
		due        map[string]dates.Date // due dates checked
		raw        map[string]dates.Date // raw dates checked
	}{
		{
			// Friday before the Coming of Age Day weekend: every default date is already a
			// business day, including the renewal check (3/1 is a Sunday, so back to 2/27).
			name: "friday before 成人の日", cfg: cfgWith(),
			start: d(2026, 1, 9), end: d(2026, 3, 31),
			ids: append(append([]string{}, startIDs...), "renewal-intent"),
			due: map[string]dates.Date{
				"first-day": d(2026, 1, 9), "first-day-thanks": d(2026, 1, 9), "week-1": d(2026, 1, 16),
				"month-1": d(2026, 2, 9), "month-3": d(2026, 4, 9), "renewal-intent": d(2026, 2, 27),
			},
			raw: map[string]dates.Date{"week-1": d(2026, 1, 16), "renewal-intent": d(2026, 3, 1)},
		},
		{
			name: "monday start: 1w on 成人の日, before", cfg: cfgWith(),
			start: d(2026, 1, 5),
			due:   map[string]dates.Date{"first-day": d(2026, 1, 5), "week-1": d(2026, 1, 9), "month-1": d(2026, 2, 5), "month-3": d(2026, 4, 3)},
			raw:   map[string]dates.Date{"week-1": d(2026, 1, 12)},
		},
		{
			name: "monday start: 1w on 成人の日, after", cfg: cfgWith(shift(dates.ShiftAfter)),
			start: d(2026, 1, 5),
			due:   map[string]dates.Date{"week-1": d(2026, 1, 13)},
			raw:   map[string]dates.Date{"week-1": d(2026, 1, 12)},
		},
		{
			name: "monday start: 1w on 成人の日, shift none", cfg: cfgWith(shift(dates.ShiftNone)),
			start: d(2026, 1, 5),
			due:   map[string]dates.Date{"week-1": d(2026, 1, 12)},
		},
		{
			name: "golden week, before", cfg: cfgWith(),
			start: d(2026, 4, 3),
			due: map[string]dates.Date{
				"first-day": d(2026, 4, 3), "week-1": d(2026, 4, 10), "month-1": d(2026, 5, 1), "month-3": d(2026, 7, 3),
			},
			raw: map[string]dates.Date{"month-1": d(2026, 5, 3)},
		},
		{
			// 5/3 Sun, 5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日
			name: "golden week, after", cfg: cfgWith(shift(dates.ShiftAfter)),
			start: d(2026, 4, 3),
			due:   map[string]dates.Date{"month-1": d(2026, 5, 7)},
			raw:   map[string]dates.Date{"month-1": d(2026, 5, 3)},
		},
		{
			// 9/19 Sat … 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日
			name: "silver week, before", cfg: cfgWith(),
			start: d(2026, 8, 21),
			due:   map[string]dates.Date{"month-1": d(2026, 9, 18)},
			raw:   map[string]dates.Date{"month-1": d(2026, 9, 21)},
		},
		{
			name: "silver week, after", cfg: cfgWith(shift(dates.ShiftAfter)),
			start: d(2026, 8, 21),
			due:   map[string]dates.Date{"month-1": d(2026, 9, 24)},
		},
		{
			// 2027-01-31 - 30d = 2027-01-01 元日 → 12/31 Thu (a business day in the public calendar)
			name: "year end, before", cfg: cfgWith(),
			start: d(2026, 11, 2), end: d(2027, 1, 31),
			due: map[string]dates.Date{"renewal-intent": d(2026, 12, 31)},
			raw: map[string]dates.Date{"renewal-intent": d(2027, 1, 1)},
		},
		{
			name: "year end, before, company closed 12/29–1/3", cfg: cfgWith(yearEnd),
			start: d(2026, 11, 2), end: d(2027, 1, 31),
			due: map[string]dates.Date{"renewal-intent": d(2026, 12, 28)},
			raw: map[string]dates.Date{"renewal-intent": d(2027, 1, 1)},
		},
		{
			name: "year end, after, company closed", cfg: cfgWith(yearEnd, shift(dates.ShiftAfter)),
			start: d(2026, 11, 2), end: d(2027, 1, 31),
			due: map[string]dates.Date{"renewal-intent": d(2027, 1, 4)},
		},
		{
			name: "year end, calendar none keeps 元日", cfg: cfgWith(calendar("none")),
			start: d(2026, 11, 2), end: d(2027, 1, 31),
			due: map[string]dates.Date{"renewal-intent": d(2027, 1, 1)},
		},
		{
			name: "year end, calendar none with closed days", cfg: cfgWith(calendar("none"), yearEnd),
			start: d(2026, 11, 2), end: d(2027, 1, 31),
			due: map[string]dates.Date{"renewal-intent": d(2026, 12, 28)},
		},
		{
			// 2028 is a leap year: 1/31 + 1m = 2/29, a Tuesday.
			name: "29 february", cfg: cfgWith(),
			start: d(2028, 1, 31),
			due:   map[string]dates.Date{"month-1": d(2028, 2, 29), "month-3": d(2028, 4, 28)}, // 4/30 Sun → 4/28 Fri
			raw:   map[string]dates.Date{"month-1": d(2028, 2, 29), "month-3": d(2028, 4, 30)},
		},
		{
			// 2027: 1/31 + 1m = 2/28, a Sunday.
			name: "28 february sunday, before", cfg: cfgWith(),
			start: d(2027, 1, 31),
			due:   map[string]dates.Date{"month-1": d(2027, 2, 26)},
			raw:   map[string]dates.Date{"month-1": d(2027, 2, 28)},
		},
		{
			name: "28 february sunday, after", cfg: cfgWith(shift(dates.ShiftAfter)),
			start: d(2027, 1, 31),
			due:   map[string]dates.Date{"month-1": d(2027, 3, 1)},
		},
		{
			name: "calendar none leaves dates alone", cfg: cfgWith(calendar("none")),
			start: d(2027, 1, 31), end: d(2027, 3, 31),
			ids: append(append([]string{}, startIDs...), "renewal-intent"),
			due: map[string]dates.Date{
				"first-day": d(2027, 1, 31), "week-1": d(2027, 2, 7), "month-1": d(2027, 2, 28),
				"month-3": d(2027, 4, 30), "renewal-intent": d(2027, 3, 1),
			},
		},
		{
			name: "no contract end: no renewal check", cfg: cfgWith(),
			start: d(2026, 4, 1),
		},
		{
			name: "no start: only end rules", cfg: cfgWith(),
			end: d(2026, 6, 30), ids: []string{"renewal-intent"},
			due: map[string]dates.Date{"renewal-intent": d(2026, 5, 29)}, // 5/31 Sun
		},
		{
			name: "no rules", cfg: cfgWith(func(c *config.Config) { c.Rules = nil }),
			start: d(2026, 4, 1), end: d(2026, 6, 30), ids: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ForStart(tc.cfg, tc.start, tc.end)
			want := tc.ids
			if want == nil {
				want = startIDs
				if !tc.end.IsZero() {
					want = append(append([]string{}, startIDs...), "renewal-intent")
				}
			}
			if g := ids(got); !(len(g) == 0 && len(want) == 0) && !reflect.DeepEqual(g, want) {
				t.Errorf("rules = %q, want %q", g, want)
			}
			gd := dues(got)
			for id, w := range tc.due {
				if gd[id] != w {
					t.Errorf("%s due %s (%s), want %s (%s)", id, gd[id], gd[id].Weekday(), w, w.Weekday())
				}
			}
			for _, p := range got {
				if w, ok := tc.raw[p.Rule.ID]; ok && p.Raw != w {
					t.Errorf("%s raw %s, want %s", p.Rule.ID, p.Raw, w)
				}
				checkShift(t, tc.cfg, p)
				if p.Rule != tc.cfg.Rule(p.Rule.ID) {
					t.Errorf("%s: Planned.Rule does not point into cfg.Rules", p.Rule.ID)
				}
			}
		})
	}
}

// checkShift checks a planned date against the calendar: a business day (unless shifting
// is off), on the configured side of the raw date, with no business day in between.
func checkShift(t *testing.T, cfg *config.Config, p Planned) {
	t.Helper()
	cal := cfg.BusinessCalendar()
	if cfg.Shift == dates.ShiftNone {
		if p.Due != p.Raw {
			t.Errorf("%s: shift none moved %s to %s", p.Rule.ID, p.Raw, p.Due)
		}
		return
	}
	if !cal.IsBusinessDay(p.Due) {
		t.Errorf("%s: due %s (%s) is not a business day", p.Rule.ID, p.Due, p.Due.Weekday())
	}
	if cal.IsBusinessDay(p.Raw) && p.Due != p.Raw {
		t.Errorf("%s: a business day %s was moved to %s", p.Rule.ID, p.Raw, p.Due)
	}
	lo, hi := p.Due, p.Raw
	if cfg.Shift == dates.ShiftAfter {
		lo, hi = p.Raw, p.Due
	}
	if hi.Before(lo) {
		// allowed only to keep a duty from moving before its anchor (see
		// TestShiftNeverMovesBeforeTheAnchor): then it is the next business day
		if cfg.Shift != dates.ShiftBefore || p.Rule.Offset.Approx() < 0 || p.Due != dates.Adjust(p.Raw, cal, dates.ShiftAfter) {
			t.Errorf("%s: shift %d moved %s the wrong way, to %s", p.Rule.ID, cfg.Shift, p.Raw, p.Due)
		}
		lo, hi = hi, lo
	}
	for x := lo.AddDays(1); x.Before(hi); x = x.AddDays(1) {
		if cal.IsBusinessDay(x) {
			t.Errorf("%s: %s moved to %s past the business day %s", p.Rule.ID, p.Raw, p.Due, x)
		}
	}
}

// A duty dated on or after its anchor (the first-day call, a renewal thank-you call)
// must not be moved before the anchor: a first-day call the day before the first day,
// or a thank-you call dated before the renewal it thanks for, makes no sense, and follow
// new / follow renew drop milestones dated before today, so a renewal recorded on a
// Saturday silently loses the manager's call.
func TestShiftNeverMovesBeforeTheAnchor(t *testing.T) {
	sat := d(2026, 5, 2) // Golden Week Saturday: the previous business day is 5/1
	cfg := cfgWith()
	for _, p := range ForStart(cfg, sat, 0) {
		if p.Rule.Offset.Approx() >= 0 && p.Due.Before(sat) {
			t.Errorf("start %s (Sat): %s due %s, before the start", sat, p.Rule.ID, p.Due)
		}
	}
	for _, p := range ForRenewal(cfg, 1, sat, d(2026, 9, 30)) {
		if p.Rule.From == "renewal" && p.Due.Before(sat) {
			t.Errorf("renewal on %s (Sat): %s due %s, before the renewal", sat, p.Rule.ID, p.Due)
		}
	}
}

func TestForRenewal(t *testing.T) {
	date, newEnd := d(2026, 6, 30), d(2026, 9, 30) // Tue; 9/30 - 30d = 8/31 Mon
	tests := []struct {
		n      int
		newEnd dates.Date
		want   map[string]dates.Date
	}{
		{1, newEnd, map[string]dates.Date{"renewal-thanks": date, "renewal-intent": d(2026, 8, 31)}},
		{2, newEnd, map[string]dates.Date{"renewal-intent": d(2026, 8, 31)}},
		{3, newEnd, map[string]dates.Date{"renewal-thanks": date, "renewal-intent": d(2026, 8, 31)}},
		{4, newEnd, map[string]dates.Date{"renewal-intent": d(2026, 8, 31)}},
		{0, newEnd, map[string]dates.Date{"renewal-intent": d(2026, 8, 31)}},
		{1, 0, map[string]dates.Date{"renewal-thanks": date}},
		{2, 0, map[string]dates.Date{}},
		// the new end on the last day of January: the check lands on 元日 and moves back
		{3, d(2027, 1, 31), map[string]dates.Date{"renewal-thanks": date, "renewal-intent": d(2026, 12, 31)}},
	}
	for _, tc := range tests {
		got := ForRenewal(cfgWith(), tc.n, date, tc.newEnd)
		if g := dues(got); !reflect.DeepEqual(g, tc.want) {
			t.Errorf("ForRenewal(n=%d, end=%s) = %v, want %v", tc.n, tc.newEnd, g, tc.want)
		}
		for _, p := range got {
			if p.Rule.From == "start" {
				t.Errorf("ForRenewal(n=%d) planned the start rule %s", tc.n, p.Rule.ID)
			}
		}
	}

	// With the company's year-end closure the check moves to 12/28.
	got := dues(ForRenewal(cfgWith(yearEnd), 1, date, d(2027, 1, 31)))
	if got["renewal-intent"] != d(2026, 12, 28) {
		t.Errorf("renewal-intent with year-end closure = %s, want 2026-12-28", got["renewal-intent"])
	}

	// A renewal rule without renewals: applies to every renewal; the offset counts from
	// the date of the renewal, shifted like any other.
	c := cfgWith(func(c *config.Config) {
		c.Rules = []config.Rule{
			{ID: "visit", What: "更新後訪問", Who: "owner", From: "renewal", Offset: dates.Span{Days: 7}, Kind: "milestone"},
			{ID: "week-1", What: "1週間フォロー", Who: "owner", From: "start", Offset: dates.Span{Days: 7}, Kind: "milestone"},
		}
	})
	for n := 1; n <= 5; n++ {
		ps := ForRenewal(c, n, d(2026, 4, 28), 0) // + 7d = 5/5 こどもの日 → 5/1
		if len(ps) != 1 || ps[0].Rule.ID != "visit" || ps[0].Due != d(2026, 5, 1) || ps[0].Raw != d(2026, 5, 5) {
			t.Errorf("n=%d: %+v, want visit due 2026-05-01", n, ps)
		}
	}
}

func TestPlannedMilestone(t *testing.T) {
	cfg := cfgWith()
	p := ForStart(cfg, d(2026, 4, 1), 0)[1] // first-day-thanks
	m := p.Milestone("M7")
	if m.ID != "M7" || m.What != p.Rule.What || m.Due != d(2026, 4, 1) || m.Who != "manager" || m.Rule != "first-day-thanks" || !m.Done.IsZero() {
		t.Errorf("Milestone = %+v", m)
	}
}

// allStart are the default start milestones of a record starting 2026-04-01 (Wed), all
// business days: 4/1, 4/1, 4/8, 5/1, 7/1.
func allStart() []msSpec {
	return []msSpec{
		{ID: "M1", What: "初日連絡", Due: "2026-04-01", Who: "owner", Done: "2026-04-01", Rule: "first-day"},
		{ID: "M2", What: "初日お礼電話", Due: "2026-04-01", Who: "manager", Done: "2026-04-01", Rule: "first-day-thanks"},
		{ID: "M3", What: "1週間フォロー", Due: "2026-04-08", Who: "owner", Rule: "week-1"},
		{ID: "M4", What: "1ヶ月フォロー", Due: "2026-05-01", Who: "owner", Rule: "month-1"},
		{ID: "M5", What: "3ヶ月フォロー", Due: "2026-07-01", Who: "owner", Rule: "month-3"},
	}
}

func TestMissing(t *testing.T) {
	intent := func(id, due string) msSpec {
		return msSpec{ID: id, What: "更新意向確認", Due: due, Who: "owner", Rule: "renewal-intent"}
	}
	thanks := func(id, due string) msSpec {
		return msSpec{ID: id, What: "更新お礼電話", Due: due, Who: "manager", Rule: "renewal-thanks"}
	}
	periods := [][2]string{
		{"2026-04-01", "2026-05-31"}, // first contract
		{"2026-06-01", "2026-08-31"}, // renewal 1 (Mon)
		{"2026-09-01", "2026-11-30"}, // renewal 2 (Tue)
		{"2026-12-01", "2027-02-28"}, // renewal 3 (Tue)
	}
	type want struct {
		ID  string
		Due dates.Date
	}
	tests := []struct {
		name string
		edit func(s *recSpec)
		cfg  *config.Config
		want []want
	}{
		{
			name: "no milestones: every start rule and the current end",
			edit: func(s *recSpec) { s.End = "2026-06-30" },
			want: []want{
				{"first-day", d(2026, 4, 1)}, {"first-day-thanks", d(2026, 4, 1)}, {"week-1", d(2026, 4, 8)},
				{"month-1", d(2026, 5, 1)}, {"month-3", d(2026, 7, 1)},
				{"renewal-intent", d(2026, 5, 29)}, // 5/31 Sun → Fri
			},
		},
		{
			name: "no milestones, no contract end",
			want: []want{
				{"first-day", d(2026, 4, 1)}, {"first-day-thanks", d(2026, 4, 1)}, {"week-1", d(2026, 4, 8)},
				{"month-1", d(2026, 5, 1)}, {"month-3", d(2026, 7, 1)},
			},
		},
		{
			name: "all present",
			edit: func(s *recSpec) {
				s.End = "2026-06-30"
				s.Milestones = append(allStart(), intent("M6", "2026-05-29"))
			},
		},
		{
			name: "a start milestone done or not still counts",
			edit: func(s *recSpec) {
				ms := allStart()
				ms[2].Done = "2026-04-08"
				s.Milestones = ms
			},
		},
		{
			name: "one start milestone deleted",
			edit: func(s *recSpec) {
				ms := allStart()
				s.Milestones = append(ms[:3:3], ms[4])
			},
			want: []want{{"month-1", d(2026, 5, 1)}},
		},
		{
			name: "end rule for an older end only",
			edit: func(s *recSpec) {
				s.End, s.Renewals, s.History = "2026-08-31", 1, periods[:2]
				m := intent("M6", "2026-05-01")
				m.Done = "2026-05-20"
				s.Milestones = append(allStart(), m, thanks("M7", "2026-06-01"))
			},
			want: []want{{"renewal-intent", d(2026, 7, 31)}}, // 8/1 Sat → 7/31 Fri
		},
		{
			name: "end rule dated for the current end",
			edit: func(s *recSpec) {
				s.End, s.Renewals, s.History = "2026-08-31", 1, periods[:2]
				s.Milestones = append(allStart(), intent("M6", "2026-07-31"), thanks("M7", "2026-06-01"))
			},
		},
		{
			name: "first renewal without its thank-you call",
			edit: func(s *recSpec) {
				s.End, s.Renewals, s.History = "2026-08-31", 1, periods[:2]
				s.Milestones = append(allStart(), intent("M6", "2026-07-31"))
			},
			want: []want{{"renewal-thanks", d(2026, 6, 1)}}, // from the renewal's period
		},
		{
			name: "second renewal owes no thank-you call",
			edit: func(s *recSpec) {
				s.End, s.Renewals, s.History = "2026-11-30", 2, periods[:3]
				s.Milestones = append(allStart(), intent("M6", "2026-10-30"), thanks("M7", "2026-06-01"))
			},
		},
		{
			name: "third renewal: second thank-you call missing",
			edit: func(s *recSpec) {
				s.End, s.Renewals, s.History = "2027-02-28", 3, periods
				s.Milestones = append(allStart(), intent("M6", "2027-01-29"), thanks("M7", "2026-06-01"))
			},
			want: []want{{"renewal-thanks", d(2026, 12, 1)}},
		},
		{
			name: "third renewal: both thank-you calls missing",
			edit: func(s *recSpec) {
				s.End, s.Renewals, s.History = "2027-02-28", 3, periods
				s.Milestones = append(allStart(), intent("M6", "2027-01-29"))
			},
			want: []want{{"renewal-thanks", d(2026, 6, 1)}, {"renewal-thanks", d(2026, 12, 1)}},
		},
		{
			// renewals [1, 3]: after two renewals only renewal 1 is owed, dated from the
			// first renewal's period, not the latest one's.
			name: "second renewal: the first renewal's call missing",
			edit: func(s *recSpec) {
				s.End, s.Renewals, s.History = "2026-11-30", 2, periods[:3]
				s.Milestones = append(allStart(), intent("M6", "2026-10-30"))
			},
			want: []want{{"renewal-thanks", d(2026, 6, 1)}},
		},
		{
			name: "renewal without history: anchored on the start",
			edit: func(s *recSpec) {
				s.Renewals = 1
				s.Milestones = allStart()
			},
			want: []want{{"renewal-thanks", d(2026, 4, 1)}},
		},
		{
			// follow new does not write milestones already past: they are not asked for.
			name: "record created late: nothing before its earliest milestone",
			edit: func(s *recSpec) {
				s.End = "2026-09-30"
				s.Milestones = []msSpec{allStart()[4]} // month-3, 7/1
			},
			want: []want{{"renewal-intent", d(2026, 8, 31)}},
		},
		{
			name: "ended record: nothing",
			edit: func(s *recSpec) { s.Status, s.Ended = "ended", "2026-06-30" },
		},
		{
			name: "custom rules: only those",
			cfg: cfgWith(func(c *config.Config) {
				c.Rules = []config.Rule{{ID: "day-3", What: "3日目フォロー", Who: "owner", From: "start", Offset: dates.Span{Days: 3}, Kind: "milestone"}}
			}),
			edit: func(s *recSpec) { s.Milestones = allStart() },
			want: []want{{"day-3", d(2026, 4, 3)}}, // 4/1 + 3d = 4/4 Sat → 4/3 Fri
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			if tc.edit != nil {
				tc.edit(&s)
			}
			cfg := tc.cfg
			if cfg == nil {
				cfg = cfgWith()
			}
			r := s.parse(t)
			var got []want
			for _, p := range Missing(r, cfg) {
				got = append(got, want{p.Rule.ID, p.Due})
			}
			if !(len(got) == 0 && len(tc.want) == 0) && !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Missing = %v\nwant %v\nrecord:\n%s", got, tc.want, s.render())
			}
		})
	}
}

func TestNextIDs(t *testing.T) {
	tests := []struct {
		prefix   string
		existing []string
		n        int
		want     []string
	}{
		{"M", nil, 3, []string{"M1", "M2", "M3"}},
		{"R", []string{"R1", "R2"}, 1, []string{"R3"}},
		{"M", []string{"M2", "M9", "M10"}, 2, []string{"M11", "M12"}}, // numeric, not string order
		{"M", []string{"M3", "M1"}, 1, []string{"M4"}},                // gaps are not reused
		{"M", []string{"R7", "M1"}, 1, []string{"M2"}},                // other prefixes ignored
		{"R", []string{"R", "Rx", "", "R2b"}, 1, []string{"R1"}},      // not ids of this form
		{"M", []string{"M05"}, 1, []string{"M6"}},
		{"R", []string{"R1"}, 0, []string{}},
	}
	for _, tc := range tests {
		got := NextIDs(tc.prefix, tc.existing, tc.n)
		if len(got) != tc.n || (tc.n > 0 && !reflect.DeepEqual(got, tc.want)) {
			t.Errorf("NextIDs(%q, %q, %d) = %q, want %q", tc.prefix, tc.existing, tc.n, got, tc.want)
		}
		seen := map[string]bool{}
		for _, id := range tc.existing {
			seen[id] = true
		}
		for _, id := range got {
			if seen[id] || !strings.HasPrefix(id, tc.prefix) {
				t.Errorf("NextIDs gave %q, already used or without the prefix", id)
			}
			seen[id] = true
		}
	}
}

// Issue 20: the call sheet says why a call is due: the first day, or which renewal.
func TestOccasion(t *testing.T) {
	const src = `---
id: S0110
name: 西村 和也
status: active
owner: 大西 由美
manager: 堀 直人
start: 2024-10-01
contract:
  end: 2027-06-30
  renewals: 3
  history:
    - from: 2024-10-01
      until: 2025-03-31
    - from: 2025-04-01
      until: 2025-12-31
    - from: 2026-01-01
      until: 2026-12-31
    - from: 2027-01-01
      until: 2027-06-30
next: 2026-12-24
milestones:
  - id: M2
    what: 初日お礼電話（指揮命令者へ）
    due: 2024-10-01
    who: manager
    rule: first-day-thanks
  - id: M3
    what: 1週間フォロー
    due: 2024-10-08
    rule: week-1
  - id: M8
    what: 更新お礼電話（指揮命令者へ）
    due: 2025-03-03
    who: manager
    rule: renewal-thanks
  - id: M11
    what: 更新お礼電話（指揮命令者へ）
    due: 2026-11-30
    who: manager
    rule: renewal-thanks
  - id: M12
    what: 手で足した電話
    due: 2026-12-01
    who: manager
---
`
	r := parseRecord(t, src)
	cfg := config.Default()
	for _, c := range []struct {
		id, occasion string
		renewal      int
		from         string
	}{
		{"M2", OccasionFirstDay, 0, ""},
		{"M3", OccasionStart, 0, ""},
		{"M8", OccasionRenewal, 1, "2025-04-01"},  // agreed during the first term
		{"M11", OccasionRenewal, 3, "2027-01-01"}, // agreed during the third term
		{"M12", "", 0, ""},                        // no rule wrote it
	} {
		var m record.Milestone
		for _, x := range r.Milestones {
			if x.ID == c.id {
				m = x
			}
		}
		occ, n, term := Occasion(r, cfg, m)
		from := ""
		if !term.From.IsZero() {
			from = term.From.String()
		}
		if occ != c.occasion || n != c.renewal || from != c.from {
			t.Errorf("%s: %q renewal %d term from %q, want %q %d %q", c.id, occ, n, from, c.occasion, c.renewal, c.from)
		}
	}

	// A call follow added afterwards is dated the first day of the term (Missing); without
	// a history, the k-th call of the rule is the k-th renewal it applies to ([1, 3]).
	late := parseRecord(t, strings.Replace(src, "due: 2026-11-30", "due: 2026-01-01", 1))
	if _, n, _ := Occasion(late, cfg, late.Milestones[3]); n != 2 {
		t.Errorf("a call dated the first day of the third term: renewal %d, want 2", n)
	}
	bare := parseRecord(t, strings.Replace(src, "  history:\n    - from: 2024-10-01\n      until: 2025-03-31\n    - from: 2025-04-01\n      until: 2025-12-31\n    - from: 2026-01-01\n      until: 2026-12-31\n    - from: 2027-01-01\n      until: 2027-06-30\n", "", 1))
	for i, want := range map[int]int{2: 1, 3: 3} {
		if occ, n, term := Occasion(bare, cfg, bare.Milestones[i]); occ != OccasionRenewal || n != want || !term.From.IsZero() {
			t.Errorf("without a history, %s: %s renewal %d (term %v), want renewal %d", bare.Milestones[i].ID, occ, n, term, want)
		}
	}
}
