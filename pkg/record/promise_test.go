package record

import (
	"reflect"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
)

func TestPromise(t *testing.T) {
	visit := func(date, kind, next string) string {
		s := "\n## " + date + " " + kind + "\n\n- x\n"
		if next != "" {
			s += "\n次回: " + next + "\n"
		}
		return s
	}
	cases := []struct {
		name, body string
		ok         bool
		want       Promise
	}{
		{"no contact", visit("2026-12-01", "更新", ""), false, Promise{}},
		{"the latest contact", visit("2026-12-01", "訪問", "2026-12-10") + visit("2026-12-09", "電話", "2026-12-16"), true,
			Promise{Date: day("2026-12-16"), On: day("2026-12-09"), Dates: []dates.Date{day("2026-12-16")}}},
		{"a later contact without a date keeps the promise", visit("2026-12-09", "電話", "2026-12-16") + visit("2026-12-10", "訪問", ""), true,
			Promise{Date: day("2026-12-16"), On: day("2026-12-09"), Dates: []dates.Date{day("2026-12-16")}}},
		{"the same day, two dates: the earliest holds", visit("2026-12-09", "電話", "2026-12-24") + visit("2026-12-09", "訪問", "2026-12-16"), true,
			Promise{Date: day("2026-12-16"), On: day("2026-12-09"), Disputed: true, Dates: []dates.Date{day("2026-12-24"), day("2026-12-16")}}},
		{"the same day, the same date", visit("2026-12-09", "電話", "2026-12-16") + visit("2026-12-09", "訪問", "2026-12-16"), true,
			Promise{Date: day("2026-12-16"), On: day("2026-12-09"), Dates: []dates.Date{day("2026-12-16")}}},
		{"moved by a rescheduling entry", visit("2026-12-09", "電話", "2026-12-16") + visit("2026-12-10", "日程変更", "2026-12-24"), true,
			Promise{Date: day("2026-12-24"), On: day("2026-12-10"), Moved: true}},
		{"a merge note settles a dispute", visit("2026-12-09", "電話", "2026-12-24") + visit("2026-12-09", "訪問", "2026-12-16") + visit("2026-12-09", "merge", "2026-12-16"), true,
			Promise{Date: day("2026-12-16"), On: day("2026-12-09"), Moved: true}},
		{"a rescheduling entry without a date", visit("2026-12-09", "電話", "2026-12-16") + visit("2026-12-10", "reschedule", ""), false, Promise{}},
		{"a rescheduling entry before the contact does not count", visit("2026-12-08", "reschedule", "2026-12-30") + visit("2026-12-09", "電話", "2026-12-16"), true,
			Promise{Date: day("2026-12-16"), On: day("2026-12-09"), Dates: []dates.Date{day("2026-12-16")}}},
	}
	for _, c := range cases {
		r := mustParse(t, "r.md", []byte(bodyFM+c.body))
		got, ok := r.Promise()
		got.Line = 0
		if ok != c.ok || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Promise() = %+v, %v; want %+v, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
