package i18n

import (
	"strings"

	"github.com/staffnote/follow/pkg/textfold"
)

// Code is the code among codes that typed names: the code itself, or its label (the
// message prefix+code, "kind.milestone") in English or Japanese, typed in any width,
// kana or case (textfold.Key): --kind 節目 is --kind milestone. ok is false when none
// does.
func Code(prefix string, codes []string, typed string) (code string, ok bool) {
	k := textfold.Key(typed)
	if k == "" {
		return "", false
	}
	for _, c := range codes {
		if textfold.Key(c) == k || textfold.Key(T(EN, prefix+c)) == k || textfold.Key(T(JA, prefix+c)) == k {
			return c, true
		}
	}
	return "", false
}

// Choices is the list of codes for a message that says which ones a flag takes: the
// codes in English; in Japanese each label with its code ("節目 (milestone)").
func Choices(prefix string, codes []string) Texter { return choices{prefix, codes} }

// Texter is a text not yet put into a language, as an argument of a Message.
type Texter interface{ Text(lang string) string }

type choices struct {
	prefix string
	codes  []string
}

func (c choices) Text(lang string) string {
	if lang != JA {
		return strings.Join(c.codes, ", ")
	}
	out := make([]string, len(c.codes))
	for i, code := range c.codes {
		out[i] = T(JA, c.prefix+code) + " (" + code + ")"
	}
	return strings.Join(out, "、")
}
