package store

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// writeTree makes a records directory holding the given files (path: content).
// WriteFile is WriteRecord of bytes that need not be a record: what the tests of writing
// write (the names index is left to be rebuilt).
func (s *Store) WriteFile(path string, data []byte) error { return s.write(path, data, nil) }

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, c := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func present(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// tempOf is the temporary file a write of path from the records directory root uses.
func tempOf(t *testing.T, root, path string) string {
	t.Helper()
	r, err := resolve(root)
	if err != nil {
		t.Fatal(err)
	}
	return tempName(r, path)
}

// The temporary file's name is fixed for a record and a records directory, hidden, and
// ignored by the pattern follow init's .gitignore holds.
func TestTempName(t *testing.T) {
	root := writeTree(t, map[string]string{"osaka/S0001.md": "x"})
	p := filepath.Join(root, "osaka", "S0001.md")
	name := tempOf(t, root, p)
	if filepath.Dir(name) != filepath.Dir(p) {
		t.Errorf("%s is not beside the record", name)
	}
	if ok, _ := filepath.Match(".*.follow-tmp-*", filepath.Base(name)); !ok || !strings.HasPrefix(filepath.Base(name), ".S0001.md.follow-tmp-") {
		t.Errorf("%s does not match .*.follow-tmp-*", filepath.Base(name))
	}
	if again := tempOf(t, root, p); again != name {
		t.Errorf("two writes of one record use %s and %s", name, again)
	}
	if other := tempOf(t, root, filepath.Join(root, "osaka", "S0002.md")); other == name {
		t.Error("two records share a temporary file")
	}
	// The same records directory through a link: the same name. A records directory
	// inside it (another lock): another name.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(root, link); err == nil {
		if got := tempOf(t, link, filepath.Join(link, "osaka", "S0001.md")); filepath.Base(got) != filepath.Base(name) {
			t.Errorf("through a link %s, want %s", filepath.Base(got), filepath.Base(name))
		}
	}
	if got := tempOf(t, filepath.Join(root, "osaka"), p); got == name {
		t.Error("a records directory inside another uses the same temporary file for a record")
	}
}

// A leftover of the same record is removed by name, without a note (a power loss can
// lose the note).
func TestWriteFileRemovesTheRecordsLeftover(t *testing.T) {
	root := writeTree(t, map[string]string{"S0001.md": "old"})
	p := filepath.Join(root, "S0001.md")
	left := tempOf(t, root, p)
	if err := os.WriteFile(left, []byte("crashed write"), 0o600); err != nil {
		t.Fatal(err)
	}
	s := &Store{Root: root}
	if err := s.WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if present(left) {
		t.Error("the record's leftover temporary file is still there")
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("content %q", b)
	}
	if present(s.notePath()) {
		t.Error("the note is left after a write that finished")
	}
}

// A write does not look at the other files of the folder: a file that merely looks like a
// temporary file, which no write of this records directory noted, stays.
func TestWriteFileLeavesTheFolderAlone(t *testing.T) {
	root := writeTree(t, map[string]string{
		"S0001.md":                 "old",
		".S0002.md.follow-tmp-abc": "not noted",
		".S0001.md.follow-tmp-abc": "not this records directory's name",
		".notes.md":                "hidden",
	})
	if err := (&Store{Root: root}).WriteFile(filepath.Join(root, "S0001.md"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{".S0002.md.follow-tmp-abc", ".S0001.md.follow-tmp-abc", ".notes.md"} {
		if !present(filepath.Join(root, name)) {
			t.Errorf("%s was removed", name)
		}
	}
}

// Something other than a regular file at the temporary file's name is not follow's: the
// write stops and changes nothing.
func TestWriteFileRefusesAFolderAtTheTempName(t *testing.T) {
	root := writeTree(t, map[string]string{"S0001.md": "old"})
	p := filepath.Join(root, "S0001.md")
	in := tempOf(t, root, p)
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	err := (&Store{Root: root}).WriteFile(p, []byte("new"))
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("WriteFile = %v, want a refusal naming the folder in the way", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("content %q", b)
	}
	if st, err := os.Lstat(in); err != nil || !st.IsDir() {
		t.Error("the folder in the way was changed")
	}
}

// The note is read like user input: whatever it names that is not a temporary file inside
// the records directory is left alone.
func TestWriteFileIgnoresABadNote(t *testing.T) {
	parent := t.TempDir()
	root := filepath.Join(parent, "records")
	files := map[string]string{
		"records/S0001.md":              "old",
		"records/S0002.md":              "a record",
		"records/osaka/S0003.md":        "a record",
		".S0009.md.follow-tmp-abc":      "outside",
		"records/.S0004.md":             "hidden, not a temporary file",
		"records/osaka/.x.follow-tmp-1": "a temporary file through ..",
	}
	for p, c := range files {
		full := filepath.Join(parent, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := &Store{Root: root}
	for _, note := range []string{
		"S0002.md", "osaka/S0003.md", ".S0004.md",
		"../.S0009.md.follow-tmp-abc", filepath.ToSlash(filepath.Join(parent, ".S0009.md.follow-tmp-abc")),
		"osaka/../osaka/.x.follow-tmp-1", "./osaka/.x.follow-tmp-1", "osaka/.x.follow-tmp-1\nS0002.md",
	} {
		if _, err := s.EnsureStateDir(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(s.notePath(), []byte(note+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := s.WriteFile(filepath.Join(root, "S0001.md"), []byte("new")); err != nil {
			t.Fatal(err)
		}
		for p := range files {
			if p != "records/S0001.md" && !present(filepath.Join(parent, filepath.FromSlash(p))) {
				t.Fatalf("note %q: %s was removed", note, p)
			}
		}
	}
	// A good note, for contrast: the same file is removed.
	if err := os.WriteFile(s.notePath(), []byte("osaka/.x.follow-tmp-1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteFile(filepath.Join(root, "S0001.md"), []byte("newer")); err != nil {
		t.Fatal(err)
	}
	if present(filepath.Join(root, "osaka", ".x.follow-tmp-1")) {
		t.Error("the file a good note names was not removed")
	}
}

// A new record in a folder of many records takes the mode they share without the folder
// being read whole; the sample is still every record when there are few.
func TestSiblingMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows files have no permission bits but read-only: the modes this test checks cannot exist there")
	}
	dir := t.TempDir()
	if _, ok := siblingMode(dir); ok {
		t.Error("an empty folder gives a mode")
	}
	for i, m := range []os.FileMode{0o644, 0o640, 0o755} {
		p := filepath.Join(dir, "S000"+string(rune('1'+i))+".md")
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, m); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if m, ok := siblingMode(dir); !ok || m != 0o640 {
		t.Errorf("siblingMode = %04o, %v; want 0640 (the bits all three records have, no execute)", m, ok)
	}
}
