package render_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/render"
)

func ExampleTable() {
	t := &render.Table{
		Headers: []string{"ID", "名前", "日数"},
		Rows: [][]string{
			{"S0001", "山田 花子", "3"},
			{"S0002", "ｽｽﾞｷ", "12"},
		},
		Align: []render.Alignment{render.AlignLeft, render.AlignLeft, render.AlignRight},
	}
	_ = t.Write(os.Stdout, false)
	// Output:
	// ID     名前       日数
	// S0001  山田 花子     3
	// S0002  ｽｽﾞｷ         12
}

func ExampleWriteICS() {
	events := []render.Event{{
		UID:     "S0001-followup@follow",
		Date:    dates.MustOf(2026, time.April, 15),
		Summary: "フォロー: 山田 花子",
	}}
	var b strings.Builder
	_ = render.WriteICS(&b, events, render.ICSOptions{
		Stamp: dates.MustOf(2026, time.April, 1),
		Alarm: 9 * time.Hour,
	})
	// The real output ends its lines in CRLF; shown here with LF.
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//follow//follow//JA
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// BEGIN:VEVENT
	// UID:S0001-followup@follow
	// DTSTAMP:20260401T000000Z
	// SEQUENCE:13805280
	// DTSTART;VALUE=DATE:20260415
	// DTEND;VALUE=DATE:20260416
	// SUMMARY:フォロー: 山田 花子
	// TRANSP:TRANSPARENT
	// BEGIN:VALARM
	// ACTION:DISPLAY
	// DESCRIPTION:フォロー: 山田 花子
	// TRIGGER:PT9H
	// END:VALARM
	// END:VEVENT
	// END:VCALENDAR
}
