package cli

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

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
	n := len(files)
	gc := startLintGC(f, n)
	// files is not used after this: the packed copy replaces it (see packedPaths).
	findings := lintFiles(packPaths(files), lint.Options{Config: cfg, Today: today, Privacy: scanner}, gc)
	gc.stop()
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
			f.warnf("%s", f.T("lint.clean", n))
		} else {
			f.warnf("%s", f.T("lint.summary", n, errs, warns))
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

// lintFiles checks the files and adds the checks across files. Reading a tree the page
// cache does not hold yet waits on the disk, and the disk serves several requests at once
// faster than one after the other, while checking is work for the CPU: so a few readers
// per core keep reads in flight and feed one checker per core through a queue (which
// bounds the files held in memory), instead of each core waiting for its own reads.
func lintFiles(paths packedPaths, opts lint.Options, gc *lintGC) []lint.Finding {
	type read struct {
		i   int
		src []byte
		err error
	}
	checkers := min(runtime.GOMAXPROCS(0), paths.len())
	readers := min(lintReadersPerCore*checkers, paths.len())
	queue := make(chan read, readers)
	var next atomic.Int64
	var reading sync.WaitGroup
	for range readers {
		reading.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= paths.len() {
					return
				}
				src, err := store.ReadLimited(paths.at(i))
				queue <- read{i, src, err}
			}
		})
	}
	go func() {
		reading.Wait()
		close(queue)
	}()
	// What the checks across files need is kept without a pointer per file, so that the
	// garbage collector has little to trace however large the tree: each checker gathers
	// its findings (lint.Sort orders them by file later), the line of every file's staff
	// ID, and the IDs that are not the file's own name (rare).
	type checked struct {
		findings []lint.Finding
		otherIDs map[int]string
	}
	idLines := make([]int32, paths.len())
	done := make([]checked, checkers)
	var checking sync.WaitGroup
	for w := range done {
		c := &done[w]
		checking.Go(func() {
			for f := range queue {
				p := paths.at(f.i)
				fs, r := lint.Check(lint.File{Path: p, Src: f.src, Err: f.err}, opts)
				c.findings = append(c.findings, fs...)
				gc.keep(fs)
				idLines[f.i] = 1
				if r == nil || r.ID == "" {
					continue
				}
				idLines[f.i] = int32(r.KeyLine("id"))
				if r.ID != store.IDOf(p) {
					if c.otherIDs == nil {
						c.otherIDs = map[int]string{}
					}
					c.otherIDs[f.i] = strings.Clone(r.ID) // not a view of the file's text
				}
			}
		})
	}
	checking.Wait()
	var all []lint.Finding
	otherIDs := map[int]string{}
	for _, c := range done {
		all = append(all, c.findings...)
		maps.Copy(otherIDs, c.otherIDs)
	}
	return append(all, lint.Duplicates(sharedIDs(paths, idLines, otherIDs))...)
}

// packedPaths holds many paths in one string. What lint keeps of every file until the
// end (its path, in its findings too) is then one object for the garbage collector to
// trace at each collection rather than one per file.
type packedPaths struct {
	all  string
	ends []int // paths[i] is all[ends[i-1]:ends[i]]
}

func packPaths(paths []string) packedPaths {
	size := 0
	for _, p := range paths {
		size += len(p)
	}
	var b strings.Builder
	b.Grow(size)
	ends := make([]int, len(paths))
	for i, p := range paths {
		b.WriteString(p)
		ends[i] = b.Len()
	}
	return packedPaths{all: b.String(), ends: ends}
}

func (p packedPaths) len() int { return len(p.ends) }

func (p packedPaths) at(i int) string {
	start := 0
	if i > 0 {
		start = p.ends[i-1]
	}
	return p.all[start:p.ends[i]]
}

// lintReadersPerCore is how many files lint reads at once per core. A read waiting on the
// disk takes no CPU, so there can be more of them than cores, and the checkers then find
// files read ahead when they need them. On the 2-core benchmark machine, with the files'
// contents out of the page cache (their inodes not), 2 readers read 10,000 records in 70%
// of the time 1 took, and 8 or 16 as fast as 2; cold inodes were not measured. Readers
// that are not needed only wait for room in the queue.
const lintReadersPerCore = 4

// sharedIDs returns the files whose staff ID another file holds too, IDs compared as
// lint.Duplicates compares them (ignoring case), with their IDs and lines: all
// lint.Duplicates needs, without a map entry for every file of the tree. A file's ID is
// its file name unless otherIDs holds another one.
func sharedIDs(paths packedPaths, lines []int32, otherIDs map[int]string) map[string]lint.IDAt {
	idAt := func(i int) lint.IDAt {
		id, ok := otherIDs[i]
		if !ok {
			id = store.IDOf(paths.at(i))
		}
		return lint.IDAt{ID: id, Line: int(lines[i])}
	}
	first := make(map[string]int, paths.len())
	var shared map[string]lint.IDAt
	for i := range paths.len() {
		at := idAt(i)
		if at.ID == "" {
			continue
		}
		k := strings.ToLower(at.ID)
		j, seen := first[k]
		if !seen {
			first[k] = i
			continue
		}
		if shared == nil {
			shared = map[string]lint.IDAt{}
		}
		shared[paths.at(j)] = idAt(j)
		shared[paths.at(i)] = at
	}
	return shared
}

// lintGC paces the garbage collector for follow lint. Checking a record allocates many
// times its size, all garbage once it is checked, while what lint keeps across files is
// small: with the default pacing (collect when the heap has doubled since the last
// collection) that makes thousands of collections over a large tree, each slowing the
// checkers down. Instead the collector runs only when the heap reaches a soft limit: a
// fixed amount for the files being read and checked and the garbage between collections,
// and a little per file for what is kept of it (its path, the line of its ID).
//
// Collections then cost in proportion to what is kept, so when the findings kept grow
// past a third of the limit (a tree full of warnings) the default pacing comes back for
// the rest of the run; it is never worse than that. GOGC or GOMEMLIMIT, when set, win.
type lintGC struct {
	limit    int64        // 0: the runtime's settings are left alone
	kept     atomic.Int64 // bytes the findings so far take, roughly
	stopOnce sync.Once
	percent  int   // the settings to put back
	previous int64 // memory limit
}

const (
	lintMemoryBase    = 48 << 20
	lintMemoryPerFile = 256
	findingBytes      = 128 // a lint.Finding and its strings, besides the message's bytes
)

// startLintGC sets the pacing for a run over files files.
func startLintGC(f *Factory, files int) *lintGC {
	g := &lintGC{}
	if f.Getenv("GOGC") != "" || f.Getenv("GOMEMLIMIT") != "" {
		return g
	}
	g.limit = lintMemoryBase + int64(files)*lintMemoryPerFile
	g.previous = debug.SetMemoryLimit(g.limit)
	g.percent = debug.SetGCPercent(-1)
	return g
}

// keep notes findings that are kept to the end of the run.
func (g *lintGC) keep(fs []lint.Finding) {
	if g == nil || g.limit == 0 || len(fs) == 0 {
		return
	}
	n := 0
	for _, x := range fs {
		n += findingBytes + len(x.Message)
	}
	if g.kept.Add(int64(n)) > g.limit/3 {
		g.stop()
	}
}

// stop puts the runtime's previous settings back.
func (g *lintGC) stop() {
	if g == nil || g.limit == 0 {
		return
	}
	g.stopOnce.Do(func() {
		debug.SetGCPercent(g.percent)
		debug.SetMemoryLimit(g.previous)
	})
}

func writeFindings(f *Factory, format string, findings []lint.Finding) error {
	out := f.IO.Out
	if format == "json" {
		if findings == nil {
			findings = []lint.Finding{}
		}
		return render.WriteJSON(out, findings)
	}
	// One write for many findings rather than one each. Errors are not reported, as they
	// were not when every finding was written by itself.
	w := bufio.NewWriter(out)
	defer w.Flush()
	if format == "github" {
		for _, x := range findings {
			level := "error"
			if x.Severity == lint.Warning {
				level = "warning"
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", level, ghEscapeProp(filepath.ToSlash(x.File)),
				max(x.Line, 1), max(x.Column, 1), ghEscapeProp(progName+" "+x.Rule), ghEscapeData(x.Message))
		}
		return nil
	}
	color := f.Color()
	for _, x := range findings {
		line := x.String()
		if color {
			st := render.StyleRed
			if x.Severity == lint.Warning {
				st = render.StyleYellow
			}
			line = strings.Replace(line, ": "+x.Severity+": ", ": "+render.Colorize(x.Severity, st, true)+": ", 1)
		}
		fmt.Fprintln(w, line)
	}
	return nil
}

// GitHub workflow commands escape %, CR and LF in data, and also : and , in properties.
var (
	ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghPropEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func ghEscapeData(s string) string { return ghDataEscaper.Replace(s) }

func ghEscapeProp(s string) string { return ghPropEscaper.Replace(s) }

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
