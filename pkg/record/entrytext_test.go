package record

import (
	"strings"
	"testing"
)

func TestEntryText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text unchanged", "面談した。\n\n- 業務に慣れてきた\n", "面談した。\n\n- 業務に慣れてきた"},
		{"blank lines and CRLF", "\r\n\r\n面談した。\r\n次回は釣りの話。\r\n\r\n", "面談した。\n次回は釣りの話。"},
		{"level 3 stays", "### 確認事項\n\n- a\n", "### 確認事項\n\n- a"},
		{"title and sections move down together", "# 面談メモ\n\n## 確認事項\n\n- a\n\n### 詳細\n\nb\n",
			"### 面談メモ\n\n#### 確認事項\n\n- a\n\n##### 詳細\n\nb"},
		{"level 2 only", "## 近況\n- 愛犬の散歩\n", "### 近況\n- 愛犬の散歩"},
		{"never below 6", "# a\n\n###### f\n", "### a\n\n###### f"},
		{"indented ATX heading", "  ## a\n", "  ### a"},
		{"setext headings", "メモ\n===\n\n近況\n---\n- a\n", "### メモ\n\n#### 近況\n- a"},
		{"setext on two lines", "長い\n見出し\n---\n", "### 長い 見出し"},
		{"heading in a code block is text", "```\n## not a heading\n```\n", "```\n## not a heading\n```"},
		{"heading in a quote is not an entry", "> ## 引用\n", "> ## 引用"},
		{"dated heading becomes a sub-section", "## 2026-12-01 訪問\n\nx\n", "### 2026-12-01 訪問\n\nx"},
		{"a heading without text", "a\n\n#\n\nb\n", "a\n\n###\n\nb"},
		{"a heading under a list item is a heading", "- a\n  ## b\n", "- a\n  ### b"},
		{"an underline under a list item is left", "# t\n\n- a\n  ---\n", "### t\n\n- a\n  ---"},
		{"a rule after a blank line is a rule", "# t\n\ntext\n\n---\n", "### t\n\ntext\n\n---"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := EntryText(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("EntryText(%q) =\n%q\nwant\n%q", tc.in, got, tc.want)
			}
			if !readsAsOneEntry(got) {
				t.Errorf("the result does not read back as one entry")
			}
		})
	}
}

func TestEntryTextRefuses(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unclosed fence", "```\ncode\n", "code block"},
		{"unclosed comment", "<!-- draft\nx\n", "HTML comment"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := EntryText(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("EntryText(%q) = %q, %v; want an error about %q", tc.in, got, err, tc.want)
			}
		})
	}
}

func FuzzEntryText(f *testing.F) {
	for _, s := range []string{"# a\n## b\n", "a\n---\n", "```\n# x\n```\n", "<!--\n", "> # q\n- ## l\n", "#\n", "a\r\nb\r==\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := EntryText(s)
		if err != nil {
			return
		}
		if !readsAsOneEntry(out) {
			t.Fatalf("EntryText(%q) = %q does not read back as one entry", s, out)
		}
		again, err := EntryText(out)
		if err != nil || again != out {
			t.Fatalf("EntryText is not stable: %q -> %q -> %q, %v", s, out, again, err)
		}
	})
}
