package cli

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/staffnote/follow/pkg/i18n"
)

// cobraMade are the commands and flags cobra declares (with its English texts in its own
// code): their texts come from the catalogue all the same.
func cobraMade(c *cobra.Command) bool {
	p := helpPath(c)
	return p == "help" || p == "completion" || strings.HasPrefix(p, "completion.")
}

func cobraFlag(fl *pflag.Flag) bool {
	return fl.Annotations[cobra.FlagSetByCobraAnnotation] != nil || fl.Name == "no-descriptions"
}

// addLine is the line of pkg/i18n/help.go that gives key its texts, for a failure message.
func addLine(key, en string) string {
	if en == "" {
		en = "<English>"
	}
	return fmt.Sprintf("add {%q, %q, %q}, to the catalogue's help texts, pkg/i18n/help.go (where it sorts)", key, en, "<日本語>")
}

// pending are the texts still declared in pkg/cli, in English only, while they move to the
// catalogue: each one leaves this list when it moves. Nothing may join it: a new command or
// flag takes its texts from the catalogue from the start.
var pending = map[string]bool{
	"flag.done.date": true, "flag.done.how": true, "flag.done.no-report": true,
	"flag.done.note": true, "flag.done.notified": true, "flag.due.alarm": true, "flag.due.bom": true,
	"flag.due.client": true, "flag.due.format": true, "flag.due.json": true, "flag.due.kind": true,
	"flag.due.me": true, "flag.due.overdue": true, "flag.due.owner": true, "flag.due.who": true,
	"flag.due.within": true, "flag.duties.bom": true, "flag.duties.format": true,
	"flag.duties.json": true, "flag.duties.year": true, "flag.duty.date": true,
	"flag.duty.hours": true, "flag.duty.option": true, "flag.duty.outcome": true,
	"flag.duty.result": true, "flag.duty.what": true, "flag.end.category": true,
	"flag.end.date": true, "flag.end.reason": true, "flag.export.format": true,
	"flag.fmt.check": true, "flag.handover.date": true, "flag.handover.new-person": true,
	"flag.handover.note": true, "flag.handover.to": true, "flag.import.dry-run": true,
	"flag.import.encoding": true, "flag.import.json": true, "flag.import.new-person": true,
	"flag.import.skip-bad": true, "flag.init.hooks": true, "flag.lint.format": true,
	"flag.lint.list": true, "flag.lint.quiet": true, "flag.lint.staged": true,
	"flag.lint.strict": true, "flag.list.client": true, "flag.list.json": true,
	"flag.list.owner": true, "flag.list.search": true, "flag.list.status": true,
	"flag.new.client": true, "flag.new.date": true, "flag.new.edit": true, "flag.new.fact": true,
	"flag.new.from": true, "flag.new.kana": true, "flag.new.kind": true, "flag.new.manager": true,
	"flag.new.name": true, "flag.new.new-person": true, "flag.new.next": true, "flag.new.note": true,
	"flag.new.owner": true, "flag.new.request": true, "flag.new.site": true,
	"flag.new.site-phone": true, "flag.new.start": true, "flag.new.supervisor": true,
	"flag.new.topic": true, "flag.new.until": true, "flag.renew.date": true, "flag.renew.until": true,
	"flag.report.force": true, "flag.report.from": true, "flag.report.min": true,
	"flag.report.to": true, "flag.report.within": true, "flag.show.all": true, "flag.show.json": true,
	"flag.stats.bom": true, "flag.stats.by": true, "flag.stats.format": true, "flag.stats.from": true,
	"flag.stats.json": true, "flag.stats.min": true, "flag.stats.to": true, "help.done.example": true,
	"help.done.long": true, "help.done.short": true, "help.due.example": true, "help.due.long": true,
	"help.due.short": true, "help.duties.example": true, "help.duties.long": true,
	"help.duties.short": true, "help.duty.example": true, "help.duty.long": true,
	"help.duty.short": true, "help.end.example": true, "help.end.long": true, "help.end.short": true,
	"help.export.example": true, "help.export.long": true, "help.export.short": true,
	"help.fmt.example": true, "help.fmt.long": true, "help.fmt.short": true,
	"help.handover.example": true, "help.handover.long": true, "help.handover.short": true,
	"help.import.example": true, "help.import.long": true, "help.import.short": true,
	"help.init.example": true, "help.init.long": true, "help.init.short": true,
	"help.lint.example": true, "help.lint.long": true, "help.lint.short": true,
	"help.list.example": true, "help.list.long": true, "help.list.short": true,
	"help.merge.example": true, "help.merge.long": true, "help.merge.short": true,
	"help.new.example": true, "help.new.long": true, "help.new.short": true,
	"help.renew.example": true, "help.renew.long": true, "help.renew.short": true,
	"help.report.example": true, "help.report.long": true, "help.report.short": true,
	"help.schema.example": true, "help.schema.long": true, "help.schema.short": true,
	"help.show.example": true, "help.show.long": true, "help.show.short": true,
	"help.stats.example": true, "help.stats.long": true, "help.stats.short": true,
}

// TestHelpTree walks the whole command tree (hidden commands, cobra's help and completion
// commands, every local and persistent flag) and fails when a text is missing from the
// catalogue in either language, when a command still declares its text in pkg/cli rather
// than in the catalogue, or when an argument check says its error in cobra's English.
func TestHelpTree(t *testing.T) {
	root := NewRootCmd(testFactory())
	prepareTree(root)
	for _, p := range treeProblems(root, pending) {
		t.Error(p)
	}
	var cmds int
	walkTree(root, func(*cobra.Command) { cmds++ })
	if cmds < 20 {
		t.Fatalf("walked %d commands", cmds)
	}
}

// TestHelpTreeCatches: the walk fails a command added without its texts in the catalogue,
// and names the keys to add.
func TestHelpTreeCatches(t *testing.T) {
	root := NewRootCmd(testFactory())
	next := &cobra.Command{Use: "next ID DATE", Short: "Move the next appointment", Args: cobra.ExactArgs(2), RunE: func(*cobra.Command, []string) error { return nil }}
	next.Flags().String("at", "", "")
	next.Flags().String("place", "", "where the appointment is")
	root.AddCommand(next)
	root.AddCommand(&cobra.Command{Use: "calls", Args: noArgs, RunE: func(*cobra.Command, []string) error { return nil }})
	prepareTree(root)
	got := strings.Join(treeProblems(root, pending), "\n")
	for _, want := range []string{
		`follow next: its short is written in pkg/cli, but the help texts live in the catalogue: add {"help.next.short", "Move the next appointment", "<日本語>"}`,
		`follow next: no long in the catalogue: add {"help.next.long", "<English>", "<日本語>"}`,
		`follow next: no example in the catalogue: add {"help.next.example"`,
		`follow next --at: no usage in the catalogue: add {"flag.next.at", "<English>", "<日本語>"}`,
		`follow next --place: its usage is written in pkg/cli`,
		`add {"flag.next.place", "where the appointment is", "<日本語>"}`,
		`follow calls: no short in the catalogue: add {"help.calls.short"`,
		`follow next: 0 arguments give "accepts 2 arg(s), received 0"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the walk does not say %s\ngot:\n%s", want, got)
		}
	}
	if strings.Contains(got, "follow new") {
		t.Errorf("the walk blames a command that has its texts:\n%s", got)
	}
}

// treeProblems are what TestHelpTree fails for in root's tree, each saying what to add to
// the catalogue; pending are the texts excused while they move.
func treeProblems(root *cobra.Command, pending map[string]bool) []string {
	var out []string
	errorf := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	walkTree(root, func(c *cobra.Command) {
		p, where := helpPath(c), c.CommandPath()
		declared := map[string]string{"short": c.Short, "long": c.Long, "example": c.Example}
		for _, field := range []string{"short", "long", "example"} {
			key := "help." + p + "." + field
			if pending[key] || field == "example" && (cobraMade(c) || p == "man") {
				continue // cobra's commands have no example; follow man is for packagers
			}
			switch code := declared[field]; {
			case code != "" && !cobraMade(c):
				errorf("%s: its %s is written in pkg/cli, but the help texts live in the catalogue: %s, and leave %s out of the cobra.Command",
					where, field, addLine(key, code), strings.ToUpper(field[:1])+field[1:])
			case !i18n.Has(key):
				errorf("%s: no %s in the catalogue: %s", where, field, addLine(key, code))
			}
		}
		c.LocalFlags().VisitAll(func(fl *pflag.Flag) {
			key := flagKey(c, fl)
			takesArg := strings.Contains(i18n.T(i18n.EN, key), "%s")
			switch {
			case pending["flag."+p+"."+fl.Name] || cobraFlag(fl) && key != "":
			case fl.Usage != "" && !takesArg:
				errorf("%s --%s: its usage is written in pkg/cli, but the help texts live in the catalogue: %s, and declare the flag with the usage \"\"",
					where, fl.Name, addLine(cmp.Or(key, "flag."+p+"."+fl.Name), fl.Usage))
			case key == "":
				errorf("%s --%s: no usage in the catalogue: %s", where, fl.Name, addLine("flag."+p+"."+fl.Name, ""))
			case fl.Usage == "" && takesArg:
				errorf("%s --%s: %s takes the declared usage (%%s), but the flag declares none", where, fl.Name, key)
			}
		})
		if c.Args != nil {
			for _, args := range [][]string{nil, strings.Fields("a b c d e f g h i j k l")} {
				var m *i18n.Message
				if err := c.Args(c, args); err != nil && !errors.As(err, &m) {
					errorf("%s: %d arguments give %q, not a catalogue message: check the arguments with exactArgs, minArgs, maxArgs, rangeArgs or noArgs (pkg/cli/usage.go), not cobra's", where, len(args), err)
				}
			}
		}
	})
	return out
}

// helpOf runs follow ARGS... --help --lang lang, and returns what it printed.
func helpOf(t *testing.T, lang string, args ...string) string {
	t.Helper()
	f := testFactory()
	out, errOut := f.IO.Out, f.IO.ErrOut
	if code := Run(f, append(args, "--help", "--lang", lang)); code != ExitOK {
		t.Fatalf("follow %v --help: exit %d: %s", args, code, errOut)
	}
	return out.(*bytes.Buffer).String()
}

// commandArgs are the words that name every command of the tree (hidden ones too).
func commandArgs() [][]string {
	root := NewRootCmd(testFactory())
	prepareTree(root)
	var out [][]string
	walkTree(root, func(c *cobra.Command) {
		out = append(out, strings.Fields(strings.TrimPrefix(c.CommandPath(), root.Name())))
	})
	return out
}

// cobraEnglish are the phrases of cobra's and pflag's help in English.
var cobraEnglish = regexp.MustCompile(`Usage:|Available Commands:|Flags:|Global Flags:|Examples:|Aliases:|Additional help topics:|for more information about a command|\[flags\]|\[command\]|\(default |help for |version for |disable completion descriptions|Generate the autocompletion|Help about any command|--[a-z-]+ (string|stringArray|strings|int|duration)\b`)

// TestHelpJapanese: the Japanese help of every command holds none of cobra's English and
// no English text of a command or flag (where the two languages differ).
func TestHelpJapanese(t *testing.T) {
	for _, args := range commandArgs() {
		out := withoutPending(helpOf(t, i18n.JA, args...), args)
		where := strings.TrimSpace("follow " + strings.Join(args, " "))
		for _, p := range japaneseProblems(out, helpTextsOf(args)) {
			t.Errorf("%s --help --lang ja %s", where, p)
		}
	}
}

// TestHelpJapaneseCatches: the check of TestHelpJapanese fails cobra's own help, and a
// help that shows the English of a catalogue text.
func TestHelpJapaneseCatches(t *testing.T) {
	root := NewRootCmd(testFactory())
	prepareTree(root)
	var b bytes.Buffer
	root.SetOut(&b)
	root.SetArgs([]string{"completion", "--help"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(japaneseProblems(b.String(), nil), "\n")
	if !strings.Contains(got, `holds cobra's English "Generate the autocompletion"`) {
		t.Errorf("cobra's own help passes:\n%s\n%s", b.String(), got)
	}
	en := i18n.T(i18n.EN, "flag.root.today")
	got = strings.Join(japaneseProblems("使い方:\n  "+en, []string{"flag.root.today"}), "\n")
	if !strings.Contains(got, "holds the English of flag.root.today") {
		t.Errorf("an English flag usage passes: %s", got)
	}
}

// japaneseProblems are what is English in out, Japanese help showing the catalogue texts
// keys: cobra's words, or the English of one of the texts.
func japaneseProblems(out string, keys []string) []string {
	var ps []string
	if m := cobraEnglish.FindString(out); m != "" {
		ps = append(ps, fmt.Sprintf("holds cobra's English %q:\n%s", m, out))
	}
	for _, text := range keys {
		if en, ja := i18n.T(i18n.EN, text), i18n.T(i18n.JA, text); en != ja && strings.Contains(out, strings.TrimSpace(en)) {
			ps = append(ps, fmt.Sprintf("holds the English of %s: %q", text, en))
		}
	}
	return ps
}

// withoutPending is the help out of the command args name, without the texts that are
// still pending (English only until they move to the catalogue).
func withoutPending(out string, args []string) string {
	root := NewRootCmd(testFactory())
	prepareTree(root)
	c, _, _ := root.Find(args)
	p := helpPath(c)
	var texts []string
	for field, text := range map[string]string{"short": c.Short, "long": c.Long, "example": c.Example} {
		if pending["help."+p+"."+field] {
			texts = append(texts, strings.TrimSpace(text))
		}
	}
	c.LocalFlags().VisitAll(func(fl *pflag.Flag) {
		if pending["flag."+p+"."+fl.Name] {
			texts = append(texts, fl.Usage)
		}
	})
	sort.Slice(texts, func(i, j int) bool { return len(texts[i]) > len(texts[j]) })
	for _, text := range texts {
		out = strings.ReplaceAll(out, text, "")
	}
	return out
}

// TestHelpEnglish: the English help holds none of the Japanese of the templates, nor the
// Japanese of the command's texts.
func TestHelpEnglish(t *testing.T) {
	var words []string
	for _, k := range []string{"cobra.usage", "cobra.commands", "cobra.flags", "cobra.globalflags", "cobra.examples", "cobra.flagsarg", "cobra.commandarg", "cobra.morehelp", "flag.help", "cobra.type.string", "cobra.default"} {
		words = append(words, strings.Trim(strings.Split(i18n.T(i18n.JA, k), "%")[0], " （"))
	}
	for _, args := range commandArgs() {
		out := helpOf(t, i18n.EN, args...)
		where := strings.TrimSpace("follow " + strings.Join(args, " "))
		for _, w := range words {
			if w != "" && strings.Contains(out, w) {
				t.Errorf("%s --help --lang en holds the Japanese %q:\n%s", where, w, out)
			}
		}
		for _, text := range helpTextsOf(args) {
			if en, ja := i18n.T(i18n.EN, text), i18n.T(i18n.JA, text); en != ja && strings.Contains(out, strings.TrimSpace(ja)) {
				t.Errorf("%s --help --lang en holds the Japanese of %s: %q", where, text, ja)
			}
		}
	}
}

// helpTextsOf are the catalogue keys of the texts the help of the command args names
// shows: its own, and the usage of every flag it takes.
func helpTextsOf(args []string) []string {
	root := NewRootCmd(testFactory())
	prepareTree(root)
	c, _, _ := root.Find(args)
	p := helpPath(c)
	var keys []string
	for _, f := range []string{"short", "long", "example"} {
		if i18n.Has("help." + p + "." + f) {
			keys = append(keys, "help."+p+"."+f)
		}
	}
	add := func(on *cobra.Command) func(*pflag.Flag) {
		return func(fl *pflag.Flag) {
			if k := flagKey(on, fl); k != "" && !strings.Contains(i18n.T(i18n.EN, k), "%") {
				keys = append(keys, k)
			}
		}
	}
	c.LocalFlags().VisitAll(add(c))
	c.InheritedFlags().VisitAll(add(root)) // the global flags are the root's
	return keys
}
