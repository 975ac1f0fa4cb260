package privacy

import "github.com/staffnote/follow/pkg/textfold"

// Word is one entry of the sensitive word list.
type Word struct {
	Text     string // matched after folding (see Scan): full/half width and ASCII case do not matter
	Category string // one of the Cat* categories, or any name a caller likes
	// Except lists longer phrases that contain Text and are not sensitive; a match that
	// lies inside one of them is not reported (診断 in 適性診断, 資産 in 固定資産).
	Except []string
}

// Categories of sensitive words. The first seven are 要配慮個人情報 under the Act on the
// Protection of Personal Information (Article 2(3) and its cabinet order); religion,
// politics, union, origin and family-finance are what the dispatch guidelines
// (派遣元事業主が講ずべき措置に関する指針) and the fair-hiring guidance forbid collecting
// unless essential; account and credential are secrets that have no place in a record.
const (
	CatMedical       = "medical"        // 病歴, 診療, 健康診断の結果
	CatDisability    = "disability"     // 身体・知的・精神・発達障害
	CatCreed         = "creed"          // 信条
	CatCriminal      = "criminal"       // 犯罪の経歴
	CatVictim        = "victim"         // 犯罪により害を被った事実
	CatRace          = "race"           // 人種 (民族)
	CatOrigin        = "origin"         // 社会的身分, 本籍, 出生地 (出身地)
	CatReligion      = "religion"       // 宗教 (also 信条)
	CatPolitics      = "politics"       // 支持政党
	CatUnion         = "union"          // 労働組合への加入状況
	CatFamilyFinance = "family-finance" // 家族の収入・資産
	CatAccount       = "account"        // 口座番号, 暗証番号
	CatCredential    = "credential"     // パスワード
	CatCustom        = "custom"         // follow.yaml lint.sensitive
)

// defaultWords is the built-in sensitive word list.
//
// Choices worth knowing:
//
//   - Treatment words are on the list (通院, 入院, 手術, 治療, 服薬, 処方): "通院のため早退"
//     tells the reader about a medical condition; write "私用のため早退" instead. They
//     are the words most likely to fire in real notes.
//   - 障害 alone is not on the list: システム障害 and 障害対応 are everyday IT words. Only
//     disability phrasing is: 障害者, 障がい, 障碍, 障害等級, 障害年金, 身体障害, 知的障害,
//     精神障害, 発達障害, and the certificate names.
//   - 出身地 and 出身県 are on the list like 本籍 and 出生地: the guidelines' "本籍・出生地に
//     関すること" covers where a person comes from in any words. 出身 alone is not (出身校,
//     出身大学), nor 〇〇生まれ (子どもが生まれた).
//   - 国籍 (nationality) is not on the list: it is not 要配慮個人情報 and the agency needs
//     it for residence-status checks. 人種 and 民族 are.
//   - 家族構成 and 年収 alone are not on the list (family topics are part of a good
//     follow-up; a staff member's own pay is agency business); the family's income and
//     assets are (世帯収入, 家族の収入, 親の収入, ...).
//   - 口座 alone is not on the list (給与振込口座の変更 is routine); 口座番号 and 暗証番号 are.
//   - がん (hiragana) carries exceptions for がんばる, 頑固 (がんこ) and verb forms such as
//     かがんで; ガン (katakana) only matches as a whole katakana word, not inside ガンマ,
//     スローガン or ガンガン. Every all-katakana word is matched that way, and every
//     ASCII word only at ASCII word boundaries.
//   - A general health check (健康診断) is what the agency owes every staff member, so
//     asking about one is no health information; its results are (健康診断の結果,
//     健康診断書, 健診結果, ストレスチェックの結果). 受診 is not on the list: it mostly
//     means taking that check.
//   - 診断 fires alone (診断書, 診断された) but not in 健康診断, 適性診断, キャリア診断, 診断士
//     and the like; 組合加入 not in 健保組合加入 or 共済組合加入 (social insurance);
//     資産 not in 固定資産 or 資産管理; 財産 not in 知的財産; 信条 not in 行動信条;
//     パスワード not in パスワード変更 or パスワード再設定 (help-desk duties).
//   - Words are matched without katakana/hiragana folding: both spellings are listed
//     where both are used.

var defaultWords = []Word{
	// 病歴・健康情報
	{Text: "病歴", Category: CatMedical},
	{Text: "既往歴", Category: CatMedical},
	{Text: "既往症", Category: CatMedical},
	{Text: "病名", Category: CatMedical},
	{Text: "持病", Category: CatMedical},
	{Text: "診断", Category: CatMedical, Except: []string{
		"健康診断", "適性診断", "適職診断", "性格診断", "キャリア診断", "職業診断", "診断士",
		"システム診断", "故障診断", "設備診断", "経営診断",
	}},
	{Text: "健康診断の結果", Category: CatMedical},
	{Text: "健康診断書", Category: CatMedical},
	{Text: "ストレスチェックの結果", Category: CatMedical},
	{Text: "ストレスチェック結果", Category: CatMedical},
	{Text: "健診結果", Category: CatMedical},
	{Text: "検診結果", Category: CatMedical},
	{Text: "再検査", Category: CatMedical},
	{Text: "精密検査", Category: CatMedical},
	{Text: "通院", Category: CatMedical},
	{Text: "入院", Category: CatMedical},
	{Text: "手術", Category: CatMedical},
	{Text: "治療", Category: CatMedical},
	{Text: "服薬", Category: CatMedical},
	{Text: "投薬", Category: CatMedical},
	{Text: "処方", Category: CatMedical},
	{Text: "うつ病", Category: CatMedical},
	{Text: "鬱病", Category: CatMedical},
	{Text: "抑うつ", Category: CatMedical},
	{Text: "精神科", Category: CatMedical},
	{Text: "心療内科", Category: CatMedical},
	{Text: "メンタルクリニック", Category: CatMedical},
	{Text: "精神疾患", Category: CatMedical},
	{Text: "統合失調症", Category: CatMedical},
	{Text: "双極性障害", Category: CatMedical},
	{Text: "適応障害", Category: CatMedical},
	{Text: "パニック障害", Category: CatMedical},
	{Text: "不安障害", Category: CatMedical},
	{Text: "睡眠障害", Category: CatMedical},
	{Text: "摂食障害", Category: CatMedical},
	{Text: "癌", Category: CatMedical},
	{Text: "がん", Category: CatMedical, Except: []string{
		"がんば", "がんこ", "がんじょう", "がんたん", "がんらい", "がんがん", "がんぺき",
		"がんめん", "がんきゅう", "がんぼう", "がんも", "かがん", "ゆがん", "おがん", "ひがん",
	}},
	{Text: "ガン", Category: CatMedical},
	{Text: "腫瘍", Category: CatMedical},
	{Text: "糖尿病", Category: CatMedical},
	{Text: "脳梗塞", Category: CatMedical},
	{Text: "心筋梗塞", Category: CatMedical},
	{Text: "難病", Category: CatMedical},
	{Text: "肝炎", Category: CatMedical},
	{Text: "HIV", Category: CatMedical},
	{Text: "エイズ", Category: CatMedical},
	{Text: "diagnosis", Category: CatMedical},
	{Text: "diagnosed", Category: CatMedical},
	{Text: "medical history", Category: CatMedical},
	{Text: "health check results", Category: CatMedical},
	{Text: "depression", Category: CatMedical},

	// 障害
	{Text: "障害者", Category: CatDisability},
	{Text: "障害者手帳", Category: CatDisability},
	{Text: "障がい", Category: CatDisability},
	{Text: "障碍", Category: CatDisability},
	{Text: "障害等級", Category: CatDisability},
	{Text: "障害年金", Category: CatDisability},
	{Text: "身体障害", Category: CatDisability},
	{Text: "知的障害", Category: CatDisability},
	{Text: "精神障害", Category: CatDisability},
	{Text: "発達障害", Category: CatDisability},
	{Text: "療育手帳", Category: CatDisability},
	{Text: "精神保健福祉手帳", Category: CatDisability},
	{Text: "自閉症", Category: CatDisability},
	{Text: "ADHD", Category: CatDisability},
	{Text: "disability", Category: CatDisability},
	{Text: "disabled", Category: CatDisability},

	// 信条・宗教
	{Text: "信条", Category: CatCreed, Except: []string{"行動信条", "経営信条"}},
	{Text: "信仰", Category: CatReligion},
	{Text: "宗教", Category: CatReligion},
	{Text: "入信", Category: CatReligion},
	{Text: "宗派", Category: CatReligion},
	{Text: "布教", Category: CatReligion},
	{Text: "religion", Category: CatReligion},
	{Text: "religious", Category: CatReligion},

	// 支持政党・労働組合
	{Text: "支持政党", Category: CatPolitics},
	{Text: "政党", Category: CatPolitics},
	{Text: "政治活動", Category: CatPolitics},
	{Text: "political party", Category: CatPolitics},
	{Text: "労働組合", Category: CatUnion},
	{Text: "組合加入", Category: CatUnion, Except: []string{"保険組合加入", "健保組合加入", "共済組合加入"}},
	{Text: "組合活動", Category: CatUnion},
	{Text: "labor union", Category: CatUnion},
	{Text: "labour union", Category: CatUnion},
	{Text: "trade union", Category: CatUnion},

	// 犯罪歴・犯罪被害
	{Text: "前科", Category: CatCriminal},
	{Text: "犯罪歴", Category: CatCriminal},
	{Text: "逮捕", Category: CatCriminal},
	{Text: "逮捕歴", Category: CatCriminal},
	{Text: "服役", Category: CatCriminal},
	{Text: "執行猶予", Category: CatCriminal},
	{Text: "補導歴", Category: CatCriminal},
	{Text: "少年院", Category: CatCriminal},
	{Text: "criminal record", Category: CatCriminal},
	{Text: "arrest record", Category: CatCriminal},
	{Text: "犯罪被害", Category: CatVictim},
	{Text: "被害届", Category: CatVictim},
	{Text: "crime victim", Category: CatVictim},

	// 社会的身分・本籍・出生地, 人種
	{Text: "本籍", Category: CatOrigin},
	{Text: "出生地", Category: CatOrigin},
	{Text: "出身地", Category: CatOrigin},
	{Text: "出身県", Category: CatOrigin},
	{Text: "家柄", Category: CatOrigin},
	{Text: "門地", Category: CatOrigin},
	{Text: "被差別部落", Category: CatOrigin},
	{Text: "部落", Category: CatOrigin},
	{Text: "同和", Category: CatOrigin},
	{Text: "birthplace", Category: CatOrigin},
	{Text: "place of birth", Category: CatOrigin},
	{Text: "人種", Category: CatRace},
	{Text: "民族", Category: CatRace},
	{Text: "ethnicity", Category: CatRace},

	// 家族の収入・資産
	{Text: "世帯収入", Category: CatFamilyFinance},
	{Text: "世帯年収", Category: CatFamilyFinance},
	{Text: "家族の収入", Category: CatFamilyFinance},
	{Text: "家族の年収", Category: CatFamilyFinance},
	{Text: "親の収入", Category: CatFamilyFinance},
	{Text: "親の年収", Category: CatFamilyFinance},
	{Text: "配偶者の収入", Category: CatFamilyFinance},
	{Text: "資産", Category: CatFamilyFinance, Except: []string{
		"固定資産", "流動資産", "資産管理", "資産計上", "資産台帳", "資産除却",
	}},
	{Text: "財産", Category: CatFamilyFinance, Except: []string{"知的財産"}},
	{Text: "借金", Category: CatFamilyFinance},
	{Text: "自己破産", Category: CatFamilyFinance},
	{Text: "債務整理", Category: CatFamilyFinance},
	{Text: "生活保護", Category: CatFamilyFinance},
	{Text: "household income", Category: CatFamilyFinance},

	// 口座・パスワード
	{Text: "口座番号", Category: CatAccount},
	{Text: "暗証番号", Category: CatAccount},
	{Text: "bank account", Category: CatAccount},
	{Text: "account number", Category: CatAccount},
	{Text: "パスワード", Category: CatCredential, Except: []string{
		"パスワード変更", "パスワードの変更", "パスワード再設定", "パスワードの再設定",
		"パスワード再発行", "パスワードの再発行", "パスワード管理", "パスワードの管理",
	}},
	{Text: "パスコード", Category: CatCredential},
	{Text: "password", Category: CatCredential, Except: []string{"password reset", "password change"}},
	{Text: "passwords", Category: CatCredential},
	{Text: "passwd", Category: CatCredential},
}

// How a word's edges are checked.
type edge uint8

const (
	edgeNone     edge = iota
	edgeASCII         // not next to an ASCII letter, digit or underscore
	edgeKatakana      // not next to a katakana letter or ー
)

type exceptPhrase struct {
	r    []rune
	offs []int // where the word occurs inside r
}

// cword is a compiled word.
type cword struct {
	w      Word
	r      []rune
	edge   edge
	except []exceptPhrase
}

func compileWord(w Word) (cword, bool) {
	r := trimSpaceRunes(textfold.Runes(w.Text))
	if len(r) == 0 {
		return cword{}, false
	}
	c := cword{w: w, r: r, edge: edgeFor(r)}
	for _, x := range w.Except {
		xr := textfold.Runes(x)
		var offs []int
		for i := 0; i+len(r) <= len(xr); i++ {
			if runesAt(xr, i, r) {
				offs = append(offs, i)
			}
		}
		if len(offs) > 0 {
			c.except = append(c.except, exceptPhrase{xr, offs})
		}
	}
	return c, true
}

func trimSpaceRunes(r []rune) []rune {
	for len(r) > 0 && (r[0] == ' ' || r[0] == '\t') {
		r = r[1:]
	}
	for len(r) > 0 && (r[len(r)-1] == ' ' || r[len(r)-1] == '\t') {
		r = r[:len(r)-1]
	}
	return r
}

func edgeFor(r []rune) edge {
	ascii, kata := true, true
	for _, c := range r {
		if c >= 0x80 {
			ascii = false
		}
		if !isKatakana(c) {
			kata = false
		}
	}
	switch {
	case ascii:
		return edgeASCII
	case kata:
		return edgeKatakana
	}
	return edgeNone
}

// runesAt reports whether s[i:] starts with w.
func runesAt(s []rune, i int, w []rune) bool {
	if i < 0 || i+len(w) > len(s) {
		return false
	}
	for k, c := range w {
		if s[i+k] != c {
			return false
		}
	}
	return true
}

// matchAt reports whether c matches the folded line f at i, edges and exceptions included.
func (c *cword) matchAt(f []rune, i int) bool {
	if !runesAt(f, i, c.r) {
		return false
	}
	end := i + len(c.r)
	switch c.edge {
	case edgeASCII:
		if (i > 0 && isASCIIWord(f[i-1])) || (end < len(f) && isASCIIWord(f[end])) {
			return false
		}
	case edgeKatakana:
		if (i > 0 && isKatakana(f[i-1])) || (end < len(f) && isKatakana(f[end])) {
			return false
		}
	}
	for _, x := range c.except {
		for _, o := range x.offs {
			if runesAt(f, i-o, x.r) {
				return false
			}
		}
	}
	return true
}

// isKatakana reports whether r is a full-width katakana letter or the prolonged sound mark.
func isKatakana(r rune) bool {
	return (r >= 'ァ' && r <= 'ヺ') || r == 'ー' || r == 'ヽ' || r == 'ヾ'
}

// isASCIIWord reports whether r is an ASCII letter, digit or underscore (after folding).
func isASCIIWord(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
}
