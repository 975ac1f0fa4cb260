package record

import (
	"bytes"
	"fmt"
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
	// The broken and hostile records of the end-to-end corpus (BOM, CRLF, NUL, Shift_JIS,
	// alias bomb, conflict markers, ...).
	hostile, _ := filepath.Glob(filepath.Join("..", "..", "cmd", "follow", "testdata", "corpus", "*.md"))
	files = append(files, hostile...)
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

// FuzzSpliceVisit does what follow new does to a record, with a fuzzed record, visit date
// and text: append a request, move next, insert the visit section in date order. Parsed
// again, the result must keep every earlier entry and every front matter value, and read
// back the new request and the new entry. Anything the editor refuses is fine; anything
// it writes must be whole.
func FuzzSpliceVisit(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, uint16(i*97), "支払伝票の入力を一人で担当")
	}
	f.Add([]byte(minimal), uint16(0), "what: \"x\" # y")
	f.Add([]byte(fullRecord), uint16(400), "- [ ] <!-- ## 2026-01-01 visit")
	f.Add([]byte(toCRLF(fullRecord)), uint16(30), "```")
	base := day("2025-01-01")
	f.Fuzz(func(t *testing.T, src []byte, off uint16, text string) {
		r, err := Parse("fuzz.md", src)
		if err != nil || r.Broken() != nil {
			return // follow refuses to edit a record it cannot read or trust
		}
		text = strings.TrimSpace(oneLine(text))
		if text == "" || !utf8.ValidString(text) || strings.ContainsAny(text, ";；\x00") {
			return // what --request and --fact can hold (a command line holds no NUL)
		}
		date := base.AddDays(int(off % 1500))
		q := Request{ID: "R9999", What: text, Due: date.AddDays(9), Report: date.AddDays(10), How: "電話"}
		v := Visit{Date: date, Kind: "visit", Facts: []string{text}, Requests: []Request{q}, Personal: []string{"週末は釣り"}, Next: date.AddDays(14)}
		before := frontValues(r)
		beforeEntries := entryValues(r)
		oldEntries, _ := r.Entries()

		e := r.Edit()
		e.Append([]string{"requests"}, RequestFields(q))
		e.Set(v.Next, "next")
		e.InsertEntry(v.Date, v.Markdown())
		out, err := e.Bytes()
		if err != nil {
			if _, ok := asError(err); !ok {
				t.Fatalf("error %T %v is not an *Error", err, err)
			}
			return
		}
		r2, err := Parse("fuzz.md", out)
		if err != nil {
			t.Fatalf("the edited record does not parse: %v\n--- before ---\n%q\n--- after ---\n%q", err, src, out)
		}
		if err := r2.Broken(); err != nil {
			t.Fatalf("the edit broke a sound record: %v\n--- before ---\n%q\n--- after ---\n%q", err, src, out)
		}
		after := frontValues(r2)
		newReq := fmt.Sprintf("requests[%d].", len(r.Requests))
		for k, v := range before {
			if k != "next" && after[k] != v {
				t.Errorf("front matter %s changed: %q → %q\n--- before ---\n%q\n--- after ---\n%q", k, v, after[k], src, out)
			}
		}
		for k := range after {
			if _, ok := before[k]; !ok && k != "next" && !strings.HasPrefix(k, newReq) {
				t.Errorf("front matter %s = %q appeared\n--- before ---\n%q\n--- after ---\n%q", k, after[k], src, out)
			}
		}
		if r2.Next != v.Next {
			t.Errorf("next is %s, want %s\n%q", r2.Next, v.Next, out)
		}
		if len(r2.Requests) != len(r.Requests)+1 {
			t.Fatalf("%d requests, want %d\n--- before ---\n%q\n--- after ---\n%q", len(r2.Requests), len(r.Requests)+1, src, out)
		}
		if got := r2.Requests[len(r.Requests)]; got.ID != q.ID || got.What != q.What || got.Due != q.Due || got.Report != q.Report || got.How != q.How {
			t.Errorf("the new request reads back as %+v, want %+v\n%q", got, q, out)
		}
		newEntries, _ := r2.Entries()
		if len(newEntries) != len(oldEntries)+1 {
			t.Fatalf("%d entries, want %d\n--- before ---\n%q\n--- after ---\n%q", len(newEntries), len(oldEntries)+1, src, out)
		}
		afterEntries := entryValues(r2)
		for k, v := range beforeEntries {
			if afterEntries[k] != v {
				t.Errorf("entry %q changed: %q → %q\n--- before ---\n%q\n--- after ---\n%q", k, v, afterEntries[k], src, out)
			}
		}
		found := false
		for _, en := range newEntries {
			if en.Date == v.Date && en.Kind == "visit" && en.Next == v.Next && len(en.Facts) == 1 && len(en.Requests) == 1 {
				found = true
			}
		}
		if !found {
			t.Errorf("the new visit is not read back\n--- before ---\n%q\n--- after ---\n%q", src, out)
		}
	})
}
