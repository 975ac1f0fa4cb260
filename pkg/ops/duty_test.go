package ops

import (
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

// TestRecordDuty: a duty goes into duties: (created after the last key of the front
// matter, then appended to) and a dated line into the log, in the record's words; every
// other byte stays, with LF and with CRLF line ends.
func TestRecordDuty(t *testing.T) {
	for _, crlf := range []bool{false, true} {
		rec := fixture(t, crlf)
		res, err := RecordDuty(rec, DutyInput{Env: envJA, Kind: "教育訓練", Date: day("2026-11-10"), What: "ビジネス文書研修", Hours: 3})
		if err != nil {
			t.Fatal(err)
		}
		nr := edited(t, "duty-training", rec, res.Edit)
		res, err = RecordDuty(nr, DutyInput{Env: envJA, Kind: "measure", Date: today, Option: "直接雇用",
			What: "派遣先へ直接雇用を依頼", Outcome: "予算の都合で見送り", Result: "不成立"})
		if err != nil {
			t.Fatal(err)
		}
		nr = edited(t, "duty-measure", nr, res.Edit)
		want := record.Duty{Kind: record.DutyMeasure, Date: today, What: "派遣先へ直接雇用を依頼", Option: record.OptionDirectHire,
			Outcome: "予算の都合で見送り", Result: record.ResultFailed, Line: nr.Duties[1].Line}
		if len(nr.Duties) != 2 || nr.Duties[1] != want || !nr.Duties[1].Failed() {
			t.Errorf("Duties = %+v", nr.Duties)
		}
	}
}

func TestDutyCheck(t *testing.T) {
	for _, c := range []struct {
		name string
		in   DutyInput
		want record.Duty
	}{
		{"a wish named by its option", DutyInput{Kind: "希望", What: "無期雇用"},
			record.Duty{Kind: record.DutyWish, What: "無期雇用", Option: record.OptionIndefinite}},
		{"a wish by --option alone, in the record's words", DutyInput{Kind: "wish", Option: "new dispatch"},
			record.Duty{Kind: record.DutyWish, What: "新たな派遣先", Option: record.OptionNewDispatch}},
		{"a career consultation with hours", DutyInput{Kind: "キャリア相談", What: "今後", Hours: 0.5},
			record.Duty{Kind: record.DutyCareer, What: "今後", Hours: 0.5}},
		{"full-width kind", DutyInput{Kind: "ｔｒａｉｎｉｎｇ", What: "x", Hours: 8},
			record.Duty{Kind: record.DutyTraining, What: "x", Hours: 8}},
	} {
		c.in.Env, c.in.Date = envJA, today
		c.want.Date = today
		got, err := c.in.Check()
		if err != nil || got != c.want {
			t.Errorf("%s: %+v, %v; want %+v", c.name, got, err, c.want)
		}
	}
	for _, c := range []struct {
		name, key string
		in        DutyInput
	}{
		{"unknown kind", "duty.badkind", DutyInput{Kind: "lesson", What: "x"}},
		{"training without hours", "duty.nohours", DutyInput{Kind: "training", What: "x"}},
		{"hours of a wish", "duty.onlyfor", DutyInput{Kind: "wish", What: "無期", Hours: 1}},
		{"outcome of a career", "duty.onlyfor", DutyInput{Kind: "career", What: "x", Outcome: "y"}},
		{"option of a training", "duty.onlyfor", DutyInput{Kind: "training", What: "x", Hours: 1, Option: "other"}},
		{"wish of no option", "duty.nooption", DutyInput{Kind: "wish", What: "財務課で働きたい"}},
		{"unknown option", "duty.badoption", DutyInput{Kind: "measure", What: "x", Option: "hire"}},
		{"unknown result", "duty.badresult", DutyInput{Kind: "measure", What: "x", Option: "other", Result: "ok"}},
		{"no what", "duty.nowhat", DutyInput{Kind: "career"}},
		{"in the future", "duty.future", DutyInput{Kind: "career", What: "x", Date: today.AddDays(1)}},
	} {
		c.in.Env = envJA
		if c.in.Date.IsZero() {
			c.in.Date = today
		}
		_, err := c.in.Check()
		refused(t, c.name, err, c.key, true)
	}
}

func TestDutyLine(t *testing.T) {
	for _, c := range []struct {
		d      record.Duty
		ja, en string
	}{
		{record.Duty{Kind: record.DutyTraining, What: "OA研修", Hours: 1.5}, "教育訓練: OA研修（1.5時間）", "Training: OA研修 (1.5 h)"},
		{record.Duty{Kind: record.DutyCareer, What: "今後"}, "キャリアコンサルティング: 今後", "Career consulting: 今後"},
		{record.Duty{Kind: record.DutyWish, What: "直接雇用", Option: record.OptionDirectHire}, "本人の希望: 直接雇用", "The staff member's wish: 直接雇用"},
		{record.Duty{Kind: record.DutyWish, What: "財務課で", Option: record.OptionNewDispatch}, "本人の希望（新たな派遣先）: 財務課で", "The staff member's wish (a new dispatch): 財務課で"},
		{record.Duty{Kind: record.DutyMeasure, What: "依頼", Option: record.OptionOther}, "実施した措置（その他）: 依頼", "Measure taken (other): 依頼"},
	} {
		if got := DutyLine(c.d, "ja"); got != c.ja {
			t.Errorf("ja: %q, want %q", got, c.ja)
		}
		if got := DutyLine(c.d, "en"); got != c.en {
			t.Errorf("en: %q, want %q", got, c.en)
		}
	}
}
