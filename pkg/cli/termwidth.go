package cli

import (
	"os"
	"strconv"

	"golang.org/x/term"
)

// Width is the width in cells that text to stdout is laid out for: $COLUMNS when it is
// set to a number, else the terminal's width when stdout is a terminal, else 0 (a pipe or
// a file: lines are not wrapped).
func (f *Factory) Width() int {
	if n, err := strconv.Atoi(f.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f.IO.StdoutTTY {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 0
}
