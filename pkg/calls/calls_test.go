package calls

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// The sample record of 西村 和也: his third renewal's thank-you call (M11) is a day
// overdue on 2026-12-01. The sheet names 北村 剛, the workplace's phone, the third
// renewal with its term, and the facts of the owner's last visit.
func TestBuildOnTheSampleRecord(t *testing.T) {
	path := filepath.Join("..", "..", "records", "osaka", "S0110.md")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := record.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	today, _ := dates.ParseISO("2026-12-01")
	cfg := config.Default()
	var it schedule.Item
	for _, x := range (schedule.Filter{}).Collect(r, cfg, today) {
		if x.Code == schedule.CodeCall {
			it = x
		}
	}
	if it.Ref != "M11" {
		t.Fatalf("the due call is %q, want M11", it.Ref)
	}
	c := Build(it, r, cfg)
	if c.Supervisor != "北村 剛" || c.SitePhone != "06-0000-3110 内線 204" || c.Client != "浪速テクノ株式会社" || c.Site != "設計部 設計二課" {
		t.Errorf("whom and where: %q %q %q %q", c.Supervisor, c.SitePhone, c.Client, c.Site)
	}
	if c.Who != "堀 直人" || c.Days != -1 || !c.Overdue {
		t.Errorf("who %q, days %d, overdue %v", c.Who, c.Days, c.Overdue)
	}
	if c.Reason != schedule.OccasionRenewal || c.Renewal != 3 || c.Term == nil || c.Term.From.String() != "2027-01-01" || c.Term.Until.String() != "2027-06-30" {
		t.Errorf("why: %q renewal %d term %+v", c.Reason, c.Renewal, c.Term)
	}
	n := c.Noted
	if n == nil || n.Date.String() != "2026-11-30" || n.Kind != "訪問" || len(n.Facts) != 2 || n.Facts[1] != "3D CAD 移行は来年3月完了の予定。引き続き中心メンバーとして参加。" {
		t.Errorf("noted: %+v", n)
	}
}

// A record without contacts has nothing noted; a first-day call says so.
func TestBuildFirstDay(t *testing.T) {
	src := "---\nid: S1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nmanager: 鈴木\nstart: 2026-12-01\nnext: 2026-12-01\nmilestones:\n  - id: M2\n    what: 初日お礼電話\n    due: 2026-12-01\n    who: manager\n    rule: first-day-thanks\n---\n# 山田 花子\n"
	r, err := record.Parse("S1.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	today, _ := dates.ParseISO("2026-12-01")
	items := schedule.Filter{Calls: true}.Collect(r, config.Default(), today)
	if len(items) != 1 {
		t.Fatalf("calls %v", items)
	}
	c := Build(items[0], r, config.Default())
	if c.Reason != schedule.OccasionFirstDay || c.Renewal != 0 || c.Term != nil || c.Noted != nil || c.Start != today || c.Who != "鈴木" {
		t.Errorf("%+v", c)
	}
}
