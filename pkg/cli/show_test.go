package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/cmdutil"
)

// The -update flag rewrites golden files. It is registered only once for the package,
// whichever test file gets there first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata/")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// showRecordsDir and showToday are the sample records and the day README.md runs them on.
const (
	showRecordsDir = "../../records"
	showToday      = "2026-12-01"
)

// followIO runs follow in-process with the given environment, standard input and
// terminal state, and returns its exit code, stdout and stderr.
func followIO(t *testing.T, env map[string]string, stdin string, tty bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{
		IO:     &cmdutil.IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut, StdinTTY: tty, StdoutTTY: tty},
		Getenv: func(k string) string { return env[k] },
		Cwd:    t.TempDir(),
		Now:    func() time.Time { return time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC) },
	}
	code := Run(f, args)
	return code, out.String(), errOut.String()
}

// sampleRecords are the sample records (subfolders included), as paths relative to the
// records folder without .md.
func sampleRecords(t *testing.T) []string {
	t.Helper()
	var ids []string
	err := filepath.WalkDir(showRecordsDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != showRecordsDir {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") && !strings.EqualFold(d.Name(), "README.md") {
			rel, _ := filepath.Rel(showRecordsDir, p)
			ids = append(ids, strings.TrimSuffix(filepath.ToSlash(rel), ".md"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) == 0 {
		t.Fatal("no sample records in " + showRecordsDir)
	}
	return ids
}

// TestShowGolden checks follow show on every sample record (subfolders included), in
// English and in Japanese, against testdata/show/<path>.<lang>.golden. Run
// go test ./pkg/cli -run TestShowGolden -update to rewrite them after a deliberate change.
func TestShowGolden(t *testing.T) {
	ids := sampleRecords(t)
	seen := map[string]bool{}
	for _, rel := range ids {
		id := filepath.Base(rel)
		for _, lang := range []string{"en", "ja"} {
			name := rel + "." + lang
			seen[filepath.FromSlash(name+".golden")] = true
			t.Run(name, func(t *testing.T) {
				code, out, errOut := followIO(t, nil, "", false, "show", id, "--dir", showRecordsDir, "--today", showToday, "--lang", lang)
				if code != 0 || errOut != "" {
					t.Fatalf("follow show %s: exit %d\n%s", id, code, errOut)
				}
				golden := filepath.Join("testdata", "show", filepath.FromSlash(name+".golden"))
				if updating() {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./pkg/cli -run TestShowGolden -update)", err)
				}
				if out != string(want) {
					t.Errorf("follow show %s --lang %s differs from %s:\n--- got\n%s\n--- want\n%s", id, lang, golden, out, want)
				}
			})
		}
		// --json carries the same data, whatever the language.
		t.Run(rel+".json", func(t *testing.T) {
			code, out, errOut := followIO(t, nil, "", false, "show", id, "--json", "--dir", showRecordsDir, "--today", showToday)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var b map[string]any
			if err := json.Unmarshal([]byte(out), &b); err != nil {
				t.Fatal(err)
			}
			if b["id"] != id {
				t.Errorf("id = %v", b["id"])
			}
			for _, k := range []string{"requests", "milestones", "openers"} {
				if _, ok := b[k].([]any); !ok {
					t.Errorf("%s is %v, want a list", k, b[k])
				}
			}
		})
	}
	// A golden file whose record is gone is stale.
	_ = filepath.WalkDir(filepath.Join("testdata", "show"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join("testdata", "show"), p)
		if !seen[rel] {
			if updating() {
				return os.Remove(p)
			}
			t.Errorf("%s has no sample record any more (run with -update to remove it)", p)
		}
		return nil
	})
}
