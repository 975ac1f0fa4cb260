package stats

import (
	"strings"
	"testing"
)

// The tables are in the reader's language: the group column is named after --by, the
// last row is the total, and a group without a key is shown as such.
func TestWriteText(t *testing.T) {
	st := Stats{By: "owner", Min: 5, Groups: []Group{{Key: NoKey}, {Key: "川口 健太"}}, Total: Group{Discipline: &Discipline{Active: 2}}}
	for lang, want := range map[string][]string{
		"en": {"OWNER", "川口 健太", "TOTAL", "(none)"},
		"ja": {"担当", "川口 健太", "合計"},
	} {
		var b strings.Builder
		if err := st.WriteText(&b, lang, false); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: the tables lack %q:\n%s", lang, w, b.String())
			}
		}
		if strings.Contains(b.String(), "\x1b[") {
			t.Errorf("%s: colour without color", lang)
		}
	}
}
