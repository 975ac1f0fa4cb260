package record_test

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// The body scanner (bodyscan.go), follow's grammar, against goldmark, the reference
// (bodyref_test.go), on the markdown both read alike (readsAlike).

// scanPrefixes are the front matters the fuzz bodies are put under: LF, and CRLF with a
// byte order mark (only where the body starts and its first line number change).
var scanPrefixes = [2]string{
	"---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\nnext: 2026-01-15\n---\n",
	"\uFEFF---\r\nid: S-1\r\nstatus: active\r\n---\r\n",
}

// scanHandled are bodies both read alike (and must be compared): what follow writes and
// what people commonly type, with the edge cases of each construct.
var scanHandled = []string{
	"",
	"\n",
	"\n\n\n",
	"本文だけ",
	"# 山田 花子\n\nプロフィール。\n二行目。\n\n## 2026-01-10 visit\n\n- a\n- b\n\n次回: 2026-02-01\n",
	// Lists: indented continuation lines, loose lists, other markers, spaces.
	"## 2026-01-10 visit\n\n- a\n  b\n      c\n d\n\u3000e\n- f\n",
	"## 2026-01-10 visit\n\n- a\n\n- b\n\n\n* c\n+ d\n-  e\n-    f\n",
	"## 2026-01-10 visit\n\n- a\n\nparagraph\n- b\n* c\n\ntext\n",
	"## 2026-01-10 visit\n\n- 次回：受験の結果を聞く\n- 次回: 2026-02-01\n- Next: soon\n- x\n  Next: 2026-02-03\n- Next: 2026-02-04 朝\n  続き\n",
	"## 2026-01-10 visit\n\n- **Next:** 2026-12-05\n- **次回:** **2026-12-06**\n\n**Next:** 2026-12-07\n* **太字** の項目\n",
	// Intent and mood lines: paragraphs, items (an item whose value cannot be read stays an
	// item), continuations, bold, full-width, values followed by notes, values that are wrong.
	"## 2026-01-10 訪問\n\n意向: 迷い\n満足度: 2\n\n次回: 2026-02-01\n",
	"## 2026-01-10 visit\n\nIntent: unsure (exam in March)\nMood: 4\nINTENT： LEAVE\n**mood**：**５**\n",
	"## 2026-01-10 訪問\n\n- 意向: 来年も続けたいとのこと\n- 満足度: とても高い\n- 意向：継続（資格の勉強も順調）\n- x\n  満足度: 3　前回より上がった\n",
	"## 2026-01-10 訪問\n\n意向: たぶん\n満足度: 7\nMood:\nIntent ：stay\n- Mood: 0\n",
	"## 2026-01-10 memo\n\n意向: 継続\n\n## 2026-01-11 電話\n\n満足度: 1\n満足度: 5\n",
	"## 2026-01-10 visit\n\n- \u3000\n- a\n- \u00a0Next: 2026-01-02\n",
	"- before any entry\n\n## 2026-01-10 visit\n- right under the heading\n",
	"## 2026-01-10 visit\n\n- *強調*\n- -5℃\n- _x_\n- =x\n+ +1\n* **太字**\n- #tag\n- `code`\n- 2026-01-10\n- 1.5時間\n- \\- x\n",
	"## 2026-01-10 visit\n\n1. a\n2. b\n10) c\n\n1. d\n   e\n",
	"## 2026-01-10 visit\n\n-\n  a\n- b\n*\n+\n1.\n\ntext\n",
	// Author lines and the words of both languages.
	"## 2026-01-10 電話\n\n記入: 川口 健太\n\n### 確認事項\n\n- a\n\n次回: 2026-02-01\n## 2026-01-11 call\nBy： Kenta\nBy: second\n### Facts\nBy: not the author\nNext: 2026-02-02\n",
	"## 2026-01-10 visit\n\n- By: an item\n\n記入者：佐藤\n記入:\nBY : 佐藤 花子\n## 2026-01-11 Renewal\n\n**記入**: x\n### DONE\n### 完了\n### 解決\nNEXT: 2026-02-01\n",
	// Paragraphs and Next lines.
	"## 2026-01-10 visit\n\nNext: soon\n次回：2026-02-30\n次回: 2026/12/04\n次回予定：２０２６-１２-０５\nnext:\n次回フォロー: 2026-12-09\n次回は釣果を聞く。\n",
	"## 2026-01-10 visit\n\n   indented paragraph\n        deeper continuation\nNext: 2026-01-20\n",
	"## 2026-01-10 visit\n\n2026-01-10 visit\n1.5時間\n12月\n*強調*\n-5℃\n+α\n_x_\n~x\n`code`\n``x``\n=x\n#tag\n####### seven\n\\- escaped\n| a | b |\n-- 注\n** x\n``` a`b\n",
	// Headings.
	"## 2026-01-10 visit ##\n## 2026-01-11 visit#\n## ###\n##\n#\n## \n### Facts ###\n#### 確認事項（A）\n##### B\n###### Personal\n",
	"   ## 2026-01-10 visit\n  # 名前\n ### Facts\n- a\n",
	"## ２０２６－０１－１０ visit\n## 2026-02-30 visit\n## 2026/01/10 visit\n## 雑記\n## 2026-01-05 call\n## 2026-01-04\n",
	"## 2026-01-10 visit\n\n- a\n## 2026-01-11 call\n- b\n### Requests (B)\n- c\n# title\n- d\n",
	"## 2026-01-10 visit\nparagraph\n## 2026-01-11 visit\n",
	"##",
	"## 2026-01-10 visit\n\n- a",
	"## 2026-01-10 visit\n\nNext: 2026-01-11",
	// Fenced code, comments and thematic breaks.
	"## 2026-01-10 visit\n\n```\n## 2026-01-20 visit\nNext: 2026-01-01\n```\n\n~~~md\n## 雑記\n~~~\n",
	"## 2026-01-10 visit\n\n- a\n```\n- b\n   ```\n- c\n\ntext\n~~~\n~~~~x\n```\n  ~~~~~  \n- d\n",
	"## 2026-01-10 visit\n\n````\n```\n````\n``` go\n> quote <div>\n    code\n```\n  ```\n  indented fence\n```\n",
	"## 2026-01-10 visit\n\n```\nnever closed\n## 2026-01-20 visit\n",
	"## 2026-01-10 visit\n\n***\n\n---\n- a\n\n- - -\n___\n## 2026-01-11 visit\n---\n* * *\ntext\n***\n- b\n***\n",
	"## 2026-01-10 visit\n\n<!-- follow:allow -->\n- a\n<!--\n## 2026-01-11 visit\nNext: 2026-01-12\n-->\ntext <!-- inline -->\n<!-->\n## 2026-01-13 call\n",
	"## 2026-01-10 visit\n\n<!-- never closed\n## 2026-01-20 visit\n",
}

// scanNotCompared are bodies holding one construct each that follow's grammar reads
// otherwise than markdown (docs/FORMAT.md section 3), so readsAlike must leave them out.
var scanNotCompared = map[string]string{
	"html block":                 "## 2026-01-10 visit\n\n<div>\n- a\n</div>\n",
	"block quote":                "## 2026-01-10 visit\n\n> 引用\n",
	"setext h2":                  "2026-01-10 visit\n---\n",
	"setext h1":                  "## 2026-01-10 visit\n\nTitle\n===\n",
	"setext one dash":            "## 2026-01-10 visit\n\ntext\n-\n",
	"five spaces after marker":   "## 2026-01-10 visit\n\n-     code\n",
	"setext in item":             "## 2026-01-10 visit\n\n- a\n  ---\n",
	"indented code":              "## 2026-01-10 visit\n\n    code\n",
	"numbered under paragraph":   "## 2026-01-10 visit\n\ntext\n2. b\n",
	"tab":                        "## 2026-01-10 visit\n\n- a\tb\n",
	"tab in heading":             "## 2026-01-10\tvisit\n",
	"link reference definition":  "## 2026-01-10 visit\n\n[a]: https://example.com\n",
	"link reference in item":     "## 2026-01-10 visit\n\n- [a]: https://example.com\n",
	"nested list":                "## 2026-01-10 visit\n\n- a\n  - b\n",
	"indented bullet":            "## 2026-01-10 visit\n\n - a\n",
	"lone CR":                    "## 2026-01-10 visit\n\na\rb\n",
	"CR at the end":              "## 2026-01-10 visit\n\na\r",
	"U+2028":                     "## 2026-01-10 visit\n\na\u2028b\n",
	"U+2029":                     "## 2026-01-10 visit\n\na\u2029b\n",
	"U+0085":                     "## 2026-01-10 visit\n\na\u0085b\n",
	"form feed":                  "## 2026-01-10 visit\n\n\f\n",
	"NUL":                        "## 2026-01-10 visit\n\na\x00b\n",
	"heading in item":            "## 2026-01-10 visit\n\n- # x\n",
	"quote in item":              "## 2026-01-10 visit\n\n- > x\n",
	"numbered in item":           "## 2026-01-10 visit\n\n- 1. x\n",
	"bullet in item":             "## 2026-01-10 visit\n\n- - x\n",
	"fence in item":              "## 2026-01-10 visit\n\n- ```\n",
	"second block in item":       "## 2026-01-10 visit\n\n- a\n\n  b\n",
	"comment in item":            "## 2026-01-10 visit\n\n- a\n  <!-- c\n## 2026-01-11 visit\n-->\n",
	"fence in item indented":     "## 2026-01-10 visit\n\n- a\n  ```\n## 2026-01-11 visit\n",
	"heading in item indented":   "## 2026-01-10 visit\n\n- a\n  ## x\n",
	"heading indented 4":         "## 2026-01-10 visit\n\n    ## x\n",
	"lazy continuation":          "## 2026-01-10 visit\n\n- a\nb\n",
	"lazy Next line":             "## 2026-01-10 visit\n\n- a\n次回: 2026-02-01\n",
	"lazy setext equals":         "## 2026-01-10 visit\n\n- a\n===\n",
	"full-width blank":           "## 2026-01-10 visit\n\n- a\n\u3000\nb\n",
	"full-width blank alone":     "## 2026-01-10 visit\n\n\u3000\n",
	"continuation quote in item": "## 2026-01-10 visit\n\n- a\n  > b\n",
}

// sameResult fails when body is read alike by readsAlike but the scanner and goldmark
// give different entries or problems.
func sameResult(t *testing.T, label string, prefix, body []byte) bool {
	t.Helper()
	if !record.ReadsAlikeForTest(prefix, body) {
		return false
	}
	r := record.BodyRecordForTest(prefix, body)
	se, sp := record.ScanEntriesForTest(r)
	ge, gp := record.GoldmarkEntriesForTest(r)
	if !reflect.DeepEqual(se, ge) || !reflect.DeepEqual(sp, gp) {
		t.Errorf("%s: the scanner and goldmark differ\nscanner entries  %+v\ngoldmark entries %+v\nscanner problems  %+v\ngoldmark problems %+v", label, se, ge, sp, gp)
	}
	return true
}

func FuzzBodyScan(f *testing.F) {
	for _, b := range scanSeedBodies(f) {
		f.Add(b, false)
	}
	for _, b := range scanHandled {
		f.Add([]byte(b), false)
		f.Add([]byte(strings.ReplaceAll(b, "\n", "\r\n")), true)
	}
	for _, b := range scanNotCompared {
		f.Add([]byte(b), false)
	}
	f.Fuzz(func(t *testing.T, body []byte, crlf bool) {
		prefix := []byte(scanPrefixes[0])
		if crlf {
			prefix = []byte(scanPrefixes[1])
		}
		orig := string(body)
		sameResult(t, fmt.Sprintf("%q", body), prefix, body)
		// Entries is the scanner, and its entries tile the body from the first heading.
		r := record.BodyRecordForTest(prefix, body)
		es, _ := r.Entries()
		se, _ := record.ScanEntriesForTest(record.BodyRecordForTest(prefix, body))
		if !reflect.DeepEqual(es, se) {
			t.Errorf("%q: Entries differs from the scanner", body)
		}
		for i, e := range es {
			if e.Start < len(prefix) || e.End < e.Start || e.End > len(r.Src) || (i > 0 && e.Start < es[i-1].End) {
				t.Errorf("%q: entry %d spans [%d, %d)", body, i, e.Start, e.End)
			}
		}
		// The Next: line matcher against the regexp it replaces, on every line as it is and
		// trimmed (the scanner gives it trimmed lines); trimSpace against bytes.TrimSpace.
		for _, l := range strings.Split(string(body), "\n") {
			if msg := record.CheckNextLineForTest(l); msg != "" {
				t.Error(msg)
			}
			if msg := record.CheckNextLineForTest(strings.TrimSpace(l)); msg != "" {
				t.Error(msg)
			}
			if msg := record.CheckTrimSpaceForTest([]byte(l)); msg != "" {
				t.Error(msg)
			}
		}
		if string(body) != orig {
			t.Fatal("the parsers modified their input")
		}
	})
}

// scanSeedBodies returns the bodies of the sample records, the edit test inputs, the
// end-to-end corpus and a few generated records (a whole file when it has no front matter).
func scanSeedBodies(tb testing.TB) [][]byte {
	tb.Helper()
	var files []string
	for _, pat := range []string{
		"../../records/*.md", "../../records/*/*.md",
		"testdata/edit/*.md", "../../cmd/follow/testdata/corpus/*.md",
	} {
		m, err := filepath.Glob(pat)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	var bodies [][]byte
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		if r, err := record.Parse(name, src); err == nil {
			bodies = append(bodies, r.Body())
		} else {
			bodies = append(bodies, src)
		}
	}
	p := recgen.Params{N: 1, Seed: 3, Today: dates.MustOf(2026, 12, 1)}
	for i, visits := range []int{1, 3, 8} {
		_, src := recgen.One(p, recgen.ID(i), visits)
		r, err := record.Parse("gen.md", src)
		if err != nil {
			tb.Fatal(err)
		}
		bodies = append(bodies, r.Body())
	}
	return bodies
}

// checkFastPath parses src and requires the two readers to read it alike, and to agree.
func checkFastPath(t *testing.T, name string, src []byte) {
	t.Helper()
	r, err := record.Parse(name, src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !sameResult(t, name, r.Src[:len(r.Src)-len(r.Body())], r.Body()) {
		t.Errorf("%s: not read alike by follow and markdown", name)
	}
}

// TestBodyScanFastPath: every sample record, LF and CRLF, and a few hundred generated ones
// are read alike by follow and goldmark.
func TestBodyScanFastPath(t *testing.T) {
	files, _ := filepath.Glob("../../records/*.md")
	more, _ := filepath.Glob("../../records/*/*.md")
	files = append(files, more...)
	if len(files) < 10 {
		t.Fatalf("found only %d sample records", len(files))
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		checkFastPath(t, name, src)
		checkFastPath(t, name+" (CRLF)", []byte(strings.ReplaceAll(string(src), "\n", "\r\n")))
	}

	p := recgen.Params{N: 300, Seed: 11, Today: dates.MustOf(2026, 12, 1), Big: map[string]int{"G000007": 400}}
	// The workers only collect: checkFastPath may stop the test, which only the test's own
	// goroutine may do.
	var mu sync.Mutex
	generated := map[string][]byte{}
	err := recgen.Generate(p, 2, func(rel string, data []byte) error {
		if strings.HasSuffix(rel, ".md") {
			mu.Lock()
			generated[rel] = data
			mu.Unlock()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(generated); n != p.N {
		t.Errorf("%d generated records, want %d", n, p.N)
	}
	for _, rel := range slices.Sorted(maps.Keys(generated)) {
		checkFastPath(t, rel, generated[rel])
	}
	for _, visits := range []int{12, 500, 1000} { // the benchmark records
		_, src := recgen.One(recgen.Params{N: 1, Seed: 1, Today: p.Today}, "G000001", visits)
		checkFastPath(t, fmt.Sprintf("bench %d visits", visits), src)
	}
}

// TestBodyScanHandled: the edge cases of what both read alike, LF and CRLF, are compared,
// and agree.
func TestBodyScanHandled(t *testing.T) {
	for i, body := range scanHandled {
		for j, eol := range []string{"\n", "\r\n"} {
			b := strings.ReplaceAll(body, "\n", eol)
			if !sameResult(t, fmt.Sprintf("handled[%d] %q", i, b), []byte(scanPrefixes[j]), []byte(b)) {
				t.Errorf("handled[%d] %q: not compared", i, b)
			}
		}
	}
}

// TestBodyScanNotCompared: each construct FORMAT.md lists as read otherwise than by
// markdown keeps a body out of the comparison.
func TestBodyScanNotCompared(t *testing.T) {
	for name, body := range scanNotCompared {
		if record.ReadsAlikeForTest([]byte(scanPrefixes[0]), []byte(body)) {
			t.Errorf("%s: %q is compared", name, body)
		}
	}
}

// TestMatchNextLine compares the Next: line matcher with the regexp it replaces.
func TestMatchNextLine(t *testing.T) {
	for _, s := range []string{
		"", "Next", "Next:", "Next: 2026-01-01", "next：x", "NEXT :  y z", "NeXT: 1", "Nex: 1",
		"次回: 2026-12-02", "次回：２０２６-１２-０２", "次回フォロー: a", "次回予定：b", "次回訪問:c", "次回予: d", "次回フォ: e",
		"次回は聞く。", "次回 : f", "次回\t:\tg\th", "次回:\f**x", "次回**:** **2026-01-01**", "**次回**: x", "**次回: x",
		"- Next: a", "-Next: a", "* Next: a", "*Next: a", "+  \t **Next:** a", "- **Next** : a", "** Next: a", "***Next: a",
		"  \t Next: a", "\u3000Next: a", "Next:\u3000a b", "Next: \v a", "Next:**", "Next: ** **", "Next: *", "- - Next: a",
		"Next**: a", "Next*: a", "Next ** : a", "Next: \xff\xfe x", "次回\xe3: a",
	} {
		if msg := record.CheckNextLineForTest(s); msg != "" {
			t.Error(msg)
		}
	}
}

// TestTrimSpace compares trimSpace with bytes.TrimSpace.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "\t\v\f\r\n x \r\n", "\u3000次回\u3000", "\u00a0\u0085\u1680\u2000\u200a\u2028\u2029\u202f\u205f", "。", "x\u3000\u3000",
		"\xe3\x80", "\xff x \xff", "\x80", "a\u200bb\u200b", "\ufeffx\ufeff",
	} {
		if msg := record.CheckTrimSpaceForTest([]byte(s)); msg != "" {
			t.Error(msg)
		}
	}
}

// TestBodyScanResults pins a few results of the scanner itself (not only agreement).
func TestBodyScanResults(t *testing.T) {
	r := record.BodyRecordForTest([]byte(scanPrefixes[0]), []byte("## 2026-01-10 visit\n\n### 確認事項\n\n- a\n  b\n次回: 2026-02-01\n\n```\n## 2026-01-20 visit\n```\n"))
	es, ps := record.ScanEntriesForTest(r)
	if len(es) != 1 || len(ps) != 1 || ps[0].Rule != record.RuleMarkdownAmbiguous || ps[0].Line != 15 {
		t.Fatalf("entries %+v problems %+v; want the lazy 次回: line warned about", es, ps)
	}
	e := es[0]
	if e.Line != 9 || e.Kind != "visit" || len(e.Facts) != 1 || e.Facts[0].Text != "a b" || e.Facts[0].Line != 13 ||
		e.Next != dates.MustOf(2026, 2, 1) || e.NextLine != 15 || e.End != len(r.Src) {
		t.Errorf("entry = %+v", e)
	}
}

// BenchmarkEntriesGoldmark is BenchmarkEntries on the goldmark path alone, for comparing the
// two in one run: go test -run '^$' -bench Entries ./pkg/record.
func BenchmarkEntriesGoldmark(b *testing.B) {
	benchEntries(b, func(r *record.Record) []record.Entry { es, _ := record.GoldmarkEntriesForTest(r); return es })
}

// scanLines are the lines TestBodyScanRandomLines builds bodies from: every kind of line
// (scanLines[0]), and lines that markdown reads otherwise (scanLines[1]), so that their combinations
// (a line right under another, after a blank line, indented) are tried far more often than
// random bytes reach them.
var scanLines = [2][]string{{
	"", "", "", " ", "   ",
	"## 2026-01-10 visit", "## 2026-01-05 call 電話", "## 2026-02-30 visit", "## 雑記", "## ２０２６－０１－１１ visit",
	"# 山田 花子", "### Facts", "### 確認事項", "#### Requests (B) ##", "### 近況", "##", "#", "## ###", "##x", "####### x", "#tag",
	"- a", "* b", "+ c", "-  d", "-    e", "- a", "- b", "- c",
	"- - -", "* * *", "***", "---", "___", "*x*", "**x**", "-x", "+x", "_x", "=x",
	"- **Next:** 2026-01-02", "**Next:** 2026-01-03", "次回: 2026-02-01", "次回：受験の結果", "Next: soon", "next:",
	"- 次回: 2026-02-02", "- Next: 2026-02-03 朝", "* 次回：２０２６-０２-０４", "次回は聞く。",
	"text", "テキスト", "text", "テキスト", "\u3000", "\u00a0x", "2026-01-10 visit", "1.5時間", "1.x",
	"```", "```go", "~~~", "~~~~", "~~~ x", "`code`", "``x``",
	"a\\", "a  ", "- *em*", "- **b**",
}, {
	"-     f", "-", "- ", "*", "+", "===", "--", "-- x", "** x",
	"1.", "1. x", "2) y", "10. z", "> q", "<!-- c -->", "<div>", "[a]: /u", "[x] y", "``` a`b", "````",
	"- # h", "- > q", "- 1. x", "- [x] y", "- ```",
	"\tx", "a\tb", "a\rb", "a\u2028b",
}}

// TestBodyScanRandomLines compares the scanner with goldmark on bodies made of random
// lines from scanLines, wherever they read them alike, with random indentation and LF or CRLF line ends. Set
// BODYSCAN_ROUNDS to run more rounds than the default.
func TestBodyScanRandomLines(t *testing.T) {
	rounds := 20000
	if s := os.Getenv("BODYSCAN_ROUNDS"); s != "" {
		if _, err := fmt.Sscan(s, &rounds); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewPCG(1, uint64(rounds)))
	compared := 0
	var sb strings.Builder
	for i := 0; i < rounds; i++ {
		sb.Reset()
		eol := "\n"
		if rng.IntN(4) == 0 {
			eol = "\r\n"
		}
		for n := 1 + rng.IntN(12); n > 0; n-- {
			if rng.IntN(4) == 0 {
				sb.WriteString(strings.Repeat(" ", 1+rng.IntN(6)))
			}
			lines := scanLines[0]
			if rng.IntN(20) == 0 {
				lines = scanLines[1]
			}
			sb.WriteString(lines[rng.IntN(len(lines))])
			if n > 1 || rng.IntN(4) != 0 {
				if rng.IntN(10) == 0 {
					sb.WriteString("\r\n") // mixed line ends
				} else {
					sb.WriteString(eol)
				}
			}
		}
		body := sb.String()
		if sameResult(t, fmt.Sprintf("%q", body), []byte(scanPrefixes[rng.IntN(2)]), []byte(body)) {
			compared++
		}
		if t.Failed() {
			return
		}
	}
	// Many bodies hold some line the two read otherwise; enough must remain to compare.
	if compared < rounds/10 {
		t.Errorf("only %d of %d bodies were compared", compared, rounds)
	}
	t.Logf("%d of %d bodies were compared", compared, rounds)
}
