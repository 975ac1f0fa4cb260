package record

import (
	"bytes"
	"fmt"
)

// Hooks for the tests of the body scanner in package record_test (which may import the
// record generator; package record may not, the generator imports it).

// ScanEntriesForTest runs the body scanner.
func ScanEntriesForTest(r *Record) ([]Entry, []Problem) { return r.scanEntries() }

// GoldmarkEntriesForTest runs the reference reader (bodyref_test.go).
func GoldmarkEntriesForTest(r *Record) ([]Entry, []Problem) { return r.parseEntriesGoldmark() }

// ReadsAlikeForTest reports whether the two read body alike by docs/FORMAT.md (readsAlike).
func ReadsAlikeForTest(prefix, body []byte) bool { return readsAlike(prefix, body) }

// BodyRecordForTest makes a record of the bytes prefix+body whose body starts after
// prefix, without reading the front matter: the body parsers need nothing else. Unlike
// Parse it lets through any bytes (NUL, invalid UTF-8), so the scanner is tried on those too.
func BodyRecordForTest(prefix, body []byte) *Record {
	src := make([]byte, 0, len(prefix)+len(body))
	src = append(append(src, prefix...), body...)
	return &Record{Path: "fuzz.md", Src: src, lay: layout{bodyStart: len(prefix)}}
}

// CheckNextLineForTest compares matchNextLine with nextLineRE on t and describes the
// difference, or returns "".
func CheckNextLineForTest(t string) string {
	m := nextLineRE.FindStringSubmatch(t)
	label, val, ok := matchNextLine(t)
	switch {
	case ok != (m != nil):
		return fmt.Sprintf("matchNextLine(%q) = %v, the regexp matches: %v", t, ok, m != nil)
	case ok && (val != m[2] || label != m[1]):
		return fmt.Sprintf("matchNextLine(%q) = %q %q, the regexp gives %q %q", t, label, val, m[1], m[2])
	}
	return ""
}

// CheckTrimSpaceForTest compares trimSpace with bytes.TrimSpace on b and describes the
// difference, or returns "".
func CheckTrimSpaceForTest(b []byte) string {
	if got, want := trimSpace(b), bytes.TrimSpace(b); !bytes.Equal(got, want) {
		return fmt.Sprintf("trimSpace(%q) = %q, bytes.TrimSpace gives %q", b, got, want)
	}
	return ""
}
