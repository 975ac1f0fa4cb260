package main

// The corpus of broken and hostile records (testdata/corpus): what hand edits, editors on
// other systems, git merges and mischief leave in a records folder. For every file:
//
//   - follow lint reports exactly the findings listed (rule, severity, line) and exits
//     with the code listed;
//   - follow due exits with the code listed (1: the record is reported on stderr and
//     skipped) and changes no file;
//   - follow new ID (a visit) exits with the code listed; when it refuses, every file is
//     unchanged byte for byte; when it accepts, the result is a sound record that kept
//     the file's byte order mark and line ends;
//   - nothing panics (exit 3, "internal error") and nothing hangs.
//
// TestCorpusAllAtOnce then puts the whole corpus in one folder and runs every command that
// reads many records over it. Cases too large to commit (a 50 MB file, a 900 KB line) and
// symbolic links are made at test time. Add a file to testdata/corpus and a row to
// corpusCases for every new kind of broken input follow meets.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/sanitize"
)

// anyExit marks an exit code a case does not check.
const anyExit = -100

// want is one expected lint finding. Line 0 means a finding about the whole file.
type want struct {
	rule, severity string
	line           int
	file           string // the file it is about, relative to the records; "" = the case's file
}

type corpusCase struct {
	name  string                             // testdata/corpus/<name>.md or a folder testdata/corpus/<name>/
	id    string                             // the staff ID follow new is run on; default name
	file  string                             // for a folder: the file follow new writes, relative to the records
	setup func(t *testing.T, records string) // makes generated files instead
	want  []want
	lint  int                              // exit code of follow lint
	due   int                              // exit code of follow due
	new   int                              // exit code of follow new ID --fact ... --next ...
	check func(t *testing.T, after []byte) // on the record after an accepted follow new
}

func errAt(rule string, line int) want  { return want{rule: rule, severity: "error", line: line} }
func warnAt(rule string, line int) want { return want{rule: rule, severity: "warning", line: line} }

// corpusBase is a sound record: id = file name, nothing due to warn about on 2026-12-01
// with no milestone rules.
func corpusBase(id string) string {
	return "---\nid: " + id + "\nname: 試験 太郎\nstatus: active\nowner: 佐藤 花子\nstart: 2026-11-02\nnext: 2026-12-03\n---\n\n" +
		"# 試験 太郎\n\n## 2026-11-02 電話 初日\n\n- 初日の様子を確認した。\n\n次回: 2026-12-03\n"
}

func corpusCases() []corpusCase {
	aliasBomb := []want{errAt("type", 17)}
	for line := 8; line <= 16; line++ {
		aliasBomb = append(aliasBomb, warnAt("unknown-key", line))
	}
	keepsBOM := func(t *testing.T, after []byte) {
		if !bytes.HasPrefix(after, []byte("\xEF\xBB\xBF")) {
			t.Error("follow new removed the byte order mark")
		}
	}
	keepsCRLF := func(t *testing.T, after []byte) {
		if n := bytes.Count(after, []byte("\n")) - bytes.Count(after, []byte("\r\n")); n != 0 {
			t.Errorf("follow new wrote %d bare LF line ends into a CRLF file", n)
		}
	}
	return []corpusCase{
		// Accepted, with or without a warning.
		{name: "bom", want: []want{warnAt("bom", 1)}, check: keepsBOM},
		{name: "crlf", check: keepsCRLF},
		// A merge of a Windows and a Unix edit: read; new text follows the first line
		// (CRLF); follow fmt makes them uniform.
		{name: "mixed-eol"},
		// An indented --- inside a block scalar does not close the front matter.
		{name: "indented-dashes", check: func(t *testing.T, after []byte) {
			r, _ := record.Parse("x.md", after)
			if r == nil || r.Kana != "---\nメモ" {
				t.Errorf("the block scalar holding --- changed: %+v", r)
			}
		}},
		{name: "id-mismatch", want: []want{errAt("id-filename", 2)}, lint: 1},
		{name: "tabs-body", want: []want{errAt("heading", 10)}, lint: 1},
		// One entry in English in a Japanese record (a teammate with another LANG, on an
		// older follow): a warning at its first English word; follow new writes Japanese.
		{name: "mixed-language", want: []want{warnAt("mixed-language", 20)}, check: func(t *testing.T, after []byte) {
			r, _ := record.Parse("x.md", after)
			es, _ := r.Entries()
			if last := es[len(es)-1]; last.Lang() != record.LangJA || bytes.Count(after, []byte("### Facts")) != 1 {
				t.Errorf("follow new did not write in the record's language:\n%s", after)
			}
		}},
		// A colleague's commit with terminal escapes (window title, clear screen, OSC 52
		// clipboard write, C1 CSI, bidi override): lint refuses them in front matter values
		// and warns in the body; every command shows them escaped.
		{name: "control-chars", want: []want{errAt("control-char", 3), errAt("control-char", 4), errAt("control-char", 7),
			warnAt("control-char", 16), warnAt("control-char", 17)}, lint: 1},
		{name: "long-line", setup: longLine},

		// Not a record at all, or unreadable: lint error, due skips it, new refuses.
		{name: "empty", want: []want{errAt("frontmatter", 0)}, lint: 1, due: 1, new: 1},
		{name: "no-frontmatter", want: []want{errAt("frontmatter", 1)}, lint: 1, due: 1, new: 1},
		{name: "unclosed-frontmatter", want: []want{errAt("frontmatter", 1)}, lint: 1, due: 1, new: 1},
		{name: "indented-dashes-unclosed", want: []want{errAt("frontmatter", 1)}, lint: 1, due: 1, new: 1},
		{name: "second-document", want: []want{errAt("frontmatter", 8)}, lint: 1, due: 1, new: 1},
		{name: "flow-frontmatter", want: []want{errAt("frontmatter", 2)}, lint: 1, due: 1, new: 1},
		{name: "tabs", want: []want{errAt("yaml", 9)}, lint: 1, due: 1, new: 1},
		{name: "invalid-utf8", want: []want{errAt("encoding", 3)}, lint: 1, due: 1, new: 1},
		{name: "nul-byte", want: []want{errAt("encoding", 5)}, lint: 1, due: 1, new: 1},
		{name: "lone-cr", want: []want{errAt("encoding", 8)}, lint: 1, due: 1, new: 1},
		{name: "conflict-markers", want: []want{errAt("conflict", 7), errAt("conflict", 9), errAt("conflict", 11)}, lint: 1, due: 1, new: 1},
		{name: "huge", setup: huge, want: []want{errAt("size", 0)}, lint: 1, due: 1, new: 1},
		// A named pipe nobody writes to: opening it would block for ever.
		{name: "fifo", setup: fifo, want: []want{errAt("file", 0)}, lint: 1, due: 1, new: 1},
		// Broken only in the body: follow due reads front matters only, so whether it
		// reports them is not fixed here; lint and new see the whole file.
		{name: "invalid-utf8-body", want: []want{errAt("encoding", 14)}, lint: 1, due: anyExit, new: 1},
		{name: "nul-byte-body", want: []want{errAt("encoding", 14)}, lint: 1, due: anyExit, new: 1},
		{name: "conflict-markers-body", want: []want{errAt("conflict", 14), errAt("conflict", 16), errAt("conflict", 18)}, lint: 1, due: anyExit, new: 1},

		// Readable but with data follow cannot trust: lint error, due skips, new refuses.
		{name: "alias-bomb", want: aliasBomb, lint: 1, due: 1, new: 1},
		{name: "deep-nesting", want: []want{errAt("type", 8)}, lint: 1, due: 1, new: 1},
		{name: "duplicate-keys", want: []want{errAt("yaml", 8)}, lint: 1, due: 1, new: 1},
		{name: "impossible-date", want: []want{errAt("date", 6)}, lint: 1, due: 1, new: 1},
		{name: "wrong-type", want: []want{errAt("date", 7)}, lint: 1, due: 1, new: 1},
		{name: "wrong-type-list", want: []want{errAt("required", 3), errAt("type", 3)}, lint: 1, due: 1, new: 1},

		// Sound front matter, but follow new cannot append an entry where it would be one.
		{name: "unclosed-fence", new: 1},
		{name: "unclosed-comment", new: 1},

		// Across files. Two files with one ID: follow new takes <root>/<ID>.md when there
		// is one, and refuses to choose between two files below the root.
		{name: "dup-id", id: "dup", file: "dup.md", want: []want{
			{rule: "duplicate-id", severity: "error", line: 2, file: "dup.md"},
			{rule: "duplicate-id", severity: "error", line: 2, file: "osaka/dup.md"},
		}, lint: 1},
		{name: "dup-id-sub", id: "dup", want: []want{
			{rule: "duplicate-id", severity: "error", line: 2, file: "osaka/dup.md"},
			{rule: "duplicate-id", severity: "error", line: 2, file: "tokyo/dup.md"},
		}, lint: 1, new: 1},
		{name: "dup-id-field", id: "two", file: "two.md", want: []want{
			{rule: "id-filename", severity: "error", line: 2, file: "one.md"},
			{rule: "duplicate-id", severity: "error", line: 2, file: "one.md"},
			{rule: "duplicate-id", severity: "error", line: 2, file: "two.md"},
		}, lint: 1},
		{name: "symlink-outside", id: "link", setup: symlinkOutside, new: 1},
	}
}

// huge writes a 50 MB record: follow must refuse it by its size, without reading it.
func huge(t *testing.T, records string) {
	f, err := os.Create(filepath.Join(records, "huge.md"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(strings.TrimSuffix(corpusBase("huge"), "次回: 2026-12-03\n"))
	visit := "- " + strings.Repeat("長い面談記録。", 60) + "\n"
	for n := 0; n < 50<<20; n += len(visit) {
		w.WriteString(visit)
	}
	w.WriteString("\n次回: 2026-12-03\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// fifo makes records/fifo.md a named pipe.
func fifo(t *testing.T, records string) {
	if err := mkfifo(filepath.Join(records, "fifo.md")); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
}

// longLine writes a sound record with a 900 KB front matter line.
func longLine(t *testing.T, records string) {
	src := strings.Replace(corpusBase("long-line"), "status:", "kana: "+strings.Repeat("あ", 300000)+"\nstatus:", 1)
	if err := os.WriteFile(filepath.Join(records, "long-line.md"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// symlinkOutside makes records/link.md a symbolic link to a sound record outside the
// records directory: read through, never written through.
func symlinkOutside(t *testing.T, records string) {
	outside := filepath.Join(filepath.Dir(records), "outside")
	if err := os.Mkdir(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(outside, "link.md")
	if err := os.WriteFile(target, []byte(corpusBase("link")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(records, "link.md")); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
}

// corpusFinding is one element of follow lint --format json.
type corpusFinding struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Message  string `json:"message"`
}

// corpusTree makes a folder holding records/ with a follow.yaml without milestone rules:
// the corpus files need not carry milestones.
func corpusTree(t *testing.T) (dir, records string) {
	t.Helper()
	dir = t.TempDir()
	records = filepath.Join(dir, "records")
	if err := os.Mkdir(records, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(records, "follow.yaml"), []byte("milestones: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, records
}

func TestCorpus(t *testing.T) {
	for _, c := range corpusCases() {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir, records := corpusTree(t)
			file := c.name + ".md"
			switch {
			case c.setup != nil:
				c.setup(t, records)
			default:
				src := filepath.Join("testdata", "corpus", c.name)
				if st, err := os.Stat(src); err == nil && st.IsDir() {
					copyTree(t, src, records)
					file = c.file
				} else {
					copyTree(t, src+".md", filepath.Join(records, file))
				}
			}
			id := c.id
			if id == "" {
				id = c.name
			}

			// follow lint
			res := runFollow(t, dir, "lint", "--format", "json")
			noPanic(t, "lint", res)
			if res.code != c.lint {
				t.Errorf("follow lint exited %d, want %d\n%s%s", res.code, c.lint, res.stdout, res.stderr)
			}
			var got []corpusFinding
			if err := json.Unmarshal([]byte(res.stdout), &got); err != nil {
				t.Fatalf("follow lint --format json printed no JSON: %v\n%s", err, res.stdout)
			}
			checkFindings(t, file, got, c.want)
			notRead(t, c, "lint", res)

			// follow due
			before := snapshot(t, dir)
			res = runFollow(t, dir, "due")
			noPanic(t, "due", res)
			notRead(t, c, "due", res)
			if c.due != anyExit && res.code != c.due {
				t.Errorf("follow due exited %d, want %d\n%s%s", res.code, c.due, res.stdout, res.stderr)
			}
			if res.code == 1 && !strings.Contains(res.stderr, id) {
				t.Errorf("follow due exited 1 without naming the record:\n%s", res.stderr)
			}
			sameFiles(t, "follow due", before, snapshot(t, dir))

			// follow new: a visit
			var orig []byte
			if c.new == 0 {
				orig, _ = os.ReadFile(filepath.Join(records, file))
			}
			res = runFollow(t, dir, "new", id, "--fact", "コーパスの確認", "--next", "2026-12-15")
			noPanic(t, "new", res)
			notRead(t, c, "new", res)
			if res.code != c.new {
				t.Errorf("follow new exited %d, want %d\n%s%s", res.code, c.new, res.stdout, res.stderr)
			}
			if res.code != 0 {
				sameFiles(t, "follow new (refused)", before, snapshot(t, dir))
				if res.stderr == "" {
					t.Error("follow new refused without a word")
				}
				return
			}
			path := filepath.Join(records, file)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, err := record.Parse(path, src)
			if err != nil {
				t.Fatalf("after follow new the record does not parse: %v", err)
			}
			if err := r.Broken(); err != nil {
				t.Fatalf("after follow new the record is broken: %v", err)
			}
			if r.Next.String() != "2026-12-15" || !bytes.Contains(src, []byte("コーパスの確認")) {
				t.Errorf("the visit was not written:\n%s", src)
			}
			if !bytes.HasPrefix(src, orig[:bytes.Index(orig, []byte("next:"))]) {
				t.Error("follow new changed the front matter above next:")
			}
			if c.check != nil {
				c.check(t, src)
			}
		})
	}
}

// notRead checks that a command refused the 50 MB file by its size, before reading it: its
// peak memory stays far below the file's size.
func notRead(t *testing.T, c corpusCase, what string, res followResult) {
	t.Helper()
	if c.name != "huge" {
		return
	}
	kib := maxRSSKiB(res.state)
	t.Logf("follow %s on a 50 MB file: peak memory %d KiB", what, kib)
	if kib > 40<<10 {
		t.Errorf("follow %s on a 50 MB file peaked at %d MiB: it read the file", what, kib>>10)
	}
}

func noPanic(t *testing.T, what string, res followResult) {
	t.Helper()
	if res.code == 3 || res.code < 0 || strings.Contains(res.stderr, "internal error") || strings.Contains(res.stderr, "goroutine ") {
		t.Fatalf("follow %s crashed (exit %d):\n%s", what, res.code, res.stderr)
	}
	// Whatever the records hold, follow prints no control character a terminal would act
	// on (and no colour: the output is no terminal).
	for name, out := range map[string]string{"stdout": res.stdout, "stderr": res.stderr} {
		if i, r := sanitize.Index(out); i >= 0 {
			t.Errorf("follow %s printed %U raw on %s: %q", what, r, name, out[max(0, i-40):min(len(out), i+40)])
		}
	}
}

// checkFindings compares lint's findings with the expected ones as multisets of (file,
// rule, severity, line).
func checkFindings(t *testing.T, file string, got []corpusFinding, wants []want) {
	t.Helper()
	key := func(file, rule, sev string, line int) string {
		return fmt.Sprintf("%s:%d %s %s", file, line, sev, rule)
	}
	var g, w []string
	for _, f := range got {
		rel := strings.TrimPrefix(filepath.ToSlash(f.File), "records/") // FOLLOW_DIR=records
		g = append(g, key(rel, f.Rule, f.Severity, f.Line))
	}
	for _, x := range wants {
		name := x.file
		if name == "" {
			name = file
		}
		w = append(w, key(name, x.rule, x.severity, x.line))
	}
	sort.Strings(g)
	sort.Strings(w)
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		var msgs []string
		for _, f := range got {
			msgs = append(msgs, fmt.Sprintf("  %s:%d: %s: %s [%s]", f.File, f.Line, f.Severity, f.Message, f.Rule))
		}
		t.Errorf("follow lint findings:\n  %s\nwant:\n  %s\nmessages:\n%s", strings.Join(g, "\n  "), strings.Join(w, "\n  "), strings.Join(msgs, "\n"))
	}
}

// copyTree copies a file or a folder byte for byte.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot hashes every file below dir (outside follow's state folder .follow), keyed by
// its path relative to dir; a symbolic link is recorded as "-> target".
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".follow" {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(p)
			out[rel] = "-> " + target
			return err
		}
		if !d.Type().IsRegular() {
			out[rel] = d.Type().String() // a named pipe: opening it would block
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		h := sha256.New()
		_, err = io.Copy(h, f)
		out[rel] = fmt.Sprintf("%x", h.Sum(nil))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameFiles(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for p, b := range before {
		a, ok := after[p]
		switch {
		case !ok:
			t.Errorf("%s removed %s", what, p)
		case a != b:
			t.Errorf("%s changed %s", what, p)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s created %s", what, p)
		}
	}
}

// The whole corpus in one records folder, as after a bad merge: every command that reads
// many records runs over it without crashing, the sound records are still read, and no
// command changes a record it refuses.
func TestCorpusAllAtOnce(t *testing.T) {
	dir, records := corpusTree(t)
	var refused []string // broken files: no command may change them
	var ids []string
	for _, c := range corpusCases() {
		switch {
		case c.setup != nil:
			c.setup(t, records)
		default:
			src := filepath.Join("testdata", "corpus", c.name)
			if st, err := os.Stat(src); err == nil && st.IsDir() {
				copyTree(t, src, filepath.Join(records, c.name))
			} else {
				copyTree(t, src+".md", filepath.Join(records, c.name+".md"))
			}
		}
		if c.id == "" {
			ids = append(ids, c.name)
		}
		if c.new != 0 && c.lint != 0 && c.setup == nil && c.id == "" {
			refused = append(refused, filepath.Join("records", c.name+".md"))
		}
	}
	before := snapshot(t, dir)
	commands := [][]string{{"lint"}, {"due"}, {"list"}, {"stats"}, {"fmt", "--check"}, {"fmt"}}
	for _, id := range ids {
		commands = append(commands, []string{"show", id})
	}
	for _, args := range commands {
		res := runFollow(t, dir, args...)
		noPanic(t, strings.Join(args, " "), res)
		if res.code < 0 || res.code > 2 {
			t.Errorf("follow %s exited %d", strings.Join(args, " "), res.code)
		}
	}
	// Sound records are still listed by due despite all the broken ones.
	res := runFollow(t, dir, "due", "--json", "--within", "1y")
	var items []map[string]any
	if err := json.Unmarshal([]byte(res.stdout), &items); err != nil {
		t.Fatalf("follow due --json: %v\n%s", err, res.stdout)
	}
	seen := map[string]bool{}
	for _, it := range items {
		seen[fmt.Sprint(it["staff"])] = true
	}
	for _, id := range []string{"bom", "crlf", "mixed-eol", "indented-dashes", "long-line"} {
		if !seen[id] {
			t.Errorf("follow due over the whole corpus does not list the sound record %s", id)
		}
	}
	after := snapshot(t, dir)
	for _, p := range refused {
		if before[p] != after[p] {
			t.Errorf("%s, which follow refuses to edit, was changed", p)
		}
	}
	if before["records/huge.md"] != after["records/huge.md"] {
		t.Error("the 50 MB file was changed")
	}
}
