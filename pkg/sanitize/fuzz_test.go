package sanitize

import (
	"bytes"
	"io"
	"testing"
	"unicode/utf8"
)

// FuzzWriter: whatever is written, in whatever pieces, a Writer never emits a forbidden
// byte; the pieces do not change the output; and text with nothing to escape passes
// unchanged.
func FuzzWriter(f *testing.F) {
	for _, tt := range escapeTests {
		f.Add([]byte(tt.in), []byte{3, 1})
	}
	f.Add([]byte("\xc2\x9b\xe2\x80\xae\r\n\r"), []byte{1, 1, 1, 1, 1, 1, 1})
	f.Fuzz(func(t *testing.T, in, cuts []byte) {
		var whole, pieces bytes.Buffer
		w := NewWriter(&whole)
		w.Write(in)
		w.Flush()

		pw := NewWriter(&pieces)
		rest := in
		for _, c := range cuts {
			n := min(int(c)%8, len(rest))
			pw.Write(rest[:n])
			rest = rest[n:]
		}
		pw.Write(rest)
		pw.Flush()

		out := whole.Bytes()
		if !bytes.Equal(pieces.Bytes(), out) {
			t.Fatalf("in pieces %v: %q, in one write: %q", cuts, pieces.Bytes(), out)
		}
		checkSafe(t, in, out)
		if i, _ := Index(string(in)); i < 0 && !bytes.Equal(out, in) {
			t.Fatalf("clean %q written as %q", in, out)
		}
		if got := String(string(in)); got != string(out) {
			t.Fatalf("String(%q) = %q, the Writer wrote %q", in, got, out)
		}

		// Styled: the marks (anywhere, even inside a character) are the only escape
		// sequences written.
		var styled bytes.Buffer
		sw := NewWriter(&styled)
		var marks []Mark
		at := 0
		for i, c := range cuts {
			at = min(at+int(c)%16, len(in))
			marks = append(marks, Mark{at, []string{"1", "0"}[i%2]})
		}
		if _, err := sw.WriteStyled(in, marks); err != nil {
			t.Fatal(err)
		}
		sw.Flush()
		plain := bytes.ReplaceAll(bytes.ReplaceAll(styled.Bytes(), []byte("\x1b[1m"), nil), []byte("\x1b[0m"), nil)
		checkSafe(t, in, plain)
	})
}

// checkSafe fails unless out is valid UTF-8 holding no forbidden character: no C0 control
// but tab, newline and the CR of a CRLF, no DEL, no C1 control, no bidi control.
func checkSafe(t *testing.T, in, out []byte) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Fatalf("%q: wrote invalid UTF-8 %q", in, out)
	}
	for i, r := range string(out) {
		bad := IsControl(r) || r == '\r' && (i+1 >= len(out) || out[i+1] != '\n')
		if bad {
			t.Fatalf("%q: wrote %U at %d: %q", in, r, i, out)
		}
	}
}

// BenchmarkWriter: a due table of Japanese text, as it goes to the terminal.
func BenchmarkWriter(b *testing.B) {
	line := []byte("G000123  2026-12-01  山田 花子（ヤマダ ハナコ）  株式会社サンプル 本社  1ヶ月フォロー  佐藤\n")
	page := bytes.Repeat(line, 10000)
	w := NewWriter(io.Discard)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		w.Write(page)
	}
}
