package store

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/record"
)

const cacheRec = `---
id: %ID%
name: 山田 花子
status: active
owner: 佐藤
start: 2026-10-01
next: 2026-12-05
---

## 2026-11-21 visit

Next: 2026-12-05
`

func writeRec(t *testing.T, dir, id, next string) string {
	t.Helper()
	p := filepath.Join(dir, id+".md")
	src := strings.ReplaceAll(cacheRec, "%ID%", id)
	src = strings.ReplaceAll(src, "2026-12-05", next)
	if err := os.WriteFile(p, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// heads runs EachHead and returns the next date of each record by ID, and the cache hits.
func heads(t *testing.T, s *Store) (map[string]string, int) {
	t.Helper()
	paths, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	c := s.OpenCache()
	var mu sync.Mutex
	got := map[string]string{}
	s.EachHead(paths, c, func(i int, r *record.Record, err error) {
		if err != nil {
			t.Errorf("%s: %v", paths[i], err)
			return
		}
		mu.Lock()
		got[r.ID] = r.Next.String()
		mu.Unlock()
	})
	s.SaveCache(c)
	// Make the cache look older than nothing: the files were written just now, and entries
	// as new as the cache are racy and never trusted.
	future := time.Now().Add(10 * time.Second)
	_ = os.Chtimes(s.cachePath(), future, future)
	return got, c.Hits()
}

func TestCacheNeverStale(t *testing.T) {
	if !keysSupported {
		t.Skip("the cache is off on this system")
	}
	dir := t.TempDir()
	s := &Store{Root: dir}
	a := writeRec(t, dir, "S0001", "2026-12-05")
	writeRec(t, dir, "S0002", "2026-12-06")

	got, hits := heads(t, s)
	if hits != 0 || got["S0001"] != "2026-12-05" {
		t.Fatalf("first run: hits %d, %v", hits, got)
	}
	got, hits = heads(t, s)
	if hits != 2 || got["S0002"] != "2026-12-06" {
		t.Fatalf("second run should come from the cache: hits %d, %v", hits, got)
	}

	// A hand edit that keeps the size and puts the modification time back, as some tools
	// do: the ctime still moves, so the change is seen at once.
	st, _ := os.Stat(a)
	src, _ := os.ReadFile(a)
	edited := strings.Replace(string(src), "next: 2026-12-05", "next: 2026-12-09", 1)
	if len(edited) != len(src) {
		t.Fatal("edit changed the size")
	}
	if err := os.WriteFile(a, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(a, st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
	got, hits = heads(t, s)
	if got["S0001"] != "2026-12-09" {
		t.Fatalf("hand edit not seen: %v", got)
	}
	if hits != 1 {
		t.Errorf("hits %d, want 1 (the unchanged record)", hits)
	}

	// A write through the store (as follow new does).
	edited = strings.Replace(edited, "next: 2026-12-09", "next: 2026-12-19", 1)
	if err := s.WriteFile(a, []byte(edited)); err != nil {
		t.Fatal(err)
	}
	if got, _ = heads(t, s); got["S0001"] != "2026-12-19" {
		t.Fatalf("tool edit not seen: %v", got)
	}

	// A deleted record disappears; a new one appears.
	os.Remove(a)
	writeRec(t, dir, "S0003", "2026-12-07")
	got, _ = heads(t, s)
	if _, ok := got["S0001"]; ok || got["S0003"] != "2026-12-07" {
		t.Fatalf("after delete and add: %v", got)
	}
}

func TestCacheCorruptOrForeignIsIgnored(t *testing.T) {
	if !keysSupported {
		t.Skip("the cache is off on this system")
	}
	dir := t.TempDir()
	s := &Store{Root: dir}
	writeRec(t, dir, "S0001", "2026-12-05")
	heads(t, s)
	for _, junk := range []string{"", "garbage", strings.Repeat("\x00\xff", 1000)} {
		if err := os.WriteFile(s.cachePath(), []byte(junk), 0o600); err != nil {
			t.Fatal(err)
		}
		got, hits := heads(t, s)
		if hits != 0 || got["S0001"] != "2026-12-05" {
			t.Fatalf("corrupt cache %q: hits %d, %v", junk, hits, got)
		}
	}
	// Deleting .follow changes nothing.
	os.RemoveAll(filepath.Join(dir, StateDir))
	if got, _ := heads(t, s); got["S0001"] != "2026-12-05" {
		t.Fatalf("without .follow: %v", got)
	}
}

// TestCacheDamagedIsIgnored: a real cache file damaged anywhere (one byte changed,
// truncated), or written by another version, is not used, and the records are read again.
func TestCacheDamagedIsIgnored(t *testing.T) {
	if !keysSupported {
		t.Skip("the cache is off on this system")
	}
	dir := t.TempDir()
	s := &Store{Root: dir}
	writeRec(t, dir, "S0001", "2026-12-05")
	writeRec(t, dir, "S0002", "2026-12-06")
	heads(t, s)
	if _, hits := heads(t, s); hits != 2 {
		t.Fatalf("the cache is not used at all: hits %d", hits)
	}
	good, err := os.ReadFile(s.cachePath())
	if err != nil {
		t.Fatal(err)
	}
	var damaged [][]byte
	for i := 0; i < len(good); i += max(1, len(good)/40) {
		b := bytes.Clone(good)
		b[i] ^= 0x20
		damaged = append(damaged, b)
	}
	damaged = append(damaged, good[:len(good)-1], good[:len(good)/2])
	// Another version with a valid checksum: refused by the version, not the checksum.
	other := bytes.Clone(good[:len(good)-4])
	other[len(cacheMagic)] = cacheVersion + 1
	damaged = append(damaged, binary.LittleEndian.AppendUint32(other, crc32.Checksum(other, crcTable.Get())))
	key := s.OpenCache().key
	for k, b := range damaged {
		if _, ok := decodeCache(b, key); ok {
			t.Fatalf("damaged cache %d decoded", k)
		}
		if err := os.WriteFile(s.cachePath(), b, 0o600); err != nil {
			t.Fatal(err)
		}
		future := time.Now().Add(10 * time.Second)
		_ = os.Chtimes(s.cachePath(), future, future)
		got, hits := heads(t, s)
		if hits != 0 || got["S0001"] != "2026-12-05" || got["S0002"] != "2026-12-06" {
			t.Fatalf("damaged cache %d: hits %d, %v", k, hits, got)
		}
	}
}

// TestIDIndexRewrittenWhenMissing: a repeated run with an unchanged cache still writes the
// ID index when it is gone, so follow new finds records in subfolders without a walk.
func TestIDIndexRewrittenWhenMissing(t *testing.T) {
	if !keysSupported {
		t.Skip("the cache is off on this system")
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "tokyo"), 0o755); err != nil {
		t.Fatal(err)
	}
	s := &Store{Root: dir}
	writeRec(t, filepath.Join(dir, "tokyo"), "S0001", "2026-12-05")
	heads(t, s)
	heads(t, s)
	index := filepath.Join(dir, StateDir, "cache", idIndexName)
	if err := os.Remove(index); err != nil {
		t.Fatal(err)
	}
	if _, hits := heads(t, s); hits != 1 {
		t.Fatalf("hits %d, want 1", hits)
	}
	if p := s.indexedPath("S0001"); p != filepath.Join(dir, "tokyo", "S0001.md") {
		t.Fatalf("index names %q", p)
	}
}

func TestCacheKey(t *testing.T) {
	a := cacheKey("go:A/1", []byte("lang: ja\n"))
	for name, other := range map[string][cacheKeyLen]byte{
		"another build":          cacheKey("go:B/1", []byte("lang: ja\n")),
		"another follow.yaml":    cacheKey("go:A/1", []byte("lang: ja\nclosed: [2026-12-31]\n")),
		"no follow.yaml":         cacheKey("go:A/1", nil),
		"the bytes moved across": cacheKey("go:A/1lang: ja\n", nil),
	} {
		if other == a {
			t.Errorf("%s: same key", name)
		}
	}
	if cacheKey("go:A/1", []byte("lang: ja\n")) != a {
		t.Error("the same build and follow.yaml give another key")
	}
}

// withProgram runs the code that follows as the program with identity id (as if another
// build of follow ran).
func withProgram(t *testing.T, id string) {
	t.Helper()
	old := programID
	programID = func() string { return id }
	t.Cleanup(func() { programID = old })
}

// TestCacheOfAnotherProgram: what one build cached is not read by another build, nor under
// another follow.yaml; the ID index of another build is not read either.
func TestCacheOfAnotherProgram(t *testing.T) {
	if !keysSupported {
		t.Skip("the cache is off on this system")
	}
	dir := t.TempDir()
	s := &Store{Root: dir}
	if err := os.Mkdir(filepath.Join(dir, "tokyo"), 0o755); err != nil {
		t.Fatal(err)
	}
	rec := writeRec(t, filepath.Join(dir, "tokyo"), "S0001", "2026-12-05")

	withProgram(t, "go:A")
	heads(t, s)
	if _, hits := heads(t, s); hits != 1 {
		t.Fatalf("build A does not use its own cache: hits %d", hits)
	}
	if got := s.indexedPath("S0001"); got != rec {
		t.Fatalf("build A does not use its own ID index: %q", got)
	}

	withProgram(t, "go:B")
	if got := s.indexedPath("S0001"); got != "" {
		t.Errorf("build B reads the ID index of build A: %q", got)
	}
	if _, hits := heads(t, s); hits != 0 {
		t.Errorf("build B used build A's cache: hits %d", hits)
	}
	if _, hits := heads(t, s); hits != 1 {
		t.Errorf("build B does not use its own cache: hits %d", hits)
	}
	if got := s.indexedPath("S0001"); got != rec {
		t.Errorf("build B did not write its own ID index: %q", got)
	}

	if err := os.WriteFile(filepath.Join(dir, ConfigName), []byte("calendar: none\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, hits := heads(t, s); hits != 0 {
		t.Errorf("a changed follow.yaml still used the cache: hits %d", hits)
	}

	withProgram(t, "")
	if c := s.OpenCache(); c.enabled {
		t.Error("a program that cannot be told uses the cache")
	}
	if got := s.indexedPath("S0001"); got != "" {
		t.Errorf("a program that cannot be told reads the ID index: %q", got)
	}
}

// Hits returns how many summaries came from the cache.
func (c *Cache) Hits() int { return int(c.hits.Load()) }
