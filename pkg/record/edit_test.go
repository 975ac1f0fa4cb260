package record

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// change is one span an edit is expected to touch: in the result, new stands where old was
// in the original (old "" is a pure insertion). new must occur exactly once in the result.
type change struct{ old, new string }

type editCase struct {
	name    string
	input   string // file under testdata/edit
	golden  string // golden name when it is not name (two ways to the same result)
	edit    func(e *Editor)
	changes []change
	values  map[string]string // front matter values that change ("" = removed)
	entries map[string]string // body entries that appear (see entryValues)
}

// Fields used by the cases.
var (
	reqR3 = []Field{{"id", "R3"}, {"what", "「朝礼: 任意」か確認したい"}, {"due", day("2026-02-28")}, {"plan", "派遣先に確認する"}}
	reqR4 = []Field{{"id", "R4"}, {"what", "有給の申請方法"}, {"due", day("2026-02-15")}, {"report", day("2026-02-16")}, {"how", "電話"}}

	reqR3Text = "- id: R3\n  what: \"「朝礼: 任意」か確認したい\"\n  due: 2026-02-28\n  plan: 派遣先に確認する\n"
	reqR4Text = "- id: R4\n  what: 有給の申請方法\n  due: 2026-02-15\n  report: 2026-02-16\n  how: 電話\n"

	reqR3Values = map[string]string{"requests[2].id": "R3", "requests[2].what": "「朝礼: 任意」か確認したい",
		"requests[2].due": "2026-02-28", "requests[2].plan": "派遣先に確認する"}
	reqR4Values = map[string]string{"requests[3].id": "R4", "requests[3].what": "有給の申請方法",
		"requests[3].due": "2026-02-15", "requests[3].report": "2026-02-16", "requests[3].how": "電話"}

	visitNov = Visit{Date: day("2025-11-05"), Kind: "visit", Lang: "ja",
		Facts:    []string{"月末の締め作業にも慣れた"},
		Personal: []string{"週末は釣り"},
		Next:     day("2025-12-10")}.Markdown()
	visitJan = Visit{Date: day("2026-01-15"), Kind: "visit",
		Facts:    []string{"Overtime is down to 10 hours a month"},
		Requests: []Request{{ID: "R3", What: "「朝礼: 任意」か確認したい", Due: day("2026-02-28"), Plan: "派遣先に確認する"}},
		Notes:    []string{"Renewal intent: yes"},
		Next:     day("2026-02-20")}.Markdown()
	mailOct = Visit{Date: day("2025-10-01"), Kind: "mail", Notes: []string{"初日のお礼メール"}}.Markdown()
)

func merge(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// sectionEntries is what entryValues reports for a body section on its own.
func sectionEntries(t *testing.T, section string) map[string]string {
	t.Helper()
	m, err := sectionEntryValues(section)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func sectionEntryValues(section string) (map[string]string, error) {
	r, err := Parse("section.md", []byte("---\nid: x\n---\n"+section))
	if err != nil {
		return nil, err
	}
	return entryValues(r), nil
}

func editCases(t *testing.T) []editCase {
	return []editCase{
		{
			name: "set-next", input: "styled.md",
			edit:    func(e *Editor) { e.Set(day("2026-02-20"), "next") },
			changes: []change{{"next: 2026-01-15   #", "next: 2026-02-20   #"}},
			values:  map[string]string{"next": "2026-02-20"},
		},
		{
			name: "set-missing-key", input: "styled.md",
			edit:    func(e *Editor) { e.Set("鈴木 課長", "manager") },
			changes: []change{{"", "manager: 鈴木 課長\n"}},
			values:  map[string]string{"manager": "鈴木 課長"},
		},
		{
			name: "set-contract-end-existing-block", input: "styled.md",
			edit:    func(e *Editor) { e.Set(day("2026-06-30"), "contract", "end") },
			changes: []change{{"", "    end: 2026-06-30\n"}},
			values:  map[string]string{"contract.end": "2026-06-30"},
		},
		{
			name: "set-contract-renewals", input: "styled.md",
			edit:    func(e *Editor) { e.Set(2, "contract", "renewals") },
			changes: []change{{"    renewals: 1\n", "    renewals: 2\n"}},
			values:  map[string]string{"contract.renewals": "2"},
		},
		{
			name: "append-requests", input: "styled.md",
			edit:    func(e *Editor) { e.Append([]string{"requests"}, reqR3, reqR4) },
			changes: []change{{"", reqR3Text + reqR4Text}},
			values:  merge(reqR3Values, reqR4Values),
		},
		{
			name: "append-requests-one-by-one", input: "styled.md", golden: "append-requests",
			edit: func(e *Editor) {
				e.Append([]string{"requests"}, reqR3)
				e.Append([]string{"requests"}, reqR4)
			},
			changes: []change{{"", reqR3Text + reqR4Text}},
			values:  merge(reqR3Values, reqR4Values),
		},
		{
			name: "set-in-item-absent-key", input: "styled.md",
			edit:    func(e *Editor) { e.SetInItem([]string{"requests"}, "R1", Field{"done", day("2026-01-18")}) },
			changes: []change{{"", "  done: 2026-01-18\n"}},
			values:  map[string]string{"requests[0].done": "2026-01-18"},
		},
		{
			name: "set-in-item-present-key", input: "styled.md",
			edit:    func(e *Editor) { e.SetInItem([]string{"requests"}, "R2", Field{"done", day("2026-01-09")}) },
			changes: []change{{"  done: 2026-01-08   #", "  done: 2026-01-09   #"}},
			values:  map[string]string{"requests[1].done": "2026-01-09"},
		},
		{
			name: "set-in-item-mixed", input: "styled.md",
			edit: func(e *Editor) {
				e.SetInItem([]string{"requests"}, "R1",
					Field{"due", day("2026-01-25")}, Field{"done", day("2026-01-24")}, Field{"reported", day("2026-01-26")})
			},
			changes: []change{
				{"  due: 2026-01-20\n", "  due: 2026-01-25\n"},
				{"", "  done: 2026-01-24\n  reported: 2026-01-26\n"},
			},
			values: map[string]string{"requests[0].due": "2026-01-25", "requests[0].done": "2026-01-24", "requests[0].reported": "2026-01-26"},
		},
		{
			name: "insert-entry-before-later", input: "styled.md",
			edit:    func(e *Editor) { e.InsertEntry(day("2025-11-05"), visitNov) },
			changes: []change{{"", visitNov + "\n"}},
			entries: sectionEntries(t, visitNov),
		},
		{
			name: "insert-entry-same-date", input: "styled.md",
			edit:    func(e *Editor) { e.InsertEntry(day("2025-10-01"), mailOct) },
			changes: []change{{"", mailOct + "\n"}},
			entries: sectionEntries(t, mailOct),
		},
		{
			name: "insert-entry-at-end", input: "styled.md",
			edit:    func(e *Editor) { e.InsertEntry(day("2026-01-15"), visitJan) },
			changes: []change{{"", "\n" + visitJan}},
			entries: sectionEntries(t, visitJan),
		},
		{
			name: "visit-all-at-once", input: "styled.md",
			edit: func(e *Editor) {
				e.InsertEntry(day("2026-01-15"), visitJan)
				e.Set(day("2026-02-20"), "next")
				e.SetInItem([]string{"requests"}, "R1", Field{"done", day("2026-01-15")})
				e.Append([]string{"requests"}, reqR3)
			},
			changes: []change{
				{"next: 2026-01-15   #", "next: 2026-02-20   #"},
				{"", "  done: 2026-01-15\n"},
				{"", reqR3Text},
				{"", "\n" + visitJan},
			},
			values:  merge(reqR3Values, map[string]string{"next": "2026-02-20", "requests[0].done": "2026-01-15"}),
			entries: sectionEntries(t, visitJan),
		},
		{
			name: "set-contract-end-absent-block", input: "contract-absent.md",
			edit:    func(e *Editor) { e.Set(day("2026-03-31"), "contract", "end") },
			changes: []change{{"", "contract:\n  end: 2026-03-31\n"}},
			values:  map[string]string{"contract.end": "2026-03-31"},
		},
		{
			name: "set-contract-end-empty-block", input: "contract-empty.md",
			edit:    func(e *Editor) { e.Set(day("2026-03-31"), "contract", "end") },
			changes: []change{{"", "  end: 2026-03-31\n"}},
			values:  map[string]string{"contract.end": "2026-03-31"},
		},
		{
			name: "append-requests-to-empty-list", input: "requests-empty.md",
			edit:    func(e *Editor) { e.Append([]string{"requests"}, reqR3, reqR4) },
			changes: []change{{"requests: []\n", "requests:\n" + indent(reqR3Text+reqR4Text, "  ")}},
			values: merge(
				renumber(reqR3Values, "requests[2]", "requests[0]"),
				renumber(reqR4Values, "requests[3]", "requests[1]")),
		},
		{
			name: "append-requests-absent-key", input: "requests-absent.md",
			edit:    func(e *Editor) { e.Append([]string{"requests"}, reqR3) },
			changes: []change{{"", "requests:\n" + indent(reqR3Text, "  ")}},
			values:  renumber(reqR3Values, "requests[2]", "requests[0]"),
		},
		{
			name: "insert-entry-empty-body", input: "body-empty.md",
			edit:    func(e *Editor) { e.InsertEntry(day("2026-01-12"), visitJan) },
			changes: []change{{"", "\n" + visitJan}},
			entries: sectionEntries(t, visitJan),
		},
		{
			name: "insert-entry-no-final-newline", input: "no-final-newline.md",
			edit: func(e *Editor) {
				e.InsertEntry(day("2026-01-15"), visitJan)
				e.Set(day("2026-02-20"), "next")
			},
			changes: []change{
				{"next: 2026-01-12\n", "next: 2026-02-20\n"},
				{"", "\n\n" + visitJan},
			},
			values:  map[string]string{"next": "2026-02-20"},
			entries: sectionEntries(t, visitJan),
		},
		{
			name: "insert-entry-front-matter-only-no-newline", input: "fm-only-no-newline.md",
			edit:    func(e *Editor) { e.InsertEntry(day("2026-01-15"), visitJan) },
			changes: []change{{"", "\n\n" + visitJan}},
			entries: sectionEntries(t, visitJan),
		},
	}
}

// indent prefixes every line of s with pad.
func indent(s, pad string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "")
}

// renumber renames the keys of m that start with from.
func renumber(m map[string]string, from, to string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[to+strings.TrimPrefix(k, from)] = v
	}
	return out
}

func readInput(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "edit", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStyledCRLFInputMatchesLF(t *testing.T) {
	lf, crlf := readInput(t, "styled.md"), readInput(t, "styled.crlf.md")
	if bytes.Contains(lf, []byte("\r")) {
		t.Fatal("styled.md contains CR")
	}
	if string(crlf) != toCRLF(string(lf)) {
		t.Fatal("styled.crlf.md is not styled.md with CRLF line ends (was it converted by git?)")
	}
}

func TestEditGolden(t *testing.T) {
	for _, c := range editCases(t) {
		t.Run(c.name, func(t *testing.T) {
			lf := readInput(t, c.input)
			golden := c.golden
			if golden == "" {
				golden = c.name
			}
			gpath := filepath.Join("testdata", "edit", golden+".golden")

			got := runEditCase(t, c, "lf", lf, false)
			if *update && c.golden == "" {
				if err := os.WriteFile(gpath, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test -run TestEditGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("LF result differs from %s:\n--- got ---\n%s\n--- want ---\n%s", gpath, got, want)
			}

			crlfIn := []byte(toCRLF(string(lf)))
			if c.input == "styled.md" {
				crlfIn = readInput(t, "styled.crlf.md")
			}
			gotCRLF := runEditCase(t, c, "crlf", crlfIn, true)
			if string(gotCRLF) != toCRLF(string(want)) {
				t.Errorf("CRLF result is not the CRLF form of %s:\n%q", gpath, gotCRLF)
			}
		})
	}
}

// runEditCase applies c to src and checks every property of a surgical edit. It returns the
// edited bytes.
func runEditCase(t *testing.T, c editCase, label string, src []byte, crlf bool) []byte {
	t.Helper()
	orig := append([]byte(nil), src...)
	r := mustParse(t, c.input, src)
	if r.CRLF() != crlf {
		t.Fatalf("%s: CRLF() = %v, want %v", label, r.CRLF(), crlf)
	}
	e := r.Edit()
	c.edit(e)
	if err := e.Err(); err != nil {
		t.Fatalf("%s: Err() = %v", label, err)
	}
	got, err := e.Bytes()
	if err != nil {
		t.Fatalf("%s: Bytes() = %v", label, err)
	}
	if !bytes.Equal(r.Src, orig) {
		t.Fatalf("%s: the record's Src was modified by editing", label)
	}

	// Line ends: a CRLF file gets only CRLF, an LF file only LF.
	checkLineEnds(t, label, got, crlf)

	// Surgical: undoing the expected changes gives back the original byte for byte.
	back := string(got)
	for _, ch := range c.changes {
		old, nw := ch.old, ch.new
		if crlf {
			old, nw = toCRLF(old), toCRLF(nw)
		}
		if n := strings.Count(back, nw); n != 1 {
			t.Fatalf("%s: expected text %q occurs %d times in the result:\n%s", label, nw, n, got)
		}
		back = strings.Replace(back, nw, old, 1)
	}
	if back != string(orig) {
		t.Errorf("%s: bytes outside the expected changes differ.\n--- result with the changes undone ---\n%s\n--- original ---\n%s", label, back, orig)
	}

	// The result reads back without errors, with every earlier value kept.
	r2 := mustParse(t, c.input+" (edited)", got)
	compareValues(t, label+" front matter", frontValues(r), frontValues(r2), c.values)
	compareValues(t, label+" entry", entryValues(r), entryValues(r2), c.entries)
	if _, probs := r2.Entries(); len(probs) > 0 {
		t.Errorf("%s: body problems after the edit: %+v", label, probs)
	}
	return got
}

func checkLineEnds(t *testing.T, label string, b []byte, crlf bool) {
	t.Helper()
	for i, c := range b {
		switch {
		case c == '\n' && crlf && (i == 0 || b[i-1] != '\r'):
			t.Fatalf("%s: bare LF at byte %d in a CRLF file: %q", label, i, context(b, i))
		case c == '\r' && !crlf:
			t.Fatalf("%s: CR at byte %d in an LF file: %q", label, i, context(b, i))
		case c == '\r' && (i+1 >= len(b) || b[i+1] != '\n'):
			t.Fatalf("%s: CR not followed by LF at byte %d: %q", label, i, context(b, i))
		}
	}
}

func context(b []byte, i int) string {
	lo, hi := max(0, i-30), min(len(b), i+30)
	return string(b[lo:hi])
}

// Errors: values follow cannot change in place must give an *Error and change nothing.
func TestEditRefusals(t *testing.T) {
	const fm = "---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\n"
	cases := []struct {
		name string
		src  string
		edit func(e *Editor)
		line int // expected Error.Line
	}{
		{
			name: "literal block scalar",
			src:  fm + "next: 2026-01-15\nsite: |\n    本社\n    経理部\n---\n",
			edit: func(e *Editor) { e.Set("支社", "site") },
			line: 8,
		},
		{
			name: "folded block scalar in an item",
			src:  fm + "next: 2026-01-15\nrequests:\n  - id: R1\n    what: >\n      残業が\n      多い\n    due: 2026-01-20\n---\n",
			edit: func(e *Editor) { e.SetInItem([]string{"requests"}, "R1", Field{"what", "残業"}) },
			line: 10,
		},
		{
			// found by FuzzEditRoundTrip: the date went in front of the tag ("2030-07-01!0")
			name: "tagged empty value",
			src:  fm + "next: !0\n---\n",
			edit: func(e *Editor) { e.Set(day("2026-02-01"), "next") },
			line: 7,
		},
		{
			name: "tagged value",
			src:  fm + "site: !!str 本社\n---\n",
			edit: func(e *Editor) { e.Set("支社", "site") },
			line: 7,
		},
		{
			name: "block scalar date",
			src:  fm + "next: |\n  2026-01-15\n---\n",
			edit: func(e *Editor) { e.Set(day("2026-02-01"), "next") },
			line: 7,
		},
		{
			name: "value on the next line",
			src:  fm + "next: 2026-01-15\nsite:\n  本社 経理部\n---\n",
			edit: func(e *Editor) { e.Set("支社", "site") },
			line: 8,
		},
		{
			name: "multi-line quoted value",
			src:  fm + "next: 2026-01-15\nsite: \"本社\n  経理部\"\n---\n",
			edit: func(e *Editor) { e.Set("支社", "site") },
			line: 8,
		},
		{
			name: "flow mapping: add a key",
			src:  fm + "next: 2026-01-15\ncontract: {renewals: 1}\n---\n",
			edit: func(e *Editor) { e.Set(day("2026-03-31"), "contract", "end") },
			line: 8,
		},
		{
			name: "flow mapping item",
			src:  fm + "next: 2026-01-15\nrequests:\n  - {id: R1, what: 残業, due: 2026-01-20}\n---\n",
			edit: func(e *Editor) { e.SetInItem([]string{"requests"}, "R1", Field{"done", day("2026-01-19")}) },
			line: 9,
		},
		{
			name: "flow sequence",
			src:  fm + "next: 2026-01-15\nrequests: [{id: R1, what: 残業, due: 2026-01-20}]\n---\n",
			edit: func(e *Editor) { e.Append([]string{"requests"}, reqR3) },
			line: 8,
		},
		{
			name: "set a list",
			src:  fm + "next: 2026-01-15\ntags:\n  - a\n---\n",
			edit: func(e *Editor) { e.Set("b", "tags") },
			line: 8,
		},
		{
			name: "tagged value",
			src:  fm + "next: !!str 2026-01-15\n---\n",
			edit: func(e *Editor) { e.Set(day("2026-02-01"), "next") },
			line: 7,
		},
		{
			name: "no such item",
			src:  fm + "next: 2026-01-15\nrequests:\n  - id: R1\n    what: 残業\n    due: 2026-01-20\n---\n",
			edit: func(e *Editor) { e.SetInItem([]string{"requests"}, "R9", Field{"done", day("2026-01-19")}) },
			line: 8,
		},
	}
	for _, c := range cases {
		for _, crlf := range []bool{false, true} {
			name := c.name
			src := c.src
			if crlf {
				name += " (CRLF)"
				src = toCRLF(src)
			}
			t.Run(name, func(t *testing.T) {
				r, err := Parse("r.md", []byte(src))
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				e := r.Edit()
				c.edit(e)
				// A later, valid change must not be applied half-way either.
				e.InsertEntry(day("2026-01-15"), visitJan)
				out, err := e.Bytes()
				if err == nil {
					t.Fatalf("Bytes() succeeded, want an *Error; result:\n%s", out)
				}
				if out != nil {
					t.Errorf("Bytes() returned %d bytes along with the error", len(out))
				}
				fe, ok := asError(err)
				if !ok {
					t.Fatalf("error %T %v is not an *Error", err, err)
				}
				if fe.Rule != "edit" || fe.Line != c.line {
					t.Errorf("error = %+v, want rule edit at line %d", fe, c.line)
				}
				if e.Err() != err {
					t.Errorf("Err() = %v, Bytes() error = %v", e.Err(), err)
				}
				if string(r.Src) != src {
					t.Errorf("Src was modified")
				}
			})
		}
	}
}

// A value inside a flow mapping may be replaced in place (the span is one scalar); if the
// editor refuses instead, it must say so with an *Error.
func TestEditFlowMappingValue(t *testing.T) {
	src := "---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\nnext: 2026-01-15\ncontract: {end: 2026-03-31, renewals: 1}\n---\n"
	r := mustParse(t, "r.md", []byte(src))
	e := r.Edit()
	e.Set(day("2026-06-30"), "contract", "end")
	out, err := e.Bytes()
	if err != nil {
		if _, ok := asError(err); !ok {
			t.Fatalf("error %T is not an *Error", err)
		}
		return
	}
	want := strings.Replace(src, "{end: 2026-03-31,", "{end: 2026-06-30,", 1)
	if string(out) != want {
		t.Fatalf("got\n%s\nwant\n%s", out, want)
	}
	r2 := mustParse(t, "r.md", out)
	if r2.Contract.End != day("2026-06-30") || r2.Contract.Renewals != 1 {
		t.Errorf("contract = %+v", r2.Contract)
	}
}

// Several independent changes that do not overlap may be planned in any order.
func TestEditOrderIndependent(t *testing.T) {
	src := readInput(t, "styled.md")
	steps := []func(e *Editor){
		func(e *Editor) { e.Set(day("2026-02-20"), "next") },
		func(e *Editor) { e.Set("鈴木 課長", "manager") },
		func(e *Editor) { e.Append([]string{"requests"}, reqR3) },
		func(e *Editor) { e.SetInItem([]string{"requests"}, "R1", Field{"done", day("2026-01-15")}) },
		func(e *Editor) { e.InsertEntry(day("2026-01-15"), visitJan) },
		func(e *Editor) { e.Set(day("2026-06-30"), "contract", "end") },
	}
	run := func(order []int) string {
		r := mustParse(t, "styled.md", src)
		e := r.Edit()
		for _, i := range order {
			steps[i](e)
		}
		out, err := e.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	a := run([]int{0, 1, 2, 3, 4, 5})
	b := run([]int{5, 4, 3, 2, 1, 0})
	if a != b {
		t.Errorf("result depends on the order of the calls:\n%s\n---\n%s", a, b)
	}
	mustParse(t, "edited", []byte(a))
}

// BUG: filling in an empty block breaks the YAML when the empty value is written as ~ or
// null ("contract: ~" + "  end: ..." is not YAML), or is followed by a comment: the space
// before the comment is removed ("contract:# 未定", "requests:# なし").
func TestEditEmptyValueForms(t *testing.T) {
	const fm = "---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\nnext: 2026-01-15\n"
	setEnd := func(e *Editor) { e.Set(day("2026-03-31"), "contract", "end") }
	appendR3 := func(e *Editor) { e.Append([]string{"requests"}, reqR3) }
	checkEnd := func(t *testing.T, r *Record) {
		if r.Contract.End != day("2026-03-31") {
			t.Errorf("contract.end = %v", r.Contract.End)
		}
	}
	checkR3 := func(t *testing.T, r *Record) {
		if len(r.Requests) != 1 || r.Requests[0].ID != "R3" {
			t.Errorf("requests = %+v", r.Requests)
		}
	}
	cases := []struct {
		line, comment string
		edit          func(e *Editor)
		check         func(t *testing.T, r *Record)
	}{
		{"contract: ~", "", setEnd, checkEnd},
		{"contract: null", "", setEnd, checkEnd},
		{"contract: # 未定", "# 未定", setEnd, checkEnd},
		{"contract: ~   # 未定", "# 未定", setEnd, checkEnd},
		{"requests: # なし", "# なし", appendR3, checkR3},
		{"requests: [] # なし", "# なし", appendR3, checkR3},
		{"requests: null # なし", "# なし", appendR3, checkR3},
	}
	for _, c := range cases {
		for _, crlf := range []bool{false, true} {
			src := fm + c.line + "\n---\n"
			name := c.line
			if crlf {
				src, name = toCRLF(src), name+" (CRLF)"
			}
			t.Run(name, func(t *testing.T) {
				r := mustParse(t, "r.md", []byte(src))
				e := r.Edit()
				c.edit(e)
				out, err := e.Bytes()
				if err != nil {
					t.Fatalf("Bytes: %v", err)
				}
				r2, err := Parse("r.md", out)
				if err != nil {
					t.Fatalf("the edited record no longer parses: %v\n%s", err, out)
				}
				c.check(t, r2)
				if c.comment != "" && !bytes.Contains(out, []byte(" "+c.comment)) {
					t.Errorf("comment %q lost or glued to the key:\n%s", c.comment, out)
				}
				checkLineEnds(t, name, out, crlf)
			})
		}
	}
}

// BUG: an Editor computes every change against the original bytes, so two changes that both
// need the same missing block (two Append calls to an absent requests:, two Sets under an
// absent or empty contract:) must be merged; writing the block twice gives a duplicate key,
// and refusing ("set twice", "overlapping edits") makes ordinary call sequences fail.
func TestEditCreateSameBlockTwice(t *testing.T) {
	const fm = "---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\nnext: 2026-01-15\n"
	cases := []struct {
		name, src, key string
		edit           func(e *Editor)
		check          func(t *testing.T, r *Record)
	}{
		{
			name: "two Appends to an absent list", src: fm + "---\n", key: "requests:",
			edit: func(e *Editor) {
				e.Append([]string{"requests"}, reqR3)
				e.Append([]string{"requests"}, reqR4)
			},
			check: func(t *testing.T, r *Record) {
				if len(r.Requests) != 2 {
					t.Errorf("requests = %+v", r.Requests)
				}
			},
		},
		{
			name: "two Sets under an absent block", src: fm + "---\n", key: "contract:",
			edit: func(e *Editor) {
				e.Set(day("2026-03-31"), "contract", "end")
				e.Set(1, "contract", "renewals")
			},
			check: func(t *testing.T, r *Record) {
				if r.Contract.End != day("2026-03-31") || r.Contract.Renewals != 1 {
					t.Errorf("contract = %+v", r.Contract)
				}
			},
		},
		{
			name: "Sets and Appends under an absent block", src: fm + "---\n", key: "contract:",
			edit: func(e *Editor) {
				e.Set(day("2026-03-31"), "contract", "end")
				e.Append([]string{"contract", "history"}, []Field{{"from", day("2025-10-01")}, {"until", day("2025-12-31")}})
				e.Append([]string{"contract", "history"}, []Field{{"from", day("2026-01-01")}, {"until", day("2026-03-31")}})
				e.Set(1, "contract", "renewals")
			},
			check: func(t *testing.T, r *Record) {
				c := r.Contract
				if c.End != day("2026-03-31") || c.Renewals != 1 || len(c.History) != 2 ||
					c.History[0].From != day("2025-10-01") || c.History[1].Until != day("2026-03-31") {
					t.Errorf("contract = %+v", c)
				}
			},
		},
		{
			name: "two Sets under an empty block with a trailing space", src: fm + "contract: \n---\n", key: "contract:",
			edit: func(e *Editor) {
				e.Set(day("2026-03-31"), "contract", "end")
				e.Set(1, "contract", "renewals")
			},
			check: func(t *testing.T, r *Record) {
				if r.Contract.End != day("2026-03-31") || r.Contract.Renewals != 1 {
					t.Errorf("contract = %+v", r.Contract)
				}
			},
		},
	}
	for _, c := range cases {
		for _, crlf := range []bool{false, true} {
			src, name := c.src, c.name
			if crlf {
				src, name = toCRLF(src), name+" (CRLF)"
			}
			t.Run(name, func(t *testing.T) {
				r := mustParse(t, "r.md", []byte(src))
				e := r.Edit()
				c.edit(e)
				out, err := e.Bytes()
				if err != nil {
					t.Fatalf("Bytes: %v", err)
				}
				if n := strings.Count(string(out), "\n"+c.key); n != 1 {
					t.Errorf("%q written %d times:\n%s", c.key, n, out)
				}
				checkLineEnds(t, name, out, crlf)
				c.check(t, mustParse(t, "edited", out))
			})
		}
	}
}

// BUG: YAML (go.yaml.in/yaml/v3, like libyaml) counts a lone CR and the Unicode line
// breaks NEL (U+0085), LS (U+2028) and PS (U+2029) as line breaks; record counts only LF.
// Inside a quoted value (or a comment) they move every later YAML line number by one, so
// problems point at the wrong line and edits land in the wrong place and corrupt the file.
// Either Parse refuses such a front matter with an *Error, or everything stays right.
func TestFrontMatterUnicodeLineBreaks(t *testing.T) {
	const fm = "---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\n"
	for _, c := range []struct{ name, text string }{
		{"LS in a quoted value", "kana: \"やまだ\u2028はなこ\"\n"},
		{"PS in a quoted value", "kana: \"やまだ\u2029はなこ\"\n"},
		{"NEL in a quoted value", "kana: 'やまだ\u0085はなこ'\n"},
		{"lone CR in a quoted value", "kana: \"やまだ\rはなこ\"\n"},
		{"lone CR in a comment", "# メモ\r旧姓あり\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			// Line 8 holds next: an impossible date must be reported there.
			src := fm + c.text + "next: 2026-02-30\ncontract:\n  renewals: 1\ntags: [a]\n---\n"
			r, err := Parse("r.md", []byte(src))
			if err != nil {
				if _, ok := asError(err); !ok {
					t.Fatalf("error %T is not an *Error", err)
				}
				return // refused: fine
			}
			var dateLine int
			for _, p := range r.Problems {
				if p.Rule == "date" {
					dateLine = p.Line
				}
			}
			if dateLine != 8 {
				t.Errorf("date problem on line %d, want 8 (problems: %+v)", dateLine, r.Problems)
			}
			e := r.Edit()
			e.Set(day("2026-03-31"), "contract", "end")
			out, err := e.Bytes()
			if err != nil {
				if _, ok := asError(err); !ok {
					t.Fatalf("error %T is not an *Error", err)
				}
				return
			}
			want := strings.Replace(src, "  renewals: 1\n", "  renewals: 1\n  end: 2026-03-31\n", 1)
			if string(out) != want {
				t.Errorf("edit landed in the wrong place:\n%q\nwant\n%q", out, want)
			}
		})
	}
}

// BUG: InsertEntry appends after whatever ends the body; when that is an unclosed code fence
// or HTML comment, the new entry lands inside it. The file is written, but the visit is
// invisible to Entries (and to every command that reads the log). InsertEntry should refuse
// with an *Error (or the entry must read back).
func TestInsertEntryAfterUnclosedBlock(t *testing.T) {
	for _, tail := range []string{"```\nログ\n", "~~~\n", "<!-- メモ\n", "<!-- メモ"} {
		src := minimal + "\n## 2026-01-10 visit\n\n" + tail
		r := mustParse(t, "r.md", []byte(src))
		e := r.Edit()
		e.InsertEntry(day("2026-02-01"), visitJan)
		out, err := e.Bytes()
		if err != nil {
			if _, ok := asError(err); !ok {
				t.Errorf("%q: error %T is not an *Error", tail, err)
			}
			continue
		}
		es, _ := mustParse(t, "edited", out).Entries()
		if len(es) != 2 {
			t.Errorf("body ending in %q: the inserted entry does not read back (%d entries):\n%s", tail, len(es), out)
		}
	}
}
