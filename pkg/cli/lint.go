package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
)

// LintOptions are the inputs of follow lint.
type LintOptions struct {
	f      *Factory
	Paths  []string
	Format string
	Quiet  bool
	List   bool
	Strict bool
}

func init() {
	register(NewLintCmd)
	addMessages(map[string][2]string{
		"lint.badformat":   {"--format must be text, json or github, not %q", "--format には text / json / github のいずれかを指定してください（%q は指定できません）"},
		"lint.unknownrule": {"%s: lint.disable names an unknown check %q (see follow lint --list)", "%s: lint.disable に存在しないチェック %q が指定されています（follow lint --list で一覧をご確認ください）"},
		"lint.h.rule":      {"RULE", "ルール"},
		"lint.h.severity":  {"SEVERITY", "重大度"},
		"lint.h.doc":       {"CHECKS THAT", "チェック内容"},
		"lint.sev.error":   {"error", "エラー"},
		"lint.sev.warning": {"warning", "警告"},
	})
}

// NewLintCmd builds follow lint.
func NewLintCmd(f *Factory) *cobra.Command {
	o := &LintOptions{f: f}
	c := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Check records and report every problem (for CI)",
		Long: `Check every record under the records directory, or the files and folders given, and
report all problems, not only the first, as

  file:line:col: error|warning: message [rule]

Exit status: 0 when there is no error (warnings allowed), 1 when there is any error,
2 when the command is used wrongly. --format json prints an array of objects with
file, line, column, severity, rule and message; --format github prints GitHub Actions
annotations.

Checks can be turned off for a repository in follow.yaml (lint: disable: [rule, ...]);
--list shows them all. --strict turns warnings into errors.`,
		Example: `  follow lint
  follow lint records/S0001.md
  follow lint --format github     # in a GitHub Actions workflow`,
		RunE: func(c *cobra.Command, args []string) error {
			o.Paths = args
			return runLint(o)
		},
	}
	c.Flags().StringVar(&o.Format, "format", "text", "output format: text, json, github")
	c.Flags().BoolVarP(&o.Quiet, "quiet", "q", false, "print nothing but the findings (no summary)")
	c.Flags().BoolVar(&o.List, "list", false, "list the checks with their severity and exit")
	c.Flags().BoolVar(&o.Strict, "strict", false, "treat warnings as errors")
	_ = c.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"text", "json", "github"}, cobra.ShellCompDirectiveNoFileComp
	})
	return c
}

func runLint(o *LintOptions) error {
	f := o.f
	switch o.Format {
	case "text", "json", "github":
	default:
		return usageErr("%s", f.T("lint.badformat", o.Format))
	}
	if o.List {
		return listRules(f, o.Format)
	}
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	for _, name := range cfg.Lint.Disable {
		if lint.RuleByName(name) == nil {
			return dataErr(errors.New(f.T("lint.unknownrule", cfg.Path, name)))
		}
	}
	today, _ := f.Today()
	files, err := lintTargets(o)
	if err != nil {
		return err
	}
	scanner := privacy.New(privacy.Options{Extra: cfg.Lint.Sensitive})
	findings := lintFiles(files, lint.Options{Config: cfg, Today: today, Privacy: scanner})
	if x := mergeDriverFinding(f.Dir()); x != nil {
		findings = append(findings, *x)
	}
	findings = lint.Apply(findings, cfg.Lint.Disable, o.Strict)
	lint.Sort(findings)
	if err := writeFindings(f, o.Format, findings); err != nil {
		return dataErr(err)
	}
	errs, warns := lint.Count(findings)
	if !o.Quiet && o.Format == "text" {
		if errs+warns == 0 {
			f.warnf("%s", f.T("lint.clean", len(files)))
		} else {
			f.warnf("%s", f.T("lint.summary", len(files), errs, warns))
		}
	}
	if errs > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// lintTargets expands the arguments (files and folders) into record files; no arguments
// means the whole records directory.
func lintTargets(o *LintOptions) ([]string, error) {
	if len(o.Paths) == 0 {
		s, err := o.f.Store()
		if err != nil {
			return nil, err
		}
		paths, err := s.List()
		if err != nil {
			return nil, dataErr(err)
		}
		return paths, nil
	}
	var out []string
	for _, p := range o.Paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		sub, err := (&store.Store{Root: p}).List()
		if err != nil {
			return nil, dataErr(err)
		}
		out = append(out, sub...)
	}
	sort.Strings(out)
	uniq := out[:0]
	for i, p := range out {
		if i == 0 || p != out[i-1] {
			uniq = append(uniq, p)
		}
	}
	return uniq, nil
}

// lintFiles checks the files in parallel and adds the checks across files.
func lintFiles(paths []string, opts lint.Options) []lint.Finding {
	type result struct {
		findings []lint.Finding
		id       lint.IDAt
	}
	results := make([]result, len(paths))
	store.Parallel(len(paths), func(i int) {
		p := paths[i]
		src, err := store.ReadLimited(p)
		fs, r := lint.Check(lint.File{Path: p, Src: src, Err: err}, opts)
		res := result{findings: fs, id: lint.IDAt{ID: store.IDOf(p), Line: 1}}
		if r != nil && r.ID != "" {
			res.id = lint.IDAt{ID: strings.Clone(r.ID), Line: r.KeyLine("id")}
		}
		results[i] = res
	})
	var all []lint.Finding
	ids := map[string]lint.IDAt{}
	for i, r := range results {
		all = append(all, r.findings...)
		ids[paths[i]] = r.id
	}
	return append(all, lint.Duplicates(ids)...)
}

func writeFindings(f *Factory, format string, findings []lint.Finding) error {
	out := f.IO.Out
	switch format {
	case "json":
		if findings == nil {
			findings = []lint.Finding{}
		}
		return render.WriteJSON(out, findings)
	case "github":
		for _, x := range findings {
			level := "error"
			if x.Severity == lint.Warning {
				level = "warning"
			}
			fmt.Fprintf(out, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level, ghEscapeProp(filepath.ToSlash(x.File)),
				max(x.Line, 1), max(x.Column, 1), ghEscapeProp(progName+" "+x.Rule), ghEscapeData(x.Message))
		}
		return nil
	}
	for _, x := range findings {
		line := x.String()
		if f.Color() {
			st := render.StyleRed
			if x.Severity == lint.Warning {
				st = render.StyleYellow
			}
			line = strings.Replace(line, ": "+x.Severity+": ", ": "+render.Colorize(x.Severity, st, true)+": ", 1)
		}
		fmt.Fprintln(out, line)
	}
	return nil
}

// GitHub workflow commands escape %, CR and LF in data, and also : and , in properties.
func ghEscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghEscapeProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// listRules prints the checks lint runs.
func listRules(f *Factory, format string) error {
	if format == "json" {
		type rule struct {
			Name     string `json:"name"`
			Severity string `json:"severity"`
			Doc      string `json:"doc"`
		}
		var out []rule
		for _, r := range lint.Rules {
			out = append(out, rule{r.Name, r.Severity, r.Doc})
		}
		return render.WriteJSON(f.IO.Out, out)
	}
	// The rule names and their descriptions come from pkg/lint and stay English, like
	// the findings they name.
	t := render.Table{Headers: []string{f.T("lint.h.rule"), f.T("lint.h.severity"), f.T("lint.h.doc")}}
	for _, r := range lint.Rules {
		t.Rows = append(t.Rows, []string{r.Name, f.T("lint.sev." + r.Severity), r.Doc})
	}
	return t.Write(f.IO.Out, f.Color())
}

// mergeDriverFinding warns when the repository marks records for the follow merge driver
// but this clone has not configured it: git then falls back to line merges silently.
func mergeDriverFinding(dir string) *lint.Finding {
	top, err := gitOutput(dir, "rev-parse", "--show-toplevel")
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
	if drv, _ := gitOutput(dir, "config", "--get", "merge.follow.driver"); drv != "" {
		return nil
	}
	return &lint.Finding{File: attrs, Line: line, Column: 1, Severity: lint.Warning, Rule: "merge-driver",
		Message: "records are marked merge=follow but this clone has no merge.follow.driver, so git merges them line by line: run follow init --hooks"}
}
