package dates

import (
	"encoding"
	"encoding/json"
	"strings"
	"testing"
)

var (
	_ encoding.TextMarshaler   = Span{}
	_ encoding.TextUnmarshaler = (*Span)(nil)
)

func TestParseSpan(t *testing.T) {
	tests := []struct {
		in   string
		want Span
	}{
		{"7d", Span{Days: 7}},
		{"+7d", Span{Days: 7}},
		{"-30d", Span{Days: -30}},
		{"0d", Span{}},
		{"-0d", Span{}},
		{"2w", Span{Days: 14}},
		{"1m", Span{Months: 1}},
		{"3m", Span{Months: 3}},
		{"1y", Span{Months: 12}},
		{"3y", Span{Months: 36}},
		{"7D", Span{Days: 7}},
		{"1M", Span{Months: 1}},
		{"1m15d", Span{Months: 1, Days: 15}},
		{"1y6m", Span{Months: 18}},
		{"-1m15d", Span{Months: -1, Days: -15}},
		{"1m-3d", Span{Months: 1, Days: -3}},
		{"-1m+3d", Span{Months: -1, Days: 3}},
		{"1w1d", Span{Days: 8}},
		{"3 days", Span{Days: 3}},
		{"2 weeks", Span{Days: 14}},
		{"1 month", Span{Months: 1}},
		{"1 year 2 months", Span{Months: 14}},
		{" 7d ", Span{Days: 7}},
		{"- 7d", Span{Days: -7}},
		{"007d", Span{Days: 7}},
		// full-width and Japanese
		{"７ｄ", Span{Days: 7}},
		{"＋７ｄ", Span{Days: 7}},
		{"ー１ｗ", Span{Days: -7}},
		{"−30日", Span{Days: -30}},
		{"10日", Span{Days: 10}},
		{"+10日", Span{Days: 10}},
		{"10日間", Span{Days: 10}},
		{"1週", Span{Days: 7}},
		{"2週間", Span{Days: 14}},
		{"1ヶ月", Span{Months: 1}},
		{"1か月", Span{Months: 1}},
		{"1ヵ月", Span{Months: 1}},
		{"1カ月", Span{Months: 1}},
		{"1ケ月", Span{Months: 1}},
		{"3ヶ月間", Span{Months: 3}},
		{"１年", Span{Months: 12}},
		{"3年間", Span{Months: 36}},
		{"1年6ヶ月", Span{Months: 18}},
		{"１ヶ月　１５日", Span{Months: 1, Days: 15}},
		// limits
		{"3660000d", Span{Days: 3660000}},
		{"10000y", Span{Months: 120000}},
	}
	for _, tt := range tests {
		got, err := ParseSpan(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseSpan(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseSpanErrors(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string
	}{
		{"", `"" is not a span such as 7d, 2w, 1m, 1y or -30d`},
		{"7", `"7" needs a unit: 7d (days), 7w (weeks), 7m (months) or 7y (years)`},
		{"-30", `"-30" needs a unit: -30d (days)`},
		{"１０", `"１０" needs a unit: 10d`},
		{"1月", `"1月" is not a span: write 1ヶ月 (or 1m) for months`},
		{"d", "is not a span"},
		{"+", "is not a span"},
		{"+-3d", "is not a span"},
		{"3d-", "is not a span"},
		{"3x", "is not a span"},
		{"3min", "is not a span"},
		{"1.5m", "is not a span"},
		{"three days", "is not a span"},
		{"3d 4", "is not a span"},
		{"3660001d", `"3660001d" is too large a span (at most 10000 years)`},
		{"10001y", "too large"},
		{"99999999999999999999d", "too large"},
		{"3000000d3000000d", "too large"},
		{strings.Repeat("9", 100), "is not a span"},
	}
	for _, tt := range tests {
		got, err := ParseSpan(tt.in)
		if err == nil {
			t.Errorf("ParseSpan(%q) = %+v, want error", tt.in, got)
			continue
		}
		if !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("ParseSpan(%q) error %q, want it to contain %q", tt.in, err, tt.wantErr)
		}
	}
}

func TestSpanString(t *testing.T) {
	tests := []struct {
		s    Span
		want string
	}{
		{Span{}, "0d"},
		{Span{Days: 7}, "7d"},
		{Span{Days: 14}, "14d"},
		{Span{Days: -30}, "-30d"},
		{Span{Months: 1}, "1m"},
		{Span{Months: 12}, "1y"},
		{Span{Months: 18}, "18m"},
		{Span{Months: -36}, "-3y"},
		{Span{Months: 1, Days: 15}, "1m15d"},
		{Span{Months: -1, Days: -15}, "-1m15d"},
		{Span{Months: 1, Days: -3}, "1m-3d"},
		{Span{Months: -1, Days: 3}, "-1m+3d"},
		{Span{Months: 24, Days: 1}, "2y1d"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.s, got, tt.want)
		}
		back, err := ParseSpan(tt.want)
		if err != nil || back != tt.s {
			t.Errorf("ParseSpan(%q) = %+v, %v; want %+v", tt.want, back, err, tt.s)
		}
	}
}

func TestSpanHelpers(t *testing.T) {
	s := Span{Months: 1, Days: -3}
	if got := s.Neg(); got != (Span{Months: -1, Days: 3}) {
		t.Errorf("Neg = %+v", got)
	}
	if s.IsZero() || !(Span{}).IsZero() || (Span{Days: 1}).IsZero() {
		t.Error("IsZero wrong")
	}
	for _, tt := range []struct {
		s    Span
		want int
	}{{Span{}, 0}, {Span{Days: 7}, 7}, {Span{Months: 1}, 30}, {Span{Months: 12}, 360}, {Span{Months: -1, Days: -15}, -45}} {
		if got := tt.s.Approx(); got != tt.want {
			t.Errorf("%v.Approx() = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestSpanText(t *testing.T) {
	var cfg struct {
		Every  Span `json:"every"`
		Before Span `json:"before"`
		Empty  Span `json:"empty"`
	}
	cfg.Empty = Span{Days: 9}
	if err := json.Unmarshal([]byte(`{"every":"2週間","before":"-1m","empty":""}`), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Every != (Span{Days: 14}) || cfg.Before != (Span{Months: -1}) || !cfg.Empty.IsZero() {
		t.Errorf("unmarshal = %+v", cfg)
	}
	out, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != `{"every":"14d","before":"-1m","empty":"0d"}` {
		t.Errorf("marshal = %s", out)
	}
	err = json.Unmarshal([]byte(`{"every":"7"}`), &cfg)
	if err == nil || !strings.Contains(err.Error(), `"7" needs a unit`) {
		t.Errorf("unmarshal of a bare number: %v", err)
	}
}

func TestDateAdd(t *testing.T) {
	tests := []struct {
		d    Date
		s    string
		want Date
	}{
		{MustOf(2026, 1, 5), "0d", MustOf(2026, 1, 5)},
		{MustOf(2026, 1, 5), "7d", MustOf(2026, 1, 12)},
		{MustOf(2026, 1, 5), "-30d", MustOf(2025, 12, 6)},
		{MustOf(2026, 1, 31), "1m", MustOf(2026, 2, 28)},
		{MustOf(2028, 1, 31), "1m", MustOf(2028, 2, 29)},
		{MustOf(2026, 1, 31), "1m1d", MustOf(2026, 3, 1)}, // months first, then days
		{MustOf(2026, 3, 31), "-1m", MustOf(2026, 2, 28)},
		{MustOf(2028, 2, 29), "1y", MustOf(2029, 2, 28)},
		{MustOf(2028, 2, 29), "-4y", MustOf(2024, 2, 29)},
		{MustOf(2026, 4, 1), "3y", MustOf(2029, 4, 1)}, // 3-year limit
		{MustOf(2026, 12, 15), "1m", MustOf(2027, 1, 15)},
		{MustOf(2026, 8, 31), "3m", MustOf(2026, 11, 30)},
		{MustOf(9999, 12, 31), "0d", MustOf(9999, 12, 31)},
		{MustOf(9999, 12, 31), "1d", 0},
		{MustOf(9999, 12, 1), "1m", 0},
		{MustOf(1, 1, 1), "-1d", 0},
		{MustOf(1, 1, 31), "-1m", 0},
		{MustOf(1, 2, 1), "-1m", MustOf(1, 1, 1)},
		{0, "7d", 0},
	}
	for _, tt := range tests {
		s, err := ParseSpan(tt.s)
		if err != nil {
			t.Fatal(err)
		}
		if got := tt.d.Add(s); got != tt.want {
			t.Errorf("%v + %s = %v, want %v", tt.d, tt.s, got, tt.want)
		}
	}
	if MustOf(1, 1, 1) != minDate || MustOf(9999, 12, 31) != maxDate {
		t.Errorf("minDate/maxDate are %d/%d", minDate, maxDate)
	}
}

func TestAddMonthsFromJan31(t *testing.T) {
	// AddMonths is in date.go; these are the leap-year cases follow-up schedules hit.
	tests := []struct {
		y    int
		want int // day of February
	}{{2025, 28}, {2026, 28}, {2027, 28}, {2028, 29}, {2100, 28}, {2000, 29}}
	for _, tt := range tests {
		got := MustOf(tt.y, 1, 31).AddMonths(1)
		if got != MustOf(tt.y, 2, tt.want) {
			t.Errorf("%d-01-31 + 1 month = %v, want February %d", tt.y, got, tt.want)
		}
	}
	if _, ok := Of(2028, 2, 29); !ok {
		t.Error("2028-02-29 should exist")
	}
	if _, ok := Of(2026, 2, 29); ok {
		t.Error("2026-02-29 should not exist")
	}
}

func FuzzParseSpan(f *testing.F) {
	for _, s := range []string{"7d", "+7d", "-30d", "2w", "1m", "1y", "0d", "1m15d", "1m-3d", "-1m+3d",
		"７ｄ", "2週間", "3ヶ月", "1年", "7", "1月", "3660000d", "- 1 year 2 months", "9999999999d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := ParseSpan(s)
		if err != nil {
			if sp != (Span{}) {
				t.Fatalf("ParseSpan(%q) returned %+v with error %v", s, sp, err)
			}
			return
		}
		if sp.Months > maxSpanMonths || sp.Months < -maxSpanMonths || sp.Days > maxSpanDays || sp.Days < -maxSpanDays {
			t.Fatalf("ParseSpan(%q) = %+v exceeds the limits", s, sp)
		}
		back, err := ParseSpan(sp.String())
		if err != nil || back != sp {
			t.Fatalf("round trip of %q: %+v -> %q -> %+v, %v", s, sp, sp.String(), back, err)
		}
		if sp.Neg().Neg() != sp {
			t.Fatalf("Neg not an involution for %+v", sp)
		}
		d := MustOf(2026, 1, 31).Add(sp)
		if d != 0 && (d < minDate || d > maxDate) {
			t.Fatalf("2026-01-31 + %v = out-of-range %d", sp, d)
		}
	})
}
