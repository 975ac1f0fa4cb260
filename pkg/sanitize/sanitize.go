// Package sanitize is the one boundary between text follow prints and the terminal that
// shows it. Records are shared through git, so a name, a note or a file name may hold bytes a
// colleague never meant to type: ESC sequences that set the window title, clear the screen or
// write the clipboard (OSC 52), C1 controls that act as ESC, or bidi overrides that make a
// line read differently from what it holds. Every byte follow writes to stdout and stderr
// passes a Writer, which shows such characters escaped (\x1b, \u009b, \u202e) and never
// emits them.
//
// follow's own colour is the one exception, and it cannot be smuggled in as text: it reaches
// the terminal only through WriteStyled, as marks beside the text, and a mark can only be an
// SGR sequence (ESC [ digits and semicolons m).
//
// What is escaped, wherever it appears:
//   - C0 controls other than tab and newline (a CR only when a LF follows: CSV and ICS
//     end their lines in CRLF), and DEL;
//   - C1 controls U+0080–U+009F (also when a Write ends in the middle of one);
//   - the bidi embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069;
//   - bytes that are not UTF-8.
//
// C0 controls and invalid bytes are written \xNN; DEL and the other characters \uNNNN,
// which inside a JSON string is the JSON escape of the same character, so JSON output stays
// valid JSON with the same meaning (encoding/json already escapes C0 itself). Everything
// else, Japanese text, tabs, CRLF and a byte order mark included, passes unchanged.
package sanitize

import (
	"fmt"
	"io"
	"sync"
	"unicode/utf8"
)

// IsControl reports whether a Writer shows r escaped wherever it appears: a C0 control other
// than tab, newline and CR, DEL, a C1 control, or a bidi embedding, override or isolate
// control. (A CR is escaped unless a LF follows it; an invalid byte is always escaped.)
func IsControl(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r'
	case r < 0x7f:
		return false
	case r <= 0x9f: // DEL and C1
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Escape returns how a Writer shows r: \xNN for a C0 control, \uNNNN for DEL and above.
// (An invalid byte b is shown \xNN too: Escape(rune(b)) is not that, see Index.)
func Escape(r rune) string {
	return string(appendEscape(nil, r))
}

const hexDigits = "0123456789abcdef"

// appendEscape appends the escape of r (\xNN below 0x20, else \uNNNN) to dst.
func appendEscape(dst []byte, r rune) []byte {
	if r < 0x20 {
		return append(dst, '\\', 'x', hexDigits[r>>4], hexDigits[r&0xf])
	}
	return append(dst, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}

// appendByte appends the escape of an invalid byte, \xNN.
func appendByte(dst []byte, b byte) []byte {
	return append(dst, '\\', 'x', hexDigits[b>>4], hexDigits[b&0xf])
}

// Index returns the byte offset in s of the first character a Writer would escape and that
// character, or -1 and 0 when there is none. An invalid byte is returned as
// utf8.RuneError, a CR not followed by LF as '\r'.
func Index(s string) (int, rune) {
	return IndexBytes([]byte(s)) // a copy only past 32 bytes: IndexBytes keeps nothing
}

// IndexBytes is Index for a byte slice.
func IndexBytes(b []byte) (int, rune) {
	i := clean(b, true)
	if i == len(b) {
		return -1, 0
	}
	if c := b[i]; c < utf8.RuneSelf {
		return i, rune(c)
	}
	r, _ := utf8.DecodeRune(b[i:])
	return i, r
}

// String returns s as a Writer would write it.
func String(s string) string {
	if i, _ := Index(s); i < 0 {
		return s
	}
	out, _ := appendEscaped(nil, []byte(s), true)
	return string(out)
}

// clean returns the length of the longest prefix of p that a Writer passes unchanged.
// Unless final, a CR or an incomplete UTF-8 sequence at the very end also ends it: the bytes
// after them decide (a CR followed by LF passes; C2 followed by 9B is the C1 control CSI).
func clean(p []byte, final bool) int {
	i := 0
	for i < len(p) {
		c := p[i]
		if c-0x20 < 0x7f-0x20 || c == '\n' || c == '\t' { // printable ASCII, newline, tab
			i++
			continue
		}
		switch {
		case c == '\r':
			if i+1 < len(p) && p[i+1] == '\n' {
				i += 2
				continue
			}
			return i
		case c < utf8.RuneSelf:
			return i
		case c >= 0xe3 && c != 0xed && c <= 0xef && i+2 < len(p) && p[i+1]&0xc0 == 0x80 && p[i+2]&0xc0 == 0x80:
			// U+3000–U+CFFF and U+E000–U+FFFF, kana and kanji among them: always valid
			// and never a control, so Japanese text needs no decoding.
			i += 3
		default:
			if !final && !utf8.FullRune(p[i:]) {
				return i
			}
			r, size := utf8.DecodeRune(p[i:])
			if r == utf8.RuneError && size == 1 || IsControl(r) {
				return i
			}
			i += size
		}
	}
	return i
}

// one appends to dst the first character of p as a Writer shows it (a CRLF counts as one)
// and returns its size in p; size 0 means that, unless final, it cannot be decided yet.
func one(dst, p []byte, final bool) ([]byte, int) {
	if n := clean(p[:min(len(p), 2*utf8.UTFMax)], final); n > 0 {
		size := 1 // the first character of the clean prefix
		switch {
		case p[0] == '\r':
			size = 2
		case p[0] >= utf8.RuneSelf:
			_, size = utf8.DecodeRune(p)
		}
		return append(dst, p[:size]...), size
	}
	c := p[0]
	switch {
	case c == '\r' && len(p) == 1 && !final:
		return dst, 0
	case c < utf8.RuneSelf:
		return appendEscape(dst, rune(c)), 1
	case !final && !utf8.FullRune(p):
		return dst, 0
	}
	r, size := utf8.DecodeRune(p)
	if r == utf8.RuneError && size == 1 {
		return appendByte(dst, c), 1
	}
	return appendEscape(dst, r), size
}

// appendEscaped appends p to dst with every forbidden character escaped and returns it with
// the number of bytes of p it consumed: all of them when final, else all but a trailing CR
// or incomplete UTF-8 sequence.
func appendEscaped(dst, p []byte, final bool) ([]byte, int) {
	i := 0
	for {
		n := clean(p[i:], final)
		dst = append(dst, p[i:i+n]...)
		i += n
		if i == len(p) {
			return dst, i
		}
		var size int
		if dst, size = one(dst, p[i:], final); size == 0 {
			return dst, i
		}
		i += size
	}
}

// Mark is a point in styled text where follow's own colour changes: the SGR sequence
// ESC [ SGR m is written before the byte at At. SGR holds only digits and semicolons
// ("1" bold, "31" red, "0" reset).
type Mark struct {
	At  int
	SGR string
}

// StyledWriter is a writer that also takes text with colour marks: the text is untrusted
// like everything written with Write, the marks are follow's own. A Writer is one;
// render.Text collects styled text to write later.
type StyledWriter interface {
	io.Writer
	WriteStyled(p []byte, marks []Mark) (int, error)
}

// Writer escapes what is written to it (see the package comment) and passes it to the
// writer it wraps, one Write of that writer per call. It may be used from several
// goroutines at once. A CR or an incomplete UTF-8 sequence at the end of a Write is held
// until the next Write shows what follows it; Flush writes what is held, escaped, and is
// called when the program ends.
type Writer struct {
	mu    sync.Mutex
	w     io.Writer
	carry []byte // held from the last Write: a CR or an incomplete UTF-8 sequence
	buf   []byte
}

// NewWriter returns a Writer that writes to w. A Writer given another Writer returns it.
func NewWriter(w io.Writer) *Writer {
	if sw, ok := w.(*Writer); ok {
		return sw
	}
	return &Writer{w: w}
}

// Unwrap returns the writer w wraps: for a program the user chose to hand the terminal to
// (their editor), never for text.
func (w *Writer) Unwrap() io.Writer { return w.w }

// Write writes p with every forbidden character escaped. It returns len(p) when the
// underlying write succeeds.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.carry) == 0 {
		// The common case: nothing held, nothing to escape; p is written as it is.
		if clean(p, false) == len(p) {
			if _, err := w.w.Write(p); err != nil {
				return 0, err
			}
			return len(p), nil
		}
	}
	out := w.escape(w.buf[:0], p, false)
	if err := w.flushOut(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// WriteStyled writes p like Write, with the SGR sequence of each mark before the byte at
// its position. Marks must be in order, within p, and hold only digits and semicolons;
// otherwise nothing is written and an error returned.
func (w *Writer) WriteStyled(p []byte, marks []Mark) (int, error) {
	if err := checkMarks(p, marks); err != nil {
		return 0, err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	out := w.buf[:0]
	prev := 0
	for _, m := range marks {
		out = w.escape(out, p[prev:m.At], true) // a colour change ends what was held
		out = append(out, "\x1b["...)
		out = append(out, m.SGR...)
		out = append(out, 'm')
		prev = m.At
	}
	out = w.escape(out, p[prev:], false)
	if err := w.flushOut(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what the last Write held back (a CR or part of a UTF-8 sequence that never
// came), escaped.
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.carry) == 0 {
		return nil
	}
	out, _ := appendEscaped(w.buf[:0], w.carry, true)
	w.carry = w.carry[:0]
	return w.flushOut(out)
}

// escape appends the held bytes and p to dst, escaped, and holds what the next write must
// decide (unless final).
func (w *Writer) escape(dst, p []byte, final bool) []byte {
	if k := len(w.carry); k > 0 {
		// At most 3 bytes are held: the first bytes of p complete (or break) them.
		var tmp [2 * utf8.UTFMax]byte
		n := min(len(p), utf8.UTFMax)
		joined := append(append(tmp[:0], w.carry...), p[:n]...)
		w.carry = w.carry[:0]
		i := 0
		for i < k {
			var size int
			if dst, size = one(dst, joined[i:], final && n == len(p)); size == 0 {
				// Still undecided: p is that short.
				w.carry = append(w.carry, joined[i:]...)
				return dst
			}
			i += size
		}
		p = p[i-k:]
	}
	dst, used := appendEscaped(dst, p, final)
	w.carry = append(w.carry, p[used:]...)
	return dst
}

// flushOut writes out to the underlying writer and keeps its buffer for the next call.
func (w *Writer) flushOut(out []byte) error {
	if cap(out) <= 64<<10 {
		w.buf = out[:0]
	}
	if len(out) == 0 {
		return nil
	}
	_, err := w.w.Write(out)
	return err
}

// checkMarks reports marks that are out of order, outside p or not SGR parameters.
func checkMarks(p []byte, marks []Mark) error {
	prev := 0
	for _, m := range marks {
		if m.At < prev || m.At > len(p) {
			return fmt.Errorf("sanitize: mark at %d out of order or outside %d bytes", m.At, len(p))
		}
		prev = m.At
		if m.SGR == "" || len(m.SGR) > 32 {
			return fmt.Errorf("sanitize: mark %q is not an SGR sequence", m.SGR)
		}
		for i := 0; i < len(m.SGR); i++ {
			if c := m.SGR[i]; (c < '0' || c > '9') && c != ';' {
				return fmt.Errorf("sanitize: mark %q is not an SGR sequence", m.SGR)
			}
		}
	}
	return nil
}
