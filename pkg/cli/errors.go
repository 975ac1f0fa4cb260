package cli

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

// exitError carries an exit code; its message (if any) is printed to stderr.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// Text is the message in lang (an argument of a catalogue message is translated with it).
func (e *exitError) Text(lang string) string { return errorText(lang, e) }

// usageErr is a wrongly called command (exit 2).
func usageErr(format string, args ...any) error {
	return &exitError{code: ExitUsage, err: fmt.Errorf(format, args...)}
}

// dataErr is a problem with records or input data (exit 1).
func dataErr(err error) error { return &exitError{code: ExitError, err: err} }

// msgErr makes an error of a catalogue message whose language is chosen when it is printed,
// for the helpers that run without a Factory (those of recordio.go take the store only);
// everywhere else errors are translated where they are made, with f.T. Error() gives the
// English text; Run prints errorText(f.Lang(), err).
func msgErr(key string, args ...any) error { return i18n.Msg(key, args...) }

// errorText is the message of err in lang: catalogue messages made without a Factory are
// translated now, any other error gives its own text.
func errorText(lang string, err error) string {
	switch e := err.(type) {
	case *exitError:
		if e.err == nil {
			return ""
		}
		return errorText(lang, e.err)
	case interface{ Text(string) string }: // a catalogue message, an operation's refusal
		return e.Text(lang)
	}
	return err.Error()
}

// opErr is the error of an operation of pkg/ops: its refusals exit 2 when the input was
// wrong and 1 when the record's data was; any other error is an error of the data.
func opErr(err error) error {
	var e *ops.Error
	if errors.As(err, &e) && e.Usage {
		return &exitError{code: ExitUsage, err: e}
	}
	return dataErr(err)
}

// silentExit ends the command with a code after its output already said why.
func silentExit(code int) error { return &exitError{code: code} }

// exitCode is the exit status for err. follow's own errors carry their code; any other
// error comes from cobra itself (an unknown command or flag, a wrong argument count).
func exitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return ExitUsage
}

// usageMsg is a wrongly called command (exit 2), said by a catalogue message in the
// user's language when it is printed.
func usageMsg(key string, args ...any) error {
	return &exitError{code: ExitUsage, err: i18n.Msg(key, args...)}
}

// dataMsg is a problem with records or input data (exit 1), said by a catalogue message.
func dataMsg(key string, args ...any) error { return dataErr(i18n.Msg(key, args...)) }
