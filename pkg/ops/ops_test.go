package ops

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

func day(s string) dates.Date {
	d, err := dates.Parse(s, 0)
	if err != nil {
		panic(err)
	}
	return d
}

var (
	today = day("2026-12-05")
	envJA = Env{Today: today, Config: config.Default(), Lang: "ja"}
	envEN = Env{Today: today, Config: config.Default(), Lang: "en"}
)

// fixture parses testdata/S0101.md, with CRLF line ends when crlf is set.
func fixture(t *testing.T, crlf bool) *record.Record {
	t.Helper()
	src, err := os.ReadFile("testdata/S0101.md")
	if err != nil {
		t.Fatal(err)
	}
	if crlf {
		src = []byte(strings.ReplaceAll(string(src), "\n", "\r\n"))
	}
	r, err := record.Parse("S0101.md", src)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// removedLines returns the lines of old that are not in new, in order, by a longest
// common subsequence of lines: the lines an edit replaced. An edit that only adds text
// removes none.
func removedLines(old, new string) []string {
	a, b := strings.SplitAfter(old, "\n"), strings.SplitAfter(new, "\n")
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, strings.TrimRight(a[i], "\r\n"))
			i++
		default:
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, strings.TrimRight(a[i], "\r\n"))
	}
	return out
}

// golden compares out with testdata/golden/name.md (rewritten with -update).
func golden(t *testing.T, name string, out []byte) {
	t.Helper()
	p := filepath.Join("testdata", "golden", name+".md")
	if *update {
		if err := os.WriteFile(p, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(want) {
		t.Errorf("%s: the output differs from %s:\n%s", name, p, out)
	}
}

// edited checks an operation's bytes: they are the golden file's, they change only the
// lines listed in changed (every other byte of the record stays), the edited record
// parses without a new problem, and it passes the operation's own Verify. With CRLF
// line ends the result is the LF result with CRLF line ends.
func edited(t *testing.T, name string, rec *record.Record, e Edit, changed ...string) *record.Record {
	t.Helper()
	crlf := strings.Contains(string(rec.Src), "\r\n")
	out := string(e.Out)
	if crlf {
		if strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
			t.Errorf("%s: a line end other than CRLF in a CRLF record", name)
		}
		golden(t, name, []byte(strings.ReplaceAll(out, "\r\n", "\n")))
	} else {
		golden(t, name, e.Out)
	}
	if got := removedLines(string(rec.Src), out); !slices.Equal(got, changed) {
		t.Errorf("%s: lines changed:\n  %q\nwant only\n  %q", name, got, changed)
	}
	nr, err := rec.Reparse(rec.Path, e.Out)
	if err != nil {
		t.Fatalf("%s: the result does not parse: %v", name, err)
	}
	if err := nr.Broken(); err != nil {
		t.Errorf("%s: the result is broken: %v", name, err)
	}
	if err := e.Verify(nr); err != nil {
		t.Errorf("%s: Verify: %v", name, err)
	}
	return nr
}

// refused checks that err is an operation's refusal with the message key, a usage error
// or not as said.
func refused(t *testing.T, name string, err error, key string, usage bool) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: %v, want the refusal %s", name, err, key)
	}
	if e.Msg.Key != key || e.Usage != usage {
		t.Errorf("%s: refused with %s (usage %v), want %s (usage %v)", name, e.Msg.Key, e.Usage, key, usage)
	}
}

// TestEveryEntryHasItsAuthor: every entry an operation writes carries the author line
// right under its heading, in the language of the words it writes; without an author
// there is none.
func TestEveryEntryHasItsAuthor(t *testing.T) {
	rec := fixture(t, false)
	ja := envJA
	ja.Author = "川口 健太"
	en := envEN
	en.Author = "Anna Schmidt"
	date := day("2026-12-05")
	edits := map[string]func(Env) ([]byte, error){
		"visit": func(e Env) ([]byte, error) {
			r, err := Visit(rec, VisitInput{Env: e, Date: date, Kind: "call", Facts: []string{"x"}, Next: day("2026-12-19")})
			return r.Out, err
		},
		"done": func(e Env) ([]byte, error) {
			r, err := MarkDone(rec, DoneInput{Env: e, Item: "M3", Date: date})
			return r.Out, err
		},
		"renew": func(e Env) ([]byte, error) {
			r, err := Renew(rec, RenewInput{Env: e, Date: date, Until: day("2027-05-31")})
			return r.Out, err
		},
		"end": func(e Env) ([]byte, error) {
			r, err := End(rec, EndInput{Env: e, Date: date, Reason: "契約満了"})
			return r.Out, err
		},
		"handover": func(e Env) ([]byte, error) {
			r, err := Handover(rec, HandoverInput{Env: e, Date: date, To: "川口 健太"})
			return r.Out, err
		},
	}
	for name, edit := range edits {
		for _, c := range []struct {
			env  Env
			want string
		}{{ja, "記入: 川口 健太"}, {en, "By: Anna Schmidt"}, {envJA, ""}} {
			out, err := edit(c.env)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			nr, err := record.Parse("S0101.md", out)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			entries, _ := nr.Entries()
			var added *record.Entry
			for i := range entries {
				if entries[i].Date == date {
					added = &entries[i]
				}
			}
			if added == nil {
				t.Fatalf("%s: no entry dated %s", name, date)
			}
			author := strings.TrimPrefix(strings.TrimPrefix(c.want, "記入: "), "By: ")
			if added.Author != author || (author != "" && added.AuthorLine != added.Line+2) {
				t.Errorf("%s (%s): author %q on line %d (heading on %d), want %q", name, c.env.Lang, added.Author, added.AuthorLine, added.Line, author)
			}
			if got := added.Lang(); got != c.env.Lang {
				t.Errorf("%s: the entry is written in %q, want %q", name, got, c.env.Lang)
			}
			if c.want == "" && (strings.Count(string(out), "記入") != strings.Count(string(rec.Src), "記入") || strings.Contains(string(out), "By:")) {
				t.Errorf("%s: an author line without an author", name)
			}
		}
	}
}
