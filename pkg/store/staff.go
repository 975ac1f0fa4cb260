package store

import (
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
)

// Staff lists the records as the staff members a name typed for a staff ID may designate
// (people.StaffID): the ID its file name gives (as Find finds it), and name, reading and
// client from each front matter, read in parallel. A record that cannot be read
// designates nobody (lint says why).
func (s *Store) Staff() ([]people.Member, error) {
	paths, err := s.List()
	if err != nil {
		return nil, err
	}
	ms := make([]people.Member, len(paths))
	s.EachHead(paths, NoCache(), func(i int, r *record.Record, err error) {
		if err == nil {
			ms[i] = people.Member{ID: IDOf(paths[i]), Name: r.Name, Kana: r.Kana, Client: r.Client, Ended: !r.Active()}
		}
	})
	out := ms[:0]
	for _, m := range ms {
		if m.ID != "" {
			out = append(out, m)
		}
	}
	return out, nil
}

// StaffID is the staff ID that typed designates (people.StaffID): an ID, folded from full
// width, or the name or reading of one record.
func (s *Store) StaffID(typed string) (string, error) {
	has := func(id string) bool {
		p, err := s.Find(id)
		return err != nil || p != "" // several files: the command says so
	}
	return people.StaffID(typed, has, s.Staff)
}
