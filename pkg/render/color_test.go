package render

import "testing"

func TestColorize(t *testing.T) {
	tests := []struct {
		s     string
		st    Style
		color bool
		want  string
	}{
		{"期限切れ", StyleRed, true, "\x1b[31m期限切れ\x1b[0m"},
		{"today", StyleYellow, true, "\x1b[33mtoday\x1b[0m"},
		{"ID", StyleBold, true, "\x1b[1mID\x1b[0m"},
		{"done", StyleDim, true, "\x1b[2mdone\x1b[0m"},
		{"plain", StyleNone, true, "plain"},
		{"odd", Style(99), true, "odd"},
		{"", StyleRed, true, ""},
		{"期限切れ", StyleRed, false, "期限切れ"},
		{"x", StyleBold, false, "x"},
	}
	for _, tt := range tests {
		if got := Colorize(tt.s, tt.st, tt.color); got != tt.want {
			t.Errorf("Colorize(%q, %d, %v) = %q, want %q", tt.s, tt.st, tt.color, got, tt.want)
		}
	}
}
