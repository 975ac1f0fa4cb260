package record

import (
	"strings"
	"testing"
)

// A code fence written inside an HTML comment of an earlier entry opens no code block: the
// entry after the comment is read as one, and a new entry is appended after it.
func TestInsertEntryAfterAFenceInAComment(t *testing.T) {
	src := minimal + "\n## 2026-01-10 visit\n\n<!--\n```\n-->\n\n## 2026-01-20 visit\n\n- 元気\n"
	r := mustParse(t, "r.md", []byte(src))
	if es, _ := r.Entries(); len(es) != 2 {
		t.Fatalf("%d entries before the edit, want 2 (test premise)", len(es))
	}
	e := r.Edit()
	e.InsertEntry(day("2026-02-01"), visitJan)
	out, err := e.Bytes()
	if err != nil {
		t.Fatalf("InsertEntry: %v", err)
	}
	if es, _ := mustParse(t, "edited", out).Entries(); len(es) != 3 {
		t.Errorf("%d entries after the edit, want 3:\n%s", len(es), out)
	}
}

// A code block left open in the last entry is named by its line in the file.
func TestInsertEntryNamesTheOpenFence(t *testing.T) {
	src := minimal + "\n## 2026-01-10 visit\n\n```\nclosed\n```\n\n## 2026-01-20 visit\n\n- x\n\n~~~\nopen\n"
	r := mustParse(t, "r.md", []byte(src))
	e := r.Edit()
	e.InsertEntry(day("2026-02-01"), visitJan)
	_, err := e.Bytes()
	re, ok := asError(err)
	if !ok {
		t.Fatalf("InsertEntry after an open fence: %v, want an *Error", err)
	}
	want := strings.Count(src[:strings.Index(src, "~~~")], "\n") + 1
	if re.Line != want || !strings.Contains(re.Msg, "never closed") {
		t.Errorf("error %v at line %d, want the fence's line %d", re, re.Line, want)
	}
}

// An HTML comment left open in the last entry is named by its line too.
func TestInsertEntryNamesTheOpenComment(t *testing.T) {
	src := minimal + "\n## 2026-01-10 visit\n\n<!-- closed -->\n\n## 2026-01-20 visit\n\n- x\n\n<!-- open\n"
	e := mustParse(t, "r.md", []byte(src)).Edit()
	e.InsertEntry(day("2026-02-01"), visitJan)
	_, err := e.Bytes()
	re, ok := asError(err)
	if !ok {
		t.Fatalf("InsertEntry after an open comment: %v, want an *Error", err)
	}
	want := strings.Count(src[:strings.Index(src, "<!-- open")], "\n") + 1
	if re.Line != want || !strings.Contains(re.Msg, "<!--") {
		t.Errorf("error %v at line %d, want the comment's line %d", re, re.Line, want)
	}
}
