package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/cmdutil"
)

const editorRecord = `---
id: S0001
name: 山田 花子
kana: やまだ はなこ
status: active
owner: 佐藤
start: 2026-11-02
next: 2026-12-05
requests:
  - id: R1
    what: 席が寒い
    due: 2026-12-10
---

# 山田 花子

## 2026-11-20 visit

### Personal

- 娘さんの受験（1月）

Next: 2026-12-05
`

// editorSetup makes a records directory holding S0001 and a fake editor that keeps
// what it is opened on in seen.md and writes reply over it.
func editorSetup(t *testing.T, reply string) (dir, editor string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the fake editor is a shell script")
	}
	dir = t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "S0001.md"), []byte(editorRecord), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "reply.md"), []byte(reply), 0o644); err != nil {
		t.Fatal(err)
	}
	editor = filepath.Join(dir, "editor.sh")
	script := "#!/bin/sh\ncp \"$1\" '" + filepath.Join(dir, "seen.md") + "'\ncp '" + filepath.Join(dir, "reply.md") + "' \"$1\"\n"
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, editor
}

// TestNewOpensEditorOnATerminal: with no visit flags, follow new opens the editor when
// standard input and output are terminals, reads standard input when it is not a
// terminal, and refuses (as before) when only stdin is a terminal.
func TestNewOpensEditorOnATerminal(t *testing.T) {
	reply := "### Facts\n- 慣れてきた\nNext: 2w\n"
	dir, editor := editorSetup(t, reply)
	env := map[string]string{"EDITOR": editor, "FOLLOW_TODAY": "2026-12-05"}
	code, out, errOut := followIO(t, env, "", true, "new", "S0001", "--dir", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasSuffix(strings.TrimSpace(out), "S0001.md") {
		t.Errorf("stdout = %q", out)
	}
	seen, err := os.ReadFile(filepath.Join(dir, "seen.md"))
	if err != nil {
		t.Fatalf("the editor was not run: %v", err)
	}
	for _, want := range []string{"## 2026-12-05 visit\n", "you mentioned “娘さんの受験（1月）”. How have things been lately?", "#   R1 席が寒い — due 2026-12-10", "# - R1; due 2026-12-10\n", "\nNext: \n"} {
		if !strings.Contains(string(seen), want) {
			t.Errorf("the template lacks %q:\n%s", want, seen)
		}
	}
	rec, _ := os.ReadFile(filepath.Join(dir, "S0001.md"))
	if !strings.Contains(string(rec), "next: 2026-12-19\n") || !strings.Contains(string(rec), "- 慣れてきた\n") {
		t.Errorf("record:\n%s", rec)
	}
	if _, err := os.Stat(filepath.Join(dir, ".follow", "drafts", "S0001.md")); err == nil {
		t.Error("the draft was left behind after saving")
	}

	// $VISUAL wins over $EDITOR.
	env["VISUAL"], env["EDITOR"] = editor, "false"
	os.Remove(filepath.Join(dir, "seen.md"))
	if code, _, errOut := followIO(t, env, "", true, "new", "S0001", "--dir", dir, "--date", "2026-12-04"); code != 0 {
		t.Fatalf("VISUAL: exit %d: %s", code, errOut)
	}
	if seen, _ := os.ReadFile(filepath.Join(dir, "seen.md")); !strings.Contains(string(seen), "## 2026-12-04 visit") {
		t.Errorf("VISUAL was not used, or --date not in the heading:\n%s", seen)
	}

	// stdin a terminal, stdout not (follow new S0001 > file): no editor, the usage error.
	var tty bool
	io := &cmdutil.IOStreams{In: strings.NewReader(""), Out: &strings.Builder{}, ErrOut: &strings.Builder{}, StdinTTY: true}
	o := &NewOptions{Printer: cmdutil.Printer{IO: io}}
	if src := o.draftSource(); src != "" {
		t.Errorf("stdin tty, stdout not: source %q, want none", src)
	}
	io.StdoutTTY = true
	if src := o.draftSource(); src != draftFromEditor {
		t.Errorf("both terminals: source %q", src)
	}
	io.StdinTTY, io.StdoutTTY = tty, true
	if src := o.draftSource(); src != draftFromStdin {
		t.Errorf("stdin not a terminal: source %q", src)
	}
	o.From = "x.md"
	if src := o.draftSource(); src != draftFromFile {
		t.Errorf("--from: source %q", src)
	}
}

// TestEditorTemplateLanguages: the words the template will write into the record
// (the kind, the section names, the Next: label) are in the record's language; the help
// around them is in the writer's.
func TestEditorTemplateLanguages(t *testing.T) {
	jaRecord := strings.NewReplacer("## 2026-11-20 visit", "## 2026-11-20 訪問", "### Personal", "### 近況", "Next: 2026-12-05", "次回: 2026-12-05").Replace(editorRecord)
	for _, c := range []struct {
		name, record, lang string
		want               []string
	}{
		{"an English record, a Japanese writer", editorRecord, "ja_JP.UTF-8",
			[]string{"## 2026-12-05 visit\n", "### Facts\n", "### Requests\n", "### Personal\n", "### Notes\n", "### Done\n", "\nNext: \n", "前回（11/20）「娘さんの受験（1月）」とお話しされていましたが、最近いかがですか？", "# A: 確認した事実"}},
		{"a Japanese record, an English writer", jaRecord, "C.UTF-8",
			[]string{"## 2026-12-05 訪問\n", "### 確認事項\n", "### 相談事項\n", "### 近況\n", "### メモ\n", "### 完了\n", "\n次回: \n", "# A: facts confirmed"}},
	} {
		dir, editor := editorSetup(t, "")
		if err := os.WriteFile(filepath.Join(dir, "S0001.md"), []byte(c.record), 0o644); err != nil {
			t.Fatal(err)
		}
		env := map[string]string{"EDITOR": editor, "FOLLOW_TODAY": "2026-12-05", "LANG": c.lang}
		code, _, errOut := followIO(t, env, "", true, "new", "S0001", "--dir", dir)
		if code != 1 || !strings.Contains(errOut, "aborted") && !strings.Contains(errOut, "中止しました") {
			t.Errorf("%s: an empty reply aborts: exit %d, %s", c.name, code, errOut)
		}
		seen, _ := os.ReadFile(filepath.Join(dir, "seen.md"))
		for _, want := range c.want {
			if !strings.Contains(string(seen), want) {
				t.Errorf("%s: the template lacks %q:\n%s", c.name, want, seen)
			}
		}
		// What the template holds, with nothing written, is empty: an untouched template aborts.
		if rec, _ := os.ReadFile(filepath.Join(dir, "S0001.md")); string(rec) != c.record {
			t.Errorf("%s: the record changed on an aborted edit", c.name)
		}
	}
}
