package record

import "testing"

// lineBreakByBytes is the first, byte-by-byte form of lineBreakInYAML, kept as the
// reference for the faster one.
func lineBreakByBytes(b []byte) int {
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n'):
			return i
		case b[i] == 0xC2 && i+1 < len(b) && b[i+1] == 0x85:
			return i
		case b[i] == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0xA8 || b[i+2] == 0xA9):
			return i
		}
	}
	return -1
}

func TestLineBreakInYAML(t *testing.T) {
	for _, s := range []string{"", "a: b\n", "a: b\r\nc: d\r\n", "a\rb", "a: b\r", "x\u0085y", "x\u2028y\rz", "\r\n\u2029",
		"a\r\n\u2028\r", "…\u2026\xe2\x80", "\xc2", "\xe2\x80\xa8", "名前: 山田\r\n次\u2029"} {
		if got, want := lineBreakInYAML([]byte(s)), lineBreakByBytes([]byte(s)); got != want {
			t.Errorf("lineBreakInYAML(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzLineBreakInYAML(f *testing.F) {
	f.Add([]byte("a: b\r\nc\u2028d\re"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := lineBreakInYAML(b), lineBreakByBytes(b); got != want {
			t.Fatalf("lineBreakInYAML(%q) = %d, want %d", b, got, want)
		}
	})
}
