package cli

import (
	"errors"
	"io/fs"
	"os"
	"sort"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/gitstage"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
)

// LintOptions are the inputs of follow lint.
type LintOptions struct {
	cmdutil.Printer
	cmdutil.Records
	Dir    func() string           // the records directory, for the merge driver check
	Getenv func(key string) string // GOGC, GOMEMLIMIT
	Paths  []string
	Format string
	Quiet  bool
	List   bool
	Strict bool
	Staged bool // check what git would commit: the staged content of the records
}

// NewCmdLint builds follow lint; runF, when set, runs instead of the command (tests).
func NewCmdLint(f *cmdutil.Factory, runF func(*LintOptions) error) *cobra.Command {
	o := &LintOptions{Printer: f.Printer(), Records: f.Records(), Dir: f.Dir, Getenv: f.Getenv}
	c := &cobra.Command{
		Use: "lint [PATH...]",
		RunE: func(c *cobra.Command, args []string) error {
			o.Paths = args
			if runF != nil {
				return runF(o)
			}
			return runLint(o)
		},
	}
	c.Flags().StringVar(&o.Format, "format", "text", "")
	c.Flags().BoolVarP(&o.Quiet, "quiet", "q", false, "")
	c.Flags().BoolVar(&o.List, "list", false, "")
	c.Flags().BoolVar(&o.Strict, "strict", false, "")
	c.Flags().BoolVar(&o.Staged, "staged", false, "")
	_ = c.RegisterFlagCompletionFunc("format", cmdutil.CompleteWords("text", "json", "github"))
	return c
}

func runLint(o *LintOptions) error {
	switch o.Format {
	case "text", "json", "github":
	default:
		return usageMsg("lint.badformat", o.Format)
	}
	if o.List {
		return o.listRules()
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	for _, name := range cfg.Lint.Disable {
		if lint.RuleByName(name) == nil {
			return dataMsg("lint.unknownrule", cfg.Path, name)
		}
	}
	var findings []lint.Finding
	var n int
	if o.Staged {
		findings, n, err = o.staged(cfg)
	} else {
		findings, n, err = o.tree(cfg)
	}
	if err != nil {
		return err
	}
	findings = lint.Apply(findings, cfg.Lint.Disable, o.Strict)
	lint.Sort(findings)
	if err := o.writeFindings(findings); err != nil {
		return dataErr(err)
	}
	errs, warns, infos := lint.Count(findings)
	if !o.Quiet && o.Format == "text" {
		what := "lint."
		if o.Staged {
			what = "lint.staged."
		}
		switch {
		case errs+warns+infos == 0:
			o.Warnf("%s", o.T(what+"clean", n))
		case errs+warns == 0:
			o.Warnf("%s", o.T(what+"infos", n, infos))
		default:
			o.Warnf("%s", o.T(what+"summary", n, errs, warns))
		}
	}
	if errs > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// tree checks the records in the working tree: the files and folders given, else the
// whole records directory, and whether this clone configured the merge driver.
func (o *LintOptions) tree(cfg *config.Config) ([]lint.Finding, int, error) {
	files, err := lintTargets(o.Records, o.Paths)
	if err != nil {
		return nil, 0, err
	}
	gc := lint.StartGC(o.Getenv, len(files))
	findings := lint.Run(files, lint.Options{Config: cfg, Today: o.Today(), Privacy: cmdutil.PrivacyScanner(cfg)}, gc)
	gc.Stop()
	if x := lint.MergeDriverFinding(o.Dir()); x != nil {
		findings = append(findings, *x)
	}
	return findings, len(files), nil
}

// staged checks the records as the next commit would record them: the staged content
// (gitstage) of every record under the records directory, each finding naming the path
// in the repository. What is not a record by its path is left alone.
func (o *LintOptions) staged(cfg *config.Config) ([]lint.Finding, int, error) {
	if len(o.Paths) > 0 {
		return nil, 0, usageMsg("lint.stagedpaths")
	}
	root := o.Dir()
	if st, err := os.Stat(root); err != nil || !st.IsDir() {
		return nil, 0, nil // no records directory: nothing staged in it
	}
	files, err := gitstage.Staged(root)
	if errors.Is(err, gitstage.ErrNotRepository) {
		return nil, 0, usageMsg("lint.stagednogit", root)
	}
	if err != nil {
		return nil, 0, dataErr(err)
	}
	opts := lint.Options{Config: cfg, Today: o.Today(), Privacy: cmdutil.PrivacyScanner(cfg)}
	var findings []lint.Finding
	n := 0
	for _, f := range files {
		if !store.IsRecordPath(f.Rel) {
			continue
		}
		n++
		fs, _ := lint.Check(lint.File{Path: f.Path, Src: f.Data}, opts)
		findings = append(findings, fs...)
	}
	return findings, n, nil
}

// lintTargets expands the arguments (files, folders, and the staff IDs or names of
// records) into record files; no arguments means the whole records directory.
func lintTargets(r cmdutil.Records, args []string) ([]string, error) {
	if len(args) == 0 {
		s, err := r.Store()
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
	for _, p := range args {
		st, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			path, err := recordPath(r, p)
			if err != nil {
				return nil, err
			}
			out = append(out, path)
			continue
		}
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

// recordPath is the file of the record that arg, no file, designates as a staff ID or
// name (follow lint S0101); a name of none or several is refused (exit 2).
func recordPath(r cmdutil.Records, arg string) (string, error) {
	id, err := r.StaffID(arg)
	if err != nil {
		return "", err
	}
	s, err := r.Store()
	if err != nil {
		return "", err
	}
	path := ""
	if store.ValidID(id) == nil {
		if path, err = s.Find(id); err != nil {
			return "", dataErr(err)
		}
	}
	if path == "" {
		return "", usageMsg("lint.notarget", arg, s.Root)
	}
	return path, nil
}

func (o *LintOptions) writeFindings(findings []lint.Finding) error {
	switch o.Format {
	case "json":
		if findings == nil {
			findings = []lint.Finding{}
		}
		return render.WriteJSON(o.IO.Out, findings)
	case "github":
		return lint.WriteGitHub(o.IO.Out, findings, progName)
	}
	return lint.WriteText(o.IO.Out, findings, o.Color())
}

// listRules prints the checks lint runs.
func (o *LintOptions) listRules() error {
	if o.Format == "json" {
		return render.WriteJSON(o.IO.Out, lint.RuleList())
	}
	return lint.WriteRules(o.IO.Out, o.Lang(), o.Color())
}
