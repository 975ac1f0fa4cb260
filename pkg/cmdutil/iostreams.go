package cmdutil

import (
	"io"
	"os"

	"golang.org/x/term"

	"github.com/staffnote/follow/pkg/sanitize"
)

// IOStreams are the streams a command reads and writes. Tests inject buffers; main passes
// the process's own. Out and ErrOut are the output boundary: Run wraps them in
// sanitize.Writers, so every byte any command prints has its control characters escaped
// (record text is untrusted) and colour passes only as render.Text styles.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	StdinTTY  bool
	StdoutTTY bool
	StderrTTY bool
	// StdoutWidth is the width of the terminal stdout is, in cells (0 when it cannot
	// tell); nil when stdout is not a terminal.
	StdoutWidth func() int
}

// SystemIO returns the process's streams, behind the output boundary, with their terminal
// state.
func SystemIO() *IOStreams {
	s := &IOStreams{
		In: os.Stdin, Out: sanitize.NewWriter(os.Stdout), ErrOut: sanitize.NewWriter(os.Stderr),
		StdinTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		StdoutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		StderrTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}
	if s.StdoutTTY {
		s.StdoutWidth = func() int {
			w, _, err := term.GetSize(int(os.Stdout.Fd()))
			if err != nil {
				return 0
			}
			return w
		}
	}
	return s
}

// Guard puts Out and ErrOut behind the output boundary (once: a sanitize.Writer is not
// wrapped again) and returns what flushes them when the command is done.
func (s *IOStreams) Guard() (flush func()) {
	out, errOut := sanitize.NewWriter(s.Out), sanitize.NewWriter(s.ErrOut)
	s.Out, s.ErrOut = out, errOut
	return func() {
		_ = out.Flush()
		_ = errOut.Flush()
	}
}

// RawStream returns w without the output boundary: only for a program the user chose to
// hand the terminal to (their editor), never for text follow prints.
func RawStream(w io.Writer) io.Writer {
	if sw, ok := w.(*sanitize.Writer); ok {
		return sw.Unwrap()
	}
	return w
}
