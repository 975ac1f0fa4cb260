package i18n

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

var verbRE = regexp.MustCompile(`%[-+# 0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[a-zA-Z%]`)

// verbs returns the fmt verbs of a format, %% left out, in order.
func verbs(s string) []string {
	var out []string
	for _, v := range verbRE.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

// TestCatalog checks every message: an English and a Japanese text, taking the same
// arguments in the same order, and both ending in a newline or neither.
func TestCatalog(t *testing.T) {
	if len(catalog) == 0 || len(helpTexts) == 0 {
		t.Fatal("the catalogue is empty")
	}
	for _, e := range all() {
		k, en, ja := e.key, e.en, e.ja
		if strings.TrimSpace(en) == "" {
			t.Errorf("%s: no English text", k)
		}
		if strings.TrimSpace(ja) == "" {
			t.Errorf("%s: no Japanese text", k)
		}
		if ve, vj := verbs(en), verbs(ja); strings.Join(ve, " ") != strings.Join(vj, " ") {
			t.Errorf("%s: English takes %v, Japanese %v", k, ve, vj)
		}
		if strings.HasSuffix(en, "\n") != strings.HasSuffix(ja, "\n") {
			t.Errorf("%s: one language ends in a newline, the other does not", k)
		}
	}
}

// TestCatalogSorted: the lookup searches by halves, so the keys must be sorted and unique.
// The messages and the help texts are two arrays: no key may be in both.
func TestCatalogSorted(t *testing.T) {
	for name, c := range map[string][]entry{"catalog.go": catalog[:], "help.go": helpTexts[:]} {
		for i := 1; i < len(c); i++ {
			if a, b := c[i-1].key, c[i].key; a >= b {
				t.Errorf("%s: %q comes before %q: keep the catalogue sorted, each key once", name, a, b)
			}
		}
	}
	seen := map[string]bool{}
	for _, e := range all() {
		if _, ok := find(e.key); !ok || e.en == e.key || !Has(e.key) {
			t.Errorf("%s is not found, or its text is its key", e.key)
		}
		if seen[e.key] {
			t.Errorf("%s is both in catalog.go and in help.go", e.key)
		}
		seen[e.key] = true
	}
	if Has("no.such.key") {
		t.Error("Has: an unknown key is found")
	}
}

func all() []entry { return append(catalog[:len(catalog):len(catalog)], helpTexts[:]...) }

// TestT checks the lookup: Japanese when asked, English otherwise, and the key itself for
// an unknown key (so a missing message shows, rather than vanishing).
func TestT(t *testing.T) {
	for _, c := range []struct {
		lang, key string
		args      []any
		want      string
	}{
		{JA, "show.overdue", []any{3}, "3日超過"},
		{EN, "show.overdue", []any{3}, "3d overdue"},
		{"", "show.overdue", []any{3}, "3d overdue"},
		{"fr", "show.overdue", []any{3}, "3d overdue"},
		{JA, "kind.request", nil, "相談事項"},
		{EN, "no.such.key", nil, "no.such.key"},
		{EN, "", nil, ""},
		{EN, "zzz", nil, "zzz"},
	} {
		if got := T(c.lang, c.key, c.args...); got != c.want {
			t.Errorf("T(%q, %q, %v) = %q, want %q", c.lang, c.key, c.args, got, c.want)
		}
	}
	if got := Translator(JA)("kind.request"); got != "相談事項" {
		t.Errorf("Translator: %q", got)
	}
}

// TestMessage: English as an error, the user's language from Text, arguments that are
// messages translated with it, other arguments as they are.
func TestMessage(t *testing.T) {
	m := Msg("recordio.check", Msg("show.norecord", "S0404", "records"))
	if got, want := m.Error(), "internal error: no record S0404 in records; nothing was written"; got != want {
		t.Errorf("Error(): %q, want %q", got, want)
	}
	if got, want := m.Text(JA), "内部エラー: S0404 の記録は records にありません。何も書き込んでいません"; got != want {
		t.Errorf("ja: %q, want %q", got, want)
	}
	if got, want := Msg("recordio.check", errors.New("disk full")).Text(JA), "内部エラー: disk full。何も書き込んでいません"; got != want {
		t.Errorf("ja, plain error: %q, want %q", got, want)
	}
	var err error = m
	if !strings.Contains(fmt.Sprint(err), "S0404") {
		t.Errorf("as an error: %v", err)
	}
}

func BenchmarkT(b *testing.B) {
	for b.Loop() {
		T(JA, "show.overdue", 3)
	}
}

func TestLocaleLang(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "ja_JP.UTF-8"}, JA},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, EN},
		{map[string]string{"LANG": "C.UTF-8"}, ""},
		{map[string]string{"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, ""},
		{map[string]string{"LC_MESSAGES": "ja_JP@modifier", "LANG": "en_US.UTF-8"}, JA},
		{map[string]string{}, ""},
	} {
		if got := LocaleLang(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %q, want %q", c.env, got, c.want)
		}
	}
}
