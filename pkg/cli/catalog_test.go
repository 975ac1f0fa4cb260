package cli

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"sort"
	"strconv"
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
	if len(catalog) == 0 {
		t.Fatal("the catalogue is empty")
	}
	keys := make([]string, 0, len(catalog))
	for k := range catalog {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		en, ja := catalog[k][0], catalog[k][1]
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

// TestTranslate checks the lookup: Japanese when asked, English otherwise, and the key
// itself for an unknown key (so a missing message shows, rather than vanishing).
func TestTranslate(t *testing.T) {
	if got := translate("ja", "show.overdue", 3); got != "3日超過" {
		t.Errorf("ja: %q", got)
	}
	if got := translate("en", "show.overdue", 3); got != "3d overdue" {
		t.Errorf("en: %q", got)
	}
	if got := translate("en", "no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key: %q", got)
	}
}

// outputCalls are the functions whose string arguments reach the user.
var outputCalls = map[string]bool{
	"usageErr": true, "dataErr": true, "warnf": true, "Errorf": true, "New": true,
	"Fprintf": true, "Fprintln": true, "Fprint": true, "Printf": true, "Println": true,
	"WriteString": true, "Sprintf": true,
}

var wordRE = regexp.MustCompile(`[A-Za-z]{2,}`)

// TestNoEnglishOnlyStrings checks the commands written with the catalogue from the start:
// no string literal with words reaches an output or error call except through f.T, so
// every message has its Japanese. Help texts (cobra's Short, Long, Example and flag
// usage) are English by design and are not such calls.
func TestNoEnglishOnlyStrings(t *testing.T) {
	for _, file := range []string{"show.go", "list.go", "handover.go", "editor.go"} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name := ""
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			if !outputCalls[name] {
				return true
			}
			for _, arg := range call.Args {
				ast.Inspect(arg, func(m ast.Node) bool {
					if c, ok := m.(*ast.CallExpr); ok {
						if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "T" {
							return false // a catalogue key
						}
					}
					lit, ok := m.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						return true
					}
					s, _ := strconv.Unquote(lit.Value)
					if wordRE.MatchString(s) {
						t.Errorf("%s: %q reaches the user without the catalogue (use f.T)", fset.Position(lit.Pos()), s)
					}
					return true
				})
			}
			return true
		})
	}
}
