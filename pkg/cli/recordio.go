package cli

import (
	"fmt"

	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// loadAll reads records in parallel.
func loadAll(paths []string) []store.Loaded { return store.Load(paths) }

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
		return path, nil, dataErr(fmt.Errorf("%v (nothing was changed)", l.Err))
	}
	if err := l.Record.Broken(); err != nil {
		return path, nil, dataErr(fmt.Errorf("%v (fix the record first; nothing was changed)", err))
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
		return "", nil, dataErr(fmt.Errorf("no record %s in %s", id, s.Root))
	}
	return path, r, nil
}

// saveEdit checks the edited bytes before anything touches the disk: they must parse,
// keep every earlier entry, and pass check; only then are they written atomically.
func saveEdit(s *store.Store, path string, old *record.Record, out []byte, check func(*record.Record) error) (*record.Record, error) {
	nr, err := record.Parse(path, out)
	if err != nil {
		return nil, dataErr(fmt.Errorf("internal error: the edit would break %s (%v); nothing was written", path, err))
	}
	if err := nr.Broken(); err != nil && old != nil && old.Broken() == nil {
		return nil, dataErr(fmt.Errorf("internal error: the edit would break %s (%v); nothing was written", path, err))
	}
	if old != nil {
		oldEntries, _ := old.Entries()
		newEntries, _ := nr.Entries()
		if len(newEntries) < len(oldEntries) {
			return nil, dataErr(fmt.Errorf("internal error: the edit would drop entries of %s; nothing was written", path))
		}
	}
	if check != nil {
		if err := check(nr); err != nil {
			return nil, dataErr(fmt.Errorf("internal error: %v; nothing was written", err))
		}
	}
	if err := s.WriteFile(path, out); err != nil {
		return nil, dataErr(err)
	}
	return nr, nil
}
