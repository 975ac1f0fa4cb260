package ops

import (
	"testing"
)

func TestLog(t *testing.T) {
	const note = "# 面談メモ\n\n社内の人間関係は良好。\n\n## 近況\n\n- 週末は山登り\n"
	nextLine := `next: "2026-12-01"  # 前回合意`
	for _, c := range []struct {
		name    string
		crlf    bool
		in      LogInput
		golden  string
		changed []string
		want    Logged // Kind, Next, NextMoved
	}{{
		name:   "a note in date order, headings moved down, next moved",
		in:     LogInput{Env: envJA, Date: day("2026-11-20"), Kind: "訪問", Text: note, Next: day("2026-12-18"), MoveNext: true},
		golden: "log-ja", changed: []string{nextLine},
		want: Logged{Kind: "訪問", Next: day("2026-12-18"), NextMoved: true},
	}, {
		name:   "the same with CRLF line ends",
		crlf:   true,
		in:     LogInput{Env: envJA, Date: day("2026-11-20"), Kind: "訪問", Text: note, Next: day("2026-12-18"), MoveNext: true},
		golden: "log-ja", changed: []string{nextLine},
		want: Logged{Kind: "訪問", Next: day("2026-12-18"), NextMoved: true},
	}, {
		name:   "an older note: before the later entry, its next is history",
		in:     LogInput{Env: envEN, Date: day("2026-10-15"), Text: "Lunch with the team.", Next: day("2026-10-29")},
		golden: "log-old",
		want:   Logged{Kind: "note", Next: day("2026-12-01")},
	}, {
		name:   "a next date not later than the record's does not move it",
		in:     LogInput{Env: envJA, Date: day("2026-11-25"), Kind: "call", Text: "電話で様子を確認", Next: day("2026-11-30"), MoveNext: true},
		golden: "log-nextkept",
		want:   Logged{Kind: "電話", Next: day("2026-12-01")},
	}} {
		t.Run(c.name, func(t *testing.T) {
			rec := fixture(t, c.crlf)
			res, err := Log(rec, c.in)
			if err != nil {
				t.Fatal(err)
			}
			nr := edited(t, c.golden, rec, res.Edit, c.changed...)
			if res.Kind != c.want.Kind || res.Next != c.want.Next || res.NextMoved != c.want.NextMoved || res.Duplicate {
				t.Errorf("result %+v, want %+v", res, c.want)
			}
			if nr.Next != res.Next {
				t.Errorf("the record's next is %s, the result says %s", nr.Next, res.Next)
			}
			// Logging it again finds it: in either language, with the note's own line ends.
			for _, env := range []Env{envJA, envEN} {
				in := c.in
				in.Env = env
				again, err := Log(nr, in)
				if err != nil || !again.Duplicate || string(again.Out) != string(nr.Src) {
					t.Errorf("logged again in %s: duplicate %v, %v", env.Lang, again.Duplicate, err)
				}
			}
		})
	}
}

func TestLogNotADuplicate(t *testing.T) {
	rec := fixture(t, false)
	// The entry of 2026-11-10 is a visit with other text.
	for _, in := range []LogInput{
		{Env: envJA, Date: day("2026-11-10"), Kind: "訪問", Text: "### 確認事項\n\n- 請求書発行を担当"},
		{Env: envJA, Date: day("2026-10-01"), Kind: "訪問", Text: "- 初日。問題なし。"}, // the same text, another kind
	} {
		res, err := Log(rec, in)
		if err != nil || res.Duplicate {
			t.Errorf("%s %s: duplicate %v, %v", in.Date, in.Kind, res.Duplicate, err)
		}
	}
	// The same text and kind as the first entry, in the other language: a duplicate.
	res, err := Log(rec, LogInput{Env: envEN, Date: day("2026-10-01"), Kind: "call", Text: "- 初日。問題なし。\n"})
	if err != nil || !res.Duplicate {
		t.Errorf("the call of 2026-10-01 again: duplicate %v, %v", res.Duplicate, err)
	}
}

func TestLogRefused(t *testing.T) {
	rec := fixture(t, false)
	_, err := Log(rec, LogInput{Env: envJA, Date: today, Text: "```\nunclosed\n"})
	refused(t, "unclosed code block", err, "log.text", false)
	_, err = Log(rec, LogInput{Env: envJA, Date: today, Text: "\n\n"})
	refused(t, "nothing", err, "log.empty", false)
}

func TestLogKindWord(t *testing.T) {
	for _, c := range [][3]string{{"", "ja", "メモ"}, {"", "en", "note"}, {"メモ", "en", "note"}, {"Note", "ja", "メモ"},
		{"電話", "en", "call"}, {"面談 記録", "ja", "面談-記録"}} {
		if got := LogKindWord(c[0], c[1]); got != c[2] {
			t.Errorf("LogKindWord(%q, %s) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
