package render

import (
	"io"

	"github.com/staffnote/follow/pkg/sanitize"
)

// Text is output being put together: text, which is untrusted like everything follow
// prints (record text is part of it), and colour, kept beside it as marks. Written to a
// sanitize.Writer, the text is escaped and the marks become SGR codes; that is the only way
// follow's colour reaches a terminal. Text is itself a sanitize.StyledWriter, so a Table
// can be written into it.
//
// The zero value is empty text without colour; set Color to colour what Style adds.
type Text struct {
	// Color says whether Style adds colour marks (a terminal, no NO_COLOR, ...).
	Color bool

	buf   []byte
	marks []sanitize.Mark
}

// Write appends p as plain text.
func (t *Text) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	return len(p), nil
}

// WriteString appends s as plain text.
func (t *Text) WriteString(s string) (int, error) {
	t.buf = append(t.buf, s...)
	return len(s), nil
}

// Style appends s in style st (plain when Color is false, st is StyleNone or s is empty).
func (t *Text) Style(s string, st Style) {
	code := st.sgr()
	if !t.Color || code == "" || s == "" {
		t.buf = append(t.buf, s...)
		return
	}
	t.marks = append(t.marks, sanitize.Mark{At: len(t.buf), SGR: code})
	t.buf = append(t.buf, s...)
	t.marks = append(t.marks, sanitize.Mark{At: len(t.buf), SGR: sgrReset})
}

// WriteStyled appends p with its marks (positions within p).
func (t *Text) WriteStyled(p []byte, marks []sanitize.Mark) (int, error) {
	for _, m := range marks {
		t.marks = append(t.marks, sanitize.Mark{At: len(t.buf) + m.At, SGR: m.SGR})
	}
	t.buf = append(t.buf, p...)
	return len(p), nil
}

// String returns the text without colour.
func (t *Text) String() string { return string(t.buf) }

// Len returns the length of the text in bytes.
func (t *Text) Len() int { return len(t.buf) }

// WriteTo writes the text to w in one call: to a sanitize.StyledWriter (a sanitize.Writer,
// another Text) with its marks; to any other writer with the SGR codes inline, as a
// terminal would get them (tests, files).
func (t *Text) WriteTo(w io.Writer) (int64, error) {
	if sw, ok := w.(sanitize.StyledWriter); ok {
		n, err := sw.WriteStyled(t.buf, t.marks)
		return int64(n), err
	}
	n, err := w.Write(t.inline())
	return int64(n), err
}

// inline returns the text with the SGR codes of its marks put in.
func (t *Text) inline() []byte {
	if len(t.marks) == 0 {
		return t.buf
	}
	out := make([]byte, 0, len(t.buf)+6*len(t.marks))
	prev := 0
	for _, m := range t.marks {
		out = append(out, t.buf[prev:m.At]...)
		out = append(out, "\x1b["...)
		out = append(out, m.SGR...)
		out = append(out, 'm')
		prev = m.At
	}
	return append(out, t.buf[prev:]...)
}

// Print writes s in style st to w (plain unless color), as one Text.
func Print(w io.Writer, s string, st Style, color bool) error {
	t := Text{Color: color}
	t.Style(s, st)
	_, err := t.WriteTo(w)
	return err
}
