package record

import (
	"strings"
	"sync"
)

// The words follow owns in a record body, in English and Japanese: the kind of an entry
// (the word after the date of its heading), the names of the sections inside a visit, and
// the labels of the Next: and By: lines. A record is written in one language: every word
// follow writes into it follows the record's language (Lang), and follow fmt rewrites the
// words of the other language into it. The other words of a record (the notes, the lines
// of a log entry) belong to whoever wrote them and are never translated.

// Languages of a record's words.
const (
	LangEN = "en"
	LangJA = "ja"
)

// Term is one word follow owns, in both languages. Its code names it whatever the
// language. Alternative spellings are read as the word of their language (a hand-written
// 次回予定: is a Japanese Next: label) and rewritten to EN or JA only by follow fmt, and
// only in a record of the other language.
type Term struct {
	Code   string
	EN, JA string
	enAlt  []string // compared without case
	jaAlt  []string
}

// Word is the term in lang ("ja", else English).
func (t Term) Word(lang string) string {
	if lang == LangJA {
		return t.JA
	}
	return t.EN
}

// Where a term stands.
const (
	termKind    = iota // the entry kind after the date of a "## " heading
	termSection        // the name of a "### " section inside an entry
	termLabel          // the label of a Next: / By: line
)

// Codes of the terms.
const (
	KindVisit      = "visit"
	KindCall       = "call"
	KindMail       = "mail"
	KindOnline     = "online"
	KindChat       = "chat"
	KindRenewal    = "renewal"
	KindEnd        = "end"
	KindDone       = "done"
	KindHandover   = "handover"
	KindReschedule = "reschedule"
	KindNotified   = "notified"
	KindMerge      = "merge"
	KindNote       = "note"
	KindTraining   = "training"             // follow duty: training given (教育訓練)
	KindCareer     = "career-consulting"    // follow duty: a career consultation
	KindStability  = "employment-stability" // follow duty: the stability wish or a measure

	SectionFacts    = "facts"
	SectionRequests = "requests"
	SectionPersonal = "personal"
	SectionNotes    = "notes"
	SectionDone     = "done"

	LabelNext   = "next"
	LabelAuthor = "by"
	LabelIntent = "intent"
	LabelMood   = "mood"
)

// kindTerms, sectionTerms and labelTerms are the words follow owns, by where they stand.
var (
	kindTerms = []Term{
		{Code: KindVisit, EN: "visit", JA: "訪問"},
		{Code: KindCall, EN: "call", JA: "電話"},
		{Code: KindMail, EN: "mail", JA: "メール"},
		{Code: KindOnline, EN: "online", JA: "オンライン"},
		{Code: KindChat, EN: "chat", JA: "チャット"},
		{Code: KindRenewal, EN: "renewal", JA: "更新"},
		{Code: KindEnd, EN: "end", JA: "終了"},
		{Code: KindDone, EN: "done", JA: "完了"},
		{Code: KindHandover, EN: "handover", JA: "引継ぎ", jaAlt: []string{"引き継ぎ", "引継"}},
		{Code: KindReschedule, EN: "reschedule", JA: "日程変更"},
		{Code: KindNotified, EN: "notified", JA: "派遣先連絡"},
		{Code: KindMerge, EN: "merge", JA: "マージ"},
		{Code: KindNote, EN: "note", JA: "メモ"},
		{Code: KindTraining, EN: "training", JA: "教育訓練"},
		{Code: KindCareer, EN: "career-consulting", JA: "キャリアコンサルティング"},
		{Code: KindStability, EN: "employment-stability", JA: "雇用安定措置"},
	}
	sectionTerms = []Term{
		{Code: SectionFacts, EN: "Facts", JA: "確認事項", jaAlt: []string{"事実"}},
		{Code: SectionRequests, EN: "Requests", JA: "相談事項", jaAlt: []string{"相談"}},
		{Code: SectionPersonal, EN: "Personal", JA: "近況", jaAlt: []string{"話題", "プライベート"}},
		{Code: SectionNotes, EN: "Notes", JA: "メモ", jaAlt: []string{"備考", "その他"}},
		{Code: SectionDone, EN: "Done", JA: "完了", enAlt: []string{"Closed"}, jaAlt: []string{"解決"}},
	}
	labelTerms = []Term{
		{Code: LabelNext, EN: "Next", JA: "次回", jaAlt: []string{"次回フォロー", "次回予定", "次回訪問"}},
		{Code: LabelAuthor, EN: "By", JA: "記入", jaAlt: []string{"記入者"}},
		{Code: LabelIntent, EN: "Intent", JA: "意向"},
		{Code: LabelMood, EN: "Mood", JA: "満足度"},
	}
)

// termIndex finds a term by its word: where it stands and the word (English words in
// lower case) give the term and the language of the word.
type termRef struct {
	term *Term
	lang string
}

var termIndex = sync.OnceValue(func() [3]map[string]termRef {
	var idx [3]map[string]termRef
	for where, list := range [3][]Term{termKind: kindTerms, termSection: sectionTerms, termLabel: labelTerms} {
		m := map[string]termRef{}
		for i := range list {
			t := &list[i]
			for _, w := range append([]string{t.EN}, t.enAlt...) {
				m[w] = termRef{t, LangEN}
				m[strings.ToLower(w)] = termRef{t, LangEN}
			}
			for _, w := range append([]string{t.JA}, t.jaAlt...) {
				m[w] = termRef{t, LangJA}
			}
		}
		idx[where] = m
	}
	return idx
})

// lookupTerm returns the term a word is, and the word's language; ok is false when the
// word is none of follow's.
func lookupTerm(where int, word string) (Term, string, bool) {
	m := termIndex()[where]
	ref, ok := m[word]
	if !ok {
		ref, ok = m[asciiLower(word)]
		if !ok || ref.lang != LangEN {
			return Term{}, "", false
		}
	}
	return *ref.term, ref.lang, true
}

// termLang is the language of the term a word (as bytes) is, "" when it is none; it
// allocates nothing for a word as follow writes it.
func termLang(where int, b []byte) string {
	if ref, ok := termIndex()[where][string(b)]; ok {
		return ref.lang
	}
	for _, c := range b {
		if c >= 'A' && c <= 'Z' {
			_, lang, _ := lookupTerm(where, string(b))
			return lang
		}
	}
	return ""
}

// asciiLower lowers ASCII letters; it returns s itself when it has none in upper case.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// KindTerm returns the term an entry kind is, and the language it is written in.
func KindTerm(kind string) (Term, string, bool) { return lookupTerm(termKind, kind) }

// LabelTerm returns the term a line label (Next, 次回, By, 記入) is, and its language.
func LabelTerm(label string) (Term, string, bool) { return lookupTerm(termLabel, label) }

// Kind is the word follow writes for an entry kind (a code such as KindRenewal) in lang.
func Kind(code, lang string) string {
	for _, t := range kindTerms {
		if t.Code == code {
			return t.Word(lang)
		}
	}
	return code
}

// Words counts the words follow owns in one entry (its kind, its section names, its
// Next: and By: labels) by language, with the line of the first word of each language.
type Words struct {
	EN, JA         int
	ENLine, JALine int
}

// add counts a word of lang on line.
func (w *Words) add(lang string, line int) {
	switch lang {
	case LangEN:
		if w.EN == 0 {
			w.ENLine = line
		}
		w.EN++
	case LangJA:
		if w.JA == 0 {
			w.JALine = line
		}
		w.JA++
	}
}

// Lang is the language of the entry's words: the language most of them are in; on a tie,
// the language of its kind, else of its first word; "" when it has none.
func (e Entry) Lang() string {
	w := e.Words
	switch {
	case w.JA > w.EN:
		return LangJA
	case w.EN > w.JA:
		return LangEN
	case w.EN == 0:
		return ""
	}
	if _, lang, ok := KindTerm(e.Kind); ok {
		return lang
	}
	if w.JALine < w.ENLine {
		return LangJA
	}
	return LangEN
}

// Lang is the language of the record: the language most of follow's words in its log are
// written in (its entries' kinds, section names and labels, counted together); on a tie,
// the language of the earliest entry that has one (Entry.Lang). It is "" for a record
// without entries, or whose entries hold none of follow's words: the words follow writes
// into it then follow the team's language (lang: in follow.yaml), else the writer's.
//
// The majority, not the latest entry, decides: a record that one stray entry put in the
// other language stays in its language, and follow fmt rewrites that entry's words.
func (r *Record) Lang() string {
	entries, _ := r.Entries()
	en, ja := 0, 0
	first := ""
	for _, e := range entries {
		en += e.Words.EN
		ja += e.Words.JA
		if first == "" {
			first = e.Lang()
		}
	}
	switch {
	case ja > en:
		return LangJA
	case en > ja:
		return LangEN
	}
	return first
}

// Mixed reports whether the record holds words of follow in both languages and, when it
// does, the line of the first word that is not in the record's language and how many
// such words there are.
func (r *Record) Mixed() (line, count int, mixed bool) {
	entries, _ := r.Entries()
	en, ja := 0, 0
	for _, e := range entries {
		en += e.Words.EN
		ja += e.Words.JA
	}
	if en == 0 || ja == 0 {
		return 0, 0, false
	}
	lang := r.Lang()
	for _, e := range entries {
		l := e.Words.ENLine
		if lang == LangEN {
			l = e.Words.JALine
		}
		if l > 0 && (line == 0 || l < line) {
			line = l
		}
	}
	count = en
	if lang == LangEN {
		count = ja
	}
	return line, count, true
}

// LangOr is the language follow writes into the record in: its own (Lang), else team
// (lang: in follow.yaml), else writer (the language of the person writing).
func (r *Record) LangOr(team, writer string) string { return WriteLang(r.Lang(), team, writer) }

// WriteLang is the language follow writes into a record in: the record's own language
// (own, "" for a record without entries), else team (lang: in follow.yaml), else writer
// (the language of the person writing), else English.
func WriteLang(own, team, writer string) string {
	if own == LangJA || own == LangEN {
		return own
	}
	if team == LangJA || team == LangEN {
		return team
	}
	if writer == LangJA {
		return LangJA
	}
	return LangEN
}
