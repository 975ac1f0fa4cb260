package render

import "testing"

// TestFitWidth: $FOLLOW_COLUMNS wins even into a pipe; a terminal gives its width, else
// $COLUMNS, else 80; a pipe or a file gets every column whole (0).
func TestFitWidth(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	term := func(w int) func() int { return func() int { return w } }
	for _, c := range []struct {
		name     string
		getenv   func(string) string
		terminal func() int
		want     int
	}{
		{"pipe", env(), nil, 0},
		{"pipe, COLUMNS", env("COLUMNS", "100"), nil, 0},
		{"pipe, FOLLOW_COLUMNS", env("FOLLOW_COLUMNS", " 60 "), nil, 60},
		{"terminal", env("COLUMNS", "100"), term(120), 120},
		{"terminal that does not say", env("COLUMNS", "100"), term(0), 100},
		{"terminal, nothing says", env(), term(0), 80},
		{"FOLLOW_COLUMNS 0", env("FOLLOW_COLUMNS", "0"), term(120), 0},
		{"bad FOLLOW_COLUMNS", env("FOLLOW_COLUMNS", "wide"), term(120), 120},
	} {
		if got := FitWidth(c.getenv, c.terminal); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
