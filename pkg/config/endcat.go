package config

import (
	"strings"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/textfold"
)

// Label is what a team calls one of its own codes, in each language ("" when it gives
// none).
type Label struct{ EN, JA string }

// EndLabel is the label of an end category in lang: the team's own (end_categories),
// else the catalogue's for the default categories (endcat.*: 本人都合 for staff-reason),
// else the code itself.
func (c *Config) EndLabel(code, lang string) string {
	l := c.EndLabels[code]
	if lang == i18n.JA && l.JA != "" {
		return l.JA
	}
	if lang != i18n.JA && l.EN != "" {
		return l.EN
	}
	if key := "endcat." + code; i18n.Has(key) {
		return i18n.T(lang, key)
	}
	return code
}

// EndCategory is the code of the team's end category that typed names: the code, or its
// label in either language, in any width, kana or case (--category 本人都合). ok is false
// when none does.
func (c *Config) EndCategory(typed string) (code string, ok bool) {
	k := textfold.Key(typed)
	for _, code := range c.EndCats {
		for _, s := range []string{code, c.EndLabel(code, i18n.EN), c.EndLabel(code, i18n.JA)} {
			if k != "" && textfold.Key(s) == k {
				return code, true
			}
		}
	}
	return "", false
}

// EndChoices is the list of the team's end categories for a message: the codes in
// English; in Japanese each label with its code (本人都合 (staff-reason)).
func (c *Config) EndChoices() i18n.Texter { return endChoices{c} }

type endChoices struct{ c *Config }

func (e endChoices) Text(lang string) string {
	out := make([]string, len(e.c.EndCats))
	for i, code := range e.c.EndCats {
		out[i] = code
		if l := e.c.EndLabel(code, lang); lang == i18n.JA && l != code {
			out[i] = l + " (" + code + ")"
		}
	}
	return strings.Join(out, i18n.Sep(lang))
}

// ReasonSays reports whether the reason of an end already says label, the name of its
// category, as search matches text (textfold.Matcher: any width, kana, case or spacing):
// the log line and follow show then leave the label out (契約満了, not 契約満了（契約満了）).
func ReasonSays(reason, label string) bool {
	m := textfold.NewMatcher(label)
	return !m.Empty() && m.Match(reason)
}
