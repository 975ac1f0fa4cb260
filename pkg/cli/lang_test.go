package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLang is the order the interface language is chosen in: --lang, then a locale that
// names a language (the first of LC_ALL, LC_MESSAGES, LANG that is set; C, POSIX and
// C.UTF-8 name none), then lang: in follow.yaml, then English. A missing records folder or
// a follow.yaml that cannot be read never fails it.
func TestLang(t *testing.T) {
	yamls := map[string]string{
		"ja":     "lang: ja\n",
		"en":     "lang: en\n",
		"none":   "# the defaults\n",
		"broken": "lang: ja\nwithin: [\n",
		"badkey": "lang: fr\n",
	}
	root := t.TempDir()
	for name, src := range yamls {
		if err := os.MkdirAll(filepath.Join(root, name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, name, "follow.yaml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		flag string
		env  map[string]string
		yaml string // the folder of follow.yaml; "missing" is no records folder at all
		want string
	}{
		{"", nil, "missing", "en"},
		{"", nil, "none", "en"},
		{"", nil, "ja", "ja"},
		{"", nil, "en", "en"},
		{"ja", nil, "en", "ja"},
		{"en", map[string]string{"LANG": "ja_JP.UTF-8"}, "ja", "en"},
		{"ja", map[string]string{"LANG": "C"}, "missing", "ja"},
		{"", map[string]string{"LANG": "ja_JP.UTF-8"}, "en", "ja"},
		{"", map[string]string{"LANG": "ja_JP.eucJP"}, "missing", "ja"},
		{"", map[string]string{"LANG": "ja"}, "missing", "ja"},
		{"", map[string]string{"LANG": "en_US.UTF-8"}, "ja", "en"},
		{"", map[string]string{"LANG": "fr_FR.UTF-8"}, "ja", "en"}, // a language follow does not speak
		{"", map[string]string{"LANG": "C"}, "ja", "ja"},
		{"", map[string]string{"LANG": "POSIX"}, "ja", "ja"},
		{"", map[string]string{"LANG": "C.UTF-8"}, "ja", "ja"},
		{"", map[string]string{"LANG": "C.utf8"}, "ja", "ja"},
		{"", map[string]string{"LANG": "C.UTF-8"}, "missing", "en"},
		{"", map[string]string{"LANG": ""}, "ja", "ja"},
		{"", map[string]string{"LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, "missing", "ja"},
		{"", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"}, "missing", "en"},
		{"", map[string]string{"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, "missing", "ja"},
		{"", map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, "missing", "en"},
		// LC_ALL=C is the locale of messages, whatever LANG says: it names no language.
		{"", map[string]string{"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, "en", "en"},
		{"", map[string]string{"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, "ja", "ja"},
		{"", map[string]string{"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, "missing", "en"},
		{"", map[string]string{"LC_ALL": "", "LANG": "ja_JP.UTF-8"}, "missing", "ja"},
		{"", map[string]string{"LANG": "ja_JP@cjknarrow"}, "missing", "ja"},
		// follow.yaml that cannot be read does not decide, and does not fail.
		{"", nil, "broken", "en"},
		{"", nil, "badkey", "en"},
		{"", map[string]string{"LANG": "ja_JP.UTF-8"}, "broken", "ja"},
	} {
		f := testFactory()
		f.Getenv = func(k string) string { return c.env[k] }
		f.LangFlag = c.flag
		f.DirFlag = filepath.Join(root, c.yaml)
		if got := f.Lang(); got != c.want {
			t.Errorf("--lang %q, %v, follow.yaml %s: %s, want %s", c.flag, c.env, c.yaml, got, c.want)
		}
	}
}
