package brief

import (
	"reflect"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

const askFront = `---
id: S0001
name: 山田 花子
status: %STATUS%
owner: 佐藤
manager: 鈴木
start: 2026-11-25
next: %NEXT%
milestones:
  - id: M1
    what: 初日連絡（スタッフへ）
    due: 2026-11-25
    who: owner
    rule: first-day
    done: 2026-11-25
  - id: M2
    what: 初日お礼電話（指揮命令者へ）
    due: 2026-11-25
    who: manager
    rule: first-day-thanks
  - id: M3
    what: 1週間フォロー
    due: 2026-12-02
    who: owner
    rule: week-1
  - id: M4
    what: 1ヶ月フォロー
    due: 2026-12-25
    who: owner
    rule: month-1
  - id: M5
    what: 手書きの節目
    due: 2026-12-01
    who: owner
---
`

// TestAsk: follow show lists the questions of the milestones due around the next contact
// (issue 14: questions per milestone).
func TestAsk(t *testing.T) {
	for _, c := range []struct {
		name, status, next string
		today              dates.Date
		want               []string // milestone ids
	}{
		{"the next contact on 12/2: week 1", "active", "2026-12-02", dates.MustOf(2026, 12, 1), []string{"M3"}},
		{"within 7 days of the next contact", "active", "2026-12-18", dates.MustOf(2026, 12, 1), []string{"M3", "M4"}},
		{"no next date: around today", "active", "", dates.MustOf(2026, 12, 20), []string{"M3", "M4"}},
		{"an overdue next date: around today", "active", "2026-11-28", dates.MustOf(2026, 12, 1), []string{"M3"}},
		{"the next contact well before the 1-month milestone", "active", "2026-12-09", dates.MustOf(2026, 12, 3), []string{"M3"}},
		{"ended: nothing to ask", "ended", "", dates.MustOf(2026, 12, 1), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := strings.NewReplacer("%STATUS%", c.status, "%NEXT%", c.next).Replace(askFront)
			if c.status == "ended" {
				src = strings.Replace(src, "next: \n", "ended:\n  date: 2026-11-30\n  reason: 自己都合\n", 1)
			}
			r, err := record.Parse("S0001.md", []byte(src+"\n# 山田 花子\n"))
			if err != nil {
				t.Fatal(err)
			}
			b := Build(r, nil, config.Default(), c.today)
			var got []string
			for _, a := range b.Ask {
				got = append(got, a.Milestone)
				if want := config.DefaultAsk(a.Rule); !reflect.DeepEqual(a.Questions, want) {
					t.Errorf("%s asks %q, want %q", a.Milestone, a.Questions, want)
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("asks of %v, want %v", got, c.want)
			}
			if b.Ask == nil {
				t.Error("Ask is nil: JSON would say null, not []")
			}
		})
	}
}

// TestQuestionsOnce: the checklist holds each question once, in order.
func TestQuestionsOnce(t *testing.T) {
	got := Questions([]Ask{{Questions: []string{"通勤は？", "仕事は？"}}, {Questions: []string{"仕事は？", " 残業は？ "}}})
	if want := []string{"通勤は？", "仕事は？", "残業は？"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Questions = %q, want %q", got, want)
	}
}
