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

// NextAppointment reads the time and place a Next: line gives after its date.
func TestNextAppointment(t *testing.T) {
	src := "---\nid: S1\n---\n\n## 2026-12-02 訪問\n\n次回: 2026-12-16 15:00 休憩室\n- **Next:** 2026-12-17\n次回：２０２６－１２－１８　１０：００〜１１：００　Ａ棟\nメモ\n次回: 12/4\n"
	r, err := Parse("S1.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		line int
		want string
		ok   bool
	}{
		{7, "2026-12-16 15:00 休憩室", true},
		{8, "2026-12-17", true},
		{9, "2026-12-18 10:00-11:00 Ａ棟", true},
		{10, "", false}, // not a Next: line
		{11, "", false}, // no date in the form YYYY-MM-DD
	} {
		a, ok := r.NextAppointment(c.line)
		if ok != c.ok || ok && a.String() != c.want {
			t.Errorf("line %d: %q, %v; want %q, %v", c.line, a.String(), ok, c.want, c.ok)
		}
	}
}

// NextAppointment never panics on a line, and what it reads is an appointment on the date
// the body scanner reads from the same line.
func FuzzNextAppointment(f *testing.F) {
	for _, s := range []string{"次回: 2026-12-16 15:00 休憩室", "- **Next:** 2026-12-17", "次回：２０２６－１２－１８　１０：００〜１１：００　Ａ棟", "次回:", "Next: 2026-02-30", "次回: 2026-12-16\u3000", "次回: 2026-12-16 25:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsAny(line, "\r\n") {
			return
		}
		src := "---\nid: S1\n---\n\n## 2026-12-02 訪問\n\n" + line + "\n"
		r, err := Parse("S1.md", []byte(src))
		if err != nil {
			return
		}
		a, ok := r.NextAppointment(7)
		es, _ := r.Entries()
		if ok && len(es) == 1 && !es[0].Next.IsZero() && a.Date != es[0].Next {
			t.Errorf("%q: NextAppointment reads %v, the entry's Next is %v", line, a.Date, es[0].Next)
		}
	})
}
