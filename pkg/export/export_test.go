package export

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/internal/reportcheck"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

const hostile = `---
id: S0001
name: "山田 <b>花子</b>"
status: ended
owner: 川口 健太
client: "A|B 商事"
start: 2026-04-01
ended:
  date: 2026-10-31
  reason: "<script>alert(1)</script>"
milestones:
  - id: M1
    what: 初日連絡
    due: 2026-04-01
    who: manager
duties:
  - kind: measure
    date: 2026-10-01
    what: "依頼 <img src=x onerror=alert(1)>"
    option: direct-hire
# a comment the person may read too
---

# 山田 花子

## 2026-04-01 電話

- <script>alert(2)</script> [link](https://example.com/x) ![img](https://example.com/i.png)

` + "```" + `
## not a heading
` + "```" + `
`

func build(t *testing.T, lang string) Doc {
	t.Helper()
	r, err := record.Parse("S0001.md", []byte(hostile))
	if err != nil {
		t.Fatal(err)
	}
	return Build(r, Options{Lang: lang, Today: dates.MustOf(2026, 12, 1)})
}

// TestHTMLIsSelfContainedAndEscaped: record text never becomes markup, nothing is loaded
// from anywhere, and the page carries the report's Content-Security-Policy.
func TestHTMLIsSelfContainedAndEscaped(t *testing.T) {
	for _, lang := range []string{"en", "ja"} {
		out, err := build(t, lang).HTML()
		if err != nil {
			t.Fatal(err)
		}
		s := string(out)
		for _, bad := range []string{"<script", "<b>", "<img", "https://example.com/x\""} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: the page holds %q", lang, bad)
			}
		}
		for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "山田 &lt;b&gt;花子&lt;/b&gt;", `content="default-src &#39;none&#39;`, `<html lang="` + lang + `">`,
			"a comment the person may read too", "## not a heading", "依頼 &lt;img src=x onerror=alert(1)&gt;"} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: the page lacks %q", lang, want)
			}
		}
		if probs := reportcheck.Files([]reportcheck.File{{Path: "export.html", Data: out}}); len(probs) > 0 {
			t.Errorf("%s: %v", lang, probs)
		}
	}
}

func TestMarkdown(t *testing.T) {
	s := string(build(t, "ja").Markdown())
	for _, want := range []string{
		"# 山田 \\<b>花子\\</b>（S0001）の記録\n",       // no markup from record text
		"| 派遣先 | A\\|B 商事 |\n",                 // a pipe does not split the cell
		"| 状況 | 終了 |\n",                        // the status in words
		"| M1 | 初日連絡 | 2026-04-01 | manager |", // who: manager with no manager stays the word
		"| 2026-10-01 | 雇用安定措置 | 依頼 \\<img src=x onerror=alert(1)> |  | 派遣先での直接雇用 | (回答待ち) |",
		"### 山田 花子\n\n#### 2026-04-01 電話\n",                  // the record's headings two levels down
		"```\n## not a heading\n```",                         // but not inside a code block
		"```yaml\n", "# a comment the person may read too\n", // the front matter as kept
		"## 節目の連絡\n\n", "## 契約期間\n\nなし\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the markdown lacks %q:\n%s", want, s)
		}
	}
}

func TestDemote(t *testing.T) {
	in := "# a\n## b\n  ### c\n    # code\n#nota\n###### f\n```\n# in fence\n```\n~~~\n# tilde\n~~~\n#\n"
	want := "## a\n### b\n  #### c\n    # code\n#nota\n###### f\n```\n# in fence\n```\n~~~\n# tilde\n~~~\n##\n"
	if got := string(demote([]byte(in), 1)); got != want {
		t.Errorf("demote:\n%s\nwant\n%s", got, want)
	}
}
