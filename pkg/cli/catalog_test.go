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
	"Print": true, "WriteString": true, "Sprintf": true, "Sprint": true, "Sprintln": true,
}

// catalogueCalls take a catalogue key, at the given argument, instead of a text.
var catalogueCalls = map[string]int{"T": 0, "msgErr": 0, "translate": 1}

// catalogueFiles are the files whose every message goes through the catalogue.
var catalogueFiles = []string{
	"show.go", "list.go", "handover.go", "editor.go", "due.go", "new.go",
	"recordio.go", "renew.go", "end.go", "done.go", "fmt.go", "init.go", "merge.go",
	"lint.go", "root.go", "errors.go", "schema.go",
}

// machineText are literals with words that are not messages but formats other programs
// read, and so are never translated.
var machineText = map[string]string{
	"::%s file=%s,line=%d,col=%d,title=%s::%s\n": "lint.go: a GitHub Actions workflow command",
}

var (
	wordRE = regexp.MustCompile(`[A-Za-z]{2,}`)
	flagRE = regexp.MustCompile(`--[A-Za-z][A-Za-z0-9-]*`)
)

// hasWords reports whether s holds words to translate; flag names (--within) are the
// same in both languages, so "--within: %v" is format-only.
func hasWords(s string) bool { return wordRE.MatchString(flagRE.ReplaceAllString(s, "")) }

func callName(call *ast.CallExpr) string {
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		return fn.Name
	case *ast.SelectorExpr:
		return fn.Sel.Name
	}
	return ""
}

// TestNoEnglishOnlyStrings checks the commands written with the catalogue: no string
// literal with words reaches an output or error call except as a catalogue key (f.T,
// msgErr, translate), so every message has its Japanese; and every literal key is in the
// catalogue. Format-only literals ("%s", "%v", "--%s: %v", "--within: %v") pass. Help
// texts (cobra's Short, Long, Example and flag usage) are English by design and are not
// such calls. Messages made in pkg/record, pkg/lint and the other packages below (file:line
// findings, date and ID errors) are English by design too and are not literals here.
func TestNoEnglishOnlyStrings(t *testing.T) {
	for _, file := range catalogueFiles {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		keys := map[ast.Node]bool{} // the key arguments of catalogue calls
		seen := map[token.Pos]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			i, ok := catalogueCalls[callName(call)]
			if !ok || i >= len(call.Args) {
				return true
			}
			keys[call.Args[i]] = true
			if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				k, _ := strconv.Unquote(lit.Value)
				if _, ok := catalog[k]; !ok {
					t.Errorf("%s: %q is not in the catalogue", fset.Position(lit.Pos()), k)
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !outputCalls[callName(call)] {
				return true
			}
			for _, arg := range call.Args {
				ast.Inspect(arg, func(m ast.Node) bool {
					if keys[m] {
						return false // a catalogue key, possibly built ("kind." + it.Kind)
					}
					lit, ok := m.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						return true
					}
					s, _ := strconv.Unquote(lit.Value)
					if _, ok := machineText[s]; ok {
						return true
					}
					if hasWords(s) && !seen[lit.Pos()] {
						seen[lit.Pos()] = true
						t.Errorf("%s: %q reaches the user without the catalogue (use f.T)", fset.Position(lit.Pos()), s)
					}
					return true
				})
			}
			return true
		})
	}
}

// TestMsgErr checks the messages made without a Factory: English from Error(), the
// user's language from errorText, for the message and the messages in its arguments.
func TestMsgErr(t *testing.T) {
	err := dataErr(msgErr("recordio.check", msgErr("show.norecord", "S0404", "records")))
	if got, want := err.Error(), "internal error: no record S0404 in records; nothing was written"; got != want {
		t.Errorf("Error(): %q, want %q", got, want)
	}
	if got, want := errorText("ja", err), "内部エラー: S0404 の記録は records にありません。何も書き込んでいません"; got != want {
		t.Errorf("ja: %q, want %q", got, want)
	}
	if got := errorText("ja", silentExit(ExitError)); got != "" {
		t.Errorf("silent exit: %q", got)
	}
	if exitCode(err) != ExitError {
		t.Errorf("exit code %d", exitCode(err))
	}
}
