package record

import (
	"strings"
	"testing"
)

// TestOwnerOn: the handover entries of the log (either language) tell who followed the
// staff member on a day; a handover entry that names nobody changes nothing.
func TestOwnerOn(t *testing.T) {
	src := "---\nid: S1\nowner: 森本 彩\n---\n\n# x\n\n" +
		"## 2026-03-01 visit\n\n- 様子を見た\n\n" +
		"## 2026-05-10 handover\n\n- Handover: 佐藤 → 川口 健太\n- 月曜は避ける\n\n" +
		"## 2026-06-01 引継ぎ\n\n- 引継ぎ：川口 健太 → 森本 彩\n\n" +
		"## 2026-07-01 handover\n\n- 申し送りのみ\n"
	r, err := Parse("S1.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	entries, probs := r.Entries()
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	hs := Handovers(entries)
	if len(hs) != 2 || hs[0].From != "佐藤" || hs[0].To != "川口 健太" || hs[1].From != "川口 健太" || hs[1].To != "森本 彩" {
		t.Fatalf("handovers %+v", hs)
	}
	for _, c := range []struct{ day, want string }{
		{"2026-04-30", "佐藤"}, {"2026-05-09", "佐藤"}, {"2026-05-10", "川口 健太"},
		{"2026-05-31", "川口 健太"}, {"2026-06-01", "森本 彩"}, {"2026-12-01", "森本 彩"},
	} {
		if got := OwnerOn(r.Owner, hs, day(c.day)); got != c.want {
			t.Errorf("owner on %s = %q, want %q", c.day, got, c.want)
		}
	}
	if got := OwnerOn("森本 彩", nil, day("2020-01-01")); got != "森本 彩" {
		t.Errorf("no handover: %q", got)
	}
}

// FuzzHandoverLine: any line reads back as no handover, or as two names, trimmed and not
// empty, that read back the same when written as follow handover writes them.
func FuzzHandoverLine(f *testing.F) {
	for _, s := range []string{"Handover: 佐藤 → 川口 健太", "引継ぎ：川口 健太 → 森本 彩", "引き継ぎ: a→b", "Handover: → b", "メモ: a → b", "Handover 佐藤 → 川口", ":→"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		from, to, ok := handoverLine(s)
		if !ok {
			return
		}
		if from == "" || to == "" || from != strings.TrimSpace(from) || to != strings.TrimSpace(to) {
			t.Fatalf("%q: from %q, to %q", s, from, to)
		}
		if strings.Contains(from, "→") {
			t.Fatalf("%q: from %q holds the arrow", s, from)
		}
		f2, t2, ok2 := handoverLine("Handover: " + from + " → " + to)
		if !ok2 || f2 != from || t2 != to {
			t.Fatalf("%q: %q → %q reads back as %q → %q (%v)", s, from, to, f2, t2, ok2)
		}
	})
}
