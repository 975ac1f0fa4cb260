package ops

import (
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// LogInput is a dated entry of free text: a note written in another tool (follow import).
type LogInput struct {
	Env
	Date dates.Date
	Kind string     // as written, in either language: visit, 電話, ...; "" is a note (メモ)
	Text string     // markdown, made one entry's text by record.EntryText
	Next dates.Date // the next follow-up the note names; zero when none
	// MoveNext lets Next become the record's next follow-up when it is later than the
	// record's. The caller sets it for the latest of the notes it writes into a record:
	// an older note's next date is history.
	MoveNext bool
}

// Logged says what logging an entry did.
type Logged struct {
	Edit
	Kind string // the word written in the heading
	// Duplicate: the record already holds this entry (the same date, kind and text);
	// nothing is written and Out is the record's bytes.
	Duplicate bool
	Next      dates.Date // the record's next follow-up afterwards
	NextMoved bool
}

// LogKindWord is the word written in an entry's heading for kind as typed: a contact kind
// as KindWord gives it, "" or note / メモ as a note in lang, any other word as KindWord
// keeps it.
func LogKindWord(kind, lang string) string {
	if strings.TrimSpace(kind) == "" {
		return record.Kind(record.KindNote, lang) // a note, not a contact
	}
	return KindWord(kind, lang)
}

// Log writes a dated entry of free text into rec, in date order, with a Next: line when
// the entry names a next follow-up. An entry the record already holds (the same date and
// kind, in either language, and the same text) is not written twice.
func Log(rec *record.Record, in LogInput) (Logged, error) {
	body, err := record.EntryText(in.Text)
	if err != nil {
		return Logged{}, data("log.text", err)
	}
	res := Logged{Kind: LogKindWord(in.Kind, in.Lang), Next: rec.Next}
	if body == "" && in.Next.IsZero() {
		return Logged{}, data("log.empty")
	}
	if hasEntry(rec, in.Date, res.Kind, body) {
		res.Duplicate = true
		res.Edit = Edit{Out: rec.Src}
		return res, nil
	}
	var b strings.Builder
	b.WriteString("## " + in.Date.String() + " " + strings.Join(strings.Fields(res.Kind), "-") + "\n")
	if body != "" {
		b.WriteString("\n" + body + "\n")
	}
	if !in.Next.IsZero() {
		b.WriteString("\n" + record.LabelsFor(in.Lang).Next + ": " + in.Next.String() + "\n")
	}
	ed := rec.Edit()
	if in.MoveNext && rec.Active() && in.Next.After(rec.Next) {
		ed.SetNext(dates.Appointment{Date: in.Next})
		res.Next, res.NextMoved = in.Next, true
	}
	ed.InsertEntry(in.Date, b.String())
	out, err := ed.Bytes()
	if err != nil {
		return Logged{}, err
	}
	before, _ := rec.Entries()
	want := len(before) + 1
	res.Edit = Edit{Out: out, verify: func(nr *record.Record) error {
		if es, _ := nr.Entries(); len(es) != want {
			return i18n.Msg("log.notone", in.Date)
		}
		if res.NextMoved && nr.Next != in.Next {
			return i18n.Msg("new.nextnot", in.Next)
		}
		return nil
	}}
	return res, nil
}

// hasEntry reports whether rec holds an entry dated date, of kind (compared across the
// languages), whose text is body once its heading and a Next: line at its end for the
// entry's own next date are left out.
func hasEntry(rec *record.Record, date dates.Date, kind, body string) bool {
	_, entries, texts := rec.EntryTexts()
	for i, e := range entries {
		if e.Date != date || LogKindWord(e.Kind, i18n.EN) != LogKindWord(kind, i18n.EN) {
			continue
		}
		if normText(entryBody(texts[i], e.Next)) == normText(body) {
			return true
		}
	}
	return false
}

// entryBody is the text of an entry as Log would have been given it: LF line ends, without
// the heading line and a last line "Next: DATE" / "次回: DATE" for next (normText).
func entryBody(text string, next dates.Date) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	_, rest, _ := strings.Cut(text, "\n")
	lines := strings.Split(normText(rest), "\n")
	if n := len(lines); n > 0 && !next.IsZero() {
		last := strings.TrimSpace(lines[n-1])
		for _, lang := range []string{i18n.EN, i18n.JA} {
			if last == record.LabelsFor(lang).Next+": "+next.String() {
				lines = lines[:n-1]
				break
			}
		}
	}
	return strings.Join(lines, "\n")
}

// normText is s without trailing spaces on its lines and without blank lines at both ends.
func normText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
