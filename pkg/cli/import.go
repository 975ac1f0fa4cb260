package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/importer"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
)

// ImportOptions are the inputs of follow import.
type ImportOptions struct {
	cmdutil.Printer
	cmdutil.Records
	Me        func(newPerson bool) (string, error) // the user, resolved: the owner of a row without one
	Paths     []string
	DryRun    bool
	SkipBad   bool
	Encoding  string
	JSON      bool
	NewPerson bool // owners and managers the team does not have yet are written as given
}

// NewCmdImport builds follow import; runF, when set, runs instead of the command (tests).
func NewCmdImport(f *cmdutil.Factory, runF func(*ImportOptions) error) *cobra.Command {
	o := &ImportOptions{Printer: f.Printer(), Records: f.Records(), Me: f.Me}
	c := &cobra.Command{
		Use:  "import FILE.csv|DIR|FILE.md...",
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Paths = args
			if runF != nil {
				return runF(o)
			}
			return runImport(o)
		},
	}
	fl := c.Flags()
	fl.BoolVarP(&o.DryRun, "dry-run", "n", false, "")
	fl.BoolVar(&o.SkipBad, "skip-bad", false, "")
	fl.StringVar(&o.Encoding, "encoding", "auto", "")
	fl.BoolVar(&o.JSON, "json", false, "")
	fl.BoolVar(&o.NewPerson, "new-person", false, "")
	_ = c.RegisterFlagCompletionFunc("encoding", cmdutil.CompleteWords("auto", "utf-8", "cp932"))
	return c
}

// importInputs are the files named on the command line: staff lists and notes, in order.
type importInputs struct {
	sheets, notes []string
}

// inputs sorts the arguments into staff lists and notes; a folder gives its .md files.
func (o *ImportOptions) inputs() (importInputs, error) {
	var in importInputs
	for _, p := range o.Paths {
		st, err := os.Stat(p)
		if err != nil {
			return in, usageMsg("import.noinput", p, err)
		}
		if st.IsDir() {
			notes, err := notesIn(p)
			if err != nil {
				return in, dataErr(err)
			}
			in.notes = append(in.notes, notes...)
			continue
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".csv":
			in.sheets = append(in.sheets, p)
		case ".md", ".markdown":
			in.notes = append(in.notes, p)
		default:
			return in, usageMsg("import.badinput", p)
		}
	}
	return in, nil
}

// notesIn returns the .md files under dir, sorted, leaving out hidden files and folders.
func notesIn(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(p), ".md") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func runImport(o *ImportOptions) error {
	enc, ok := importer.ParseEncoding(o.Encoding)
	if !ok {
		return usageMsg("import.badencoding", o.Encoding)
	}
	in, err := o.inputs()
	if err != nil {
		return err
	}
	s, cfg, unlock, err := o.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	r := o.read(in, enc, cfg)
	person, err := o.person()
	if err != nil {
		return err
	}
	find := s.Finder()
	plan := importer.MakePlan(importer.PlanInput{
		// A record the import creates has no entries: the team's language, else the user's.
		Env:     ops.Env{Today: o.Today(), Config: cfg, Lang: record.WriteLang("", cfg.Lang, o.Lang())},
		NewPath: func(id string) string { return filepath.Join(s.Root, id+".md") },
		Rows:    r.rows, Notes: r.notes,
		Lookup: func(id string) (string, *record.Record, error) { return cmdutil.OpenRecordWith(find, id) },
		// The words follow writes into an existing record are in the record's own language.
		// The notes carry no cmdutil.Author line: the person importing did not write them.
		LangOf:       func(rec *record.Record) string { return rec.LangOr(cfg.Lang, o.Lang()) },
		Person:       person,
		DefaultOwner: func() (string, error) { return o.Me(o.NewPerson) },
	})
	r.problems = append(r.problems, plan.Problems...)
	rep := importer.Report{DryRun: o.DryRun, Items: plan.Items, Problems: r.problems, Ignored: r.ignored}
	if !o.DryRun && (len(r.problems) == 0 || o.SkipBad) {
		rep.Written, rep.Failed = true, o.write(s, plan.Writes)
	}
	if err := o.print(rep); err != nil {
		return err
	}
	if len(r.problems) > 0 || len(rep.Failed) > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// person resolves the owner or manager a row gives, as follow new resolves --owner and
// --manager. When the team is the names in the records, a name a created record brings
// joins it, as it would for the follow new after it.
func (o *ImportOptions) person() (func(flag, typed string) (string, error), error) {
	team, err := o.Team()
	if err != nil {
		return nil, err
	}
	return func(flag, typed string) (string, error) {
		name, err := cmdutil.ResolveWriter(team, flag, typed, o.NewPerson)
		if err == nil && !team.Declared {
			if _, ok := team.Exact(name); !ok {
				team.People = append(team.People, people.Person{Name: name})
			}
		}
		return name, err
	}, nil
}

// importRead is what the files hold: the good rows and notes, every problem, and the
// columns of each staff list that are not read.
type importRead struct {
	rows     []importer.RowOf
	notes    []importer.Note
	problems []importer.Problem
	ignored  []importer.IgnoredColumns
}

// read reads every staff list and note.
func (o *ImportOptions) read(in importInputs, enc importer.Encoding, cfg *config.Config) importRead {
	var r importRead
	scan := privacy.New(privacy.Options{Extra: cfg.Lint.Sensitive})
	opt := importer.StaffOptions{Encoding: enc, Columns: cfg.Import.Columns, Privacy: scan}
	for _, p := range in.sheets {
		src, err := os.ReadFile(p)
		if err != nil {
			r.problems = append(r.problems, readProblem(p, err))
			continue
		}
		sh, probs := importer.ReadStaff(p, src, opt)
		r.problems = append(r.problems, probs...)
		for _, row := range sh.Rows {
			r.rows = append(r.rows, importer.RowOf{File: p, Staff: row})
		}
		if ign := sh.Ignored(); len(ign) > 0 {
			r.ignored = append(r.ignored, importer.IgnoredColumns{File: p, Columns: ign})
		}
	}
	for _, p := range in.notes {
		src, err := store.ReadLimited(p)
		if err != nil {
			r.problems = append(r.problems, readProblem(p, err))
			continue
		}
		n, probs := importer.ReadNote(p, src, importer.NoteOptions{Encoding: enc, Privacy: scan})
		if len(probs) > 0 {
			r.problems = append(r.problems, probs...)
			continue
		}
		r.notes = append(r.notes, n)
	}
	return r
}

func readProblem(path string, err error) importer.Problem {
	return importer.Problem{File: path, Msg: msgErr("import.read", err).(*i18n.Message)}
}

// write writes the records of the plan, each atomically after it is read back; it returns
// the records that could not be written, with why.
func (o *ImportOptions) write(s *store.Store, writes []importer.Write) map[string]error {
	failed := map[string]error{}
	for _, w := range writes {
		if _, err := cmdutil.SaveEdit(s, w.Path, w.Old, ops.Edit{Out: w.Out}); err != nil {
			failed[w.Path] = err
		}
	}
	return failed
}

func (o *ImportOptions) print(r importer.Report) error {
	items := r.Done()
	if o.JSON {
		return render.WriteJSON(o.IO.Out, r.JSON(items))
	}
	r.Print(o.IO.Out, o.IO.ErrOut, items, o.Lang(), o.Today())
	return nil
}
