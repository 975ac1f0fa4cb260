package record

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/textfold"
)

// Visit is a new entry to write into the body.
type Visit struct {
	Date     dates.Date
	Kind     string    // visit, call, ... (written after the date)
	Facts    []string  // A: facts confirmed
	Requests []Request // B: new requests agreed at this visit
	Personal []string  // topics to pick up next time
	Notes    []string
	Next     dates.Date
	// NextAt and NextPlace are the time ("15:00", "15:00-16:00") and the place agreed
	// with Next, written after its date on the Next: line ("" when none).
	NextAt, NextPlace string
	Intent            string // stay, unsure or leave: the 意向: / Intent: line ("" writes none)
	Mood              int    // 1 to 5: the 満足度: / Mood: line (0 writes none)
	Author            string // who writes it: the By: / 記入: line under the heading ("" writes none)
	Lang              string // the record's language: "ja" writes Japanese words; anything else English
}

// Labels are the words follow writes into a record body.
type Labels struct {
	Facts, Requests, Personal, Notes, Done string // section names
	Next, By                               string // line labels
	Due, Plan, Report                      string
	Sep                                    string
}

// LabelsFor returns the labels for a language ("ja" or English).
func LabelsFor(lang string) Labels {
	w := func(list []Term, code string) string {
		for _, t := range list {
			if t.Code == code {
				return t.Word(lang)
			}
		}
		panic("record: no term " + code)
	}
	l := Labels{Facts: w(sectionTerms, SectionFacts), Requests: w(sectionTerms, SectionRequests),
		Personal: w(sectionTerms, SectionPersonal), Notes: w(sectionTerms, SectionNotes), Done: w(sectionTerms, SectionDone),
		Next: w(labelTerms, LabelNext), By: w(labelTerms, LabelAuthor)}
	if lang == LangJA {
		l.Due, l.Plan, l.Report, l.Sep = "期限", "方針", "報告", "／"
	} else {
		l.Due, l.Plan, l.Report, l.Sep = "due", "plan", "report", "; "
	}
	return l
}

// authorLine is the By: / 記入: line of an entry, with the blank line after it; "" when
// nobody is named.
func authorLine(author string, l Labels) string {
	if a := oneLine(author); a != "" {
		return "\n" + l.By + ": " + a + "\n"
	}
	return ""
}

// RequestLine renders a request as the one line written under Requests in the body.
func RequestLine(q Request, lang string) string {
	l := LabelsFor(lang)
	parts := append(requestOrigin(q, lang), l.Due+" "+q.Due.String())
	if q.Plan != "" {
		parts = append(parts, l.Plan+": "+q.Plan)
	}
	if !q.Report.IsZero() || q.How != "" {
		rep := l.Report
		if !q.Report.IsZero() {
			rep += " " + q.Report.String()
		}
		if q.How != "" {
			rep += " " + q.How
		}
		parts = append(parts, rep)
	}
	if lang == "ja" {
		return q.ID + ": " + q.What + "（" + strings.Join(parts, l.Sep) + "）"
	}
	return q.ID + ": " + q.What + " (" + strings.Join(parts, l.Sep) + ")"
}

// requestOrigin are the parts of a request's line that say what it is, who raised it and
// who must act, when they are not an ordinary request of the staff member for the owner:
// "complaint; from client; who manager" / "苦情／派遣先から／対応者 上長".
func requestOrigin(q Request, lang string) []string {
	var parts []string
	ja := lang == "ja"
	if q.IsComplaint() {
		parts = append(parts, map[bool]string{false: "complaint", true: "苦情"}[ja])
	}
	if q.From != "" && (q.From != FromStaff || q.IsComplaint()) {
		if ja {
			parts = append(parts, map[string]string{FromStaff: "本人から", FromClient: "派遣先から"}[q.From])
		} else {
			parts = append(parts, "from "+q.From)
		}
	}
	if q.Who != "" {
		who := q.Who
		if ja {
			who = map[string]string{"owner": "担当", "manager": "上長"}[q.Who]
			if who == "" {
				who = q.Who
			}
			parts = append(parts, "対応者 "+who)
		} else {
			parts = append(parts, "who "+who)
		}
	}
	return parts
}

// Markdown renders the visit as a body section, ending in a newline.
func (v Visit) Markdown() string {
	l := LabelsFor(v.Lang)
	var b strings.Builder
	kind := v.Kind
	if kind == "" {
		kind = Kind(KindVisit, v.Lang)
	}
	b.WriteString("## " + v.Date.String() + " " + oneLine(kind) + "\n")
	b.WriteString(authorLine(v.Author, l))
	list := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		b.WriteString("\n### " + title + "\n\n")
		for _, it := range items {
			b.WriteString("- " + oneLine(it) + "\n")
		}
	}
	list(l.Facts, v.Facts)
	var reqs []string
	for _, q := range v.Requests {
		reqs = append(reqs, RequestLine(q, v.Lang))
	}
	list(l.Requests, reqs)
	list(l.Personal, v.Personal)
	list(l.Notes, v.Notes)
	b.WriteString(PulseLines(v.Intent, v.Mood, v.Lang))
	if !v.Next.IsZero() {
		b.WriteString("\n" + NextLine(MakeAppointment(v.Next, v.NextAt, v.NextPlace), v.Lang) + "\n")
	}
	return b.String()
}

// NextLine is the Next: / 次回: line of an entry in lang for the appointment a: its date,
// then its time and place when agreed (次回: 2026-12-16 15:00 休憩室).
func NextLine(a dates.Appointment, lang string) string {
	a.Place = oneLine(a.Place)
	return LabelsFor(lang).Next + ": " + a.String()
}

// NextAppointment is the appointment the Next: line at file line n says: its date, and the
// time and place written after it as NextLine writes them (text after the date is free:
// what does not read as a time and a place is left out). ok is false when line n is not a
// Next: line starting with a date.
func (r *Record) NextAppointment(n int) (a dates.Appointment, ok bool) {
	_, rest, ok := splitNextLine(strings.TrimSpace(string(r.lineBytes(n))))
	if !ok {
		return dates.Appointment{}, false
	}
	// The date ends at the first space, full-width ones too (textfold.Input folds rune for
	// rune); the time and place after it are read as written.
	rest = strings.TrimFunc(rest, unicode.IsSpace) // as textfold.Input trims
	first, after := rest, ""
	orig := []rune(rest)
	for i, c := range []rune(textfold.Input(rest)) {
		if c < 0x80 && isRESpace(byte(c)) && i < len(orig) {
			first, after = string(orig[:i]), string(orig[i+1:])
			break
		}
	}
	d, err := dates.ParseISO(textfold.Input(strings.Trim(first, "*")))
	if err != nil {
		return dates.Appointment{}, false
	}
	if a, err := dates.ParseAppointment(d.String()+" "+after, d, dates.Past); err == nil && a.Date == d {
		return a, true
	}
	return dates.Appointment{Date: d}, true
}

// MakeAppointment is the appointment on date at the time clock ("15:00", "15:00-16:00",
// as next_at holds it; one follow cannot read is left out) in place.
func MakeAppointment(date dates.Date, clock, place string) dates.Appointment {
	a := dates.Appointment{Date: date, Place: strings.TrimSpace(place)}
	if clock != "" {
		if start, end, err := dates.ParseClock(clock); err == nil {
			a.Time, a.End = start, end
		}
	}
	return a
}

// PulseLabel is the label of the intent or the mood line (LabelIntent, LabelMood) in lang.
func PulseLabel(code, lang string) string {
	for _, t := range labelTerms {
		if t.Code == code {
			return t.Word(lang)
		}
	}
	return code
}

// PulseLines are the intent and mood lines of a contact in lang, after a blank line
// ("\n意向: 迷い\n満足度: 2\n"); "" when it records neither.
func PulseLines(intent string, mood int, lang string) string {
	if intent == "" && mood == 0 {
		return ""
	}
	w := func(code string) string { return PulseLabel(code, lang) }
	out := "\n"
	if intent != "" {
		out += w(LabelIntent) + ": " + IntentWord(intent, lang) + "\n"
	}
	if mood != 0 {
		out += w(LabelMood) + ": " + strconv.Itoa(mood) + "\n"
	}
	return out
}

// oneLine folds line breaks so that user text cannot start a new heading or section.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	parts := strings.Split(s, "\n")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return strings.Join(parts, " ")
}

// InsertEntry writes a body section (markdown ending in a newline) in date order: before
// the first entry dated later, after every entry of the same date, else at the end.
func (e *Editor) InsertEntry(date dates.Date, section string) {
	if e.err != nil {
		return
	}
	r := e.r
	entries, _ := r.Entries()
	for _, en := range entries {
		if !en.Date.IsZero() && en.Date.After(date) {
			e.add(en.Start, en.Start, section+"\n")
			return
		}
	}
	// Append at the end, separated from what is above by one blank line, unless the body
	// ends inside an unclosed code block or comment, where the entry would not be an entry
	// at all. Such a block still open at the end opened after the last entry's heading (a
	// heading inside one is not one), so only the text from there is looked at.
	tail := r.lay.bodyStart
	if len(entries) > 0 {
		tail = entries[len(entries)-1].Start
	}
	if line, comment := openBlock(r.Src[tail:]); line > 0 {
		if comment {
			e.fail(r.lineOf(tail)+line-1, "the HTML comment opened on this line is never closed (<!-- without -->); close it, then log the entry")
		} else {
			e.fail(r.lineOf(tail)+line-1, "the code block opened on this line is never closed (```); close it, then log the entry")
		}
		return
	}
	src := r.Src
	prefix := ""
	switch {
	case len(src) > 0 && src[len(src)-1] != '\n':
		prefix = "\n\n"
	case len(src) == r.lay.bodyStart:
		prefix = "\n"
	default:
		last := lineStartAt(src, len(src)-1)
		if strings.TrimSpace(string(src[last:])) != "" {
			prefix = "\n"
		}
	}
	if !r.readsBackAsEntry(len(src), prefix+section, len(entries)+1) {
		e.fail(r.lineOf(len(src)), "the entry would not be read back: the body ends inside an unclosed block (an HTML comment <!-- without -->?); close it, then log the entry")
		return
	}
	e.add(len(src), len(src), prefix+section)
}

// readsBackAsEntry reports whether inserting text at body offset off gives want entries.
// When text is appended at the end, only the last entry and the new text are parsed again:
// a construct that could swallow the new entry (an unclosed <!--) can only have started
// after the last heading that was read as an entry, so a long log is not parsed twice.
func (r *Record) readsBackAsEntry(off int, text string, want int) bool {
	tail := r.lay.bodyStart
	if es, _ := r.Entries(); off == len(r.Src) && len(es) > 0 {
		tail = es[len(es)-1].Start
		want = 2
	}
	cand := make([]byte, 0, r.lay.bodyStart+len(r.Src)-tail+len(text))
	cand = append(cand, r.Src[:r.lay.bodyStart]...)
	cand = append(cand, r.Src[tail:off]...)
	cand = append(cand, text...)
	cand = append(cand, r.Src[off:]...)
	tmp := &Record{Path: r.Path, Src: cand, lay: r.lay}
	got, _ := tmp.Entries()
	return len(got) == want
}

// Log is a lifecycle entry (a renewal, an end, a handover, a closed item): a dated
// heading, who wrote it, and one line per fact.
type Log struct {
	Date   dates.Date
	Kind   string // the word after the date
	Author string // "" writes no By: / 記入: line
	Lang   string // the record's language, for the label of the author line
	Lines  []string
}

// Markdown renders the entry as a body section, ending in a newline.
func (g Log) Markdown() string {
	var b strings.Builder
	b.WriteString("## " + g.Date.String() + " " + oneLine(g.Kind) + "\n")
	b.WriteString(authorLine(g.Author, LabelsFor(g.Lang)))
	b.WriteString("\n")
	for _, l := range g.Lines {
		b.WriteString("- " + oneLine(l) + "\n")
	}
	return b.String()
}

// openBlock returns the line (1-based, in body) where a code block or an HTML comment that
// is still open at the end of body opened, and which of the two it is, or 0.
func openBlock(body []byte) (line int, comment bool) {
	var lr lineReader
	at := 0
	for i, l := range splitLines(body) {
		wasOpen := lr.fence != 0 || lr.comment
		var bl bodyLine
		lr.classify([]byte(l), &bl)
		if !wasOpen && (lr.fence != 0 || lr.comment) {
			at = i + 1
		}
	}
	if lr.fence == 0 && !lr.comment {
		return 0, false
	}
	return at, lr.comment
}
