package people

import (
	"errors"
	"slices"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
)

// staff are fictional records: two 平田 (one ended), a reading in katakana, an English name.
var staff = []Member{
	{ID: "S0201", Name: "平田 沙織", Kana: "ひらた さおり", Client: "東和システム株式会社"},
	{ID: "S0202", Name: "平田 健一", Kana: "ヒラタ ケンイチ", Client: "株式会社ミナト精工"},
	{ID: "S0203", Name: "森 直子", Kana: "もり なおこ"},
	{ID: "S0204", Name: "Emma Clark"},
	{ID: "S0206", Name: "平田 一郎", Kana: "ひらた いちろう", Ended: true},
}

func TestStaffID(t *testing.T) {
	has := func(id string) bool { return slices.ContainsFunc(staff, func(m Member) bool { return m.ID == id }) }
	read := 0
	roster := func() ([]Member, error) { read++; return staff, nil }
	for _, c := range []struct {
		typed, want string
		code        Code
		cands       []string
	}{
		{typed: "S0201", want: "S0201"},
		{typed: "Ｓ０２０３", want: "S0203"},
		{typed: "　S0203 ", want: "S0203"},
		{typed: "s0203", want: "S0203"},
		{typed: "S0404", want: "S0404"}, // an ID no record has: the command decides
		{typed: "../x", want: "../x"},   // ASCII and no ID: record.ValidID says why
		{typed: "平田沙織", want: "S0201"},
		{typed: "平田　沙織", want: "S0201"},
		{typed: "ひらたけんいち", want: "S0202"},
		{typed: "ﾋﾗﾀ ｻｵﾘ", want: "S0201"},
		{typed: "もり", want: "S0203"}, // the reading's family name beats the start of もりもと
		{typed: "森", want: "S0203"},
		{typed: "emma", want: "S0204"},
		{typed: "平田", code: Ambiguous, cands: []string{"S0201", "S0202", "S0206"}},
		{typed: "ヒラタ", code: Ambiguous, cands: []string{"S0201", "S0202", "S0206"}},
		{typed: "佐藤", code: Unknown},
	} {
		id, err := StaffID(c.typed, has, roster)
		if c.want != "" {
			if err != nil || id != c.want {
				t.Errorf("StaffID(%q) = %q, %v; want %q", c.typed, id, err, c.want)
			}
			continue
		}
		var e *StaffError
		if !errors.As(err, &e) || e.Code != c.code {
			t.Errorf("StaffID(%q) = %q, %v; want a refusal %s", c.typed, id, err, c.code)
			continue
		}
		var ids []string
		for _, m := range e.Candidates {
			ids = append(ids, m.ID)
		}
		if !slices.Equal(ids, c.cands) {
			t.Errorf("StaffID(%q): candidates %q, want %q", c.typed, ids, c.cands)
		}
	}
	read = 0
	if _, err := StaffID("S0201", has, roster); err != nil || read != 0 {
		t.Errorf("the ID of a record read the roster (%d times), %v", read, err)
	}
}

func TestStaffErrorText(t *testing.T) {
	_, err := StaffID("平田", func(string) bool { return false }, func() ([]Member, error) { return staff, nil })
	want := "平田 に当てはまるスタッフが複数います。いずれかの ID を指定してください:\n" +
		"  S0201  平田 沙織  東和システム株式会社\n  S0202  平田 健一  株式会社ミナト精工\n  S0206  平田 一郎（終了）"
	if got := err.(*StaffError).Text(i18n.JA); got != want {
		t.Errorf("Text(ja) =\n%s\nwant\n%s", got, want)
	}
}

func TestCompletions(t *testing.T) {
	for _, c := range []struct {
		prefix string
		want   []string
	}{
		{"S020", []string{"S0201\t平田 沙織", "S0202\t平田 健一", "S0203\t森 直子", "S0204\tEmma Clark", "S0206\t平田 一郎"}},
		{"平田沙", []string{"平田沙織\tS0201 東和システム株式会社"}},
		{"ひらたけ", []string{"ひらたけんいち\tS0202 平田 健一"}},
		{"ヒラタサ", []string{"ヒラタサオリ\tS0201 平田 沙織"}},
		{"Emma", []string{"EmmaClark\tS0204"}},
		{"", []string{"S0201\t平田 沙織", "S0202\t平田 健一", "S0203\t森 直子", "S0204\tEmma Clark", "S0206\t平田 一郎"}},
		{"佐", nil},
	} {
		if got := Completions(staff, c.prefix); !slices.Equal(got, c.want) {
			t.Errorf("Completions(%q) = %q, want %q", c.prefix, got, c.want)
		}
	}
}
