package ops

import (
	"slices"
	"strings"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// The words a user may type for a duty's kind, a measure's option and its result: the
// code, and the Japanese (and English) names in use. They compare as textfold.Key does
// (width, kana, case and spaces do not matter).
var (
	dutyKindWords = &lazy.Value[map[string][]string]{New: func() map[string][]string {
		return map[string][]string{
			record.DutyTraining: {"教育訓練", "訓練", "研修"},
			record.DutyCareer:   {"career-consulting", "キャリアコンサルティング", "キャリコン", "キャリア相談", "キャリア"},
			record.DutyWish:     {"希望", "本人希望", "本人の希望"},
			record.DutyMeasure:  {"措置", "雇用安定措置"},
		}
	}}
	dutyOptionWords = &lazy.Value[map[string][]string]{New: func() map[string][]string {
		return map[string][]string{
			record.OptionDirectHire:  {"派遣先での直接雇用", "直接雇用", "直雇用", "direct hire"},
			record.OptionNewDispatch: {"新たな派遣先", "新しい派遣先", "別の派遣先", "新たな就業機会", "new dispatch"},
			record.OptionIndefinite:  {"無期雇用", "無期", "無期雇用派遣"},
			record.OptionOther:       {"その他"},
		}
	}}
	dutyResultWords = &lazy.Value[map[string][]string]{New: func() map[string][]string {
		return map[string][]string{
			record.ResultPending:  {"回答待ち", "未定", "保留", "検討中"},
			record.ResultAchieved: {"実現", "成立", "決定", "done"},
			record.ResultFailed:   {"不成立", "見送り", "断られた", "declined"},
		}
	}}
)

// word finds the code among codes that typed names, or "".
func word(typed string, codes []string, words map[string][]string) string {
	k := textfold.Key(typed)
	if k == "" {
		return ""
	}
	for _, c := range codes {
		if textfold.Key(c) == k {
			return c
		}
		for _, w := range words[c] {
			if textfold.Key(w) == k {
				return c
			}
		}
	}
	return ""
}

// DutyKind is the kind a user typed (training, 教育訓練, キャリコン, 措置, ...), or "".
func DutyKind(typed string) string { return word(typed, record.DutyKinds, dutyKindWords.Get()) }

// DutyOption is the option a user typed (direct-hire, 直接雇用, 無期, ...), or "".
func DutyOption(typed string) string { return word(typed, record.DutyOptions, dutyOptionWords.Get()) }

// DutyResult is the result a user typed (failed, 不成立, 実現, ...), or "".
func DutyResult(typed string) string { return word(typed, record.DutyResults, dutyResultWords.Get()) }

// DutyInput is one duty to record: training given, a career consultation, the staff
// member's wish about stable employment, or a measure taken. Kind, Option and Result are
// as typed, in either language.
type DutyInput struct {
	Env
	Kind    string
	Date    dates.Date
	What    string
	Hours   float64 // 0: not given
	Option  string
	Outcome string
	Result  string
}

// Check refuses an input that no record could take, and returns the duty it records.
func (in DutyInput) Check() (record.Duty, error) {
	d := record.Duty{Kind: DutyKind(in.Kind), Date: in.Date, What: strings.TrimSpace(in.What), Hours: in.Hours,
		Outcome: strings.TrimSpace(in.Outcome)}
	if d.Kind == "" {
		return d, usage("duty.badkind", in.Kind)
	}
	if in.Date.After(in.Today) {
		return d, usage("duty.future", in.Date)
	}
	switch {
	case in.Hours < 0 || in.Hours > 1000:
		return d, usage("duty.badhours", record.FormatHours(in.Hours))
	case d.Kind == record.DutyTraining && in.Hours == 0:
		return d, usage("duty.nohours")
	case in.Hours > 0 && d.Kind != record.DutyTraining && d.Kind != record.DutyCareer:
		return d, usage("duty.onlyfor", "--hours", "training, career")
	case (d.Outcome != "" || in.Result != "") && d.Kind != record.DutyMeasure:
		return d, usage("duty.onlyfor", "--outcome, --result", "measure")
	case in.Option != "" && d.Kind != record.DutyWish && d.Kind != record.DutyMeasure:
		return d, usage("duty.onlyfor", "--option", "wish, measure")
	}
	if d.Kind == record.DutyWish || d.Kind == record.DutyMeasure {
		d.Option = DutyOption(in.Option)
		if in.Option == "" && in.What != "" {
			d.Option = DutyOption(in.What) // --what names the option itself
		}
		switch {
		case d.Option == "" && in.Option != "":
			return d, usage("duty.badoption", in.Option, optionList())
		case d.Option == "":
			return d, usage("duty.nooption", optionList())
		}
		if d.What == "" {
			d.What = in.t("duty.option." + d.Option)
		}
	}
	if in.Result != "" {
		if d.Result = DutyResult(in.Result); d.Result == "" {
			return d, usage("duty.badresult", in.Result)
		}
	}
	if d.What == "" {
		return d, usage("duty.nowhat")
	}
	return d, nil
}

// optionList names the options as a user may type them.
func optionList() string {
	var parts []string
	for _, o := range record.DutyOptions {
		parts = append(parts, o+" ("+dutyOptionWords.Get()[o][0]+")")
	}
	return strings.Join(parts, ", ")
}

// dutyLogKind is the kind of the log entry of each kind of duty (record.Kind).
var dutyLogKind = &lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{record.DutyTraining: record.KindTraining, record.DutyCareer: record.KindCareer,
		record.DutyWish: record.KindStability, record.DutyMeasure: record.KindStability}
}}

// DutyDone says what recording a duty did.
type DutyDone struct {
	Edit
	Duty record.Duty
	Line string // the log line, in the record's language
}

// RecordDuty adds a duty to the record's duties: and writes a dated line into the log.
func RecordDuty(rec *record.Record, in DutyInput) (DutyDone, error) {
	d, err := in.Check()
	if err != nil {
		return DutyDone{}, err
	}
	res := DutyDone{Duty: d, Line: DutyLine(d, in.Lang)}
	lines := []string{res.Line}
	if d.Outcome != "" || d.Result != "" {
		lines = append(lines, dutyOutcome(d, in.Lang))
	}
	ed := rec.Edit()
	ed.Append([]string{"duties"}, record.DutyFields(d))
	ed.InsertEntry(d.Date, in.log(d.Date, dutyLogKind.Get()[d.Kind], lines...))
	out, err := ed.Bytes()
	if err != nil {
		return DutyDone{}, err
	}
	n := len(rec.Duties)
	res.Edit = Edit{Out: out, verify: func(nr *record.Record) error {
		if len(nr.Duties) != n+1 || !slices.ContainsFunc(nr.Duties, func(x record.Duty) bool {
			x.Line = 0
			return x == d
		}) {
			return i18n.Msg("duty.notsaved")
		}
		return nil
	}}
	return res, nil
}

// DutyLine says in lang what a duty is, as its log line does: "教育訓練: 経理実務研修（3時間）".
func DutyLine(d record.Duty, lang string) string {
	t := i18n.Translator(lang)
	switch d.Kind {
	case record.DutyTraining:
		return t("duty.line.training", d.What, record.FormatHours(d.Hours))
	case record.DutyCareer:
		if d.Hours > 0 {
			return t("duty.line.career.hours", d.What, record.FormatHours(d.Hours))
		}
		return t("duty.line.career", d.What)
	}
	if d.Kind == record.DutyWish && DutyOption(d.What) == d.Option {
		return t("duty.line.wish.only", d.What) // the wish is the option itself
	}
	return t("duty.line."+d.Kind, t("duty.option."+d.Option), d.What)
}

// dutyOutcome is the log line of a measure's outcome and result.
func dutyOutcome(d record.Duty, lang string) string {
	t := i18n.Translator(lang)
	result := d.Result
	if result == "" {
		result = record.ResultPending
	}
	if d.Outcome == "" {
		return t("duty.line.result", t("duty.result."+result))
	}
	return t("duty.line.outcome", d.Outcome, t("duty.result."+result))
}
