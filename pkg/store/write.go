package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/gofrs/flock"

	"github.com/staffnote/follow/pkg/record"
)

// Temporary files. A write goes to a temporary file beside the record, which is synced and
// renamed over it. Its name is hidden and fixed for the record and the records directory:
// ".<record>.md.follow-tmp-<hex>", hex naming the records directory (see tempName). follow
// never reads such files as records, and the .gitignore that follow init writes ignores them
// (.*.follow-tmp-*).
//
// A crash before the rename leaves that file behind. No write lists a folder to find such
// leftovers, so that a write costs the same in a folder of ten records or of forty thousand;
// instead:
//
//   - the next write of the same record removes it by name, before it writes its own;
//   - before it creates its temporary file, a write notes the file's name in .follow/writing
//     and removes the note once the record is renamed into place; the next write of any
//     record in the records directory (it holds the same lock) reads the note and removes
//     the file the crashed write left.
//
// The note is not synced (that would cost another disk flush on every write): after a power
// loss it can be lost while the temporary file survives, and then the file stays until its
// record is written again.
const (
	tmpMarker = ".follow-tmp-"
	noteName  = "writing" // in StateDir: the temporary file a write in progress may leave
)

// Lock takes the records directory's write lock (.follow/lock, never a record itself) and
// returns the function that releases it. Every read-modify-write of a record happens under it.
func (s *Store) Lock() (func(), error) {
	dir, err := s.EnsureStateDir()
	if err != nil {
		return nil, err
	}
	l := flock.New(filepath.Join(dir, "lock"))
	if err := l.Lock(); err != nil {
		return nil, fmt.Errorf("cannot lock %s: %w", l.Path(), err)
	}
	return func() { _ = l.Unlock() }, nil
}

// EnsureStateDir creates .follow/ with a .gitignore that ignores everything in it.
func (s *Store) EnsureStateDir() (string, error) {
	dir := filepath.Join(s.Root, StateDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	gi := filepath.Join(dir, ".gitignore")
	if _, err := os.Stat(gi); errors.Is(err, fs.ErrNotExist) {
		_ = os.WriteFile(gi, []byte("# follow's lock, drafts and cache: never commit them\n*\n"), 0o644)
	}
	return dir, nil
}

// Inside reports whether path is inside the records directory (after resolving symbolic
// links of the folders), so nothing is ever written elsewhere.
func (s *Store) Inside(path string) bool {
	root, err := resolve(s.Root)
	if err != nil {
		return false
	}
	_, ok := folderIn(root, path)
	return ok
}

// folderIn returns the folder of path relative to root, the records directory resolved,
// and whether it is inside it (after resolving symbolic links).
func folderIn(root, path string) (string, bool) {
	dir, err := resolve(filepath.Dir(path))
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(root, dir)
	return rel, err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// resolve returns the absolute path of a folder with its symbolic links resolved.
func resolve(dir string) (string, error) {
	p, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", err
	}
	return filepath.Abs(p)
}

// WriteRecord replaces path with rec.Src atomically: a temporary file in the same folder is
// written, synced and renamed over the target, then the folder is synced. A reader sees the
// old file or the new one, never a part; a crash at any point leaves the old or the new file
// and at most a hidden temporary file, which a later write removes (see tmpMarker). It never
// lists the folder. rec is the record read back from the bytes it writes (as ops.Check
// returns it): the names index takes the people it names from rec.
//
// An existing file keeps its permission bits exactly (follow never widens them). A new file
// takes those of the records beside it (the bits every one of them has, without execute
// bits, and always readable and writable by its owner), or, alone, 0600 less the umask.
// A symbolic link is never written through, and nothing is written outside the records
// directory. The caller holds the lock (Lock).
func (s *Store) WriteRecord(path string, rec *record.Record) error {
	return s.write(path, rec.Src, rec)
}

// write is WriteRecord of data; rec, when not nil, is data read back (the tests also write
// bytes that are not a record: the names index is then left to be rebuilt).
func (s *Store) write(path string, data []byte, rec *record.Record) error {
	root, err := resolve(s.Root)
	if err != nil {
		return fmt.Errorf("%s: refusing to write outside the records directory %s", path, s.Root)
	}
	folder, inside := folderIn(root, path)
	if !inside {
		return fmt.Errorf("%s: refusing to write outside the records directory %s", path, s.Root)
	}
	mode, chmod := fs.FileMode(0), true // chmod false: keep the mode the temp file was created with
	st, err := os.Lstat(path)
	switch {
	case err == nil && st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s: is a symbolic link; follow does not write through links", path)
	case err == nil && !st.Mode().IsRegular():
		return fmt.Errorf("%s: not a regular file", path)
	case err == nil:
		mode = st.Mode().Perm()
	case errors.Is(err, fs.ErrNotExist):
		mode, chmod = siblingMode(filepath.Dir(path))
	default:
		return err
	}
	dir := filepath.Dir(path)
	before := s.stampOf(dir)
	name := tempName(root, path)
	s.removeNoted(root)
	if err := s.note(filepath.Join(folder, filepath.Base(name))); err != nil {
		return err
	}
	tmp, err := createTemp(name)
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	fault.at(stageAfterTempCreate)
	if fault.armed(stageMidWrite) {
		half := len(data) / 2
		if _, err := tmp.Write(data[:half]); err != nil {
			return err
		}
		fault.at(stageMidWrite)
		if _, err := tmp.Write(data[half:]); err != nil {
			return err
		}
	} else if _, err := tmp.Write(data); err != nil {
		return err
	}
	if chmod {
		if err := tmp.Chmod(mode); err != nil {
			return err
		}
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	fault.at(stageAfterFsync)
	if err := tmp.Close(); err != nil {
		return err
	}
	fault.at(stageBeforeRename)
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	fault.at(stageAfterRename)
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	// The temporary file is gone: a note naming it would only cost the next write a look.
	_ = os.Remove(s.notePath())
	s.keepNames(dir, before, rec)
	fault.done()
	return nil
}

// tempName returns the temporary file a write of path uses: hidden, beside it, and the same
// for every write of that file from the records directory root (resolved), so that the next
// write of the record finds a leftover by name. The hex part names root: were one folder
// written from two records directories (one inside the other), which do not share a lock,
// their writes would not remove each other's temporary file in the middle of a write.
func tempName(root, path string) string {
	sum := sha256.Sum256([]byte(root))
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+tmpMarker+hex.EncodeToString(sum[:6]))
}

// createTemp creates the temporary file name, after removing what a crashed write of the
// same record left there. Only a regular file is removed: anything else at that name is not
// follow's, and the write stops.
func createTemp(name string) (*os.File, error) {
	if st, err := os.Lstat(name); err == nil {
		if !st.Mode().IsRegular() {
			return nil, fmt.Errorf("%s: not a regular file, but follow writes its temporary file there; move it away", name)
		}
		if err := os.Remove(name); err != nil {
			return nil, err
		}
	}
	return os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
}

func (s *Store) notePath() string { return filepath.Join(s.Root, StateDir, noteName) }

// note records in .follow/writing that a crash may leave the temporary file rel (relative to
// the records directory). The caller holds the lock.
func (s *Store) note(rel string) error {
	text := []byte(filepath.ToSlash(rel) + "\n")
	err := os.WriteFile(s.notePath(), text, 0o600)
	if errors.Is(err, fs.ErrNotExist) {
		if _, err = s.EnsureStateDir(); err == nil {
			err = os.WriteFile(s.notePath(), text, 0o600)
		}
	}
	if err != nil {
		return fmt.Errorf("cannot note the temporary file of a write: %w", err)
	}
	return nil
}

// removeNoted removes the temporary file an earlier write noted and did not rename, because
// it crashed. root is the records directory, resolved. The note is follow's own, but it is
// checked like user input: it must name a temporary file's name, inside the records
// directory, and only a regular file is removed.
func (s *Store) removeNoted(root string) {
	text, err := os.ReadFile(s.notePath())
	if err != nil {
		return
	}
	rel := strings.TrimSuffix(string(text), "\n")
	base := path.Base(rel)
	if rel == "" || strings.ContainsAny(rel, "\n\x00") || path.IsAbs(rel) || path.Clean(rel) != rel ||
		rel == ".." || strings.HasPrefix(rel, "../") || !strings.HasPrefix(base, ".") || !strings.Contains(base, tmpMarker) {
		return
	}
	name := filepath.Join(root, filepath.FromSlash(rel))
	if _, inside := folderIn(root, name); !inside {
		return
	}
	if st, err := os.Lstat(name); err == nil && st.Mode().IsRegular() {
		os.Remove(name)
	}
}

// siblingMode returns the permission bits for a new record in dir: the bits every record
// already there has (a sample: the first maxSiblings the folder lists, so that a folder of
// thousands of records is not read whole), without execute bits, always readable and
// writable by the owner; ok is false when there is no record beside it.
func siblingMode(dir string) (mode fs.FileMode, ok bool) {
	const maxSiblings = 32
	d, err := os.Open(dir)
	if err != nil {
		return 0, false
	}
	defer d.Close()
	mode, seen := fs.FileMode(0o777), 0
	for seen < maxSiblings {
		ents, err := d.ReadDir(256)
		for _, e := range ents {
			if seen == maxSiblings {
				break
			}
			if e.Type().IsRegular() && IsRecordName(e.Name()) {
				if info, err := e.Info(); err == nil {
					mode &= info.Mode().Perm()
					seen++
				}
			}
		}
		if err != nil {
			break // io.EOF: the whole folder is read
		}
	}
	if seen == 0 {
		return 0, false
	}
	return mode&^0o111 | 0o600, true
}

// The points of WriteRecord where a build with the followfault tag can make the process crash
// (fault.go); without the tag the calls at them compile to nothing (nofault.go).
const (
	stageAfterTempCreate = "after-temp-create"           // the empty temporary file exists
	stageMidWrite        = "mid-write"                   // half of the new bytes are written
	stageAfterFsync      = "after-fsync"                 // the temporary file is complete and synced
	stageBeforeRename    = "before-rename"               // ... and closed
	stageAfterRename     = "after-rename-before-dirsync" // renamed, the folder not yet synced
)
