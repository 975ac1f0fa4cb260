package store

import (
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/staffnote/follow/pkg/record"
)

// headChunk is the first read of a record's head; most front matters fit in it.
const headChunk = 8 << 10

// readHeadKeyed reads the front matter of a record without its body: follow due needs
// nothing else, and a log of years of visits need not be read every morning. When the front
// matter is not closed, the whole file (within the size limit) is returned so that Parse
// reports the problem. It also returns the identity and change marks of the version it
// read; keyed is false when the file changed while it was read (or has no identity), so
// that nothing is cached for it. st, when not nil, is what a stat of path just said.
func readHeadKeyed(path string, st fs.FileInfo) (head []byte, key FileKey, keyed bool, err error) {
	f, st, err := openRecordFileStat(path, st)
	if err != nil {
		return nil, FileKey{}, false, err
	}
	defer f.Close()
	key, keyed = fileKey(st)
	buf := make([]byte, 0, min(int64(headChunk), st.Size()+1))
	for {
		if len(buf) == cap(buf) {
			grown := make([]byte, len(buf), 2*cap(buf)+1)
			copy(grown, buf)
			buf = grown
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		end := record.FrontMatterLen(buf)
		if end >= 0 || err == io.EOF || (err == nil && n == 0) {
			if end >= 0 {
				buf = buf[:end]
			}
			if keyed {
				again, serr := f.Stat()
				k2, ok := FileKey{}, false
				if serr == nil {
					k2, ok = fileKey(again)
				}
				keyed = ok && k2 == key
			}
			return buf, key, keyed, nil
		}
		if err != nil {
			return nil, FileKey{}, false, err
		}
		if len(buf) > record.MaxSize {
			return nil, FileKey{}, false, &record.Error{Path: path, Rule: "size", Msg: "file grew past the size limit while it was read"}
		}
	}
}

// openRecordFile opens a file that may be a record: a regular file within the size limit.
// Opening a FIFO blocks until someone writes to it, and a device may never end, so
// anything but a regular file is refused before it is opened (and again after, in case it
// was swapped in between).
func openRecordFile(path string) (*os.File, os.FileInfo, error) {
	st, _ := os.Stat(path)
	return openRecordFileStat(path, st)
}

// openRecordFileStat is openRecordFile when the caller has just stat-ed path (st may be nil).
func openRecordFileStat(path string, st fs.FileInfo) (*os.File, os.FileInfo, error) {
	if st != nil && !st.Mode().IsRegular() {
		return nil, nil, &record.Error{Path: path, Rule: "file", Msg: "not a regular file"}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	st, err = f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, &record.Error{Path: path, Rule: "file", Msg: "not a regular file"}
	}
	if st.Size() > record.MaxSize {
		f.Close()
		return nil, nil, &record.Error{Path: path, Rule: "size", Msg: fmt.Sprintf("file is %d bytes, larger than the %d bytes a record may have; not read", st.Size(), record.MaxSize)}
	}
	return f, st, nil
}
