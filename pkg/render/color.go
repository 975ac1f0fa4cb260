package render

// Style is a terminal text style, applied with ANSI SGR escape codes.
type Style int

// The styles follow understands. StyleNone (the zero value) means no escape codes.
const (
	StyleNone Style = iota
	StyleBold
	StyleRed
	StyleYellow
	StyleDim
)

// sgrReset ends any style started by Colorize.
const sgrReset = "\x1b[0m"

// sgr returns the escape sequence that starts st, or "" for StyleNone and unknown values.
func (st Style) sgr() string {
	switch st {
	case StyleBold:
		return "\x1b[1m"
	case StyleRed:
		return "\x1b[31m"
	case StyleYellow:
		return "\x1b[33m"
	case StyleDim:
		return "\x1b[2m"
	}
	return ""
}

// Colorize wraps s in the ANSI SGR codes for st followed by a reset. It returns s
// unchanged when color is false, when st is StyleNone (or not a known Style) or when s
// is empty, so with color false it never adds an escape byte. Whether to colour (a
// terminal on stderr, NO_COLOR, --color flags) is for the caller to decide.
func Colorize(s string, st Style, color bool) string {
	if !color || s == "" {
		return s
	}
	start := st.sgr()
	if start == "" {
		return s
	}
	return start + s + sgrReset
}
