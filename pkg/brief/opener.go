package brief

import (
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"

	"github.com/staffnote/follow/internal/lazy"
)

// What an opener quotes of a note. An opener starts from what the staff member said about
// themselves (近況, 確認事項), never from the coordinator's own steps: a milestone check
// (「更新の意向を確認（M9）: …」), a request being reported (「R1 の件を報告」), what the
// coordinator explained, agreed or will do next time (「次回は釣果を聞く」). A note that
// already holds a question and its answer (「前回お話の大根と白菜、その後どうですか → 白菜が
// 巻いてきた」) is reduced to its topic (「大根と白菜」). The quote loses its trailing 。 and
// the note's own とのこと (the question says it once), inner 「」 become 『』, and a long note
// is shortened at a sentence end, else at a comma.

// QuoteWidth is the widest quote an opener holds, in terminal columns (a full-width
// character is 2): about 36 Japanese characters.
const QuoteWidth = 72

// Opener kinds.
const (
	OpenerPersonal = "personal" // from 近況 / Personal
	OpenerFact     = "fact"     // from 確認事項 / Facts
)

// The patterns of procedural sentences and of question-and-answer notes, compiled on
// first use.
var (
	refRE       = &lazy.Regexp{Expr: `(?:^|[\s（(、,])[MR]\d+(?:[\s）):：のをはが]|$)`}                                     // a milestone or request id: (M9), R1 の件
	checkRE     = &lazy.Regexp{Expr: `(?i)^[^。:：]{0,30}(?:確認|check(?:ed)?|confirmed)\s*(?:[（(][^）)]*[）)])?\s*[:：]`} // 更新の意向を確認: …
	questionRE  = &lazy.Regexp{Expr: `(?i)(?:どうですか|どうでしたか|いかがですか|いかがでしたか|どう[？?]|[？?]|how (?:is|are|was|were|did|has|have)\b.*)\s*$`}
	topicHeadRE = &lazy.Regexp{Expr: `(?i)^(?:前回(?:お話し?の|お話し?した|話した|話していた|の)|(?:about|the) )\s*`} // 前回お話の… before a topic
)

// coordinatorEnds end a sentence that says what the coordinator did or will do.
var coordinatorEnds = []string{
	"説明した", "説明済み", "伝えた", "伝達済み", "案内した", "案内済み", "聞き始めた", "を確認", "と確認",
	"で合意", "に合意", "合意した", "打診した", "打診する", "依頼した", "依頼済み", "共有した", "共有済み",
	"連絡済み", "電話済み", "手配した", "手配済み", "報告した", "を報告", "る約束", "を約束",
	"explained", "agreed", "told them", "told her", "told him", "shared with the manager", "will ask", "to ask",
}

// coordinatorStarts begin a sentence about the next contact's plan.
var coordinatorStarts = []string{"次回", "次は話題", "next time", "next visit", "ask next"}

// procedural reports whether a sentence (without its final stop) is the coordinator's
// step rather than something the staff member said.
func procedural(s string) bool {
	if refRE.Get().MatchString(s) || checkRE.Get().MatchString(s) {
		return true
	}
	low := strings.ToLower(s)
	for _, w := range coordinatorStarts {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	for _, w := range coordinatorEnds {
		if strings.HasSuffix(low, w) {
			return true
		}
	}
	return false
}

// checklist reports whether a note is an item of a milestone's checklist ("[x] …"): the
// team's question, not the staff member's words.
func checklist(text string) bool {
	for _, box := range []string{"[ ]", "[x]", "[X]", "[×]", "［ ］", "［x］", "［ｘ］"} {
		if strings.HasPrefix(text, box) {
			return true
		}
	}
	return false
}

// Quote returns what an opener quotes of a note, whether it is a topic reduced from a
// question and its answer, and ok false when the note gives no opener (it is procedural).
func Quote(text string) (quote string, topic, ok bool) {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" || checklist(text) {
		return "", false, false
	}
	if t, ok := reduceToTopic(text); ok {
		return nestQuotes(t), true, true
	}
	if refRE.Get().MatchString(text) || checkRE.Get().MatchString(text) {
		return "", false, false // about a request or a milestone: the coordinator's step
	}
	// kept holds the sentences kept, each after the stop of the one kept before it.
	var kept []string
	joint := ""
	for _, s := range sentences(text) {
		stop := finalStop(s)
		s = tidy(s)
		if len(kept) == 0 {
			s = strings.TrimSpace(topicHeadRE.Get().ReplaceAllString(s, "")) // 前回お話の… repeats the question
		}
		if s == "" || procedural(s) {
			continue
		}
		kept = append(kept, joint+s)
		joint = stop
	}
	if len(kept) == 0 {
		return "", false, false
	}
	return nestQuotes(shorten(kept)), false, true
}

// finalStop is the full stop that ends s as the joint before the next sentence: 。 for
// Japanese (also after a sentence that ended without one), ". " for English.
func finalStop(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasSuffix(s, "."):
		return ". "
	case strings.HasSuffix(s, "!"):
		return "! "
	case strings.HasSuffix(s, "！"):
		return "！"
	}
	return "。"
}

// reduceToTopic reduces "TOPIC, how is it? → ANSWER" to TOPIC.
func reduceToTopic(text string) (string, bool) {
	var left string
	for _, arrow := range []string{"→", "⇒", "->"} {
		if l, _, found := strings.Cut(text, arrow); found {
			left = strings.TrimSpace(l)
			break
		}
	}
	if left == "" || !questionRE.Get().MatchString(left) {
		return "", false
	}
	topic := questionRE.Get().ReplaceAllString(left, "")
	topic = strings.TrimRight(strings.TrimSpace(topic), "、,，: ")
	if i := strings.LastIndexAny(topic, "、,，"); i >= 0 {
		// 「前回お話の大根と白菜、その後」: the words after the last comma ask, the topic is before.
		tail := strings.TrimSpace(topic[i:])
		_, size := utf8.DecodeRuneInString(tail)
		if tail = strings.TrimSpace(tail[size:]); utf8.RuneCountInString(tail) <= 6 {
			topic = topic[:i]
		}
	}
	topic = strings.TrimSpace(topicHeadRE.Get().ReplaceAllString(strings.TrimSpace(topic), ""))
	if topic == "" || procedural(topic) {
		return "", false
	}
	return shorten([]string{topic}), true
}

// sentences splits a note after each full stop (。．！, or . ! followed by a space).
func sentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		end := i + utf8.RuneLen(r)
		switch {
		case r == '。' || r == '．' || r == '！':
		case (r == '.' || r == '!') && (end == len(text) || text[end] == ' '):
		default:
			continue
		}
		// a closing bracket right after the stop stays with its sentence
		for more := true; more; {
			more = false
			for _, c := range []string{"」", "』", "）", ")"} {
				if strings.HasPrefix(text[end:], c) {
					end, more = end+len(c), true
				}
			}
		}
		out = append(out, strings.TrimSpace(text[start:end]))
		start = end
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// hearsay are the endings that report what the staff member said; the question says it.
var hearsay = []string{"とのことでした", "とのことです", "とのこと", "と話していた", "と言っていた", "と話していました"}

// tidy drops a sentence's final stop and its own とのこと (a trailing （笑） stays after it).
func tidy(s string) string {
	s = strings.TrimSpace(strings.TrimRight(s, "。．.！! "))
	laugh := ""
	for _, l := range []string{"（笑）", "(笑)"} {
		if strings.HasSuffix(s, l) {
			s, laugh = strings.TrimSuffix(s, l), l
		}
	}
	for _, h := range hearsay {
		if strings.HasSuffix(s, h) {
			s = strings.TrimSuffix(s, h)
			break
		}
	}
	return strings.TrimRight(s, "、,， ") + laugh
}

// shorten joins the sentences kept while they fit QuoteWidth; a first sentence too long
// is cut at its last comma that fits (else at the width) and marked with "…".
func shorten(kept []string) string {
	out := ""
	for _, s := range kept {
		next := out + s
		if runewidth.StringWidth(next) > QuoteWidth {
			break
		}
		out = next
	}
	if out != "" {
		return out
	}
	first := kept[0]
	cut := runewidth.Truncate(first, QuoteWidth-2, "")
	if i := strings.LastIndexAny(cut, "、,，；;"); i > len(cut)/3 {
		cut = cut[:i]
	}
	return strings.TrimSpace(cut) + "…"
}

// nestQuotes turns the quotes inside a note into the inner kind, so that the opener's
// own quotes stay unambiguous: 「」 become 『』, “” become ‘’.
func nestQuotes(s string) string {
	return strings.NewReplacer("「", "『", "」", "』", "“", "‘", "”", "’").Replace(s)
}
