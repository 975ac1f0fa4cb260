package dates

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseAppointment(t *testing.T) {
	today := MustOf(2026, 12, 2) // a Wednesday
	dec16 := MustOf(2026, 12, 16)
	tests := []struct {
		in               string
		date             Date
		time, end, place string
	}{
		{"12/16 15:00 休憩室", dec16, "15:00", "", "休憩室"},
		{"2026-12-16 15:00 休憩室", dec16, "15:00", "", "休憩室"},
		{"12月16日 15時 休憩室", dec16, "15:00", "", "休憩室"},
		{"12/16（水）15:00〜 センター休憩室", dec16, "15:00", "", "センター休憩室"},
		{"2w", dec16, "", "", ""},
		{"12/16", dec16, "", "", ""},
		{"再来週水曜 15:00 休憩室", dec16, "15:00", "", "休憩室"},
		{"再来週の水曜日 15時 休憩室", dec16, "15:00", "", "休憩室"},
		{"来週水曜 午後3時", MustOf(2026, 12, 9), "15:00", "", ""},
		{"水曜日 10:00 本社", MustOf(2026, 12, 9), "10:00", "", "本社"},
		{"next wed 3pm lobby", MustOf(2026, 12, 9), "15:00", "", "lobby"},
		// times
		{"12/16 9:30", dec16, "09:30", "", ""},
		{"12/16 09:05 本社", dec16, "09:05", "", "本社"},
		{"12/16 15時半 休憩室", dec16, "15:30", "", "休憩室"},
		{"12/16 15時30分", dec16, "15:30", "", ""},
		{"12/16 15時5分", dec16, "15:05", "", ""},
		{"12/16 午後3時", dec16, "15:00", "", ""},
		{"12/16 午後3時半 本社3F", dec16, "15:30", "", "本社3F"},
		{"12/16 午前10時 本社", dec16, "10:00", "", "本社"},
		{"12/16 午前0時", dec16, "00:00", "", ""},
		{"12/16 午後0時", dec16, "12:00", "", ""},
		{"12/16 正午 食堂", dec16, "12:00", "", "食堂"},
		{"12/16 3pm", dec16, "15:00", "", ""},
		{"12/16 3:30 PM lobby", dec16, "15:30", "", "lobby"},
		{"12/16 12am", dec16, "00:00", "", ""},
		{"12/16 12pm", dec16, "12:00", "", ""},
		{"12/16 PM3:00", dec16, "15:00", "", ""},
		{"12/16 0:00", dec16, "00:00", "", ""},
		{"12/16 23:59", dec16, "23:59", "", ""},
		{"１２／１６　１５：００　休憩室", dec16, "15:00", "", "休憩室"},
		{"12/16 15:00休憩室", dec16, "15:00", "", "休憩室"},
		{"12月16日15時休憩室", dec16, "15:00", "", "休憩室"},
		// ranges
		{"12/16 15:00-16:00", dec16, "15:00", "16:00", ""},
		{"12/16 15:00〜16:00 休憩室", dec16, "15:00", "16:00", "休憩室"},
		{"12/16 15:00 ～ 16:30 休憩室", dec16, "15:00", "16:30", "休憩室"},
		{"12/16 15時〜16時", dec16, "15:00", "16:00", ""},
		{"12/16 15時から 休憩室", dec16, "15:00", "", "休憩室"},
		{"12/16 15:00ー16:00", dec16, "15:00", "16:00", ""},
		// places
		{"12/16 休憩室", dec16, "", "", "休憩室"},
		{"12/16 3F会議室", dec16, "", "", "3F会議室"},
		{"12/16 2号館", dec16, "", "", "2号館"},
		{"12/16 15:00、センター休憩室", dec16, "15:00", "", "センター休憩室"},
		{"12/16 15:00 @ Ｂ棟　２階", dec16, "15:00", "", "Ｂ棟　２階"}, // the place as typed
		{"12/16 10:00 Amazon本社", dec16, "10:00", "", "Amazon本社"},
		{"12/16 Amazon本社", dec16, "", "", "Amazon本社"},
		{"\u300012/16 15:00 休憩室\u3000", dec16, "15:00", "", "休憩室"},
		{"12/16 (水) 15:00 休憩室", dec16, "15:00", "", "休憩室"},
		{"12/16 15:00 (水)", dec16, "15:00", "", "(水)"},
		{"12/16 15:00\t- 休憩室", dec16, "15:00", "", "休憩室"},
		{"12/16 15:00 - 休憩室", dec16, "15:00", "", "休憩室"},
		{"12/16 – 休憩室", dec16, "", "", "休憩室"},
		{"12/16、15時、休憩室", dec16, "15:00", "", "休憩室"},
		{"12/16 15:00〜-x", dec16, "15:00", "", "-x"},
		{"12/16 15:00 〜x", dec16, "15:00", "", "〜x"},
		// dates
		{"2026年12月16日 15時 休憩室", dec16, "15:00", "", "休憩室"},
		{"令和8年12月16日 午後3時 休憩室", dec16, "15:00", "", "休憩室"},
		{"R8.12.16 15:00", dec16, "15:00", "", ""},
		{"明日 10:00", MustOf(2026, 12, 3), "10:00", "", ""},
		{"2週間後 10:00 本社", dec16, "10:00", "", "本社"},
		{"1/5 10:00", MustOf(2027, 1, 5), "10:00", "", ""}, // the future, across the year
	}
	for _, tt := range tests {
		got, err := ParseAppointment(tt.in, today, Future)
		want := Appointment{Date: tt.date, Time: tt.time, End: tt.end, Place: tt.place}
		if err != nil || got != want {
			t.Errorf("ParseAppointment(%q) = %+v, %v; want %+v", tt.in, got, err, want)
		}
	}
}

func TestParseAppointmentErrors(t *testing.T) {
	today := MustOf(2026, 12, 2)
	tests := []struct{ in, want string }{
		{"", "no appointment given"},
		{"\u3000", "no appointment given"},
		{"15:00 休憩室", `"15:00" is not a date`},
		{"休憩室", `"休憩室" is not a date`},
		{"2026-02-30 15:00", `"2026-02-30" is not a real calendar date`},
		{"12/16(木) 15:00", `"12/16(木)": 2026-12-16 is a Wednesday (水), not a Thursday (木)`},
		{"１２／１６（木）　15:00", `"１２／１６（木）": 2026-12-16 is a Wednesday`},
		{"１５：００　休憩室", `"１５：００" is not a date`},
		{"12/16 25:00", `"25:00" is not a time of day: hours run from 0 to 23`},
		{"12/16 15:60", `"15:60" is not a time of day: minutes run from 00 to 59`},
		{"12/16 15:0", `"15:0" is not a time of day: write the minutes with two digits`},
		{"12/16 15 休憩室", `"15" is not a time of day: write 15:00 or 15時`},
		{"12/16 15", `"15" is not a time of day: write 15:00 or 15時`},
		{"12/16 15:005", `"15:005" is not a time of day`},
		{"12/16 午後13時", `"午後13時" is not a time of day: with 午前/午後 or am/pm, hours run from 0 to 12`},
		{"12/16 午前12時", `"午前12時" is not a time of day: 午前12時 and 午後12時 are read both ways`},
		{"12/16 午後 休憩室", `"午後" is not a time of day: write 午後3時 or 15:00`},
		{"12/16 午後3", `"午後3" is not a time of day: write 午後3時 or 15:00`},
		{"12/16 13pm", `"13pm" is not a time of day: with 午前/午後 or am/pm`},
		{"12/16 16:00〜15:00", `the appointment ends (15:00) before it starts (16:00)`},
		{"12/16 15:00\n休憩室", "an appointment is one line"},
		{"12/165", `"12/165" is not a date`},
		{"12/16、(水) 休憩室", "write the weekday right after the date"},
	}
	for _, tt := range tests {
		got, err := ParseAppointment(tt.in, today, Future)
		if err == nil {
			t.Errorf("ParseAppointment(%q) = %+v, want an error containing %q", tt.in, got, tt.want)
		} else if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseAppointment(%q) error %q, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

func TestParseAppointmentDirection(t *testing.T) {
	// A month and day are read in the direction the caller asks for.
	today := MustOf(2027, 1, 3)
	for dir, want := range map[Direction]Date{
		Future: MustOf(2027, 12, 28), Past: MustOf(2026, 12, 28), ThisYear: MustOf(2027, 12, 28),
	} {
		got, err := ParseAppointment("12/28 10:00", today, dir)
		if err != nil || got.Date != want || got.Time != "10:00" {
			t.Errorf("ParseAppointment(12/28 10:00, %v, %d) = %+v, %v; want %v", today, dir, got, err, want)
		}
	}
}

func FuzzParseAppointment(f *testing.F) {
	for _, s := range []string{
		"12/16 15:00 休憩室", "2026-12-16 15:00 休憩室", "12月16日 15時 休憩室", "12/16（水）15:00〜 センター休憩室",
		"2w", "12/16", "12/16 午後3時半 本社3F", "12/16 15:00-16:00", "12/16 3pm", "12/16 15", "R8.12.16 正午",
		"12/16 15:00、＠Ｂ棟", "12/16 10:00 Amazon", "12/16\xff 15:00", "1/5 (火) 9:00 から", "12/16 15時30分〜",
		"来週水曜 15:00 休憩室", "水曜日 10時", "next wed 3pm lobby", "再来週の金曜 正午",
	} {
		f.Add(s, int32(MustOf(2026, 12, 2)), uint8(Future))
	}
	f.Fuzz(func(t *testing.T, s string, todayRaw int32, dirRaw uint8) {
		today := Date(todayRaw)
		if today < minDate || today > maxDate {
			today = MustOf(2026, 12, 2)
		}
		dir := Direction(dirRaw % 3)
		a, err := ParseAppointment(s, today, dir)
		if err != nil {
			if a != (Appointment{}) {
				t.Fatalf("ParseAppointment(%q) = %+v with error %v", s, a, err)
			}
			if msg := err.Error(); msg == "" || !utf8.ValidString(msg) {
				t.Fatalf("ParseAppointment(%q): bad error message %q", s, msg)
			}
			return
		}
		if a.Date < minDate || a.Date > maxDate {
			t.Fatalf("ParseAppointment(%q) = out-of-range date %d", s, a.Date)
		}
		for _, tm := range []string{a.Time, a.End} {
			if tm != "" && (len(tm) != 5 || tm[2] != ':' || tm < "00:00" || tm > "23:59" || tm[3] > '5') {
				t.Fatalf("ParseAppointment(%q) = bad time %q", s, tm)
			}
		}
		if a.End != "" && (a.Time == "" || a.End <= a.Time) {
			t.Fatalf("ParseAppointment(%q) = end %q without a start before it (%q)", s, a.End, a.Time)
		}
		if strings.TrimSpace(a.Place) != a.Place || strings.ContainsAny(a.Place, "\n\r") {
			t.Fatalf("ParseAppointment(%q) = place %q not trimmed to one line", s, a.Place)
		}
		if !strings.Contains(s, a.Place) {
			t.Fatalf("ParseAppointment(%q) = place %q, not as typed", s, a.Place)
		}
		// The canonical form reads back the same, whatever today and the direction.
		back, err := ParseAppointment(a.String(), MustOf(2000, 1, 1), Past)
		if err != nil || back != a {
			t.Fatalf("ParseAppointment(%q) = %+v, but its form %q reads back as %+v, %v", s, a, a.String(), back, err)
		}
	})
}

// next_at holds the time of the next appointment: what ParseAppointment reads after the
// date, and nothing else.
func TestParseClock(t *testing.T) {
	for in, want := range map[string][2]string{
		"15:00": {"15:00", ""}, "9:30": {"09:30", ""}, "15時半": {"15:30", ""}, "午後3時": {"15:00", ""},
		"15:00-16:00": {"15:00", "16:00"}, "15:00〜16:00": {"15:00", "16:00"}, "１５：００": {"15:00", ""},
		" 15:00 ": {"15:00", ""}, "15:00〜": {"15:00", ""},
	} {
		start, end, err := ParseClock(in)
		if err != nil || start != want[0] || end != want[1] {
			t.Errorf("ParseClock(%q) = %q, %q, %v; want %q, %q", in, start, end, err, want[0], want[1])
		}
	}
	for _, in := range []string{"", "25:00", "15:60", "15", "15:00 休憩室", "16:00-15:00", "休憩室", "15:00-16:00-17:00"} {
		if s, e, err := ParseClock(in); err == nil {
			t.Errorf("ParseClock(%q) = %q, %q; want an error", in, s, e)
		}
	}
	a := Appointment{Date: MustOf(2026, 12, 16), Time: "15:00", End: "16:00", Place: "休憩室"}
	if a.Clock() != "15:00-16:00" || a.Rest() != "15:00-16:00 休憩室" {
		t.Errorf("Clock %q, Rest %q", a.Clock(), a.Rest())
	}
	if b := (Appointment{Date: a.Date}); b.Clock() != "" || b.Rest() != "" {
		t.Errorf("a date alone: Clock %q, Rest %q", b.Clock(), b.Rest())
	}
}

// --next "11/30 15:00" typed on 2026-12-02 is refused as --next 11/30 is.
func TestParseAppointmentNear(t *testing.T) {
	today := MustOf(2026, 12, 2)
	if a, err := ParseAppointmentNear("11/30 15:00 休憩室", today, Future); err == nil {
		t.Errorf("11/30 15:00 on %v = %+v; want an error", today, a)
	}
	a, err := ParseAppointmentNear("12/16 15:00 休憩室", today, Future)
	if err != nil || a != (Appointment{Date: MustOf(2026, 12, 16), Time: "15:00", Place: "休憩室"}) {
		t.Errorf("12/16 15:00 休憩室 = %+v, %v", a, err)
	}
	if a, err := ParseAppointmentNear("2027-11-30 15:00", today, Future); err != nil || a.Date != MustOf(2027, 11, 30) {
		t.Errorf("a year written out = %+v, %v", a, err)
	}
}
