package lint

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/staffnote/follow/pkg/gitstage"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/render"
)

// The outputs of follow lint: findings as text (file:line:col: severity: rule: message,
// the severity coloured) or as GitHub workflow commands, and the list of the checks.

// WriteGitHub writes findings as GitHub Actions workflow commands, titled by prog and the
// rule. One write for many findings rather than one each; errors are not reported, as
// they were not when every finding was written by itself.
func WriteGitHub(out io.Writer, findings []Finding, prog string) error {
	w := bufio.NewWriter(out)
	defer w.Flush()
	for _, x := range findings {
		level := "error"
		switch x.Severity {
		case Warning:
			level = "warning"
		case Info:
			level = "notice"
		}
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level, ghEscapeProp(filepath.ToSlash(x.File)),
			max(x.Line, 1), max(x.Column, 1), ghEscapeProp(prog+" "+x.Rule), ghEscapeData(x.Message))
	}
	return nil
}

// WriteText writes findings one a line, the severity in colour when color is set (the
// Text keeps it beside the text, for the output boundary).
func WriteText(out io.Writer, findings []Finding, color bool) error {
	t := render.Text{Color: color}
	for _, x := range findings {
		line := x.String()
		sev := ": " + x.Severity + ": "
		if i := strings.Index(line, sev); i >= 0 && t.Color {
			st := render.StyleRed
			switch x.Severity {
			case Warning:
				st = render.StyleYellow
			case Info:
				st = render.StyleBold
			}
			t.WriteString(line[:i+2])
			t.Style(x.Severity, st)
			line = line[i+len(sev)-2:]
		}
		t.WriteString(line + "\n")
	}
	_, _ = t.WriteTo(out)
	return nil
}

// GitHub workflow commands escape %, CR and LF in data, and also : and , in properties.
var (
	ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func ghEscapeData(s string) string { return ghDataEscaper.Replace(s) }

func ghEscapeProp(s string) string { return ghPropEscaper.Replace(s) }

// RuleDoc is a check as follow lint --list --format json lists it.
type RuleDoc struct {
	Name     string `json:"name"`
	Severity string `json:"severity"`
	Doc      string `json:"doc"`
}

// RuleList lists the checks lint runs.
func RuleList() []RuleDoc {
	var out []RuleDoc
	for _, r := range Rules {
		out = append(out, RuleDoc{r.Name, r.Severity, r.Doc})
	}
	return out
}

// WriteRules writes the checks lint runs as a table, its headings and severities in lang.
// The rule names and their descriptions stay English, like the findings they name.
func WriteRules(out io.Writer, lang string, color bool) error {
	t := render.Table{Headers: []string{i18n.T(lang, "lint.h.rule"), i18n.T(lang, "lint.h.severity"), i18n.T(lang, "lint.h.doc")}}
	for _, r := range Rules {
		t.Rows = append(t.Rows, []string{r.Name, i18n.T(lang, "lint.sev."+r.Severity), r.Doc})
	}
	return t.Write(out, color)
}

// MergeDriverFinding warns when the repository marks records for the follow merge driver
// but this clone has not configured it: git then falls back to line merges silently.
func MergeDriverFinding(dir string) *Finding {
	top, err := gitstage.Output(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil
	}
	attrs := filepath.Join(top, ".gitattributes")
	src, err := os.ReadFile(attrs)
	if err != nil {
		return nil
	}
	line := 0
	for i, l := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "#") && strings.Contains(t, "merge=follow") {
			line = i + 1
			break
		}
	}
	if line == 0 {
		return nil
	}
	if drv, _ := gitstage.Output(dir, "config", "--get", "merge.follow.driver"); drv != "" {
		return nil
	}
	return &Finding{File: attrs, Line: line, Column: 1, Severity: Warning, Rule: "merge-driver",
		Message: "records are marked merge=follow but this clone has no merge.follow.driver, so git merges them line by line: run follow init --hooks"}
}
