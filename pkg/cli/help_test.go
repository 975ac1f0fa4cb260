package cli

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"regexp"
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
	return fmt.Sprintf("add {%q, %q, %q}, to pkg/i18n/help.go (where it sorts)", key, en, "<日本語>")
}

// pending are the commands whose texts are still declared in pkg/cli, in English only,
// while they move to the catalogue.
var pending = map[string]bool{
	"done": true, "due": true, "end": true, "fmt": true, "handover": true, "import": true,
	"init": true, "lint": true, "list": true, "merge": true, "new": true, "renew": true,
	"report": true, "schema": true, "show": true, "stats": true, "duty": true, "duties": true,
	"export": true,
}

// TestHelpTree walks the whole command tree (hidden commands, cobra's help and completion
// commands, every local and persistent flag) and fails when a text is missing from the
// catalogue in either language, when a command still declares its text in pkg/cli rather
// than in the catalogue, or when an argument check says its error in cobra's English.
func TestHelpTree(t *testing.T) {
	root := NewRootCmd(testFactory())
	prepareTree(root)
	var cmds int
	walkTree(root, func(c *cobra.Command) {
		cmds++
		p, where := helpPath(c), c.CommandPath()
		declared := map[string]string{"short": c.Short, "long": c.Long, "example": c.Example}
		for _, field := range []string{"short", "long", "example"} {
			key := "help." + p + "." + field
			if pending[p] || field == "example" && (cobraMade(c) || p == "man") {
				continue // cobra's commands have no example; follow man is for packagers
			}
			switch code := declared[field]; {
			case code != "" && !cobraMade(c):
				t.Errorf("%s: its %s is written in pkg/cli, but the help texts live in the catalogue: %s, and leave %s out of the cobra.Command",
					where, field, addLine(key, code), strings.ToUpper(field[:1])+field[1:])
			case !i18n.Has(key):
				t.Errorf("%s: no %s in the catalogue: %s", where, field, addLine(key, code))
			}
		}
		c.LocalFlags().VisitAll(func(fl *pflag.Flag) {
			key := flagKey(c, fl)
			takesArg := strings.Contains(i18n.T(i18n.EN, key), "%s")
			switch {
			case pending[p] || cobraFlag(fl) && key != "":
			case fl.Usage != "" && !takesArg:
				t.Errorf("%s --%s: its usage is written in pkg/cli, but the help texts live in the catalogue: %s, and declare the flag with the usage \"\"",
					where, fl.Name, addLine(cmp.Or(key, "flag."+p+"."+fl.Name), fl.Usage))
			case key == "":
				t.Errorf("%s --%s: no usage in the catalogue: %s", where, fl.Name, addLine("flag."+p+"."+fl.Name, ""))
			case fl.Usage == "" && takesArg:
				t.Errorf("%s --%s: %s takes the declared usage (%%s), but the flag declares none", where, fl.Name, key)
			}
		})
		if c.Args != nil {
			for _, args := range [][]string{nil, strings.Fields("a b c d e f g h i j k l")} {
				var m *i18n.Message
				if err := c.Args(c, args); err != nil && !errors.As(err, &m) {
					t.Errorf("%s: %d arguments give %q, not a catalogue message: check the arguments with exactArgs, minArgs, maxArgs, rangeArgs or noArgs (pkg/cli/usage.go), not cobra's", where, len(args), err)
				}
			}
		}
	})
	if cmds < 20 {
		t.Fatalf("walked %d commands", cmds)
	}
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
		out := helpOf(t, i18n.JA, args...)
		where := strings.TrimSpace("follow " + strings.Join(args, " "))
		if len(args) > 0 && pending[args[0]] {
			continue
		}
		if m := cobraEnglish.FindString(out); m != "" {
			t.Errorf("%s --help --lang ja holds cobra's English %q:\n%s", where, m, out)
		}
		for _, text := range helpTextsOf(args) {
			if en, ja := i18n.T(i18n.EN, text), i18n.T(i18n.JA, text); en != ja && strings.Contains(out, strings.TrimSpace(en)) {
				t.Errorf("%s --help --lang ja holds the English of %s: %q", where, text, en)
			}
		}
	}
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
