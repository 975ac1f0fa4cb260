package render

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/schedule"
)

func dueItems(t *testing.T) []schedule.Item {
	return []schedule.Item{
		{Date: day(t, "2026-11-28"), Days: -3, Overdue: true, Kind: schedule.KindFollowUp, Staff: "S0001", Name: "山田 花子", Who: "川口 健太", What: "定期フォロー", Client: "青葉物流", File: "S0001.md", Code: "followup"},
		{Date: day(t, "2026-12-01"), Days: 0, Kind: "request", Ref: "R1", Staff: "S0002", Name: "佐藤 一郎", What: "椅子", File: "S0002.md", Code: "request"},
	}
}

func TestDueTable(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"3d overdue", "R1 椅子"},
		"ja": {"3日超過", "R1 椅子"},
	} {
		var b strings.Builder
		overdue, err := DueTable(&b, ItemSlice(dueItems(t)), lang, Screen{})
		if err != nil || overdue != 1 {
			t.Fatalf("%s: overdue %d, %v", lang, overdue, err)
		}
		for _, w := range append(want, i18n.T(lang, "due.h.date")) {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: the table lacks %q:\n%s", lang, w, b.String())
			}
		}
	}
}

// A list long enough to be measured and written by several goroutines gives, row for row,
// the lines of the short list it repeats (and, under -race, shares nothing unguarded).
func TestDueTableLong(t *testing.T) {
	short := dueItems(t)
	var want strings.Builder
	if _, err := DueTable(&want, ItemSlice(short), "ja", Screen{}); err != nil {
		t.Fatal(err)
	}
	wantLines := strings.Split(strings.TrimSuffix(want.String(), "\n"), "\n")
	var long []schedule.Item
	for len(long) < 2*parallelRows+len(short) {
		long = append(long, short...)
	}
	var got strings.Builder
	if _, err := DueTable(&got, ItemSlice(long), "ja", Screen{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(got.String(), "\n"), "\n")
	if len(lines) != len(long)+1 || lines[0] != wantLines[0] {
		t.Fatalf("%d lines for %d items; header %q, want %q", len(lines), len(long), lines[0], wantLines[0])
	}
	for i, l := range lines[1:] {
		if w := wantLines[1+i%len(short)]; l != w {
			t.Fatalf("row %d: %q, want %q", i, l, w)
		}
	}
}

func TestDueFeeds(t *testing.T) {
	var csv, ics strings.Builder
	if err := DueCSV(&csv, ItemSlice(dueItems(t)), false); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(csv.String(), "date,days,overdue,kind,") || !strings.Contains(csv.String(), ",-3,true,follow-up,S0001,") {
		t.Errorf("CSV:\n%s", csv.String())
	}
	if err := DueICS(&ics, ItemSlice(dueItems(t)), ICSOptions{Name: "follow", Stamp: day(t, "2026-12-01")}, DueFeed{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ics.String(), "UID:S0002-request-R1@follow") {
		t.Errorf("ICS:\n%s", ics.String())
	}
}
