package cli

import (
	"errors"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
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
// for the helpers that run without a Factory (those of recordio.go take the store only).
func msgErr(key string, args ...any) error { return i18n.Msg(key, args...) }

// opErr is the error of an operation of pkg/ops: its refusals exit 2 when the input was
// wrong and 1 when the record's data was; any other error is an error of the data.
func opErr(err error) error {
	var e *ops.Error
	if errors.As(err, &e) && e.Usage {
		return cmdutil.Exit(ExitUsage, e)
	}
	return dataErr(err)
}

// The argument checks of the commands say what is wrong in the user's language
// (pkg/cmdutil).
var (
	exactArgs = cmdutil.ExactArgs
	minArgs   = cmdutil.MinArgs
	maxArgs   = cmdutil.MaxArgs
	noArgs    = cmdutil.NoArgs
)
