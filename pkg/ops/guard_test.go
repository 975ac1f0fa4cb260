package ops

import (
	"errors"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/privacy"
)

func TestGuard(t *testing.T) {
	s := privacy.New(privacy.Options{Extra: []string{"社外秘"}})
	for _, c := range []struct {
		name     string
		in       []Input
		disabled []string
		want     []string // lines of the refusal; none: accepted
	}{
		{name: "clean", in: []Input{{"--fact", "請求書発行を担当"}, {"--note", ""}}},
		{name: "My Number", in: []Input{{"--fact", "マイナンバー 1234 5678 9018"}},
			want: []string{"  --fact: looks like a My Number (個人番号) ****-****-9018: ", " [privacy-mynumber]"}},
		{name: "every text, every finding", in: []Input{{"--topic", "本籍は熊本"}, {"--fact", "ok"}, {"--note", "社外秘の資料"}},
			want: []string{"  --topic: \"本籍\" is about", "  --note: \"社外秘\" ", "[privacy-sensitive]"}},
		{name: "the line of a text of several lines", in: []Input{{"--note", "一行目\n4111 1111 1111 1111\n"}},
			want: []string{"  --note:2: looks like a payment card number 4111 **** **** 1111"}},
		{name: "allow marker", in: []Input{{"--note", "社員番号 1234 5678 9018 <!-- follow:allow -->"}}},
		{name: "rule turned off", in: []Input{{"--reason", "本籍の件"}}, disabled: []string{"privacy-sensitive"}},
		{name: "another rule still on", in: []Input{{"--reason", "本籍の件 1234 5678 9018"}}, disabled: []string{"privacy-sensitive"},
			want: []string{"[privacy-mynumber]"}},
	} {
		err := Guard(s, c.disabled, c.in...)
		if len(c.want) == 0 {
			if err != nil {
				t.Errorf("%s: refused: %v", c.name, err)
			}
			continue
		}
		var e *Error
		if !errors.As(err, &e) || e.Usage {
			t.Fatalf("%s: %v, want a data refusal", c.name, err)
		}
		text := e.Text(i18n.EN)
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q lacks %q", c.name, text, w)
			}
		}
		if strings.Contains(text, "1234 5678") || strings.Contains(text, "4111 1111") {
			t.Errorf("%s: the number is shown unmasked: %q", c.name, text)
		}
	}
}

func TestGuardDraft(t *testing.T) {
	s := privacy.New(privacy.Options{})
	draft := "# 1234 5678 9018 in a comment is never written\n## 2026-12-01 visit\n### Facts\n- マイナンバー 1234 5678 9018\n- 本籍の話 <!-- follow:allow -->\nNext: 2w\n"
	errs := GuardDraft(s, nil, draft)
	if len(errs) != 1 || errs[0].Line != 4 || errs[0].Key != "guard.draft" || errs[0].Args[1] != "privacy-mynumber" {
		t.Fatalf("GuardDraft = %+v", errs)
	}
	if errs := GuardDraft(s, []string{"privacy-mynumber"}, draft); len(errs) != 0 {
		t.Errorf("a rule turned off: %+v", errs)
	}
}
