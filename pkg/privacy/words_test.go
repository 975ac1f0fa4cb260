package privacy

import (
	"strings"
	"testing"
)

// words scans one line for sensitive words with the default list and renders the hits as
// "match/category@column".
func words(line string, o Options) []string {
	var out []string
	for _, h := range New(o).ScanLine(1, line) {
		if h.Kind == Sensitive {
			out = append(out, h.Match+"/"+h.Category+"@"+itoa(h.Column))
		}
	}
	return out
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestSensitiveWords(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"持病があり通院中", []string{"持病/medical@1", "通院/medical@6"}},
		{"病歴・既往歴を確認", []string{"病歴/medical@1", "既往歴/medical@4"}},
		{"診断書を提出", []string{"診断/medical@1"}},
		{"健康診断の結果が届いた", []string{"健康診断の結果/medical@1"}}, // the longer phrase, once
		{"健康診断書を提出してもらう", []string{"健康診断書/medical@1"}}, // the results, on paper
		{"ストレスチェックの結果が高ストレス", []string{"ストレスチェックの結果/medical@1"}},
		{"うつ病で休職", []string{"うつ病/medical@1"}},
		{"心療内科と精神科", []string{"心療内科/medical@1", "精神科/medical@6"}},
		{"服薬を続けている", []string{"服薬/medical@1"}},
		{"胃がんの手術", []string{"がん/medical@2", "手術/medical@5"}},
		{"乳ガン検診", []string{"ガン/medical@2"}},
		{"ｶﾞﾝの治療", []string{"ｶﾞﾝ/medical@1", "治療/medical@5"}},
		{"がんと診断された", []string{"がん/medical@1", "診断/medical@4"}},
		{"癌", []string{"癌/medical@1"}},
		{"障害者手帳を持っている", []string{"障害者手帳/disability@1"}},
		{"障がいがある", []string{"障がい/disability@1"}},
		{"障害等級2級、障害年金", []string{"障害等級/disability@1", "障害年金/disability@8"}},
		{"適応障害と診断", []string{"適応障害/medical@1", "診断/medical@6"}},
		{"信仰している宗教", []string{"信仰/religion@1", "宗教/religion@7"}},
		{"思想信条", []string{"信条/creed@3"}},
		{"入信した、宗派は", []string{"入信/religion@1", "宗派/religion@6"}},
		{"前科あり、犯罪歴、逮捕歴", []string{"前科/criminal@1", "犯罪歴/criminal@6", "逮捕歴/criminal@10"}},
		{"犯罪被害に遭った", []string{"犯罪被害/victim@1"}},
		{"本籍は京都、出生地は大阪", []string{"本籍/origin@1", "出生地/origin@7"}},
		// 出身地 is 出生地 in other words: the guidelines' "本籍・出生地に関すること".
		{"出身地は北海道", []string{"出身地/origin@1"}},
		{"出身県を聞いた", []string{"出身県/origin@1"}},
		{"家柄が良い", []string{"家柄/origin@1"}},
		{"人種・民族", []string{"人種/race@1", "民族/race@4"}},
		{"支持政党なし", []string{"支持政党/politics@1"}},
		{"労働組合に組合加入", []string{"労働組合/union@1", "組合加入/union@6"}},
		{"世帯収入と家族の収入、資産、財産、借金", []string{"世帯収入/family-finance@1", "家族の収入/family-finance@6", "資産/family-finance@12", "財産/family-finance@15", "借金/family-finance@18"}},
		{"口座番号と暗証番号", []string{"口座番号/account@1", "暗証番号/account@6"}},
		{"パスワード: hunter2", []string{"パスワード/credential@1"}},
		{"ﾊﾟｽﾜｰﾄﾞは", []string{"ﾊﾟｽﾜｰﾄﾞ/credential@1"}},
		{"password: x", []string{"password/credential@1"}},
		{"Password=x", []string{"Password/credential@1"}},
		{"ＰＡＳＳＷＯＲＤ", []string{"ＰＡＳＳＷＯＲＤ/credential@1"}},
		{"her diagnosis and Medical History", []string{"diagnosis/medical@5", "Medical History/medical@19"}},
		{"religion: none", []string{"religion/religion@1"}},
		{"ＨＩＶ検査", []string{"ＨＩＶ/medical@1"}},

		// False-positive guards.
		{"システム障害の対応", nil},
		{"障害対応と障害報告", nil},
		{"健康経営の取り組み", nil},
		{"適性診断とキャリア診断、中小企業診断士", nil},
		{"がんばっている", nil},
		{"みんながんばろう", nil},
		{"頑固(がんこ)な性格", nil},
		{"かがんで作業", nil},
		{"ガンマ線、スローガン、オルガン、カーディガン、ガンガン働く", nil},
		{"固定資産の管理、資産管理", nil},
		{"知的財産部", nil},
		{"行動信条", nil},
		{"パスワード変更の問い合わせ対応、パスワードリセット", nil},
		{"password reset desk", nil},
		{"archive hivemind", nil},
		{"国籍", nil},
		{"給与振込口座の変更", nil},
		{"子どもの受験、家族構成", nil},
		{"健康", nil},
		{"passwordless", nil},

		// Ordinary follow-up sentences: what a coordinator writes after a visit passes.
		// A general health check is what the agency owes; only its results are sensitive.
		{"派遣先の健康診断を受けられるか知りたい", nil},
		{"定期健康診断の日程を案内した", nil},
		{"雇入時の健康診断は来月", nil},
		{"健保組合加入の手続きが済んだ", nil},
		{"健康保険組合加入、共済組合加入の書類", nil},
		{"出身校の先輩が同じ部署にいる", nil},
		{"子どもが生まれたばかりで忙しい", nil},
		{"通勤に1時間かかるので、時差出勤を相談したい", nil},
		{"席が寒い。ひざ掛けを使ってよいか確認する", nil},
		{"残業が月20時間を超えている", nil},
		{"指揮命令者との関係は良好", nil},
		{"娘さんの受験（1月）", nil},
		{"犬の散歩が日課", nil},
		{"更新の意向あり、来期も継続希望", nil},
		{"PCのパスワード変更の問い合わせが多い", nil},
		{"固定資産の台帳を担当", nil},
	}
	for _, tt := range tests {
		got := words(tt.line, Options{})
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: got %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestExtraAndCustomWords(t *testing.T) {
	o := Options{Extra: []string{"社外秘", " ", "", "ＶＩＰ"}}
	if got := words("社外秘の資料、vip", o); strings.Join(got, ",") != "社外秘/custom@1,vip/custom@8" {
		t.Errorf("extra words: %v", got)
	}
	// A word both built in and extra is reported once, with its built-in category.
	if got := words("本籍", Options{Extra: []string{"本籍"}}); strings.Join(got, ",") != "本籍/origin@1" {
		t.Errorf("duplicate word: %v", got)
	}
	// An explicit list replaces the defaults; an empty one checks no words.
	if got := words("病歴 と 社外秘", Options{Words: []Word{{Text: "社外秘", Category: "secret"}}}); strings.Join(got, ",") != "社外秘/secret@6" {
		t.Errorf("own list: %v", got)
	}
	if got := words("病歴", Options{Words: []Word{}}); got != nil {
		t.Errorf("empty list: %v", got)
	}
	h := New(Options{Words: []Word{{Text: "社外秘", Category: "secret"}}}).ScanLine(1, "社外秘")
	if len(h) != 1 || !strings.Contains(h[0].Msg, "sensitive word list (secret)") {
		t.Errorf("unknown category message: %+v", h)
	}
}

func TestDefaultWordsList(t *testing.T) {
	ws := DefaultWords()
	if len(ws) < 100 {
		t.Errorf("only %d default words", len(ws))
	}
	ws[0].Text = "changed"
	ws[len(ws)-1].Except = append(ws[len(ws)-1].Except, "x")
	if DefaultWords()[0].Text == "changed" || len(defaultWords[len(defaultWords)-1].Except) != len(DefaultWords()[len(ws)-1].Except) {
		t.Error("DefaultWords returns shared state")
	}
	seen := map[string]bool{}
	for _, w := range DefaultWords() {
		c, ok := compileWord(w)
		if !ok {
			t.Errorf("%q does not compile", w.Text)
			continue
		}
		key := string(c.r)
		if seen[key] {
			t.Errorf("%q listed twice", w.Text)
		}
		seen[key] = true
		if _, ok := categoryReason.Get()[w.Category]; !ok {
			t.Errorf("%q: category %q has no message", w.Text, w.Category)
		}
		if len(c.except) != len(w.Except) {
			t.Errorf("%q: an Except phrase does not contain the word", w.Text)
		}
		// Every word is found on its own, and nowhere inside its exceptions.
		if got := words(w.Text, Options{}); len(got) != 1 || !strings.HasPrefix(got[0], w.Text+"/") {
			t.Errorf("%q alone: %v", w.Text, got)
		}
		for _, x := range w.Except {
			for _, h := range New(Options{}).ScanLine(1, x) {
				if h.Match == w.Text {
					t.Errorf("%q found inside its exception %q", w.Text, x)
				}
			}
		}
		// 障害 alone is never on the list (システム障害), nor 出身 (出身校), 受診 (a health
		// check is taken) or 国籍 (needed for residence-status checks).
		if w.Text == "障害" || w.Text == "出身" || w.Text == "受診" || w.Text == "国籍" {
			t.Errorf("%q must not be a default word", w.Text)
		}
	}
}
