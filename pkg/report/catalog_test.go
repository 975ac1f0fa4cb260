package report

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
)

// TestLabelsInCatalogue: every word the pages name, in the templates ({{t "key"}}) and in
// the Go code (i18n.T(lang, "key")), is in the catalogue; a missing key would show as the
// key itself in the page.
func TestLabelsInCatalogue(t *testing.T) {
	keyRE := regexp.MustCompile(`(?:\bt|i18n\.T\(lang,) "([^"]+)"`)
	n := 0
	check := func(name string, src []byte) {
		for _, m := range keyRE.FindAllSubmatch(src, -1) {
			n++
			key := string(m[1])
			if strings.HasSuffix(key, ".") {
				continue // the start of a key built from data ("kind."+it.Kind)
			}
			if i18n.T(i18n.EN, key) == key {
				t.Errorf("%s: %q is not in the catalogue", name, m[1])
			}
		}
	}
	err := fs.WalkDir(templateFS, "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(templateFS, p)
		check(p, src)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	for _, p := range files {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		check(p, src)
	}
	if n < 80 {
		t.Errorf("found %d keys: the pattern no longer matches how the pages name them", n)
	}
}
