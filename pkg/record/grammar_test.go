package record

import (
	"fmt"
	"strings"
	"testing"
)

// TestGrammar: each rule docs/FORMAT.md section 3 states about the body, as follow reads
// it. A body is put under a front matter of 8 lines, so its first line is line 9. The
// result is written as one string: per entry "date kind: items by sub-section [next]",
// then the problems as rule@line.
func TestGrammar(t *testing.T) {
	const e = "## 2026-01-10 visit\n" // line 9
	for _, c := range []struct{ rule, body, want string }{
		// Lines.
		{"LF, CRLF and mixed read alike", e + "- a\r\n- b\n\r\n次回: 2026-02-01\r\n", "2026-01-10 visit: notes a|b [2026-02-01]"},
		{"a carriage return alone is part of the line", e + "- a\rb\n", "2026-01-10 visit: notes a\rb"},
		{"indentation: at most 3 columns", e + "   ## 2026-01-11 call\n    ## x\n", "2026-01-10 visit: | 2026-01-11 call: notes ## x"},
		{"indentation: a tab moves to the next multiple of 4", e + "\t## x\n  \t# y\n", "2026-01-10 visit: notes ## x|# y"},
		// Code and comments.
		{"code: nothing inside is read", e + "```\n## 2026-01-11 call\nNext: 2026-01-12\n```\n- a\n", "2026-01-10 visit: notes a"},
		{"code: an unclosed block runs to the end", e + "~~~\n## 2026-01-11 call\n", "2026-01-10 visit:"},
		{"fence: a backtick after ``` makes no fence", e + "``` a`b\n## 2026-01-11 call\n", "2026-01-10 visit: notes ``` a`b | 2026-01-11 call:"},
		{"fence: ~~~ may have backticks after it", e + "~~~ a`b\n## 2026-01-11 call\n~~~\n", "2026-01-10 visit:"},
		{"fence: closed only by one at least as long, alone", e + "````\n```\n```` x\n````  \n- a\n", "2026-01-10 visit: notes a"},
		{"fence: indented up to 3 columns", e + "   ```\n- x\n   ```\n    ```\n", "2026-01-10 visit: notes ```"},
		{"comment: through the first line holding -->", e + "<!-- a\n## 2026-01-11 call\n-->\n- b\n", "2026-01-10 visit: notes b"},
		{"comment: on one line, the whole line", e + "<!-- follow:allow --> text\n  <!-->\n- b\n", "2026-01-10 visit: notes b"},
		{"comment: only at the start of a line", e + "text <!-- a\n## 2026-01-11 call\n", "2026-01-10 visit: notes text <!-- a | 2026-01-11 call:"},
		// Blank lines.
		{"blank: spaces and tabs end an item", e + "- a\n \t\n  b\n", "2026-01-10 visit: notes a|b"},
		{"blank: a line of full-width spaces too", e + "- a\n\u3000 \u3000\n- b\n", "2026-01-10 visit: notes a|b"},
		// Headings.
		{"heading: # ends the entry, what follows is not read", e + "- a\n# 山田 花子\n- b\n## 2026-01-11 call\n- c\n", "2026-01-10 visit: notes a | 2026-01-11 call: notes c"},
		{"heading: levels 3 to 6 start sub-sections", e + "### Facts\n- a\n###### 近況\n- b\n\n####### x\n", "2026-01-10 visit: facts a personal b|####### x"},
		{"heading: # then a space, a tab or the end", e + "#tag\n##\tメモ\n###\n- a\n", "2026-01-10 visit: notes #tag |  : notes a heading@11"},
		{"heading: a closing run of # after a space is dropped", "## 2026-01-10 visit ##\n## 2026-01-11 call#\n", "2026-01-10 visit: | 2026-01-11 call#:"},
		// Rules.
		{"rule: ends a list item", e + "- a\n***\n  b\n- c\n - - -\n", "2026-01-10 visit: notes a|b|c"},
		// List items.
		{"list item: - * + 1. 1) at any indentation", e + "- a\n* b\n+ c\n1. d\n2) e\n123456789. f\n    - g\n-\th\n", "2026-01-10 visit: notes a|b|c|d|e|f|g|h"},
		{"list item: the marker needs a space, a tab or the end after it", e + "-x\n1234567890. y\n1.z\n", "2026-01-10 visit: notes -x|1234567890. y|1.z"},
		{"list item: an empty one is skipped", e + "-\n- a\n*\n", "2026-01-10 visit: notes a"},
		{"list item: its text starts after the spaces after the marker", e + "-      a\n- # b\n", "2026-01-10 visit: notes a|# b"},
		// Continuations.
		{"continuation: indented right under an item, joined with a space", e + "- a\n  b\n\tc\n\u3000d\n   e\n", "2026-01-10 visit: notes a b c d e"},
		{"continuation: an empty item's text may start on it", e + "-\n  a\n  b\n", "2026-01-10 visit: notes a b"},
		{"continuation: not under a blank line", e + "- a\n\n  b\n", "2026-01-10 visit: notes a|b"},
		{"continuation: not under a paragraph line", e + "a\n  b\n", "2026-01-10 visit: notes a|b"},
		// Paragraph lines.
		{"paragraph: one item per line, trimmed", e + "  a  \nb\n\u3000c\u3000\n", "2026-01-10 visit: notes a|b|c"},
		{"paragraph: an unindented line under an item is its own", e + "- a\nb\n", "2026-01-10 visit: notes a|b markdown-ambiguous@11"},
		{"paragraph: lines before the first entry are not read", "profile\n- x\n" + e + "- a\n", "2026-01-10 visit: notes a"},
		// Full-width characters are text.
		{"full-width: no heading, no list item", e + "＃＃ 2026-01-11 call\n##\u30002026-01-11 call\n－ a\n・ b\n＊ c\n-\u3000d\n", "2026-01-10 visit: notes ＃＃ 2026-01-11 call|##\u30002026-01-11 call|－ a|・ b|＊ c|-\u3000d"},
		{"full-width: an entry heading's date is read with a warning", "## ２０２６－０１－１０ visit\n", "2026-01-10 visit: heading@9"},
		// Entries.
		{"entry: the first word must be a date", "## 雑記\n## 2026/01/10 visit\n## 2026-02-30 visit\n", ": |  visit: |  visit: heading@9 heading@10 heading@11"},
		{"entry: date order", "## 2026-01-10 visit\n## 2026-01-09 call\n## 2026-01-09 mail\n", "2026-01-10 visit: | 2026-01-09 call: | 2026-01-09 mail: order@10"},
		{"entry: only ## starts one, not an underlined date", "2026-01-10 visit\n---\n", "markdown-ambiguous@10"},
		{"entry: a nested item is an item", e + "- a\n  - b\n    1. c\n", "2026-01-10 visit: notes a|b|c"},
		// Next: lines.
		{"Next: a paragraph line, list item or continuation", e + "- a\n  Next: 2026-01-20\n", "2026-01-10 visit: notes a [2026-01-20]"},
		{"Next: an item's first line only with a date", e + "- 次回：受験の結果を聞く\n- 次回: 2026-01-20\n", "2026-01-10 visit: notes 次回：受験の結果を聞く [2026-01-20]"},
		{"Next: a paragraph line always", e + "次回：受験の結果\n", "2026-01-10 visit: next@10"},
		{"Next: the last one counts", e + "Next: 2026-01-20\n次回：２０２６－０１－２１ 朝\n", "2026-01-10 visit: [2026-01-21]"},
		// Where markdown reads otherwise: the warnings.
		{"ambiguous: --- under a paragraph line", e + "text\n---\n", "2026-01-10 visit: notes text markdown-ambiguous@11"},
		{"ambiguous: === under a paragraph line", e + "text\n  ===\n", "2026-01-10 visit: notes text|=== markdown-ambiguous@11"},
		{"ambiguous: - under a paragraph line", e + "text\n-\n", "2026-01-10 visit: notes text markdown-ambiguous@11"},
		{"ambiguous: --- under an item's text, indented as the text", e + "- text\n  ---\n- a\n---\n", "2026-01-10 visit: notes text|a markdown-ambiguous@11"},
		{"ambiguous: no warning when a blank line is between", e + "text\n\n---\n", "2026-01-10 visit: notes text"},
		{"ambiguous: a lazy line, once per run", e + "- a\nb\nc\n", "2026-01-10 visit: notes a|b|c markdown-ambiguous@11"},
		{"ambiguous: a lazy Next: line", e + "- a\n次回: 2026-01-20\n", "2026-01-10 visit: notes a [2026-01-20] markdown-ambiguous@11"},
		{"ambiguous: no lazy line after > or <", e + "- a\n> b\n- c\n<br>\n", "2026-01-10 visit: notes a|> b|c|<br>"},
		{"ambiguous: full-width blank between an item and text", e + "- a\n\u3000\nb\n", "2026-01-10 visit: notes a|b markdown-ambiguous@11"},
		{"ambiguous: full-width blank between paragraph lines", e + "a\n\u3000\nb\n", "2026-01-10 visit: notes a|b markdown-ambiguous@11"},
		{"ambiguous: full-width blank above ---", e + "\u3000\n---\n", "2026-01-10 visit: markdown-ambiguous@10"},
		{"ambiguous: no warning for a full-width blank among blank lines", e + "a\n\n\u3000\n\nb\n", "2026-01-10 visit: notes a|b"},
		{"ambiguous: a numbered line folded into a paragraph", e + "a\n2. b\n*\n", "2026-01-10 visit: notes a|b markdown-ambiguous@11 markdown-ambiguous@12"},
		{"ambiguous: 1. and - x interrupt a paragraph", e + "a\n1. b\n\nc\n- d\n", "2026-01-10 visit: notes a|b|c|d"},
	} {
		r := BodyRecordForTest([]byte(grammarHead), []byte(c.body))
		es, ps := r.Entries()
		if got := summary(es, ps); got != c.want {
			t.Errorf("%s:\n%q\n got  %q\n want %q", c.rule, c.body, got, c.want)
		}
	}
}

// grammarHead is a front matter of 8 lines.
const grammarHead = "---\nid: S-1\nname: 山田 花子\nstatus: active\nowner: 佐藤\nstart: 2025-10-01\nnext: 2026-01-15\n---\n"

// summary writes entries and problems as TestGrammar compares them.
func summary(es []Entry, ps []Problem) string {
	var parts []string
	for _, e := range es {
		s := e.Date.String() + " " + e.Title + ":"
		for _, k := range []struct {
			name  string
			items []Item
		}{{"facts", e.Facts}, {"requests", e.Requests}, {"personal", e.Personal}, {"notes", e.Notes}} {
			if len(k.items) == 0 {
				continue
			}
			var ts []string
			for _, it := range k.items {
				ts = append(ts, it.Text)
			}
			s += " " + k.name + " " + strings.Join(ts, "|")
		}
		if !e.Next.IsZero() {
			s += " [" + e.Next.String() + "]"
		}
		parts = append(parts, s)
	}
	out := strings.Join(parts, " | ")
	for _, p := range ps {
		out += fmt.Sprintf(" %s@%d", p.Rule, p.Line)
	}
	return strings.TrimSpace(out)
}
