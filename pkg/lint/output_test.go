package lint

import (
	"strings"
	"testing"
)

func TestWriteOutputs(t *testing.T) {
	fs := []Finding{{File: "records/S0001.md", Line: 3, Column: 2, Severity: Warning, Rule: "stale", Message: "50% done,\nnext"}}
	var gh, text, plain strings.Builder
	if err := WriteGitHub(&gh, fs, "follow"); err != nil {
		t.Fatal(err)
	}
	if want := "::warning file=records/S0001.md,line=3,col=2,title=follow stale::50%25 done,%0Anext\n"; gh.String() != want {
		t.Errorf("github:\n%q\nwant\n%q", gh.String(), want)
	}
	if err := WriteText(&text, fs, true); err != nil {
		t.Fatal(err)
	}
	if err := WriteText(&plain, fs, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "\x1b[") || strings.Contains(plain.String(), "\x1b[") || !strings.HasPrefix(plain.String(), "records/S0001.md:3:2: warning: ") {
		t.Errorf("text:\n%q\n%q", text.String(), plain.String())
	}
	var rules strings.Builder
	if err := WriteRules(&rules, "ja", false); err != nil {
		t.Fatal(err)
	}
	if len(RuleList()) != len(Rules) || !strings.Contains(rules.String(), Rules[0].Name) {
		t.Errorf("rules:\n%s", rules.String())
	}
}
