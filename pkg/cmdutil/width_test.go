package cmdutil

import (
	"testing"
)

// TestTableWidth: a terminal's width, else $COLUMNS, else 80; no width into a pipe unless
// $FOLLOW_COLUMNS forces one.
func TestTableWidth(t *testing.T) {
	term := func(w int) func() int { return func() int { return w } }
	for _, c := range []struct {
		name  string
		width func() int // nil: not a terminal
		env   map[string]string
		want  int
	}{
		{"a pipe", nil, map[string]string{"COLUMNS": "100"}, 0},
		{"a pipe, forced", nil, map[string]string{"FOLLOW_COLUMNS": "72"}, 72},
		{"a terminal", term(120), map[string]string{"COLUMNS": "100"}, 120},
		{"a terminal that does not say", term(0), map[string]string{"COLUMNS": "100"}, 100},
		{"nothing says", term(0), nil, 80},
		{"forced off", term(120), map[string]string{"FOLLOW_COLUMNS": "0"}, 0},
		{"not a number", term(120), map[string]string{"FOLLOW_COLUMNS": "wide"}, 120},
	} {
		f := &Factory{IO: &IOStreams{StdoutTTY: c.width != nil, StdoutWidth: c.width}, Getenv: func(k string) string { return c.env[k] }}
		if got := f.TableWidth(); got != c.want {
			t.Errorf("%s: TableWidth() = %d, want %d", c.name, got, c.want)
		}
		if got := f.Printer().Screen(true).Width; got != 0 {
			t.Errorf("%s: --wide gives width %d", c.name, got)
		}
	}
}
