package cmdutil

import (
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/staffnote/follow/pkg/i18n"
)

// The help in the user's language. The commands declare their Use, arguments and flags in
// pkg/cli; every text a user reads about them (Short, Long, Example, each flag's usage) is
// in the catalogue, pkg/i18n/help.go, by a key made of the command's path:
//
//	help.<cmd>.short, help.<cmd>.long, help.<cmd>.example   <cmd> = "root", "new", "completion.bash"
//	flag.<cmd>.<flag>, else flag.<flag> for a flag that says the same on every command
//
// Localize puts a whole command tree into one language, cobra's own words with it (its
// help and completion commands, the -h and --version flags, the usage and help layout,
// its usage errors). TestHelpTree fails, naming the key to add, when a command or flag
// has no text in both languages.

// HelpPath is the part of the catalogue keys that names c: "root" for follow itself, else
// its path below the root joined by dots ("new", "completion.bash").
func HelpPath(c *cobra.Command) string {
	if !c.HasParent() {
		return "root"
	}
	return strings.ReplaceAll(strings.TrimPrefix(c.CommandPath(), c.Root().Name()+" "), " ", ".")
}

// FlagKey is the catalogue key of fl's usage on c: its own (flag.new.date), else the one a
// flag shares across commands (flag.json); "" when there is neither.
func FlagKey(c *cobra.Command, fl *pflag.Flag) string {
	for _, k := range []string{"flag." + HelpPath(c) + "." + fl.Name, "flag." + fl.Name} {
		if i18n.Has(k) {
			return k
		}
	}
	return ""
}

// PrepareTree adds to root what cobra would add when it runs (the help and completion
// commands, the -h and --version flags of every command), so that localize and the
// documentation see the tree a user gets. The help command is follow's own, with its usage
// errors in the catalogue; the completion commands are cobra's, with follow's argument
// check.
func PrepareTree(root *cobra.Command) {
	root.SetHelpCommand(NewHelpCmd())
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	WalkTree(root, func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		c.InitDefaultVersionFlag()
		if strings.HasPrefix(HelpPath(c), "completion") {
			c.Args = NoArgs
		}
	})
}

// WalkTree calls fn for c and every command below it, hidden ones too.
func WalkTree(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		WalkTree(sub, fn)
	}
}

// Localize puts root's tree (prepared by prepareTree) into lang: the texts of every command
// and flag from the catalogue, and the help, usage and flag errors of cobra in follow's
// words. A text the catalogue lacks keeps what the command says (TestHelpTree forbids it).
func Localize(root *cobra.Command, lang string) {
	localizeTexts(root, lang)
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { writeHelp(c.OutOrStdout(), c, lang) })
	root.SetUsageFunc(func(c *cobra.Command) error { writeUsage(c.OutOrStderr(), c, lang); return nil })
}

// LocalizeOnUse is Localize done when cobra first writes a help or a usage, in the language
// lang gives then.
func LocalizeOnUse(root *cobra.Command, lang func() string) {
	var done string
	ready := func() string {
		if done == "" {
			done = lang()
			localizeTexts(root, done)
		}
		return done
	}
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { writeHelp(c.OutOrStdout(), c, ready()) })
	root.SetUsageFunc(func(c *cobra.Command) error { writeUsage(c.OutOrStderr(), c, ready()); return nil })
}

// HelpShown reports whether running args shows the help texts of other commands than
// through cobra's help and usage functions: shell completion (the commands' and flags'
// descriptions), follow help and the completion commands, or args that name no command.
func HelpShown(root *cobra.Command, args []string) bool {
	if len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd) {
		return true
	}
	c, _, err := root.Find(args)
	if err != nil || c == nil || c == root {
		return true
	}
	p := HelpPath(c)
	return p == "help" || strings.HasPrefix(p, "completion")
}

// localizeTexts puts the texts of every command and flag of root's tree into lang.
func localizeTexts(root *cobra.Command, lang string) {
	WalkTree(root, func(c *cobra.Command) {
		k := "help." + HelpPath(c) + "."
		for field, text := range map[string]*string{"short": &c.Short, "long": &c.Long, "example": &c.Example} {
			if i18n.Has(k + field) {
				*text = i18n.T(lang, k+field)
			}
		}
		c.LocalFlags().VisitAll(func(fl *pflag.Flag) { fl.Usage = flagUsage(c, fl, lang) })
		if c.Name() == "help" && c.HasParent() {
			c.Use = "help " + i18n.T(lang, "cobra.commandarg")
		}
	})
}

// flagUsage is fl's usage on c in lang. The catalogue's text takes as its argument, where
// it has one (%s), the usage the command gave: a list made from data (the kinds of follow
// due). cobra's -h and --version name the command.
func flagUsage(c *cobra.Command, fl *pflag.Flag, lang string) string {
	k := FlagKey(c, fl)
	switch {
	case k == "":
		return fl.Usage
	case fl.Name == "help":
		return i18n.T(lang, k, c.Name())
	case fl.Name == "version":
		return i18n.T(lang, k, c.Root().Name())
	}
	text := i18n.T(lang, k)
	if strings.Contains(text, "%s") {
		text = i18n.T(lang, k, codeUsage(fl))
	}
	return text
}

// codeUsage is the usage fl was declared with, kept the first time it is localized.
func codeUsage(fl *pflag.Flag) string {
	const note = "follow-usage"
	if u, ok := fl.Annotations[note]; ok {
		return u[0]
	}
	if fl.Annotations == nil {
		fl.Annotations = map[string][]string{}
	}
	fl.Annotations[note] = []string{fl.Usage}
	return fl.Usage
}

// writeHelp is cobra's help (the long description, then the usage) in lang.
func writeHelp(w io.Writer, c *cobra.Command, lang string) {
	if text := strings.TrimRight(firstNonEmpty(c.Long, c.Short), " \t\n"); text != "" {
		fmt.Fprintf(w, "%s\n\n", text)
	}
	if c.Runnable() || c.HasSubCommands() {
		writeUsage(w, c, lang)
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// writeUsage is cobra's usage template, its words in lang and its flags by flagUsages.
func writeUsage(w io.Writer, c *cobra.Command, lang string) {
	T := func(key string, args ...any) string { return i18n.T(lang, key, args...) }
	fmt.Fprint(w, T("cobra.usage"))
	if c.Runnable() {
		fmt.Fprintf(w, "\n  %s", UseLine(c, lang))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n  %s %s", c.CommandPath(), T("cobra.commandarg"))
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintf(w, "\n\n%s\n  %s", T("cobra.aliases"), c.NameAndAliases())
	}
	if c.HasExample() {
		fmt.Fprintf(w, "\n\n%s\n%s", T("cobra.examples"), c.Example)
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n\n%s", T("cobra.commands"))
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(w, "\n  %s %s", pad(sub.Name(), sub.NamePadding()), sub.Short)
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		fmt.Fprintf(w, "\n\n%s\n%s", T("cobra.flags"), strings.TrimRight(FlagUsages(c.LocalFlags(), lang), " \n"))
	}
	if c.HasAvailableInheritedFlags() {
		fmt.Fprintf(w, "\n\n%s\n%s", T("cobra.globalflags"), strings.TrimRight(FlagUsages(c.InheritedFlags(), lang), " \n"))
	}
	if c.HasHelpSubCommands() {
		fmt.Fprintf(w, "\n\n%s", T("cobra.helptopics"))
		for _, sub := range c.Commands() {
			if sub.IsAdditionalHelpTopicCommand() {
				fmt.Fprintf(w, "\n  %s %s", pad(sub.CommandPath(), sub.CommandPathPadding()), sub.Short)
			}
		}
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n\n%s", T("cobra.morehelp", c.CommandPath()+" "+T("cobra.commandarg")))
	}
	fmt.Fprintln(w)
}

// UseLine is c's synopsis (follow new ID [flags]) in lang.
func UseLine(c *cobra.Command, lang string) string {
	line := c.UseLine()
	if rest, ok := strings.CutSuffix(line, " [flags]"); ok && !strings.Contains(c.Use, "[flags]") {
		line = rest + " " + i18n.T(lang, "cobra.flagsarg")
	}
	return line
}

// pad pads s with spaces to n columns.
func pad(s string, n int) string {
	if w := runewidth.StringWidth(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// FlagUsages lists the flags of fs as pflag's FlagUsages does (the same bytes in English),
// in lang: the value's name and "(default ...)" in its words, the descriptions aligned by
// the columns they take on a terminal.
func FlagUsages(fs *pflag.FlagSet, lang string) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(fl *pflag.Flag) {
		if fl.Hidden {
			return
		}
		left := "      --" + fl.Name
		if fl.Shorthand != "" && fl.ShorthandDeprecated == "" {
			left = "  -" + fl.Shorthand + ", --" + fl.Name
		}
		name, usage := pflag.UnquoteUsage(fl)
		if name != "" && !strings.Contains(fl.Usage, "`") && i18n.Has("cobra.type."+name) {
			name = i18n.T(lang, "cobra.type."+name)
		}
		if name != "" {
			left += " " + name
		}
		left += noOptDefault(fl)
		if !defaultIsZero(fl) {
			def := fl.DefValue
			if fl.Value.Type() == "string" {
				def = fmt.Sprintf("%q", def)
			}
			usage += i18n.T(lang, "cobra.default", def)
		}
		if fl.Deprecated != "" {
			usage += i18n.T(lang, "cobra.deprecated", fl.Deprecated)
		}
		rows = append(rows, row{left, usage})
		width = max(width, runewidth.StringWidth(left))
	})
	var b strings.Builder
	indent := "\n" + strings.Repeat(" ", width+3)
	for _, r := range rows {
		fmt.Fprintf(&b, "%s   %s\n", pad(r.left, width), strings.ReplaceAll(r.usage, "\n", indent))
	}
	return b.String()
}

// noOptDefault is what pflag shows of a flag's value when it is given without one.
func noOptDefault(fl *pflag.Flag) string {
	switch v := fl.NoOptDefVal; {
	case v == "":
		return ""
	case fl.Value.Type() == "string":
		return fmt.Sprintf("[=%q]", v)
	case fl.Value.Type() == "bool" || fl.Value.Type() == "boolfunc":
		if v == "true" {
			return ""
		}
	case fl.Value.Type() == "count":
		if v == "+1" {
			return ""
		}
	}
	return "[=" + fl.NoOptDefVal + "]"
}

// defaultIsZero reports whether fl's default is its type's zero, which pflag does not show.
func defaultIsZero(fl *pflag.Flag) bool {
	typ := fl.Value.Type()
	switch {
	case typ == "bool" || typ == "boolfunc":
		return fl.DefValue == "false" || fl.DefValue == ""
	case typ == "duration":
		return fl.DefValue == "0" || fl.DefValue == "0s"
	case typ == "string":
		return fl.DefValue == ""
	case strings.HasSuffix(typ, "Slice") || strings.HasSuffix(typ, "Array"):
		return fl.DefValue == "[]"
	case strings.HasPrefix(typ, "int") || strings.HasPrefix(typ, "uint") || strings.HasPrefix(typ, "float"):
		return fl.DefValue == "0"
	}
	switch fl.DefValue {
	case "false", "<nil>", "", "0":
		return true
	}
	return false
}
