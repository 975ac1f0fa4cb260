// Package cli is follow's command tree, and only that: one file per command, each with an
// Options struct (what the command needs: a cmdutil.Printer, cmdutil.Records, flags), a NewCmdX(f, runF)
// constructor and a runX function that resolves the inputs, calls pkg/ops (or schedule,
// brief, stats, lint, ...), and prints the outcome in the user's language (pkg/i18n).
package cli

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/i18n"
)

// progName prefixes every error message.
const progName = "follow"

// BuildInfo is what the release build sets in package main (cmdutil.BuildInfo).
type BuildInfo = cmdutil.BuildInfo

// Main runs follow with the process's arguments and streams and returns the exit code;
// b is what the release build set in package main.
func Main(b BuildInfo) int {
	f := cmdutil.NewFactory(cmdutil.SystemIO())
	f.Build = cmdutil.ResolveBuildInfo(b)
	return Run(f, os.Args[1:])
}

// Run executes the command line args with the given factory and returns the exit code.
func Run(f *cmdutil.Factory, args []string) (code int) {
	defer f.IO.Guard()() // last: after the panic message
	defer func() {
		if p := recover(); p != nil {
			// The language so far only: working out the language afresh could panic again.
			fmt.Fprintf(f.IO.ErrOut, "%s", i18n.T(f.LangSoFar(), "root.panic", p, debug.Stack()))
			code = 3
		}
	}()
	if versionOnly(args) {
		// What cobra prints for --version (the template of NewRootCmd), without building the
		// command tree or reading follow.yaml first: the start-up of a command that does nothing.
		fmt.Fprintln(f.IO.Out, progName, f.Build.String())
		return ExitOK
	}
	root := NewRootCmd(f)
	err := prepareRun(f, root, args)
	if err == nil {
		root.SetArgs(args)
		err = root.Execute()
	}
	if err == nil {
		return ExitOK
	}
	if msg := errorText(f.Lang(), err); msg != "" {
		fmt.Fprintln(f.IO.ErrOut, progName+": "+msg)
	}
	return exitCode(err)
}

// versionOnly reports whether args ask for the version and nothing else (follow --version,
// follow -v).
func versionOnly(args []string) bool {
	return len(args) == 1 && (args[0] == "--version" || args[0] == "-v")
}

// prepareRun readies root to run args: the whole tree cobra would add, in the user's
// language (known before cobra parses a flag: earlyFlags). A word that names no command is
// refused here, in that language, before cobra would in English. The help texts are put
// into that language when something shows them (helpShown), else on the first help or
// usage cobra writes: a command that runs reads none of them.
func prepareRun(f *cmdutil.Factory, root *cobra.Command, args []string) error {
	cmdutil.PrepareTree(root)
	lang, dir, unknown := cmdutil.EarlyFlags(root, args)
	f.LangFlag, f.DirFlag = lang, dir
	if unknown != "" || cmdutil.HelpShown(root, args) {
		cmdutil.Localize(root, f.Lang())
	} else {
		cmdutil.LocalizeOnUse(root, f.Lang)
	}
	if unknown != "" {
		return cmdutil.UnknownCommand(root, unknown)
	}
	return nil
}

// NewRootCmd builds the command tree.
func NewRootCmd(f *cmdutil.Factory) *cobra.Command {
	root := &cobra.Command{
		Use:           "follow",
		Version:       f.Build.String(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetVersionTemplate("follow {{.Version}}\n") // see cmdutil.BuildInfo
	root.SetFlagErrorFunc(cmdutil.FlagError)
	pf := root.PersistentFlags()
	pf.StringVar(&f.DirFlag, "dir", "", "")
	pf.StringVar(&f.TodayFlag, "today", "", "")
	pf.StringVar(&f.LangFlag, "lang", "", "")
	pf.BoolVar(&f.NoColor, "no-color", false, "")
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if bad := f.LangFlag; bad != "" && bad != "ja" && bad != "en" {
			// Say so in the language of follow.yaml or the environment.
			f.LangFlag = ""
			f.SetLang("")
			return usageMsg("root.badlang", bad)
		}
		if _, err := f.Today(); err != nil {
			return err
		}
		return cmdutil.RequiredFlags(c)
	}
	root.AddCommand(
		NewCmdNew(f, nil),
		NewCmdNext(f, nil),
		NewCmdDone(f, nil),
		NewCmdRenew(f, nil),
		NewCmdEnd(f, nil),
		NewCmdHandover(f, nil),
		NewCmdDuty(f, nil),
		NewCmdDuties(f, nil),
		NewCmdComplaints(f, nil),
		NewCmdExport(f, nil),
		NewCmdDue(f, nil),
		NewCmdShow(f, nil),
		NewCmdList(f, nil),
		NewCmdStats(f, nil),
		NewCmdReport(f, nil),
		NewCmdLint(f, nil),
		NewCmdFmt(f, nil),
		NewCmdMerge(f, nil),
		NewCmdInit(f, nil),
		NewCmdImport(f, nil),
		NewCmdSchema(f, nil),
		NewCmdMan(f, nil),
	)
	return root
}
