// Package ops holds what each command of follow does to a record: create it, log a visit
// (from flags or from a draft), mark a milestone or request done, record a renewal or an
// end, hand it over, format it. It is pure: an operation takes the parsed record and a plain
// input (dates already read, the team's rules, today, the language of the words it writes)
// and returns the edited bytes with what happened as data: ids created, items closed, the
// next date moved or kept. It reads no file and no clock and prints nothing. The command line
// resolves the inputs, writes the bytes under the store's lock (after Verify) and says what
// happened in the user's language.
//
// Every edit is a splice of the record's bytes (record.Editor): what the operation does
// not change stays byte for byte as it was.
package ops

import (
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// Env is what every operation needs besides its own input.
type Env struct {
	Today  dates.Date
	Config *config.Config
	// Lang is the language of the words the operation writes into the record (section
	// headings, the kind of an entry, log lines): "ja", else English. It is the record's
	// own language (record.Record.LangOr), never the reader's.
	Lang string
	// Author is who writes: the By: / 記入: line of every entry the operation writes. When
	// it is empty no author line is written.
	Author string
}

// t is a catalogue message in the record's language.
func (e Env) t(key string, args ...any) string { return i18n.T(e.Lang, key, args...) }

// log renders a lifecycle entry of the kind (a record.Kind code) with its lines, in the
// record's language, by the author.
func (e Env) log(date dates.Date, kind string, lines ...string) string {
	return record.Log{Date: date, Kind: record.Kind(kind, e.Lang), Author: e.Author, Lang: e.Lang, Lines: lines}.Markdown()
}

// Edit is what every operation returns: the record's new bytes, and the check the new
// bytes must pass once parsed, before they are written.
type Edit struct {
	Out    []byte
	verify func(*record.Record) error
}

// Verify checks the edited record, parsed from Out: it must hold what the operation wrote.
// A failure is an internal error: nothing may be written.
func (e Edit) Verify(nr *record.Record) error {
	if e.verify == nil {
		return nil
	}
	return e.verify(nr)
}

// Error is why an operation refuses: a message of the catalogue with its arguments. A
// usage error comes from the input (the command was called wrongly), the others from the
// record's data.
type Error struct {
	Usage bool
	Msg   *i18n.Message
}

func (e *Error) Error() string { return e.Msg.Error() }

// Text is the message in lang.
func (e *Error) Text(lang string) string { return e.Msg.Text(lang) }

func usage(key string, args ...any) error { return &Error{Usage: true, Msg: i18n.Msg(key, args...)} }

func data(key string, args ...any) error { return &Error{Msg: i18n.Msg(key, args...)} }

func findMilestone(r *record.Record, id string) *record.Milestone {
	for i := range r.Milestones {
		if strings.EqualFold(r.Milestones[i].ID, id) {
			return &r.Milestones[i]
		}
	}
	return nil
}

func findRequest(r *record.Record, id string) *record.Request {
	for i := range r.Requests {
		if strings.EqualFold(r.Requests[i].ID, id) {
			return &r.Requests[i]
		}
	}
	return nil
}

// KindWord is the word written in a visit's heading for a kind as typed (either language;
// "" is a visit), in lang: call and 電話 both give 電話 in a Japanese record. A kind follow
// does not know is kept, its spaces turned into dashes.
func KindWord(kind, lang string) string {
	k := strings.TrimSpace(kind)
	if k == "" {
		return record.Kind(record.KindVisit, lang)
	}
	if t, _, ok := record.KindTerm(k); ok {
		return t.Word(lang)
	}
	return strings.Join(strings.Fields(k), "-")
}

// Check reads the edited bytes back before anything is written: they must parse as a
// whole file would (of the body only what changed is read again when old is given: old
// was read whole when it was opened), must not break a record that was sound, must keep
// every earlier entry of the log, and must pass the operation's Verify. It returns the
// edited record; its errors are internal errors, and nothing may be written then.
func Check(old *record.Record, path string, e Edit) (*record.Record, error) {
	var nr *record.Record
	var err error
	if old != nil {
		nr, err = old.Reparse(path, e.Out)
	} else {
		nr, err = record.Parse(path, e.Out)
	}
	if err != nil {
		return nil, i18n.Msg("recordio.wouldbreak", path, err)
	}
	if err := nr.Broken(); err != nil && old != nil && old.Broken() == nil {
		return nil, i18n.Msg("recordio.wouldbreak", path, err)
	}
	// Nothing a user wrote in the log may be lost. When the edit only added text to the
	// body (every old byte is still there, in order), that is shown in one pass; otherwise
	// (follow fmt removes trailing spaces) the entries are counted.
	if old != nil && !record.IsSubsequence(old.Body(), nr.Body()) {
		oldEntries, _ := old.Entries()
		newEntries, _ := nr.Entries()
		if len(newEntries) < len(oldEntries) {
			return nil, i18n.Msg("recordio.drop", path)
		}
	}
	if err := e.Verify(nr); err != nil {
		return nil, i18n.Msg("recordio.check", err)
	}
	return nr, nil
}
