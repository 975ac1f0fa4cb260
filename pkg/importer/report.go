package importer

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/render"
)

// Report is what follow import did, or would do.
type Report struct {
	DryRun   bool
	Written  bool // the records were written (not a dry run, and no problem or --skip-bad)
	Items    []Item
	Problems []Problem
	Ignored  []IgnoredColumns
	Failed   map[string]error // records that could not be written, by path
}

// IgnoredColumns are the columns of a staff list that follow does not read.
type IgnoredColumns struct {
	File    string   `json:"file"`
	Columns []string `json:"columns"`
}

// Done returns the items that happened (or would), leaving out those whose record could
// not be written; those are added to the problems.
func (r *Report) Done() []Item {
	if len(r.Failed) == 0 {
		return r.Items
	}
	var out []Item
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
		r.Problems = append(r.Problems, Problem{File: p, Msg: i18n.Msg("import.notwritten", r.Failed[p])})
	}
	return out
}

// Print writes the report for a person, in lang: what happened to each of items (those
// of Done) to out; the columns ignored, the problems and the summary to errOut.
func (r *Report) Print(out, errOut io.Writer, items []Item, lang string, today dates.Date) {
	w := words{out, errOut, lang, today}
	for _, ig := range r.Ignored {
		w.warnf("%s", w.t("import.ignored", ig.File, strings.Join(ig.Columns, i18n.Sep(lang))))
	}
	if r.Written || r.DryRun {
		for _, it := range items {
			w.printItem(it, r.DryRun)
		}
	}
	for _, p := range r.Problems {
		w.warnf("%s\n", p.Text(lang))
	}
	n := map[string]int{}
	for _, it := range items {
		n[it.Action]++
	}
	switch {
	case r.DryRun:
		w.warnf("%s", w.t("import.dryrun"))
	case len(r.Problems) > 0 && !r.Written:
		w.warnf("%s", w.t("import.refused", len(r.Problems)))
		return
	case len(r.Problems) > 0:
		w.warnf("%s", w.t("import.skipped", len(r.Problems)))
	}
	w.warnf("%s", w.t("import.summary", n[Create], n[Unchanged], n[Differs], n[Append], n[Imported]))
}

// printItem prints one row or note: what was done (or would be, dry).
func (w words) printItem(it Item, dry bool) {
	var msg string
	switch it.Action {
	case Create:
		msg = w.t("import.do.create", it.ID, it.Name, it.Path)
		if dry {
			msg = w.t("import.dry.create", it.ID, it.Name, it.Path)
		}
	case Unchanged:
		msg = w.t("import.unchanged", it.ID, it.Name, it.Path)
	case Differs:
		msg = w.t("import.differs", it.ID, it.Name, w.diffs(it.Diffs))
	case Append:
		msg = w.appended(it, dry)
	case Imported:
		msg = w.t("import.imported", it.Date, it.Kind, it.ID, it.Name, it.File)
	}
	fmt.Fprint(w.out, msg)
	if it.Action != Create {
		return
	}
	if len(it.Milestones) > 0 {
		w.warnf("%s", w.t("import.milestones", it.ID, render.Milestones(it.Milestones, true)))
	}
	if len(it.Skipped) > 0 {
		names := make([]string, 0, len(it.Skipped))
		for _, s := range it.Skipped {
			names = append(names, s.Rule.What+" "+s.Due.String())
		}
		w.warnf("%s", w.t("import.skippedpast", it.ID, w.today, strings.Join(names, i18n.Sep(w.lang))))
	}
}

// appended says a note was (or would be) appended, and where next moved.
func (w words) appended(it Item, dry bool) string {
	switch {
	case dry && it.NextMoved:
		return w.t("import.dry.appendnext", it.Date, it.Kind, it.ID, it.Name, it.File, it.Next)
	case dry:
		return w.t("import.dry.append", it.Date, it.Kind, it.ID, it.Name, it.File)
	case it.NextMoved:
		return w.t("import.do.appendnext", it.Date, it.Kind, it.ID, it.Name, it.File, it.Next)
	}
	return w.t("import.do.append", it.Date, it.Kind, it.ID, it.Name, it.File)
}

// diffs says how a row differs from its record: field: record → file, ...
func (w words) diffs(ds []Diff) string {
	parts := make([]string, 0, len(ds))
	for _, d := range ds {
		rec, file := d.Record, d.File
		if rec == "" {
			rec = w.t("import.none")
		}
		parts = append(parts, w.t("import.diff", d.Field, rec, file))
	}
	return strings.Join(parts, i18n.Sep(w.lang))
}

// words writes the report in one language.
type words struct {
	out, errOut io.Writer
	lang        string
	today       dates.Date
}

func (w words) t(key string, args ...any) string { return i18n.T(w.lang, key, args...) }

func (w words) warnf(format string, args ...any) { fmt.Fprintf(w.errOut, format, args...) }

// ReportJSON is the JSON of follow import --json: stable names, no word of the user's language (a
// problem's what is English; code is its stable key).
type ReportJSON struct {
	DryRun   bool             `json:"dry_run"`
	Written  bool             `json:"written"`
	Items    []itemJSON       `json:"items"`
	Problems []problemJSON    `json:"problems"`
	Ignored  []IgnoredColumns `json:"ignored_columns"`
}

type itemJSON struct {
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

type problemJSON struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column string `json:"column"`
	Code   string `json:"code"`
	What   string `json:"what"`
}

// JSON is the report for follow import --json, of items (those of Done).
func (r *Report) JSON(items []Item) ReportJSON {
	out := ReportJSON{DryRun: r.DryRun, Written: r.Written, Items: []itemJSON{}, Problems: []problemJSON{},
		Ignored: r.Ignored}
	if out.Ignored == nil {
		out.Ignored = []IgnoredColumns{}
	}
	for _, it := range items {
		j := itemJSON{File: it.File, Line: it.Line, ID: it.ID, Action: it.Action, Path: it.Path, Name: it.Name,
			Date: it.Date, Next: it.Next, NextMoved: it.NextMoved}
		if it.Kind != "" {
			j.Kind = ops.LogKindWord(it.Kind, i18n.EN) // the kind's code, whatever the record's language
		}
		if it.Action == Create || it.Action == Unchanged || it.Action == Differs {
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
		out.Problems = append(out.Problems, problemJSON{File: p.File, Line: p.Line, Column: p.Column, Code: p.Code(), What: p.Msg.Text(i18n.EN)})
	}
	return out
}
