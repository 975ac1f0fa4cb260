package cli

import (
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// The helpers here take the store, not the Factory, so their messages are msgErr values,
// translated when Run prints them.
// openRecord finds and parses the record of id for editing. The caller holds the lock.
// A missing record gives ("", nil, nil); a record that cannot be read or whose data is
// broken gives an error naming file and line, and is never modified.
func openRecord(s *store.Store, id string) (string, *record.Record, error) {
	if err := store.ValidID(id); err != nil {
		return "", nil, usageErr("%v", err)
	}
	path, err := s.Find(id)
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

// mustOpen is openRecord for commands that need the record to exist.
func mustOpen(s *store.Store, id string) (string, *record.Record, error) {
	path, r, err := openRecord(s, id)
	if err != nil {
		return "", nil, err
	}
	if r == nil {
		return "", nil, dataErr(msgErr("show.norecord", id, s.Root))
	}
	return path, r, nil
}

// saveEdit checks the edited bytes before anything touches the disk: they must parse,
// keep every earlier entry, and pass check; only then are they written atomically. The
// edited bytes are parsed as a whole file would be, but of the body only what changed is
// read again (record.Reparse): old was read whole when it was opened.
func saveEdit(s *store.Store, path string, old *record.Record, out []byte, check func(*record.Record) error) (*record.Record, error) {
	var nr *record.Record
	var err error
	if old != nil {
		nr, err = old.Reparse(path, out)
	} else {
		nr, err = record.Parse(path, out)
	}
	if err != nil {
		return nil, dataErr(msgErr("recordio.wouldbreak", path, err))
	}
	if err := nr.Broken(); err != nil && old != nil && old.Broken() == nil {
		return nil, dataErr(msgErr("recordio.wouldbreak", path, err))
	}
	// Nothing a user wrote in the log may be lost. When the edit only added text to the
	// body (every old byte is still there, in order), that is shown in one pass; otherwise
	// (follow fmt removes trailing spaces) the entries are counted.
	if old != nil && !record.IsSubsequence(old.Body(), nr.Body()) {
		oldEntries, _ := old.Entries()
		newEntries, _ := nr.Entries()
		if len(newEntries) < len(oldEntries) {
			return nil, dataErr(msgErr("recordio.drop", path))
		}
	}
	if check != nil {
		if err := check(nr); err != nil {
			return nil, dataErr(msgErr("recordio.check", err))
		}
	}
	if err := s.WriteFile(path, out); err != nil {
		return nil, dataErr(err)
	}
	return nr, nil
}

// change is a record opened by one of the commands that change it after follow new
// (renew, end, done, handover): under the store's lock, with the date the change happened.
// The caller must call unlock.
type change struct {
	today, date dates.Date
	s           *store.Store
	cfg         *config.Config
	unlock      func()
	path        string
	rec         *record.Record
}

// env is what the operations of pkg/ops need to change the record.
func (c *change) env(f *Factory) ops.Env {
	return ops.Env{Today: c.today, Config: c.cfg, Lang: f.Lang()}
}

// openChange checks the ID, reads --date (default today), takes the lock and opens the
// record, which must exist and be readable.
func openChange(f *Factory, id, dateFlag string) (*change, error) {
	if err := store.ValidID(id); err != nil {
		return nil, usageErr("%v", err)
	}
	today, _ := f.Today()
	date, err := parseDateFlag("date", dateFlag, today, today)
	if err != nil {
		return nil, err
	}
	s, cfg, unlock, err := lockedStore(f)
	if err != nil {
		return nil, err
	}
	path, rec, err := mustOpen(s, id)
	if err != nil {
		unlock()
		return nil, err
	}
	return &change{today: today, date: date, s: s, cfg: cfg, unlock: unlock, path: path, rec: rec}, nil
}
