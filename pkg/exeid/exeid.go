// Package exeid tells one build of follow from another, so that what a build wrote to
// .follow/cache is never read by a build that would have written something else.
//
// The identity is the Go build ID of the running executable: the toolchain derives it from
// the build's inputs and from the linked binary, so two builds of different source (or
// flags, or toolchain) never share one, while rebuilding the same source gives the same ID.
// (debug.ReadBuildInfo would not do: a development build's module version is "(devel)"
// whatever its source.) The ID is read from the first bytes of the executable: the ELF note
// "Go" near the start of the file on Linux and the BSDs, the marked string at the start of
// the text on macOS and Windows. An executable without a build ID (built with -buildid=,
// or a format that keeps it elsewhere) is identified by a hash of its bytes instead.
package exeid

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"
)

// The build ID is searched for in the first firstRead bytes of the executable (an ELF
// note is within the first few KB), then in the first headSize (the start of the text of
// other formats).
const (
	firstRead = 8 << 10
	headSize  = 64 << 10
)

// Self returns the identity of the running executable: "go:" and its Go build ID, or
// "sha256:" and the hex hash of its bytes when it has none; "" when it cannot be read (then
// nothing may be cached). It is worked out on the first call only.
func Self() string { return self() }

var self = sync.OnceValue(func() string {
	f, err := openSelf()
	if err != nil {
		return ""
	}
	defer f.Close()
	return identify(f)
})

// openSelf opens the running executable. On Linux /proc/self/exe is the file that was
// started, even if a new build has replaced it on disk since.
func openSelf() (*os.File, error) {
	if runtime.GOOS == "linux" {
		if f, err := os.Open("/proc/self/exe"); err == nil {
			return f, nil
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	return os.Open(exe)
}

// identify returns the identity of the executable r: its build ID, else the hash of all
// its bytes.
func identify(r io.ReadSeeker) string {
	head := make([]byte, headSize)
	n, err := io.ReadFull(r, head[:firstRead])
	if err == nil {
		if id := BuildID(head[:n]); id != "" {
			return "go:" + id
		}
		var m int
		m, err = io.ReadFull(r, head[firstRead:])
		n += m
	}
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return ""
	}
	if id := BuildID(head[:n]); id != "" {
		return "go:" + id
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return ""
	}
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return ""
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

var (
	noteName   = []byte("Go\x00\x00") // the name of the ELF note holding the build ID
	rawPrefix  = []byte("\xff Go build ID: \"")
	rawSuffix  = []byte("\"\n \xff")
	maxIDBytes = 256
)

// elfNoteGoBuildID is the type of the ELF note "Go" that holds the build ID.
const elfNoteGoBuildID = 4

// BuildID returns the Go build ID that head, the first bytes of an executable, holds, or
// "" when it holds none: in an ELF file the note named "Go" of type 4, elsewhere the
// string the linker puts at the start of the text, "\xff Go build ID: "..."\n \xff".
func BuildID(head []byte) string {
	if bytes.HasPrefix(head, []byte("\x7fELF")) && len(head) > 5 {
		var order binary.ByteOrder = binary.LittleEndian
		if head[5] == 2 { // EI_DATA: ELFDATA2MSB
			order = binary.BigEndian
		}
		// A note is namesz, descsz and type (4 bytes each), the name padded to 4 bytes,
		// then desc: look for the name and check the three words before it.
		for off := 0; ; {
			i := bytes.Index(head[off:], noteName)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			if i < 12 {
				continue
			}
			namesz := order.Uint32(head[i-12:])
			descsz := int(order.Uint32(head[i-8:]))
			typ := order.Uint32(head[i-4:])
			start := i + len(noteName)
			if namesz != 4 || typ != elfNoteGoBuildID || descsz == 0 || descsz > maxIDBytes || start+descsz > len(head) {
				continue
			}
			if id := head[start : start+descsz]; printable(id) {
				return string(id)
			}
		}
	}
	i := bytes.Index(head, rawPrefix)
	if i < 0 {
		return ""
	}
	rest := head[i+len(rawPrefix):]
	j := bytes.Index(rest[:min(len(rest), maxIDBytes)], rawSuffix)
	if j < 0 {
		return ""
	}
	id, err := strconv.Unquote(`"` + string(rest[:j]) + `"`)
	if err != nil || !printable([]byte(id)) {
		return ""
	}
	return id
}

// printable reports whether b is a plausible build ID: not empty, printable ASCII.
func printable(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c <= ' ' || c > '~' {
			return false
		}
	}
	return true
}
