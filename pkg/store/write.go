package store

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gofrs/flock"
)

// tmpMarker is part of every temporary file name, so a leftover from a crash is recognised
// and removed by the next write in that folder.
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
// written, synced and renamed over the target, then the folder is synced. The file keeps
// its mode; a new file takes the mode of the records beside it, or 0600. A symbolic link
// is never written through.
func (s *Store) WriteFile(path string, data []byte) error {
	if !s.Inside(path) {
		return fmt.Errorf("%s: refusing to write outside the records directory %s", path, s.Root)
	}
	mode := fs.FileMode(0o600)
	st, err := os.Lstat(path)
	switch {
	case err == nil && st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s: is a symbolic link; follow does not write through links", path)
	case err == nil && !st.Mode().IsRegular():
		return fmt.Errorf("%s: not a regular file", path)
	case err == nil:
		mode = st.Mode().Perm()
	case errors.Is(err, fs.ErrNotExist):
		mode = siblingMode(filepath.Dir(path), mode)
	default:
		return err
	}
	dir := filepath.Dir(path)
	removeStaleTemps(dir, filepath.Base(path))
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
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if hook := crashHook; hook != nil {
		hook(name)
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// crashHook lets tests stop a write between the temp file and the rename.
var crashHook func(tmp string)

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

// removeStaleTemps deletes temporary files a crashed write left for this record. It runs
// under the lock, so no other follow process is writing them.
func removeStaleTemps(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, "."+base+tmpMarker+"*"))
	for _, m := range matches {
		os.Remove(m)
	}
}

// siblingMode returns the permission bits of a record already in dir, or def.
func siblingMode(dir string, def fs.FileMode) fs.FileMode {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return def
	}
	for _, e := range ents {
		if e.Type().IsRegular() && IsRecordName(e.Name()) {
			if info, err := e.Info(); err == nil {
				return info.Mode().Perm()
			}
		}
	}
	return def
}
