package record

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// MaxSize is the largest record follow reads. A follow-up log this large is almost surely
// not a record (a pasted export, a binary); reading it whole would only waste memory.
const MaxSize = 8 << 20

// Error is a problem that stops a record from being read at all. Line and Column are
// 1-based positions in the file (0 when unknown).
type Error struct {
	Path   string
	Line   int
	Column int
	Rule   string
	Msg    string
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// layout is where the parts of a record file are, as byte offsets into the source.
type layout struct {
	bom       bool // the file starts with a UTF-8 byte order mark
	yamlStart int  // first byte of the YAML text (the line after the opening ---)
	yamlEnd   int  // first byte of the closing --- line
	bodyStart int  // first byte after the closing --- line and its line end
	yamlLine  int  // file line number of the first YAML line
	closeLine int  // file line number of the closing ---
	crlf      bool // the opening line ends in CRLF: new lines are written the same way
}

var bomBytes = []byte{0xEF, 0xBB, 0xBF}

// split finds the front matter of a record by itself rather than trusting a library: the
// opening --- must be the first line (after an optional BOM), the closing --- must stand
// alone at column 0 (an indented --- inside a block scalar does not close it), and a missing
// closing line is an error, not an empty front matter.
func split(path string, src []byte) (layout, error) {
	var l layout
	if len(src) == 0 {
		return l, &Error{Path: path, Rule: "frontmatter", Msg: "empty file: a record starts with a front matter block between two --- lines"}
	}
	if len(src) > MaxSize {
		return l, &Error{Path: path, Rule: "size", Msg: fmt.Sprintf("file is %d bytes, larger than the %d bytes a record may have", len(src), MaxSize)}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := lineCol(src, i)
		return l, &Error{Path: path, Line: line, Column: col, Rule: "encoding", Msg: "file contains a NUL byte: it is binary, not a markdown record"}
	}
	if !utf8.Valid(src) {
		i := firstInvalidUTF8(src)
		line, col := lineCol(src, i)
		return l, &Error{Path: path, Line: line, Column: col, Rule: "encoding", Msg: "file is not valid UTF-8 (save it as UTF-8)"}
	}
	pos := 0
	if bytes.HasPrefix(src, bomBytes) {
		l.bom = true
		pos = 3
	}
	first, next, eol := readLine(src, pos)
	if string(trimRightSpace(first)) != "---" {
		return l, &Error{Path: path, Line: 1, Column: 1, Rule: "frontmatter", Msg: "no front matter: the first line must be ---"}
	}
	if eol == "" {
		return l, &Error{Path: path, Line: 1, Column: 1, Rule: "frontmatter", Msg: "front matter is not closed: no line --- after the first one"}
	}
	l.crlf = eol == "\r\n"
	l.yamlStart = next
	l.yamlLine = 2
	line := 2
	for p := next; p < len(src); line++ {
		text, after, _ := readLine(src, p)
		tb := trimRightSpace(text)
		if isDocEnd(tb) {
			l.yamlEnd = p
			l.bodyStart = after
			l.closeLine = line
			if i := lineBreakInYAML(src[l.yamlStart:l.yamlEnd]); i >= 0 {
				line, col := lineCol(src, l.yamlStart+i)
				return l, &Error{Path: path, Line: line, Column: col, Rule: "encoding", Msg: "front matter contains a line break other than LF or CRLF (a lone CR, U+0085, U+2028 or U+2029): YAML counts it as a new line; remove it"}
			}
			return l, nil
		}
		if len(tb) > 3 && (tb[0] == '-' || tb[0] == '.') && (tb[3] == ' ' || tb[3] == '\t') && (bytes.HasPrefix(tb, []byte("---")) || bytes.HasPrefix(tb, []byte("..."))) {
			t := string(tb)
			return l, &Error{Path: path, Line: line, Column: 1, Rule: "frontmatter", Msg: "a line starting with " + t[:3] + " inside the front matter starts a second YAML document, which follow would ignore: the front matter ends with a line " + t[:3] + " alone"}
		}
		p = after
	}
	return l, &Error{Path: path, Line: 1, Column: 1, Rule: "frontmatter", Msg: "front matter is not closed: no line --- at the start of a line after the first one"}
}

// lineBreakInYAML returns the offset of the first character YAML reads as a line break but
// record does not (a CR not followed by LF, NEL, LS, PS), or -1.
// isDocEnd reports whether a line (without trailing spaces) ends a YAML document: --- or
// ... alone. The comparisons make no string.
func isDocEnd(b []byte) bool { return string(b) == "---" || string(b) == "..." }

func lineBreakInYAML(b []byte) int {
	first := -1
	found := func(i int) {
		if i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	// A CR not followed by LF.
	for off := 0; ; {
		i := bytes.IndexByte(b[off:], '\r')
		if i < 0 {
			break
		}
		if i += off; i+1 == len(b) || b[i+1] != '\n' {
			found(i)
			break
		}
		off = i + 1
	}
	found(bytes.Index(b, []byte("\u0085")))
	found(bytes.Index(b, []byte("\u2028")))
	found(bytes.Index(b, []byte("\u2029")))
	return first
}

// readLine returns the line starting at pos without its line end, the offset of the next
// line, and the line end that was found ("\n", "\r\n" or "" at end of input).
func readLine(src []byte, pos int) (line []byte, next int, eol string) {
	i := bytes.IndexByte(src[pos:], '\n')
	if i < 0 {
		return src[pos:], len(src), ""
	}
	end := pos + i
	if end > pos && src[end-1] == '\r' {
		return src[pos : end-1], end + 1, "\r\n"
	}
	return src[pos:end], end + 1, "\n"
}

func trimRightSpace(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

func firstInvalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// lineCol converts a byte offset to a 1-based line and a 1-based column counted in characters.
func lineCol(src []byte, off int) (int, int) {
	if off > len(src) {
		off = len(src)
	}
	line := 1 + bytes.Count(src[:off], []byte{'\n'})
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(src[start:off])
}
