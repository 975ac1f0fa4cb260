package record

import (
	"reflect"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
)

func sampleSummary() Summary {
	return Summary{
		ID: "S0001", Name: "山田 花子", Status: "active", Owner: "佐藤 健", Manager: "鈴木", Client: "株式会社アオバ",
		Site: "川崎工場", Supervisor: "田中", Exempt: "", Start: dates.MustOf(2024, 4, 1), UnitStart: dates.MustOf(2025, 4, 1),
		Next: dates.MustOf(2026, 12, 5), NextAt: "15:00-16:00", NextPlace: "休憩室", EndedDate: dates.MustOf(2027, 1, 31), SiteLimit: dates.MustOf(2027, 3, 31), ContractEnd: dates.MustOf(2026, 12, 31),
		Renewals: 7, NextLine: 12, ContractLine: 9, StartLine: 8, SiteLimitLine: -1, LatestLine: 14,
		Latest: Latest{Contact: dates.MustOf(2026, 11, 20), Intent: IntentUnsure, IntentDate: dates.MustOf(2026, 11, 20),
			IntentBefore: IntentStay, IntentBeforeDate: dates.MustOf(2026, 10, 20), Mood: 2, MoodDate: dates.MustOf(2026, 11, 20),
			MoodBefore: 4, MoodBeforeDate: dates.MustOf(2026, 10, 20)},
		Milestones: []Milestone{
			{ID: "M1", What: "1か月面談", Due: dates.MustOf(2026, 5, 1), Who: "owner", Rule: "m1", Line: 20},
			{ID: "M2", What: "更新意思確認", Due: dates.MustOf(2026, 11, 30), Who: "manager", Done: 0, Note: "電話で", Line: 24},
		},
		Requests: []Request{{ID: "R1", What: "空調が強い", Plan: "派遣先に相談", Due: dates.MustOf(2026, 12, 3),
			Report: dates.MustOf(2026, 12, 4), How: "電話", Done: dates.MustOf(2026, 12, 2), Note: "x", Line: 30},
			{ID: "R2", What: "残業代の計算が合わない", From: FromStaff, Who: "manager", Type: TypeComplaint, Due: dates.MustOf(2026, 12, 10), DueWas: dates.MustOf(2026, 11, 27),
				Notified: dates.MustOf(2026, 12, 3), Line: 38}},
		Duties: []Duty{{Kind: DutyTraining, Date: dates.MustOf(2026, 6, 15), Hours: 1.5, Line: 40},
			{Kind: DutyMeasure, Date: dates.MustOf(2026, 12, 10), Option: OptionDirectHire, Result: ResultFailed, Line: 44}},
	}
}

// TestSummaryRoundTrip: what the due cache stores decodes to the same summary.
func TestSummaryRoundTrip(t *testing.T) {
	for _, s := range []Summary{{}, {ID: "A", Status: StatusEnded}, sampleSummary()} {
		b := s.AppendBinary([]byte("prefix"))[len("prefix"):]
		got, err := DecodeSummary(b)
		if err != nil {
			t.Fatalf("%+v: %v", s, err)
		}
		if !reflect.DeepEqual(got, s) {
			t.Fatalf("round trip:\n got  %+v\n want %+v", got, s)
		}
	}
}

// TestSummaryDecodeRefusesDamage: every truncation, and extra bytes, are refused rather than
// decoded into a wrong summary.
func TestSummaryDecodeRefusesDamage(t *testing.T) {
	s := sampleSummary()
	b := s.AppendBinary(nil)
	for n := range len(b) {
		if _, err := DecodeSummary(b[:n]); err == nil {
			t.Fatalf("truncated to %d of %d bytes: decoded", n, len(b))
		}
	}
	if _, err := DecodeSummary(append(b[:len(b):len(b)], 0)); err == nil {
		t.Fatal("a trailing byte was accepted")
	}
}

// FuzzDecodeSummary: any bytes decode without panic or a huge allocation, and whatever
// decodes encodes to bytes that decode to the same summary.
func FuzzDecodeSummary(f *testing.F) {
	s := sampleSummary()
	f.Add(s.AppendBinary(nil))
	var zero Summary
	f.Add(zero.AppendBinary(nil))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSummary(b)
		if err != nil {
			return
		}
		if again, err := DecodeSummary(s.AppendBinary(nil)); err != nil || !reflect.DeepEqual(again, s) {
			t.Fatalf("re-encoding %+v: %v, %+v", s, err, again)
		}
	})
}

// DecodeSummary decodes what AppendBinary wrote. The strings of the result share b's
// memory: b must never be modified afterwards.
func DecodeSummary(b []byte) (Summary, error) {
	var s Summary
	err := DecodeSummaryInto(b, &s)
	return s, err
}

// An ended record restored from the due cache is what follow due reads from the file: its
// last day still to come (終了予定) and its contact after the end (next, with its time and
// place) are kept.
func TestSummaryEnded(t *testing.T) {
	src := "---\nid: S0108\nname: 平田 陽子\nstatus: ended\nowner: 森本 彩\nstart: 2026-04-01\nnext: 2026-12-15\nnext_at: \"15:00\"\nnext_place: 休憩室\nended:\n  date: 2026-10-31\n  reason: 契約満了\n---\n"
	r, err := Parse("S0108.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	sum := r.Summarize()
	back, err := DecodeSummary(sum.AppendBinary(nil))
	if err != nil {
		t.Fatal(err)
	}
	var got Record
	got.RestoreFrom(back)
	if got.Next != r.Next || got.Ended.Date != r.Ended.Date || *got.Appointment() != *r.Appointment() ||
		got.ActiveOn(dates.MustOf(2026, 10, 30)) != true || got.KeyLine("next") != r.KeyLine("next") {
		t.Errorf("restored %+v, %+v; want the record's next %v at %+v, last day %v", got.Next, got.Ended, r.Next, r.Appointment(), r.Ended.Date)
	}
}
