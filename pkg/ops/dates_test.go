package ops

import (
	"slices"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// TestCheckVisitDates: one rule for flags and drafts. A visit after today and a next date
// before the visit are refused; a next date on a closed day passes with a warning naming it.
func TestCheckVisitDates(t *testing.T) {
	cfg, err := config.Parse("follow.yaml", []byte("closed: [12-29..01-03]\n"))
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		field   string
		warning bool
		text    string
	}
	for _, c := range []struct {
		date, next string
		want       []want
	}{
		{"2026-12-05", "2026-12-16", nil},
		{"2026-12-05", "", nil},
		{"2026-12-04", "2026-12-04", nil},
		{"2026-12-20", "2027-01-05", []want{{"date", false, "訪問日 2026-12-20 が今日（2026-12-05）より後です。訪問は実施してから記録してください"}}},
		{"2026-12-05", "2026-11-30", []want{{"next", false, "次回 2026-11-30 が訪問日（2026-12-05）より前です"}}},
		{"2026-12-05", "2027-01-01", []want{{"next", true, "次回 2027-01-01 は休みの日（祝日・元日）です。日程に間違いがないか確認してください"}}},
		{"2026-12-05", "2026-12-29", []want{{"next", true, "次回 2026-12-29 は休みの日（休業日）です。日程に間違いがないか確認してください"}}},
		{"2026-12-05", "2026-12-12", []want{{"next", true, "次回 2026-12-12 は休みの日（土曜日）です。日程に間違いがないか確認してください"}}},
	} {
		var got []want
		for _, p := range CheckVisitDates(VisitDates{Date: day(c.date), Next: dayOr0(c.next), Today: today}, cfg) {
			got = append(got, want{p.Field, p.Warning, p.Msg.Text(i18n.JA)})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s next %s: %+v, want %+v", c.date, c.next, got, c.want)
		}
	}
	if p := CheckVisitDates(VisitDates{Date: today, Next: day("2026-12-06"), Today: today}, config.Default()); len(p) != 1 || p[0].Msg.Text(i18n.EN) != "the next follow-up 2026-12-06 falls on a closed day (Sunday): make sure the appointment holds" {
		t.Errorf("English: %+v", p)
	}
}

// A draft is checked by the same rule, at the line of its heading or of its Next: line.
func TestCheckDraftDates(t *testing.T) {
	rec := fixture(t, false)
	if _, err := record.ParseDraft("## 12/20 訪問\n### メモ\n- x\n次回: 12/19\n", today); err == nil || !strings.Contains(err.Error(), `line 1: "## 12/20 訪問": the visit heading must start with a date: ## YYYY-MM-DD kind ("12/20" is 2026-12-20, 15 days from now`) {
		t.Errorf("12/20 in the heading: %v", err)
	}
	d, err := record.ParseDraft("## 11/20 訪問\n### メモ\n- x\n次回: 12/19\n", today)
	if err != nil || d.Date != day("2026-11-20") || d.Next != day("2026-12-19") {
		t.Fatal(d, err)
	}
	in := FromDraft(d, today, "", envJA)
	var got []string
	for _, e := range CheckDraft(rec, d, nil, in) {
		got = append(got, e.Error())
	}
	// 12/20 in the heading is the day of a visit that happened: on 2026-12-05 the nearest
	// 12/20 is still to come, which ParseDraft refuses; 12/19 as the next date is planned:
	// 2026-12-19.
	_ = in
	if len(got) != 0 {
		t.Errorf("%v", got)
	}
	d, _ = record.ParseDraft("## 2026-12-20 訪問\n次回: 2026-12-10\n", today)
	got = nil
	for _, e := range CheckDraft(rec, d, nil, FromDraft(d, today, "", envJA)) {
		got = append(got, e.Error())
	}
	want := []string{"line 1: the visit is dated 2026-12-20, after today (2026-12-05): log a visit once it has happened",
		"line 2: the next follow-up 2026-12-10 is before the visit (2026-12-20)"}
	if !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}

func dayOr0(s string) dates.Date {
	if s == "" {
		return 0
	}
	return day(s)
}
