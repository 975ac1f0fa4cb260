package schedule

import (
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// dutyItems returns the items of kind duty of r as of today that follow due lists with
// --within 7d, phrased in Japanese.
func dueDuties(r *record.Record, cfg *config.Config, today dates.Date) []Item {
	var out []Item
	for _, it := range (Filter{Until: today.AddDays(7), Kinds: []string{KindDuty}}).Collect(r, cfg, today) {
		it.Phrase(i18n.Translator("ja"))
		out = append(out, it)
	}
	return out
}

var (
	wish = func(on dates.Date) record.Duty {
		return record.Duty{Kind: record.DutyWish, Date: on, Option: record.OptionDirectHire}
	}
	measured = func(on dates.Date, result string) record.Duty {
		return record.Duty{Kind: record.DutyMeasure, Date: on, What: "依頼", Option: record.OptionDirectHire, Result: result}
	}
)

// TestStability: around the limit date of a person in the same unit since 2024-01-04
// (limit date 2027-01-04, the wish asked from 2026-07-04 with stability.warn 6m).
func TestStability(t *testing.T) {
	noTraining := func(c *config.Config) { c.Training.Enable = false }
	for _, c := range []struct {
		name   string
		today  dates.Date
		duties []record.Duty
		cfg    func(*config.Config)
		edit   func(*recSpec)
		code   string // "" none
		date   dates.Date
		what   string
		n      int // items (one per stability.who); 1 when 0
	}{
		{name: "8 days before the window: not yet", today: d(2026, 6, 26)},
		{name: "7 days before: listed ahead", today: d(2026, 6, 27), code: CodeStabilityWish, date: d(2026, 7, 4),
			what: "雇用安定措置: 本人の希望を確認（抵触日 2027-01-04）"},
		{name: "in the window, no wish: overdue", today: d(2026, 12, 1), code: CodeStabilityWish, date: d(2026, 7, 4)},
		{name: "past the limit date, still no wish", today: d(2027, 1, 5), code: CodeStabilityWish, date: d(2026, 7, 4)},
		{name: "a wish: a measure is due from the wish", today: d(2026, 12, 1), duties: []record.Duty{wish(d(2026, 11, 27))},
			code: CodeStabilityMeasure, date: d(2026, 11, 27), what: "雇用安定措置: 措置を実施（抵触日 2027-01-04）"},
		{name: "a wish before the window: the measure from the window", today: d(2026, 7, 4), duties: []record.Duty{wish(d(2026, 3, 1))},
			code: CodeStabilityMeasure, date: d(2026, 7, 4)},
		{name: "a measure taken, no answer yet: done", today: d(2026, 12, 1), duties: []record.Duty{wish(d(2026, 11, 27)), measured(d(2026, 11, 30), "")}},
		{name: "a measure that worked: done", today: d(2026, 12, 1), duties: []record.Duty{wish(d(2026, 11, 27)), measured(d(2026, 11, 30), record.ResultAchieved)}},
		{name: "a failed direct-hire request: another measure", today: d(2026, 12, 15),
			duties: []record.Duty{wish(d(2026, 11, 27)), measured(d(2026, 11, 30), record.ResultPending), measured(d(2026, 12, 10), record.ResultFailed)},
			code:   CodeStabilityAnotherMeasure, date: d(2026, 12, 10), what: "雇用安定措置: 前の措置が不成立、次の措置を実施（抵触日 2027-01-04）"},
		{name: "after the failure, a new measure: done", today: d(2026, 12, 20),
			duties: []record.Duty{measured(d(2026, 12, 10), record.ResultFailed), wish(d(2026, 11, 27)), measured(d(2026, 12, 18), "")}},
		{name: "a new wish after the measure: a measure again", today: d(2026, 12, 20),
			duties: []record.Duty{wish(d(2026, 11, 27)), measured(d(2026, 11, 30), ""), wish(d(2026, 12, 15))},
			code:   CodeStabilityMeasure, date: d(2026, 12, 15)},
		{name: "a wish on the day of a measure: it is answered", today: d(2026, 12, 20),
			duties: []record.Duty{wish(d(2026, 12, 1)), measured(d(2026, 12, 1), "")}},
		{name: "exempt: no limit date, nothing", today: d(2026, 12, 1), edit: func(s *recSpec) { s.Exempt = "indefinite" }},
		{name: "stability: off", today: d(2026, 12, 1), cfg: func(c *config.Config) { c.Stability.Enable = false }},
		{name: "warn 1y: from 2026-01-04", today: d(2026, 1, 4), cfg: func(c *config.Config) { c.Stability.Warn = dates.Span{Months: 12} },
			code: CodeStabilityWish, date: d(2026, 1, 4)},
		{name: "the owner and the manager", today: d(2026, 12, 1), cfg: func(c *config.Config) { c.Stability.Who = []string{"owner", "manager"} },
			code: CodeStabilityWish, date: d(2026, 7, 4), n: 2},
		{name: "a start on 29 February: limit 2027-03-01, from 2026-09-01", today: d(2026, 9, 1), edit: func(s *recSpec) { s.UnitStart = "2024-02-29" },
			code: CodeStabilityWish, date: d(2026, 9, 1), what: "雇用安定措置: 本人の希望を確認（抵触日 2027-03-01）"},
		{name: "ended: nothing", today: d(2026, 12, 1), edit: func(s *recSpec) { s.Status, s.Ended, s.Next = "ended", "2026-11-30", "" }},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := base()
			s.UnitStart = "2024-01-04"
			if c.edit != nil {
				c.edit(&s)
			}
			r := s.parse(t)
			r.Duties = c.duties
			cfg := cfgWith(noTraining)
			if c.cfg != nil {
				c.cfg(cfg)
			}
			items := dueDuties(r, cfg, c.today)
			n := max(c.n, 1)
			if c.code == "" {
				n = 0
			}
			if len(items) != n {
				t.Fatalf("%d items, want %d: %+v", len(items), n, items)
			}
			for _, it := range items {
				if it.Code != c.code || it.Date != c.date || it.Kind != KindDuty || it.Overdue != it.Date.Before(c.today) {
					t.Errorf("%+v, want %s on %s", it, c.code, c.date)
				}
				if c.what != "" && it.What != c.what {
					t.Errorf("What = %q, want %q", it.What, c.what)
				}
			}
			if n > 0 && (items[0].Who != "佐藤 健" || items[0].Role != "owner") {
				t.Errorf("who: %s %s", items[0].Who, items[0].Role)
			}
		})
	}
}

func training(on dates.Date, hours float64) record.Duty {
	return record.Duty{Kind: record.DutyTraining, Date: on, What: "研修", Hours: hours}
}

// TestTrainingShort: a staff member started 2026-04-01, in the fiscal year April to March.
func TestTrainingShort(t *testing.T) {
	noStability := func(c *config.Config) { c.Stability.Enable = false }
	for _, c := range []struct {
		name   string
		today  dates.Date
		start  string
		duties []record.Duty
		cfg    func(*config.Config)
		date   dates.Date // 0: none
		what   string
	}{
		{name: "December: not yet", today: d(2026, 12, 1)},
		{name: "7 days before February: listed ahead", today: d(2027, 1, 25), date: d(2027, 2, 1),
			what: "教育訓練: 今年度 0 / 8 時間（年度末 2027-03-31 まで）"},
		{name: "March, 7.5 hours", today: d(2027, 3, 31), duties: []record.Duty{training(d(2026, 6, 1), 3), training(d(2027, 3, 1), 4.5)},
			date: d(2027, 2, 1), what: "教育訓練: 今年度 7.5 / 8 時間（年度末 2027-03-31 まで）"},
		{name: "8 hours: done", today: d(2027, 3, 1), duties: []record.Duty{training(d(2026, 6, 1), 3), training(d(2027, 2, 10), 5)}},
		{name: "last year's hours do not count", today: d(2027, 2, 1), start: "2025-04-01", duties: []record.Duty{training(d(2026, 3, 31), 8)},
			date: d(2027, 2, 1)},
		{name: "a new fiscal year starts at zero", today: d(2028, 1, 30), duties: []record.Duty{training(d(2027, 3, 31), 8)}, date: d(2028, 2, 1),
			what: "教育訓練: 今年度 0 / 8 時間（年度末 2028-03-31 まで）"},
		{name: "past the first 3 years: nothing owed", today: d(2027, 3, 1), start: "2023-04-01"},
		{name: "in the third year", today: d(2027, 3, 1), start: "2024-04-02", date: d(2027, 2, 1)},
		{name: "calendar fiscal years: from November", today: d(2026, 11, 1), cfg: func(c *config.Config) { c.FiscalYearStart = 1 },
			date: d(2026, 11, 1), what: "教育訓練: 今年度 0 / 8 時間（年度末 2026-12-31 まで）"},
		{name: "a start in March: nothing owed that year", today: d(2027, 3, 15), start: "2027-03-01"},
		{name: "a start on 31 January: owed, due the next day", today: d(2027, 1, 31), start: "2027-01-31", date: d(2027, 2, 1)},
		{name: "training: off", today: d(2027, 3, 1), cfg: func(c *config.Config) { c.Training.Enable = false }},
		{name: "warn 1m: from March", today: d(2027, 2, 20), cfg: func(c *config.Config) { c.Training.Warn = dates.Span{Months: 1} }},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := base()
			if c.start != "" {
				s.Start = c.start
			}
			r := s.parse(t)
			r.Duties = c.duties
			cfg := cfgWith(noStability)
			if c.cfg != nil {
				c.cfg(cfg)
			}
			items := dueDuties(r, cfg, c.today)
			if c.date.IsZero() {
				if len(items) != 0 {
					t.Errorf("items %+v, want none", items)
				}
				return
			}
			if len(items) != 1 || items[0].Code != CodeTrainingShort || items[0].Date != c.date || items[0].Who != "佐藤 健" {
				t.Fatalf("items %+v, want training-short on %s", items, c.date)
			}
			if c.what != "" && items[0].What != c.what {
				t.Errorf("What = %q, want %q", items[0].What, c.what)
			}
		})
	}
}
