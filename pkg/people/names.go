package people

import (
	"errors"
	"strings"
	"sync"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// Names gathers the team's names from records read in parallel.
type Names struct {
	mu    sync.Mutex
	names []string
}

// Add adds the names r holds; it may be called from several goroutines.
func (n *Names) Add(r *record.Record) {
	mine := r.People(nil)
	n.mu.Lock()
	n.names = append(n.names, mine...)
	n.mu.Unlock()
}

// Team is the team of the names gathered.
func (n *Names) Team() *Team { return FromNames(n.names) }

// Writer is the full name of the person typed to a flag whose name is written into a
// record (--to, --owner of follow new). newPerson (--new-person) writes a name nobody has
// as typed (as the team writes it when someone has it); without it an unknown or
// ambiguous name is refused like Resolve.
func (t *Team) Writer(typed string, newPerson bool) (string, error) {
	if name := Clean(typed); newPerson && name != "" {
		if p, ok := t.Exact(name); ok {
			return p.Name, nil
		}
		return name, nil
	}
	p, err := t.Resolve(typed)
	if err != nil {
		return "", err
	}
	return p.Name, nil
}

// Explain says, as a message of the catalogue, why a name typed to flag names no one
// person of t (an error of Resolve), with the hint (a catalogue key: how to add someone,
// say). Other errors are returned as they are.
func (t *Team) Explain(flag any, err error, hint string) error {
	var e *Error
	if !errors.As(err, &e) {
		return err
	}
	switch e.Code {
	case Empty:
		return i18n.Msg("people.empty", flag)
	case Ambiguous:
		return i18n.Msg("people.ambiguous", flag, Clean(e.Typed), strings.Join(e.Candidates, ", "))
	}
	source := "people.records"
	if t.Declared {
		source = "people.declared"
	}
	var list any = i18n.Msg("people.nobody")
	if len(e.Candidates) > 0 {
		list = strings.Join(e.Candidates, ", ")
		if e.Total > len(e.Candidates) {
			list = i18n.Msg("people.more", list, e.Total)
		}
	}
	return i18n.Msg("people.unknown", flag, Clean(e.Typed), i18n.Msg(source), list, i18n.Msg(hint))
}
