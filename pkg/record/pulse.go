package record

import (
	"fmt"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/textfold"
)

// Intent and mood at a contact: whether the staff member means to stay (意向) and how
// they feel (満足度, 1 to 5). A contact entry records them on lines of their own, like its
// Next: line:
//
//	意向: 迷い          Intent: unsure
//	満足度: 2           Mood: 2
//
// and the front matter keeps the latest two of each, with their dates, in latest: (so
// that follow due need not read the log).

// Intents, as written in the front matter (the codes of the intent words).
const (
	IntentStay   = "stay"   // 継続: means to stay
	IntentUnsure = "unsure" // 迷い: not sure
	IntentLeave  = "leave"  // 終了希望: wants to leave
)

// Intents lists the intents, from the best to the worst.
var Intents = []string{IntentStay, IntentUnsure, IntentLeave}

// MoodMin and MoodMax bound a mood (満足度).
const (
	MoodMin = 1
	MoodMax = 5
)

// intentTerms are the intent words in both languages.
var intentTerms = []Term{
	{Code: IntentStay, EN: "stay", JA: "継続", jaAlt: []string{"継続希望"}},
	{Code: IntentUnsure, EN: "unsure", JA: "迷い", jaAlt: []string{"迷っている"}},
	{Code: IntentLeave, EN: "leave", JA: "終了希望", jaAlt: []string{"退職希望"}},
}

// ParseIntent reads an intent in either language (stay, 継続, unsure, 迷い, leave, 終了希望;
// English in any case, full-width letters folded) and returns its code.
func ParseIntent(word string) (string, bool) {
	w := strings.TrimSpace(textfold.Input(word))
	for _, t := range intentTerms {
		if strings.EqualFold(w, t.EN) || w == t.JA {
			return t.Code, true
		}
		for _, a := range t.jaAlt {
			if w == a {
				return t.Code, true
			}
		}
	}
	return "", false
}

// IntentWord is the word of an intent code in lang ("ja": 継続, 迷い, 終了希望).
func IntentWord(code, lang string) string {
	for _, t := range intentTerms {
		if t.Code == code {
			return t.Word(lang)
		}
	}
	return code
}

// ParseMood reads a mood: a whole number from 1 to 5 (full-width digits are read).
func ParseMood(s string) (int, error) {
	w := strings.TrimSpace(textfold.Input(s))
	if len(w) == 1 && w[0] >= '0'+MoodMin && w[0] <= '0'+MoodMax {
		return int(w[0] - '0'), nil
	}
	return 0, fmt.Errorf("%q is not a mood: write a whole number from %d (bad) to %d (good)", s, MoodMin, MoodMax)
}

// Which of the two a pulse line is.
const (
	pulseIntent = iota + 1
	pulseMood
)

// pulseLabels are the labels of the intent and mood lines, the way matchPulseLine looks
// for them: a line starts with one (after an optional list marker and **).
var pulseLabels = [...]struct {
	label string
	which int
}{{"Intent", pulseIntent}, {"intent", pulseIntent}, {"INTENT", pulseIntent}, {"意向", pulseIntent},
	{"Mood", pulseMood}, {"mood", pulseMood}, {"MOOD", pulseMood}, {"満足度", pulseMood}}

// matchPulseLine tells whether t (a trimmed line) is an intent or a mood line and returns
// which, its label and the word after its colon, read as matchNextLine reads a Next: line.
func matchPulseLine(t string) (which int, label, val string, ok bool) {
	i := skipRESpace(t, 0)
	if i+1 < len(t) && (t[i] == '-' || t[i] == '*' || t[i] == '+') && isRESpace(t[i+1]) {
		i = skipRESpace(t, i+1)
	}
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
	if i >= len(t) {
		return 0, "", "", false
	}
	switch t[i] {
	case 'I', 'i', 'M', 'm', 0xE6: // 意 and 満 both start with the byte 0xE6
	default:
		return 0, "", "", false
	}
	for _, l := range pulseLabels {
		if strings.HasPrefix(t[i:], l.label) {
			which, label = l.which, l.label
			i += len(l.label)
			break
		}
	}
	if which == 0 {
		return 0, "", "", false
	}
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
	i = skipRESpace(t, i)
	switch {
	case strings.HasPrefix(t[i:], ":"):
		i++
	case strings.HasPrefix(t[i:], "："):
		i += len("：")
	default:
		return 0, "", "", false
	}
	i = skipRESpace(t, i)
	if strings.HasPrefix(t[i:], "**") {
		i += 2
	}
	i = skipRESpace(t, i)
	j := i
	for j < len(t) && !isRESpace(t[j]) {
		j++
	}
	// A value in parentheses or after a full-width space is not part of the word:
	// "迷い（資格試験の結果次第）", "2　前回より下がった".
	val = t[i:j]
	for _, stop := range [...]string{"（", "(", "\u3000", "／", "、"} {
		if k := strings.Index(val, stop); k > 0 {
			val = val[:k]
		}
	}
	return which, label, strings.Trim(val, "*"), true
}

// pulseValid reports whether the value of an intent or mood line can be read.
func pulseValid(which int, val string) bool {
	if which == pulseIntent {
		_, ok := ParseIntent(val)
		return ok
	}
	_, err := ParseMood(val)
	return err == nil
}

// readPulse reads the value of an intent or mood line into the current entry. On the
// first line of a list item a value follow cannot read leaves the line an item ("- 意向:
// 来年も続けたい" is a note), and readPulse returns false; anywhere else it is a problem.
func (s *bodyScanner) readPulse(which int, label, val string, lineStart, off, line int, item bool) bool {
	switch which {
	case pulseIntent:
		code, ok := ParseIntent(val)
		if !ok {
			if item {
				return false
			}
			s.addProblem(lineStart, off, line, SevError, "intent", fmt.Sprintf("%s: %q is not an intent: write stay, unsure or leave (継続, 迷い, 終了希望)", label, val))
			return true
		}
		s.cur.Intent, s.cur.IntentLine = code, line
	case pulseMood:
		m, err := ParseMood(val)
		if err != nil {
			if item {
				return false
			}
			s.addProblem(lineStart, off, line, SevError, "mood", label+": "+err.Error())
			return true
		}
		s.cur.Mood, s.cur.MoodLine = m, line
	}
	if _, lang, ok := LabelTerm(label); ok {
		s.cur.Words.add(lang, line)
	}
	return true
}

// Latest is what the front matter keeps of the log for follow due (latest:): the day of
// the latest contact, and the latest two intents and moods recorded at contacts, with
// their dates. Zero fields are what the log has none of.
type Latest struct {
	Contact                      dates.Date
	Intent, IntentBefore         string
	IntentDate, IntentBeforeDate dates.Date
	Mood, MoodBefore             int
	MoodDate, MoodBeforeDate     dates.Date
}

// LatestKeys are the keys of latest:, in the order follow writes them.
var LatestKeys = []string{"contact", "intent", "intent_date", "intent_before", "intent_before_date",
	"mood", "mood_date", "mood_before", "mood_before_date"}

// IsZero reports whether nothing is known: no contact, no intent, no mood.
func (l Latest) IsZero() bool { return l.Contact.IsZero() && l.Intent == "" && l.Mood == 0 }

// Fields are the fields of l as follow writes them under latest:, in order; the ones not
// known are left out.
func (l Latest) Fields() []Field {
	var f []Field
	add := func(key string, v any, set bool) {
		if set {
			f = append(f, Field{key, v})
		}
	}
	add("contact", l.Contact, !l.Contact.IsZero())
	add("intent", l.Intent, l.Intent != "")
	add("intent_date", l.IntentDate, !l.IntentDate.IsZero())
	add("intent_before", l.IntentBefore, l.IntentBefore != "")
	add("intent_before_date", l.IntentBeforeDate, !l.IntentBeforeDate.IsZero())
	add("mood", l.Mood, l.Mood != 0)
	add("mood_date", l.MoodDate, !l.MoodDate.IsZero())
	add("mood_before", l.MoodBefore, l.MoodBefore != 0)
	add("mood_before_date", l.MoodBeforeDate, !l.MoodBeforeDate.IsZero())
	return f
}

// Reading is one contact's intent and mood, with its date, for a trend.
type Reading struct {
	Date   dates.Date
	Intent string // "" when the contact records none
	Mood   int    // 0 when the contact records none
}

// Readings are the intents and moods recorded at contacts, oldest first (in the order of
// the log for one date).
func Readings(entries []Entry) []Reading {
	var out []Reading
	for _, e := range entries {
		if e.Date.IsZero() || !e.IsContact() || (e.Intent == "" && e.Mood == 0) {
			continue
		}
		out = append(out, Reading{Date: e.Date, Intent: e.Intent, Mood: e.Mood})
	}
	sortReadings(out)
	return out
}

// sortReadings orders readings by date, keeping the order of the log within a date.
func sortReadings(rs []Reading) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Date.Before(rs[j-1].Date); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// LatestOf is what latest: should hold for a log: its entries, and extra, a contact about
// to be written (nil when none), which comes after the entries of its date. Entries in
// date order are read from the end only as far as needed.
func LatestOf(entries []Entry, ordered bool, extra *Entry) Latest {
	// Positions in the log: entry i is at 2i; extra goes before the first entry dated
	// after it (as InsertEntry puts it), at an odd position.
	type at struct {
		date dates.Date
		seq  int
	}
	var l Latest
	var intents, moods [2]at
	var nIntent, nMood int
	var contact at
	newer := func(a, b at) bool { return a.date.After(b.date) || a.date == b.date && a.seq > b.seq }
	take := func(e *Entry, seq int) {
		if e.Date.IsZero() || !e.IsContact() {
			return
		}
		p := at{e.Date, seq}
		if contact.date.IsZero() || newer(p, contact) {
			contact = p
			l.Contact = e.Date
		}
		if e.Intent != "" {
			switch {
			case nIntent == 0 || newer(p, intents[0]):
				intents[1], intents[0] = intents[0], p
				l.IntentBefore, l.IntentBeforeDate = l.Intent, l.IntentDate
				l.Intent, l.IntentDate = e.Intent, e.Date
				nIntent++
			case nIntent == 1 || newer(p, intents[1]):
				intents[1] = p
				l.IntentBefore, l.IntentBeforeDate = e.Intent, e.Date
				nIntent++
			}
		}
		if e.Mood != 0 {
			switch {
			case nMood == 0 || newer(p, moods[0]):
				moods[1], moods[0] = moods[0], p
				l.MoodBefore, l.MoodBeforeDate = l.Mood, l.MoodDate
				l.Mood, l.MoodDate = e.Mood, e.Date
				nMood++
			case nMood == 1 || newer(p, moods[1]):
				moods[1] = p
				l.MoodBefore, l.MoodBeforeDate = e.Mood, e.Date
				nMood++
			}
		}
	}
	if extra != nil {
		k := len(entries)
		for i := range entries {
			if entries[i].Date.After(extra.Date) {
				k = i
				break
			}
		}
		take(extra, 2*k-1)
	}
	for i := len(entries) - 1; i >= 0; i-- {
		e := &entries[i]
		// In date order, an entry older than everything held changes nothing once both
		// intents, both moods and a contact are known.
		if ordered && nIntent >= 2 && nMood >= 2 && !e.Date.IsZero() &&
			e.Date.Before(intents[1].date) && e.Date.Before(moods[1].date) && e.Date.Before(contact.date) {
			break
		}
		take(e, 2*i)
	}
	return l
}

// Agrees compares the latest: of the front matter with what the log says (want) and
// returns a message for each key that differs or is missing, in key order.
func (l Latest) Agrees(want Latest) []string {
	var out []string
	have, need := l.Fields(), want.Fields()
	get := func(fs []Field, key string) (any, bool) {
		for _, f := range fs {
			if f.Key == key {
				return f.Value, true
			}
		}
		return nil, false
	}
	for _, key := range LatestKeys {
		h, hok := get(have, key)
		w, wok := get(need, key)
		switch {
		case hok && !wok:
			out = append(out, fmt.Sprintf("latest.%s is %v but the log has none", key, h))
		case !hok && wok:
			out = append(out, fmt.Sprintf("latest.%s is missing: the log says %v", key, w))
		case hok && fmt.Sprint(h) != fmt.Sprint(w):
			out = append(out, fmt.Sprintf("latest.%s is %v but the log says %v", key, h, w))
		}
	}
	return out
}
