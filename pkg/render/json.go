package render

import (
	"encoding/json"
	"io"
)

// WriteJSON writes v as JSON indented by two spaces, followed by a newline. HTML
// escaping is off, so Japanese text and <, > and & appear as they are rather than as
// \uXXXX escapes. Nothing is written when v cannot be encoded.
//
// encoding/json writes a nil slice as null. Commands whose output is a list must pass a
// non-nil empty slice (make([]T, 0) or []T{}) so that "no results" is written as [], which
// is what scripts piping the output into jq expect.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
