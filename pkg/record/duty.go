package record

import (
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/pkg/dates"
)

// The duties of a dispatch agency that meet the follow-up (労働者派遣法 30条, 30条の2,
// 派遣元管理台帳), kept in the front matter under duties: so the office can prove what it
// did: training given, career consultations, the staff member's wish about stable
// employment near the 3-year limit, and the measures taken with their outcome.

// Kinds of a duty entry.
const (
	DutyTraining = "training" // 教育訓練: hours of training given
	DutyCareer   = "career"   // キャリアコンサルティング
	DutyWish     = "wish"     // the staff member's wish about stable employment (雇用安定措置の希望)
	DutyMeasure  = "measure"  // an employment-stability measure taken (雇用安定措置), with its outcome
)

// DutyKinds lists the kinds in the order documented.
var DutyKinds = []string{DutyTraining, DutyCareer, DutyWish, DutyMeasure}

// The employment-stability measures a wish names and a measure takes (30条).
const (
	OptionDirectHire  = "direct-hire"  // 派遣先での直接雇用 (a request to the client to hire directly)
	OptionNewDispatch = "new-dispatch" // 新たな派遣先 (a new dispatch offered)
	OptionIndefinite  = "indefinite"   // 無期雇用 (indefinite-term employment by the agency)
	OptionOther       = "other"        // その他 (training, another measure)
)

// DutyOptions lists the options in the order of the law.
var DutyOptions = []string{OptionDirectHire, OptionNewDispatch, OptionIndefinite, OptionOther}

// The result of a measure.
const (
	ResultPending  = "pending"  // taken, no answer yet
	ResultAchieved = "achieved" // it worked (hired, placed, employed)
	ResultFailed   = "failed"   // it did not (the client declined): another measure is due
)

// DutyResults lists the results.
var DutyResults = []string{ResultPending, ResultAchieved, ResultFailed}

// DutyKeys are the keys known in a duties item.
var DutyKeys = []string{"kind", "date", "what", "hours", "option", "outcome", "result"}

// Duty is one entry of duties:.
type Duty struct {
	Kind    string     // one of DutyKinds
	Date    dates.Date // when it happened
	What    string     // what was given, asked or done
	Hours   float64    // training (and, optionally, career): its length in hours
	Option  string     // wish, measure: one of DutyOptions
	Outcome string     // measure: what came of it, in words
	Result  string     // measure: one of DutyResults ("" reads as pending)
	Line    int
}

// Failed reports whether a measure did not work, so another one is due.
func (d Duty) Failed() bool { return d.Kind == DutyMeasure && d.Result == ResultFailed }

// FormatHours writes hours as YAML and follow's messages do: 8, 1.5.
func FormatHours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// DutyFields are the fields follow writes for d, in the order of DutyKeys.
func DutyFields(d Duty) []Field {
	f := []Field{{Key: "kind", Value: d.Kind}, {Key: "date", Value: d.Date}}
	if d.What != "" {
		f = append(f, Field{Key: "what", Value: d.What})
	}
	if d.Hours > 0 {
		f = append(f, Field{Key: "hours", Value: d.Hours})
	}
	if d.Option != "" {
		f = append(f, Field{Key: "option", Value: d.Option})
	}
	if d.Outcome != "" {
		f = append(f, Field{Key: "outcome", Value: d.Outcome})
	}
	if d.Result != "" {
		f = append(f, Field{Key: "result", Value: d.Result})
	}
	return f
}

func (r *Record) decodeDuties(k, v *yaml.Node) {
	if !r.sequence(k, v) {
		return
	}
	for _, it := range v.Content {
		if !r.mapping(k, it, DutyKeys) {
			continue
		}
		d := Duty{Line: r.fileLine(it)}
		var at = map[string]*yaml.Node{}
		forEachPair(it, func(dk, dv *yaml.Node) {
			at[dk.Value] = dv
			switch dk.Value {
			case "kind":
				d.Kind = r.str(dk, dv)
			case "date":
				d.Date = r.date(dk, dv)
			case "what":
				d.What = r.str(dk, dv)
			case "hours":
				d.Hours = r.hours(dk, dv)
			case "option":
				d.Option = r.str(dk, dv)
			case "outcome":
				d.Outcome = r.str(dk, dv)
			case "result":
				d.Result = r.str(dk, dv)
			}
		})
		r.checkDuty(it, d, at)
		r.Duties = append(r.Duties, d)
	}
}

// checkDuty reports what a duty entry lacks or holds wrongly (rule duty).
func (r *Record) checkDuty(it *yaml.Node, d Duty, at map[string]*yaml.Node) {
	bad := func(n *yaml.Node, format string, args ...any) {
		if n == nil {
			n = it
		}
		r.problem(n, SevError, "duty", format, args...)
	}
	if !slices.Contains(DutyKinds, d.Kind) {
		bad(at["kind"], "a duty needs kind: one of %s, not %q", strings.Join(DutyKinds, ", "), d.Kind)
		return
	}
	if d.Date.IsZero() && !r.hasProblemAt(at["date"]) {
		bad(at["date"], "duty %s needs date: YYYY-MM-DD", d.Kind)
	}
	if d.What == "" && d.Kind != DutyWish {
		bad(at["what"], "duty %s needs what: (what was given or done)", d.Kind)
	}
	if d.Kind == DutyTraining && d.Hours == 0 && !r.hasProblemAt(at["hours"]) {
		bad(at["hours"], "duty training needs hours: (the hours of training given)")
	}
	if (d.Kind == DutyWish || d.Kind == DutyMeasure) && !slices.Contains(DutyOptions, d.Option) {
		bad(at["option"], "duty %s needs option: one of %s, not %q", d.Kind, strings.Join(DutyOptions, ", "), d.Option)
	}
	if d.Kind != DutyMeasure && (d.Outcome != "" || d.Result != "") {
		n := at["result"]
		if n == nil {
			n = at["outcome"]
		}
		bad(n, "duty %s has no outcome or result: only a measure has", d.Kind)
	}
	if d.Result != "" && !slices.Contains(DutyResults, d.Result) {
		bad(at["result"], "result must be one of %s, not %q", strings.Join(DutyResults, ", "), d.Result)
	}
}

// hours reads a number of hours: more than 0, at most 1000, fractions allowed (1.5).
func (r *Record) hours(k, v *yaml.Node) float64 {
	s := r.str(k, v)
	if s == "" {
		return 0
	}
	h, err := strconv.ParseFloat(s, 64)
	if err != nil || h <= 0 || h > 1000 {
		r.problem(v, SevError, "type", "%s must be a number of hours above 0 (8, 1.5), not %q", k.Value, s)
		return 0
	}
	return h
}
