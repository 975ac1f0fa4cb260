package cli

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
)

// outputCalls are the functions whose string arguments reach the user.
var outputCalls = map[string]bool{
	"usageErr": true, "dataErr": true, "warnf": true, "Errorf": true, "New": true,
	"Fprintf": true, "Fprintln": true, "Fprint": true, "Printf": true, "Println": true,
	"Print": true, "WriteString": true, "Sprintf": true, "Sprint": true, "Sprintln": true,
}

// catalogueCalls take a catalogue key, at the given argument, instead of a text.
var catalogueCalls = map[string]int{"T": 0, "msgErr": 0, "usageMsg": 0, "dataMsg": 0}

// noCatalogue are the files not held to the catalogue: none. Every non-test file of
// pkg/cli says what it says through it.
var noCatalogue = map[string]bool{}

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
// msgErr, i18n.T), so every message has its Japanese; and every literal key is in the
// catalogue. Format-only literals ("%s", "%v", "--%s: %v", "--within: %v") pass. Help
// texts (cobra's Short, Long, Example and flag usage) are English by design and are not
// such calls. Messages made in pkg/record, pkg/lint and the other packages below (file:line
// findings, date and ID errors) are English by design too and are not literals here.
func TestNoEnglishOnlyStrings(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") || noCatalogue[file] {
			continue
		}
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
			if sel, isSel := call.Fun.(*ast.SelectorExpr); isSel && sel.Sel.Name == "T" {
				if x, isID := sel.X.(*ast.Ident); isID && x.Name == "i18n" {
					i = 1 // i18n.T(lang, key, ...)
				}
			}
			if !ok || i >= len(call.Args) {
				return true
			}
			keys[call.Args[i]] = true
			if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				k, _ := strconv.Unquote(lit.Value)
				if i18n.T(i18n.EN, k) == k {
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
