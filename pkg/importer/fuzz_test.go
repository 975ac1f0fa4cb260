package importer

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

// checkProblems: every problem names the file, has a message of the catalogue and a
// line inside the file.
func checkProblems(t *testing.T, file string, src []byte, probs []Problem) {
	t.Helper()
	lines := 1 + bytes.Count(src, []byte("\n"))
	for _, p := range probs {
		if p.File != file || p.Msg == nil || p.Line < 0 || p.Line > lines {
			t.Fatalf("problem %+v (file of %d lines)", p, lines)
		}
		if strings.HasPrefix(p.Text("en"), p.Code()) {
			t.Fatalf("problem without a message: %s", p.Text("en"))
		}
	}
}

func FuzzReadStaff(f *testing.F) {
	f.Add([]byte("スタッフID,氏名,就業開始日,契約終了日\r\nS0101,山田 花子,2026/12/1,2027年2月28日\r\n"), "")
	f.Add([]byte("id,name,start\n\"S1\",\"a\nb\",2026-12-01 0:00\n,,\n"), "utf-8")
	f.Add([]byte("\xef\xbb\xbfID,氏名,開始日,備考\nS1,x,12/1,\"1234 5678 9018\"\n"), "")
	f.Add([]byte("ID,\x83X\x83^\x83b\x83t,\x8aJ\x8en\x93\xfa\nS1,\x8e\x81,2026/12/1\n"), "cp932")
	f.Add([]byte("\xff\xfei\x00d\x00"), "")
	f.Fuzz(func(t *testing.T, src []byte, enc string) {
		e, ok := ParseEncoding(enc)
		if !ok {
			e = Auto
		}
		sh, probs := ReadStaff("f.csv", src, StaffOptions{Encoding: e})
		checkProblems(t, "f.csv", src, probs)
		seen := map[string]bool{}
		for _, r := range sh.Rows {
			if record.ValidID(r.ID) != nil || r.Name == "" || r.Start.IsZero() ||
				!r.Until.IsZero() && r.Until.Before(r.Start) || seen[r.ID] {
				t.Fatalf("a row that should have been refused: %+v", r)
			}
			seen[r.ID] = true
		}
	})
}

func FuzzReadNote(f *testing.F) {
	f.Add([]byte("---\nstaff: S0101\ndate: 2026-12-01\nkind: 訪問\nnext: 2026-12-15\n---\n# 面談\n\n慣れてきた。\n"))
	f.Add([]byte("+++\nstaff = \"S0101\"\ndate = 2026-12-01\n+++\ntext\n"))
	f.Add([]byte("{\n\"staff\": \"S0101\", \"date\": \"2026-12-01\"\n}\n\ntext\n"))
	f.Add([]byte(";;;\n{\"id\": 1}\n;;;\n"))
	f.Add([]byte("---\n- a\n---\n```\n"))
	f.Add([]byte("\ufeff---\r\nstaff: &a S1\r\nid: *a\r\ndate: 2026-12-01T10:00:00+09:00\r\n---\r\n## x\r\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		n, probs := ReadNote("n.md", src, NoteOptions{})
		checkProblems(t, "n.md", src, probs)
		if len(probs) > 0 {
			return
		}
		if record.ValidID(n.Staff) != nil || n.Date.IsZero() || !n.Next.IsZero() && n.Next.Before(n.Date) {
			t.Fatalf("a note that should have been refused: %+v", n)
		}
		if _, err := record.EntryText(n.Text); err != nil {
			t.Fatalf("a note whose text cannot be an entry: %v", err)
		}
	})
}

// TestPure: the package reads no file and no clock, and knows nothing of the store or
// the command line.
func TestPure(t *testing.T) {
	forbidden := []string{"os", "os/exec", "io/fs", "io/ioutil", "net", "path/filepath", "gopkg.in/yaml.v2",
		"github.com/spf13/cobra", "github.com/staffnote/follow/pkg/store", "github.com/staffnote/follow/pkg/cli"}
	files, _ := filepath.Glob("*.go")
	for _, p := range files {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(src, []byte("time.Now")) {
			t.Errorf("%s reads the clock", p)
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range f.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			for _, x := range forbidden {
				if path == x {
					t.Errorf("%s imports %s", p, path)
				}
			}
		}
	}
}
