package store

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/staffnote/follow/pkg/record"
)

// The due cache lets a repeated follow due skip reading records that did not change. It
// is an optimization only: deleting .follow/ changes no output, a corrupt or foreign cache
// is ignored and rebuilt, and it stores only what follow due needs (record.Summary).
//
// A cached summary is used only when the file's identity and change marks are all the
// same as when it was read: device, inode, size, modification time and status-change time
// (ctime). Tools such as git checkout or rsync can set a modification time back, but not
// the ctime, which any write or rename moves. A file changed within the same clock tick as
// the cache was written ("racy", as git calls it) is never trusted: entries whose times
// are not older than the cache file itself are read again next time.

const (
	cacheMagic   = "follow due cache"
	cacheVersion = 2
	cacheName    = "due.cache"
)

// FileKey identifies one version of a file.
type FileKey struct {
	Dev, Ino         uint64
	Size             int64
	MtimeNs, CtimeNs int64
}

type cacheEntry struct {
	Key     FileKey
	Summary record.Summary
}

type cacheFile struct {
	Magic   string
	Version int
	Entries map[string]cacheEntry // by path relative to the root
}

// Cache is the due cache of a records directory.
type Cache struct {
	mu      sync.Mutex
	root    string
	old     map[string]cacheEntry
	stamp   int64 // the cache file's own modification time; newer entries are racy
	next    map[string]cacheEntry
	enabled bool
	hits    int
	listed  []string // every record file EachHead was given, for the ID index
}

// Hits returns how many summaries came from the cache (for tests and benchmarks).
func (c *Cache) Hits() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits
}

func (s *Store) cachePath() string { return filepath.Join(s.Root, StateDir, "cache", cacheName) }

// OpenCache reads the due cache; a missing, corrupt or foreign one gives an empty cache.
func (s *Store) OpenCache() *Cache {
	c := &Cache{root: s.Root, old: map[string]cacheEntry{}, next: map[string]cacheEntry{}, enabled: keysSupported}
	if !c.enabled {
		return c
	}
	f, err := os.Open(s.cachePath())
	if err != nil {
		return c
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return c
	}
	var cf cacheFile
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 1<<16)).Decode(&cf); err != nil || cf.Magic != cacheMagic || cf.Version != cacheVersion {
		return c
	}
	c.old = cf.Entries
	c.stamp = st.ModTime().UnixNano()
	return c
}

// Lookup returns the cached summary of path when the file is unchanged.
func (c *Cache) Lookup(path string, key FileKey) (record.Summary, bool) {
	if !c.enabled {
		return record.Summary{}, false
	}
	rel, err := filepath.Rel(c.root, path)
	if err != nil {
		return record.Summary{}, false
	}
	e, ok := c.old[rel]
	if !ok || e.Key != key || key.MtimeNs >= c.stamp-1e9 || key.CtimeNs >= c.stamp-1e9 {
		return record.Summary{}, false
	}
	e.Summary.Path = path
	return e.Summary, true
}

// put records the summary of path for the next run.
func (c *Cache) put(path string, key FileKey, s record.Summary) {
	if !c.enabled {
		return
	}
	rel, err := filepath.Rel(c.root, path)
	if err != nil {
		return
	}
	s.Path = ""
	c.mu.Lock()
	c.next[rel] = cacheEntry{Key: key, Summary: s}
	c.mu.Unlock()
}

// Save writes the cache atomically, unless nothing changed. Errors are ignored: the cache
// is an optimization, and a read-only records directory still works.
func (s *Store) SaveCache(c *Cache) {
	if !c.enabled {
		return
	}
	defer s.saveIDIndex(c.listed)
	if sameEntries(c.old, c.next) {
		return
	}
	dir := filepath.Dir(s.cachePath())
	if _, err := s.EnsureStateDir(); err != nil {
		return
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, ".due.cache-*")
	if err != nil {
		return
	}
	name := tmp.Name()
	w := bufio.NewWriterSize(tmp, 1<<16)
	err = gob.NewEncoder(w).Encode(cacheFile{Magic: cacheMagic, Version: cacheVersion, Entries: c.next})
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err != nil || cerr != nil {
		os.Remove(name)
		return
	}
	if err := os.Rename(name, s.cachePath()); err != nil {
		os.Remove(name)
	}
}

// idIndexName lists "ID<TAB>path" for every record the last follow due saw, so follow new
// finds a record in a subfolder without walking the whole tree.
const idIndexName = "ids"

func (s *Store) saveIDIndex(paths []string) {
	if len(paths) == 0 {
		return
	}
	var b bytes.Buffer
	b.WriteString("\n")
	for _, p := range paths {
		// Keyed by file name, as Find looks records up; every file is listed, readable or
		// not, so a name held by several files is seen as such.
		rel, err := filepath.Rel(s.Root, p)
		if err != nil || strings.ContainsAny(rel, "\t\n") {
			continue
		}
		b.WriteString(IDOf(rel) + "\t" + filepath.ToSlash(rel) + "\n")
	}
	dir := filepath.Dir(s.cachePath())
	tmp, err := os.CreateTemp(dir, ".ids-*")
	if err != nil {
		return
	}
	name := tmp.Name()
	_, werr := tmp.Write(b.Bytes())
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(name, filepath.Join(dir, idIndexName)) != nil {
		os.Remove(name)
	}
}

// indexedPath returns the path the ID index names for id, if that file still exists under
// that name.
func (s *Store) indexedPath(id string) string {
	src, err := os.ReadFile(filepath.Join(s.Root, StateDir, "cache", idIndexName))
	if err != nil {
		return ""
	}
	needle := []byte("\n" + id + "\t")
	i := bytes.Index(src, needle)
	if i < 0 || bytes.Contains(src[i+1:], needle) {
		return "" // unknown, or held by several files: the walk decides (and names them)
	}
	line := src[i+len(id)+2:]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	p := filepath.Join(s.Root, filepath.FromSlash(string(line)))
	if filepath.Base(p) != id+".md" || !s.Inside(p) {
		return ""
	}
	if st, err := os.Lstat(p); err != nil || !st.Mode().IsRegular() {
		return ""
	}
	return p
}

func sameEntries(a, b map[string]cacheEntry) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		y, ok := b[k]
		if !ok || x.Key != y.Key {
			return false
		}
	}
	return true
}

// StatKey returns the identity and change marks of a file.
func StatKey(path string) (FileKey, fs.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return FileKey{}, nil, err
	}
	k, ok := fileKey(st)
	if !ok {
		return FileKey{}, st, errors.New("no file identity")
	}
	return k, st, nil
}

// EachHead reads the front matter of every path (from the cache when the file is
// unchanged) on every core and calls fn with the record, or with the error that kept it
// from being read. fn runs concurrently and must not keep the record longer than it
// needs: follow due turns it into due items at once, so memory does not grow with the
// records' history. Records whose data is broken are never cached.
func (s *Store) EachHead(paths []string, c *Cache, fn func(i int, r *record.Record, err error)) {
	c.listed = paths
	Parallel(len(paths), func(i int) {
		p := paths[i]
		key, _, kerr := StatKey(p)
		if kerr == nil {
			if sum, ok := c.Lookup(p, key); ok {
				c.mu.Lock()
				c.hits++
				c.mu.Unlock()
				fn(i, record.Restore(sum), nil)
				c.put(p, key, sum)
				return
			}
		}
		head, err := ReadHead(p)
		if err != nil {
			fn(i, nil, err)
			return
		}
		r, err := record.Parse(p, head)
		if err != nil {
			fn(i, nil, err)
			return
		}
		if err := r.Broken(); err != nil {
			fn(i, nil, err)
			return
		}
		if kerr == nil {
			// Cache only what was read from the same version the key describes.
			if again, _, err := StatKey(p); err == nil && again == key {
				c.put(p, key, r.Summarize())
			}
		}
		fn(i, r, nil)
	})
}
