package brief

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// TestQuote: what an opener quotes of a note (issue 14: openers that read as natural
// Japanese).
func TestQuote(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
		topic            bool // want a topic
	}{
		// S0101: the note's own とのこと and its 。 were quoted before the question's own とのこと.
		{"trailing とのこと and 。 dropped", "緊張したが、隣の席の方が親切で安心したとのこと。", "緊張したが、隣の席の方が親切で安心した", false},
		{"とのことでした dropped", "パン教室を探しているとのことでした。", "パン教室を探している", false},
		{"とのこと before （笑）", "初日は2万歩を超えたとのこと（笑）。", "初日は2万歩を超えた（笑）", false},
		{"the coordinator's plan for next time dropped", "週末は柴犬の「こむぎ」と河川敷を散歩するのが一番の楽しみ。 次回、こむぎの近況から話を始める。",
			"週末は柴犬の『こむぎ』と河川敷を散歩するのが一番の楽しみ", false},
		{"two sentences that fit", "通勤は電車で約40分。初日は予定より15分早く着いた。", "通勤は電車で約40分。初日は予定より15分早く着いた", false},
		// S0109: a question and its answer is reduced to its topic.
		{"question and answer: the topic", "前回お話の大根と白菜、その後どうですか → 白菜がきれいに巻いてきた。年末に収穫予定。", "大根と白菜", true},
		{"どうでしたか", "前回お話の新人戦、どうでしたか → 地区大会ベスト8。", "新人戦", true},
		{"an arrow without a question is a note", "トマトは順調 → 秋冬野菜も計画中。", "トマトは順調 → 秋冬野菜も計画中", false},
		{"前回お話の at the start is dropped", "前回お話のベスト8のあと、息子さんは部活がお休みに。", "ベスト8のあと、息子さんは部活がお休みに", false},
		{"a long note is cut at a sentence end", "入出庫データの入力と在庫照合。倉庫内の移動が多く、初日は2万歩を超え、足が棒のようになったとのこと。",
			"入出庫データの入力と在庫照合", false},
		{"a long sentence is cut at a comma", "一人で不具合票を起票できるようになり、宮本さんからも書き方が丁寧で読みやすいと評価され、チームの見本として使われている。",
			"一人で不具合票を起票できるようになり…", false},
		{"English: the final stop dropped", "Started a pottery class. Loves it.", "Started a pottery class. Loves it", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			q, topic, ok := Quote(c.text)
			if !ok || q != c.want || topic != c.topic {
				t.Errorf("Quote(%q) = %q, %v, %v; want %q, %v", c.text, q, topic, ok, c.want, c.topic)
			}
		})
	}
}

// TestQuoteProcedural: the coordinator's steps give no opener (issue 14: S0109's brief
// opened with 「更新の意向を確認（M9）: …」).
func TestQuoteProcedural(t *testing.T) {
	for _, text := range []string{
		"更新の意向を確認（M9）: 継続を希望。経理課では 2027-01-03 までしか就業できないことを改めて説明した。",
		"更新の意向を確認: 本人・派遣先とも継続希望（3ヶ月）。",
		"2回目の更新の意向を確認: 本人・派遣先とも継続希望。",
		"雇用安定措置として、派遣先での直接雇用の依頼と、別の組織単位（財務課）での受け入れを打診する方針で合意。",
		"R1 のロッカー（12番）の件を報告。本人も使い始めている。",
		"個人単位の抵触日は 2027-01-04 になることを本人・原田さんと確認。",
		"次回は釣果を聞く。",
		"12/7 に電話で途中経過を伝える約束。",
		"[x] 通勤には慣れましたか？ 乗換えにも慣れた",
		"[ ] 仕事の量や残業はいかがですか？",
		"Checked the renewal intent (M4): wants to stay.",
		"",
	} {
		if q, _, ok := Quote(text); ok {
			t.Errorf("Quote(%q) = %q, want no opener", text, q)
		}
	}
}

// TestSampleOpeners: the openers of the sample records the issue quotes, in both
// languages (every sample record's brief is a golden file of pkg/cli's TestShowGolden).
func TestSampleOpeners(t *testing.T) {
	today := dates.MustOf(2026, 12, 1)
	for _, c := range []struct {
		file string
		ja   []string
		en   []string
	}{
		{"S0101.md",
			[]string{
				"前回（11/25）「緊張したが、隣の席の方が親切で安心した」とお話しされていましたが、最近いかがですか？",
				"前回（11/25）「週末は柴犬の『こむぎ』と河川敷を散歩するのが一番の楽しみ」とお話しされていましたが、最近いかがですか？",
				"前回（11/25）は「初日は部内の挨拶回りと、会計システムのログイン設定まで」と伺いましたが、その後いかがですか？",
			},
			[]string{"Last time (2026-11-25) you mentioned “緊張したが、隣の席の方が親切で安心した”. How have things been lately?"}},
		{"S0109.md",
			[]string{"前回（11/27）お話の「大根と白菜」ですが、最近いかがですか？"},
			[]string{"Last time (2026-11-27) we talked about “大根と白菜”. How is it going lately?"}},
	} {
		src, err := os.ReadFile(filepath.Join("../../records", c.file))
		if err != nil {
			t.Fatal(err)
		}
		r, err := record.Parse(c.file, src)
		if err != nil {
			t.Fatal(err)
		}
		entries, _ := r.Entries()
		for lang, want := range map[string][]string{"ja": c.ja, "en": c.en} {
			b := Build(r, entries, config.Default(), today)
			b.Phrase(i18n.Translator(lang))
			if len(b.Openers) < len(want) {
				t.Fatalf("%s %s: openers %+v", c.file, lang, b.Openers)
			}
			for i, w := range want {
				if b.Openers[i].Question != w {
					t.Errorf("%s %s opener %d = %q, want %q", c.file, lang, i, b.Openers[i].Question, w)
				}
			}
			for _, o := range b.Openers {
				if strings.Contains(o.Question, "とのこと") || strings.Contains(o.Question, "。」") || strings.Contains(o.Question, "（M") {
					t.Errorf("%s %s: %q", c.file, lang, o.Question)
				}
			}
		}
	}
}
