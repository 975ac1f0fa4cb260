package merge_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/merge"
	"github.com/staffnote/follow/pkg/record"
)

// base is the common ancestor of most cases: a record with one call logged.
const base = `---
id: S0001
name: 早川 美咲
status: active
owner: 森本 彩
client: 株式会社ミナト精工
start: 2026-11-25
next: 2026-12-02
milestones:
  - id: M1
    what: 1週間フォロー
    due: 2026-12-02
requests:
  - id: R1
    what: 社員食堂を使えるか
    due: 2026-11-27
tags: [経理]
---

# 早川 美咲

## 2026-11-25 電話

- 初日。

次回: 2026-12-02
`

// rep replaces old, which must occur exactly once in s, by new.
func rep(t testing.TB, s, old, new string) string {
	t.Helper()
	if n := strings.Count(s, old); n != 1 {
		t.Fatalf("rep: %q occurs %d times in\n%s", old, n, s)
	}
	return strings.Replace(s, old, new, 1)
}

// visit is an entry as follow new writes it (it starts with the blank line before it).
func visit(date, kind, fact, next string) string {
	return "\n## " + date + " " + kind + "\n\n- " + fact + "\n\n次回: " + next + "\n"
}

// logged is s with a visit appended and next set to its Next:.
func logged(t testing.TB, s, date, kind, fact, next string) string {
	s = rep(t, s, "\nnext: 2026-12-02\n", "\nnext: "+next+"\n")
	return s + visit(date, kind, fact, next)
}

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

type mergeCase struct {
	name               string
	base, ours, theirs string
	want               string   // exact output; "" to skip
	contains           []string // substrings the output must hold
	conflicts, renamed []string
	kept               string // Result.KeptNext: a disagreement over next settled
}

// mergeNote is the note follow merge adds when contacts of one day disagree on next.
func mergeNote(on, dates, kept string) string {
	return "\n## " + on + " マージ\n\n- 同じ日の連絡で次回の日付が分かれていました（" + dates + "）。約束した日を落とさないよう、早い " + kept +
		" を残しました。遅い日にする場合は日程変更の記録（次回: を添えて）を書いてください。\n\n次回: " + kept + "\n"
}

func mergeCases(t testing.TB) []mergeCase {
	r := func(s, old, new string) string { return rep(t, s, old, new) }
	oursVisit := logged(t, base, "2026-12-04", "電話", "A: 仕訳入力に慣れてきた。", "2026-12-18")
	theirsVisit := logged(t, base, "2026-12-02", "訪問", "B: 残業はほぼない。", "2026-12-16")
	bothVisits := r(base, "next: 2026-12-02\n", "next: 2026-12-18\n") +
		visit("2026-12-02", "訪問", "B: 残業はほぼない。", "2026-12-16") +
		visit("2026-12-04", "電話", "A: 仕訳入力に慣れてきた。", "2026-12-18")
	twoEntries := base + visit("2026-11-27", "電話", "食堂の件を報告。", "2026-12-02")
	agreed := logged(t, base, "2026-12-02", "訪問", "面談。", "2026-12-16") // 12-16 agreed

	// Both add a request R2 and mention it in their visit.
	withR2 := func(what, date, next string) string {
		s := r(base, "    due: 2026-11-27\n", "    due: 2026-11-27\n  - id: R2\n    what: "+what+"\n    due: 2026-12-10\n")
		s = r(s, "next: 2026-12-02\n", "next: "+next+"\n")
		return s + "\n## " + date + " 訪問\n\n### 相談事項\n\n- R2: " + what + "（期限 2026-12-10）\n\n次回: " + next + "\n"
	}
	emptyReqs := r(base, "requests:\n  - id: R1\n    what: 社員食堂を使えるか\n    due: 2026-11-27\n", "requests: []\n")
	addR1 := func(s, what string) string {
		return r(s, "requests: []\n", "requests:\n  - id: R1\n    what: "+what+"\n    due: 2026-12-10\n")
	}
	m2 := func(s, what string) string {
		return r(s, "\nrequests:", "\n  - id: M2\n    what: "+what+"\n    due: 2026-12-25\nrequests:")
	}

	return []mergeCase{
		{name: "nothing changed", base: base, ours: base, theirs: base, want: base},
		{name: "only ours changed", base: base, ours: oursVisit, theirs: base, want: oursVisit},
		{name: "only theirs changed", base: base, ours: base, theirs: theirsVisit, want: theirsVisit},
		{name: "both changed the same way", base: base, ours: oursVisit, theirs: oursVisit, want: oursVisit},

		{name: "visits on different dates, ours later", base: base, ours: oursVisit, theirs: theirsVisit, want: bothVisits},
		{name: "visits on different dates, theirs later", base: base, ours: theirsVisit, theirs: oursVisit, want: bothVisits},
		{name: "visits on the same date with different content", base: base,
			ours:   logged(t, base, "2026-12-02", "訪問", "A: 午前の訪問。", "2026-12-16"),
			theirs: logged(t, base, "2026-12-02", "訪問", "B: 午後の訪問。", "2026-12-17"),
			// Both kept, ours first; they agreed different dates: the earlier holds, with a note.
			want: r(base, "next: 2026-12-02\n", "next: 2026-12-16\n") +
				visit("2026-12-02", "訪問", "A: 午前の訪問。", "2026-12-16") +
				visit("2026-12-02", "訪問", "B: 午後の訪問。", "2026-12-17") +
				mergeNote("2026-12-02", "2026-12-16、2026-12-17", "2026-12-16"),
			kept: "2026-12-16"},

		// The reproduction of issue 12: 12-16 was agreed; on 12-09 one person calls and keeps
		// it, another visits and moves it to 12-24. A line merge of next took 12-24 (only
		// one side changed it) and the promise of 12-16 was gone without a trace.
		{name: "one keeps the agreed date, the other moves it the same day: the promise holds", base: agreed,
			ours:   agreed + visit("2026-12-09", "電話", "A: 予定どおり16日に。", "2026-12-16"),
			theirs: r(agreed, "next: 2026-12-16\n", "next: 2026-12-24\n") + visit("2026-12-09", "訪問", "B: 24日に変更。", "2026-12-24"),
			want: agreed + visit("2026-12-09", "電話", "A: 予定どおり16日に。", "2026-12-16") +
				visit("2026-12-09", "訪問", "B: 24日に変更。", "2026-12-24") +
				mergeNote("2026-12-09", "2026-12-16、2026-12-24", "2026-12-16"),
			kept: "2026-12-16"},
		{name: "the same, sides swapped", base: agreed,
			ours:   r(agreed, "next: 2026-12-16\n", "next: 2026-12-24\n") + visit("2026-12-09", "訪問", "B: 24日に変更。", "2026-12-24"),
			theirs: agreed + visit("2026-12-09", "電話", "A: 予定どおり16日に。", "2026-12-16"),
			want: agreed + visit("2026-12-09", "訪問", "B: 24日に変更。", "2026-12-24") +
				visit("2026-12-09", "電話", "A: 予定どおり16日に。", "2026-12-16") +
				mergeNote("2026-12-09", "2026-12-24、2026-12-16", "2026-12-16"),
			kept: "2026-12-16"},
		{name: "the merge note goes before a later entry", base: agreed,
			ours:   agreed + visit("2026-12-09", "電話", "A", "2026-12-16") + "\n## 2026-12-10 完了\n\n- M1 完了\n",
			theirs: r(agreed, "next: 2026-12-16\n", "next: 2026-12-24\n") + visit("2026-12-09", "訪問", "B", "2026-12-24"),
			want: agreed + visit("2026-12-09", "電話", "A", "2026-12-16") + visit("2026-12-09", "訪問", "B", "2026-12-24") +
				mergeNote("2026-12-09", "2026-12-16、2026-12-24", "2026-12-16") + "\n## 2026-12-10 完了\n\n- M1 完了\n",
			kept: "2026-12-16"},
		{name: "contacts of one day that agree need no note", base: agreed,
			ours:   agreed + visit("2026-12-09", "電話", "A", "2026-12-16"),
			theirs: agreed + visit("2026-12-09", "訪問", "B", "2026-12-16"),
			want:   agreed + visit("2026-12-09", "電話", "A", "2026-12-16") + visit("2026-12-09", "訪問", "B", "2026-12-16")},
		{name: "a later day's contact moves the date: no dispute", base: agreed,
			ours:   agreed + visit("2026-12-09", "電話", "A", "2026-12-16"),
			theirs: r(agreed, "next: 2026-12-16\n", "next: 2026-12-24\n") + visit("2026-12-10", "訪問", "B", "2026-12-24"),
			want:   r(agreed, "next: 2026-12-16\n", "next: 2026-12-24\n") + visit("2026-12-09", "電話", "A", "2026-12-16") + visit("2026-12-10", "訪問", "B", "2026-12-24")},
		{name: "the same visit on both", base: base, ours: theirsVisit, theirs: theirsVisit, want: theirsVisit},
		{name: "a visit older than the base's last entry goes in date order", base: twoEntries,
			ours:   logged(t, twoEntries, "2026-12-04", "電話", "A", "2026-12-18"),
			theirs: r(twoEntries, "\n## 2026-11-27 電話", visit("2026-11-26", "メール", "B", "2026-12-02")+"\n## 2026-11-27 電話"),
			want: r(r(twoEntries, "\n## 2026-11-27 電話", visit("2026-11-26", "メール", "B", "2026-12-02")+"\n## 2026-11-27 電話"), "next: 2026-12-02", "next: 2026-12-18") +
				visit("2026-12-04", "電話", "A", "2026-12-18")},

		{name: "both add request R2: theirs renumbered in the front matter and its entry", base: base,
			ours:   withR2("椅子が低い", "2026-12-04", "2026-12-18"),
			theirs: withR2("PCの動作が遅い", "2026-12-02", "2026-12-16"),
			want: r(r(base, "    due: 2026-11-27\n", "    due: 2026-11-27\n  - id: R2\n    what: 椅子が低い\n    due: 2026-12-10\n  - id: R3\n    what: PCの動作が遅い\n    due: 2026-12-10\n"), "next: 2026-12-02\n", "next: 2026-12-18\n") +
				"\n## 2026-12-02 訪問\n\n### 相談事項\n\n- R3: PCの動作が遅い（期限 2026-12-10）\n\n次回: 2026-12-16\n" +
				"\n## 2026-12-04 訪問\n\n### 相談事項\n\n- R2: 椅子が低い（期限 2026-12-10）\n\n次回: 2026-12-18\n",
			renamed: []string{"R2→R3"}},
		{name: "requests: [] on base, both add R1: one block list, theirs renumbered", base: emptyReqs,
			ours:    addR1(emptyReqs, "椅子が低い"),
			theirs:  addR1(emptyReqs, "PCの動作が遅い"),
			want:    r(emptyReqs, "requests: []\n", "requests:\n  - id: R1\n    what: 椅子が低い\n    due: 2026-12-10\n  - id: R2\n    what: PCの動作が遅い\n    due: 2026-12-10\n"),
			renamed: []string{"R1→R2"}},
		{name: "requests: [] on base and ours, theirs adds", base: emptyReqs, ours: r(emptyReqs, "owner: 森本 彩", "owner: 川口 健太"),
			theirs: addR1(emptyReqs, "PCの動作が遅い"),
			want:   addR1(r(emptyReqs, "owner: 森本 彩", "owner: 川口 健太"), "PCの動作が遅い")},
		{name: "both add the same request", base: base, ours: withR2("椅子が低い", "2026-12-04", "2026-12-18"), theirs: withR2("椅子が低い", "2026-12-04", "2026-12-18"),
			want: withR2("椅子が低い", "2026-12-04", "2026-12-18")},
		{name: "request closed on one side, another added on the other", base: base,
			ours:   r(base, "    due: 2026-11-27\n", "    due: 2026-11-27\n    done: 2026-11-26\n"),
			theirs: withR2("椅子が低い", "2026-12-04", "2026-12-18"),
			want:   r(withR2("椅子が低い", "2026-12-04", "2026-12-18"), "    due: 2026-11-27\n", "    due: 2026-11-27\n    done: 2026-11-26\n")},
		{name: "the same request changed differently: conflict", base: base,
			ours:      r(base, "    due: 2026-11-27\n", "    due: 2026-11-27\n    done: 2026-11-26\n"),
			theirs:    r(base, "    due: 2026-11-27\n", "    due: 2026-11-27\n    done: 2026-11-27\n"),
			contains:  []string{"<<<<<<< ours\n  - id: R1\n    what: 社員食堂を使えるか\n    due: 2026-11-27\n    done: 2026-11-26\n=======\n  - id: R1\n    what: 社員食堂を使えるか\n    due: 2026-11-27\n    done: 2026-11-27\n>>>>>>> theirs\n"},
			conflicts: []string{"item requests R1"}},

		{name: "different keys changed", base: base,
			ours:   r(base, "client: 株式会社ミナト精工", "client: 株式会社ミナト精工 本社"),
			theirs: r(base, "tags: [経理]", "tags: [経理, 初回契約]"),
			want:   r(r(base, "client: 株式会社ミナト精工", "client: 株式会社ミナト精工 本社"), "tags: [経理]", "tags: [経理, 初回契約]")},
		{name: "a key added on each side", base: base,
			ours:   r(base, "client: 株式会社ミナト精工\n", "client: 株式会社ミナト精工\nmanager: 石田 誠\n"),
			theirs: r(base, "tags: [経理]\n", "tags: [経理]\nkana: はやかわ みさき\n"),
			want:   r(r(base, "client: 株式会社ミナト精工\n", "client: 株式会社ミナト精工\nmanager: 石田 誠\n"), "tags: [経理]\n", "tags: [経理]\nkana: はやかわ みさき\n")},
		{name: "a key deleted on one side", base: base, ours: r(base, "client: 株式会社ミナト精工\n", ""), theirs: r(base, "tags: [経理]", "tags: [経理, 初回契約]"),
			want: r(r(base, "client: 株式会社ミナト精工\n", ""), "tags: [経理]", "tags: [経理, 初回契約]")},
		{name: "owner changed differently: conflict", base: base,
			ours:      r(base, "owner: 森本 彩", "owner: 高橋"),
			theirs:    r(base, "owner: 森本 彩", "owner: 田中"),
			want:      r(base, "owner: 森本 彩\n", "<<<<<<< ours\nowner: 高橋\n=======\nowner: 田中\n>>>>>>> theirs\n"),
			conflicts: []string{"key owner"}},
		{name: "owner conflict and visits on both sides", base: base,
			ours:      r(oursVisit, "owner: 森本 彩", "owner: 高橋"),
			theirs:    r(theirsVisit, "owner: 森本 彩", "owner: 田中"),
			contains:  []string{"<<<<<<< ours\nowner: 高橋\n=======\nowner: 田中\n>>>>>>> theirs\n", "## 2026-12-02 訪問", "## 2026-12-04 電話"},
			conflicts: []string{"key owner"}},

		{name: "next follows the latest visit though ours set next later", base: base,
			ours:   r(oursVisit, "next: 2026-12-18", "next: 2026-12-19"),
			theirs: logged(t, base, "2026-12-09", "訪問", "B", "2026-12-23"),
			want: r(base, "next: 2026-12-02\n", "next: 2026-12-23\n") +
				visit("2026-12-04", "電話", "A: 仕訳入力に慣れてきた。", "2026-12-18") + visit("2026-12-09", "訪問", "B", "2026-12-23")},

		{name: "CRLF", base: crlf(base), ours: crlf(oursVisit), theirs: crlf(theirsVisit), want: crlf(bothVisits)},
		{name: "CRLF ours, LF theirs and base", base: base, ours: crlf(oursVisit), theirs: theirsVisit, want: crlf(bothVisits)},
		{name: "LF ours, CRLF theirs", base: base, ours: oursVisit, theirs: crlf(theirsVisit), want: bothVisits},
		{name: "BOM", base: "\ufeff" + base, ours: "\ufeff" + oursVisit, theirs: "\ufeff" + theirsVisit, want: "\ufeff" + bothVisits},
		{name: "BOM and CRLF", base: "\ufeff" + crlf(base), ours: "\ufeff" + crlf(oursVisit), theirs: "\ufeff" + crlf(theirsVisit), want: "\ufeff" + crlf(bothVisits)},

		{name: "ours deleted an entry theirs kept", base: twoEntries, ours: base, theirs: twoEntries, want: base},
		{name: "theirs deleted an entry ours kept", base: twoEntries, ours: twoEntries, theirs: base, want: base},
		{name: "ours deleted an entry theirs kept, both added visits", base: twoEntries, ours: logged(t, base, "2026-12-04", "電話", "A", "2026-12-18"),
			theirs: logged(t, twoEntries, "2026-12-02", "訪問", "B", "2026-12-16"),
			want:   rep(t, base, "next: 2026-12-02", "next: 2026-12-18") + visit("2026-12-02", "訪問", "B", "2026-12-16") + visit("2026-12-04", "電話", "A", "2026-12-18")},
		{name: "ours deleted an entry theirs changed: conflict", base: twoEntries, ours: base,
			theirs:    rep(t, twoEntries, "食堂の件を報告。", "食堂の件を報告。本人も納得。"),
			contains:  []string{"<<<<<<< ours\n=======\n## 2026-11-27 電話\n\n- 食堂の件を報告。本人も納得。\n"},
			conflicts: []string{"entry ## 2026-11-27 電話"}},
		{name: "the same entry changed differently: conflict", base: base,
			ours:      rep(t, base, "- 初日。", "- 初日。挨拶回り。"),
			theirs:    rep(t, base, "- 初日。", "- 初日。ログイン設定。"),
			contains:  []string{"<<<<<<< ours\n## 2026-11-25 電話\n\n- 初日。挨拶回り。\n"},
			conflicts: []string{"entry ## 2026-11-25 電話"}},

		{name: "preamble changed on one side", base: base,
			ours:   rep(t, base, "# 早川 美咲\n", "# 早川 美咲\n\n経理経験5年。週末は柴犬の散歩。\n"),
			theirs: theirsVisit,
			want:   rep(t, theirsVisit, "# 早川 美咲\n", "# 早川 美咲\n\n経理経験5年。週末は柴犬の散歩。\n")},
		{name: "preamble changed differently: conflict", base: base,
			ours: rep(t, base, "# 早川 美咲\n", "# 早川 美咲（A）\n"), theirs: rep(t, base, "# 早川 美咲\n", "# 早川 美咲（B）\n"),
			conflicts: []string{"preamble "}},
		{name: "front matter comment changed differently: conflict", base: rep(t, base, "---\nid:", "---\n# note\nid:"),
			ours: rep(t, base, "---\nid:", "---\n# note A\nid:"), theirs: rep(t, base, "---\nid:", "---\n# note B\nid:"),
			conflicts: []string{"lead "}},

		{name: "milestone done on one side, another added on the other", base: base,
			ours:   rep(t, base, "    due: 2026-12-02\n", "    due: 2026-12-02\n    done: 2026-12-02\n"),
			theirs: m2(base, "1ヶ月フォロー"),
			want:   m2(rep(t, base, "    due: 2026-12-02\n", "    due: 2026-12-02\n    done: 2026-12-02\n"), "1ヶ月フォロー")},
		{name: "milestone fulfilled on both sides: the earlier date", base: base,
			ours:   rep(t, base, "    due: 2026-12-02\n", "    due: 2026-12-02\n    done: 2026-12-03\n"),
			theirs: rep(t, base, "    due: 2026-12-02\n", "    due: 2026-12-02\n    done: 2026-12-01\n"),
			want:   rep(t, base, "    due: 2026-12-02\n", "    due: 2026-12-02\n    done: 2026-12-01\n")},
		{name: "milestone done on both sides, one with a note: conflict", base: base,
			ours:      rep(t, base, "    due: 2026-12-02\n", "    due: 2026-12-02\n    done: 2026-12-03\n    note: x\n"),
			theirs:    rep(t, base, "    due: 2026-12-02\n", "    due: 2026-12-02\n    done: 2026-12-01\n"),
			conflicts: []string{"item milestones M1"}},
		{name: "both add milestone M2: theirs renumbered", base: base, ours: m2(base, "1ヶ月フォロー"), theirs: m2(base, "面談"),
			want:    rep(t, m2(base, "1ヶ月フォロー"), "    due: 2026-12-25\n", "    due: 2026-12-25\n  - id: M3\n    what: 面談\n    due: 2026-12-25\n"),
			renamed: []string{"M2→M3"}},
		{name: "milestone list indented differently on theirs", base: base, ours: m2(base, "1ヶ月フォロー"),
			theirs:   rep(t, rep(t, rep(t, m2(base, "面談"), "  - id: M1", "- id: M1"), "    what: 1週間フォロー\n    due: 2026-12-02\n", "  what: 1週間フォロー\n  due: 2026-12-02\n"), "  - id: M2\n    what: 面談\n    due: 2026-12-25\n", "- id: M2\n  what: 面談\n  due: 2026-12-25\n"),
			contains: []string{"  - id: M3\n    what: 面談\n    due: 2026-12-25\n"},
			renamed:  []string{"M2→M3"}},
	}
}

func run(t testing.TB, c mergeCase) *merge.Result {
	t.Helper()
	res, err := merge.Merge("S0001.md", []byte(c.base), []byte(c.ours), []byte(c.theirs))
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	return res
}

func TestMerge(t *testing.T) {
	for _, c := range mergeCases(t) {
		t.Run(c.name, func(t *testing.T) {
			res := run(t, c)
			out := string(res.Out)
			if c.want != "" && out != c.want {
				t.Errorf("output:\n%s\nwant:\n%s\ndiff: %s", out, c.want, firstDiff(out, c.want))
			}
			for _, s := range c.contains {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
			if strings.Join(conflictNames(res), "|") != strings.Join(c.conflicts, "|") {
				t.Errorf("Conflicts = %q, want %q", res.Conflicts, c.conflicts)
			}
			if strings.Join(res.Renamed, "|") != strings.Join(c.renamed, "|") {
				t.Errorf("Renamed = %q, want %q", res.Renamed, c.renamed)
			}
			if kept := res.KeptNext.String(); res.KeptNext.IsZero() && c.kept != "" || !res.KeptNext.IsZero() && kept != c.kept {
				t.Errorf("KeptNext = %v, want %q", res.KeptNext, c.kept)
			}
			if len(c.conflicts) > 0 {
				if !strings.Contains(out, "<<<<<<< ours\n") && !strings.Contains(out, "<<<<<<< ours\r\n") {
					t.Errorf("conflict without markers:\n%s", out)
				}
				// A conflicted result never passes for a record.
				_, err := record.Parse("S0001.md", res.Out)
				var e *record.Error
				if !errors.As(err, &e) || e.Rule != "conflict" {
					t.Errorf("Parse of a conflicted result: %v; want a conflict error", err)
				}
				fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: res.Out}, lint.Options{})
				if !hasRule(fs, "conflict") {
					t.Errorf("lint of a conflicted result: %v", fs)
				}
				return
			}
			// A clean merge is a sound record, and as consistent as its sides: no entry out of
			// order, next where the latest visit put it.
			r, err := record.Parse("S0001.md", res.Out)
			if err != nil {
				t.Fatalf("clean merge does not parse: %v\n%s", err, out)
			}
			if err := r.Broken(); err != nil {
				t.Errorf("clean merge is broken: %v", err)
			}
			fs, _ := lint.Check(lint.File{Path: "S0001.md", Src: res.Out}, lint.Options{Today: dates.MustOf(2026, 12, 1)})
			for _, f := range fs {
				switch f.Rule {
				case "order", "next-stale", "next-moved", "heading", "request", "milestone", "yaml", "mixed-language":
					t.Errorf("lint of the merge: %s", f)
				}
			}
		})
	}
}

func hasRule(fs []lint.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(i-40, 0)
	return "at byte " + strconv.Itoa(i) + ": got …" + quoteTail(a, lo, i) + " want …" + quoteTail(b, lo, i)
}

func quoteTail(s string, lo, i int) string {
	hi := min(i+40, len(s))
	if lo > len(s) {
		return `""`
	}
	return "\"" + strings.ReplaceAll(s[lo:hi], "\n", `\n`) + "\""
}

// conflictNames are the conflicts of res as "code name", for the cases.
func conflictNames(res *merge.Result) []string {
	var out []string
	for _, c := range res.Conflicts {
		out = append(out, c.Code+" "+c.Name)
	}
	return out
}

func TestMergeRefusesWhatIsNotARecord(t *testing.T) {
	bad := []byte("no front matter\n")
	for i, args := range [][3][]byte{{bad, []byte(base), []byte(base)}, {[]byte(base), bad, []byte(base)}, {[]byte(base), []byte(base), bad}} {
		res, err := merge.Merge("S0001.md", args[0], args[1], args[2])
		var e *record.Error
		if !errors.As(err, &e) || res != nil {
			t.Errorf("side %d not a record: %v, %v", i, res, err)
		}
	}
}

// ---- properties on the sample records -------------------------------------------------------

// sampleRecords returns the sample records of the repository.
func sampleRecords(t testing.TB) map[string][]byte {
	t.Helper()
	root := filepath.Join("..", "..", "records")
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") || strings.EqualFold(d.Name(), "README.md") {
			return err
		}
		b, err := os.ReadFile(p)
		out[p] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("no sample records")
	}
	return out
}

// withoutLastEntry removes the last entry of a record's body.
func withoutLastEntry(t testing.TB, path string, src []byte) []byte {
	t.Helper()
	r, err := record.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	es, _ := r.Entries()
	if len(es) == 0 {
		return src
	}
	last := es[len(es)-1]
	out := append([]byte{}, src[:last.Start]...)
	out = bytes.TrimRight(out, "\n")
	return append(out, '\n')
}

func TestMergeOneSideIsThatSide(t *testing.T) {
	for path, x := range sampleRecords(t) {
		o := withoutLastEntry(t, path, x)
		for _, v := range []struct {
			name string
			x, o []byte
		}{{"", x, o}, {" CRLF", []byte(crlf(string(x))), []byte(crlf(string(o)))}, {" BOM", append([]byte("\ufeff"), x...), append([]byte("\ufeff"), o...)}} {
			res, err := merge.Merge(path, v.o, v.x, v.o)
			if err != nil {
				t.Fatalf("%s%s: %v", path, v.name, err)
			}
			if !bytes.Equal(res.Out, v.x) {
				t.Errorf("%s%s: Merge(base, x, base) != x: %s", path, v.name, firstDiff(string(res.Out), string(v.x)))
			}
			res, err = merge.Merge(path, v.o, v.o, v.x)
			if err != nil {
				t.Fatalf("%s%s: %v", path, v.name, err)
			}
			if !bytes.Equal(res.Out, v.x) {
				t.Errorf("%s%s: Merge(base, base, x) != x: %s", path, v.name, firstDiff(string(res.Out), string(v.x)))
			}
			// And merging a record with itself changes nothing.
			if res, _ := merge.Merge(path, v.x, v.x, v.x); !bytes.Equal(res.Out, v.x) {
				t.Errorf("%s%s: Merge(x, x, x) != x: %s", path, v.name, firstDiff(string(res.Out), string(v.x)))
			}
			if res, _ := merge.Merge(path, v.o, v.x, v.x); !bytes.Equal(res.Out, v.x) {
				t.Errorf("%s%s: Merge(base, x, x) != x: %s", path, v.name, firstDiff(string(res.Out), string(v.x)))
			}
		}
	}
}

// ---- fuzzing ----------------------------------------------------------------------------------

func FuzzMerge(f *testing.F) {
	for _, c := range mergeCases(f) {
		f.Add([]byte(c.base), []byte(c.ours), []byte(c.theirs))
	}
	for path, x := range sampleRecords(f) {
		o := withoutLastEntry(f, path, x)
		f.Add(o, x, o)
		f.Add(o, o, x)
	}
	f.Fuzz(func(t *testing.T, b, o, th []byte) {
		sound := true
		for _, s := range [][]byte{b, o, th} {
			r, err := record.Parse("S0001.md", s)
			if err != nil {
				return
			}
			sound = sound && r.Broken() == nil
		}
		res, err := merge.Merge("S0001.md", b, o, th)
		if err != nil {
			return // the caller falls back to a line merge
		}
		if len(res.Conflicts) > 0 {
			return
		}
		r, err := record.Parse("S0001.md", res.Out)
		if err == nil && sound {
			err = r.Broken() // three sound records merge into a sound one
		}
		if err != nil {
			t.Fatalf("clean merge is not a sound record: %v\nbase:\n%s\nours:\n%s\ntheirs:\n%s\nout:\n%s", err, b, o, th, res.Out)
		}
	})
}

// ---- bugs -------------------------------------------------------------------------------------

// When ours only logs a visit after the last entry and theirs corrects a word in that last
// entry, the two changes do not touch each other: the only difference between ours' copy of
// the entry and the base's is the blank line that separates it from the new visit.
func TestMergeLastEntryEditedWhileTheOtherSideAppends(t *testing.T) {
	ours := logged(t, base, "2026-12-04", "電話", "A", "2026-12-18")
	theirs := rep(t, base, "- 初日。", "- 初日。挨拶回り。")
	res := run(t, mergeCase{base: base, ours: ours, theirs: theirs})
	want := rep(t, ours, "- 初日。", "- 初日。挨拶回り。")
	if len(res.Conflicts) > 0 || string(res.Out) != want {
		t.Errorf("conflicts %q, output:\n%s\nwant:\n%s", res.Conflicts, res.Out, want)
	}
	// And the other way round.
	res = run(t, mergeCase{base: base, ours: theirs, theirs: ours})
	if len(res.Conflicts) > 0 || string(res.Out) != want {
		t.Errorf("reversed: conflicts %q, output:\n%s\nwant:\n%s", res.Conflicts, res.Out, want)
	}
}

// next is only moved by the merge when both sides moved it (both logged a visit). A next
// that neither side touched stays, even when it is later than the latest visit's Next:
// (postponed by hand: lint asks for a rescheduling entry, next-moved; the merge leaves it).
func TestMergeKeepsNextNeitherSideChanged(t *testing.T) {
	b := rep(t, base, "next: 2026-12-02", "next: 2026-12-20 # 本人の希望で延期")
	ours := rep(t, b, "owner: 森本 彩", "owner: 川口 健太")
	theirs := rep(t, b, "tags: [経理]", "tags: [経理, 初回契約]")
	res := run(t, mergeCase{base: b, ours: ours, theirs: theirs})
	want := rep(t, ours, "tags: [経理]", "tags: [経理, 初回契約]")
	if string(res.Out) != want {
		t.Errorf("next moved though neither side changed it: %s", firstDiff(string(res.Out), want))
	}
	// Merge(base, x, base) must be x.
	res = run(t, mergeCase{base: base, ours: b, theirs: base})
	if string(res.Out) != b {
		t.Errorf("Merge(base, x, base) != x: %s", firstDiff(string(res.Out), b))
	}
}

// A key ours deleted and theirs changed is a conflict (as for entries and list items), not
// a silent deletion of theirs' change.
func TestMergeKeyDeletedOnOneSideChangedOnTheOther(t *testing.T) {
	ours := rep(t, base, "client: 株式会社ミナト精工\n", "")
	theirs := rep(t, base, "client: 株式会社ミナト精工", "client: 株式会社ミナト精工 川崎工場")
	res := run(t, mergeCase{base: base, ours: ours, theirs: theirs})
	if len(res.Conflicts) == 0 && !strings.Contains(string(res.Out), "川崎工場") {
		t.Errorf("theirs' change to client was dropped without a conflict:\n%s", res.Out)
	}
}

// Milestones need no id (FORMAT.md: id "no (but see below)"); items without one must not
// crash the merge nor lose a change.
func TestMergeItemsWithoutID(t *testing.T) {
	noID := func(s, what, due string) string {
		return rep(t, s, "\nrequests:", "\n  - what: "+what+"\n    due: "+due+"\nrequests:")
	}
	t.Run("both add one", func(t *testing.T) {
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("Merge panicked: %v", p)
			}
		}()
		res := run(t, mergeCase{base: base, ours: noID(base, "面談A", "2026-12-20"), theirs: noID(base, "面談B", "2026-12-21")})
		if len(res.Conflicts) == 0 && (!strings.Contains(string(res.Out), "面談A") || !strings.Contains(string(res.Out), "面談B")) {
			t.Errorf("an item was lost:\n%s", res.Out)
		}
	})
	t.Run("theirs closes one of two", func(t *testing.T) {
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("Merge panicked: %v", p)
			}
		}()
		b := noID(noID(base, "面談A", "2026-12-20"), "面談B", "2026-12-21")
		ours := rep(t, b, "owner: 森本 彩", "owner: 川口 健太")
		theirs := rep(t, b, "  - what: 面談A\n    due: 2026-12-20\n", "  - what: 面談A\n    due: 2026-12-20\n    done: 2026-12-20\n")
		res := run(t, mergeCase{base: b, ours: ours, theirs: theirs})
		want := rep(t, theirs, "owner: 森本 彩", "owner: 川口 健太")
		if string(res.Out) != want {
			t.Errorf("conflicts %q, %s", res.Conflicts, firstDiff(string(res.Out), want))
		}
	})
}

// A merge changes what the sides changed and keeps the rest of the file as people wrote it,
// also when that is not follow fmt's canonical layout: here ours logs a visit and theirs
// changes tags, and the untouched entries must keep their bytes.
func TestMergeKeepsHandLayout(t *testing.T) {
	two := base + visit("2026-11-27", "電話", "食堂の件を報告。", "2026-12-02")
	for name, b := range map[string]string{
		"two blank lines between entries": rep(t, two, "\n\n## 2026-11-27", "\n\n\n## 2026-11-27"),
		"no blank line before a heading":  rep(t, two, "\n\n## 2026-11-27", "\n## 2026-11-27"),
		"front matter closed with ...":    rep(t, two, "\n---\n\n#", "\n...\n\n#"),
		"no final newline":                strings.TrimSuffix(two, "\n"),
		"trailing blank lines":            two + "\n\n",
	} {
		ours := strings.TrimRight(b, "\n") + "\n" + visit("2026-12-04", "電話", "A", "2026-12-18")
		ours = rep(t, ours, "next: 2026-12-02", "next: 2026-12-18")
		theirs := rep(t, b, "tags: [経理]", "tags: [経理, 初回契約]")
		want := rep(t, ours, "tags: [経理]", "tags: [経理, 初回契約]")
		res := run(t, mergeCase{base: b, ours: ours, theirs: theirs})
		if len(res.Conflicts) > 0 || string(res.Out) != want {
			t.Errorf("%s: conflicts %q, %s", name, res.Conflicts, firstDiff(string(res.Out), want))
		}
	}
}

// Both sides moved next by hand (postponed) without logging a visit: the merge must not
// put back the base's date, which neither side wants. A conflict on next is the honest
// answer (or one of the two dates).
func TestMergeNextMovedByHandOnBothSides(t *testing.T) {
	ours := rep(t, base, "next: 2026-12-02", "next: 2026-12-03")
	theirs := rep(t, base, "next: 2026-12-02", "next: 2026-12-04")
	res := run(t, mergeCase{base: base, ours: ours, theirs: theirs})
	out := string(res.Out)
	if len(res.Conflicts) == 0 && !strings.Contains(out, "\nnext: 2026-12-03\n") && !strings.Contains(out, "\nnext: 2026-12-04\n") {
		t.Errorf("next is neither side's: conflicts %q\n%s", res.Conflicts, out)
	}
}

// A clean merge is a record. When the sides indent the front matter differently, taking a
// block from each gives YAML that does not parse; Merge must then report a conflict or an
// error (the caller falls back to a line merge), never a broken file as clean.
func TestMergeSidesIndentedDifferently(t *testing.T) {
	indent := func(s string) string {
		fm, body, _ := strings.Cut(strings.TrimPrefix(s, "---\n"), "\n---\n")
		return "---\n  " + strings.ReplaceAll(fm, "\n", "\n  ") + "\n---\n" + body
	}
	theirs := rep(t, indent(base), "  owner: 森本 彩", "  owner: 川口 健太")
	if _, err := record.Parse("S0001.md", []byte(theirs)); err != nil {
		t.Fatalf("theirs: %v", err)
	}
	ours := rep(t, base, "client: 株式会社ミナト精工\n", "client: 株式会社ミナト精工\nmanager: 石田 誠\n")
	res, err := merge.Merge("S0001.md", []byte(base), []byte(ours), []byte(theirs))
	if err != nil || len(res.Conflicts) > 0 {
		return
	}
	r, err := record.Parse("S0001.md", res.Out)
	if err == nil {
		err = r.Broken()
	}
	if err != nil || r.Owner != "川口 健太" || r.Manager != "石田 誠" || r.Start.IsZero() || len(r.Requests) != 1 {
		t.Errorf("clean merge is not the sound record both sides make: %v\n%s", err, res.Out)
	}
}

// The merge note is written in the record's language: an English record gets an English
// note (issue 12: one language per record, the merge driver included).
func TestMergeNoteInTheRecordsLanguage(t *testing.T) {
	en := strings.NewReplacer("次回:", "Next:", "電話", "call", "訪問", "visit")
	agreed := en.Replace(logged(t, base, "2026-12-02", "訪問", "met", "2026-12-16"))
	ours := agreed + en.Replace(visit("2026-12-09", "電話", "A: keeps the 16th", "2026-12-16"))
	theirs := rep(t, agreed, "next: 2026-12-16\n", "next: 2026-12-24\n") + en.Replace(visit("2026-12-09", "訪問", "B: moved to the 24th", "2026-12-24"))
	res := run(t, mergeCase{base: agreed, ours: ours, theirs: theirs})
	want := ours + "\n## 2026-12-09 visit\n\n- B: moved to the 24th\n\nNext: 2026-12-24\n" +
		"\n## 2026-12-09 merge\n\n- The contacts of this day agreed different next dates (2026-12-16, 2026-12-24): the earliest, 2026-12-16, is kept so that no promise is dropped. If a later one holds, log a reschedule entry with its Next: line.\n\nNext: 2026-12-16\n"
	if string(res.Out) != want {
		t.Errorf("output:\n%s\nwant:\n%s\ndiff: %s", res.Out, want, firstDiff(string(res.Out), want))
	}
	r, err := record.Parse("S0001.md", res.Out)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, mixed := r.Mixed(); mixed {
		t.Errorf("the merge mixed the record's languages:\n%s", res.Out)
	}
}

// When the merge moves next to the date a Next: line promised, the time and place come
// with it: those merged from the side whose date lost belonged to that date.
func TestMergeNextTakesTheTimeAndPlaceOfItsLine(t *testing.T) {
	agreed := logged(t, base, "2026-12-02", "訪問", "面談", "2026-12-16")
	withAt := func(s, next, at, place string) string {
		return rep(t, s, "next: 2026-12-16\n", "next: "+next+"\nnext_at: \""+at+"\"\nnext_place: "+place+"\n")
	}
	for _, c := range []struct {
		name, ours, theirs string
		want               []string // lines of the merged front matter
		not                []string
	}{
		{
			name:   "the kept date had no time",
			ours:   agreed + visit("2026-12-09", "電話", "A: 16日のまま", "2026-12-16"),
			theirs: withAt(agreed, "2026-12-24", "15:00", "休憩室") + visit("2026-12-09", "訪問", "B: 24日に変更", "2026-12-24 15:00 休憩室"),
			want:   []string{"\nnext: 2026-12-16\n"},
			not:    []string{"next_at:", "next_place:"},
		},
		{
			name:   "the kept date had its own",
			ours:   agreed + visit("2026-12-09", "電話", "A: 16日のまま", "2026-12-16 10:00 会議室B"),
			theirs: withAt(agreed, "2026-12-24", "15:00", "休憩室") + visit("2026-12-09", "訪問", "B: 24日に変更", "2026-12-24 15:00 休憩室"),
			want:   []string{"\nnext: 2026-12-16\n", "\nnext_at: \"10:00\"\n", "\nnext_place: 会議室B\n"},
			not:    []string{"休憩室\n---"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := run(t, mergeCase{base: agreed, ours: c.ours, theirs: c.theirs})
			fm := string(res.Out[:bytes.Index(res.Out, []byte("\n---\n"))+5])
			for _, w := range c.want {
				if !strings.Contains(fm, w) {
					t.Errorf("the front matter lacks %q:\n%s", w, fm)
				}
			}
			for _, w := range c.not {
				if strings.Contains(fm, w) {
					t.Errorf("the front matter holds %q:\n%s", w, fm)
				}
			}
			r, err := record.Parse("S0001.md", res.Out)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Broken(); err != nil {
				t.Errorf("the merged record is broken: %v", err)
			}
			if a := r.Appointment(); r.Next.String() != "2026-12-16" || (a == nil) != (c.name == "the kept date had no time") {
				t.Errorf("next %v, appointment %v", r.Next, a)
			}
		})
	}
}
