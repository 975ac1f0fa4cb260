package config

import (
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
)

func TestEndCategoryLabels(t *testing.T) {
	c, err := Parse("follow.yaml", []byte("end_categories:\n  - staff-reason\n  - other\n  - code: relocation\n    ja: 転居\n    en: moved away\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct{ typed, want string }{
		{"staff-reason", "staff-reason"}, {"本人都合", "staff-reason"}, {"ﾎﾝﾆﾝ都合", ""}, {"その他", "other"},
		{"転居", "relocation"}, {"Moved Away", "relocation"}, {"relocation", "relocation"}, {"契約満了", ""}, {"", ""},
	} {
		if got, ok := c.EndCategory(x.typed); got != x.want || ok != (x.want != "") {
			t.Errorf("EndCategory(%q) = %q, %v; want %q", x.typed, got, ok, x.want)
		}
	}
	if got := c.EndLabel("relocation", i18n.JA); got != "転居" {
		t.Errorf("EndLabel(relocation, ja) = %q", got)
	}
	if got := c.EndLabel("staff-reason", i18n.JA); got != "本人都合" {
		t.Errorf("EndLabel(staff-reason, ja) = %q", got)
	}
	if got := c.EndLabel("unknown-code", i18n.JA); got != "unknown-code" {
		t.Errorf("EndLabel(unknown-code) = %q", got)
	}
	if got := c.EndChoices().Text(i18n.JA); got != "本人都合 (staff-reason)、その他 (other)、転居 (relocation)" {
		t.Errorf("EndChoices(ja) = %q", got)
	}
	if _, err := Parse("follow.yaml", []byte("end_categories:\n  - ja: 転居\n")); err == nil {
		t.Error("an end category without code: was accepted")
	}
}

func TestReasonSays(t *testing.T) {
	for _, c := range []struct {
		reason, label string
		want          bool
	}{
		{"契約満了", "契約満了", true},
		{"契約満了で終了", "契約満了", true},
		{"本人都合（転居のため）", "本人都合", true},
		{"Contract Expiry", "contract expiry", true},
		{"ＣＯＮＴＲＡＣＴ expiry", "contract expiry", true},
		{"本人希望（資格試験の勉強に専念するため）", "本人都合", false},
		{"契約満了", "", false},
	} {
		if got := ReasonSays(c.reason, c.label); got != c.want {
			t.Errorf("ReasonSays(%q, %q) = %v", c.reason, c.label, got)
		}
	}
}
