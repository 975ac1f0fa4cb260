package cli

import (
	"errors"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// The helpers here take the store, not a Printer, so their messages are msgErr values,
// translated when Run prints them.

// openRecord finds and parses the record of id for editing. The caller holds the lock.
// A missing record gives ("", nil, nil); a record that cannot be read or whose data is
// broken gives an error naming file and line, and is never modified.
func openRecord(s *store.Store, id string) (string, *record.Record, error) {
	return openRecordWith(s.Find, id)
}

// openRecordWith is openRecord with the store's Find, or a Finder for many IDs.
func openRecordWith(find func(id string) (string, error), id string) (string, *record.Record, error) {
	if err := store.ValidID(id); err != nil {
		return "", nil, usageErr("%v", err)
	}
	path, err := find(id)
	if err != nil {
		return "", nil, dataErr(err)
	}
	if path == "" {
		return "", nil, nil
	}
	l := store.LoadOne(path)
	if l.Err != nil {
		return path, nil, dataErr(msgErr("recordio.unreadable", l.Err))
	}
	if err := l.Record.Broken(); err != nil {
		return path, nil, dataErr(msgErr("recordio.broken", err))
	}
	return path, l.Record, nil
}

// saveEdit writes the bytes of an operation once ops.Check has read them back: nothing
// touches the disk unless they parse, keep every earlier entry and pass the operation's
// check. The write is atomic. old is nil for a new record.
func saveEdit(s *store.Store, path string, old *record.Record, e ops.Edit) (*record.Record, error) {
	nr, err := ops.Check(old, path, e)
	if err != nil {
		return nil, dataErr(err)
	}
	if err := s.WriteRecord(path, nr); err != nil {
		return nil, dataErr(err)
	}
	return nr, nil
}

// guard refuses text a user gave that the privacy guard of follow lint would refuse (a
// My Number, a card number, sensitive personal information), before anything is written:
// follow never writes what the pre-commit hook refuses.
func (r Records) guard(in ...ops.Input) error {
	cfg, err := r.Config()
	if err != nil {
		return err
	}
	if err := ops.Guard(privacyScanner(cfg), cfg.Lint.Disable, in...); err != nil {
		return opErr(err)
	}
	return nil
}

// privacyScanner is the privacy guard of the team: the default words and lint.sensitive.
func privacyScanner(cfg *config.Config) *privacy.Scanner {
	return privacy.New(privacy.Options{Extra: cfg.Lint.Sensitive})
}

// parseDateFlag reads a date flag as typed, a month and day without a year (12/5) in the
// direction dir (ops.Happened, ops.Planned, or dates.ThisYear; see dates.ParseNear);
// empty gives def.
func parseDateFlag(flag, val string, today, def dates.Date, dir dates.Direction) (dates.Date, error) {
	if val == "" {
		return def, nil
	}
	d, err := dates.ParseNear(val, today, dir)
	var near *dates.NearError
	if errors.As(err, &near) {
		return 0, usageMsg("date.flag", flag, near) // said in the reader's language
	}
	if err != nil {
		return 0, usageErr("--%s: %v", flag, err)
	}
	return d, nil
}

// parseAppointmentFlag reads the next appointment as typed (a date, then a time and a place
// if agreed: "12/16 15:00 休憩室"), its date in the direction of a planned date; a slip of the
// date is said in the reader's language, as parseDateFlag says it.
func parseAppointmentFlag(flag, val string, today dates.Date) (dates.Appointment, error) {
	a, err := dates.ParseAppointmentNear(val, today, dates.Future)
	var near *dates.NearError
	if errors.As(err, &near) {
		return a, usageMsg("date.flag", flag, near)
	}
	if err != nil {
		return a, usageErr("--%s: %v", flag, err)
	}
	return a, nil
}

// lock opens the store and its rules and takes the write lock; the caller must unlock.
func (r Records) lock() (*store.Store, *config.Config, func(), error) {
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
		return nil, nil, nil, dataErr(err)
	}
	return s, cfg, unlock, nil
}

// change is a record opened by one of the commands that change it after follow new
// (done, renew, end, handover): under the store's lock, with the date the change
// happened. The caller must call unlock.
type change struct {
	today, date dates.Date
	s           *store.Store
	cfg         *config.Config
	unlock      func()
	path        string
	rec         *record.Record
	envUsed     ops.Env // the environment the operation ran in (applyChange)
}

// openChange resolves the ID typed (an ID, or a staff member's name), checks it, reads --date (default today; a month and day without a year
// in the direction dir), takes the lock and opens the record, which must exist and be
// readable.
func (r Records) openChange(typed, dateFlag string, dir dates.Direction) (*change, error) {
	id, err := r.staffID(typed)
	if err != nil {
		return nil, err
	}
	if err := store.ValidID(id); err != nil {
		return nil, usageErr("%v", err)
	}
	today := r.Today()
	date, err := parseDateFlag("date", dateFlag, today, today, dir)
	if err != nil {
		return nil, err
	}
	s, cfg, unlock, err := r.lock()
	if err != nil {
		return nil, err
	}
	path, rec, err := openRecord(s, id)
	if err == nil && rec == nil {
		err = dataErr(msgErr("show.norecord", id, s.Root))
	}
	if err != nil {
		unlock()
		return nil, err
	}
	return &change{today: today, date: date, s: s, cfg: cfg, unlock: unlock, path: path, rec: rec}, nil
}

// env is what the operations of pkg/ops need to change the record: the words they write
// in the record's language (else the team's, else ui, the writer's), by a.
func (c *change) env(ui string, a author) ops.Env {
	return ops.Env{Today: c.today, Config: c.cfg, Lang: c.rec.LangOr(c.cfg.Lang, ui), Author: a.name}
}

// save writes the edit of the change's record.
func (c *change) save(e ops.Edit) (*record.Record, error) { return saveEdit(c.s, c.path, c.rec, e) }

// applyChange is what done, renew, end and handover share: it opens the record id under
// the store's lock with its --date (default today; dir: how a date without a year is
// read), runs op with the environment of the
// change (the record's language, the current user as author), writes the edit op returns,
// and says when the author is unknown. The lock is released when it returns; the caller
// says what happened, from op's result, c and the edited record.
func applyChange(p Printer, r Records, id, date string, dir dates.Direction, op func(c *change, env ops.Env) (ops.Edit, error)) (*change, *record.Record, error) {
	c, err := r.openChange(id, date, dir)
	if err != nil {
		return nil, nil, err
	}
	defer c.unlock()
	by := r.author(c.rec, false)
	c.envUsed = c.env(p.Lang(), by)
	e, err := op(c, c.envUsed)
	if err != nil {
		return nil, nil, opErr(err)
	}
	nr, err := c.save(e)
	if err != nil {
		return nil, nil, err
	}
	p.noteAuthor(by)
	return c, nr, nil
}
