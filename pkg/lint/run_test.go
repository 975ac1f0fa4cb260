package lint

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/store"
)

// lintTree writes generated records (more than Run has readers and checkers) and
// files that share staff IDs or cannot be read as records, and returns their paths.
func lintTree(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	write := func(rel string, data []byte) error {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, data, 0o644)
	}
	p := recgen.Params{N: 60, Seed: 7, Today: dates.MustOf(2026, 12, 1)}
	if err := recgen.Generate(p, 1, write); err != nil {
		t.Fatal(err)
	}
	_, g2 := recgen.One(p, "G000002", 0)
	_, g5 := recgen.One(p, "G000005", 0)
	for rel, data := range map[string][]byte{
		"copy/G000002.md": g2,                                                                   // the same ID in two folders
		"copy/g000003.md": []byte(strings.Replace(string(g2), "id: G000002", "id: G000003", 1)), // G000003 in other case
		"copy/X1.md":      g5,                                                                   // holds G000005 under another name
		"copy/broken.md":  []byte("no front matter\n"),                                          // not a record: its ID is its name
		"more/Broken.md":  []byte("---\nid: [\n---\n"),                                          // broken, and the same name but for case
		"copy/noid.md":    []byte(strings.Replace(string(g5), "id: G000005\n", "", 1)),          // no id: its ID is its name
	} {
		if err := write(rel, data); err != nil {
			t.Fatal(err)
		}
	}
	// A file lint cannot read, where links can be made.
	if err := os.Symlink(os.DevNull, filepath.Join(dir, "copy", "device.md")); err != nil {
		t.Logf("no unreadable file in the tree: %v", err)
	}
	paths, err := (&store.Store{Root: dir}).List()
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

// lintOneByOne is Run done the plain way: each file read and checked in turn, and
// every file's ID handed to Duplicates.
func lintOneByOne(paths []string, opts Options) []Finding {
	var all []Finding
	ids := map[string]IDAt{}
	for _, p := range paths {
		src, err := store.ReadLimited(p)
		fs, r := Check(File{Path: p, Src: src, Err: err}, opts)
		all = append(all, fs...)
		ids[p] = IDAt{ID: store.IDOf(p), Line: 1}
		if r != nil && r.ID != "" {
			ids[p] = IDAt{ID: r.ID, Line: r.KeyLine("id")}
		}
	}
	return append(all, Duplicates(ids)...)
}

// TestRunOneByOne checks that reading and checking files concurrently, and looking
// for shared IDs without a map of every file, find what checking them one by one finds.
func TestRunOneByOne(t *testing.T) {
	paths := lintTree(t)
	cfg := config.Default()
	opts := Options{Config: cfg, Today: dates.MustOf(2026, 12, 1), Privacy: privacy.New(privacy.Options{})}
	want := lintOneByOne(paths, opts)
	Sort(want)
	dups := 0
	for _, x := range want {
		if x.Rule == "duplicate-id" {
			dups++
		}
	}
	// G000002 twice, G000003 and g000003, G000005 and X1, broken and Broken.
	if dups != 8 {
		t.Fatalf("the tree should make 8 duplicate-id findings, got %d: %v", dups, want)
	}
	for _, gc := range []*GC{nil, {}} {
		got := Run(paths, opts, gc)
		Sort(got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Run:\n%s\nchecked one by one:\n%s", findingLines(got), findingLines(want))
		}
	}
	if got := Run(nil, opts, nil); len(got) != 0 {
		t.Errorf("no files: %v", got)
	}
}

func findingLines(fs []Finding) string {
	var b strings.Builder
	for _, x := range fs {
		b.WriteString(x.String() + "\n")
	}
	return b.String()
}

// TestLintGC checks that lint turns the collector's pacing to a memory limit, leaves it
// alone when GOGC or GOMEMLIMIT is set, and puts the settings back when findings pile up
// and at the end.
func TestLintGC(t *testing.T) {
	const limit0, percent0 = 1 << 40, 150
	defer debug.SetGCPercent(debug.SetGCPercent(percent0))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit0))
	settings := func() (int64, int) {
		p := debug.SetGCPercent(percent0)
		debug.SetGCPercent(p)
		return debug.SetMemoryLimit(-1), p
	}
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }

	g := StartGC(getenv, 1000)
	if limit, percent := settings(); limit != memoryBase+1000*memoryPerFile || percent != -1 {
		t.Errorf("during lint: limit %d, GOGC %d; want %d, off", limit, percent, memoryBase+1000*memoryPerFile)
	}
	g.keep([]Finding{{Message: "a warning"}})
	if _, percent := settings(); percent != -1 {
		t.Errorf("one finding turned the pacing back to GOGC %d", percent)
	}
	many := make([]Finding, g.limit/3/findingBytes)
	g.keep(many)
	if limit, percent := settings(); limit != limit0 || percent != percent0 {
		t.Errorf("after %d findings: limit %d, GOGC %d; want the previous %d, %d", len(many)+1, limit, percent, int64(limit0), percent0)
	}
	g.Stop()
	if limit, percent := settings(); limit != limit0 || percent != percent0 {
		t.Errorf("after stop: limit %d, GOGC %d", limit, percent)
	}

	g = StartGC(getenv, 10)
	g.Stop()
	if limit, percent := settings(); limit != limit0 || percent != percent0 {
		t.Errorf("after a run: limit %d, GOGC %d; want %d, %d", limit, percent, int64(limit0), percent0)
	}

	for _, k := range []string{"GOGC", "GOMEMLIMIT"} {
		env = map[string]string{k: "200"}
		g = StartGC(getenv, 10)
		if limit, percent := settings(); limit != limit0 || percent != percent0 {
			t.Errorf("with %s set: limit %d, GOGC %d; want them untouched", k, limit, percent)
		}
		g.keep(many)
		g.Stop()
	}
}

func TestPackPaths(t *testing.T) {
	paths := []string{"records/tokyo/G000001.md", "", "G2.md", "大阪/G3.md"}
	p := packPaths(paths)
	if p.len() != len(paths) {
		t.Fatalf("len %d, want %d", p.len(), len(paths))
	}
	for i, want := range paths {
		if got := p.at(i); got != want {
			t.Errorf("at(%d) = %q, want %q", i, got, want)
		}
	}
}
