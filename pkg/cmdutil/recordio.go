package cmdutil

import (
	"errors"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// The helpers here take the store, not a Printer, so their messages are msgErr values,
// translated when Run prints them.

// OpenRecord finds and parses the record of id for editing. The caller holds the lock.
// A missing record gives ("", nil, nil); a record that cannot be read or whose data is
// broken gives an error naming file and line, and is never modified.
func OpenRecord(s *store.Store, id string) (string, *record.Record, error) {
	return OpenRecordWith(s.Find, id)
}

// OpenRecordWith is OpenRecord with the store's Find, or a Finder for many IDs.
func OpenRecordWith(find func(id string) (string, error), id string) (string, *record.Record, error) {
	if err := store.ValidID(id); err != nil {
		return "", nil, UsageErr("%v", err)
	}
	path, err := find(id)
	if err != nil {
		return "", nil, DataErr(err)
	}
	if path == "" {
		return "", nil, nil
	}
	l := store.LoadOne(path)
	if l.Err != nil {
		return path, nil, DataErr(i18n.Msg("recordio.unreadable", l.Err))
	}
	if err := l.Record.Broken(); err != nil {
		return path, nil, DataErr(i18n.Msg("recordio.broken", err))
	}
	return path, l.Record, nil
}

// SaveEdit writes the bytes of an operation once ops.Check has read them back: nothing
// touches the disk unless they parse, keep every earlier entry and pass the operation's
// check. The write is atomic. old is nil for a new record.
func SaveEdit(s *store.Store, path string, old *record.Record, e ops.Edit) (*record.Record, error) {
	nr, err := ops.Check(old, path, e)
	if err != nil {
		return nil, DataErr(err)
	}
	if err := s.WriteRecord(path, nr); err != nil {
		return nil, DataErr(err)
	}
	return nr, nil
}

// Guard refuses text a user gave that the privacy guard of follow lint would refuse (a
// My Number, a card number, sensitive personal information), before anything is written:
// follow never writes what the pre-commit hook refuses.
func (r Records) Guard(in ...ops.Input) error {
	cfg, err := r.Config()
	if err != nil {
		return err
	}
	if err := ops.Guard(PrivacyScanner(cfg), cfg.Lint.Disable, in...); err != nil {
		return OpErr(err)
	}
	return nil
}

// PrivacyScanner is the privacy guard of the team: the default words and lint.sensitive.
func PrivacyScanner(cfg *config.Config) *privacy.Scanner {
	return privacy.New(privacy.Options{Extra: cfg.Lint.Sensitive})
}

// ParseDateFlag reads a date flag as typed, a month and day without a year (12/5) in the
// direction dir (ops.Happened, ops.Planned, or dates.ThisYear; see dates.ParseNear);
// empty gives def.
func ParseDateFlag(flag, val string, today, def dates.Date, dir dates.Direction) (dates.Date, error) {
	if val == "" {
		return def, nil
	}
	d, err := dates.ParseNear(val, today, dir)
	var near *dates.NearError
	if errors.As(err, &near) {
		return 0, UsageMsg("date.flag", flag, near) // said in the reader's language
	}
	if err != nil {
		return 0, UsageErr("--%s: %v", flag, err)
	}
	return d, nil
}

// ParseAppointmentFlag reads the next appointment as typed (a date, then a time and a place
// if agreed: "12/16 15:00 休憩室"), its date in the direction of a planned date; a slip of the
// date is said in the reader's language, as ParseDateFlag says it.
func ParseAppointmentFlag(flag, val string, today dates.Date) (dates.Appointment, error) {
	a, err := dates.ParseAppointmentNear(val, today, dates.Future)
	var near *dates.NearError
	if errors.As(err, &near) {
		return a, UsageMsg("date.flag", flag, near)
	}
	if err != nil {
		return a, UsageErr("--%s: %v", flag, err)
	}
	return a, nil
}

// Lock opens the store and its rules and takes the write lock; the caller must unlock.
func (r Records) Lock() (*store.Store, *config.Config, func(), error) {
	s, err := r.Store()
	if err != nil {
		return nil, nil, nil, err
	}
	cfg, err := r.Config()
	if err != nil {
		return nil, nil, nil, err
	}
	unlock, err := s.Lock()
	if err != nil {
		return nil, nil, nil, DataErr(err)
	}
	return s, cfg, unlock, nil
}

// Change is a record opened by one of the commands that change it after follow new
// (done, renew, end, handover): under the store's lock, with the date the change
// happened. The caller must call unlock.
type Change struct {
	Today, Date dates.Date
	Store       *store.Store
	Cfg         *config.Config
	Unlock      func()
	Path        string
	Rec         *record.Record
	EnvUsed     ops.Env // the environment the operation ran in (ApplyChange)
}

// OpenChange resolves the ID typed (an ID, or a staff member's name), checks it, reads --date (default today; a month and day without a year
// in the direction dir), takes the lock and opens the record, which must exist and be
// readable.
func (r Records) OpenChange(typed, dateFlag string, dir dates.Direction) (*Change, error) {
	id, err := r.StaffID(typed)
	if err != nil {
		return nil, err
	}
	if err := store.ValidID(id); err != nil {
		return nil, UsageErr("%v", err)
	}
	today := r.Today()
	date, err := ParseDateFlag("date", dateFlag, today, today, dir)
	if err != nil {
		return nil, err
	}
	s, cfg, unlock, err := r.Lock()
	if err != nil {
		return nil, err
	}
	path, rec, err := OpenRecord(s, id)
	if err == nil && rec == nil {
		err = DataErr(i18n.Msg("show.norecord", id, s.Root))
	}
	if err != nil {
		unlock()
		return nil, err
	}
	return &Change{Today: today, Date: date, Store: s, Cfg: cfg, Unlock: unlock, Path: path, Rec: rec}, nil
}

// Env is what the operations of pkg/ops need to change the record: the words they write
// in the record's language (else the team's, else ui, the writer's), by a.
func (c *Change) Env(ui string, a Author) ops.Env {
	return ops.Env{Today: c.Today, Config: c.Cfg, Lang: c.Rec.LangOr(c.Cfg.Lang, ui), Author: a.Name}
}

// Save writes the edit of the change's record.
func (c *Change) Save(e ops.Edit) (*record.Record, error) { return SaveEdit(c.Store, c.Path, c.Rec, e) }

// ApplyChange is what done, renew, end and handover share: it opens the record id under
// the store's lock with its --date (default today; dir: how a date without a year is
// read), runs op with the environment of the
// change (the record's language, the current user as author), writes the edit op returns,
// and says when the author is unknown. The lock is released when it returns; the caller
// says what happened, from op's result, c and the edited record.
func ApplyChange(p Printer, r Records, id, date string, dir dates.Direction, op func(c *Change, env ops.Env) (ops.Edit, error)) (*Change, *record.Record, error) {
	c, err := r.OpenChange(id, date, dir)
	if err != nil {
		return nil, nil, err
	}
	defer c.Unlock()
	by := r.AuthorOf(c.Rec, false)
	c.EnvUsed = c.Env(p.Lang(), by)
	e, err := op(c, c.EnvUsed)
	if err != nil {
		return nil, nil, OpErr(err)
	}
	nr, err := c.Save(e)
	if err != nil {
		return nil, nil, err
	}
	p.NoteAuthor(by)
	return c, nr, nil
}
