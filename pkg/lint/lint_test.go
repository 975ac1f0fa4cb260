package lint_test

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
)

// clean is a sound active record: with the default rules and today 2026-12-01 lint finds
// nothing in it. The cases below change one thing each. Line numbers are noted where the
// cases point at them.
const clean = `---
id: S0001
name: 早川 美咲
status: active
owner: 森本 彩
manager: 石田 誠
start: 2026-11-25
contract:
  end: 2027-02-28
  renewals: 0
  history:
    - from: 2026-11-25
      until: 2027-02-28
next: 2026-12-02
milestones:
  - id: M1
    what: 初日連絡（スタッフへ）
    due: 2026-11-25
    rule: first-day
    done: 2026-11-25
  - id: M2
    what: 初日お礼電話（指揮命令者へ）
    due: 2026-11-25
    who: manager
    rule: first-day-thanks
    done: 2026-11-25
  - id: M3
    what: 1週間フォロー
    due: 2026-12-02
    rule: week-1
  - id: M4
    what: 1ヶ月フォロー
    due: 2026-12-25
    rule: month-1
  - id: M5
    what: 3ヶ月フォロー
    due: 2027-02-25
    rule: month-3
  - id: M6
    what: 更新意向確認
    due: 2027-01-29
    rule: renewal-intent
requests:
  - id: R1
    what: 社員食堂を使えるか知りたい
    due: 2026-11-27
    report: 2026-11-27
    how: 電話
    done: 2026-11-26
    reported: 2026-11-26
tags: [経理]
---

# 早川 美咲

## 2026-11-25 電話 初日

### 確認事項

- 初日は部内の挨拶回りまで。

次回: 2026-12-02

## 2026-11-26 完了

- R1 解決、電話で報告。
`

// Lines of clean the cases refer to.
const (
	lID         = 2
	lStatus     = 4
	lOwner      = 5
	lPeriod     = 12
	lNext       = 14
	lMilestones = 15
	lM1         = 16
	lM3         = 27
	lR1         = 44
	lR1Done     = 49
	lTags       = 51
	lClose      = 52
	lFact       = 60
	lNextLine   = 62
	lDone       = 64
	lEnd        = 66 // the last line
)

var today = dates.MustOf(2026, 12, 1)

// edit replaces old, which must occur exactly once in src, by new.
func edit(t testing.TB, src, old, new string) string {
	t.Helper()
	if n := strings.Count(src, old); n != 1 {
		t.Fatalf("edit: %q occurs %d times", old, n)
	}
	return strings.Replace(src, old, new, 1)
}

// complaint makes R1 of clean a complaint, with more lines after its what, listed under
// 相談事項 of the first visit (heard 2026-11-25) when listed is set.
func complaint(t testing.TB, more string, listed bool) string {
	t.Helper()
	s := edit(t, clean, "    what: 社員食堂を使えるか知りたい\n", "    what: 社員食堂を使えるか知りたい\n    type: complaint\n"+more)
	if listed {
		s = edit(t, s, "### 確認事項\n", "### 相談事項\n\n- R1: 社員食堂を使えるか知りたい（苦情）\n\n### 確認事項\n")
	}
	return s
}

// at is the position, severity and rule of a finding.
type at struct {
	Line, Col int
	Sev, Rule string
}

func (a at) String() string { return fmt.Sprintf("%d:%d %s %s", a.Line, a.Col, a.Sev, a.Rule) }

func ats(fs []lint.Finding) []at {
	out := []at{}
	for _, f := range fs {
		out = append(out, at{f.Line, f.Column, f.Severity, f.Rule})
	}
	return out
}

type lintCase struct {
	name    string
	path    string // default S0001.md
	src     string
	err     error      // File.Err
	today   dates.Date // zero: 2026-12-01
	noToday bool       // Options.Today left zero
	empty   bool       // src is really empty (else an empty src means clean)
	cfg     func(*config.Config)
	want    []at
}

const (
	E = lint.Error
	W = lint.Warning
	I = lint.Info
)

func lintCases(t testing.TB) []lintCase {
	e := func(old, new string) string { return edit(t, clean, old, new) }
	dropLine := func(line string) string { return e(line+"\n", "") }
	return []lintCase{
		{name: "clean", src: clean},
		{name: "clean without today", src: clean, noToday: true},

		// frontmatter
		{name: "empty file", empty: true, want: []at{{0, 0, E, "frontmatter"}}},
		{name: "no front matter", src: "# 早川 美咲\n\n## 2026-11-25 電話\n", want: []at{{1, 1, E, "frontmatter"}}},
		{name: "front matter not closed", src: dropLine("---\n\n# 早川 美咲"), want: []at{{1, 1, E, "frontmatter"}}},
		{name: "front matter empty", src: "---\n---\n", want: []at{{2, 1, E, "frontmatter"}}},
		{name: "front matter a list", src: "---\n- a\n- b\n---\n", want: []at{{2, 1, E, "frontmatter"}}},
		{name: "front matter in flow style", src: "---\n{id: S0001, name: x}\n---\n", want: []at{{2, 1, E, "frontmatter"}}},

		// yaml
		{name: "invalid yaml", src: e("name: 早川 美咲", "name: [早川 美咲"), want: []at{{3, 0, E, "yaml"}}},
		{name: "key written twice", src: e("owner: 森本 彩\n", "owner: 森本 彩\nowner: 別の人\n"), want: []at{{lOwner + 1, 1, E, "yaml"}}},
		{name: "nested key written twice", src: e("    how: 電話\n", "    how: 電話\n    how: 訪問\n"), want: []at{{49, 5, E, "yaml"}}},

		// encoding
		{name: "NUL byte", src: e("初日は部内", "初日は\x00部内"), want: []at{{lFact, 6, E, "encoding"}}},
		{name: "not UTF-8", src: e("挨拶", "\x88\xa5"), want: []at{{lFact, 9, E, "encoding"}}},

		// conflict: one finding per marker line, and no parse error on top
		{name: "conflict markers", src: e("- 初日は部内の挨拶回りまで。\n", "<<<<<<< ours\n- 午前\n=======\n- 午後\n>>>>>>> theirs\n"),
			want: []at{{lFact, 1, E, "conflict"}, {lFact + 2, 1, E, "conflict"}, {lFact + 4, 1, E, "conflict"}}},
		{name: "conflict in front matter", src: e("owner: 森本 彩\n", "<<<<<<< ours\nowner: 森本 彩\n=======\nowner: 川口 健太\n>>>>>>> theirs\n"),
			want: []at{{lOwner, 1, E, "conflict"}, {lOwner + 2, 1, E, "conflict"}, {lOwner + 4, 1, E, "conflict"}}},
		{name: "a heading underlined with ======= alone is no conflict", src: e("- R1 解決、電話で報告。", "メモ\n=======\n\n- R1 解決、電話で報告。"), want: []at{{lDone + 3, 1, W, "markdown-ambiguous"}}},

		// bom
		{name: "BOM", src: "\ufeff" + clean, want: []at{{1, 1, W, "bom"}}},

		// required
		{name: "name missing", src: dropLine("name: 早川 美咲"), want: []at{{1, 1, E, "required"}}},
		{name: "owner empty", src: e("owner: 森本 彩", "owner:"), want: []at{{lOwner, 1, E, "required"}}},
		{name: "owner empty string", src: e("owner: 森本 彩", `owner: ""`), want: []at{{lOwner, 1, E, "required"}}},
		{name: "start missing", src: dropLine("start: 2026-11-25"), want: []at{{1, 1, E, "required"}}},
		{name: "start empty", src: e("start: 2026-11-25", "start:"), want: []at{{7, 1, E, "required"}}},
		{name: "id missing", src: dropLine("id: S0001"), want: []at{{1, 1, E, "required"}}},

		// id-filename, id-invalid
		{name: "id is not the file name", path: "S0002.md", want: []at{{lID, 1, E, "id-filename"}}},
		{name: "id in a subfolder", path: "osaka/S0001.md"},
		{name: "file name is a device name", path: "CON.md", src: e("id: S0001", "id: CON"), want: []at{{1, 1, E, "id-invalid"}}},
		{name: "file name starts with a dash", path: "-x.md", src: e("id: S0001", `id: "-x"`), want: []at{{1, 1, E, "id-invalid"}}},

		// status
		{name: "status unknown", src: e("status: active", "status: paused"), want: []at{{lStatus, 9, E, "status"}}},
		{name: "status capitalised", src: e("status: active", "status: Active"), want: []at{{lStatus, 9, E, "status"}}},

		// date
		{name: "date with slashes", src: e("    done: 2026-11-26", "    done: 2026/11/26"), want: []at{{lR1, 1, W, "request-agreed"}, {lR1Done, 11, E, "date"}}},
		{name: "date that does not exist", src: e("next: 2026-12-02", "next: 2026-02-30"), want: []at{{lNext, 7, E, "date"}}},
		{name: "date in a contract period", src: e("      until: 2027-02-28", "      until: 2027-2-28"), want: []at{{13, 14, E, "date"}}},

		// type
		{name: "tags not a list", src: e("tags: [経理]", "tags: 経理"), want: []at{{lTags, 7, E, "type"}}},
		{name: "alias", src: edit(t, e("manager: 石田 誠", "manager: *n"), "name: 早川 美咲", "name: &n 早川 美咲"), want: []at{{6, 10, E, "type"}}},
		{name: "renewals not a number", src: e("renewals: 0", "renewals: zero"), want: []at{{10, 13, E, "type"}}},
		{name: "contract a scalar", src: e("contract:\n  end: 2027-02-28\n  renewals: 0\n  history:\n    - from: 2026-11-25\n      until: 2027-02-28\n", "contract: 2027-02-28\n"),
			want: []at{{8, 11, E, "type"}}},

		// next
		{name: "next missing", src: dropLine("next: 2026-12-02"), want: []at{{1, 1, E, "next"}}},
		{name: "next empty", src: e("next: 2026-12-02", "next:"), want: []at{{lNext, 1, E, "next"}}},
		{name: "Next: line without a date", src: e("次回: 2026-12-02", "次回: 2026/12/02"), want: []at{{lNextLine, 1, E, "next"}}},
		{name: "Next: line empty", src: e("次回: 2026-12-02", "次回:"), want: []at{{lNextLine, 1, E, "next"}}},
		{name: "ended record needs no next", src: endedWith(t, "")},

		// retention: counted from the end (2026-11-30), 3 years by default
		{name: "ended 3 years ago to the day is kept", src: endedWith(t, ""), today: dates.MustOf(2029, 11, 30)},
		{name: "ended more than 3 years ago", src: endedWith(t, ""), today: dates.MustOf(2029, 12, 1), want: []at{{lNext, 1, W, "retention"}}},
		{name: "retention from follow.yaml", src: endedWith(t, ""), today: dates.MustOf(2027, 12, 1), cfg: func(c *config.Config) { c.Retention = span(t, "1y") },
			want: []at{{lNext, 1, W, "retention"}}},
		{name: "retention off", src: endedWith(t, ""), today: dates.MustOf(2040, 1, 1), cfg: func(c *config.Config) { c.Retention = dates.Span{} }},

		// request
		{name: "request without due", src: dropLine("    due: 2026-11-27"), want: []at{{lR1, 5, E, "request"}}},
		{name: "request without id and what", src: e("  - id: R1\n    what: 社員食堂を使えるか知りたい\n    due", "  - due"),
			want: []at{{lR1, 5, E, "request"}, {lR1, 5, E, "request"}}},
		{name: "request id twice", src: e("    reported: 2026-11-26\n", "    reported: 2026-11-26\n  - id: R1\n    what: 別件\n    due: 2026-12-10\n"),
			want: []at{{lR1 + 7, 1, E, "request"}, {lR1 + 7, 1, W, "request-agreed"}}},

		// milestone
		{name: "milestone without what", src: dropLine("    what: 1週間フォロー"), want: []at{{lM3, 5, E, "milestone"}}},
		{name: "milestone without due", src: dropLine("    due: 2026-12-02"), want: []at{{lM3, 5, E, "milestone"}}},
		{name: "milestone id twice", src: e("  - id: M4", "  - id: M3"), want: []at{{lM3 + 4, 1, E, "milestone"}}},

		// contract
		{name: "period ends before it starts", src: e("      until: 2027-02-28", "      until: 2026-11-01"), want: []at{{lPeriod, 7, E, "contract"}}},

		// duty
		{name: "duty of an unknown kind", src: e("tags: [経理]", "tags: [経理]\nduties:\n  - kind: lesson\n    date: 2026-11-30\n    what: x"),
			want: []at{{lTags + 2, 11, E, "duty"}}},

		// ended
		{name: "ended without a date", src: e("status: active", "status: ended"), want: []at{{lStatus, 1, W, "ended"}}},

		// phone: a warning for what is no phone number; an office number with an extension,
		// typed with an IME, is one; a list is no text at all.
		{name: "site_phone an office number", src: e("manager: 石田 誠\n", "manager: 石田 誠\nsite_phone: ０３－００００－１２３４ 内線 204\n")},
		{name: "site_phone not a number", src: e("manager: 石田 誠\n", "manager: 石田 誠\nsite_phone: 中野さんの携帯\n"), want: []at{{lOwner + 2, 13, W, "phone"}}},
		{name: "site_phone a card number", src: e("manager: 石田 誠\n", "manager: 石田 誠\nsite_phone: 4111 1111 1111 1111\n"),
			want: []at{{lOwner + 2, 13, W, "phone"}, {lOwner + 2, 13, E, "privacy-card"}}},
		{name: "site_phone a list", src: e("manager: 石田 誠\n", "manager: 石田 誠\nsite_phone: [03-0000-1234]\n"), want: []at{{lOwner + 2, 13, E, "type"}}},

		// heading
		{name: "heading with slashes", src: e("## 2026-11-26 完了", "## 2026/11/26 完了"), want: []at{{lDone, 1, E, "heading"}}},
		{name: "heading without a date", src: e("## 2026-11-26 完了", "## 完了"), want: []at{{lDone, 1, E, "heading"}}},
		{name: "heading with a date that does not exist", src: e("## 2026-11-26 完了", "## 2026-11-31 完了"), want: []at{{lDone, 1, E, "heading"}}},
		{name: "heading in full-width digits", src: e("## 2026-11-26 完了", "## ２０２６－１１－２６ 完了"), want: []at{{lDone, 1, W, "heading"}}},

		// markdown-ambiguous: what a markdown renderer reads otherwise than follow
		{name: "underlined entry heading", src: e("## 2026-11-26 完了\n", "2026-11-26 完了\n---\n"), want: []at{{lDone + 1, 1, W, "markdown-ambiguous"}}},
		{name: "text underlined with ===", src: e("- R1 解決、電話で報告。", "- R1 解決、電話で報告。\n\nメモ\n==="), want: []at{{lDone + 5, 1, W, "markdown-ambiguous"}}},
		{name: "--- right under a list item's text, indented", src: e("- R1 解決、電話で報告。", "- R1 解決、電話で報告。\n  ---"), want: []at{{lDone + 3, 3, W, "markdown-ambiguous"}}},
		{name: "--- under a list item is a rule to both", src: e("- R1 解決、電話で報告。", "- R1 解決、電話で報告。\n---")},
		{name: "lazy continuation line", src: e("- R1 解決、電話で報告。", "- R1 解決、\n電話で報告。"), want: []at{{lDone + 3, 1, W, "markdown-ambiguous"}}},
		{name: "indented continuation line", src: e("- R1 解決、電話で報告。", "- R1 解決、\n  電話で報告。\n\u3000続き")},
		{name: "line of full-width spaces in a list", src: e("- R1 解決、電話で報告。", "- R1 解決、\n\u3000\n電話で報告。"), want: []at{{lDone + 3, 1, W, "markdown-ambiguous"}}},
		{name: "line of full-width spaces between paragraphs", src: e("- R1 解決、電話で報告。", "解決。\n\u3000\n電話で報告。"), want: []at{{lDone + 3, 1, W, "markdown-ambiguous"}}},
		{name: "line of full-width spaces above ---", src: e("- R1 解決、電話で報告。", "\u3000\n---"), want: []at{{lDone + 2, 1, W, "markdown-ambiguous"}}},
		{name: "line of full-width spaces between blank lines", src: e("- R1 解決、電話で報告。", "- R1 解決、電話で報告。\n\n\u3000\n")},
		{name: "numbered line right under a paragraph", src: e("- R1 解決、電話で報告。", "解決。\n2. 電話で報告。"), want: []at{{lDone + 3, 1, W, "markdown-ambiguous"}}},

		// order
		{name: "entries out of order", src: e("## 2026-11-26 完了", "## 2026-11-24 完了"), want: []at{{lDone, 1, E, "order"}}},

		// mixed-language: a Japanese record with words of follow in English (a teammate
		// with another LANG, on an older follow), reported once, at the first of them.
		{name: "an English section name in a Japanese record", src: e("### 確認事項", "### Facts"), want: []at{{lFact - 2, 1, W, "mixed-language"}}},
		{name: "English labels in a Japanese record", src: e("次回: 2026-12-02", "Next: 2026-12-02\n\nBy: Anna"), want: []at{{lNextLine, 1, W, "mixed-language"}}},
		{name: "an English record is no mixed one", src: strings.NewReplacer("電話", "call", "### 確認事項", "### Facts", "次回:", "Next:", "完了", "done").Replace(clean)},

		// unknown-key
		{name: "unknown top-level key", src: e("tags: [経理]\n", "tags: [経理]\nhobby: 釣り\n"), want: []at{{lClose, 1, W, "unknown-key"}}},
		{name: "unknown key in a request", src: e("    how: 電話\n", "    how: 電話\n    memo: x\n"), want: []at{{49, 5, W, "unknown-key"}}},
		{name: "key in upper case", src: e("manager: 石田 誠", "Manager: 石田 誠"), want: []at{{6, 1, W, "unknown-key"}}},

		// control-char: what a terminal would act on, from a colleague's commit; YAML
		// escapes put it in a value, the body holds the bytes themselves
		{name: "window title and clear screen in name", src: e("name: 早川 美咲", `name: "早川\e]0;pwned\a\e[2J美咲"`), want: []at{{3, 7, E, "control-char"}}},
		{name: "OSC 52 clipboard write in a request", src: e("    what: 社員食堂を使えるか知りたい", `    what: "\e]52;c;ZWNobyBoaQ==\a"`), want: []at{{lR1 + 1, 11, E, "control-char"}}},
		{name: "C1 CSI in a tag", src: e("tags: [経理]", `tags: ["経理\x9b2J"]`), want: []at{{lTags, 8, E, "control-char"}}},
		{name: "bidi override in the owner", src: e("owner: 森本 彩", "owner: 森本‮彩"), want: []at{{lOwner, 8, E, "control-char"}}},
		{name: "ESC in the body", src: e("- 初日は部内の挨拶回りまで。", "- 初日は\x1b]0;x\a部内"), want: []at{{lFact, 6, W, "control-char"}}},
		{name: "two body lines, one finding each", src: e("- 初日は部内の挨拶回りまで。", "- \x1b[2J\x1b[2J\n- 次\u009b"), want: []at{{lFact, 3, W, "control-char"}, {lFact + 1, 4, W, "control-char"}}},
		{name: "bidi override in the body", src: e("- R1 解決、電話で報告。", "- R1 解決‮、電話で報告。"), want: []at{{lDone + 2, 8, W, "control-char"}}},
		{name: "CRLF lines are no control characters", src: strings.ReplaceAll(clean, "\n", "\r\n")},
		{name: "a tab in the body is none either", src: e("- 初日は部内の挨拶回りまで。", "- 初日は\t部内")},

		// missing-milestone
		{name: "week-1 milestone missing", src: e("  - id: M3\n    what: 1週間フォロー\n    due: 2026-12-02\n    rule: week-1\n", ""),
			want: []at{{lMilestones, 1, W, "missing-milestone"}}},
		{name: "renewal-intent for a new contract end missing", src: e("  end: 2027-02-28", "  end: 2027-05-31"),
			want: []at{{lMilestones, 1, W, "missing-milestone"}}},
		{name: "no milestone rules, no milestones", src: clean[:strings.Index(clean, "milestones:")] + clean[strings.Index(clean, "requests:"):],
			cfg: func(c *config.Config) { c.Rules = nil }},

		// report-overdue
		{name: "report date passed", src: dropLine("    reported: 2026-11-26"), want: []at{{lR1, 1, W, "report-overdue"}}},
		{name: "report date today is not overdue", src: dropLine("    reported: 2026-11-26"), today: dates.MustOf(2026, 11, 27)},

		// request-agreed (issue 19): the direction and the report-back are agreed on the spot
		{name: "open request without a plan", src: dropLine("    done: 2026-11-26"), want: []at{{lR1, 1, W, "request-agreed"}}},
		{name: "open request with a plan", src: e("    done: 2026-11-26\n", "    plan: 中野さんに確認\n")},
		{name: "a resolved request needs no plan", src: dropLine("    reported: 2026-11-26"), today: dates.MustOf(2026, 11, 27)},
		{name: "request without a report-back date", src: edit(t, e("    report: 2026-11-27\n    how: 電話\n", ""), "    reported: 2026-11-26\n", ""),
			want: []at{{lR1, 1, W, "request-agreed"}}},
		{name: "a reported request needs no report date", src: e("    report: 2026-11-27\n", "")},
		{name: "a client's request is agreed with the client", src: e("    done: 2026-11-26\n    reported: 2026-11-26\n", "    from: client\n"), today: dates.MustOf(2026, 11, 27)},
		{name: "an ended record's request is not asked for", src: endedWith(t, "")},

		// complaints: listed where heard, passed on to the client in time, not left open
		{name: "complaint listed nowhere", src: complaint(t, "", false), want: []at{{lR1, 1, W, "complaint-received"}}},
		{name: "staff complaint not passed on after 1 business day", src: complaint(t, "", true), want: []at{{lR1, 1, W, "complaint-notify"}}},
		{name: "staff complaint passed on", src: complaint(t, "    notified: 2026-11-26\n", true)},
		{name: "staff complaint within the business day", src: complaint(t, "", true), today: dates.MustOf(2026, 11, 26)},
		{name: "complaint_notify 5 business days", src: complaint(t, "", true), cfg: func(c *config.Config) { c.Lint.ComplaintNotify = 5 }},
		{name: "the client's complaint needs no notice", src: complaint(t, "    from: client\n", true)},
		{name: "complaint open past its due", src: edit(t, edit(t, complaint(t, "    notified: 2026-11-26\n", true), "    done: 2026-11-26\n", ""), "    reported: 2026-11-26\n", ""),
			want: []at{{lR1, 1, W, "complaint-overdue"}, {lR1, 1, W, "report-overdue"}, {lR1, 1, W, "request-agreed"}}},

		// done-future (issue 19: follow end with a later last day used to mark the renewal
		// check done on that day)
		{name: "milestone done after today", src: e("    rule: first-day\n    done: 2026-11-25\n", "    rule: first-day\n    done: 2026-12-25\n"),
			want: []at{{lM1, 1, W, "done-future"}}},
		{name: "milestone done today", src: e("    rule: first-day\n    done: 2026-11-25\n", "    rule: first-day\n    done: 2026-12-01\n")},

		// milestone-overdue
		{name: "milestone open past the lag", src: e("    rule: first-day\n    done: 2026-11-25\n", "    rule: first-day\n"), today: dates.MustOf(2026, 12, 10),
			want: []at{{lM1, 1, I, "milestone-fulfilled"}, {lM1, 1, W, "milestone-overdue"}}}, // the first-day call fulfils it too
		{name: "milestone open within the lag", src: e("    rule: first-day\n    done: 2026-11-25\n", "    rule: first-day\n"), today: dates.MustOf(2026, 12, 9),
			want: []at{{lM1, 1, I, "milestone-fulfilled"}}},

		// milestone-fulfilled: the visit of 12/2 fulfils M3 (due 12/2), left open; the call
		// of 11/25 does not (M1 of that day is nearer), nor a note of a later day.
		{name: "a visit fulfils an open milestone", src: e("next: 2026-12-02", "next: 2026-12-16") + "\n## 2026-12-03 訪問\n\n- 様子を見に行った。\n\n次回: 2026-12-16\n",
			today: dates.MustOf(2026, 12, 3), want: []at{{lM3, 1, I, "milestone-fulfilled"}}},
		{name: "a visit out of the window fulfils none", src: e("next: 2026-12-02", "next: 2026-12-24") + "\n## 2026-12-10 訪問\n\n- 様子を見に行った。\n\n次回: 2026-12-24\n",
			today: dates.MustOf(2026, 12, 10)},
		{name: "the window off", src: e("next: 2026-12-02", "next: 2026-12-16") + "\n## 2026-12-03 訪問\n\n- 様子を見に行った。\n\n次回: 2026-12-16\n",
			today: dates.MustOf(2026, 12, 3), cfg: func(c *config.Config) { c.MilestoneWindow = dates.Span{} }},

		// visit-next
		{name: "visit without Next:", src: clean + "\n## 2026-11-30 訪問\n\n- 様子を見に行った。\n", want: []at{{lM3, 1, I, "milestone-fulfilled"}, {lEnd + 2, 1, W, "visit-next"}}},
		{name: "ended record: contact before the end without Next:", src: endedWith(t, "## 2026-11-27 訪問\n\n- 最終確認。\n"), want: []at{{lEnd + 4, 1, W, "visit-next"}}}, // ended: adds 2 lines
		{name: "ended record: contact on the last day without Next:", src: endedWith(t, "## 2026-11-30 電話\n\n- 最終日の挨拶。\n")},

		// intent, mood, latest
		{name: "intent and mood lines with latest: kept", src: edit(t, e("tags: [経理]\n", "tags: [経理]\nlatest:\n  contact: 2026-11-25\n  intent: unsure\n  intent_date: 2026-11-25\n  mood: 2\n  mood_date: 2026-11-25\n"),
			"次回: 2026-12-02", "意向: 迷い\n満足度: 2\n\n次回: 2026-12-02")},
		{name: "intent that cannot be read", src: e("次回: 2026-12-02", "意向: たぶん\n\n次回: 2026-12-02"), want: []at{{lNextLine, 1, E, "intent"}}},
		{name: "mood out of range", src: e("次回: 2026-12-02", "満足度: 7\n\n次回: 2026-12-02"), want: []at{{lNextLine, 1, E, "mood"}}},
		{name: "intent in the log, no latest:", src: e("次回: 2026-12-02", "意向: 迷い\n\n次回: 2026-12-02"), want: []at{{1, 1, W, "latest"}}},
		{name: "latest: behind the log", src: edit(t, e("tags: [経理]\n", "tags: [経理]\nlatest:\n  contact: 2026-11-25\n  intent: stay\n  intent_date: 2026-11-25\n"), "next: 2026-12-02", "next: 2026-12-10") + "\n## 2026-11-30 訪問\n\n意向: 終了希望\n\n次回: 2026-12-10\n",
			want: []at{{lM3, 1, I, "milestone-fulfilled"}, {lTags + 1, 1, W, "latest"}}},
		{name: "latest: intent not a code", src: e("tags: [経理]\n", "tags: [経理]\nlatest:\n  contact: 2026-11-25\n  intent: 迷い\n  intent_date: 2026-11-25\n"),
			want: []at{{lTags + 3, 11, E, "type"}, {lTags + 1, 1, W, "latest"}}},

		// stale
		{name: "last contact too old", cfg: func(c *config.Config) { c.Lint.MaxInterval = span(t, "3d") }, want: []at{{lNext, 1, W, "stale"}}},
		{name: "stale turned off", cfg: func(c *config.Config) { c.Lint.MaxInterval = dates.Span{} }, today: dates.MustOf(2027, 1, 1), src: allDone(t)},

		// next-stale
		{name: "next earlier than the latest Next:", src: e("next: 2026-12-02", "next: 2026-12-01"), want: []at{{lNext, 1, W, "next-stale"}}},

		// next-moved: a promise to the staff member is not moved without an entry saying so
		{name: "next later than the latest Next:", src: e("next: 2026-12-02", "next: 2026-12-03"), want: []at{{lNext, 1, W, "next-moved"}}},
		{name: "next moved by a rescheduling entry", src: e("next: 2026-12-02", "next: 2026-12-03") + "\n## 2026-11-27 日程変更\n\n- 本人の都合で1日後ろへ\n\n次回: 2026-12-03\n"},
		{name: "next moved earlier by a rescheduling entry", src: e("next: 2026-12-02", "next: 2026-12-01") + "\n## 2026-11-27 reschedule\n\nNext: 2026-12-01\n", want: []at{{lEnd + 2, 1, W, "mixed-language"}}},
		{name: "a rescheduling entry, next not moved", src: clean + "\n## 2026-11-27 日程変更\n\n次回: 2026-12-03\n", want: []at{{lNext, 1, W, "next-stale"}}},
		// The reproduction of issue 12: two people logged a contact on one day, one kept the
		// agreed 12-02, the other wrote 12-09; a line merge kept next 12-09.
		{name: "the contacts of one day disagree, next the later date", src: edit(t, e("next: 2026-12-02", "next: 2026-12-09"), "## 2026-11-26 完了", "## 2026-11-25 訪問\n\n- 職場で面談\n\n次回: 2026-12-09\n\n## 2026-11-26 完了"),
			want: []at{{lNext, 1, W, "next-moved"}}},
		{name: "the contacts of one day disagree, next the earlier date", src: edit(t, clean, "## 2026-11-26 完了", "## 2026-11-25 訪問\n\n- 職場で面談\n\n次回: 2026-12-09\n\n## 2026-11-26 完了"),
			want: []at{{lNext, 1, W, "next-moved"}}},

		// undeclared-person: only when follow.yaml declares people:, only active records
		{name: "declared people", cfg: declare("森本 彩", "石田 誠")},
		{name: "no people declared: any name", src: e("owner: 森本 彩", "owner: 森本")},
		{name: "manager not declared", cfg: declare("森本 彩"), want: []at{{lOwner + 1, 1, W, "undeclared-person"}}},
		{name: "owner written as the family name", src: e("owner: 森本 彩", "owner: 森本"), cfg: declare("森本 彩", "石田 誠"),
			want: []at{{lOwner, 1, W, "undeclared-person"}}},
		{name: "who of an open milestone", src: e("    rule: week-1\n", "    rule: week-1\n    who: 佐藤\n"), cfg: declare("森本 彩", "石田 誠"),
			want: []at{{lM3, 1, W, "undeclared-person"}}},
		{name: "ended record names anyone", src: endedWith(t, ""), cfg: declare("川口 健太")},

		// privacy
		{name: "My Number", src: clean + "- メモ 1234 5678 9018\n", want: []at{{lEnd + 1, 6, E, "privacy-mynumber"}}},
		{name: "card number", src: clean + "- メモ 4111 1111 1111 1111\n", want: []at{{lEnd + 1, 6, E, "privacy-card"}}},
		{name: "sensitive word", src: clean + "- 本籍の話が出た。\n", want: []at{{lEnd + 1, 3, E, "privacy-sensitive"}}},
		{name: "sensitive word in the front matter", src: e("tags: [経理]", "tags: [経理, 病歴]"), want: []at{{lTags, 12, E, "privacy-sensitive"}}},
		{name: "privacy in a file that is not a record", src: "メモ: 4111-1111-1111-1111\n", want: []at{{1, 1, E, "frontmatter"}, {1, 5, E, "privacy-card"}}},
		{name: "allowed line", src: clean + "- 本籍の話が出た。 <!-- follow:allow -->\n"},

		// file, size (reported by the reader)
		{name: "unreadable file", err: errors.New("open S0001.md: permission denied"), want: []at{{0, 0, E, "file"}}},
		{name: "too large (reader)", err: &record.Error{Path: "S0001.md", Rule: "size", Msg: "too large"}, want: []at{{0, 0, E, "size"}}},
		{name: "not a regular file (reader)", err: &record.Error{Path: "S0001.md", Rule: "file", Msg: "not a regular file"}, want: []at{{0, 0, E, "file"}}},
	}
}

// declare makes follow.yaml declare these people.
func declare(names ...string) func(*config.Config) {
	return func(c *config.Config) {
		c.PeopleSet, c.People = true, nil
		for _, n := range names {
			c.People = append(c.People, people.Person{Name: n})
		}
	}
}

func TestUndeclaredPersonSays(t *testing.T) {
	o := lint.Options{Config: config.Default(), Today: today}
	declare("森本 彩", "森本 健")(o.Config)
	o.Config.People = append(o.Config.People, people.Person{Name: "石田 誠", Reading: "いしだ まこと"})
	src := edit(t, edit(t, clean, "owner: 森本 彩", "owner: 森本"), "manager: 石田 誠", "manager: いしだ")
	fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: []byte(src)}, o)
	var got []string
	for _, f := range fs {
		got = append(got, f.Message)
	}
	want := []string{"owner 森本 is not a person of people: in follow.yaml: it could be 森本 彩 or 森本 健",
		"manager いしだ is not a person of people: in follow.yaml: write the full name 石田 誠"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("messages:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// e2 is edit on clean.
func e2(t testing.TB, old, new string) string { return edit(t, clean, old, new) }

// endedWith is clean ended on 2026-11-30 with more body appended.
func endedWith(t testing.TB, more string) string {
	s := edit(t, clean, "status: active", "status: ended")
	s = edit(t, s, "next: 2026-12-02\n", "ended:\n  date: 2026-11-30\n  reason: 契約満了\n")
	return s + "\n" + more
}

// allDone is clean with every milestone closed.
func allDone(t testing.TB) string {
	s := clean
	for _, old := range []string{"    rule: week-1\n", "    rule: month-1\n", "    rule: month-3\n", "    rule: renewal-intent\n"} {
		s = edit(t, s, old, old+"    done: 2026-11-30\n")
	}
	return s
}

func span(t testing.TB, s string) dates.Span {
	v, err := dates.ParseSpan(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func (c lintCase) run(t testing.TB) []lint.Finding {
	path := c.path
	if path == "" {
		path = "S0001.md"
	}
	src := c.src
	if src == "" && c.err == nil && !c.empty {
		src = clean
	}
	o := lint.Options{Config: config.Default(), Today: today}
	switch {
	case c.noToday:
		o.Today = 0
	case c.today != 0:
		o.Today = c.today
	}
	if c.cfg != nil {
		c.cfg(o.Config)
	}
	fs, _ := lint.Check(lint.File{Path: path, Src: []byte(src), Err: c.err}, o)
	return fs
}

func TestCheck(t *testing.T) {
	for _, c := range lintCases(t) {
		t.Run(c.name, func(t *testing.T) {
			fs := c.run(t)
			lint.Sort(fs)
			want := append([]at{}, c.want...)
			sort.SliceStable(want, func(i, j int) bool {
				if want[i].Line != want[j].Line {
					return want[i].Line < want[j].Line
				}
				if want[i].Col != want[j].Col {
					return want[i].Col < want[j].Col
				}
				return want[i].Rule < want[j].Rule
			})
			got := ats(fs)
			if fmt.Sprint(got) != fmt.Sprint(want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("findings:\n got %v\nwant %v", got, want)
				for _, f := range fs {
					t.Logf("  %s", f)
				}
			}
			path := c.path
			if path == "" {
				path = "S0001.md"
			}
			for _, f := range fs {
				if f.File != path {
					t.Errorf("finding %s: File = %q, want %q", f, f.File, path)
				}
				if strings.TrimSpace(f.Message) == "" {
					t.Errorf("finding %s has no message", f)
				}
			}
		})
	}
}

func TestCheckReturnsTheRecord(t *testing.T) {
	fs, r := lint.Check(lint.File{Path: "S0001.md", Src: []byte(clean)}, lint.Options{Today: today})
	if len(fs) != 0 || r == nil || r.ID != "S0001" {
		t.Fatalf("Check(clean, nil config) = %v, %v", fs, r)
	}
	for _, src := range []string{"", "no front matter\n", edit(t, clean, "- R1", "<<<<<<< ours\n- R1\n>>>>>>> theirs\n- R1")} {
		if _, r := lint.Check(lint.File{Path: "S0001.md", Src: []byte(src)}, lint.Options{}); r != nil {
			t.Errorf("Check(%.20q) returned a record for a file that is not one", src)
		}
	}
	if _, r := lint.Check(lint.File{Path: "S0001.md", Err: errors.New("x")}, lint.Options{}); r != nil {
		t.Error("Check of an unreadable file returned a record")
	}
}

// A file larger than record.MaxSize handed over as bytes is refused by the parser.
func TestCheckTooLargeSource(t *testing.T) {
	if testing.Short() {
		t.Skip("8 MiB")
	}
	src := clean + strings.Repeat("- 行\n", record.MaxSize/len("- 行\n")+1)
	fs, r := lint.Check(lint.File{Path: "S0001.md", Src: []byte(src)}, lint.Options{Today: today})
	if got := ats(fs); fmt.Sprint(got) != fmt.Sprint([]at{{0, 0, E, "size"}}) || r != nil {
		t.Errorf("findings %v, record %v; want one size error", got, r != nil)
	}
}

// A lone CR in the front matter would make YAML count lines differently from follow.
func TestCheckLoneCR(t *testing.T) {
	src := edit(t, clean, "name: 早川 美咲\n", "name: 早川\r美咲\n")
	fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: []byte(src)}, lint.Options{Today: today})
	if got := ats(fs); fmt.Sprint(got) != fmt.Sprint([]at{{3, 9, E, "encoding"}}) {
		t.Errorf("got %v", got)
	}
}

// Check reports every problem, not the first one only.
func TestCheckReportsAllProblems(t *testing.T) {
	s := "\ufeff" + clean                                                // 1 bom (1:1)
	s = edit(t, s, "status: active", "status: paused")                   // 2 status (4:9)
	s = edit(t, s, "manager: 石田 誠", "manager: 石田 誠\nhobby: 釣り")          // 3 unknown-key (7:1); lines below move by one
	s = edit(t, s, "tags: [経理]", "tags: 経理")                             // 4 type (52:7)
	s = edit(t, s, "      until: 2027-02-28", "      until: 2026-11-01") // 5 contract (13:7)
	s = edit(t, s, "## 2026-11-26 完了", "## 2026-11-24 完了")               // 6 order (65:1)
	s = edit(t, s, "次回: 2026-12-02", "次回: 2026/12/02")                   // 7 next (63:1)
	s += "- 本籍の話が出た。\n"                                                  // 8 privacy-sensitive (68:3)
	fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: []byte(s)}, lint.Options{Today: today})
	lint.Sort(fs)
	want := []at{{1, 1, W, "bom"}, {4, 9, E, "status"}, {7, 1, W, "unknown-key"}, {13, 7, E, "contract"},
		{52, 7, E, "type"}, {63, 1, E, "next"}, {65, 1, E, "order"}, {68, 3, E, "privacy-sensitive"}}
	if got := ats(fs); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %d findings %v\nwant 8: %v", len(got), got, want)
	}
	if errs, warns, _ := lint.Count(fs); errs != 6 || warns != 2 {
		t.Errorf("Count = %d errors, %d warnings; want 6, 2", errs, warns)
	}
}

// Every rule Check emits is listed in lint.Rules, and every listed rule but the ones
// reported outside Check is emitted by some case.
func TestCheckEmitsOnlyListedRules(t *testing.T) {
	emitted := map[string]bool{}
	for _, c := range lintCases(t) {
		for _, f := range c.run(t) {
			emitted[f.Rule] = true
		}
	}
	for rule := range emitted {
		if lint.RuleByName(rule) == nil {
			t.Errorf("Check emits rule %q, which lint.Rules does not list", rule)
		}
	}
	notByCheck := map[string]bool{"duplicate-id": true, "merge-driver": true}
	for _, r := range lint.Rules {
		if !emitted[r.Name] && !notByCheck[r.Name] {
			t.Errorf("no case makes Check emit rule %q", r.Name)
		}
	}
}

func TestRules(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range lint.Rules {
		if r.Name == "" || strings.TrimSpace(r.Doc) == "" {
			t.Errorf("rule %+v has no name or no doc", r)
		}
		if r.Name != strings.ToLower(r.Name) || strings.ContainsAny(r.Name, " _") {
			t.Errorf("rule name %q: want lower-case words joined by -", r.Name)
		}
		if seen[r.Name] {
			t.Errorf("rule %q is listed twice", r.Name)
		}
		seen[r.Name] = true
		if r.Severity != lint.Error && r.Severity != lint.Warning && r.Severity != lint.Info {
			t.Errorf("rule %q has severity %q", r.Name, r.Severity)
		}
		if got := lint.RuleByName(r.Name); got == nil || got.Name != r.Name {
			t.Errorf("RuleByName(%q) = %v", r.Name, got)
		}
	}
	if lint.RuleByName("no-such-rule") != nil {
		t.Error("RuleByName of an unknown name is not nil")
	}
	// The rules docs/GUIDE.md and docs/lint-rules.md name, with their severities.
	doc := map[string]string{
		"frontmatter": E, "yaml": E, "encoding": E, "size": E, "file": E, "conflict": E, "bom": W,
		"required": E, "id-filename": E, "duplicate-id": E, "status": E, "date": E, "type": E, "next": E,
		"request": E, "milestone": E, "contract": E, "duty": E, "ended": W, "phone": W, "heading": E, "order": E, "mixed-language": W, "unknown-key": W, "control-char": E,
		"visit-next": W, "next-stale": W, "next-moved": W, "retention": W, "undeclared-person": W, "missing-milestone": W, "report-overdue": W, "request-agreed": W, "milestone-overdue": W, "done-future": W, "stale": W,
		"complaint-notify": W, "complaint-overdue": W, "complaint-received": W, "intent": E, "mood": E, "latest": W,
		"milestone-fulfilled": I,
	}
	for name, sev := range doc {
		r := lint.RuleByName(name)
		if r == nil {
			t.Errorf("the docs name rule %q; lint.Rules does not", name)
		} else if r.Severity != sev {
			t.Errorf("rule %q: severity %s, the docs say %s", name, r.Severity, sev)
		}
	}
}

func TestFindingString(t *testing.T) {
	for _, c := range []struct {
		f    lint.Finding
		want string
	}{
		{lint.Finding{File: "records/S0001.md", Line: 14, Column: 7, Severity: E, Rule: "date", Message: "next: bad"},
			"records/S0001.md:14:7: error: next: bad [date]"},
		{lint.Finding{File: "S0001.md", Line: 0, Column: 0, Severity: E, Rule: "file", Message: "permission denied"},
			"S0001.md:1:1: error: permission denied [file]"},
		{lint.Finding{File: "osaka/S0111.md", Line: 3, Column: 0, Severity: W, Rule: "bom", Message: "m"},
			"osaka/S0111.md:3:1: warning: m [bom]"},
	} {
		if got := c.f.String(); got != c.want {
			t.Errorf("String() = %q, want %q", got, c.want)
		}
	}
	// A real finding prints as the format says.
	fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: []byte(edit(t, clean, "status: active", "status: paused"))}, lint.Options{Today: today})
	if len(fs) != 1 || !strings.HasPrefix(fs[0].String(), "S0001.md:4:9: error: status must be active or ended") || !strings.HasSuffix(fs[0].String(), " [status]") {
		t.Errorf("got %v", fs)
	}
}

func TestDuplicates(t *testing.T) {
	fs := lint.Duplicates(map[string]lint.IDAt{
		"records/S0001.md":       {ID: "S0001", Line: 2},
		"records/osaka/S0001.md": {ID: "S0001", Line: 3},
		"records/copy.md":        {ID: "S0001", Line: 0}, // no id: line: reported on line 1
		"records/S0002.md":       {ID: "S0002", Line: 2},
		"records/empty.md":       {ID: "", Line: 0},
		"records/empty2.md":      {ID: "", Line: 0},
	})
	lint.Sort(fs)
	want := []string{
		"records/S0001.md:2:1: error: staff ID S0001 is also used by records/copy.md, records/osaka/S0001.md [duplicate-id]",
		"records/copy.md:1:1: error: staff ID S0001 is also used by records/S0001.md, records/osaka/S0001.md [duplicate-id]",
		"records/osaka/S0001.md:3:1: error: staff ID S0001 is also used by records/S0001.md, records/copy.md [duplicate-id]",
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// IDs that differ only in letter case collide on case-insensitive file systems.
	fs = lint.Duplicates(map[string]lint.IDAt{"S0001.md": {ID: "S0001", Line: 2}, "s0001.md": {ID: "s0001", Line: 2}})
	lint.Sort(fs)
	if len(fs) != 2 || fs[0].File != "S0001.md" || fs[1].File != "s0001.md" ||
		!strings.Contains(fs[0].Message, "S0001 is also used by s0001.md") || !strings.Contains(fs[1].Message, "s0001 is also used by S0001.md") {
		t.Errorf("case-insensitive duplicates: %v", fs)
	}

	if fs := lint.Duplicates(map[string]lint.IDAt{"a.md": {ID: "A"}, "b.md": {ID: "B"}}); len(fs) != 0 {
		t.Errorf("distinct IDs: %v", fs)
	}
	if fs := lint.Duplicates(nil); len(fs) != 0 {
		t.Errorf("nil: %v", fs)
	}
}

func sample() []lint.Finding {
	return []lint.Finding{
		{File: "b.md", Line: 3, Column: 1, Severity: W, Rule: "bom"},
		{File: "a.md", Line: 10, Column: 1, Severity: E, Rule: "order"},
		{File: "a.md", Line: 2, Column: 5, Severity: W, Rule: "unknown-key"},
		{File: "a.md", Line: 2, Column: 5, Severity: E, Rule: "date"},
		{File: "a.md", Line: 2, Column: 1, Severity: W, Rule: "stale"},
		{File: "a.md", Line: 10, Column: 1, Severity: E, Rule: "heading", Message: "first"},
		{File: "a.md", Line: 10, Column: 1, Severity: E, Rule: "heading", Message: "second"},
	}
}

func TestSort(t *testing.T) {
	fs := sample()
	lint.Sort(fs)
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s:%d:%d:%s%s", f.File, f.Line, f.Column, f.Rule, f.Message))
	}
	want := []string{"a.md:2:1:stale", "a.md:2:5:date", "a.md:2:5:unknown-key", "a.md:10:1:headingfirst", "a.md:10:1:headingsecond", "a.md:10:1:order", "b.md:3:1:bom"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Sort:\n got %v\nwant %v", got, want)
	}
	lint.Sort(nil) // no panic
}

func TestCount(t *testing.T) {
	if e, w, i := lint.Count(sample()); e != 4 || w != 3 || i != 0 {
		t.Errorf("Count = %d, %d, %d; want 4, 3, 0", e, w, i)
	}
	if e, w, i := lint.Count(nil); e != 0 || w != 0 || i != 0 {
		t.Errorf("Count(nil) = %d, %d, %d", e, w, i)
	}
	// An info counts apart, and --strict leaves it an info.
	fs := append(sample(), lint.Finding{Severity: lint.Info, Rule: "milestone-fulfilled"})
	if e, w, i := lint.Count(lint.Apply(fs, nil, true)); e != 7 || w != 0 || i != 1 {
		t.Errorf("strict with an info: %d, %d, %d", e, w, i)
	}
}

func TestApply(t *testing.T) {
	rules := func(fs []lint.Finding) string {
		var s []string
		for _, f := range fs {
			s = append(s, f.Rule+"/"+f.Severity)
		}
		return strings.Join(s, " ")
	}
	if got := rules(lint.Apply(sample(), nil, false)); got != "bom/warning order/error unknown-key/warning date/error stale/warning heading/error heading/error" {
		t.Errorf("nothing: %s", got)
	}
	if got := rules(lint.Apply(sample(), []string{"heading", "bom", "no-such-rule"}, false)); got != "order/error unknown-key/warning date/error stale/warning" {
		t.Errorf("disable: %s", got)
	}
	if got := rules(lint.Apply(sample(), nil, true)); got != "bom/error order/error unknown-key/error date/error stale/error heading/error heading/error" {
		t.Errorf("strict: %s", got)
	}
	if got := rules(lint.Apply(sample(), []string{"stale", "order"}, true)); got != "bom/error unknown-key/error date/error heading/error heading/error" {
		t.Errorf("disable and strict: %s", got)
	}
	if e, w, _ := lint.Count(lint.Apply(sample(), nil, true)); e != 7 || w != 0 {
		t.Errorf("strict leaves %d errors, %d warnings", e, w)
	}
	if got := lint.Apply(nil, []string{"bom"}, true); len(got) != 0 {
		t.Errorf("Apply(nil) = %v", got)
	}
	// Disabling a rule on real findings.
	fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: []byte("\ufeff" + clean)}, lint.Options{Today: today})
	if got := lint.Apply(fs, []string{"bom"}, false); len(got) != 0 {
		t.Errorf("bom disabled: %v", got)
	}
}

// Findings about a record's content point at a line of the file (JSON consumers get the
// line as is; only the text format clamps 0 to 1). A key that is missing is reported on
// line 1, as required and next do.
func TestFindingsPointIntoTheFile(t *testing.T) {
	noMilestones := clean[:strings.Index(clean, "milestones:")] + clean[strings.Index(clean, "requests:"):]
	noNext := edit(t, clean, "next: 2026-12-02\n", "")
	for name, c := range map[string]struct {
		src   string
		today dates.Date
	}{
		"missing-milestone without a milestones key": {noMilestones, today},
		"stale without a next key":                   {noNext, dates.MustOf(2027, 3, 1)},
	} {
		fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: []byte(c.src)}, lint.Options{Today: c.today})
		if len(fs) == 0 {
			t.Errorf("%s: no findings", name)
		}
		for _, f := range fs {
			if f.Line < 1 {
				t.Errorf("%s: finding on line %d: %s", name, f.Line, f)
			}
		}
	}
}

// TestControlCharMessage: the finding names the character as follow shows it, escaped; the
// message itself never carries it.
func TestControlCharMessage(t *testing.T) {
	src := edit(t, clean, "name: 早川 美咲", `name: "早川\e]0;x\a"`)
	src = edit(t, src, "- 初日は部内の挨拶回りまで。", "- 初日は\u202e部内")
	fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: []byte(src)}, lint.Options{Today: today})
	var got []string
	for _, f := range fs {
		if f.Rule == "control-char" {
			got = append(got, f.Message)
		}
	}
	want := []string{
		`name holds the control character \x1b, which a terminal acts on (window title, screen, clipboard): remove it`,
		`the line holds the control character \u202e, which a terminal acts on (window title, screen, clipboard): remove it`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("messages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
