package importer

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
)

// Encoding is how a file's bytes are text.
type Encoding string

// The encodings follow import reads. Auto tells UTF-8 (with or without a byte order mark)
// from Shift_JIS by the bytes; CP932 is Shift_JIS as Windows and Excel write it (code page
// 932, Windows-31J: NEC and IBM extensions such as ① and 髙 included).
const (
	Auto  Encoding = "auto"
	UTF8  Encoding = "utf-8"
	CP932 Encoding = "cp932"
)

// ParseEncoding reads the --encoding flag: auto, utf-8 (utf8), cp932 (shift_jis, sjis,
// windows-31j), in any letter case.
func ParseEncoding(s string) (Encoding, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, true
	case "utf-8", "utf8":
		return UTF8, true
	case "cp932", "shift_jis", "shift-jis", "sjis", "windows-31j", "ms932":
		return CP932, true
	}
	return "", false
}

var bom = []byte{0xEF, 0xBB, 0xBF}

// Decode returns src as UTF-8 text, the encoding it was read in, and nil; or, when src is
// not text in enc (in no encoding follow reads, with Auto), a problem with the line of the
// first byte that is not.
func Decode(file string, src []byte, enc Encoding) ([]byte, Encoding, *Problem) {
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		p := problem(file, 0, "", "import.utf16")
		return nil, "", &p
	}
	switch enc {
	case UTF8:
		return decodeUTF8(file, src)
	case CP932:
		return decodeCP932(file, src)
	}
	if bytes.HasPrefix(src, bom) || utf8.Valid(src) {
		return decodeUTF8(file, src)
	}
	out, used, p := decodeCP932(file, src)
	if p != nil {
		q := problem(file, p.Line, "", "import.noencoding")
		return nil, "", &q
	}
	return out, used, nil
}

func decodeUTF8(file string, src []byte) ([]byte, Encoding, *Problem) {
	src = bytes.TrimPrefix(src, bom)
	if !utf8.Valid(src) {
		p := problem(file, lineAt(src, invalidUTF8(src)), "", "import.notutf8")
		return nil, "", &p
	}
	return src, UTF8, nil
}

// invalidUTF8 returns the offset of the first byte of src that is not UTF-8.
func invalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(src)
}

func decodeCP932(file string, src []byte) ([]byte, Encoding, *Problem) {
	out, err := japanese.ShiftJIS.NewDecoder().Bytes(src)
	if err != nil {
		p := problem(file, 0, "", "import.notcp932")
		return nil, "", &p
	}
	// The decoder writes U+FFFD for a byte sequence Shift_JIS does not have (it has no
	// U+FFFD of its own). Line ends are ASCII in both, so the line is the same.
	if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
		p := problem(file, lineAt(out, i), "", "import.notcp932")
		return nil, "", &p
	}
	return out, CP932, nil
}

// lineAt is the 1-based line of offset off in text.
func lineAt(text []byte, off int) int {
	return 1 + bytes.Count(text[:min(off, len(text))], []byte("\n"))
}
