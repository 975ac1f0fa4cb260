package dates

import "testing"

func TestJoin(t *testing.T) {
	for _, c := range []struct {
		ds   []Date
		sep  string
		want string
	}{
		{nil, ", ", ""},
		{[]Date{MustOf(2026, 12, 16)}, ", ", "2026-12-16"},
		{[]Date{MustOf(2026, 12, 24), MustOf(2026, 12, 16)}, "、", "2026-12-24、2026-12-16"},
	} {
		if got := Join(c.ds, c.sep); got != c.want {
			t.Errorf("Join(%v, %q) = %q, want %q", c.ds, c.sep, got, c.want)
		}
	}
}
