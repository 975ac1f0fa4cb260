package render

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"

	"github.com/staffnote/follow/pkg/dates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func writeICS(t *testing.T, events []Event, o ICSOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteICS(&b, events, o); err != nil {
		t.Fatalf("WriteICS: %v", err)
	}
	checkPhysicalLines(t, b.Bytes())
	return b.Bytes()
}

// checkPhysicalLines checks the RFC 5545 line rules on raw output: CRLF everywhere, no
// line over 75 octets, each line valid UTF-8 on its own (so no character was split by
// folding), continuation lines starting with a single space and no fold inside a
// backslash escape.
func checkPhysicalLines(t *testing.T, out []byte) {
	t.Helper()
	s := string(out)
	if !strings.HasSuffix(s, "\r\n") {
		t.Errorf("output does not end in CRLF")
	}
	if strings.Count(s, "\n") != strings.Count(s, "\r\n") || strings.Count(s, "\r") != strings.Count(s, "\r\n") {
		t.Errorf("bare CR or LF in output")
	}
	lines := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	inEscape := false // whether the previous physical line ended on an escaping backslash
	for i, l := range lines {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d is not valid UTF-8: %q", i+1, l)
		}
		content := l
		if strings.HasPrefix(l, " ") {
			content = l[1:]
			if i == 0 {
				t.Errorf("first line is a continuation")
			}
		} else {
			inEscape = false
		}
		if inEscape {
			t.Errorf("line %d: fold splits a backslash escape: %q", i+1, lines[i-1]+"|"+l)
		}
		for j := 0; j < len(content); j++ {
			if content[j] == '\\' {
				if j+1 == len(content) {
					inEscape = true
				}
				j++
			}
		}
	}
}

// unfold joins folded lines back into content lines.
func unfold(out []byte) []string {
	s := strings.ReplaceAll(string(out), "\r\n ", "")
	return strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
}

func decode(t *testing.T, out []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot decode the output: %v\n%s", err, out)
	}
	return cal
}

func text(t *testing.T, c *ical.Component, name string) string {
	t.Helper()
	p := c.Props.Get(name)
	if p == nil {
		t.Fatalf("%s: no %s", c.Name, name)
	}
	s, err := p.Text()
	if err != nil {
		t.Fatalf("%s %s: %v", c.Name, name, err)
	}
	return s
}

func smallCalendar() ([]Event, ICSOptions) {
	events := []Event{
		{
			UID:         "S0001-followup@follow",
			Date:        dates.MustOf(2026, time.April, 15),
			Summary:     "フォロー: 山田 花子（株式会社ＡＢＣ）",
			Description: "入社1か月フォロー\n面談場所: 本社; 3F, 会議室A\\B",
			Categories:  []string{"follow", "入社後"},
			Location:    "東京都千代田区",
		},
		{
			UID:     "S0002-contract@follow",
			Date:    dates.MustOf(2026, time.December, 31),
			Summary: "契約更新確認",
		},
	}
	return events, ICSOptions{
		Name:  "follow 予定",
		Stamp: dates.MustOf(2026, time.April, 1),
		Alarm: 9 * time.Hour,
	}
}

func TestWriteICSGolden(t *testing.T) {
	events, o := smallCalendar()
	got := writeICS(t, events, o)
	golden := filepath.Join("testdata", "small.ics")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/render -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (rerun with -update if the change is intended)\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
	decode(t, got)
}

func TestWriteICSStructure(t *testing.T) {
	events, o := smallCalendar()
	o.Alarm = 0
	lines := unfold(writeICS(t, events, o))
	want := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//follow//follow//JA",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"X-WR-CALNAME:follow 予定",
		"BEGIN:VEVENT",
		"UID:S0001-followup@follow",
		"DTSTAMP:20260401T000000Z",
		"SEQUENCE:13805280", // minutes from 2000-01-01 to 2026-04-01
		"DTSTART;VALUE=DATE:20260415",
		"DTEND;VALUE=DATE:20260416",
		"SUMMARY:フォロー: 山田 花子（株式会社ＡＢＣ）",
		`DESCRIPTION:入社1か月フォロー\n面談場所: 本社\; 3F\, 会議室A\\B`,
		"LOCATION:東京都千代田区",
		"CATEGORIES:follow,入社後",
		"TRANSP:TRANSPARENT",
		"END:VEVENT",
		"BEGIN:VEVENT",
		"UID:S0002-contract@follow",
		"DTSTAMP:20260401T000000Z",
		"SEQUENCE:13805280",
		"DTSTART;VALUE=DATE:20261231",
		"DTEND;VALUE=DATE:20270101",
		"SUMMARY:契約更新確認",
		"TRANSP:TRANSPARENT",
		"END:VEVENT",
		"END:VCALENDAR",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestWriteICSRoundTrip(t *testing.T) {
	tricky := []string{
		"山田 花子",
		"a,b;c\\d",
		"複数行\n2行目\r\n3行目\r4行目",
		"trailing backslash \\",
		`\n is not a newline`,
		"tab\there: colon \"quotes\"",
		"",
		strings.Repeat("長い説明文、", 40),
	}
	var events []Event
	for i, s := range tricky {
		events = append(events, Event{
			UID:         "U" + string(rune('A'+i)) + ",;\\@follow",
			Date:        dates.MustOf(2028, time.February, 28).AddDays(i),
			Summary:     s,
			Description: s + " (説明)",
			Categories:  []string{"c,1", "", "種別;2", s},
			Location:    s,
		})
	}
	out := writeICS(t, events, ICSOptions{Stamp: dates.MustOf(2028, time.January, 1), Name: "名前, with; specials\\"})
	cal := decode(t, out)
	if got := text(t, cal.Component, "X-WR-CALNAME"); got != "名前, with; specials\\" {
		t.Errorf("X-WR-CALNAME = %q", got)
	}
	if got := text(t, cal.Component, "METHOD"); got != "PUBLISH" {
		t.Errorf("METHOD = %q", got)
	}
	got := cal.Events()
	if len(got) != len(events) {
		t.Fatalf("%d events, want %d", len(got), len(events))
	}
	norm := strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace
	for i, e := range events {
		ge := got[i]
		if uid := text(t, ge.Component, "UID"); uid != e.UID {
			t.Errorf("event %d: UID %q, want %q", i, uid, e.UID)
		}
		if s := text(t, ge.Component, "SUMMARY"); s != norm(e.Summary) {
			t.Errorf("event %d: SUMMARY %q, want %q", i, s, norm(e.Summary))
		}
		if s := text(t, ge.Component, "DESCRIPTION"); s != norm(e.Description) {
			t.Errorf("event %d: DESCRIPTION %q, want %q", i, s, norm(e.Description))
		}
		if e.Location != "" {
			if s := text(t, ge.Component, "LOCATION"); s != norm(e.Location) {
				t.Errorf("event %d: LOCATION %q, want %q", i, s, norm(e.Location))
			}
		} else if ge.Props.Get("LOCATION") != nil {
			t.Errorf("event %d: empty LOCATION written", i)
		}
		cats, err := ge.Props.Get("CATEGORIES").TextList()
		wantCats := []string{"c,1", "種別;2"}
		if e.Summary != "" {
			wantCats = append(wantCats, norm(e.Summary))
		}
		if err != nil || !slices.Equal(cats, wantCats) {
			t.Errorf("event %d: CATEGORIES %q (%v), want %q", i, cats, err, wantCats)
		}
		start, err := ge.DateTimeStart(time.UTC)
		if err != nil || !start.Equal(e.Date.Time()) {
			t.Errorf("event %d: start %v (%v), want %v", i, start, err, e.Date)
		}
		end, err := ge.DateTimeEnd(time.UTC)
		if err != nil || !end.Equal(e.Date.AddDays(1).Time()) {
			t.Errorf("event %d: end %v (%v), want %v", i, end, err, e.Date.AddDays(1))
		}
		for _, name := range []string{"DTSTART", "DTEND"} {
			if v := ge.Props.Get(name).Params.Get("VALUE"); v != "DATE" {
				t.Errorf("event %d: %s VALUE=%q, want DATE", i, name, v)
			}
		}
		stamp, err := ge.Props.DateTime("DTSTAMP", nil)
		if err != nil || !stamp.Equal(time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("event %d: DTSTAMP %v (%v)", i, stamp, err)
		}
		if s := text(t, ge.Component, "TRANSP"); s != "TRANSPARENT" {
			t.Errorf("event %d: TRANSP %q", i, s)
		}
		if len(ge.Children) != 0 {
			t.Errorf("event %d: unexpected sub-components without Alarm", i)
		}
	}
	// 2028 is a leap year: the event on 02-28 ends on 02-29.
	if v := got[0].Props.Get("DTEND").Value; v != "20280229" {
		t.Errorf("DTEND after 2028-02-28 = %s, want 20280229", v)
	}
}

// TestWriteICSFolding writes long Japanese and mixed lines shifted by 0 to 7 ASCII
// bytes, so that fold points fall on every byte of a 3-octet character, and checks the
// physical lines (in writeICS) and the decoded round trip.
func TestWriteICSFolding(t *testing.T) {
	var events []Event
	for shift := range 8 {
		pad := strings.Repeat("x", shift)
		events = append(events,
			Event{
				UID:         pad + "-jp@follow",
				Date:        dates.MustOf(2026, time.May, 1),
				Summary:     pad + strings.Repeat("山田花子さんの入社後フォロー面談", 6),
				Description: pad + strings.Repeat("説明文です。\n", 20) + "👨‍👩‍👧🇯🇵e\u0301" + strings.Repeat("ｶﾀｶﾅ", 30),
				Categories:  []string{pad + strings.Repeat("分類", 40)},
			},
			Event{
				UID:         pad + "-bs@follow",
				Date:        dates.MustOf(2026, time.May, 2),
				Summary:     pad + strings.Repeat(`\`, 200),
				Description: pad + strings.Repeat(`a\,;`, 60),
			},
		)
	}
	out := writeICS(t, events, ICSOptions{Stamp: dates.MustOf(2026, time.May, 1), Alarm: -15 * time.Hour})
	if !bytes.Contains(out, []byte("\r\n ")) {
		t.Fatal("nothing was folded")
	}
	for _, l := range strings.Split(string(out), "\r\n") {
		if strings.HasPrefix(l, "  ") && !strings.HasPrefix(strings.TrimPrefix(l, " "), " ") {
			t.Errorf("continuation line starts with more than one space: %q", l)
		}
	}
	cal := decode(t, out)
	for i, ge := range cal.Events() {
		e := events[i]
		if s := text(t, ge.Component, "SUMMARY"); s != e.Summary {
			t.Errorf("event %d: SUMMARY %q, want %q", i, s, e.Summary)
		}
		if s := text(t, ge.Component, "DESCRIPTION"); s != e.Description {
			t.Errorf("event %d: DESCRIPTION %q, want %q", i, s, e.Description)
		}
	}
}

func TestFoldLineLengths(t *testing.T) {
	// Every fold point in a line of 3-octet characters, after every ASCII offset.
	for shift := range 80 {
		var b icsBuffer
		logical := "SUMMARY:" + strings.Repeat("a", shift) + strings.Repeat("日本語", 50)
		b.line(logical)
		checkPhysicalLines(t, b.Bytes())
		if got := unfold(b.Bytes()); len(got) != 1 || got[0] != logical {
			t.Fatalf("shift %d: unfolded %q", shift, got)
		}
		// Lines are cut as late as possible: at most a partial character short.
		phys := strings.Split(strings.TrimSuffix(b.String(), "\r\n"), "\r\n")
		for _, l := range phys[:len(phys)-1] {
			if len(l) < 73 {
				t.Errorf("shift %d: non-final line %q is only %d octets", shift, l, len(l))
			}
		}
	}
	var b icsBuffer
	b.line("SHORT:x")
	if b.String() != "SHORT:x\r\n" {
		t.Errorf("short line = %q", b.String())
	}
	b.Reset()
	b.line(strings.Repeat("a", 75))
	if b.String() != strings.Repeat("a", 75)+"\r\n" {
		t.Errorf("75-octet line folded: %q", b.String())
	}
	b.Reset()
	b.line(strings.Repeat("a", 76))
	if b.String() != strings.Repeat("a", 75)+"\r\n a\r\n" {
		t.Errorf("76-octet line = %q", b.String())
	}
}

func TestWriteICSAlarm(t *testing.T) {
	tests := []struct {
		alarm   time.Duration
		trigger string
	}{
		{9 * time.Hour, "PT9H"},
		{-15 * time.Hour, "-PT15H"},
		{90 * time.Minute, "PT1H30M"},
		{-(39 * time.Hour), "-PT39H"},
	}
	events := []Event{
		{UID: "a@follow", Date: dates.MustOf(2026, time.June, 1), Summary: "面談"},
		{UID: "b@follow", Date: dates.MustOf(2026, time.June, 2)},
	}
	for _, tt := range tests {
		out := writeICS(t, events, ICSOptions{Stamp: dates.MustOf(2026, time.June, 1), Alarm: tt.alarm})
		for i, ge := range decode(t, out).Events() {
			if len(ge.Children) != 1 || ge.Children[0].Name != "VALARM" {
				t.Fatalf("alarm %v, event %d: children %v", tt.alarm, i, ge.Children)
			}
			al := ge.Children[0]
			if s := text(t, al, "ACTION"); s != "DISPLAY" {
				t.Errorf("ACTION = %q", s)
			}
			wantDesc := events[i].Summary
			if wantDesc == "" {
				wantDesc = "Reminder"
			}
			if s := text(t, al, "DESCRIPTION"); s != wantDesc {
				t.Errorf("alarm DESCRIPTION = %q, want %q", s, wantDesc)
			}
			trig := al.Props.Get("TRIGGER")
			if trig.Value != tt.trigger {
				t.Errorf("TRIGGER = %q, want %q", trig.Value, tt.trigger)
			}
			if d, err := trig.Duration(); err != nil || d != tt.alarm {
				t.Errorf("TRIGGER parses as %v (%v), want %v", d, err, tt.alarm)
			}
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{9 * time.Hour, "PT9H"},
		{-15 * time.Hour, "-PT15H"},
		{33 * time.Hour, "PT33H"},
		{90 * time.Minute, "PT1H30M"},
		{9*time.Hour + 5*time.Second, "PT9H0M5S"},
		{-(time.Hour + time.Second), "-PT1H0M1S"},
		{45 * time.Minute, "PT45M"},
		{45*time.Minute + 30*time.Second, "PT45M30S"},
		{30 * time.Second, "PT30S"},
		{1500 * time.Millisecond, "PT1S"},
		{-500 * time.Millisecond, "PT0S"},
		{0, "PT0S"},
	}
	for _, tt := range tests {
		if got := formatDuration(tt.d); got != tt.want {
			t.Errorf("formatDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`a\b`, `a\\b`},
		{"a;b,c", `a\;b\,c`},
		{"1\n2\r\n3\r4", `1\n2\n3\n4`},
		{"tab\tok", "tab\tok"},
		{"nul\x00esc\x1bdel\x7f", "nulescdel"},
		{"bad\xff", "bad\uFFFD"},
		{"colon: \"q\"", "colon: \"q\""},
		{"日本語", "日本語"},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteICSEmpty(t *testing.T) {
	out := writeICS(t, nil, ICSOptions{Stamp: dates.MustOf(2026, time.April, 1), ProdID: "-//x//y//EN"})
	want := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
	if string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
	if n := len(decode(t, out).Events()); n != 0 {
		t.Errorf("%d events", n)
	}
}

func TestWriteICSDeterministic(t *testing.T) {
	events, o := smallCalendar()
	a := writeICS(t, events, o)
	for range 5 {
		if b := writeICS(t, events, o); !bytes.Equal(a, b) {
			t.Fatal("output differs between runs")
		}
	}
}

func TestWriteICSInvalid(t *testing.T) {
	ok := Event{UID: "ok@follow", Date: dates.MustOf(2026, time.April, 1)}
	stamp := dates.MustOf(2026, time.April, 1)
	tests := []struct {
		name   string
		events []Event
		o      ICSOptions
	}{
		{"no stamp", []Event{ok}, ICSOptions{}},
		{"bad stamp", []Event{ok}, ICSOptions{Stamp: -3}},
		{"no uid", []Event{ok, {Date: stamp}}, ICSOptions{Stamp: stamp}},
		{"no date", []Event{ok, {UID: "x"}}, ICSOptions{Stamp: stamp}},
		{"last day", []Event{{UID: "x", Date: dates.MustOf(9999, time.December, 31)}}, ICSOptions{Stamp: stamp}},
		{"negative date", []Event{{UID: "x", Date: -1}}, ICSOptions{Stamp: stamp}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteICS(&b, tt.events, tt.o); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
		if b.Len() != 0 {
			t.Errorf("%s: wrote %d bytes despite the error", tt.name, b.Len())
		}
	}
	// The day before the last representable one is fine.
	var b bytes.Buffer
	if err := WriteICS(&b, []Event{{UID: "x", Date: dates.MustOf(9999, time.December, 30)}}, ICSOptions{Stamp: stamp}); err != nil {
		t.Errorf("9999-12-30: %v", err)
	}
}

func TestWriteICSWriteError(t *testing.T) {
	events, o := smallCalendar()
	want := errors.New("disk full")
	if err := WriteICS(failWriter{want}, events, o); !errors.Is(err, want) {
		t.Errorf("error = %v, want %v", err, want)
	}
}
