package main

// Concurrency: several follow processes writing at the same time (two owners saving a
// visit at once, a script logging many visits) must neither lose an entry nor leave a
// broken record. Every process is a real follow process: the test binary re-executed
// under the name follow (see TestMain), so no separate build is needed.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

// followResult is what one follow process did.
type followResult struct {
	code           int
	stdout, stderr string
	state          *os.ProcessState
}

// runFollow runs follow with args in dir, with a pinned environment.
func runFollow(t *testing.T, dir string, args ...string) followResult {
	t.Helper()
	return runFollowEnv(t, dir, nil, args...)
}

// runFollowEnv is runFollow with extra environment variables (KEY=VALUE) after the pinned ones.
func runFollowEnv(t *testing.T, dir string, env []string, args ...string) followResult {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return runFollowExe(t, exe, dir, env, args...)
}

// runFollowExe is runFollowEnv with another follow binary than the test's own.
func runFollowExe(t *testing.T, exe, dir string, env []string, args ...string) followResult {
	t.Helper()
	cmd := &exec.Cmd{Path: exe, Args: append([]string{"follow"}, args...), Dir: dir}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(k, "FOLLOW_"), k == "LANG", k == "LC_ALL", k == "LC_MESSAGES", k == "NO_COLOR":
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	cmd.Env = append(cmd.Env, "FOLLOW_DIR=records", "FOLLOW_TODAY=2026-12-01", "FOLLOW_USER=佐藤")
	cmd.Env = append(cmd.Env, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	res := followResult{stdout: out.String(), stderr: errb.String(), state: cmd.ProcessState}
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("follow %s did not run: %v", strings.Join(args, " "), err)
		}
		res.code = ee.ExitCode()
	}
	return res
}

// parallel runs n follow processes at once; args(i) gives the arguments of process i.
func parallel(t *testing.T, dir string, n int, args func(i int) []string) []followResult {
	t.Helper()
	res := make([]followResult, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res[i] = runFollow(t, dir, args(i)...)
		}()
	}
	close(start)
	wg.Wait()
	return res
}

func newRecordsDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "records"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func parseRecord(t *testing.T, path string) (*record.Record, []record.Entry) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := record.Parse(path, src)
	if err != nil {
		t.Fatalf("%s does not parse after concurrent writes: %v\n%s", path, err, src)
	}
	if err := r.Broken(); err != nil {
		t.Fatalf("%s is broken after concurrent writes: %v", path, err)
	}
	entries, probs := r.Entries()
	for _, p := range probs {
		if p.Severity == record.SevError {
			t.Errorf("%s:%d: %s [%s]", path, p.Line, p.Msg, p.Rule)
		}
	}
	return r, entries
}

func lintClean(t *testing.T, dir string) {
	t.Helper()
	if res := runFollow(t, dir, "lint"); res.code != 0 {
		t.Errorf("follow lint exited %d after concurrent writes:\n%s%s", res.code, res.stdout, res.stderr)
	}
}

// Twenty visits logged on the same record at once: every one is written, each exactly
// once, with its own request id, and the record stays valid.
func TestConcurrentVisitsSameRecord(t *testing.T) {
	const n = 20
	dir := newRecordsDir(t)
	if res := runFollow(t, dir, "new", "S0001", "--name", "山田 花子", "--start", "2026-11-24", "--new-person"); res.code != 0 {
		t.Fatalf("creating the record: exit %d\n%s", res.code, res.stderr)
	}
	results := parallel(t, dir, n, func(i int) []string {
		return []string{"new", "S0001", "--fact", fmt.Sprintf("fact-%02d", i),
			"--request", fmt.Sprintf("request-%02d; due 2026-12-10", i), "--next", fmt.Sprintf("2026-12-%02d", 2+i)}
	})
	for i, res := range results {
		if res.code != 0 {
			t.Errorf("process %d exited %d: %s", i, res.code, res.stderr)
		}
	}
	path := filepath.Join(dir, "records", "S0001.md")
	r, entries := parseRecord(t, path)
	if len(entries) != n {
		t.Errorf("%d visit sections, want %d", len(entries), n)
	}
	src := string(r.Src)
	for i := 0; i < n; i++ {
		for _, s := range []string{fmt.Sprintf("- fact-%02d\n", i), fmt.Sprintf("what: request-%02d\n", i)} {
			if c := strings.Count(src, s); c != 1 {
				t.Errorf("%q appears %d times, want once", s, c)
			}
		}
	}
	if len(r.Requests) != n {
		t.Errorf("%d requests, want %d", len(r.Requests), n)
	}
	seen := map[string]bool{}
	for _, q := range r.Requests {
		if seen[q.ID] {
			t.Errorf("request id %s used twice", q.ID)
		}
		seen[q.ID] = true
	}
	for i := 1; i <= n; i++ {
		if !seen[fmt.Sprintf("R%d", i)] {
			t.Errorf("no request R%d", i)
		}
	}
	// All visits are dated today, so the last one written sets next: it must be one of
	// the dates given, and the Next: of the last section.
	last := entries[len(entries)-1]
	if r.Next != last.Next {
		t.Errorf("next is %s but the last visit says Next: %s", r.Next, last.Next)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "records", ".*follow-tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
	if t.Failed() {
		t.Logf("record after the concurrent writes:\n%s", src)
	}
	lintClean(t, dir)
}

// Ten new staff members created (each with a first visit) at once: ten records, all
// valid.
func TestConcurrentNewRecords(t *testing.T) {
	const n = 10
	dir := newRecordsDir(t)
	results := parallel(t, dir, n, func(i int) []string {
		return []string{"new", fmt.Sprintf("S%04d", 100+i), "--name", fmt.Sprintf("スタッフ %d", i),
			"--start", "2026-12-01", "--until", "2027-02-28", "--fact", "初日", "--next", "1w", "--new-person"}
	})
	for i, res := range results {
		if res.code != 0 {
			t.Errorf("process %d exited %d: %s", i, res.code, res.stderr)
		}
	}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("S%04d", 100+i)
		r, entries := parseRecord(t, filepath.Join(dir, "records", id+".md"))
		if r.ID != id || len(entries) != 1 || r.Next.String() != "2026-12-08" {
			t.Errorf("%s: id %s, %d entries, next %s; want %s, 1 entry, next 2026-12-08", id, r.ID, len(entries), r.Next, id)
		}
	}
	lintClean(t, dir)
}

// Ten processes racing to create the same new staff member: exactly one creates it; the
// others find it exists and refuse the creation flags (exit 2). One record, one visit.
func TestConcurrentCreateSameID(t *testing.T) {
	const n = 10
	dir := newRecordsDir(t)
	results := parallel(t, dir, n, func(i int) []string {
		return []string{"new", "S0900", "--name", "山田 花子", "--start", "2026-12-01",
			"--fact", fmt.Sprintf("fact-%02d", i), "--next", "1w", "--new-person"}
	})
	ok := 0
	for i, res := range results {
		switch res.code {
		case 0:
			ok++
		case 2:
			if !strings.Contains(res.stderr, "already exists") {
				t.Errorf("process %d: exit 2 without saying the record exists: %s", i, res.stderr)
			}
		default:
			t.Errorf("process %d exited %d: %s", i, res.code, res.stderr)
		}
	}
	if ok != 1 {
		t.Errorf("%d processes created S0900, want exactly 1", ok)
	}
	_, entries := parseRecord(t, filepath.Join(dir, "records", "S0900.md"))
	if len(entries) != 1 {
		t.Errorf("%d visit sections, want 1", len(entries))
	}
	lintClean(t, dir)
}

// Writers and readers at once: sixteen processes log visits to four records (four on
// each), while other processes run follow due and follow lint over and over and this test
// reads the files directly. Every reader sees whole files: every due and lint run exits 0
// with valid JSON listing every record, and every direct read parses. Every visit is kept.
func TestConcurrentWritersAndReaders(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("a known defect on Windows: a process reading a record makes a concurrent write of it fail (rename: Access denied; open: sharing violation), since Go opens files without FILE_SHARE_DELETE; the store must retry there before this test can pass")
	}
	const records, writers = 4, 16
	dir := newRecordsDir(t)
	ids := make([]string, records)
	for i := range ids {
		ids[i] = fmt.Sprintf("S%04d", i+1)
		if res := runFollow(t, dir, "new", ids[i], "--name", "同時 太郎", "--start", "2026-11-24", "--new-person"); res.code != 0 {
			t.Fatalf("creating %s: exit %d\n%s", ids[i], res.code, res.stderr)
		}
	}

	done := make(chan struct{})
	var readers sync.WaitGroup
	var mu sync.Mutex
	var problems []string
	report := func(format string, args ...any) {
		mu.Lock()
		problems = append(problems, fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	runs := map[string]int{}
	for _, cmd := range [][]string{{"due", "--json", "--within", "1y"}, {"lint", "--format", "json"}} {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				res := runFollow(t, dir, cmd...)
				var items []map[string]any
				err := json.Unmarshal([]byte(res.stdout), &items)
				switch {
				case res.code != 0:
					report("follow %s exited %d during writes:\n%s%s", cmd[0], res.code, res.stdout, res.stderr)
				case err != nil:
					report("follow %s printed no JSON during writes: %v\n%s", cmd[0], err, res.stdout)
				case cmd[0] == "due":
					seen := map[string]bool{}
					for _, it := range items {
						seen[fmt.Sprint(it["staff"])] = true
					}
					if len(seen) != records {
						report("follow due saw %d records during writes, want %d", len(seen), records)
					}
				}
				mu.Lock()
				runs[cmd[0]]++
				mu.Unlock()
			}
		}()
	}
	readers.Add(1)
	go func() {
		defer readers.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			for _, id := range ids {
				p := filepath.Join(dir, "records", id+".md")
				src, err := os.ReadFile(p)
				if err != nil {
					report("reading %s during writes: %v", id, err)
					continue
				}
				if r, err := record.Parse(p, src); err != nil || r.Broken() != nil {
					report("%s read during writes does not parse: %v\n%s", id, err, src)
				}
			}
			mu.Lock()
			runs["read"]++
			mu.Unlock()
		}
	}()

	results := parallel(t, dir, writers, func(i int) []string {
		return []string{"new", ids[i%records], "--fact", fmt.Sprintf("fact-%02d", i),
			"--request", fmt.Sprintf("request-%02d; due 2026-12-10", i), "--next", "2026-12-15"}
	})
	close(done)
	readers.Wait()
	for i, res := range results {
		if res.code != 0 {
			t.Errorf("writer %d exited %d: %s", i, res.code, res.stderr)
		}
	}
	for _, p := range problems {
		t.Error(p)
	}
	t.Logf("during the writes: %d due runs, %d lint runs, %d direct reads of every record", runs["due"], runs["lint"], runs["read"])
	if runs["due"] == 0 || runs["lint"] == 0 {
		t.Error("the readers did not run while the writers wrote")
	}
	for r, id := range ids {
		rec, entries := parseRecord(t, filepath.Join(dir, "records", id+".md"))
		if len(entries) != writers/records {
			t.Errorf("%s: %d visits, want %d", id, len(entries), writers/records)
		}
		if len(rec.Requests) != writers/records {
			t.Errorf("%s: %d requests, want %d", id, len(rec.Requests), writers/records)
		}
		for i := r; i < writers; i += records {
			if c := strings.Count(string(rec.Src), fmt.Sprintf("- fact-%02d\n", i)); c != 1 {
				t.Errorf("%s: fact-%02d appears %d times, want once", id, i, c)
			}
		}
	}
	lintClean(t, dir)
}
