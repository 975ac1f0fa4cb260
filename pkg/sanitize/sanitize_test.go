package sanitize

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// hostile is what one commit to a shared records repository could hold: a window title
// and a clear screen, an OSC 52 clipboard write, C1 controls (CSI as one character), a
// bidi override, DEL, a lone CR that rewrites the line, and bytes that are not UTF-8.
var escapeTests = []struct{ in, want string }{
	{"山田 花子\n", "山田 花子\n"},
	{"tab\there\r\n", "tab\there\r\n"},
	{"\x1b]0;pwned\a\x1b[2J", `\x1b]0;pwned\x07\x1b[2J`},
	{"\x1b]52;c;ZWNobyBoaQ==\a", `\x1b]52;c;ZWNobyBoaQ==\x07`},
	{"a\u009b31mb\u0085c", `a\u009b31mb\u0085c`},
	{"\u202eevil\u202c \u2066x\u2069", `\u202eevil\u202c \u2066x\u2069`},
	{"del\x7f", `del\u007f`},
	{"over\rwrite", `over\x0dwrite`},
	{"end\r", `end\x0d`},
	{"\x00\x08\x0b\x0c\x1f", `\x00\x08\x0b\x0c\x1f`},
	{"bad\xff\xc2 \xe3\x81", `bad\xff\xc2 \xe3\x81`},
	{"\ufeffid,name\r\n", "\ufeffid,name\r\n"},             // the BOM of CSV for Excel passes
	{"\u00a0\u200b\u2028ｶﾀｶﾅ①", "\u00a0\u200b\u2028ｶﾀｶﾅ①"}, // not controls
	{"\ufffd", "\ufffd"},                                   // a real U+FFFD is text
}

func write(t *testing.T, chunks ...string) string {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b)
	for _, c := range chunks {
		if n, err := w.Write([]byte(c)); n != len(c) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", c, n, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriterEscapes(t *testing.T) {
	for _, tt := range escapeTests {
		if got := write(t, tt.in); got != tt.want {
			t.Errorf("write %q = %q, want %q", tt.in, got, tt.want)
		}
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriterSplit: a Write may end anywhere, in the middle of a CRLF, of a C1 control
// (C2 | 9B) or of a kanji; the output is the same as for one Write.
func TestWriterSplit(t *testing.T) {
	for _, tt := range escapeTests {
		for cut := 0; cut <= len(tt.in); cut++ {
			for cut2 := cut; cut2 <= len(tt.in); cut2++ {
				if got := write(t, tt.in[:cut], tt.in[cut:cut2], tt.in[cut2:]); got != tt.want {
					t.Errorf("write %q | %q | %q = %q, want %q", tt.in[:cut], tt.in[cut:cut2], tt.in[cut2:], got, tt.want)
				}
			}
		}
	}
	// Byte by byte.
	in := "日本\u009b2J\r\n\u202e語\r"
	var bytewise []string
	for i := range len(in) {
		bytewise = append(bytewise, in[i:i+1])
	}
	if got, want := write(t, bytewise...), `日本\u009b2J`+"\r\n"+`\u202e語\x0d`; got != want {
		t.Errorf("byte by byte: %q, want %q", got, want)
	}
}

// TestWriterHoldsOnlyWhatIsUndecided: a Write ending in the middle of a character holds
// those bytes (nothing is written that a later byte could turn into a control), and the
// rest goes out at once.
func TestWriterHoldsOnlyWhatIsUndecided(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	w.Write([]byte("ok\xc2"))
	if b.String() != "ok" {
		t.Fatalf("after a trailing C2: %q, want %q", b.String(), "ok")
	}
	w.Write([]byte("\x9b"))
	if b.String() != `ok\u009b` {
		t.Fatalf("C2 then 9B: %q", b.String())
	}
	w.Write([]byte("line\r"))
	w.Write([]byte("\n"))
	if b.String() != `ok\u009b`+"line\r\n" {
		t.Fatalf("CR then LF: %q", b.String())
	}
}

// TestJSONStaysValid: what encoding/json writes, passed through a Writer, is still JSON
// and decodes to the same strings.
func TestJSONStaysValid(t *testing.T) {
	var in []string
	for _, tt := range escapeTests {
		in = append(in, tt.in)
	}
	in = append(in, "\x7f\u0080\u009f\u202a\u2069")
	src, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out := write(t, string(src))
	if !json.Valid([]byte(out)) {
		t.Fatalf("not JSON after the Writer: %s", out)
	}
	var back []string
	if err := json.Unmarshal([]byte(out), &back); err != nil {
		t.Fatal(err)
	}
	for i := range in {
		// encoding/json replaces each invalid byte with U+FFFD, as []rune does; the rest
		// comes back as it was.
		if want := string([]rune(in[i])); back[i] != want {
			t.Errorf("%q came back as %q", want, back[i])
		}
	}
}

func TestWriteStyled(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	text := "ID  \x1b[2J山田\n"
	n, err := w.WriteStyled([]byte(text), []Mark{{0, "1"}, {2, "0"}, {4, "31"}, {len(text) - 1, "0"}})
	if n != len(text) || err != nil {
		t.Fatalf("WriteStyled = %d, %v", n, err)
	}
	want := "\x1b[1mID\x1b[0m  \x1b[31m" + `\x1b[2J山田` + "\x1b[0m\n"
	if b.String() != want {
		t.Errorf("WriteStyled wrote %q, want %q", b.String(), want)
	}

	for _, marks := range [][]Mark{
		{{0, "1m\x1b]0;x\a"}},    // only SGR parameters
		{{0, ""}},                // an empty mark
		{{3, "1"}, {1, "0"}},     // out of order
		{{len(text) + 1, "0"}},   // outside the text
		{{-1, "0"}},              // before it
		{{0, "38;5;196;1m\x07"}}, // anything but digits and ;
	} {
		b.Reset()
		if _, err := w.WriteStyled([]byte(text), marks); err == nil || b.Len() != 0 {
			t.Errorf("marks %+v: err %v, wrote %q", marks, err, b.String())
		}
	}
}

func TestIndex(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		r    rune
		name string
	}{
		{"山田 花子", -1, 0, "clean"},
		{"a\r\nb", -1, 0, "CRLF"},
		{"名前\x1b]0;x", 6, 0x1b, "ESC"},
		{"a\rb", 1, '\r', "lone CR"},
		{"ab\r", 2, '\r', "CR at the end"},
		{"x\u009b", 1, 0x9b, "C1"},
		{"右\u202e", 3, 0x202e, "bidi"},
		{"\xff", 0, utf8.RuneError, "invalid byte"},
		{"\ufffd\x7f", 3, 0x7f, "U+FFFD is text, DEL is not"},
	}
	for _, tt := range tests {
		if i, r := Index(tt.s); i != tt.i || r != tt.r {
			t.Errorf("%s: Index(%q) = %d, %U; want %d, %U", tt.name, tt.s, i, r, tt.i, tt.r)
		}
	}
}

func TestIsControl(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := r < 0x20 && r != '\t' && r != '\n' && r != '\r' ||
			r >= 0x7f && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
		if got := IsControl(r); got != want {
			t.Errorf("IsControl(%U) = %v", r, got)
		}
	}
	if got := Escape(0x1b) + Escape(0x7f) + Escape(0x9b) + Escape(0x202e); got != `\x1b\u007f\u009b\u202e` {
		t.Errorf("Escape: %s", got)
	}
}

func TestNewWriterDoesNotWrapTwice(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	if NewWriter(w) != w {
		t.Error("a Writer wrapped a Writer: escapes would be escaped again")
	}
	if w.Unwrap() != &b {
		t.Error("Unwrap does not give the wrapped writer")
	}
}
