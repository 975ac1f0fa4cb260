package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/importer"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/render"
)

// importReport is what follow import did, or would do.
type importReport struct {
	DryRun   bool
	Written  bool // the records were written (not a dry run, and no problem or --skip-bad)
	Items    []importer.Item
	Problems []importer.Problem
	Ignored  []ignoredColumns
	Failed   map[string]error // records that could not be written, by path
}

// ignoredColumns are the columns of a staff list that follow does not read.
type ignoredColumns struct {
	File    string   `json:"file"`
	Columns []string `json:"columns"`
}

// done returns the items that happened (or would), leaving out those whose record could
// not be written; those are added to the problems.
func (r *importReport) done() []importer.Item {
	if len(r.Failed) == 0 {
		return r.Items
	}
	var out []importer.Item
	for _, it := range r.Items {
		if _, bad := r.Failed[it.Path]; !bad {
			out = append(out, it)
		}
	}
	paths := make([]string, 0, len(r.Failed))
	for p := range r.Failed {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		r.Problems = append(r.Problems, importer.Problem{File: p, Msg: msgErr("import.notwritten", r.Failed[p]).(*i18n.Message)})
	}
	return out
}

func (o *ImportOptions) print(r importReport) error {
	items := r.done()
	if o.JSON {
		return render.WriteJSON(o.IO.Out, importJSONOf(r, items))
	}
	for _, ig := range r.Ignored {
		o.warnf("%s", o.T("import.ignored", ig.File, strings.Join(ig.Columns, o.sep())))
	}
	if r.Written || r.DryRun {
		for _, it := range items {
			o.printItem(it, r.DryRun)
		}
	}
	for _, p := range r.Problems {
		o.warnf("%s\n", p.Text(o.Lang()))
	}
	n := map[string]int{}
	for _, it := range items {
		n[it.Action]++
	}
	switch {
	case r.DryRun:
		o.warnf("%s", o.T("import.dryrun"))
	case len(r.Problems) > 0 && !r.Written:
		o.warnf("%s", o.T("import.refused", len(r.Problems)))
		return nil
	case len(r.Problems) > 0:
		o.warnf("%s", o.T("import.skipped", len(r.Problems)))
	}
	o.warnf("%s", o.T("import.summary", n[importer.Create], n[importer.Unchanged], n[importer.Differs], n[importer.Append], n[importer.Imported]))
	return nil
}

// printItem prints one row or note: what was done (or would be, dry).
func (o *ImportOptions) printItem(it importer.Item, dry bool) {
	var msg string
	switch it.Action {
	case importer.Create:
		msg = o.T("import.do.create", it.ID, it.Name, it.Path)
		if dry {
			msg = o.T("import.dry.create", it.ID, it.Name, it.Path)
		}
	case importer.Unchanged:
		msg = o.T("import.unchanged", it.ID, it.Name, it.Path)
	case importer.Differs:
		msg = o.T("import.differs", it.ID, it.Name, o.diffs(it.Diffs))
	case importer.Append:
		msg = o.appended(it, dry)
	case importer.Imported:
		msg = o.T("import.imported", it.Date, it.Kind, it.ID, it.Name, it.File)
	}
	fmt.Fprint(o.IO.Out, msg)
	if it.Action != importer.Create {
		return
	}
	if len(it.Milestones) > 0 {
		o.warnf("%s", o.T("import.milestones", it.ID, milestoneList(it.Milestones, true)))
	}
	if len(it.Skipped) > 0 {
		names := make([]string, 0, len(it.Skipped))
		for _, s := range it.Skipped {
			names = append(names, s.Rule.What+" "+s.Due.String())
		}
		o.warnf("%s", o.T("import.skippedpast", it.ID, o.Today(), strings.Join(names, o.sep())))
	}
}

// appended says a note was (or would be) appended, and where next moved.
func (o *ImportOptions) appended(it importer.Item, dry bool) string {
	switch {
	case dry && it.NextMoved:
		return o.T("import.dry.appendnext", it.Date, it.Kind, it.ID, it.Name, it.File, it.Next)
	case dry:
		return o.T("import.dry.append", it.Date, it.Kind, it.ID, it.Name, it.File)
	case it.NextMoved:
		return o.T("import.do.appendnext", it.Date, it.Kind, it.ID, it.Name, it.File, it.Next)
	}
	return o.T("import.do.append", it.Date, it.Kind, it.ID, it.Name, it.File)
}

// diffs says how a row differs from its record: field: record → file, ...
func (o *ImportOptions) diffs(ds []importer.Diff) string {
	parts := make([]string, 0, len(ds))
	for _, d := range ds {
		rec, file := d.Record, d.File
		if rec == "" {
			rec = o.T("import.none")
		}
		parts = append(parts, o.T("import.diff", d.Field, rec, file))
	}
	return strings.Join(parts, o.sep())
}

// The JSON of follow import --json: stable names, no word of the user's language (a
// problem's what is English; code is its stable key).
type importJSON struct {
	DryRun   bool                `json:"dry_run"`
	Written  bool                `json:"written"`
	Items    []importItemJSON    `json:"items"`
	Problems []importProblemJSON `json:"problems"`
	Ignored  []ignoredColumns    `json:"ignored_columns"`
}

type importItemJSON struct {
	File       string          `json:"file"`
	Line       int             `json:"line,omitempty"`
	ID         string          `json:"id"`
	Action     string          `json:"action"`
	Path       string          `json:"path"`
	Name       string          `json:"name"`
	Milestones []milestoneJSON `json:"milestones,omitempty"`
	Skipped    []skippedJSON   `json:"skipped,omitempty"`
	Diffs      []diffJSON      `json:"diffs,omitempty"`
	Date       dates.Date      `json:"date,omitempty"`
	Kind       string          `json:"kind,omitempty"`
	Next       dates.Date      `json:"next,omitempty"`
	NextMoved  bool            `json:"next_moved,omitempty"`
}

type milestoneJSON struct {
	ID   string     `json:"id"`
	What string     `json:"what"`
	Due  dates.Date `json:"due"`
	Who  string     `json:"who"`
	Rule string     `json:"rule"`
}

type skippedJSON struct {
	Rule string     `json:"rule"`
	What string     `json:"what"`
	Due  dates.Date `json:"due"`
}

type diffJSON struct {
	Field  string `json:"field"`
	Record string `json:"record"`
	File   string `json:"file"`
}

type importProblemJSON struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column string `json:"column"`
	Code   string `json:"code"`
	What   string `json:"what"`
}

func importJSONOf(r importReport, items []importer.Item) importJSON {
	out := importJSON{DryRun: r.DryRun, Written: r.Written, Items: []importItemJSON{}, Problems: []importProblemJSON{},
		Ignored: r.Ignored}
	if out.Ignored == nil {
		out.Ignored = []ignoredColumns{}
	}
	for _, it := range items {
		j := importItemJSON{File: it.File, Line: it.Line, ID: it.ID, Action: it.Action, Path: it.Path, Name: it.Name,
			Date: it.Date, Next: it.Next, NextMoved: it.NextMoved}
		if it.Kind != "" {
			j.Kind = ops.LogKindWord(it.Kind, i18n.EN) // the kind's code, whatever the record's language
		}
		if it.Action == importer.Create || it.Action == importer.Unchanged || it.Action == importer.Differs {
			j.Next = 0 // a row: the record's next follow-up is not the item's
		}
		for _, m := range it.Milestones {
			j.Milestones = append(j.Milestones, milestoneJSON{ID: m.ID, What: m.What, Due: m.Due, Who: m.Who, Rule: m.Rule})
		}
		for _, s := range it.Skipped {
			j.Skipped = append(j.Skipped, skippedJSON{Rule: s.Rule.ID, What: s.Rule.What, Due: s.Due})
		}
		for _, d := range it.Diffs {
			j.Diffs = append(j.Diffs, diffJSON(d))
		}
		out.Items = append(out.Items, j)
	}
	for _, p := range r.Problems {
		out.Problems = append(out.Problems, importProblemJSON{File: p.File, Line: p.Line, Column: p.Column, Code: p.Code(), What: p.Msg.Text(i18n.EN)})
	}
	return out
}
