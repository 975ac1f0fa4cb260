package store

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/exeid"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/varbin"
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
//
// A cache never outlives the program that wrote it: it carries a key made of the identity
// of the executable (exeid: its Go build ID) and the bytes of follow.yaml, and a run whose
// key differs ignores it and writes its own. So a new build, even a development build with
// one parsing change, never reads what another one summarized, and summaries are never
// used under other team rules than those they were made under.

const (
	cacheMagic   = "follow due cache\x00"
	cacheVersion = 8
	cacheName    = "due.cache"
)

// programID is the identity of the running program (exeid.Self); "" turns the caches off.
var programID = exeid.Self

// cacheKeyLen is the length of a cache key.
const cacheKeyLen = 16

// cacheKey is the key of the due cache a program writes: a hash of its identity and of the
// bytes of follow.yaml (nil when there is none).
func cacheKey(program string, config []byte) [cacheKeyLen]byte {
	h := sha256.New()
	h.Write([]byte("follow cache key\x00"))
	h.Write([]byte(program))
	h.Write([]byte{0})
	h.Write(config)
	var k [cacheKeyLen]byte
	copy(k[:], h.Sum(nil))
	return k
}

// The cache file: cacheMagic, the version (uvarint), the key (cacheKeyLen bytes), the number
// of entries (uvarint), the entries sorted by path, and a CRC-32C of everything before it
// (4 bytes, little endian).
// An entry is the path relative to the root (uvarint length and bytes), the FileKey (Dev and
// Ino as uvarints, Size, MtimeNs and CtimeNs as varints) and the record.Summary encoded by
// AppendBinary (uvarint length and bytes). It is read whole and never decoded into a map:
// follow due looks each file up by its position in the sorted list, or by binary search.

// FileKey identifies one version of a file.
type FileKey struct {
	Dev, Ino         uint64
	Size             int64
	MtimeNs, CtimeNs int64
}

type cacheEntry struct {
	rel  string // shares the cache file's bytes
	key  FileKey
	blob []byte
}

// Cache is the due cache of a records directory.
type Cache struct {
	prefix  string // what every path below the root starts with
	enabled bool
	key     [cacheKeyLen]byte // what this run writes, and reads only
	old     []cacheEntry      // from the cache file, sorted by rel
	stamp   int64             // the cache file's own modification time; newer entries are racy
	hits    atomic.Int64

	// This run, by index in the paths given to EachHead.
	listed []string
	keys   []FileKey
	blobs  [][]byte // nil: not cacheable (unreadable, broken, changed while read)
	reused []bool   // the entry is the old one, unchanged
}

func (s *Store) cachePath() string { return filepath.Join(s.Root, StateDir, "cache", cacheName) }

// NoCache is a cache that holds nothing and is never saved: EachHead through it reads
// every front matter whole (what the cache's summaries leave out: done milestones, ended
// records).
func NoCache() *Cache { return &Cache{} }

// OpenCache reads the due cache; a missing, corrupt or foreign one gives an empty cache.
func (s *Store) OpenCache() *Cache {
	c := &Cache{prefix: s.Root + string(filepath.Separator), enabled: keysSupported}
	if strings.HasSuffix(s.Root, string(filepath.Separator)) {
		c.prefix = s.Root
	}
	if !c.enabled {
		return c
	}
	program := programID()
	config, err := os.ReadFile(filepath.Join(s.Root, ConfigName))
	if program == "" || err != nil && !errors.Is(err, fs.ErrNotExist) {
		c.enabled = false // which program and rules a cache was made by cannot be told
		return c
	}
	c.key = cacheKey(program, config)
	f, err := os.Open(s.cachePath())
	if err != nil {
		return c
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() > 1<<31 {
		return c
	}
	data := make([]byte, st.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return c
	}
	if old, ok := decodeCache(data, c.key); ok {
		c.old = old
		c.stamp = st.ModTime().UnixNano()
	}
	return c
}

var crcTable = &lazy.Value[*crc32.Table]{New: func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) }}

// decodeCache returns the entries of a cache file written with key.
func decodeCache(data []byte, key [cacheKeyLen]byte) ([]cacheEntry, bool) {
	if len(data) < len(cacheMagic)+4 || string(data[:len(cacheMagic)]) != cacheMagic {
		return nil, false
	}
	body, sum := data[:len(data)-4], data[len(data)-4:]
	if crc32.Checksum(body, crcTable.Get()) != binary.LittleEndian.Uint32(sum) {
		return nil, false
	}
	d := varbin.NewReader(body[len(cacheMagic):])
	if d.Uvarint() != cacheVersion || !bytes.Equal(d.Fixed(cacheKeyLen), key[:]) || d.Bad() {
		return nil, false
	}
	out := make([]cacheEntry, d.Count(8))
	for i := range out {
		e := &out[i]
		e.rel = d.String()
		e.key = FileKey{Dev: d.Uvarint(), Ino: d.Uvarint(), Size: d.Varint(), MtimeNs: d.Varint(), CtimeNs: d.Varint()}
		e.blob = d.Bytes()
		if d.Bad() || e.rel == "" || (i > 0 && out[i-1].rel >= e.rel) {
			return nil, false
		}
	}
	if d.Bad() || len(d.Rest()) != 0 {
		return nil, false
	}
	return out, true
}

// find returns the old entry of rel; hint is where it is when the tree did not change.
func (c *Cache) find(rel string, hint int) *cacheEntry {
	if hint < len(c.old) && c.old[hint].rel == rel {
		return &c.old[hint]
	}
	i := sort.Search(len(c.old), func(i int) bool { return c.old[i].rel >= rel })
	if i < len(c.old) && c.old[i].rel == rel {
		return &c.old[i]
	}
	return nil
}

func (c *Cache) rel(path string) (string, bool) {
	if !strings.HasPrefix(path, c.prefix) || len(path) == len(c.prefix) {
		return "", false
	}
	return path[len(c.prefix):], true
}

// lookup decodes the cached summary of paths[i] into sum when the file is unchanged.
func (c *Cache) lookup(i int, key FileKey, sum *record.Summary) bool {
	if !c.enabled {
		return false
	}
	rel, ok := c.rel(c.listed[i])
	if !ok {
		return false
	}
	e := c.find(rel, i)
	if e == nil || e.key != key || key.MtimeNs >= c.stamp-1e9 || key.CtimeNs >= c.stamp-1e9 {
		return false
	}
	if err := record.DecodeSummaryInto(e.blob, sum); err != nil {
		return false
	}
	c.keys[i], c.blobs[i], c.reused[i] = key, e.blob, true
	c.hits.Add(1)
	sum.Path = c.listed[i]
	return true
}

// restored is the room a worker of EachHead restores cached records into.
type restored struct {
	sum record.Summary
	rec record.Record
}

var restoredPool = sync.Pool{New: func() any { return new(restored) }}

// put records the summary of paths[i] for the next run.
func (c *Cache) put(i int, key FileKey, r *record.Record) {
	if !c.enabled {
		return
	}
	sum := r.Summarize()
	c.keys[i], c.blobs[i] = key, sum.AppendBinary(nil)
}

// unchanged reports whether this run would write the cache it read.
func (c *Cache) unchanged() bool {
	n := 0
	for i, b := range c.blobs {
		if b == nil {
			continue
		}
		if !c.reused[i] {
			return false
		}
		n++
	}
	return n == len(c.old)
}

// SaveCache writes the cache atomically, unless nothing changed. Errors are ignored: the
// cache is an optimization, and a read-only records directory still works.
func (s *Store) SaveCache(c *Cache) {
	if !c.enabled {
		return
	}
	if c.unchanged() {
		// Every file listed came from the cache: the list is the one the cache was written
		// from, and the ID index written then (or since) still names every file.
		if slices.ContainsFunc(c.blobs, func(b []byte) bool { return b == nil }) || !s.idIndexCurrent() {
			s.saveIDIndex(c.listed)
		}
		return
	}
	defer s.saveIDIndex(c.listed)
	dir := filepath.Dir(s.cachePath())
	if _, err := s.EnsureStateDir(); err != nil {
		return
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	var entries []int
	size := len(cacheMagic) + 24
	for i, b := range c.blobs {
		if rel, ok := c.rel(c.listed[i]); ok && b != nil {
			entries = append(entries, i)
			size += len(rel) + len(b) + 40
		}
	}
	out := make([]byte, 0, size)
	out = append(out, cacheMagic...)
	out = binary.AppendUvarint(out, cacheVersion)
	out = append(out, c.key[:]...)
	out = binary.AppendUvarint(out, uint64(len(entries)))
	for _, i := range entries {
		rel, _ := c.rel(c.listed[i])
		k := c.keys[i]
		out = binary.AppendUvarint(out, uint64(len(rel)))
		out = append(out, rel...)
		out = binary.AppendUvarint(out, k.Dev)
		out = binary.AppendUvarint(out, k.Ino)
		out = binary.AppendVarint(out, k.Size)
		out = binary.AppendVarint(out, k.MtimeNs)
		out = binary.AppendVarint(out, k.CtimeNs)
		out = binary.AppendUvarint(out, uint64(len(c.blobs[i])))
		out = append(out, c.blobs[i]...)
	}
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(out, crcTable.Get()))
	writeStateFile(dir, ".due.cache-*", s.cachePath(), out)
}

// writeStateFile replaces path by data through a temporary file in dir; errors are
// ignored (the state directory holds only what can be rebuilt).
func writeStateFile(dir, pattern, path string, data []byte) {
	tmp, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return
	}
	name := tmp.Name()
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(name, path) != nil {
		os.Remove(name)
	}
}

// idIndexName lists "ID<TAB>path" for every record the last follow due saw, so follow new
// finds a record in a subfolder without walking the whole tree. The lines are sorted by ID,
// after the header idsHeader, so that a look-up reads a few blocks of the file, however
// many records there are.
const idIndexName = "ids"

// idsHeader is the first line of the ID index the running program writes, and the only
// one it reads: the format and a key of the program's identity, so that an index is never
// read by another build than the one that wrote it. It is "" (no index) when the program
// cannot be told.
func idsHeader() string {
	program := programID()
	if program == "" {
		return ""
	}
	k := cacheKey(program, nil)
	return "follow ids 3 " + hex.EncodeToString(k[:]) + "\n"
}

func (s *Store) saveIDIndex(paths []string) {
	header := idsHeader()
	if len(paths) == 0 || header == "" {
		return
	}
	var lines []string
	for _, p := range paths {
		// Keyed by file name, as Find looks records up; every file is listed, readable or
		// not, so a name held by several files is seen as such.
		rel, err := filepath.Rel(s.Root, p)
		if err != nil || strings.ContainsAny(rel, "\t\n") {
			continue
		}
		lines = append(lines, IDOf(rel)+"\t"+filepath.ToSlash(rel)+"\n")
	}
	slices.Sort(lines) // by ID ("\t" sorts before every character an ID may hold), then path
	var b bytes.Buffer
	b.WriteString(header)
	for _, l := range lines {
		b.WriteString(l)
	}
	dir := filepath.Dir(s.cachePath())
	path := filepath.Join(dir, idIndexName)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b.Bytes()) {
		return
	}
	writeStateFile(dir, ".ids-*", path, b.Bytes())
}

// indexedPath returns the path the ID index names for id, if that file still exists under
// that name. It searches the sorted index by halves, reading one block at each step.
func (s *Store) indexedPath(id string) string {
	f, err := os.Open(filepath.Join(s.Root, StateDir, "cache", idIndexName))
	if err != nil {
		return ""
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return ""
	}
	header := idsHeader()
	head := make([]byte, len(header))
	if _, err := f.ReadAt(head, 0); err != nil || header == "" || string(head) != header {
		return "" // an index of another follow: the walk decides, and follow due rewrites it
	}
	// lo is the start of a line, and every line that starts before it holds a smaller ID.
	lo, hi := int64(len(header)), st.Size()
	for hi-lo > idsBlock {
		mid := lo + (hi-lo)/2
		start, key, ok := idsLineAfter(f, mid)
		if !ok || start >= hi {
			break
		}
		if key < id {
			lo = start
		} else {
			hi = start
		}
	}
	// The lines holding id start at or after lo, one after the other.
	var hits []string
	sc := bufio.NewScanner(io.NewSectionReader(f, lo, st.Size()-lo))
	for sc.Scan() {
		key, rel, _ := strings.Cut(sc.Text(), "\t")
		if key > id {
			break
		}
		if key == id {
			hits = append(hits, rel)
		}
	}
	if len(hits) != 1 {
		return "" // unknown, or held by several files: the walk decides (and names them)
	}
	p := filepath.Join(s.Root, filepath.FromSlash(hits[0]))
	if filepath.Base(p) != id+".md" || !s.Inside(p) {
		return ""
	}
	if st, err := os.Lstat(p); err != nil || !st.Mode().IsRegular() {
		return ""
	}
	return p
}

// idIndexCurrent reports whether the ID index exists, written by this program.
func (s *Store) idIndexCurrent() bool {
	f, err := os.Open(filepath.Join(filepath.Dir(s.cachePath()), idIndexName))
	if err != nil {
		return false
	}
	defer f.Close()
	header := idsHeader()
	head := make([]byte, len(header))
	_, err = io.ReadFull(f, head)
	return err == nil && header != "" && string(head) == header
}

// idsBlock is how much of the ID index one step of the search reads.
const idsBlock = 4096

// idsLineAfter returns the start of the first line of the ID index that starts after off,
// and its ID; ok is false when there is none within a block.
func idsLineAfter(f *os.File, off int64) (start int64, key string, ok bool) {
	buf := make([]byte, idsBlock)
	n, _ := f.ReadAt(buf, off)
	buf = buf[:n]
	i := bytes.IndexByte(buf, '\n')
	if i < 0 {
		return 0, "", false
	}
	line := buf[i+1:]
	j := bytes.IndexByte(line, '\t')
	if j < 0 {
		return 0, "", false
	}
	return off + int64(i) + 1, string(line[:j]), true
}

// EachHead reads the front matter of every path (from the cache when the file is
// unchanged) and calls fn with the record, or with the error that kept it from being read.
// fn runs concurrently and must not keep the record, nor its slices, after it returns (a
// record from the cache is restored into memory that is reused; its strings may be kept):
// follow due turns it into due items at once, so memory does not grow with the records'
// history. Records
// whose data is broken are never cached. Reading runs on more goroutines than cores: when
// the files are not in the page cache, the disk serves several reads at once.
func (s *Store) EachHead(paths []string, c *Cache, fn func(i int, r *record.Record, err error)) {
	c.listed = paths
	c.keys = make([]FileKey, len(paths))
	c.blobs = make([][]byte, len(paths))
	c.reused = make([]bool, len(paths))
	parallelN(len(paths), ioWorkers(), func(i int) {
		p := paths[i]
		st, err := os.Stat(p)
		if err == nil {
			if key, ok := fileKey(st); ok {
				room := restoredPool.Get().(*restored)
				if c.lookup(i, key, &room.sum) {
					room.rec.RestoreFrom(room.sum)
					fn(i, &room.rec, nil)
					restoredPool.Put(room)
					return
				}
				restoredPool.Put(room)
			}
		}
		// A file that cannot be stat-ed is opened anyway, for the error that says why.
		head, key, keyed, err := readHeadKeyed(p, st)
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
		if keyed {
			c.put(i, key, r)
		}
		fn(i, r, nil)
	})
}
