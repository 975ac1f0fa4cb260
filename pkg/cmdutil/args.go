package cmdutil

import (
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/staffnote/follow/pkg/i18n"
)

// Usage errors in the user's language: the argument checks of the commands, pflag's errors
// about flags, cobra's unknown command and required flags, all said by the catalogue and
// all exit 2 (ExitUsage). Each ends by pointing at the command's --help.

// hinted is a usage error of c: msg, then where to read c's usage.
func hinted(c *cobra.Command, msg *i18n.Message) error {
	return UsageMsg("usage.hint", msg, c.CommandPath())
}

// ExactArgs, MinArgs, MaxArgs, RangeArgs and NoArgs check a command's arguments as cobra's
// validators of the same names do, and say what is wrong in the user's language.
func ExactArgs(n int) cobra.PositionalArgs { return RangeArgs(n, n) }

// MinArgs accepts n arguments or more.
func MinArgs(n int) cobra.PositionalArgs { return RangeArgs(n, -1) }

// MaxArgs accepts up to n arguments.
func MaxArgs(n int) cobra.PositionalArgs { return RangeArgs(0, n) }

// RangeArgs accepts from min to max arguments (max -1: no limit).
func RangeArgs(min, max int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		got := len(args)
		use := UseLine(c, i18n.EN)
		use = strings.TrimSuffix(use, " [flags]")
		switch {
		case got >= min && (max < 0 || got <= max):
			return nil
		case max == 0:
			return hinted(c, i18n.Msg("usage.args.none", c.CommandPath(), args[0]))
		case min == max:
			return hinted(c, i18n.Msg("usage.args.exact", c.CommandPath(), min, got, use))
		case max < 0:
			return hinted(c, i18n.Msg("usage.args.min", c.CommandPath(), min, got, use))
		case min == 0:
			return hinted(c, i18n.Msg("usage.args.max", c.CommandPath(), max, got, use))
		}
		return hinted(c, i18n.Msg("usage.args.range", c.CommandPath(), min, max, got, use))
	}
}

// NoArgs accepts no argument.
func NoArgs(c *cobra.Command, args []string) error { return RangeArgs(0, 0)(c, args) }

// FlagError is pflag's error about c's flags, in the catalogue's words.
func FlagError(c *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	var msg *i18n.Message
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		msg = i18n.Msg("usage.flag.unknownshort", notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames())
	case errors.As(err, &notExist):
		msg = i18n.Msg("usage.flag.unknown", notExist.GetSpecifiedName())
	case errors.As(err, &noValue):
		msg = i18n.Msg("usage.flag.novalue", noValue.GetFlag().Name)
	case errors.As(err, &invalid) && i18n.Has("usage.flag.want."+invalid.GetFlag().Value.Type()):
		msg = i18n.Msg("usage.flag.invalid", invalid.GetFlag().Name, invalid.GetValue(), i18n.Msg("usage.flag.want."+invalid.GetFlag().Value.Type()))
	case errors.As(err, &invalid):
		msg = i18n.Msg("usage.flag.invalidwhy", invalid.GetFlag().Name, invalid.GetValue(), invalid.Unwrap())
	case errors.As(err, &syntax):
		msg = i18n.Msg("usage.flag.syntax", syntax.GetSpecifiedFlag())
	default:
		msg = i18n.Msg("usage.flag.other", err)
	}
	return hinted(c, msg)
}

// RequiredFlags is cobra's check of the flags marked required, said by the catalogue; the
// root runs it before cobra would.
func RequiredFlags(c *cobra.Command) error {
	var missing []string
	c.Flags().VisitAll(func(fl *pflag.Flag) {
		if req := fl.Annotations[cobra.BashCompOneRequiredFlag]; len(req) > 0 && req[0] == "true" && !fl.Changed {
			missing = append(missing, "--"+fl.Name)
		}
	})
	if len(missing) == 0 {
		return nil
	}
	return hinted(c, i18n.Msg("usage.flag.required", strings.Join(missing, ", ")))
}

// UnknownCommand is the error for a word that names no command below c, with the
// commands it may have meant.
func UnknownCommand(c *cobra.Command, word string) error {
	msg := i18n.Msg("usage.unknowncmd", word, c.CommandPath())
	if s := c.SuggestionsFor(word); len(s) > 0 {
		msg = i18n.Msg("usage.suggest", msg, "\t"+strings.Join(s, "\n\t"))
	}
	return hinted(c, msg)
}

// NewHelpCmd is follow help [command]: cobra's help command, with an unknown topic a usage
// error like an unknown command.
func NewHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use: "help [command]",
		ValidArgsFunction: func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			cmd, _, err := c.Root().Find(args)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []string
			for _, sub := range cmd.Commands() {
				if (sub.IsAvailableCommand() || sub.Name() == "help") && strings.HasPrefix(sub.Name(), prefix) {
					out = append(out, sub.Name()+"\t"+sub.Short)
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			cmd, rest, err := c.Root().Find(args)
			if err != nil || len(rest) > 0 && cmd.HasSubCommands() {
				return UnknownCommand(cmd, rest[0])
			}
			cmd.InitDefaultHelpFlag()
			cmd.InitDefaultVersionFlag()
			return cmd.Help()
		},
	}
}

// EarlyFlags reads the global flags that decide the language (--lang, and --dir, where
// follow.yaml is) from args before cobra parses them, so the help, cobra's words and every
// usage error are in the user's language whatever fails first. The flags of the command
// args name are known, so a flag's value is read as one (--note --lang is a note). It also
// returns the word args give that names no command, if any: cobra would refuse it before
// parsing a flag.
func EarlyFlags(root *cobra.Command, args []string) (lang, dir, unknown string) {
	completing := len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd)
	if completing {
		args = args[1:]
	}
	c, rest, err := root.Find(args)
	if err != nil || c == nil {
		c, rest = root, args
	}
	fs := pflag.NewFlagSet(root.Name(), pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.ParseErrorsAllowlist.UnknownFlags = true
	values := map[string]*lastValue{}
	add := func(fl *pflag.Flag) {
		if fs.Lookup(fl.Name) == nil {
			values[fl.Name] = &lastValue{typ: fl.Value.Type()}
			fs.AddFlag(&pflag.Flag{Name: fl.Name, Shorthand: fl.Shorthand, NoOptDefVal: fl.NoOptDefVal, Value: values[fl.Name]})
		}
	}
	c.Flags().VisitAll(add)
	c.InheritedFlags().VisitAll(add)
	_ = fs.Parse(rest)
	if v := values["lang"]; v != nil {
		lang = v.val
	}
	if v := values["dir"]; v != nil {
		dir = v.val
	}
	if lang != i18n.JA && lang != i18n.EN {
		lang = "" // PersistentPreRunE says what is wrong with it
	}
	if err != nil && !completing && fs.NArg() > 0 {
		unknown = fs.Arg(0)
	}
	return lang, dir, unknown
}

// lastValue is a flag value that keeps the last one given, of any type.
type lastValue struct{ typ, val string }

func (v *lastValue) Set(s string) error { v.val = s; return nil }
func (v *lastValue) String() string     { return v.val }
func (v *lastValue) Type() string       { return v.typ }
