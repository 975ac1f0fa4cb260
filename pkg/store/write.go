package store

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gofrs/flock"
)

// tmpMarker is part of every temporary file name, so a leftover from a crash is recognised
// and removed by the next write in that folder. Temporary files are hidden
// (".<record>.md.follow-tmp-<hex>"): follow never reads them as records, and the .gitignore
// that follow init writes ignores them (.*.follow-tmp-*).
const tmpMarker = ".follow-tmp-"

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
	root, err := filepath.EvalSymlinks(s.Root)
	if err != nil {
		return false
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(path))
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(root, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// WriteFile replaces path with data atomically: a temporary file in the same folder is
// written, synced and renamed over the target, then the folder is synced. A reader sees the
// old file or the new one, never a part; a crash at any point leaves the old or the new file
// and at most a hidden temporary file, which the next write in that folder removes.
//
// An existing file keeps its permission bits exactly (follow never widens them). A new file
// takes those of the records beside it (the bits every one of them has, without execute
// bits, and always readable and writable by its owner), or, alone, 0600 less the umask.
// A symbolic link is never written through, and nothing is written outside the records
// directory. The caller holds the lock (Lock).
func (s *Store) WriteFile(path string, data []byte) error {
	if !s.Inside(path) {
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
	removeStaleTemps(dir)
	tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return err
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	fault.at(FaultAfterTempCreate)
	if fault.armed(FaultMidWrite) {
		half := len(data) / 2
		if _, err := tmp.Write(data[:half]); err != nil {
			return err
		}
		fault.at(FaultMidWrite)
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
	fault.at(FaultAfterFsync)
	if err := tmp.Close(); err != nil {
		return err
	}
	if hook := crashHook; hook != nil {
		hook(name)
	}
	fault.at(FaultBeforeRename)
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	fault.at(FaultAfterRename)
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	fault.done()
	return nil
}

// crashHook lets tests stop a write between the temp file and the rename.
var crashHook func(tmp string)

// ---- fault injection (tests only) ---------------------------------------------------------

// The points of WriteFile where a test can make the process crash (SetFault).
const (
	FaultAfterTempCreate = "after-temp-create"           // the empty temporary file exists
	FaultMidWrite        = "mid-write"                   // half of the new bytes are written
	FaultAfterFsync      = "after-fsync"                 // the temporary file is complete and synced
	FaultBeforeRename    = "before-rename"               // ... and closed
	FaultAfterRename     = "after-rename-before-dirsync" // renamed, the folder not yet synced
)

// FaultStages lists the stages in the order a write passes them.
var FaultStages = []string{FaultAfterTempCreate, FaultMidWrite, FaultAfterFsync, FaultBeforeRename, FaultAfterRename}

// fault is the crash point SetFault arms; the zero value is off and costs nothing.
var fault faultPoint

type faultPoint struct {
	mu     sync.Mutex
	stage  string
	n      int // crash on the nth WriteFile of the process that reaches stage (1 = the first)
	writes int // WriteFiles completed or in progress before the current one
}

// SetFault arms a crash point, for tests only: spec is "stage" or "stage:n" (one of
// FaultStages; n >= 1, default 1). When the nth WriteFile of this process reaches that
// stage, the process kills itself with SIGKILL (TerminateProcess on Windows): no deferred
// function runs and no temporary file is removed, exactly as in a real crash or power
// loss. An empty spec disarms it. follow reads FOLLOW_TEST_FAULT once at start and passes
// it here; nothing else calls it, and with the variable unset WriteFile behaves as if the
// hook did not exist.
func SetFault(spec string) error {
	fault.mu.Lock()
	defer fault.mu.Unlock()
	fault.stage, fault.n, fault.writes = "", 0, 0
	if spec == "" {
		return nil
	}
	stage, count, hasCount := strings.Cut(spec, ":")
	n := 1
	if hasCount {
		v, err := strconv.Atoi(count)
		if err != nil || v < 1 {
			return fmt.Errorf("FOLLOW_TEST_FAULT=%s: the count after : must be a whole number >= 1", spec)
		}
		n = v
	}
	for _, s := range FaultStages {
		if s == stage {
			fault.stage, fault.n = stage, n
			return nil
		}
	}
	return fmt.Errorf("FOLLOW_TEST_FAULT=%s: unknown stage %q (stages: %s)", spec, stage, strings.Join(FaultStages, ", "))
}

// armed reports whether this write will crash at stage.
func (p *faultPoint) armed(stage string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stage == stage && p.writes+1 == p.n
}

// at crashes the process when this write is the one armed for stage.
func (p *faultPoint) at(stage string) {
	if !p.armed(stage) {
		return
	}
	crashNow()
}

// done counts a finished write.
func (p *faultPoint) done() {
	p.mu.Lock()
	if p.stage != "" {
		p.writes++
	}
	p.mu.Unlock()
}

// crashNow ends the process at once, as a crash would.
func crashNow() {
	if self, err := os.FindProcess(os.Getpid()); err == nil {
		_ = self.Kill()
	}
	for {
		time.Sleep(time.Second) // the signal is on its way
	}
}

func createTemp(dir, base string) (*os.File, error) {
	var b [6]byte
	for i := 0; i < 10; i++ {
		_, _ = rand.Read(b[:])
		name := filepath.Join(dir, "."+base+tmpMarker+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("cannot create a temporary file in %s", dir)
}

// removeStaleTemps deletes the temporary files crashed writes left in dir, for any record.
// It runs under the lock, so no other follow process is writing them.
func removeStaleTemps(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, ".*"+tmpMarker+"*"))
	for _, m := range matches {
		if st, err := os.Lstat(m); err == nil && st.Mode().IsRegular() {
			os.Remove(m)
		}
	}
}

// siblingMode returns the permission bits for a new record in dir: the bits every record
// already there has (a sample of the first maxSiblings), without execute bits, always
// readable and writable by the owner; ok is false when there is no record beside it.
func siblingMode(dir string) (mode fs.FileMode, ok bool) {
	const maxSiblings = 32
	ents, err := os.ReadDir(dir)
	if err != nil {
		return 0, false
	}
	mode, seen := fs.FileMode(0o777), 0
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
	if seen == 0 {
		return 0, false
	}
	return mode&^0o111 | 0o600, true
}
