package cli

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
)

// cobraMade are the commands and flags cobra declares (with its English texts in its own
// code): their texts come from the catalogue all the same.
func cobraMade(c *cobra.Command) bool {
	p := cmdutil.HelpPath(c)
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

// TestHelpTree walks the whole command tree (hidden commands, cobra's help and cmdutil.Completion
// commands, every local and persistent flag) and fails when a text is missing from the
// catalogue in either language, when a command still declares its text in pkg/cli rather
// than in the catalogue, or when an argument check says its error in cobra's English.
func TestHelpTree(t *testing.T) {
	root := NewRootCmd(testFactory())
	cmdutil.PrepareTree(root)
	for _, p := range treeProblems(root) {
		t.Error(p)
	}
	var cmds int
	cmdutil.WalkTree(root, func(*cobra.Command) { cmds++ })
	if cmds < 20 {
		t.Fatalf("walked %d commands", cmds)
	}
}

// TestHelpTreeCatches: the walk fails a command added without its texts in the catalogue,
// and names the keys to add.
func TestHelpTreeCatches(t *testing.T) {
	root := NewRootCmd(testFactory())
	fake := &cobra.Command{Use: "remind ID DATE", Short: "Remind someone", Args: cobra.ExactArgs(2), RunE: func(*cobra.Command, []string) error { return nil }}
	fake.Flags().String("at", "", "")
	fake.Flags().String("place", "", "where to remind")
	root.AddCommand(fake)
	root.AddCommand(&cobra.Command{Use: "calls", Args: noArgs, RunE: func(*cobra.Command, []string) error { return nil }})
	cmdutil.PrepareTree(root)
	got := strings.Join(treeProblems(root), "\n")
	for _, want := range []string{
		`follow remind: its short is written in pkg/cli, but the help texts live in the catalogue: add {"help.remind.short", "Remind someone", "<日本語>"}`,
		`follow remind: no long in the catalogue: add {"help.remind.long", "<English>", "<日本語>"}`,
		`follow remind: no example in the catalogue: add {"help.remind.example"`,
		`follow remind --at: no usage in the catalogue: add {"flag.remind.at", "<English>", "<日本語>"}`,
		`follow remind --place: its usage is written in pkg/cli`,
		`add {"flag.remind.place", "where to remind", "<日本語>"}`,
		`follow calls: no short in the catalogue: add {"help.calls.short"`,
		`follow remind: 0 arguments give "accepts 2 arg(s), received 0"`,
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
// the catalogue.
func treeProblems(root *cobra.Command) []string {
	var out []string
	errorf := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	cmdutil.WalkTree(root, func(c *cobra.Command) {
		p, where := cmdutil.HelpPath(c), c.CommandPath()
		declared := map[string]string{"short": c.Short, "long": c.Long, "example": c.Example}
		for _, field := range []string{"short", "long", "example"} {
			key := "help." + p + "." + field
			if field == "example" && (cobraMade(c) || p == "man") {
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
			key := cmdutil.FlagKey(c, fl)
			takesArg := strings.Contains(i18n.T(i18n.EN, key), "%s")
			switch {
			case cobraFlag(fl) && key != "":
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
	cmdutil.PrepareTree(root)
	var out [][]string
	cmdutil.WalkTree(root, func(c *cobra.Command) {
		out = append(out, strings.Fields(strings.TrimPrefix(c.CommandPath(), root.Name())))
	})
	return out
}

// cobraEnglish are the phrases of cobra's and pflag's help in English.
var cobraEnglish = regexp.MustCompile(`Usage:|Available Commands:|Flags:|Global Flags:|Examples:|Aliases:|Additional help topics:|for more information about a command|\[flags\]|\[command\]|\(default |help for |version for |disable cmdutil.Completion descriptions|Generate the autocompletion|Help about any command|--[a-z-]+ (string|stringArray|strings|int|duration)\b`)

// TestHelpJapanese: the Japanese help of every command holds none of cobra's English and
// no English text of a command or flag (where the two languages differ).
func TestHelpJapanese(t *testing.T) {
	for _, args := range commandArgs() {
		out := helpOf(t, i18n.JA, args...)
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
	cmdutil.PrepareTree(root)
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
	cmdutil.PrepareTree(root)
	c, _, _ := root.Find(args)
	p := cmdutil.HelpPath(c)
	var keys []string
	for _, f := range []string{"short", "long", "example"} {
		if i18n.Has("help." + p + "." + f) {
			keys = append(keys, "help."+p+"."+f)
		}
	}
	add := func(on *cobra.Command) func(*pflag.Flag) {
		return func(fl *pflag.Flag) {
			if k := cmdutil.FlagKey(on, fl); k != "" && !strings.Contains(i18n.T(i18n.EN, k), "%") {
				keys = append(keys, k)
			}
		}
	}
	c.LocalFlags().VisitAll(add(c))
	c.InheritedFlags().VisitAll(add(root)) // the global flags are the root's
	return keys
}

// exampleDate is a date a help example gives a flag (--next １２月１６日) or a request
// (; due 12/10; report 12/12 電話); --from and --to are dates on the commands of figures.
var (
	exampleDate    = regexp.MustCompile(`--(?:date|next|until|start) (\S+)|; (?:due|report) ([^ ;"]+)`)
	exampleFigures = regexp.MustCompile(`--(?:from|to) (\S+)()`)
)

// TestHelpExamples: the examples of every command are the same commands in both languages
// (only the comments differ), every date in them is one follow reads, and the Japanese
// ones show the dates a Japanese input method types: a month and day (12/16), full-width
// digits (１２月１６日), the era (令和9年2月28日, R9.5.31) and a weekday (来週水曜).
func TestHelpExamples(t *testing.T) {
	today, _ := dates.Of(2026, time.December, 1)
	var all string
	for _, args := range commandArgs() {
		root := NewRootCmd(testFactory())
		cmdutil.PrepareTree(root)
		c, _, _ := root.Find(args)
		key := "help." + cmdutil.HelpPath(c) + ".example"
		if !i18n.Has(key) {
			continue
		}
		en, ja := i18n.T(i18n.EN, key), i18n.T(i18n.JA, key)
		if a, b := exampleCommands(en), exampleCommands(ja); a != b {
			t.Errorf("%s: the examples differ between the languages:\nen:\n%s\nja:\n%s", key, a, b)
		}
		re := exampleDate
		if p := cmdutil.HelpPath(c); p == "stats" || p == "report" {
			re = exampleFigures
		}
		for _, m := range re.FindAllStringSubmatch(ja, -1) {
			if _, err := dates.Parse(m[1]+m[2], today); err != nil {
				t.Errorf("%s: %q: %v", key, m[0], err)
			}
		}
		all += ja + "\n"
	}
	for what, re := range map[string]string{
		"a month and day": `[ =]\d{1,2}/\d{1,2}\b`, "full-width digits": `[０-９]+月[０-９]+日`,
		"an era":                 `令和\d+年|R\d+\.\d+\.\d+`,
		"a weekday of next week": `来週[月火水木金土日]曜`,
	} {
		if !regexp.MustCompile(re).MatchString(all) {
			t.Errorf("no Japanese example types a date as %s", what)
		}
	}
}

// exampleCommands are the command lines of an example, its comments left out.
func exampleCommands(ex string) string {
	var lines []string
	for _, l := range strings.Split(ex, "\n") {
		if i := strings.Index(l, "# "); i >= 0 && strings.TrimSpace(l[:i]) == "" || i > 0 && l[i-1] == ' ' {
			l = l[:i]
		}
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
