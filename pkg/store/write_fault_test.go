//go:build followfault

package store

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestSetFaultSpecs(t *testing.T) {
	defer setFault("")
	for _, spec := range []string{"", "after-temp-create", "mid-write:1", "after-fsync:3", "before-rename", "after-rename-before-dirsync:12"} {
		if err := setFault(spec); err != nil {
			t.Errorf("setFault(%q) = %v", spec, err)
		}
	}
	for _, spec := range []string{"nope", "mid-write:0", "mid-write:-1", "mid-write:x", "mid-write:", ":1", "MID-WRITE"} {
		if err := setFault(spec); err == nil || !strings.Contains(err.Error(), "FOLLOW_TEST_FAULT") {
			t.Errorf("setFault(%q) = %v, want an error naming FOLLOW_TEST_FAULT", spec, err)
		}
		if fault.stage != "" {
			t.Errorf("setFault(%q) failed but left %q armed", spec, fault.stage)
		}
	}
}

// The count after the colon picks the nth write of the process; earlier writes pass.
func TestFaultCountsWrites(t *testing.T) {
	defer setFault("")
	root := t.TempDir()
	s := &Store{Root: root}
	if err := setFault("after-fsync:3"); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 2; i++ {
		if fault.armed(stageAfterFsync) {
			t.Fatalf("write %d is armed, want only the third", i)
		}
		if err := s.WriteFile(filepath.Join(root, "S0001.md"), []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	if !fault.armed(stageAfterFsync) || fault.armed(stageMidWrite) {
		t.Error("the third write is not armed at after-fsync alone")
	}
}

// A child process armed at each stage of its second write really dies there: the record
// holds the first write's bytes (the second's after the rename), and a temporary file is
// left exactly when the crash came before the rename.
func TestFaultKillsTheProcess(t *testing.T) {
	if dir := os.Getenv("STORE_FAULT_CHILD_DIR"); dir != "" {
		if err := setFault(os.Getenv("STORE_FAULT_CHILD_SPEC")); err != nil {
			t.Fatal(err)
		}
		s := &Store{Root: dir}
		for _, v := range []string{"first\n", "second, longer than the first\n"} {
			if err := s.WriteFile(filepath.Join(dir, "S0001.md"), []byte(v)); err != nil {
				t.Fatal(err)
			}
		}
		return // not reached when the fault fires
	}
	for _, stage := range faultStages {
		dir := t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestFaultKillsTheProcess$")
		cmd.Env = append(os.Environ(), "STORE_FAULT_CHILD_DIR="+dir, "STORE_FAULT_CHILD_SPEC="+stage+":2")
		out, err := cmd.CombinedOutput()
		if err == nil || cmd.ProcessState.Exited() {
			t.Fatalf("%s: the child was not killed (%v)\n%s", stage, err, out)
		}
		got, _ := os.ReadFile(filepath.Join(dir, "S0001.md"))
		want := "first\n"
		if stage == stageAfterRename {
			want = "second, longer than the first\n"
		}
		if string(got) != want {
			t.Errorf("%s: record %q, want %q", stage, got, want)
		}
		temps, _ := filepath.Glob(filepath.Join(dir, ".*"+tmpMarker+"*"))
		if wantTemp := stage != stageAfterRename; (len(temps) == 1) != wantTemp {
			t.Errorf("%s: temporary files %v", stage, temps)
		}
		if stage == stageMidWrite && len(temps) == 1 {
			second := "second, longer than the first\n"
			if b, _ := os.ReadFile(temps[0]); string(b) != second[:len(second)/2] {
				t.Errorf("mid-write: the temporary file holds %q, want the first half", b)
			}
		}
	}
}

// A write crashed for real (the child process of TestFaultKillsTheProcess, killed before
// its rename) leaves a temporary file; the next write, of another record in another
// folder, removes it, through the note the crashed write left.
func TestNextWriteRemovesANotedLeftover(t *testing.T) {
	for _, stage := range []string{stageAfterTempCreate, stageMidWrite, stageBeforeRename} {
		dir := t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestFaultKillsTheProcess$")
		cmd.Env = append(os.Environ(), "STORE_FAULT_CHILD_DIR="+dir, "STORE_FAULT_CHILD_SPEC="+stage+":2")
		if out, err := cmd.CombinedOutput(); err == nil || cmd.ProcessState.Exited() {
			t.Fatalf("%s: the child was not killed (%v)\n%s", stage, err, out)
		}
		left := tempOf(t, dir, filepath.Join(dir, "S0001.md"))
		if !present(left) {
			t.Fatalf("%s: the crash left no temporary file (test premise)", stage)
		}
		if err := os.Mkdir(filepath.Join(dir, "osaka"), 0o755); err != nil {
			t.Fatal(err)
		}
		s := &Store{Root: dir}
		if err := s.WriteFile(filepath.Join(dir, "osaka", "S0002.md"), []byte("another record\n")); err != nil {
			t.Fatal(err)
		}
		if present(left) {
			t.Errorf("%s: the next write did not remove the crashed write's temporary file", stage)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "S0001.md")); string(b) != "first\n" {
			t.Errorf("%s: the crashed record holds %q", stage, b)
		}
	}
}
