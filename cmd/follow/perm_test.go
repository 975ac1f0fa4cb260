//go:build unix

package main

// File permissions: records hold personal information, so a new record is readable by its
// owner only (0600) unless the records already in the folder say otherwise (a team
// checkout where git wrote them 0644) or the umask is stricter still; follow never widens
// the mode of a record it rewrites, and never writes through a symbolic link.

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// withUmask runs fn with the process umask set to mask: the follow processes fn starts
// inherit it. Tests using it are not parallel, so nothing else creates files meanwhile.
func withUmask(mask int, fn func()) {
	old := syscall.Umask(mask)
	defer syscall.Umask(old)
	fn()
}

func permOf(t *testing.T, p string) fs.FileMode {
	t.Helper()
	st, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

// permDir makes a records folder holding the given records with the given modes.
func permDir(t *testing.T, modes map[string]fs.FileMode) string {
	t.Helper()
	dir := newRecordsDir(t)
	for id, mode := range modes {
		p := filepath.Join(dir, "records", id+".md")
		if err := os.WriteFile(p, []byte(corpusBase(id)), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func createRecord(t *testing.T, dir, id string) {
	t.Helper()
	if res := runFollow(t, dir, "new", id, "--name", "権限 試験", "--start", "2026-12-01", "--new-person"); res.code != 0 {
		t.Fatalf("follow new %s: exit %d\n%s", id, res.code, res.stderr)
	}
}

func TestNewRecordMode(t *testing.T) {
	for _, c := range []struct {
		name     string
		siblings map[string]fs.FileMode
		umask    int
		want     fs.FileMode
	}{
		{"alone, umask 022", nil, 0o022, 0o600},
		{"alone, umask 000", nil, 0o000, 0o600},
		{"alone, umask 077", nil, 0o077, 0o600},
		{"alone, umask 277 (owner may not write)", nil, 0o277, 0o400},
		{"beside 0644 records (a git checkout)", map[string]fs.FileMode{"S0001": 0o644, "S0002": 0o644}, 0o077, 0o644},
		{"beside 0640 records", map[string]fs.FileMode{"S0001": 0o640}, 0o022, 0o640},
		{"beside 0644 and 0600 records: the stricter", map[string]fs.FileMode{"S0001": 0o644, "S0002": 0o600}, 0o022, 0o600},
		{"beside an executable record: no execute bit", map[string]fs.FileMode{"S0001": 0o755}, 0o022, 0o644},
		{"beside a read-only record: the owner can write", map[string]fs.FileMode{"S0001": 0o444}, 0o022, 0o644},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := permDir(t, c.siblings)
			withUmask(c.umask, func() { createRecord(t, dir, "S0100") })
			if got := permOf(t, filepath.Join(dir, "records", "S0100.md")); got != c.want {
				t.Errorf("new record mode %04o, want %04o", got, c.want)
			}
			for id, mode := range c.siblings {
				if got := permOf(t, filepath.Join(dir, "records", id+".md")); got != mode {
					t.Errorf("%s changed mode: %04o, was %04o", id, got, mode)
				}
			}
		})
	}
}

// An edit keeps the record's mode exactly, whatever the umask: never wider, never narrower.
func TestEditKeepsMode(t *testing.T) {
	for _, mode := range []fs.FileMode{0o600, 0o640, 0o644, 0o444, 0o660} {
		for _, umask := range []int{0o000, 0o077} {
			dir := permDir(t, map[string]fs.FileMode{"S0001": mode})
			withUmask(umask, func() {
				if res := runFollow(t, dir, "new", "S0001", "--fact", "権限", "--next", "2026-12-15"); res.code != 0 {
					t.Fatalf("follow new: exit %d\n%s", res.code, res.stderr)
				}
			})
			p := filepath.Join(dir, "records", "S0001.md")
			if got := permOf(t, p); got != mode {
				t.Errorf("mode %04o, umask %03o: after an edit %04o", mode, umask, got)
			}
			if b, _ := os.ReadFile(p); !strings.Contains(string(b), "権限") {
				t.Errorf("mode %04o: the visit was not written", mode)
			}
		}
	}
}

// A record that is a symbolic link, to a record inside the folder or to a file elsewhere,
// is read but never written through: follow refuses, and neither the link nor its target
// changes.
func TestSymlinkedRecordNotWritten(t *testing.T) {
	dir := permDir(t, map[string]fs.FileMode{"S0001": 0o644})
	outside := filepath.Join(dir, "outside.md")
	if err := os.WriteFile(outside, []byte(corpusBase("S0003")), 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"S0002": filepath.Join(dir, "records", "S0001.md"), // inside
		"S0003": outside,
		"S0004": "../outside.md", // relative, leading out
	}
	for id, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, "records", id+".md")); err != nil {
			t.Fatal(err)
		}
	}
	before := snapshot(t, dir)
	for id := range links {
		res := runFollow(t, dir, "new", id, "--fact", "リンク越し", "--next", "2026-12-15")
		if res.code != 1 || !strings.Contains(res.stderr, "link") {
			t.Errorf("follow new %s (a symbolic link): exit %d, want 1 naming the link\n%s", id, res.code, res.stderr)
		}
	}
	sameFiles(t, "follow new through links", before, snapshot(t, dir))
	for id := range links {
		if st, err := os.Lstat(filepath.Join(dir, "records", id+".md")); err != nil || st.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a symbolic link", id)
		}
	}
	// Reading through them is fine (the inside one duplicates S0001's ID).
	if res := runFollow(t, dir, "due", "--json"); res.code != 0 {
		t.Errorf("follow due over linked records: exit %d\n%s", res.code, res.stderr)
	}
}
