package record

import (
	"fmt"
	"strings"
	"testing"
)

// bodyFM is an 8-line front matter: the body starts on line 9.
const bodyFM = "---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\nnext: 2026-01-15\n---\n"

func entries(t *testing.T, body string) ([]Entry, []Problem, *Record) {
	t.Helper()
	r := mustParse(t, "r.md", []byte(bodyFM+body))
	es, ps := r.Entries()
	return es, ps, r
}

func texts(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Text)
	}
	return out
}

func lines(items []Item) []int {
	var out []int
	for _, it := range items {
		out = append(out, it.Line)
	}
	return out
}

func eqStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

func eqInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestEntriesSections(t *testing.T) {
	body := `# 山田 花子 フォロー記録

このファイルは訪問の記録です。

## 2025-12-10 visit 定期訪問

### Facts

- 仕訳入力を担当
- 電話対応も
  少しある

### Requests (B)

- R1: 残業が多い

### Personal

- 娘さんが高校受験

### Notes

自由記述のメモ。
二行目。

Next: 2026-01-15

## 2026-01-15 訪問

### 確認事項

- 残業は月10時間に減った

### 相談事項

- R2: 有給の申請方法

### 近況

- 週末は釣り

### メモ

- 更新の意向あり

次回：2026-02-20
`
	es, ps, r := entries(t, body)
	if len(ps) > 0 {
		t.Errorf("problems: %+v", ps)
	}
	if len(es) != 2 {
		t.Fatalf("%d entries, want 2: %+v", len(es), es)
	}
	e := es[0]
	if e.Date != day("2025-12-10") || e.Kind != "visit" || e.Title != "visit 定期訪問" || e.Line != 13 {
		t.Errorf("entry 0 = date %v kind %q title %q line %d", e.Date, e.Kind, e.Title, e.Line)
	}
	if !e.IsContact() {
		t.Error("a visit is a contact")
	}
	if want := []string{"仕訳入力を担当", "電話対応も 少しある"}; !eqStrings(texts(e.Facts), want) || !eqInts(lines(e.Facts), []int{17, 18}) {
		t.Errorf("facts = %q lines %v", texts(e.Facts), lines(e.Facts))
	}
	if want := []string{"R1: 残業が多い"}; !eqStrings(texts(e.Requests), want) || !eqInts(lines(e.Requests), []int{23}) {
		t.Errorf("requests = %q lines %v", texts(e.Requests), lines(e.Requests))
	}
	if want := []string{"娘さんが高校受験"}; !eqStrings(texts(e.Personal), want) || !eqInts(lines(e.Personal), []int{27}) {
		t.Errorf("personal = %q lines %v", texts(e.Personal), lines(e.Personal))
	}
	if want := []string{"自由記述のメモ。", "二行目。"}; !eqStrings(texts(e.Notes), want) || !eqInts(lines(e.Notes), []int{31, 32}) {
		t.Errorf("notes = %q lines %v", texts(e.Notes), lines(e.Notes))
	}
	if e.Next != day("2026-01-15") || e.NextLine != 34 {
		t.Errorf("next = %v line %d", e.Next, e.NextLine)
	}
	if got := string(r.Src[e.Start:e.End]); !strings.HasPrefix(got, "## 2025-12-10 visit") || !strings.HasSuffix(got, "Next: 2026-01-15\n\n") {
		t.Errorf("Src[Start:End] = %q", got)
	}

	e = es[1]
	if e.Date != day("2026-01-15") || e.Kind != "訪問" || e.Line != 36 || !e.IsContact() {
		t.Errorf("entry 1 = date %v kind %q line %d", e.Date, e.Kind, e.Line)
	}
	if !eqStrings(texts(e.Facts), []string{"残業は月10時間に減った"}) ||
		!eqStrings(texts(e.Requests), []string{"R2: 有給の申請方法"}) ||
		!eqStrings(texts(e.Personal), []string{"週末は釣り"}) ||
		!eqStrings(texts(e.Notes), []string{"更新の意向あり"}) {
		t.Errorf("entry 1 sections: facts %q requests %q personal %q notes %q",
			texts(e.Facts), texts(e.Requests), texts(e.Personal), texts(e.Notes))
	}
	if e.Next != day("2026-02-20") || e.NextLine != 54 {
		t.Errorf("next = %v line %d", e.Next, e.NextLine)
	}
	if e.End != len(r.Src) || e.Start != es[0].End {
		t.Errorf("Start/End: %d..%d, previous ends at %d, file is %d bytes", e.Start, e.End, es[0].End, len(r.Src))
	}
}

func TestEntriesNextForms(t *testing.T) {
	for _, c := range []struct {
		line string
		want string
	}{
		{"Next: 2026-12-05", "2026-12-05"},
		{"次回：2026-12-05", "2026-12-05"},
		{"次回: 2026-12-05", "2026-12-05"},
		{"次回予定：2026-12-05", "2026-12-05"},
		{"- Next: 2026-12-05", "2026-12-05"},
		{"**Next:** 2026-12-05", "2026-12-05"},
		{"次回：２０２６-１２-０５", "2026-12-05"},
	} {
		t.Run(c.line, func(t *testing.T) {
			es, ps, _ := entries(t, "\n## 2026-11-01 visit\n\n"+c.line+"\n")
			if len(ps) > 0 || len(es) != 1 {
				t.Fatalf("entries %+v problems %+v", es, ps)
			}
			if es[0].Next != day(c.want) || es[0].NextLine != 12 {
				t.Errorf("Next = %v line %d, want %s line 12", es[0].Next, es[0].NextLine, c.want)
			}
			if len(es[0].Notes) > 0 {
				t.Errorf("the Next line was also kept as a note: %+v", es[0].Notes)
			}
		})
	}
	es, ps, _ := entries(t, "\n## 2026-11-01 visit\n\nNext: soon\n")
	if len(ps) != 1 || ps[0].Rule != "next" || ps[0].Line != 12 || ps[0].Severity != SevError || !es[0].Next.IsZero() {
		t.Errorf("Next: soon gives %+v, next %v", ps, es[0].Next)
	}
	_, ps, _ = entries(t, "\n## 2026-11-01 visit\n\n次回：2026-02-30\n")
	if len(ps) != 1 || ps[0].Rule != "next" || ps[0].Line != 12 {
		t.Errorf("次回：2026-02-30 gives %+v", ps)
	}
}

func TestEntriesFencedHeadingIsNotAnEntry(t *testing.T) {
	body := "\n## 2026-01-10 visit\n\n```\n## 2026-01-20 visit\nNext: 2026-01-01\n```\n\n~~~md\n## 雑記\n~~~\n"
	es, ps, _ := entries(t, body)
	if len(ps) > 0 {
		t.Errorf("problems: %+v", ps)
	}
	if len(es) != 1 || es[0].Date != day("2026-01-10") || !es[0].Next.IsZero() {
		t.Errorf("entries = %+v", es)
	}
}

func TestEntriesProblems(t *testing.T) {
	body := `# 山田 花子

## 2026-01-10 visit

- a

## 2026-01-05 call

## 雑記

- b

## 2026-02-30 visit

## 2026-03-01
`
	es, ps, _ := entries(t, body)
	want := []Problem{
		{Line: 15, Column: 1, Severity: SevError, Rule: "order"},
		{Line: 17, Column: 1, Severity: SevError, Rule: "heading"},
		{Line: 21, Column: 1, Severity: SevError, Rule: "heading"},
	}
	for _, w := range want {
		if !hasProblem(ps, w) {
			t.Errorf("missing %+v in %+v", w, ps)
		}
	}
	if len(ps) != len(want) {
		t.Errorf("%d problems, want %d: %+v", len(ps), len(want), ps)
	}
	if len(es) != 5 {
		t.Fatalf("%d entries, want 5", len(es))
	}
	if !es[2].Date.IsZero() || es[2].Title != "" || !eqStrings(texts(es[2].Notes), []string{"b"}) {
		t.Errorf("undated entry = %+v", es[2])
	}
	if es[4].Date != day("2026-03-01") || es[4].Kind != "" {
		t.Errorf("last entry = %+v", es[4])
	}
}

// BUG: the order check compares an entry only with the entry just before it, so an undated
// (or misdated) heading in between hides entries that go back in time.
func TestEntriesOrderAcrossUndatedHeading(t *testing.T) {
	_, ps, _ := entries(t, "\n## 2026-01-10 visit\n\n## 雑記\n\n## 2026-01-05 call\n")
	if !hasProblem(ps, Problem{Line: 14, Column: 1, Severity: SevError, Rule: "order"}) {
		t.Errorf("2026-01-05 (line 14) after 2026-01-10 (line 10) not reported: %+v", ps)
	}
}

func TestEntriesTitleOnlyIsFine(t *testing.T) {
	es, ps, _ := entries(t, "# 山田 花子\n\n概要: 経理、初回契約。\n\n## 2026-01-10 visit\n\n- a\n")
	if len(ps) > 0 || len(es) != 1 || es[0].Line != 13 {
		t.Errorf("entries %+v problems %+v", es, ps)
	}
	if len(es) == 1 && !eqStrings(texts(es[0].Notes), []string{"a"}) {
		t.Errorf("notes = %q (text before the first entry must not be counted)", texts(es[0].Notes))
	}
	es, ps, _ = entries(t, "")
	if len(es) != 0 || len(ps) != 0 {
		t.Errorf("empty body: entries %+v problems %+v", es, ps)
	}
}

// An underlined (setext) heading is no entry to follow, only text and a rule; markdown
// shows a heading, so lint warns.
func TestEntriesSetextHeading(t *testing.T) {
	es, ps, _ := entries(t, "\n2026-01-10 visit\n---\n")
	if len(es) != 0 || !hasProblem(ps, Problem{Line: 11, Column: 1, Severity: SevWarning, Rule: RuleMarkdownAmbiguous}) {
		t.Errorf("entries %+v problems: %+v", es, ps)
	}
}

func TestEntriesCRLFAndBOM(t *testing.T) {
	src := "\uFEFF" + toCRLF(bodyFM+"\n## 2026-01-10 visit\n\n### 確認事項\n\n- 仕訳入力\n\n次回：2026-02-01\n")
	r := mustParse(t, "r.md", []byte(src))
	es, ps := r.Entries()
	if len(ps) > 0 || len(es) != 1 {
		t.Fatalf("entries %+v problems %+v", es, ps)
	}
	e := es[0]
	if e.Line != 10 || e.NextLine != 16 || e.Next != day("2026-02-01") || !eqStrings(texts(e.Facts), []string{"仕訳入力"}) || e.Facts[0].Line != 14 {
		t.Errorf("entry = %+v", e)
	}
	if !strings.HasPrefix(string(r.Src[e.Start:]), "## 2026-01-10") {
		t.Errorf("Start does not point at the heading: %q", r.Src[e.Start:])
	}
}

func TestVisitMarkdownReadsBack(t *testing.T) {
	for _, lang := range []string{"en", "ja"} {
		v := Visit{Date: day("2026-01-15"), Lang: lang,
			Facts:    []string{"残業は月10時間", "改行を\n含む\r\nメモ"},
			Requests: []Request{{ID: "R3", What: "有給", Due: day("2026-02-01"), Plan: "確認", Report: day("2026-02-02"), How: "電話"}},
			Personal: []string{"週末は「釣り: 川」"},
			Notes:    []string{"メモ"},
			Next:     day("2026-02-20")}
		md := v.Markdown()
		es, ps, _ := entries(t, "\n"+md)
		if len(ps) > 0 || len(es) != 1 {
			t.Fatalf("%s: entries %+v problems %+v\n%s", lang, es, ps, md)
		}
		e := es[0]
		if e.Date != v.Date || e.Next != v.Next || !e.IsContact() {
			t.Errorf("%s: entry %+v", lang, e)
		}
		if !eqStrings(texts(e.Facts), []string{"残業は月10時間", "改行を 含む メモ"}) ||
			len(e.Requests) != 1 || !strings.HasPrefix(e.Requests[0].Text, "R3: 有給") ||
			!eqStrings(texts(e.Personal), []string{"週末は「釣り: 川」"}) || !eqStrings(texts(e.Notes), []string{"メモ"}) {
			t.Errorf("%s: sections facts %q requests %q personal %q notes %q", lang,
				texts(e.Facts), texts(e.Requests), texts(e.Personal), texts(e.Notes))
		}
	}
}

// BUG: Visit.Markdown writes each item as "- TEXT", and Entries reads an item back from the
// item's first block. Text that markdown reads as block syntax comes back wrong: "1. 残業" or
// "> 引用" become an empty item, "# 見出し" loses its "# ", and a personal topic such as
// "次回：受験の結果を聞く" is taken for the entry's Next line (a lint error) and disappears.
func TestVisitMarkdownItemsThatLookLikeMarkdown(t *testing.T) {
	for _, it := range []string{"次回：受験の結果を聞く", "Next: call the client", "1. 残業について", "2) 有給", "> 引用", "- 入れ子", "# 見出し"} {
		v := Visit{Date: day("2026-01-15"), Personal: []string{it}, Notes: []string{"以上"}}
		md := v.Markdown()
		es, ps, _ := entries(t, "\n"+md)
		if len(ps) > 0 {
			t.Errorf("%q: problems %+v\n%s", it, ps, md)
		}
		if len(es) != 1 || !eqStrings(texts(es[0].Personal), []string{it}) || !eqStrings(texts(es[0].Notes), []string{"以上"}) {
			var got []string
			if len(es) == 1 {
				got = texts(es[0].Personal)
			}
			t.Errorf("%q reads back as %q", it, got)
		}
	}
}

// TestCRLFReadsAsLF: follow reads a body with CRLF line ends as the same body with LF, so
// that a last line such as "*" keeps its meaning when a visit is appended after it; so does
// the goldmark reference (goldmark alone reads "*" then CRLF as a paragraph, "*" then LF as
// an empty item).
func TestCRLFReadsAsLF(t *testing.T) {
	const head = "---\nid: S0001\nname: a\nstatus: active\nowner: b\nstart: 2020-01-01\nnext: 2026-03-01\n---\n"
	for _, body := range []string{
		"## 2026-01-05 visit\n*\n\n## 2026-02-05 visit\n- x\n",
		"## 2026-01-05 visit\n-\n+\n\nメモ\n---\n\n## 2026-02-05 call\n\tcode\n",
	} {
		for name, read := range map[string]func(*Record) ([]Entry, []Problem){"scanner": (*Record).scanEntries, "goldmark": (*Record).parseEntriesGoldmark} {
			lf := mustParse(t, "S0001.md", []byte(head+body))
			crlf := mustParse(t, "S0001.md", []byte(head+strings.ReplaceAll(body, "\n", "\r\n")))
			a, ap := read(lf)
			b, bp := read(crlf)
			for i := range a {
				a[i].Start, a[i].End, b[i].Start, b[i].End = 0, 0, 0, 0 // offsets differ by the CRs
			}
			if fmt.Sprint(a, ap) != fmt.Sprint(b, bp) {
				t.Errorf("%s, body %q:\n LF   %v %v\n CRLF %v %v", name, body, a, ap, b, bp)
			}
		}
	}
}
