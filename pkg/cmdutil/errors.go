// Package cmdutil is what a cobra command line needs that knows nothing of records:
// follow's exit codes and errors, the argument and flag checks that say what is wrong in
// the user's language, and cobra's help, usage and man pages put into that language from
// the one catalogue (pkg/i18n). pkg/cli builds follow's commands on it.
package cmdutil

import (
	"errors"
	"fmt"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitError = 1 // bad data, lint errors, a record that cannot be read
	ExitUsage = 2 // the command was called wrongly
)

// Error carries an exit code; its message (if any) is printed to stderr.
type Error struct {
	Code int
	Err  error
}

func (e *Error) Error() string {
	if e.Err == nil {
		return ""
	}
	return e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Text is the message in lang (an argument of a catalogue message is translated with it).
func (e *Error) Text(lang string) string { return ErrorText(lang, e) }

// Exit is err ending the command with code.
func Exit(code int, err error) error { return &Error{Code: code, Err: err} }

// UsageErr is a wrongly called command (exit 2).
func UsageErr(format string, args ...any) error {
	return Exit(ExitUsage, fmt.Errorf(format, args...))
}

// DataErr is a problem with records or input data (exit 1).
func DataErr(err error) error { return Exit(ExitError, err) }

// UsageMsg is a wrongly called command (exit 2), said by a catalogue message in the
// user's language when it is printed.
func UsageMsg(key string, args ...any) error { return Exit(ExitUsage, i18n.Msg(key, args...)) }

// DataMsg is a problem with records or input data (exit 1), said by a catalogue message.
func DataMsg(key string, args ...any) error { return DataErr(i18n.Msg(key, args...)) }

// Silent ends the command with a code after its output already said why.
func Silent(code int) error { return &Error{Code: code} }

// ErrorText is the message of err in lang: catalogue messages are translated now, any
// other error gives its own text.
func ErrorText(lang string, err error) string {
	switch e := err.(type) {
	case *Error:
		if e.Err == nil {
			return ""
		}
		return ErrorText(lang, e.Err)
	case interface{ Text(string) string }: // a catalogue message, an operation's refusal
		return e.Text(lang)
	}
	return err.Error()
}

// ExitCode is the exit status for err. follow's own errors carry their code; any other
// error comes from cobra itself (an unknown command or flag, a wrong argument count).
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ExitUsage
}

// OpErr is the error of an operation of pkg/ops: its refusals exit 2 when the input was
// wrong and 1 when the record's data was; any other error is an error of the data.
func OpErr(err error) error {
	var e *ops.Error
	if errors.As(err, &e) && e.Usage {
		return Exit(ExitUsage, e)
	}
	return DataErr(err)
}
