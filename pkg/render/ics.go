package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/dates"
)

// DefaultProdID is the PRODID written when ICSOptions.ProdID is empty.
const DefaultProdID = "-//follow//follow//JA"

// icsLineLimit is the longest a content line may be, in octets, not counting CRLF
// (RFC 5545 section 3.1).
const icsLineLimit = 75

// Event is one all-day calendar entry for WriteICS.
type Event struct {
	// UID identifies the event across exports, so calendar apps update it instead of
	// adding a copy. It must be stable per item and is required, e.g.
	// "S0001-followup@follow".
	UID string
	// Date is the day of the event (required). It is written as DTSTART;VALUE=DATE
	// with DTEND;VALUE=DATE on the next day, i.e. an all-day event.
	Date dates.Date
	// Summary is the event title. It is also the text of the alarm, if any.
	Summary string
	// Description is optional and may contain newlines.
	Description string
	// Categories are optional; empty entries are skipped.
	Categories []string
	// Location is optional.
	Location string
	// Time, when set ("15:00", 24-hour), makes the event a timed one that starts then, in
	// floating local time (the time as the record writes it, wherever it is viewed), and
	// ends at End ("16:00"), else an hour later (at most at the end of the day).
	Time, End string
	// Cancelled marks an event that is no longer to be done (STATUS:CANCELLED): a calendar
	// that imports it again removes or strikes it.
	Cancelled bool
}

// ICSOptions controls the calendar-wide parts of WriteICS's output.
type ICSOptions struct {
	// ProdID is the PRODID; empty means DefaultProdID.
	ProdID string
	// Name is the calendar's display name (X-WR-CALNAME); empty means none is written.
	Name string
	// Stamp is the date written as every event's DTSTAMP, at YYYYMMDDT000000Z, when
	// Instant is zero. It is required; callers pass today's date.
	Stamp dates.Date
	// Instant, when not zero, is the moment of the export: every event's DTSTAMP, and its
	// SEQUENCE (below). Callers pass the clock, or nothing when the date is pinned, so the
	// output stays the same for the same pinned day.
	Instant time.Time
	// Alarm, when not zero, adds a VALARM (ACTION:DISPLAY) to every event, triggered
	// relative to the start of the all-day event, i.e. midnight at the start of its
	// day in the viewer's zone: 9*time.Hour gives TRIGGER:PT9H (09:00 that day) and
	// -15*time.Hour gives TRIGGER:-PT15H (09:00 the day before). It is written in
	// whole seconds, truncated towards zero, as hours, minutes and seconds.
	Alarm time.Duration
}

// WriteICS writes events as an iCalendar (RFC 5545) VCALENDAR of all-day VEVENTs, in
// the order given, with METHOD:PUBLISH so it can be imported or subscribed to.
//
// The output is deterministic byte for byte: the same events and options always give
// the same bytes. Lines end in CRLF and are folded at 75 octets with a single space
// starting each continuation line; folds never split a UTF-8 character (Japanese text
// is 3 octets a character) nor a backslash escape. TEXT values (UID, SUMMARY,
// DESCRIPTION, LOCATION, each category, PRODID, X-WR-CALNAME) are escaped as RFC 5545
// requires: backslash, ';' and ',' get a backslash and newlines (LF, CRLF or CR) become
// \n. Other ASCII control characters except tab cannot appear in TEXT and are dropped,
// and invalid UTF-8 becomes U+FFFD.
//
// Each event is transparent (TRANSP:TRANSPARENT) so follow-ups do not show the day as
// busy. With no events a valid, empty calendar is written.
//
// So that a re-import updates events rather than keeping the first copy, every event
// carries DTSTAMP (the export's moment) and a SEQUENCE that grows with it: the minutes from
// 2000-01-01T00:00Z to the export (Instant, else Stamp at 00:00 UTC). A later export has a
// higher SEQUENCE for every event, so the calendar takes its version, moved, changed or
// cancelled (STATUS:CANCELLED).
//
// The options and every event are checked before anything is written: a zero Stamp, an
// event without UID, or an event whose Date is zero or is 9999-12-31 (there is no next
// day for DTEND) is an error, and then nothing is written. The calendar is written
// with a single call to w.Write.
func WriteICS(w io.Writer, events []Event, o ICSOptions) error {
	if o.Stamp.IsZero() {
		return errors.New("render: ics: ICSOptions.Stamp is required (pass today's date)")
	}
	if !inYearRange(o.Stamp) {
		return fmt.Errorf("render: ics: ICSOptions.Stamp %d is out of range", o.Stamp)
	}
	for i, e := range events {
		if e.UID == "" {
			return fmt.Errorf("render: ics: event %d (%q) has no UID", i, e.Summary)
		}
		if e.Date.IsZero() {
			return fmt.Errorf("render: ics: event %q has no date", e.UID)
		}
		if !inYearRange(e.Date) || !inYearRange(e.Date.AddDays(1)) {
			return fmt.Errorf("render: ics: event %q: date %d is out of range", e.UID, e.Date)
		}
	}
	prodID := o.ProdID
	if prodID == "" {
		prodID = DefaultProdID
	}
	at := o.Stamp.Time()
	if !o.Instant.IsZero() {
		at = o.Instant.UTC()
	}
	stamp := at.Format("20060102T150405Z")
	seq := strconv.FormatInt(int64(at.Sub(sequenceEpoch)/time.Minute), 10)

	var b icsBuffer
	b.line("BEGIN:VCALENDAR")
	b.line("VERSION:2.0")
	b.line("PRODID:" + escapeText(prodID))
	b.line("CALSCALE:GREGORIAN")
	b.line("METHOD:PUBLISH")
	if o.Name != "" {
		b.line("X-WR-CALNAME:" + escapeText(o.Name))
	}
	for _, e := range events {
		b.line("BEGIN:VEVENT")
		b.line("UID:" + escapeText(e.UID))
		b.line("DTSTAMP:" + stamp)
		b.line("SEQUENCE:" + seq)
		writeWhen(&b, e)
		b.line("SUMMARY:" + escapeText(e.Summary))
		if e.Description != "" {
			b.line("DESCRIPTION:" + escapeText(e.Description))
		}
		if e.Location != "" {
			b.line("LOCATION:" + escapeText(e.Location))
		}
		if cats := escapeList(e.Categories); cats != "" {
			b.line("CATEGORIES:" + cats)
		}
		if e.Cancelled {
			b.line("STATUS:CANCELLED")
		}
		b.line("TRANSP:TRANSPARENT")
		if o.Alarm != 0 && !e.Cancelled {
			b.line("BEGIN:VALARM")
			b.line("ACTION:DISPLAY")
			text := e.Summary
			if text == "" {
				text = "Reminder"
			}
			b.line("DESCRIPTION:" + escapeText(text))
			b.line("TRIGGER:" + formatDuration(o.Alarm))
			b.line("END:VALARM")
		}
		b.line("END:VEVENT")
	}
	b.line("END:VCALENDAR")
	_, err := w.Write(b.Bytes())
	return err
}

// sequenceEpoch is where SEQUENCE counts minutes from.
var sequenceEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// writeWhen writes DTSTART and DTEND: a whole day, or from Time to End (an hour when End
// is not given, never past midnight) in floating local time.
func writeWhen(b *icsBuffer, e Event) {
	start, okStart := clock(e.Time)
	if !okStart {
		b.line("DTSTART;VALUE=DATE:" + e.Date.Compact())
		b.line("DTEND;VALUE=DATE:" + e.Date.AddDays(1).Compact())
		return
	}
	end, ok := clock(e.End)
	if !ok || end <= start {
		end = min(start+60, 24*60-1)
	}
	day := e.Date.Compact()
	b.line(fmt.Sprintf("DTSTART:%sT%02d%02d00", day, start/60, start%60))
	b.line(fmt.Sprintf("DTEND:%sT%02d%02d00", day, end/60, end%60))
}

// clock reads "15:04" as minutes from midnight.
func clock(s string) (int, bool) {
	t, err := time.Parse("15:04", s)
	if err != nil {
		return 0, false
	}
	return t.Hour()*60 + t.Minute(), true
}

// inYearRange reports whether d lies in years 1 to 9999, the range of the
// four-digit iCalendar DATE form.
func inYearRange(d dates.Date) bool {
	y, _, _ := d.YMD()
	return d > 0 && y >= 1 && y <= 9999
}

// icsBuffer collects folded content lines.
type icsBuffer struct {
	bytes.Buffer
}

// line writes one content line, folded to icsLineLimit octets and ended by CRLF.
func (b *icsBuffer) line(s string) {
	limit := icsLineLimit
	for len(s) > limit {
		cut := foldPoint(s, limit)
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = icsLineLimit - 1 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}

// foldPoint returns where to cut s, which is longer than limit octets, so that the first
// part is at most limit octets and neither a UTF-8 sequence nor a backslash escape is
// split. s always starts at a point where it is safe to cut (a rune start outside an
// escape), so a run of backslashes at the end of the first part pairs up from its start.
func foldPoint(s string, limit int) int {
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	n := 0
	for i := cut - 1; i >= 0 && s[i] == '\\'; i-- {
		n++
	}
	if n%2 == 1 {
		cut-- // keep the escaping backslash with the character it escapes
	}
	return cut
}

// escapeText escapes s as an RFC 5545 TEXT value.
func escapeText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				size = 2
			}
			b.WriteString(`\n`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte('\t')
		case r < 0x20 || r == 0x7f:
			// Not allowed in TEXT; dropped.
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// escapeList escapes each non-empty item as TEXT and joins them with commas.
func escapeList(items []string) string {
	var parts []string
	for _, it := range items {
		if it != "" {
			parts = append(parts, escapeText(it))
		}
	}
	return strings.Join(parts, ",")
}

// formatDuration writes d as an RFC 5545 dur-value using hours, minutes and seconds
// (no days or weeks, whose length is nominal): PT9H, -PT15H, PT1H30M, PT9H0M5S, PT0S.
// Fractions of a second are truncated.
func formatDuration(d time.Duration) string {
	sec := int64(d / time.Second)
	var b strings.Builder
	if sec < 0 {
		b.WriteByte('-')
		sec = -sec
	}
	b.WriteString("PT")
	h, m, s := sec/3600, sec/60%60, sec%60
	switch {
	case h > 0:
		b.WriteString(strconv.FormatInt(h, 10) + "H")
		if m > 0 || s > 0 {
			b.WriteString(strconv.FormatInt(m, 10) + "M")
		}
		if s > 0 {
			b.WriteString(strconv.FormatInt(s, 10) + "S")
		}
	case m > 0:
		b.WriteString(strconv.FormatInt(m, 10) + "M")
		if s > 0 {
			b.WriteString(strconv.FormatInt(s, 10) + "S")
		}
	default:
		b.WriteString(strconv.FormatInt(s, 10) + "S")
	}
	return b.String()
}
