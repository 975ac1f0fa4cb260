package main

// Crash safety: a follow process killed at any point of a write leaves the record either
// as it was or as the finished write makes it, never a part of either, and leaves no
// temporary file in git's view.
//
// The crash points are real crashes: a follow binary built with the followfault tag (the
// crash hook, pkg/store/fault.go; the product has none of it) is told through
// FOLLOW_TEST_FAULT=stage (read once at start) to SIGKILL itself at that stage of its
// write, so no deferred cleanup runs. A third test kills the ordinary binary with SIGKILL
// from outside after a random delay, at points nobody chose.

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/record"
)

// faultBinary builds follow with the crash hook (the followfault tag) into a temporary
// folder and returns it with the crash stages the hook knows, in the order a write passes
// them, as it names them itself when given an unknown one.
func faultBinary(t *testing.T) (exe string, stages []string) {
	t.Helper()
	exe = buildFollow(t, "followfault")
	res := runFollowExe(t, exe, t.TempDir(), []string{"FOLLOW_TEST_FAULT=no-such-stage"}, "--version")
	_, list, ok := strings.Cut(res.stderr, "(stages: ")
	list, _, ok2 := strings.Cut(list, ")")
	if !ok || !ok2 {
		t.Fatalf("the followfault build does not name its stages for an unknown one:\n%s", res.stderr)
	}
	stages = strings.Split(list, ", ")
	if len(stages) != 5 || stages[len(stages)-1] != faultAfterRename {
		t.Fatalf("stages %q: want five, the last %s", stages, faultAfterRename)
	}
	return exe, stages
}

// faultAfterRename is the one stage after which the record is the new version.
const faultAfterRename = "after-rename-before-dirsync"

// buildFollow builds cmd/follow with the build tags given (none: the product) into a
// temporary folder and returns the binary.
func buildFollow(t *testing.T, tags string) string {
	t.Helper()
	return buildFollowArgs(t, "-tags", tags)
}

// crashOp is a write follow makes: a visit on an existing record, or a new record.
type crashOp struct {
	name string
	args []string
	file string // the record it writes, relative to the repository
}

var crashOps = []crashOp{
	{"visit", []string{"new", "S0001", "--fact", "クラッシュ試験", "--request", "席が寒い; due 12/10", "--next", "2026-12-15"}, "records/S0001.md"},
	{"create", []string{"new", "S0100", "--name", "新規 太郎", "--start", "2026-12-01", "--until", "2027-02-28", "--new-person"}, "records/S0100.md"},
}

func needGit(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// crashRepo makes a git repository holding a records folder, committed, and returns it.
// withInit: set up by follow init (its .gitignore ignores follow's temporary files);
// otherwise a bare records folder with one record and nothing that ignores them.
func crashRepo(t *testing.T, withInit bool) string {
	t.Helper()
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	if withInit {
		if res := runFollow(t, dir, "init"); res.code != 0 {
			t.Fatalf("follow init: exit %d\n%s", res.code, res.stderr)
		}
	} else {
		if err := os.Mkdir(filepath.Join(dir, "records"), 0o755); err != nil {
			t.Fatal(err)
		}
		for name, body := range map[string]string{"follow.yaml": "milestones: []\n", "S0001.md": corpusBase("S0001")} {
			if err := os.WriteFile(filepath.Join(dir, "records", name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", "records")
	if st := git(t, dir, "status", "--porcelain"); st != "" {
		t.Fatalf("the new repository is not clean:\n%s", st)
	}
	return dir
}

// readOrNil returns a file's bytes, or nil when it does not exist.
func readOrNil(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// temps lists follow's temporary files anywhere below dir (outside .git).
func temps(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if err == nil && strings.Contains(d.Name(), ".follow-tmp-") {
			out = append(out, p)
		}
		return nil
	})
	return out
}

// expectedAfter runs op without a fault in a fresh repository and returns what it writes.
func expectedAfter(t *testing.T, withInit bool, op crashOp) []byte {
	t.Helper()
	dir := crashRepo(t, withInit)
	if res := runFollow(t, dir, op.args...); res.code != 0 {
		t.Fatalf("follow %s: exit %d\n%s", strings.Join(op.args, " "), res.code, res.stderr)
	}
	return readOrNil(t, filepath.Join(dir, op.file))
}

func TestCrashAtEveryStage(t *testing.T) {
	needGit(t)
	exe, stages := faultBinary(t)
	for _, withInit := range []bool{true, false} {
		setup := map[bool]string{true: "init", false: "bare"}[withInit]
		for _, op := range crashOps {
			want := expectedAfter(t, withInit, op)
			for _, stage := range stages {
				t.Run(setup+"/"+op.name+"/"+stage, func(t *testing.T) {
					t.Parallel()
					dir := crashRepo(t, withInit)
					path := filepath.Join(dir, op.file)
					old := readOrNil(t, path)

					res := runFollowExe(t, exe, dir, []string{"FOLLOW_TEST_FAULT=" + stage}, op.args...)
					if !killedBySIGKILL(res.state) {
						t.Fatalf("follow was not killed at %s (exit %d): the fault did not fire\n%s", stage, res.code, res.stderr)
					}

					// Old or new, whole. The rename is the moment of the change.
					got := readOrNil(t, path)
					wantNow, which := old, "old"
					if stage == faultAfterRename {
						wantNow, which = want, "new"
					}
					if !bytes.Equal(got, wantNow) {
						t.Fatalf("after a crash at %s the record is neither wholly old nor new (want the %s version):\n%s", stage, which, got)
					}
					if got != nil {
						if r, err := record.Parse(path, got); err != nil || r.Broken() != nil {
							t.Fatalf("after a crash at %s the record does not read: %v", stage, err)
						}
					}

					// git sees no temporary file; with follow init's .gitignore not even
					// before the next write. The only change git may see is the record.
					status := git(t, dir, "status", "--porcelain", "--untracked-files=all")
					left := temps(t, dir)
					for _, l := range strings.Split(strings.TrimSpace(status), "\n") {
						switch {
						case l == "":
						case strings.Contains(l, "follow-tmp"):
							if withInit {
								t.Errorf("git sees a temporary file after a crash at %s: %s", stage, l)
							}
						case stage == faultAfterRename && strings.HasSuffix(l, " "+op.file):
						default:
							t.Errorf("git sees an unexpected change after a crash at %s: %q", stage, l)
						}
					}
					switch {
					case stage == faultAfterRename && len(left) > 0:
						t.Errorf("a temporary file is left after the rename: %v", left)
					case stage != faultAfterRename && len(left) != 1:
						// The crash must leave what a real one leaves, or this test proves nothing.
						t.Errorf("after a crash at %s: %d temporary files, want the crashed write's one", stage, len(left))
					case stage != faultAfterRename && !withInit && !strings.Contains(status, "follow-tmp"):
						t.Errorf("without follow init's .gitignore git should see the leftover (test premise):\n%s", status)
					}

					// The crashed process held the lock; the kernel released it. The next
					// write, of another record, succeeds and removes the leftover temporary
					// file, which the crashed write noted in .follow/writing (no write lists
					// the folder).
					next := runFollow(t, dir, "new", "S0200", "--name", "後続 花子", "--start", "2026-12-01", "--new-person")
					if next.code != 0 {
						t.Fatalf("the next write after the crash: exit %d\n%s", next.code, next.stderr)
					}
					if left := temps(t, dir); len(left) > 0 {
						t.Errorf("the next write left the crashed write's temporary file: %v", left)
					}
					status = git(t, dir, "status", "--porcelain", "--untracked-files=all")
					if strings.Contains(status, "follow-tmp") {
						t.Errorf("git still sees a temporary file after the next write:\n%s", status)
					}
					if res := runFollow(t, dir, "lint", "--quiet", "--format", "json"); res.code != 0 {
						t.Errorf("follow lint after the crash: exit %d\n%s%s", res.code, res.stdout, res.stderr)
					}
				})
			}
		}
	}
}

// The note of the temporary file is not synced: a power loss can lose it while the file
// survives. The next write of the same record still removes the file, found by its name.
func TestCrashLeftoverWithoutTheNote(t *testing.T) {
	exe, stages := faultBinary(t)
	for _, op := range crashOps {
		want := expectedAfter(t, false, op)
		for _, stage := range stages {
			if stage == faultAfterRename {
				continue // nothing is left to remove
			}
			t.Run(op.name+"/"+stage, func(t *testing.T) {
				t.Parallel()
				dir := t.TempDir()
				if err := os.Mkdir(filepath.Join(dir, "records"), 0o755); err != nil {
					t.Fatal(err)
				}
				for name, body := range map[string]string{"follow.yaml": "milestones: []\n", "S0001.md": corpusBase("S0001")} {
					if err := os.WriteFile(filepath.Join(dir, "records", name), []byte(body), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				res := runFollowExe(t, exe, dir, []string{"FOLLOW_TEST_FAULT=" + stage}, op.args...)
				if !killedBySIGKILL(res.state) {
					t.Fatalf("follow was not killed at %s (exit %d)\n%s", stage, res.code, res.stderr)
				}
				left := temps(t, dir)
				note, err := os.ReadFile(filepath.Join(dir, "records", ".follow", "writing"))
				if len(left) != 1 || err != nil || filepath.Join(dir, "records", filepath.FromSlash(strings.TrimSpace(string(note)))) != left[0] {
					t.Fatalf("after the crash: temporary files %v, note %q (%v); want one file, named by the note", left, note, err)
				}
				if err := os.Remove(filepath.Join(dir, "records", ".follow", "writing")); err != nil {
					t.Fatal(err)
				}
				if res := runFollow(t, dir, op.args...); res.code != 0 {
					t.Fatalf("follow %s again: exit %d\n%s", strings.Join(op.args, " "), res.code, res.stderr)
				}
				if left := temps(t, dir); len(left) > 0 {
					t.Errorf("the next write of the record left the crashed write's temporary file: %v", left)
				}
				if got := readOrNil(t, filepath.Join(dir, op.file)); !bytes.Equal(got, want) {
					t.Errorf("the record after the write again:\n%s\nwant\n%s", got, want)
				}
			})
		}
	}
}

// Children killed with SIGKILL from outside at random moments of follow new: the record
// is always the old or the new version, and the next command is not blocked.
func TestCrashAtRandomMoments(t *testing.T) {
	const runs = 24
	dir := newRecordsDir(t)
	p := filepath.Join(dir, "records", "S0001.md")
	if err := os.WriteFile(filepath.Join(dir, "records", "follow.yaml"), []byte("milestones: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(corpusBase("S0001")), 0o644); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// How long a whole run takes here, to spread the kills over it.
	start := time.Now()
	if res := runFollow(t, dir, "lint", "--quiet"); res.code != 0 {
		t.Fatalf("follow lint: %d %s", res.code, res.stderr)
	}
	span := 2 * time.Since(start)
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	killed := 0
	for i := 0; i < runs; i++ {
		old := readOrNil(t, p)
		cmd := &exec.Cmd{Path: exe, Dir: dir, Args: []string{"follow", "new", "S0001",
			"--fact", fmt.Sprintf("fact-%02d", i), "--request", fmt.Sprintf("request-%02d; due 12/20", i),
			"--next", "2026-12-15"}}
		cmd.Env = append(os.Environ(), "FOLLOW_DIR=records", "FOLLOW_TODAY=2026-12-01", "FOLLOW_USER=佐藤", "FOLLOW_TEST_FAULT=")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int63n(int64(span) + 1)))
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if killedBySIGKILL(cmd.ProcessState) {
			killed++
		}
		got := readOrNil(t, p)
		r, err := record.Parse(p, got)
		if err != nil || r.Broken() != nil {
			t.Fatalf("run %d: the record is broken after a kill: %v\n%s", i, err, got)
		}
		es, _ := r.Entries()
		oldR, _ := record.Parse(p, old)
		oldEs, _ := oldR.Entries()
		switch {
		case bytes.Equal(got, old):
		case len(es) == len(oldEs)+1 && len(r.Requests) == len(oldR.Requests)+1 && bytes.Contains(got, []byte(fmt.Sprintf("fact-%02d", i))):
		default:
			t.Fatalf("run %d: the record is neither the old nor the new version:\n%s", i, got)
		}
	}
	t.Logf("%d of %d runs were killed before they finished", killed, runs)
	if res := runFollow(t, dir, "new", "S0001", "--fact", "after", "--next", "2026-12-16"); res.code != 0 {
		t.Fatalf("follow new after the kills: exit %d\n%s", res.code, res.stderr)
	}
	if left := temps(t, dir); len(left) > 0 {
		t.Errorf("temporary files left after the next write: %v", left)
	}
}

// TestProductHasNoFaultHook: follow built without the followfault tag (the product) holds
// no code and no text of the crash hook: no function or variable of ours named after it
// (go tool nm), neither the variable's name nor a stage name in its bytes. The same checks
// find the hook in the followfault build, so they look in the right places.
func TestProductHasNoFaultHook(t *testing.T) {
	hook := func(exe string) (symbols []string, texts []string) {
		out, err := exec.Command("go", "tool", "nm", exe).Output()
		if err != nil {
			t.Fatalf("go tool nm: %v", err)
		}
		for _, l := range strings.Split(string(out), "\n") {
			f := strings.Fields(l)
			if len(f) == 3 && strings.HasPrefix(f[2], "github.com/staffnote/follow/") &&
				(strings.Contains(strings.ReplaceAll(strings.ToLower(f[2]), "default", ""), "fault") || strings.Contains(f[2], "crashNow")) {
				symbols = append(symbols, f[2])
			}
		}
		b, err := os.ReadFile(exe)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"FOLLOW_TEST_FAULT", "after-temp-create", "after-rename-before-dirsync"} {
			if bytes.Contains(b, []byte(s)) {
				texts = append(texts, s)
			}
		}
		return symbols, texts
	}
	if syms, texts := hook(buildFollow(t, "")); len(syms)+len(texts) > 0 {
		t.Errorf("the product binary holds the crash hook: symbols %q, texts %q", syms, texts)
	}
	if syms, texts := hook(buildFollow(t, "followfault")); len(syms) == 0 || len(texts) != 3 {
		t.Errorf("the followfault build: symbols %q, texts %q; want the hook's", syms, texts)
	}
}
