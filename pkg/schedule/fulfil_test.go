package schedule

import (
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// fulfilSpec is a record started 2026-11-25 with the owner's first-day call done, the
// manager's call open, the 1-week and 1-month follow-ups open, a renewal check open, and
// a first-day call and a visit on 12/3 in its log.
func fulfilSpec(t *testing.T) (*record.Record, []record.Entry) {
	s := base()
	s.Start, s.Next = "2026-11-25", "2026-12-16"
	s.Milestones = []msSpec{
		{ID: "M1", What: "初日連絡", Due: "2026-11-25", Who: "owner", Done: "2026-11-25", Rule: "first-day"},
		{ID: "M2", What: "初日お礼電話", Due: "2026-11-25", Who: "manager", Rule: "first-day-thanks"},
		{ID: "M3", What: "1週間フォロー", Due: "2026-12-02", Who: "owner", Rule: "week-1"},
		{ID: "M4", What: "1ヶ月フォロー", Due: "2026-12-25", Who: "佐藤 健", Rule: "month-1"},
		{ID: "M5", What: "更新意向確認", Due: "2026-12-28", Who: "owner", Rule: "renewal-intent"},
	}
	r := parseRecord(t, s.render()+"\n## 2026-11-25 電話\n\n次回: 2026-12-02\n\n## 2026-12-03 訪問\n\n次回: 2026-12-16\n\n## 2026-12-04 完了\n\n- memo\n")
	entries, _ := r.Entries()
	return r, entries
}

// A contact fulfils the owner's milestone nearest to it within the window: not the
// manager's, not a renewal check, at most one, and none when the window is off.
func TestFulfils(t *testing.T) {
	r, _ := fulfilSpec(t)
	cfg := config.Default()
	for _, c := range []struct {
		date string
		want string
	}{
		{"2026-11-25", "M1"}, // done already: Fulfils reports it all the same
		{"2026-11-28", "M1"}, // 3 days from M1, 4 from M3
		{"2026-11-29", "M3"}, // 4 days from M1, 3 from M3
		{"2026-12-02", "M3"},
		{"2026-12-09", "M3"},
		{"2026-12-10", ""},   // 8 days after M3, 15 before M4
		{"2026-12-18", "M4"}, // who is the owner's name
		{"2027-01-01", "M4"}, // M5 (a renewal check, 4 days) is answered by a renewal or an end
		{"2027-01-02", ""},
	} {
		got := ""
		if m := Fulfils(r, cfg, iso(c.date)); m != nil {
			got = m.ID
		}
		if got != c.want {
			t.Errorf("Fulfils(%s) = %q, want %q", c.date, got, c.want)
		}
	}
	off := cfgWith(func(c *config.Config) { c.MilestoneWindow = dates.Span{} })
	if m := Fulfils(r, off, iso("2026-12-02")); m != nil {
		t.Errorf("window off: %s", m.ID)
	}
}

// FulfilledOn is the latest contact up to today that fulfils a milestone; Unclosed lists
// the open milestones a contact already fulfilled.
func TestFulfilledOn(t *testing.T) {
	r, entries := fulfilSpec(t)
	cfg := config.Default()
	if on := FulfilledOn(r, entries, cfg, "M3", iso("2026-12-05")); on != iso("2026-12-03") {
		t.Errorf("M3: %s", on)
	}
	if on := FulfilledOn(r, entries, cfg, "M3", iso("2026-12-02")); !on.IsZero() {
		t.Errorf("M3 before the visit: %s", on)
	}
	if on := FulfilledOn(r, entries, cfg, "M4", iso("2026-12-05")); !on.IsZero() {
		t.Errorf("M4: %s", on)
	}
	u := Unclosed(r, entries, cfg, iso("2026-12-05"))
	if len(u) != 1 || u[0].Milestone.ID != "M3" || u[0].Contact != iso("2026-12-03") {
		t.Errorf("Unclosed = %+v", u)
	}
}
