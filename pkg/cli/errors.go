package cli

import (
	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/i18n"
)

// Exit codes (pkg/cmdutil).
const (
	ExitOK    = cmdutil.ExitOK
	ExitError = cmdutil.ExitError
	ExitUsage = cmdutil.ExitUsage
)

// follow's errors carry their exit code (pkg/cmdutil); a catalogue message is translated
// when it is printed (Run prints errorText(f.Lang(), err)).
var (
	usageErr   = cmdutil.UsageErr
	usageMsg   = cmdutil.UsageMsg
	dataErr    = cmdutil.DataErr
	dataMsg    = cmdutil.DataMsg
	silentExit = cmdutil.Silent
	errorText  = cmdutil.ErrorText
	exitCode   = cmdutil.ExitCode
)

// msgErr makes an error of a catalogue message whose language is chosen when it is printed,
// for the helpers that take no Printer.
func msgErr(key string, args ...any) error { return i18n.Msg(key, args...) }

// opErr is the error of an operation of pkg/ops (cmdutil.OpErr).
var opErr = cmdutil.OpErr

// The argument checks of the commands say what is wrong in the user's language
// (pkg/cmdutil).
var (
	exactArgs = cmdutil.ExactArgs
	minArgs   = cmdutil.MinArgs
	maxArgs   = cmdutil.MaxArgs
	noArgs    = cmdutil.NoArgs
)
