package cli

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
)

// The commands parse their flags into their Options; with a runF they hand them over
// instead of running, so these tests read what a command line means without records.

func testFactory() *cmdutil.Factory {
	var out, errOut bytes.Buffer
	return &cmdutil.Factory{
		IO:     &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
		Getenv: func(string) string { return "" },
		Cwd:    "/nonexistent",
		Now:    func() time.Time { return time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC) },
	}
}

// parse runs c with args and fails the test on an error.
func parse(t *testing.T, c *cobra.Command, args ...string) {
	t.Helper()
	c.SetArgs(args)
	c.SetOut(&bytes.Buffer{})
	c.SetErr(&bytes.Buffer{})
	if err := c.Execute(); err != nil {
		t.Fatalf("%s %v: %v", c.Name(), args, err)
	}
}

func TestNewFlags(t *testing.T) {
	var got *NewOptions
	c := NewCmdNew(testFactory(), func(o *NewOptions) error { got = o; return nil })
	parse(t, c, "S0101", "--date", "２０２６年１２月５日", "--kind", "電話",
		"--request", "席が寒い; due 12/10", "--request", "ロッカー; due 12/15; report 12/16 訪問",
		"--fact", "慣れてきた", "--topic", "娘さんの受験", "--next", "2w")
	if got.ID != "S0101" || got.Date != "２０２６年１２月５日" || got.Kind != "電話" || got.Next != "2w" {
		t.Errorf("%+v", got)
	}
	if want := []string{"席が寒い; due 12/10", "ロッカー; due 12/15; report 12/16 訪問"}; !slices.Equal(got.Requests, want) {
		t.Errorf("--request twice: %q", got.Requests)
	}
	if !got.hasVisit() || got.Changed("name") {
		t.Error("a visit, no creation")
	}
	// The full-width date typed with an input method reads as the date.
	in, err := got.visit(ops.Env{Today: got.Today(), Lang: i18n.EN})
	if err != nil {
		t.Fatal(err)
	}
	if in.Date.String() != "2026-12-05" || in.Next.String() != "2026-12-19" || len(in.Requests) != 2 || in.Requests[1].How != "訪問" {
		t.Errorf("read: %s, next %s, %+v", in.Date, in.Next, in.Requests)
	}

	c = NewCmdNew(testFactory(), func(o *NewOptions) error { got = o; return nil })
	parse(t, c, "S0102", "--name", "山田 花子", "--start", "R8.12.1", "-e")
	if got.Name != "山田 花子" || got.Start != "R8.12.1" || !got.Edit || got.hasVisit() || !got.Changed("name") {
		t.Errorf("creating: %+v", got)
	}
}

func TestDoneFlags(t *testing.T) {
	var got *DoneOptions
	c := NewCmdDone(testFactory(), func(o *DoneOptions) error { got = o; return nil })
	parse(t, c, "S0101", "r2", "--no-report", "--date", "12/4", "--note", "席替え済み")
	if got.ID != "S0101" || got.Item != "r2" || !got.NoReport || got.HowGiven || got.Date != "12/4" || got.Note != "席替え済み" {
		t.Errorf("%+v", got)
	}
	c = NewCmdDone(testFactory(), func(o *DoneOptions) error { got = o; return nil })
	parse(t, c, "S0101", "R2", "--how", "")
	if !got.HowGiven || got.How != "" {
		t.Errorf("--how given empty: %+v", got)
	}
}

func TestDueFlags(t *testing.T) {
	var got *DueOptions
	c := NewCmdDue(testFactory(), func(o *DueOptions) error { got = o; return nil })
	parse(t, c, "--kind", "milestone,request", "--kind", "limit", "--who", "鈴木", "--overdue", "--within", "1m", "--json")
	if want := []string{"milestone", "request", "limit"}; !slices.Equal(got.Kinds, want) {
		t.Errorf("--kind: %q", got.Kinds)
	}
	if got.Who != "鈴木" || !got.Overdue || got.Within != "1m" || !got.JSON || got.Format != "table" || got.Changed("format") {
		t.Errorf("%+v", got)
	}
	if _, err := got.check(); err != nil || got.Format != "json" {
		t.Errorf("--json is --format json: %v, %s", err, got.Format)
	}

	for _, c := range []struct {
		args []string
		key  string
	}{
		{[]string{"--json", "--format", "csv"}, "due.jsonformat"},
		{[]string{"--format", "xml"}, "due.badformat"},
		{[]string{"--alarm", "9h"}, "due.alarmics"},
		{[]string{"--format", "ics", "--alarm", "9 o'clock"}, "due.badalarm"},
		{[]string{"--bom"}, "due.bomcsv"},
		{[]string{"--kind", "holiday"}, "due.badkind"},
	} {
		cmd := NewCmdDue(testFactory(), func(o *DueOptions) error { got = o; return nil })
		parse(t, cmd, c.args...)
		_, err := got.check()
		var m *i18n.Message
		if exitCode(err) != ExitUsage || !errors.As(err, &m) || m.Key != c.key {
			t.Errorf("%v: %v, want the usage error %s", c.args, err, c.key)
		}
	}
	cmd := NewCmdDue(testFactory(), func(o *DueOptions) error { got = o; return nil })
	parse(t, cmd, "--format", "ics", "--alarm", "-15h")
	if alarm, err := got.check(); err != nil || alarm != -15*time.Hour {
		t.Errorf("--alarm -15h: %v, %v", alarm, err)
	}
}

// TestEveryCommandParses gives every command its arguments and a typical flag, with a
// runF: each hands its Options over, and runs nothing.
func TestEveryCommandParses(t *testing.T) {
	f := testFactory()
	ran := map[string]bool{}
	mark := func(name string) { ran[name] = true }
	type check struct {
		cmd  *cobra.Command
		args []string
	}
	var renew *RenewOptions
	var end *EndOptions
	var handover *HandoverOptions
	var show *ShowOptions
	var list *ListOptions
	var stats *StatsOptions
	var report *ReportOptions
	var lint *LintOptions
	var fmtOpts *FmtOptions
	var merge *MergeOptions
	var initOpts *InitOptions
	var schema *SchemaOptions
	for _, c := range []check{
		{NewCmdRenew(f, func(o *RenewOptions) error { renew = o; mark("renew"); return nil }), []string{"S0101", "--until", "2027年5月31日"}},
		{NewCmdEnd(f, func(o *EndOptions) error { end = o; mark("end"); return nil }), []string{"S0101", "--reason", "契約満了", "--category", "staff-reason"}},
		{NewCmdHandover(f, func(o *HandoverOptions) error { handover = o; mark("handover"); return nil }), []string{"S0101", "--to", "川口", "--note", "月曜午前は避ける"}},
		{NewCmdShow(f, func(o *ShowOptions) error { show = o; mark("show"); return nil }), []string{"S0101", "--all", "--json"}},
		{NewCmdList(f, func(o *ListOptions) error { list = o; mark("list"); return nil }), []string{"--search", "やまだ", "--status", "all"}},
		{NewCmdStats(f, func(o *StatsOptions) error { stats = o; mark("stats"); return nil }), []string{"--by", "owner", "--min", "3", "--format", "csv", "--bom"}},
		{NewCmdReport(f, func(o *ReportOptions) error { report = o; mark("report"); return nil }), []string{"out", "--within", "2w", "--force"}},
		{NewCmdLint(f, func(o *LintOptions) error { lint = o; mark("lint"); return nil }), []string{"a.md", "b", "--format", "github", "-q", "--strict"}},
		{NewCmdFmt(f, func(o *FmtOptions) error { fmtOpts = o; mark("fmt"); return nil }), []string{"--check", "records/S0101.md"}},
		{NewCmdMerge(f, func(o *MergeOptions) error { merge = o; mark("merge"); return nil }), []string{"base", "ours", "theirs"}},
		{NewCmdInit(f, func(o *InitOptions) error { initOpts = o; mark("init"); return nil }), []string{"--hooks"}},
		{NewCmdSchema(f, func(o *SchemaOptions) error { schema = o; mark("schema"); return nil }), nil},
	} {
		parse(t, c.cmd, c.args...)
	}
	if len(ran) != 12 {
		t.Fatalf("ran %v", ran)
	}
	switch {
	case renew.ID != "S0101" || renew.Until != "2027年5月31日" || renew.Date != "":
		t.Errorf("renew %+v", renew)
	case end.Reason != "契約満了" || end.Category != "staff-reason":
		t.Errorf("end %+v", end)
	case handover.To != "川口" || handover.Note != "月曜午前は避ける":
		t.Errorf("handover %+v", handover)
	case !show.All || !show.JSON || show.ID != "S0101":
		t.Errorf("show %+v", show)
	case list.Search != "やまだ" || list.Status != "all" || list.JSON:
		t.Errorf("list %+v", list)
	case stats.By != "owner" || stats.Min != 3 || stats.Format != "csv" || !stats.BOM:
		t.Errorf("stats %+v", stats)
	case report.Dir != "out" || report.Within != "2w" || !report.Force:
		t.Errorf("report %+v", report)
	case !slices.Equal(lint.Paths, []string{"a.md", "b"}) || lint.Format != "github" || !lint.Quiet || !lint.Strict:
		t.Errorf("lint %+v", lint)
	case !fmtOpts.Check || !slices.Equal(fmtOpts.Paths, []string{"records/S0101.md"}):
		t.Errorf("fmt %+v", fmtOpts)
	case merge.Base != "base" || merge.Ours != "ours" || merge.Theirs != "theirs" || merge.Path != "ours":
		t.Errorf("merge %+v", merge)
	case initOpts.Dir != "." || !initOpts.Hooks:
		t.Errorf("init %+v", initOpts)
	case schema.IO != f.IO:
		t.Errorf("schema %+v", schema)
	}
}

// TestRootListsEveryCommand: the root command lists the commands explicitly.
func TestRootListsEveryCommand(t *testing.T) {
	var names []string
	for _, c := range NewRootCmd(testFactory()).Commands() {
		names = append(names, c.Name())
	}
	for _, want := range []string{"new", "done", "renew", "end", "handover", "due", "show", "list", "stats", "report", "lint", "fmt", "merge", "init", "schema"} {
		if !slices.Contains(names, want) {
			t.Errorf("no command %s in %v", want, names)
		}
	}
}
