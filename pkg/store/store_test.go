package store_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// Helpers are prefixed st so they do not collide with other test files of this package.

const stRecord = `---
id: %s
name: 早川 美咲
status: active
owner: 森本 彩
start: 2026-11-25
next: 2026-12-02
---

## 2026-11-25 電話

次回: 2026-12-02
`

func stRec(id string) string { return strings.Replace(stRecord, "%s", id, 1) }

// stTree creates files (path → content; a path ending in / is a folder) under a new
// temporary folder and returns it.
func stTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, c := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if strings.HasSuffix(p, "/") {
			if err := os.MkdirAll(full, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func stSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links: %v", err)
	}
}

func stOpen(t *testing.T, root string) *store.Store {
	t.Helper()
	s, err := store.Open(root)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// stRel returns the paths relative to root, with slashes.
func stRel(t *testing.T, root string, paths []string) []string {
	t.Helper()
	out := []string{}
	for _, p := range paths {
		r, err := filepath.Rel(root, p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

// ---- Resolve, Open -------------------------------------------------------------------------

func TestResolve(t *testing.T) {
	root := stTree(t, map[string]string{
		"team/follow.yaml":             "",
		"team/osaka/deep/x.txt":        "",
		"team/osaka/inner/follow.yaml": "",
		"other/dir-named/follow.yaml/": "", // a folder named follow.yaml does not count
		"other/dir-named/sub/":         "",
	})
	team := filepath.Join(root, "team")
	for _, c := range []struct {
		name           string
		flag, env, cwd string
		want           string
	}{
		{"flag wins", "flagdir", "envdir", filepath.Join(team, "osaka"), "flagdir"},
		{"env next", "", "envdir", filepath.Join(team, "osaka"), "envdir"},
		{"follow.yaml in cwd", "", "", team, team},
		{"follow.yaml in an ancestor", "", "", filepath.Join(team, "osaka", "deep"), team},
		{"the nearest follow.yaml", "", "", filepath.Join(team, "osaka", "inner"), filepath.Join(team, "osaka", "inner")},
	} {
		if got := store.Resolve(c.flag, c.env, c.cwd); got != c.want {
			t.Errorf("%s: Resolve(%q, %q, %q) = %q, want %q", c.name, c.flag, c.env, c.cwd, got, c.want)
		}
	}
	// Without any follow.yaml above: ./records (unless the machine has one above the
	// temporary folder, which this test cannot control).
	cwd := filepath.Join(root, "other", "dir-named", "sub")
	for d := root; ; d = filepath.Dir(d) {
		if st, err := os.Stat(filepath.Join(d, store.ConfigName)); err == nil && !st.IsDir() {
			t.Skipf("%s holds a follow.yaml", d)
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if got, want := store.Resolve("", "", cwd), filepath.Join(cwd, "records"); got != want {
		t.Errorf("no follow.yaml: Resolve = %q, want %q", got, want)
	}
}

func TestOpen(t *testing.T) {
	root := stTree(t, map[string]string{"file.md": "x", "dir/": ""})
	if s, err := store.Open(filepath.Join(root, "dir")); err != nil || s.Root != filepath.Join(root, "dir") {
		t.Errorf("Open(dir) = %v, %v", s, err)
	}
	_, err := store.Open(filepath.Join(root, "missing"))
	if err == nil || !strings.Contains(err.Error(), "does not exist") || !strings.Contains(err.Error(), "missing") {
		t.Errorf("Open(missing) error = %v", err)
	}
	_, err = store.Open(filepath.Join(root, "file.md"))
	if err == nil || !strings.Contains(err.Error(), "is not a directory") {
		t.Errorf("Open(file) error = %v", err)
	}
	// A symbolic link to a folder opens as the folder.
	link := filepath.Join(root, "link")
	stSymlink(t, filepath.Join(root, "dir"), link)
	if _, err := store.Open(link); err != nil {
		t.Errorf("Open(link to dir) = %v", err)
	}
}

// ---- names ---------------------------------------------------------------------------------

func TestValidID(t *testing.T) {
	for _, id := range []string{"S0001", "s0001", "0001", "a", "S-0001", "S_0001", "S.0001", "ABC.def-1_2", strings.Repeat("x", 64), "CONS", "COM10", "LPT0", "S0001.mdx", "NULL"} {
		if err := store.ValidID(id); err != nil {
			t.Errorf("ValidID(%q) = %v, want nil", id, err)
		}
	}
	for _, id := range []string{
		"", "../x", "..", ".", "a/b", `a\b`, "/abs", ".hidden", "-x", "_x", "S0001.md", "S0001.MD",
		strings.Repeat("x", 65), "スタッフ", "S０００１", "S 0001", "S\t1", "S\x00", "S:1", "S*", "S?",
		"CON", "con", "Con.1", "PRN", "AUX", "NUL", "nul.txt", "COM1", "com9", "LPT1", "LPT9.x",
	} {
		if err := store.ValidID(id); err == nil {
			t.Errorf("ValidID(%q) = nil, want an error", id)
		}
	}
}

func TestIsRecordName(t *testing.T) {
	for name, want := range map[string]bool{
		"S0001.md": true, "s.md": true, "a.b.md": true,
		"README.md": false, "readme.md": false, "ReadMe.md": false,
		".S0001.md": false, ".S0001.md.follow-tmp-0a1b2c": false, "_template.md": false,
		"S0001.txt": false, "S0001.MD": false, "S0001.md~": false, "md": false, "follow.yaml": false,
	} {
		if got := store.IsRecordName(name); got != want {
			t.Errorf("IsRecordName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestIsRecordPath(t *testing.T) {
	for rel, want := range map[string]bool{
		"S0001.md": true, "osaka/S0111.md": true, "大阪 支店/S0112.md": true,
		"README.md": false, "osaka/README.md": false, "_引継ぎメモ.md": false, "osaka/_template.md": false,
		".github/S0001.md": false, "osaka/.follow/S0001.md": false, "node_modules/x/S0001.md": false,
		"S0001.txt": false, "/S0001.md": false, "osaka//S0001.md": false,
	} {
		if got := store.IsRecordPath(rel); got != want {
			t.Errorf("IsRecordPath(%q) = %v, want %v", rel, got, want)
		}
	}
}

func TestIDOf(t *testing.T) {
	for p, want := range map[string]string{"S0001.md": "S0001", "records/osaka/S0111.md": "S0111", filepath.Join("a", "b.md"): "b"} {
		if got := store.IDOf(p); got != want {
			t.Errorf("IDOf(%q) = %q, want %q", p, got, want)
		}
	}
}

// ---- List, Find ----------------------------------------------------------------------------

func TestList(t *testing.T) {
	root := stTree(t, map[string]string{
		"S0002.md":                  "",
		"S0001.md":                  "",
		"README.md":                 "",
		"readme.md":                 "",
		"_template.md":              "",
		".hidden.md":                "",
		".S0001.md.follow-tmp-abc":  "",
		"notes.txt":                 "",
		"follow.yaml":               "",
		"osaka/S0111.md":            "",
		"osaka/README.md":           "",
		"osaka/umeda/S0120.md":      "",
		"a-first/S0000.md":          "",
		".git/S9999.md":             "",
		".follow/S9998.md":          "",
		".github/x.md":              "",
		"node_modules/pkg/S9997.md": "",
		"_drafts/S0300.md":          "", // only files starting with _ are skipped, not folders
		"empty/":                    "",
	})
	outside := stTree(t, map[string]string{"S0500.md": "", "sub/S0501.md": ""})
	stSymlink(t, outside, filepath.Join(root, "linked"))                              // a link to a folder: not followed
	stSymlink(t, filepath.Join(outside, "S0500.md"), filepath.Join(root, "S0500.md")) // a link to a file: listed
	got, err := stOpen(t, root).List()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"S0001.md", "S0002.md", "S0500.md", "_drafts/S0300.md", "a-first/S0000.md", "osaka/S0111.md", "osaka/umeda/S0120.md"}
	sort.Strings(want)
	if g := stRel(t, root, got); strings.Join(g, " ") != strings.Join(want, " ") {
		t.Errorf("List:\n got %v\nwant %v", g, want)
	}
	if !sort.StringsAreSorted(got) {
		t.Errorf("List is not sorted: %v", got)
	}
	for _, p := range got {
		if !strings.HasPrefix(p, root) {
			t.Errorf("List path %q is not under the root as given", p)
		}
	}

	empty, err := stOpen(t, t.TempDir()).List()
	if err != nil || len(empty) != 0 {
		t.Errorf("List of an empty folder = %v, %v", empty, err)
	}
}

// The root itself may be a symbolic link (--dir ~/records pointing at a synced folder):
// Open accepts it, so List must list the records inside it.
func TestListRootIsASymlink(t *testing.T) {
	real := stTree(t, map[string]string{"S0001.md": "", "osaka/S0111.md": ""})
	link := filepath.Join(t.TempDir(), "records")
	stSymlink(t, real, link)
	got, err := stOpen(t, link).List()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(link, "S0001.md"), filepath.Join(link, "osaka", "S0111.md")}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("List of a root that is a symbolic link:\n got %v\nwant %v", got, want)
	}
}

func TestListRootMissing(t *testing.T) {
	s := &store.Store{Root: filepath.Join(t.TempDir(), "gone")}
	if _, err := s.List(); err == nil {
		t.Error("List of a missing root: no error")
	}
}

func TestFind(t *testing.T) {
	root := stTree(t, map[string]string{
		"S0001.md":              "",
		"osaka/S0001.md":        "", // shadowed by the top-level file
		"osaka/S0111.md":        "",
		"osaka/S0200.md":        "",
		"kobe/S0200.md":         "",
		"S0300.md/":             "", // a folder, not a record
		"deep/er/S0300.md":      "",
		".git/S0400.md":         "",
		"README.md":             "",
		"osaka/_S0500.md":       "",
		"node_modules/S0600.md": "",
	})
	s := stOpen(t, root)
	finder := s.Finder() // one Finder for every case: it answers as Find does
	for _, c := range []struct {
		id, want, err string
	}{
		{"S0001", "S0001.md", ""},
		{"S0111", "osaka/S0111.md", ""},
		{"S0300", "deep/er/S0300.md", ""},
		{"S0999", "", ""},
		{"S0400", "", ""},
		{"S0600", "", ""},
		{"s0001", "", ""}, // case-sensitive (this test runs on a case-sensitive file system only)
		{"S0200", "", "several files"},
		{"../S0001", "", "must start with a letter"},
		{"osaka/S0111", "", "may only hold"},
		{"S0001.md", "", "without .md"},
		{"", "", "empty"},
	} {
		got, err := s.Find(c.id)
		if got2, err2 := finder(c.id); got2 != got || (err == nil) != (err2 == nil) {
			t.Errorf("Finder(%q) = %q, %v; Find says %q, %v", c.id, got2, err2, got, err)
		}
		if c.id == "s0001" && err == nil && got != "" {
			if _, e := os.Stat(filepath.Join(root, "s0001.md")); e == nil {
				continue // case-insensitive file system
			}
		}
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("Find(%q) = %q, %v; want an error containing %q", c.id, got, err, c.err)
			}
			if got != "" {
				t.Errorf("Find(%q) returned a path with an error: %q", c.id, got)
			}
		case err != nil:
			t.Errorf("Find(%q): %v", c.id, err)
		case c.want == "" && got != "":
			t.Errorf("Find(%q) = %q, want none", c.id, got)
		case c.want != "" && got != filepath.Join(root, filepath.FromSlash(c.want)):
			t.Errorf("Find(%q) = %q, want %q", c.id, got, c.want)
		}
	}
	// The error names every file.
	_, err := s.Find("S0200")
	if err == nil || !strings.Contains(err.Error(), filepath.Join(root, "kobe", "S0200.md")) || !strings.Contains(err.Error(), filepath.Join(root, "osaka", "S0200.md")) {
		t.Errorf("Find(S0200) error does not name both files: %v", err)
	}
	// The Finder listed the tree once: a record created below the root since is not seen
	// (Find sees it), one written at the root is.
	for name, want := range map[string]bool{"deep/new/S0700.md": false, "S0701.md": true} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".md")
		if got, _ := finder(id); (got == p) != want {
			t.Errorf("Finder(%s) after %s was written = %q", id, name, got)
		}
		if got, _ := s.Find(id); got != p {
			t.Errorf("Find(%s) = %q, want %q", id, got, p)
		}
	}
}

// ---- Load, ReadLimited ---------------------------------------------------------------------

func TestLoad(t *testing.T) {
	root := stTree(t, map[string]string{
		"S0001.md": stRec("S0001"),
		"S0002.md": "no front matter\n",
		"S0003.md": stRec("S0003"),
		"S0004.md": stRec("S0004"),
	})
	var paths []string
	for _, n := range []string{"S0004", "S0002", "S0001", "missing", "S0003"} {
		paths = append(paths, filepath.Join(root, n+".md"))
	}
	// Many paths, to have every worker busy; the order must still be kept.
	for i := 0; i < 50; i++ {
		paths = append(paths, filepath.Join(root, "S0001.md"))
	}
	got := store.Load(paths)
	if len(got) != len(paths) {
		t.Fatalf("Load returned %d results for %d paths", len(got), len(paths))
	}
	for i, l := range got {
		if l.Path != paths[i] {
			t.Errorf("result %d is for %s, want %s", i, l.Path, paths[i])
		}
		id := store.IDOf(paths[i])
		switch id {
		case "S0002":
			var e *record.Error
			if !errors.As(l.Err, &e) || e.Rule != "frontmatter" || l.Record != nil {
				t.Errorf("%s: Err = %v, Record = %v; want a frontmatter error", id, l.Err, l.Record)
			}
		case "missing":
			if !errors.Is(l.Err, fs.ErrNotExist) || l.Record != nil {
				t.Errorf("%s: Err = %v; want not exist", id, l.Err)
			}
		default:
			if l.Err != nil || l.Record == nil || l.Record.ID != id {
				t.Errorf("%s: %v, %v", id, l.Record, l.Err)
			}
		}
	}
	if got := store.Load(nil); len(got) != 0 {
		t.Errorf("Load(nil) = %v", got)
	}
}

func TestParallel(t *testing.T) {
	for _, n := range []int{0, 1, 3, 1000} {
		hits := make([]int, n)
		store.Parallel(n, func(i int) { hits[i]++ })
		for i, h := range hits {
			if h != 1 {
				t.Fatalf("Parallel(%d): fn(%d) ran %d times", n, i, h)
			}
		}
	}
}

func TestReadLimited(t *testing.T) {
	root := stTree(t, map[string]string{"S0001.md": stRec("S0001"), "empty.md": "", "dir.md/": ""})
	b, err := store.ReadLimited(filepath.Join(root, "S0001.md"))
	if err != nil || string(b) != stRec("S0001") {
		t.Errorf("ReadLimited = %q, %v", b, err)
	}
	if b, err := store.ReadLimited(filepath.Join(root, "empty.md")); err != nil || len(b) != 0 {
		t.Errorf("empty file: %q, %v", b, err)
	}
	if _, err := store.ReadLimited(filepath.Join(root, "missing.md")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	var e *record.Error
	if _, err := store.ReadLimited(filepath.Join(root, "dir.md")); !errors.As(err, &e) || e.Rule != "file" {
		t.Errorf("folder: %v; want a file error", err)
	}
}

// A file larger than record.MaxSize is refused from its size, before anything is read: a
// sparse file of 4 GiB takes no time.
func TestReadLimitedRefusesLargeFilesUnread(t *testing.T) {
	root := t.TempDir()
	for _, size := range []int64{record.MaxSize + 1, 4 << 30} {
		p := filepath.Join(root, "big.md")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(size); err != nil {
			f.Close()
			t.Skipf("sparse files: %v", err)
		}
		f.Close()
		start := time.Now()
		b, err := store.ReadLimited(p)
		var e *record.Error
		if !errors.As(err, &e) || e.Rule != "size" || b != nil {
			t.Errorf("size %d: %d bytes, %v; want a size error", size, len(b), err)
		}
		if d := time.Since(start); d > 200*time.Millisecond {
			t.Errorf("size %d: refusing took %v; the file was read", size, d)
		}
		os.Remove(p)
	}
	// Exactly MaxSize is still read.
	p := filepath.Join(root, "max.md")
	f, _ := os.Create(p)
	if err := f.Truncate(record.MaxSize); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if b, err := store.ReadLimited(p); err != nil || len(b) != record.MaxSize {
		t.Errorf("MaxSize: %d bytes, %v", len(b), err)
	}
	// And LoadOne reports the size error without reading.
	if l := store.LoadOne(filepath.Join(root, "missing.md")); l.Err == nil {
		t.Error("LoadOne(missing): no error")
	}
}

// skipModes skips a test of permission bits where files have none but read-only.
func skipModes(t *testing.T) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("Windows files have no permission bits but read-only: the modes this test checks cannot exist there")
	}
}

// ---- Lock ----------------------------------------------------------------------------------

func TestLock(t *testing.T) {
	s := stOpen(t, t.TempDir())
	unlock, err := s.Lock()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(s.Root, store.StateDir, "lock")); err != nil {
		t.Errorf("no lock file: %v", err)
	}
	got := make(chan func(), 1)
	go func() {
		u, err := s.Lock()
		if err != nil {
			t.Error(err)
			u = func() {}
		}
		got <- u
	}()
	select {
	case u := <-got:
		u()
		t.Fatal("a second Lock succeeded while the first was held")
	case <-time.After(150 * time.Millisecond):
	}
	unlock()
	select {
	case u := <-got:
		u()
	case <-time.After(5 * time.Second):
		t.Fatal("the second Lock did not get the lock after the first was released")
	}
	// Released again: a third Lock succeeds at once.
	u, err := s.Lock()
	if err != nil {
		t.Fatal(err)
	}
	u()
}

func TestLockStateDirIsAFile(t *testing.T) {
	root := stTree(t, map[string]string{store.StateDir: "not a folder"})
	if _, err := stOpen(t, root).Lock(); err == nil {
		t.Error("Lock with .follow a file: no error")
	}
}

func TestEnsureStateDir(t *testing.T) {
	s := stOpen(t, t.TempDir())
	dir, err := s.EnsureStateDir()
	if err != nil || dir != filepath.Join(s.Root, store.StateDir) {
		t.Fatalf("EnsureStateDir = %q, %v", dir, err)
	}
	b, err := os.ReadFile(filepath.Join(dir, ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if lines[len(lines)-1] != "*" {
		t.Errorf(".gitignore does not ignore everything:\n%s", b)
	}
	// A .gitignore the team changed is kept.
	if err := os.WriteFile(filepath.Join(dir, ".gitignore"), []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.EnsureStateDir(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, ".gitignore")); string(b) != "mine\n" {
		t.Errorf(".gitignore overwritten: %q", b)
	}
	// The state folder is never listed as records.
	if err := os.WriteFile(filepath.Join(dir, "draft.md"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.List(); len(got) != 0 {
		t.Errorf("List sees the state folder: %v", got)
	}
}

// ---- WriteFile -----------------------------------------------------------------------------

func stMode(t *testing.T, p string) fs.FileMode {
	t.Helper()
	st, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

// stNoTemps fails when a temporary file is left in dir.
func stNoTemps(t *testing.T, dir string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.Contains(e.Name(), "follow-tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

func TestWriteFileReplacesKeepingMode(t *testing.T) {
	root := stTree(t, map[string]string{"S0001.md": "old\n"})
	p := filepath.Join(root, "S0001.md")
	if err := os.Chmod(p, 0o640); err != nil {
		t.Fatal(err)
	}
	s := stOpen(t, root)
	if err := s.WriteFile(p, []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new\n" {
		t.Errorf("content %q", b)
	}
	if m := stMode(t, p); m != 0o640 && runtime.GOOS != "windows" { // see skipModes
		t.Errorf("mode %o, want 640", m)
	}
	stNoTemps(t, root)
	if runtime.GOOS == "windows" {
		t.Skip("Windows does not replace a file another process holds open (Go opens files without FILE_SHARE_DELETE): the rest of this test cannot apply")
	}
	// A reader holding the old file keeps reading the old bytes: the file was replaced,
	// not rewritten in place.
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := s.WriteFile(p, []byte("newer\n")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 16)
	n, _ := f.Read(buf)
	if string(buf[:n]) != "new\n" {
		t.Errorf("open reader sees %q: the file was rewritten in place, not replaced", buf[:n])
	}
}

func TestWriteFileNewFileMode(t *testing.T) {
	skipModes(t)
	// Beside other records: their mode.
	root := stTree(t, map[string]string{"S0001.md": "x", "osaka/S0111.md": "y", "osaka/notes.txt": "z"})
	if err := os.Chmod(filepath.Join(root, "S0001.md"), 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(root, "osaka", "S0111.md"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(root, "osaka", "notes.txt"), 0o777); err != nil {
		t.Fatal(err)
	}
	s := stOpen(t, root)
	for dir, want := range map[string]fs.FileMode{".": 0o664, "osaka": 0o640} {
		p := filepath.Join(root, dir, "S0900.md")
		if err := s.WriteFile(p, []byte("new")); err != nil {
			t.Fatal(err)
		}
		if m := stMode(t, p); m != want {
			t.Errorf("new file in %s: mode %o, want %o", dir, m, want)
		}
		stNoTemps(t, filepath.Join(root, dir))
	}
	// Alone (only files that are not records beside it): 0600.
	alone := stTree(t, map[string]string{"README.md": "r", "follow.yaml": "", "_t.md": ""})
	for _, n := range []string{"README.md", "follow.yaml", "_t.md"} {
		os.Chmod(filepath.Join(alone, n), 0o666)
	}
	p := filepath.Join(alone, "S0001.md")
	if err := stOpen(t, alone).WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if m := stMode(t, p); m != 0o600 {
		t.Errorf("new file alone: mode %o, want 600", m)
	}
}

func TestWriteFileRefusesSymlinks(t *testing.T) {
	root := stTree(t, map[string]string{"S0001.md": "target\n"})
	link := filepath.Join(root, "S0002.md")
	stSymlink(t, filepath.Join(root, "S0001.md"), link)
	s := stOpen(t, root)
	err := s.WriteFile(link, []byte("through the link\n"))
	if err == nil || !strings.Contains(err.Error(), "link") {
		t.Errorf("WriteFile through a link = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, "S0001.md")); string(b) != "target\n" {
		t.Errorf("target changed: %q", b)
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
	// A dangling link too.
	dangling := filepath.Join(root, "S0003.md")
	stSymlink(t, filepath.Join(root, "nowhere.md"), dangling)
	if err := s.WriteFile(dangling, []byte("x")); err == nil {
		t.Error("WriteFile through a dangling link: no error")
	}
	if _, err := os.Stat(filepath.Join(root, "nowhere.md")); err == nil {
		t.Error("a dangling link's target was created")
	}
	stNoTemps(t, root)
}

func TestWriteFileRefusesOutsideTheRoot(t *testing.T) {
	parent := t.TempDir()
	root := filepath.Join(parent, "records")
	if err := os.MkdirAll(filepath.Join(root, "osaka"), 0o755); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	stSymlink(t, outside, filepath.Join(root, "elsewhere"))
	s := stOpen(t, root)
	for _, p := range []string{
		filepath.Join(parent, "S0001.md"),
		filepath.Join(root, "..", "S0001.md"),
		filepath.Join(root, "osaka", "..", "..", "S0001.md"),
		filepath.Join(outside, "S0001.md"),
		filepath.Join(root, "elsewhere", "S0001.md"), // a folder link leading out
	} {
		err := s.WriteFile(p, []byte("x"))
		if err == nil || !strings.Contains(err.Error(), "outside") {
			t.Errorf("WriteFile(%s) = %v; want a refusal", p, err)
		}
	}
	for _, d := range []string{parent, outside} {
		if _, err := os.Stat(filepath.Join(d, "S0001.md")); err == nil {
			t.Errorf("a file was written in %s", d)
		}
	}
	// Inside, through a subfolder: fine.
	if err := s.WriteFile(filepath.Join(root, "osaka", "S0111.md"), []byte("x")); err != nil {
		t.Errorf("WriteFile in a subfolder: %v", err)
	}
	// A folder whose name starts with .. is still inside.
	if err := os.Mkdir(filepath.Join(root, "..x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteFile(filepath.Join(root, "..x", "S0001.md"), []byte("x")); err != nil {
		t.Errorf("WriteFile in ..x: %v", err)
	}
	if !s.Inside(filepath.Join(root, "S0001.md")) || s.Inside(filepath.Join(outside, "S0001.md")) {
		t.Error("Inside is wrong")
	}
}

func TestWriteFileRefusesAFolder(t *testing.T) {
	root := stTree(t, map[string]string{"S0001.md/": ""})
	if err := stOpen(t, root).WriteFile(filepath.Join(root, "S0001.md"), []byte("x")); err == nil {
		t.Error("WriteFile over a folder: no error")
	}
}

func TestWriteFileUnwritableFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("on Windows a folder's read-only attribute does not stop files being created in it")
	}
	if os.Geteuid() == 0 {
		t.Skip("root ignores permissions")
	}
	root := stTree(t, map[string]string{"S0001.md": "old"})
	if err := os.Chmod(root, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(root, 0o755)
	if err := stOpen(t, root).WriteFile(filepath.Join(root, "S0001.md"), []byte("new")); err == nil {
		t.Error("WriteFile in a read-only folder: no error")
	}
	if b, _ := os.ReadFile(filepath.Join(root, "S0001.md")); string(b) != "old" {
		t.Errorf("content %q", b)
	}
}
