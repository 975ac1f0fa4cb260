package cmdutil

import (
	"errors"
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/gitstage"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
)

// The people of the team, and who "me" is. A name typed to --owner, --manager, --to or
// --who is resolved (pkg/people) against the team: people: of follow.yaml, else the names
// already written in the records. It is never written, nor filtered on, as typed unless
// --new-person says it is someone new.

// Team returns the people names resolve against: people: of follow.yaml when the file
// declares it, else the names in the records (owner, manager, the who of a milestone),
// read through the cache of follow due.
func (f *Factory) Team() (*people.Team, error) {
	if f.team != nil {
		return f.team, nil
	}
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	if cfg.PeopleSet {
		f.team = people.Declared(cfg.People)
		return f.team, nil
	}
	s, err := f.Store()
	if err != nil {
		return nil, err
	}
	names, err := s.TeamNames()
	if err != nil {
		return nil, DataErr(err)
	}
	f.team = people.FromNames(names)
	return f.team, nil
}

// ResolvePerson is the full name of the person a filter (--owner of follow due, say)
// names; an unknown or ambiguous name is refused (exit 2) with the candidates.
func ResolvePerson(team *people.Team, flag any, typed string) (string, error) {
	p, err := team.Resolve(typed)
	if err != nil {
		return "", Exit(ExitUsage, team.Explain(flag, err, "people.hint"))
	}
	return p.Name, nil
}

// ResolveWriter is the full name of the person typed to a flag whose name is written into
// a record (people.Team.Writer); an unknown or ambiguous name is refused (exit 2), with how
// to add someone.
func ResolveWriter(team *people.Team, flag any, typed string, newPerson bool) (string, error) {
	name, err := team.Writer(typed, newPerson)
	if err != nil {
		return "", Exit(ExitUsage, team.Explain(flag, err, "people.hintnew"))
	}
	return name, nil
}

// Writer resolves a name typed to a flag whose name is written into a record (see
// ResolveWriter).
func (r Records) Writer(flag, typed string, newPerson bool) (string, error) {
	team, err := r.Team()
	if err != nil {
		return "", err
	}
	return ResolveWriter(team, flag, typed, newPerson)
}

// MeSetting is who the user is, as set (Name, "" when set nowhere), and where it was set.
type MeSetting struct {
	Name, From string
}

// MeSet reads who the user says they are: $FOLLOW_USER, else me: in their own
// config.yaml, else me: in the shared follow.yaml (deprecated: a warning, once), else git's
// user.name. The first one set is taken, resolved or not.
func (f *Factory) MeSet() (MeSetting, error) {
	if u := strings.TrimSpace(f.Getenv("FOLLOW_USER")); u != "" {
		return MeSetting{u, "FOLLOW_USER"}, nil
	}
	if p := config.UserPath(f.Getenv); p != "" {
		u, err := config.LoadUser(p)
		if err != nil {
			return MeSetting{}, DataErr(err)
		}
		if u.Me != "" {
			return MeSetting{u.Me, p}, nil
		}
	}
	cfg, err := f.Config()
	if err != nil {
		return MeSetting{}, err
	}
	if cfg.Me != "" {
		if !f.meWarned {
			f.meWarned = true
			f.IO.ErrOut.Write([]byte(f.T("me.deprecated", cfg.Path, cfg.KeyLines["me"], config.UserPath(f.Getenv))))
		}
		return MeSetting{cfg.Me, cfg.Path + " me:"}, nil
	}
	if f.GitUser != nil {
		if u := strings.TrimSpace(f.GitUser(f.Dir())); u != "" {
			return MeSetting{u, "git config user.name"}, nil
		}
	}
	return MeSetting{}, nil
}

// Me is the full name of the user, resolved against the team like a name typed to
// --owner; "" when the user set no name anywhere. newPerson takes a name nobody has as
// set (follow new --new-person, creating the first record of a team).
func (f *Factory) Me(newPerson bool) (string, error) { return f.MeIn(nil, newPerson) }

// MeIn is Me for a command that writes into rec (nil for a new record). When the team is
// the names in the records and rec names the user in full (the owner logging a visit to
// their own staff), that is the answer the whole team would give, found without reading
// every record: a name written in full fits one person of such a team by itself.
func (f *Factory) MeIn(rec *record.Record, newPerson bool) (string, error) {
	m, err := f.MeSet()
	if err != nil || m.Name == "" {
		return "", err
	}
	if cfg, err := f.Config(); err == nil && !cfg.PeopleSet && rec != nil {
		if p, ok := people.FromNames(rec.People(nil)).Exact(m.Name); ok {
			return p.Name, nil
		}
	}
	team, err := f.Team()
	if err != nil {
		return "", err
	}
	return ResolveWriter(team, i18n.Msg("me.from", m.From), m.Name, newPerson)
}

// ResolveMe is the full name of the person the user says they are, to filter on (follow
// due --me). A refusal says where the name was set.
func ResolveMe(team *people.Team, m MeSetting) (string, error) {
	p, err := team.Resolve(m.Name)
	if err != nil {
		return "", Exit(ExitUsage, team.Explain(i18n.Msg("me.from", m.From), err, "people.hintme"))
	}
	return p.Name, nil
}

// GitUserName is git's user.name seen from dir ("" when git or the setting is missing).
func GitUserName(dir string) string {
	name, err := gitstage.Output(dir, "config", "user.name")
	if err != nil {
		return ""
	}
	return name
}

// StaffID is the staff ID a command's argument designates (store.StaffID): the ID, typed
// in full width or not, or the name or reading of one record. A name of several records,
// or of none, is refused (exit 2) with the candidates.
func (r Records) StaffID(typed string) (string, error) {
	s, err := r.Store()
	if err != nil {
		return "", err
	}
	id, err := s.StaffID(typed)
	var e *people.StaffError
	if errors.As(err, &e) {
		return "", Exit(ExitUsage, e)
	}
	if err != nil {
		return "", DataErr(err)
	}
	return id, nil
}
