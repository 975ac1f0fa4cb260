package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
)

func params(n int, seed uint64) recgen.Params {
	return recgen.Params{N: n, Seed: seed, Today: dates.MustOf(2026, 12, 1), Big: map[string]int{"G000002": 600, "X9": 50}}
}

// generate returns every record by path, using several workers.
func generate(t *testing.T, p recgen.Params) map[string][]byte {
	t.Helper()
	var mu sync.Mutex
	out := map[string][]byte{}
	err := recgen.Generate(p, 4, func(rel string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		if _, dup := out[rel]; dup {
			t.Errorf("%s written twice", rel)
		}
		out[rel] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSameSeedSameBytes(t *testing.T) {
	a := generate(t, params(300, 42))
	b := generate(t, params(300, 42))
	if len(a) != 301 {
		t.Fatalf("got %d records, want 300 + the extra -big one", len(a))
	}
	for rel, data := range a {
		if !bytes.Equal(data, b[rel]) {
			t.Fatalf("%s differs between two runs with the same seed", rel)
		}
	}
	c := generate(t, params(300, 43))
	same := 0
	for rel, data := range a {
		if bytes.Equal(data, c[rel]) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d records are the same with another seed", same)
	}
}

func TestRunWritesTheSameTree(t *testing.T) {
	dirs := []string{filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")}
	for i, d := range dirs {
		w := []string{"1", "3"}[i] // the number of workers must not matter
		if err := run([]string{"-n", "120", "-seed", "9", "-out", d, "-big", "G000007:300", "-workers", w}); err != nil {
			t.Fatal(err)
		}
	}
	a, b := readTree(t, dirs[0]), readTree(t, dirs[1])
	if len(a) != 121 { // 120 records and follow.yaml
		t.Fatalf("%d files, want 121", len(a))
	}
	for rel, data := range a {
		if !bytes.Equal(data, b[rel]) {
			t.Errorf("%s differs", rel)
		}
	}
	if err := run([]string{"-n", "1", "-out", dirs[0]}); err == nil {
		t.Error("writing into a non-empty directory should fail")
	}
}

func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRecordsAreClean(t *testing.T) {
	p := params(2000, 1)
	recs := generate(t, p)
	var visits []int
	active := 0
	cfg, err := config.Parse("follow.yaml", []byte(recgen.Config(p)))
	if err != nil {
		t.Fatal(err)
	}
	opts := lint.Options{Config: cfg, Today: p.Today}
	scan := privacy.New(privacy.Options{})
	for rel, data := range recs {
		for _, h := range scan.Scan(data) {
			t.Errorf("%s:%d:%d: %s [%s]", rel, h.Line, h.Column, h.Msg, h.Kind)
		}
		fs, r := lint.Check(lint.File{Path: rel, Src: data}, opts)
		for _, f := range fs {
			if f.Severity != lint.Info { // what follow could do (close a fulfilled milestone) is no problem
				t.Errorf("%s", f)
			}
		}
		if r == nil {
			continue
		}
		// The same through the record package directly: no error-level problem anywhere.
		if err := r.FirstError(); err != nil {
			t.Errorf("%s: %v", rel, err)
		}
		entries, probs := r.Entries()
		for _, pr := range probs {
			t.Errorf("%s:%d: %s", rel, pr.Line, pr.Msg)
		}
		n := 0
		for _, e := range entries {
			if e.IsContact() {
				n++
			}
		}
		visits = append(visits, n)
		if r.Active() {
			active++
			if r.Next.Before(p.Today.AddDays(-recgen.MaxLate)) {
				t.Errorf("%s: active with next %s, long before %s", rel, r.Next, p.Today)
			}
			if r.Contract.End.Before(p.Today) {
				t.Errorf("%s: active with a contract that ended %s", rel, r.Contract.End)
			}
		} else if r.Ended.Date.IsZero() || r.Ended.Date.After(p.Today) {
			t.Errorf("%s: ended on %q", rel, r.Ended.Date)
		}
		if dir, file, _ := strings.Cut(rel, "/"); !isBranch(dir) || file != r.ID+".md" {
			t.Errorf("%s is not <branch>/<ID>.md", rel)
		}
		switch r.ID {
		case "G000002":
			if n != 600 || !r.Active() {
				t.Errorf("G000002 has %d contacts (active %v), want 600 forced by -big", n, r.Active())
			}
		case "X9":
			if n != 50 {
				t.Errorf("X9 has %d contacts, want 50", n)
			}
		}
	}
	sort.Ints(visits)
	if med := visits[len(visits)/2]; med < 10 || med > 14 {
		t.Errorf("median contacts per record %d, want about 12", med)
	}
	if share := float64(active) / float64(len(recs)); share < 0.3 || share > 0.5 {
		t.Errorf("%.2f of records active, want about 0.4", share)
	}
}

// A record as follow's own editor would leave it: the front matter renders what the
// record package reads back.
func TestRoundTrip(t *testing.T) {
	recs := generate(t, params(50, 5))
	for rel, data := range recs {
		r, err := record.Parse(rel, data)
		if err != nil {
			t.Fatal(err)
		}
		if r.Contract.Renewals != len(r.Contract.History)-1 {
			t.Errorf("%s: renewals %d with %d periods", rel, r.Contract.Renewals, len(r.Contract.History))
		}
		if got := r.Contract.History[len(r.Contract.History)-1].Until; got != r.Contract.End {
			t.Errorf("%s: contract end %s, last period until %s", rel, r.Contract.End, got)
		}
		for i, q := range r.Requests {
			if want := "R" + strconv.Itoa(i+1); q.ID != want {
				t.Errorf("%s: request %d has id %s", rel, i, q.ID)
			}
			if !bytes.Contains(data, []byte("- "+q.ID+": "+q.What+"（")) {
				t.Errorf("%s: request %s is not written in the body of its visit", rel, q.ID)
			}
		}
	}
}

func isBranch(dir string) bool {
	for _, b := range recgen.Branches() {
		if b == dir {
			return true
		}
	}
	return false
}

func TestOneIsWhatGenerateWrites(t *testing.T) {
	p := params(30, 3)
	all := generate(t, p)
	for _, id := range []string{"G000001", "G000002", "X9", "G000030"} {
		rel, data := recgen.One(p, id, 0)
		if !bytes.Equal(all[rel], data) {
			t.Errorf("One(%s) differs from what Generate wrote at %s", id, rel)
		}
	}
}

// The overdue profile (-overdue K): every record active, with about K open requests, all
// overdue and none with a report-back agreed.
func TestOverdueProfile(t *testing.T) {
	p := recgen.Params{N: 40, Seed: 5, Today: dates.MustOf(2026, 12, 1), Overdue: 30}
	total := 0
	for rel, data := range generate(t, p) {
		r, err := record.Parse(rel, data)
		if err != nil {
			t.Fatal(err)
		}
		if !r.Active() {
			t.Errorf("%s: not active", rel)
		}
		open := 0
		for _, q := range r.Requests {
			if q.Open() {
				open++
				if !q.Due.Before(p.Today) || !q.Report.IsZero() {
					t.Errorf("%s %s: due %s, report %s: want overdue, no report-back", rel, q.ID, q.Due, q.Report)
				}
			}
		}
		total += open
	}
	if avg := float64(total) / float64(p.N); avg < 25 || avg > 35 {
		t.Errorf("%.1f open overdue requests a record, want about 30", avg)
	}
}

// TestOneFlag: -one ID writes that record to standard output, byte for byte as the tree
// holds it, -big making it long.
func TestOneFlag(t *testing.T) {
	d := t.TempDir()
	if err := run([]string{"-n", "30", "-seed", "4", "-out", d, "-big", "G000003:40"}); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	stdout = &b
	defer func() { stdout = os.Stdout }()
	if err := run([]string{"-n", "30", "-seed", "4", "-big", "G000003:40", "-one", "G000003"}); err != nil {
		t.Fatal(err)
	}
	rel, _ := recgen.One(recgen.Params{N: 30, Seed: 4, Today: dates.MustOf(2026, 12, 1), Big: map[string]int{"G000003": 40}}, "G000003", 0)
	want, err := os.ReadFile(filepath.Join(d, filepath.FromSlash(rel)))
	if err != nil || b.Len() == 0 || !bytes.Equal(b.Bytes(), want) {
		t.Errorf("-one wrote %d bytes, the tree holds %d (%v)", b.Len(), len(want), err)
	}
}
