package render

// Style is a terminal text style, applied with ANSI SGR escape codes. Styles never travel
// inside strings: Text and Table keep them beside the text as marks, and only a
// sanitize.Writer (the process's stdout and stderr) turns marks into escape codes.
type Style int

// The styles follow understands. StyleNone (the zero value) means no escape codes.
const (
	StyleNone Style = iota
	StyleBold
	StyleRed
	StyleYellow
	StyleDim
)

// sgrReset is the SGR parameter that ends any style.
const sgrReset = "0"

// sgr returns the SGR parameter that starts st, or "" for StyleNone and unknown values.
func (st Style) sgr() string {
	switch st {
	case StyleBold:
		return "1"
	case StyleRed:
		return "31"
	case StyleYellow:
		return "33"
	case StyleDim:
		return "2"
	}
	return ""
}
