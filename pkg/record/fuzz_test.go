package record

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the records every fuzz target starts from: the edit inputs, the records of
// the parse tests and a few odd shapes.
func fuzzSeeds(f *testing.F) [][]byte {
	f.Helper()
	var seeds [][]byte
	files, err := filepath.Glob(filepath.Join("testdata", "edit", "*.md"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	for _, s := range []string{
		fullRecord,
		minimal,
		"\uFEFF" + minimal,
		toCRLF(fullRecord),
		billionLaughs(),
		minimal + "\n## 2026-01-10 visit\n\n```\n## 2026-01-20 visit\n```\n\n## 雑記\n\n次回：2026-02-01\n",
		withKeys("next: 2026-01-15", "supervisor: |", "  ---", "  x", "contract: {end: 2026-03-31}",
			"requests: [] # なし", "milestones:", "- id: M1", "  what: x", "  due: 2026-01-01") + "本文",
		withKeys("next: soon # 未定", "contract:", "requests:") + "\n2026-01-10 visit\n---\n",
		"---\n---\n",
		"---\nid: a\n...\n",
		"",
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		orig := append([]byte(nil), src...)
		r, err := Parse("fuzz.md", src)
		if !bytes.Equal(src, orig) {
			t.Fatal("Parse modified its input")
		}
		if err != nil {
			if _, ok := asError(err); !ok {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			if r != nil {
				t.Fatal("a record and an error")
			}
			return
		}
		for _, p := range r.Problems {
			if p.Line < 1 || p.Line > r.FrontMatterEndLine() {
				t.Errorf("front matter problem outside the front matter: %+v", p)
			}
		}
		// Line numbers are file lines: the line KeyLine names holds the key.
		fileLines := bytes.Split(src, []byte("\n"))
		for _, k := range TopKeys {
			n := r.KeyLine(k)
			if n == 0 {
				continue
			}
			if n < 2 || n >= r.FrontMatterEndLine() {
				t.Fatalf("KeyLine(%s) = %d, outside the front matter (closing line %d)", k, n, r.FrontMatterEndLine())
			}
			if l := fileLines[n-1]; !bytes.Contains(l, []byte(k)) && !bytes.ContainsAny(l, `"'\\`) {
				t.Fatalf("KeyLine(%s) = %d, but that line is %q\n%q", k, n, l, src)
			}
		}
		es, ps := r.Entries()
		lastLine := 1 + bytes.Count(src, []byte{'\n'})
		for _, e := range es {
			if e.Start < len(src)-len(r.Body()) || e.Start > e.End || e.End > len(src) {
				t.Fatalf("entry span %d..%d outside the body (file %d bytes)", e.Start, e.End, len(src))
			}
			if e.Line <= r.FrontMatterEndLine() || e.Line > lastLine {
				t.Errorf("entry line %d outside the body", e.Line)
			}
		}
		for _, p := range ps {
			if p.Line <= r.FrontMatterEndLine() || p.Line > lastLine {
				t.Errorf("body problem outside the body: %+v", p)
			}
		}
	})
}

// fuzzVisit is the entry FuzzEditRoundTrip writes.
var fuzzVisit = Visit{Date: day("2030-06-01"), Kind: "visit",
	Facts:    []string{"fuzz: 確認した事実"},
	Requests: []Request{{ID: "R99", What: "fuzz request", Due: day("2030-06-30")}},
	Personal: []string{"週末は釣り"},
	Next:     day("2030-07-01")}

func FuzzEditRoundTrip(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	section := fuzzVisit.Markdown()
	newEntry, err := sectionEntryValues(section)
	if err != nil || len(newEntry) != 1 {
		f.Fatalf("the visit section does not read back: %v %v", err, newEntry)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r, err := Parse("fuzz.md", src)
		if err != nil || r.Broken() != nil {
			return // follow refuses to edit a record it cannot read or trust
		}
		orig := append([]byte(nil), src...)
		before := frontValues(r)
		beforeEntries := entryValues(r)

		e := r.Edit()
		e.InsertEntry(fuzzVisit.Date, section)
		e.Set(fuzzVisit.Next, "next")
		out, err := e.Bytes()
		if !bytes.Equal(r.Src, orig) {
			t.Fatal("editing modified the record's Src")
		}
		if err != nil {
			if _, ok := asError(err); !ok {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			return
		}
		if r.CRLF() {
			bare := func(b []byte) int { return bytes.Count(b, []byte("\n")) - bytes.Count(b, []byte("\r\n")) }
			if bare(out) != bare(src) {
				t.Errorf("LF line ends written into a CRLF file:\n%q", out)
			}
		}
		r2, err := Parse("fuzz.md", out)
		if err != nil {
			t.Fatalf("the edited record does not parse: %v\n--- before ---\n%q\n--- after ---\n%q", err, src, out)
		}
		after := frontValues(r2)
		want := map[string]string{}
		for k, v := range before {
			want[k] = v
		}
		want["next"] = fuzzVisit.Next.String()
		if !sameMap(want, after) {
			t.Errorf("front matter changed:\nbefore %q\nwant   %q\nafter  %q\n--- before ---\n%q\n--- after ---\n%q",
				before, want, after, src, out)
		}
		afterEntries := entryValues(r2)
		for k, v := range beforeEntries {
			if afterEntries[k] != v {
				t.Errorf("entry %q changed: %q → %q\n--- before ---\n%q\n--- after ---\n%q", k, v, afterEntries[k], src, out)
			}
		}
		for k, v := range newEntry {
			found := false
			for ak, av := range afterEntries {
				if strings.HasPrefix(ak, strings.TrimSuffix(k, "#1")+"#") && av == v {
					found = true
				}
			}
			if !found {
				t.Errorf("the new entry %q is not read back\n--- before ---\n%q\n--- after ---\n%q", k, src, out)
			}
		}
	})
}

func sameMap(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if bv, ok := b[k]; !ok || bv != v {
			return false
		}
	}
	return true
}

// FuzzQuoteText: any valid UTF-8 text is written on one line and reads back unchanged.
func FuzzQuoteText(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		checkQuoted(t, s)
	})
}
