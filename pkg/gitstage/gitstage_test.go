package gitstage

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// repoDir makes a git repository in a temporary folder (skipping the test without git)
// and returns it with a function that runs git in it.
func repoDir(t *testing.T) (string, func(args ...string) string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git command")
	}
	dir := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_NAME=試験", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=試験", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	git("init", "-q")
	return dir, git
}

func write(t *testing.T, dir, rel, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// show renders the staged files as "STATUS rel [<- from]: data" lines.
func show(files []File) string {
	var b strings.Builder
	for _, f := range files {
		fmt.Fprintf(&b, "%c %s", f.Status, f.Rel)
		if f.From != "" {
			fmt.Fprintf(&b, " <- %s", f.From)
		}
		fmt.Fprintf(&b, ": %q\n", f.Data)
	}
	return b.String()
}

func staged(t *testing.T, dir string) []File {
	t.Helper()
	files, err := Staged(dir)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestStagedIsTheIndex: the sneaks of a pre-commit check that reads the working tree. A
// number staged and then removed from the file (or never added back), and a staged record
// whose working copy was restored: what is listed is what the index holds.
func TestStagedIsTheIndex(t *testing.T) {
	dir, git := repoDir(t)
	write(t, dir, "records/S0001.md", "マイナンバー 1234 5678 9018\n")
	git("add", ".")
	write(t, dir, "records/S0001.md", "clean now\n") // not added again
	write(t, dir, "records/S0002.md", "untracked\n") // never added
	got := show(staged(t, filepath.Join(dir, "records")))
	want := "A S0001.md: \"マイナンバー 1234 5678 9018\\n\"\n"
	if got != want {
		t.Errorf("staged:\n%s\nwant:\n%s", got, want)
	}
}

// TestStagedPaths: spaces, Japanese characters, quotes and a newline in a path arrive as
// they are (git quotes such paths unless -z); only files under the folder are listed,
// with paths relative to the repository and to the folder; renames, copies and type
// changes are listed, deletions and symbolic links are not.
func TestStagedPaths(t *testing.T) {
	dir, git := repoDir(t)
	write(t, dir, "README.md", "# team\n")
	write(t, dir, "records/S0001.md", "one\n")
	write(t, dir, "records/S0003.md", "three, to be moved\n")
	write(t, dir, "records/S0006.md", "six, to be deleted\n")
	git("add", ".")
	git("commit", "-q", "-m", "start")

	write(t, dir, "README.md", "# team, changed\n")
	write(t, dir, "records/_引継ぎメモ.md", "memo\n")
	write(t, dir, "records/東京 支店/S0002.md", "two\n")
	write(t, dir, "records/a \"quoted\"\nname.md", "odd\n")
	write(t, dir, "records/S0001.md", "one, changed\n")
	git("mv", "records/S0003.md", "records/東京 支店/S0003.md")
	git("rm", "-q", "records/S0006.md")
	if err := os.Symlink("S0001.md", filepath.Join(dir, "records", "link.md")); err != nil {
		t.Fatal(err)
	}
	git("add", "-A")

	files := staged(t, filepath.Join(dir, "records"))
	got := show(files)
	want := "M S0001.md: \"one, changed\\n\"\n" +
		"A _引継ぎメモ.md: \"memo\\n\"\n" +
		"A a \"quoted\"\nname.md: \"odd\\n\"\n" +
		"A 東京 支店/S0002.md: \"two\\n\"\n" +
		"R 東京 支店/S0003.md <- records/S0003.md: \"three, to be moved\\n\"\n"
	if got != want {
		t.Errorf("staged:\n%s\nwant:\n%s", got, want)
	}
	for _, f := range files {
		if f.Path != "records/"+f.Rel {
			t.Errorf("Path %q, Rel %q", f.Path, f.Rel)
		}
	}
	// From the top, the README is listed too; from a subfolder, only what lies below it.
	if got := staged(t, dir); len(got) != 6 || got[0].Path != "README.md" || got[0].Rel != "README.md" {
		t.Errorf("from the top:\n%s", show(got))
	}
	if got := show(staged(t, filepath.Join(dir, "records", "東京 支店"))); !strings.HasPrefix(got, "A S0002.md") || strings.Count(got, "\n") != 2 {
		t.Errorf("from a subfolder:\n%s", got)
	}
}

// TestStagedPartially: git add -p stages one hunk of two; the staged content has that one
// and not the other.
func TestStagedPartially(t *testing.T) {
	dir, git := repoDir(t)
	var lines []string
	for i := 1; i <= 30; i++ {
		lines = append(lines, fmt.Sprintf("line %d", i))
	}
	write(t, dir, "S0001.md", strings.Join(lines, "\n")+"\n")
	git("add", ".")
	git("commit", "-q", "-m", "start")
	lines[1] = "line 2: staged"
	lines[27] = "line 28: マイナンバー 1234 5678 9018, not staged"
	write(t, dir, "S0001.md", strings.Join(lines, "\n")+"\n")
	cmd := exec.Command("git", "add", "-p", "S0001.md")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	cmd.Stdin = strings.NewReader("y\nn\n")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git add -p: %v\n%s", err, out)
	}
	files := staged(t, dir)
	if len(files) != 1 {
		t.Fatalf("staged:\n%s", show(files))
	}
	data := string(files[0].Data)
	if !strings.Contains(data, "line 2: staged\n") || strings.Contains(data, "マイナンバー") || !strings.Contains(data, "line 28\n") {
		t.Errorf("staged content is not the index's:\n%s", data)
	}
}

// TestStagedOtherIndex: git commit -a and git commit FILE run the pre-commit hook with
// GIT_INDEX_FILE naming a temporary index, relative to the top of the repository; that
// index is the one read.
func TestStagedOtherIndex(t *testing.T) {
	dir, git := repoDir(t)
	write(t, dir, "records/S0001.md", "in the usual index\n")
	git("add", ".")
	write(t, dir, "records/S0001.md", "in the other index\n")
	cmd := exec.Command("git", "add", "records/S0001.md")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_INDEX_FILE=.git/other-index")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git add: %v\n%s", err, out)
	}
	t.Chdir(dir) // where git starts a hook
	t.Setenv("GIT_INDEX_FILE", ".git/other-index")
	files := staged(t, "records")
	if len(files) != 1 || string(files[0].Data) != "in the other index\n" {
		t.Errorf("staged:\n%s", show(files))
	}
}

func TestStagedNothing(t *testing.T) {
	dir, git := repoDir(t)
	write(t, dir, "records/S0001.md", "one\n")
	git("add", ".")
	git("commit", "-q", "-m", "start")
	if files := staged(t, filepath.Join(dir, "records")); len(files) != 0 {
		t.Errorf("nothing staged, yet:\n%s", show(files))
	}
}

func TestStagedOutsideARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git command")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	_, err := Staged(dir)
	if !errors.Is(err, ErrNotRepository) {
		t.Errorf("Staged outside a repository: %v", err)
	}
}

func TestParseRaw(t *testing.T) {
	z := func(s ...string) []byte { return []byte(strings.Join(s, "\x00") + "\x00") }
	const id = "78981922613b2afb6025042ff6bd878ac1994e85"
	got, err := parseRaw(z(":000000 100644 0000000000000000000000000000000000000000 "+id+" A", "a b.md",
		":100644 100644 "+id+" "+id+" R100", "old.md", "新/new.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := []rawEntry{
		{mode: "100644", id: id, status: Added, path: "a b.md"},
		{mode: "100644", id: id, status: Renamed, path: "新/new.md", from: "old.md"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("parseRaw = %+v, want %+v", got, want)
	}
	for _, bad := range [][]byte{z("M", "x"), z(":100644 100644 a b R100", "old"), z(":1 2 3", "x")} {
		if _, err := parseRaw(bad); err == nil {
			t.Errorf("parseRaw(%q) accepted", bad)
		}
	}
	if got, err := parseRaw(nil); err != nil || len(got) != 0 {
		t.Errorf("parseRaw(nothing) = %v, %v", got, err)
	}
}

// TestStagedCopy: a record copied from one that changes in the same commit is listed as a
// copy, with its own content.
func TestStagedCopy(t *testing.T) {
	dir, git := repoDir(t)
	const rec = "---\nid: S0001\nname: 山田 花子\n---\n\n## 2026-11-02 電話\n\n- 初日の様子\n"
	write(t, dir, "S0001.md", rec)
	git("add", ".")
	git("commit", "-q", "-m", "start")
	write(t, dir, "S0009.md", rec)
	write(t, dir, "S0001.md", rec+"- 追記\n")
	git("add", ".")
	got := show(staged(t, dir))
	want := fmt.Sprintf("M S0001.md: %q\nC S0009.md <- S0001.md: %q\n", rec+"- 追記\n", rec)
	if got != want {
		t.Errorf("staged:\n%s\nwant:\n%s", got, want)
	}
}
