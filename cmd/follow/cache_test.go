package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestCacheOfAnotherBuild: the caches in .follow/cache never outlive the program that
// wrote them. Build A is follow as it is; build B is the same source with one parsing
// change (the name of every record gets a mark), built with -overlay so that nothing in
// the product exists for the test. A run of A leaves its cache and ID index; B must show
// its own values, not A's, and A after B its own again.
func TestCacheOfAnotherBuild(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the due cache is off on Windows")
	}
	a := buildFollowArgs(t)
	b := buildFollowArgs(t, "-overlay", markNamesOverlay(t))

	dir := t.TempDir()
	records := filepath.Join(dir, "records")
	if err := os.MkdirAll(filepath.Join(records, "tokyo"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(records, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("follow.yaml", "milestones: []\n")
	write("tokyo/S0001.md", "---\nid: S0001\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2026-11-02\nnext: 2026-12-03\n---\n")

	cache := filepath.Join(records, ".follow", "cache", "due.cache")
	var later time.Time
	// name runs follow due and returns the name it shows, and whether the run wrote the
	// cache (else it served every record from the cache it found).
	name := func(exe string) (string, bool) {
		t.Helper()
		res := runFollowExe(t, exe, dir, nil, "due", "--json", "--within", "30d")
		if res.code != 0 {
			t.Fatalf("follow due exited %d:\n%s%s", res.code, res.stdout, res.stderr)
		}
		var items []struct{ Name string }
		if err := json.Unmarshal([]byte(res.stdout), &items); err != nil || len(items) != 1 {
			t.Fatalf("follow due --json: %v\n%s", err, res.stdout)
		}
		st, err := os.Stat(cache)
		if err != nil {
			t.Fatalf("follow due left no cache: %v", err)
		}
		wrote := !st.ModTime().Equal(later)
		// The cache does not trust entries as new as itself (a file changed in the same
		// clock tick): date it later, as if the next run came a while after.
		later = time.Now().Add(10 * time.Second).Truncate(time.Second)
		if err := os.Chtimes(cache, later, later); err != nil {
			t.Fatal(err)
		}
		return items[0].Name, wrote
	}
	for i, step := range []struct {
		exe, want string
		wrote     bool
	}{
		{a, "山田 花子", true},
		{a, "山田 花子", false}, // from A's cache
		{b, "山田 花子" + nameMark, true},
		{b, "山田 花子" + nameMark, false}, // from B's cache
		{a, "山田 花子", true},
	} {
		got, wrote := name(step.exe)
		if got != step.want {
			t.Errorf("run %d: follow due shows %q, want %q", i+1, got, step.want)
		}
		if wrote != step.wrote {
			t.Errorf("run %d: follow due wrote the cache: %v, want %v", i+1, wrote, step.wrote)
		}
	}

	// The ID index: B finds the record through it, and A, whose index B replaced, too.
	for _, exe := range []string{b, a} {
		res := runFollowExe(t, exe, dir, nil, "show", "S0001")
		if res.code != 0 || !strings.Contains(res.stdout, "山田 花子") {
			t.Errorf("follow show S0001 exited %d:\n%s%s", res.code, res.stdout, res.stderr)
		}
	}
}

// nameMark is what build B appends to every record's name.
const nameMark = "（B）"

// markNamesOverlay writes a copy of pkg/record/decode.go in which the name of a record gets
// nameMark, and the -overlay file that builds with it.
func markNamesOverlay(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "..", "pkg", "record", "decode.go"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	const line = "r.Name = r.str(k, v)"
	if strings.Count(string(data), line) != 1 {
		t.Fatalf("%s no longer sets the name with %q: change this test's overlay", src, line)
	}
	dir := t.TempDir()
	changed := filepath.Join(dir, "decode.go")
	if err := os.WriteFile(changed, []byte(strings.Replace(string(data), line, line+" + \""+nameMark+"\"", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	overlay, _ := json.Marshal(map[string]map[string]string{"Replace": {src: changed}})
	path := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(path, overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// buildFollowArgs builds cmd/follow with extra go build arguments into a temporary folder
// and returns the binary.
func buildFollowArgs(t *testing.T, args ...string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build follow with")
	}
	exe := filepath.Join(t.TempDir(), "follow")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	cmd := exec.Command(goTool, append(append([]string{"build"}, args...), "-o", exe, "github.com/staffnote/follow/cmd/follow")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %q: %v\n%s", args, err, out)
	}
	return exe
}
