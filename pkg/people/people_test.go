package people

import (
	"errors"
	"slices"
	"testing"
)

// team is a fictional team: two 川口, a 森本 with an alias, a manager.
var team = Declared([]Person{
	{Name: "川口 健太", Reading: "かわぐち けんた", Aliases: []string{"Kenta Kawaguchi"}},
	{Name: "川口 美穂", Reading: "かわぐち みほ"},
	{Name: "森本 彩", Reading: "もりもと あや", Aliases: []string{"あやさん"}},
	{Name: "石田 誠", Reading: "いしだ まこと"},
	{Name: "石原 里美", Reading: "いしはら さとみ"},
})

func TestResolve(t *testing.T) {
	for _, c := range []struct {
		typed string
		want  string // the full name, or "" when refused
		code  Code
		cands []string
	}{
		{typed: "森本 彩", want: "森本 彩"},
		{typed: "森本", want: "森本 彩"},               // unique family name
		{typed: "もりもと", want: "森本 彩"},             // the reading's family name
		{typed: "モリモト", want: "森本 彩"},             // in katakana
		{typed: "ﾓﾘﾓﾄ", want: "森本 彩"},             // half-width katakana
		{typed: "もりもと あや", want: "森本 彩"},          // the whole reading
		{typed: "モリモト　アヤ", want: "森本 彩"},          // full-width space, katakana
		{typed: "森本　彩", want: "森本 彩"},             // full-width space
		{typed: "森本彩", want: "森本 彩"},              // no space
		{typed: "  森本 彩 ", want: "森本 彩"},          // spaces around
		{typed: "あやさん", want: "森本 彩"},             // alias
		{typed: "kenta kawaguchi", want: "川口 健太"}, // alias, any case
		{typed: "ＫＥＮＴＡ　ＫＡＷＡＧＵＣＨＩ", want: "川口 健太"}, // alias, full-width
		{typed: "川口 健太", want: "川口 健太"},           // full name among two 川口
		{typed: "かわぐちけんた", want: "川口 健太"},         // reading among two 川口
		{typed: "川口健", want: "川口 健太"},             // a prefix of one name only
		{typed: "石田", want: "石田 誠"},               // family name beats the prefix 石 of 石原
		{typed: "いしだ", want: "石田 誠"},              // reading family name
		{typed: "もり", want: "森本 彩"},               // prefix of a reading
		{typed: "川口", code: Ambiguous, cands: []string{"川口 健太", "川口 美穂"}},
		{typed: "かわぐち", code: Ambiguous, cands: []string{"川口 健太", "川口 美穂"}},
		{typed: "石", code: Ambiguous, cands: []string{"石田 誠", "石原 里美"}},
		{typed: "佐藤", code: Unknown, cands: []string{"川口 健太", "川口 美穂", "森本 彩", "石田 誠", "石原 里美"}},
		{typed: "健太", code: Unknown, cands: []string{"川口 健太", "川口 美穂", "森本 彩", "石田 誠", "石原 里美"}},
		{typed: "", code: Empty},
		{typed: "\u3000 ", code: Empty},
	} {
		p, err := team.Resolve(c.typed)
		if c.want != "" {
			if err != nil || p.Name != c.want {
				t.Errorf("Resolve(%q) = %q, %v; want %q", c.typed, p.Name, err, c.want)
			}
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Resolve(%q) = %q, %v; want a refusal %s", c.typed, p.Name, err, c.code)
			continue
		}
		if e.Code != c.code || !slices.Equal(e.Candidates, c.cands) {
			t.Errorf("Resolve(%q): %s %q; want %s %q", c.typed, e.Code, e.Candidates, c.code, c.cands)
		}
	}
}

func TestFromNames(t *testing.T) {
	tm := FromNames([]string{"森本 彩", "川口 健太", "", "森本\u3000彩", "森本彩", "川口", "  "})
	var names []string
	for _, p := range tm.People {
		names = append(names, p.Name)
	}
	if want := []string{"川口", "川口 健太", "森本 彩"}; !slices.Equal(names, want) {
		t.Fatalf("FromNames = %q, want %q", names, want)
	}
	if tm.Declared {
		t.Error("a team from the records is not declared")
	}
	// A bare family name written in a record is a name of its own: it matches itself
	// before it matches anyone's family name.
	if p, err := tm.Resolve("川口"); err != nil || p.Name != "川口" {
		t.Errorf("Resolve(川口) = %q, %v", p.Name, err)
	}
	if p, err := tm.Resolve("川口 健"); err != nil || p.Name != "川口 健太" {
		t.Errorf("Resolve(川口 健) = %q, %v", p.Name, err)
	}
}

func TestUnknownListsAtMostMaxCandidates(t *testing.T) {
	var names []string
	for i := range 30 {
		names = append(names, "社員"+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	_, err := FromNames(names).Resolve("佐藤")
	var e *Error
	if !errors.As(err, &e) || len(e.Candidates) != MaxCandidates || e.Total != 30 {
		t.Fatalf("Resolve: %v (candidates %d)", err, len(e.Candidates))
	}
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		ps   []Person
		want int
	}{
		{[]Person{{Name: "川口 健太"}, {Name: "川口 美穂"}}, -1},
		{[]Person{{Name: "川口 健太"}, {Name: ""}}, 1},
		{[]Person{{Name: "川口 健太"}, {Name: "川口　健太"}}, 1},
		{[]Person{{Name: "川口 健太", Aliases: []string{"けんた"}}, {Name: "森本 彩", Aliases: []string{"ケンタ"}}}, 1},
		{[]Person{{Name: "川口 健太", Aliases: []string{"森本 彩"}}, {Name: "森本 彩"}}, 1},
		// Two people may share a reading: typing it is then ambiguous, not wrong.
		{[]Person{{Name: "佐藤 健", Reading: "さとう けん"}, {Name: "佐藤 研", Reading: "さとう けん"}}, -1},
	} {
		if got, msg := Check(c.ps); got != c.want {
			t.Errorf("Check(%v) = %d %q, want %d", c.ps, got, msg, c.want)
		}
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{"川口\u3000健太": "川口 健太", "  川口   健太 ": "川口 健太", "森本": "森本"} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExact(t *testing.T) {
	for typed, want := range map[string]string{
		"川口　健太": "川口 健太", "かわぐちみほ": "川口 美穂", "KENTA KAWAGUCHI": "川口 健太",
		"川口": "", "もりもと": "", "川口 健": "", "佐藤": "", "": "",
	} {
		p, ok := team.Exact(typed)
		if ok != (want != "") || p.Name != want {
			t.Errorf("Exact(%q) = %q, %v; want %q", typed, p.Name, ok, want)
		}
	}
}
