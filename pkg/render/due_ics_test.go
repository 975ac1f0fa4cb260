package render

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

const calendarRecord = `---
id: S0210
name: 西村 和也
status: active
owner: 大西 由美
manager: 堀 直人
client: 浪速テクノ株式会社
site: 設計部 設計二課
supervisor: 北村 剛
site_phone: 06-0000-3110 内線 204
start: 2026-11-24
next: 2026-12-04
milestones:
  - id: M3
    what: 1週間フォロー
    due: 2026-12-03
  - id: M11
    what: 更新お礼電話（指揮命令者へ）
    due: 2026-11-30
    who: manager
requests:
  - id: R1
    what: 席が寒い
    due: 2026-12-05
---

# 西村 和也
`

// export writes the calendar of the record src on today, as follow due --format ics does
// (7 days ahead, cancelled for 30 days), and decodes it with go-ical, by UID.
func export(t *testing.T, src string, today dates.Date, at *dates.Appointment) (map[string]*ical.Component, string) {
	t.Helper()
	path := "/home/someone/records/osaka/S0210.md"
	r, err := record.Parse(path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	f := schedule.Filter{Until: today.AddDays(7)}
	items, closed := f.Collect(r, cfg, today), f.Closed(r, cfg, today, today.AddDays(-30))
	tr := func(key string, args ...any) string { return key }
	for i := range items {
		items[i].Phrase(tr)
		if items[i].Code == schedule.CodeNextFollowUp {
			items[i].At = at
		}
	}
	var b bytes.Buffer
	err = DueICS(&b, ItemSlice(items), ICSOptions{Name: "follow", Stamp: today}, DueFeed{Lang: "ja", Today: today, Root: "/home/someone/records", Cancelled: closed})
	if err != nil {
		t.Fatal(err)
	}
	checkPhysicalLines(t, b.Bytes())
	events := map[string]*ical.Component{}
	for _, e := range decode(t, b.Bytes()).Events() {
		uid := text(t, e.Component, "UID")
		if events[uid] != nil {
			t.Errorf("two events have the UID %s", uid)
		}
		events[uid] = e.Component
	}
	return events, b.String()
}

// Issue 20: a calendar that stays true across two exports, decoded with go-ical: the
// follow-up moved (to a time and place), the milestone changed, the call done (cancelled),
// and the overdue call placed on today; no path of the exporting machine.
func TestDueICSAcrossExports(t *testing.T) {
	day1, day2 := dates.MustOf(2026, time.December, 1), dates.MustOf(2026, time.December, 2)
	first, out1 := export(t, calendarRecord, day1, nil)
	src2 := strings.NewReplacer("next: 2026-12-04", "next: 2026-12-09", "what: 1週間フォロー", "what: 1週間フォロー（電話で）",
		"    who: manager\n", "    who: manager\n    done: 2026-12-01\n").Replace(calendarRecord)
	second, out2 := export(t, src2, day2, &dates.Appointment{Date: dates.MustOf(2026, time.December, 9), Time: "15:00", Place: "休憩室"})
	for _, out := range []string{out1, out2} {
		if strings.Contains(out, "/home/someone") || !strings.Contains(out, `\nosaka/S0210.md`) {
			t.Errorf("the description must name the record relative to the records folder:\n%s", out)
		}
	}
	const followUp, m3, call, r1 = "S0210-follow-up-owner@follow", "S0210-milestone-M3@follow", "S0210-milestone-M11@follow", "S0210-request-R1@follow"
	for _, uid := range []string{followUp, m3, call, r1} {
		a, b := first[uid], second[uid]
		if a == nil || b == nil {
			t.Fatalf("%s: in the first export %v, in the second %v", uid, a != nil, b != nil)
		}
		s1, err1 := a.Props.Get("SEQUENCE").Int()
		s2, err2 := b.Props.Get("SEQUENCE").Int()
		if err1 != nil || err2 != nil || s2 <= s1 {
			t.Errorf("%s: SEQUENCE %d then %d (%v %v): a re-import must take the second", uid, s1, s2, err1, err2)
		}
		if _, err := b.Props.DateTime("DTSTAMP", nil); err != nil {
			t.Errorf("%s: DTSTAMP: %v", uid, err)
		}
	}
	// Moved: the follow-up is on its new day, at its time, in its place.
	start, err := second[followUp].Props.DateTime("DTSTART", time.UTC)
	if err != nil || !start.Equal(time.Date(2026, 12, 9, 15, 0, 0, 0, time.UTC)) {
		t.Errorf("moved follow-up starts %v (%v)", start, err)
	}
	if end, _ := second[followUp].Props.DateTime("DTEND", time.UTC); !end.Equal(time.Date(2026, 12, 9, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("moved follow-up ends %v", end)
	}
	if loc := text(t, second[followUp], "LOCATION"); loc != "休憩室" {
		t.Errorf("location %q", loc)
	}
	// Changed: the milestone's new text.
	if s := text(t, second[m3], "SUMMARY"); !strings.Contains(s, "1週間フォロー（電話で）") {
		t.Errorf("changed milestone: %q", s)
	}
	// The overdue call: on today, N日超過, whom to call; then done: cancelled.
	if s := text(t, first[call], "SUMMARY"); !strings.HasPrefix(s, "【1日超過】") || !strings.HasSuffix(s, "→ 北村 剛 様") {
		t.Errorf("overdue call: %q", s)
	}
	if d, _ := first[call].Props.DateTime("DTSTART", time.UTC); !d.Equal(day1.Time()) {
		t.Errorf("the overdue call is on %v, want today", d)
	}
	if st := text(t, second[call], "STATUS"); st != "CANCELLED" {
		t.Errorf("the call done: STATUS %q", st)
	}
	for uid, e := range second {
		if uid != call && e.Props.Get("STATUS") != nil {
			t.Errorf("%s: STATUS %q", uid, text(t, e, "STATUS"))
		}
	}
}
