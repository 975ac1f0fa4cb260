package schedule

import (
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/duties"
	"github.com/staffnote/follow/pkg/record"
)

// The agency's duties that follow due reminds of (kind duty), from the record's duties:.
//
// Employment-stability measures (雇用安定措置, 労働者派遣法 30条): from stability.warn (6
// months) before the individual limit date, the owner asks the staff member's wish
// (stability-wish); once a wish is recorded, a measure is due (stability-measure) until one
// is recorded on or after the latest wish. A measure whose result is failed (a client that
// declined to hire directly) needs another (stability-another-measure). Exempt records
// (exempt:) have no limit date and so no such item.
//
// Training (教育訓練, 30条の2): from training.warn (2 months: February 1) before the fiscal
// year ends, a staff member owed training this year (the first training.years years from
// the start) with fewer hours than training.hours is due (training-short).

// StabilityStep is what the employment-stability measures of r need next as of its
// duties: a code (CodeStabilityWish, CodeStabilityMeasure, CodeStabilityAnotherMeasure),
// from when, and the line of the entry it follows (0: none); code "" when nothing is due
// (not near the limit, exempt, a measure taken, or stability: off).
func StabilityStep(r *record.Record, cfg *config.Config) (code string, from dates.Date, line int) {
	if !cfg.Stability.Enable {
		return "", 0, 0
	}
	ld := LimitDate(r, cfg.Limit.Years)
	if ld.IsZero() {
		return "", 0, 0
	}
	from = ld.Add(cfg.Stability.Warn.Neg())
	var wish, measure *record.Duty
	for i := range r.Duties {
		d := &r.Duties[i]
		switch {
		case d.Kind == record.DutyWish && (wish == nil || !d.Date.Before(wish.Date)):
			wish = d
		case d.Kind == record.DutyMeasure && (measure == nil || !d.Date.Before(measure.Date)):
			measure = d
		}
	}
	switch {
	case wish == nil:
		return CodeStabilityWish, from, r.KeyLine("start")
	case measure == nil || measure.Date.Before(wish.Date):
		return CodeStabilityMeasure, later(from, wish.Date), wish.Line
	case measure.Failed():
		return CodeStabilityAnotherMeasure, later(from, measure.Date), measure.Line
	}
	return "", 0, 0
}

// TrainingShortfall returns, for the fiscal year today falls in, the training hours r was
// given, the hours owed, and from when a shortfall is due; ok is false when nothing is
// owed, the hours are given, or training: off.
func TrainingShortfall(r *record.Record, cfg *config.Config, today dates.Date) (given, owed float64, from, yearEnd dates.Date, ok bool) {
	if !cfg.Training.Enable {
		return 0, 0, 0, 0, false
	}
	fy := dates.FiscalYear(today, cfg.FiscalYearStart)
	if owed = duties.Owed(r, cfg, fy); owed == 0 {
		return 0, 0, 0, 0, false
	}
	if given = duties.Hours(r, cfg, fy); given >= owed {
		return 0, 0, 0, 0, false
	}
	_, yearEnd = dates.FiscalYearBounds(fy, cfg.FiscalYearStart)
	return given, owed, yearEnd.AddDays(1).Add(cfg.Training.Warn.Neg()), yearEnd, true
}

func later(a, b dates.Date) dates.Date {
	if b.After(a) {
		return b
	}
	return a
}

// dutyItems adds the duty items of r.
func dutyItems(r *record.Record, cfg *config.Config, today dates.Date, when func(dates.Date) bool, add func(Item)) {
	if code, from, line := StabilityStep(r, cfg); code != "" && when(from) {
		for _, who := range cfg.Stability.Who {
			person, role := Resolve(r, who)
			add(Item{Date: from, Kind: KindDuty, Code: code, On: LimitDate(r, cfg.Limit.Years), Who: person, Role: role, Line: line})
		}
	}
	if given, owed, from, end, ok := TrainingShortfall(r, cfg, today); ok && when(from) {
		add(Item{Date: from, Kind: KindDuty, Code: CodeTrainingShort, On: end, Given: given, Owed: owed, Line: r.KeyLine("start")})
	}
}
