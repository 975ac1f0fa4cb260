package schedule

import (
	"slices"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
)

// Issue 20: what a calendar must drop: milestones done, requests resolved or reported,
// and an ended record's duties, within the period; not what was closed before it, not
// what is still open, not what lies after the filter's Until.
func TestClosed(t *testing.T) {
	src := `---
id: S1
name: 山田 花子
status: active
owner: 佐藤
manager: 鈴木
start: 2026-10-01
next: 2026-12-04
milestones:
  - id: M2
    what: 初日お礼電話
    due: 2026-10-01
    who: manager
    done: 2026-10-01
  - id: M3
    what: 1週間フォロー
    due: 2026-11-30
    done: 2026-12-01
  - id: M4
    what: 3ヶ月フォロー
    due: 2027-01-05
requests:
  - id: R1
    what: 席が寒い
    due: 2026-11-28
    done: 2026-11-29
    report: 2026-12-10
  - id: R2
    what: PC
    due: 2026-11-20
    done: 2026-11-21
    reported: 2026-11-25
---
`
	cfg := config.Default()
	today, since := d(2026, 12, 2), d(2026, 11, 22)
	keys := func(items []Item) []string {
		var k []string
		for _, it := range items {
			k = append(k, it.Key())
		}
		slices.Sort(k)
		return k
	}
	f := Filter{Until: d(2026, 12, 9)}
	got := keys(f.Closed(parseRecord(t, src), cfg, today, since))
	want := []string{"S1-milestone-M3", "S1-report-R2", "S1-request-R1"}
	if !slices.Equal(got, want) {
		t.Errorf("closed %v, want %v", got, want)
	}
	// Ended within the period: every duty it had up to Until (not M4, in January).
	ended := strings.Replace(src, "status: active", "status: ended\nended:\n  date: 2026-12-01\n  reason: 契約満了", 1)
	got = keys(f.Closed(parseRecord(t, ended), cfg, today, since))
	want = []string{"S1-follow-up-owner", "S1-milestone-M3", "S1-report-R2", "S1-request-R1"} // R1's report-back is after Until
	if !slices.Equal(got, want) {
		t.Errorf("ended: closed %v, want %v", got, want)
	}
	// Ended before the period, or nothing closed in it: nothing.
	if c := f.Closed(parseRecord(t, ended), cfg, today, d(2026, 12, 2)); len(c) != 0 {
		t.Errorf("closed before the period: %v", keys(c))
	}
	// The filter's names apply.
	if c := (Filter{Until: d(2026, 12, 9), Who: "鈴木"}).Closed(parseRecord(t, src), cfg, today, since); len(c) != 0 {
		t.Errorf("鈴木 closed nothing: %v", keys(c))
	}
}

// Each duty has its own key, the same when its date moves: two people of limit.who, the
// duties of one record, and the follow-up whatever its date.
func TestKeysAreUnique(t *testing.T) {
	items := []Item{
		{Staff: "S1", Kind: KindLimit, Code: CodeSiteLimit, Ref: "site", Role: "owner"},
		{Staff: "S1", Kind: KindLimit, Code: CodeSiteLimit, Ref: "site", Role: "manager"},
		{Staff: "S1", Kind: KindLimit, Code: CodeLimit, Role: "owner"},
		{Staff: "S1", Kind: KindLimit, Code: CodeLimit, Who: "田中"},
		{Staff: "S1", Kind: KindDuty, Code: CodeTrainingShort, Role: "owner"},
		{Staff: "S1", Kind: KindDuty, Code: CodeStabilityWish, Role: "owner"},
		{Staff: "S1", Kind: KindFollowUp, Code: CodeNextFollowUp, Role: "owner", Date: d(2026, 12, 4)},
	}
	seen := map[string]bool{}
	for _, it := range items {
		if seen[it.Key()] {
			t.Errorf("two items have the key %s", it.Key())
		}
		seen[it.Key()] = true
	}
	moved := items[6]
	moved.Date = d(2026, 12, 9)
	if moved.Key() != "S1-follow-up-owner" || moved.Key() != items[6].Key() {
		t.Errorf("the follow-up's key %q", moved.Key())
	}
}
