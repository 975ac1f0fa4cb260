package draft

import (
	"errors"
	"os"
	"strings"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// Errors of a Session whose messages it already said.
var (
	ErrInvalid = errors.New("the draft is not valid")  // its problems were listed
	ErrEmpty   = errors.New("the draft is empty")      // nothing to write
	ErrAborted = errors.New("the draft was abandoned") // emptied in the editor
)

// Session is the draft of a visit of one record, read once (Once: from a file or standard
// input) or written in an editor until it is saved (Edit). A draft is never lost: while
// it is edited, and whenever it cannot be saved, it lives in Path(store, ID).
type Session struct {
	Store *store.Store
	ID    string
	Lang  string            // the reader's language, of the messages
	Warn  func(text string) // says text to the user (standard error)
	// Submit parses and checks a draft and, when it is valid, writes the visit. saved is
	// false for an empty draft; errs lists what is wrong with the draft; err is any other
	// failure, returned as it is.
	Submit func(text string) (saved bool, errs record.DraftErrors, err error)
}

func (s Session) say(key string, args ...any) { s.Warn(i18n.T(s.Lang, key, args...)) }

// Once handles a draft read without an editor, from origin (a file's name, or stdin).
// When it cannot be saved its problems are said; a draft kept in keep (not "") is not
// lost, and a kept draft of the same text is done with once it is saved.
func (s Session) Once(text, origin, keep string) error {
	saved, errs, err := s.Submit(text)
	if err != nil || errs != nil {
		where := origin
		if keep != "" {
			where = keep
			_ = Save(s.Store, keep, text)
		}
		if err == nil {
			s.say("draft.invalid")
			for _, e := range errs {
				s.Warn(ErrorText(e, where, 0, s.Lang) + "\n")
			}
			err = ErrInvalid
		}
		if keep != "" {
			s.say("draft.keptfile", keep, s.ID, keep)
		}
		return err
	}
	if !saved {
		return ErrEmpty
	}
	if keep != "" {
		if b, err := os.ReadFile(keep); err == nil && string(b) == text {
			_ = os.Remove(keep)
		}
	}
	return nil
}

// Edit opens the editor (edit) on the draft left from before, else on template(), until the
// visit is saved, the draft is emptied (ErrAborted), or the user closes it unchanged after
// its problems were said (ErrInvalid).
func (s Session) Edit(edit func(path string) error, template func() (string, error)) error {
	path := Path(s.Store, s.ID)
	var text string
	if b, err := os.ReadFile(path); err == nil && strings.TrimSpace(record.StripDraftComments(string(b))) != "" {
		text = string(b)
		s.say("draft.resumed", path)
	} else if text, err = template(); err != nil {
		return err
	}
	previous := "\x00" // the body of the last invalid round
	for {
		if err := Save(s.Store, path, text); err != nil {
			return err
		}
		if err := edit(path); err != nil {
			s.say("draft.kept", path, s.ID, path, s.ID)
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		body := StripErrorHeader(string(b))
		saved, errs, err := s.Submit(body)
		switch {
		case err != nil:
			s.say("draft.kept", path, s.ID, path, s.ID)
			return err
		case errs == nil:
			_ = os.Remove(path)
			if saved {
				return nil
			}
			s.say("draft.aborted")
			return ErrAborted
		}
		header := ErrorHeader(errs, s.Lang)
		s.say("draft.invalid")
		for _, e := range errs {
			s.Warn(ErrorText(e, path, strings.Count(header, "\n"), s.Lang) + "\n")
		}
		text = header + body
		if body == previous {
			_ = Save(s.Store, path, text)
			s.say("draft.kept", path, s.ID, path, s.ID)
			return ErrInvalid
		}
		previous = body
		s.say("draft.reopen", path)
	}
}
