package store

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

func namesRec(id, owner string) string {
	return strings.Replace(strings.ReplaceAll(cacheRec, "%ID%", id), "owner: 佐藤", "owner: "+owner, 1)
}

// The names index answers who the records name without reading them, and stops being
// used as soon as a folder of the tree changes; follow's own writes keep it current.
func TestNamesIndex(t *testing.T) {
	withProgram(t, "names-test")
	root := writeTree(t, map[string]string{
		"S1.md":       namesRec("S1", "佐藤 一郎"),
		"tokyo/S2.md": namesRec("S2", "鈴木 二郎"),
		"osaka/.keep": "",
	})
	s := &Store{Root: root}
	if _, ok := s.Names(); ok {
		t.Fatal("an index before any was written")
	}
	names, err := s.TeamNames()
	if err != nil || !slices.Equal(names, []string{"佐藤 一郎", "鈴木 二郎"}) && !slices.Equal(names, []string{"鈴木 二郎", "佐藤 一郎"}) {
		t.Fatalf("TeamNames = %q, %v", names, err)
	}
	if got, ok := s.Names(); !ok || !slices.Equal(got, []string{"佐藤 一郎", "鈴木 二郎"}) {
		t.Fatalf("the index holds %q (%v)", got, ok)
	}

	// The index is what answers: a record changed in place (its folder unchanged) is not
	// read again.
	if err := os.WriteFile(filepath.Join(root, "tokyo", "S2.md"), []byte(namesRec("S2", "高橋 三郎")), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.TeamNames(); slices.Contains(got, "高橋 三郎") {
		t.Fatalf("the records were read again: %q", got)
	}

	// follow's own write keeps it current, with the names of what it wrote.
	unlock, err := s.Lock()
	if err != nil {
		t.Fatal(err)
	}
	p3 := filepath.Join(root, "tokyo", "S3.md")
	rec3, err := record.Parse(p3, []byte(namesRec("S3", "田中 四郎")))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteRecord(p3, rec3); err != nil {
		t.Fatal(err)
	}
	// WriteRecord takes the names from the record read back, not from parsing again.
	p4 := filepath.Join(root, "tokyo", "S4.md")
	rec, err := record.Parse(p4, []byte(namesRec("S4", "山本 六郎")))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteRecord(p4, rec); err != nil {
		t.Fatal(err)
	}
	unlock()
	if got, ok := s.Names(); !ok || !slices.Contains(got, "田中 四郎") || !slices.Contains(got, "山本 六郎") {
		t.Fatalf("after two WriteRecords the index holds %q (%v)", got, ok)
	}
	if data, err := os.ReadFile(p4); err != nil || string(data) != namesRec("S4", "山本 六郎") {
		t.Fatalf("WriteRecord wrote %q, %v", data, err)
	}

	// A record added by anyone else, in any folder (an empty one too), makes it stale.
	for _, dir := range []string{"osaka", "."} {
		os.WriteFile(filepath.Join(root, dir, "S9"+dir[:1]+".md"), []byte(namesRec("S9", "中村 五郎")), 0o644)
		if _, ok := s.Names(); ok {
			t.Fatalf("a record added in %s: the index is still used", dir)
		}
		got, err := s.TeamNames()
		if err != nil || !slices.Contains(got, "中村 五郎") || !slices.Contains(got, "高橋 三郎") {
			t.Fatalf("after a record was added in %s: %q, %v", dir, got, err)
		}
	}
	// Another build does not read it.
	withProgram(t, "another")
	if _, ok := s.Names(); ok {
		t.Fatal("another program's index was read")
	}
}
