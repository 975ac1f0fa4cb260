// Package people resolves the names a user types (--owner, --manager, --to, --who, the
// user's own name) to the people of a team, so that a record never gains a person by a
// typing accident: `--to 川口` writes `川口 健太` when that is the one 川口 of the team, and
// is refused when there are two, or none.
//
// A team is the list `people:` of follow.yaml (a full name, its reading, aliases), or, when
// the team declares nobody, the names already written in the records. Resolve matches the
// typed text in the search form of textfold.Key (width, kana, case and spaces do not
// matter: ﾓﾘﾓﾄ, もりもと and 森本　彩 are all read alike) against, in this order, the
// first tier that gives any match deciding:
//
//  1. a person's full name, an alias or the whole reading;
//  2. the family name (the name's first word, names are written family name first) or
//     the reading's first word;
//  3. the start of the full name, of an alias or of the reading.
//
// One person in the deciding tier is the answer; several are ambiguous; none in any tier
// is unknown. Both refusals carry the candidates, for the message.
//
// It is pure: no files, no configuration, no output.
package people

import (
	"slices"
	"strings"

	"github.com/staffnote/follow/pkg/textfold"
)

// Person is one member of the team.
type Person struct {
	Name    string   // the full name, family name first, as it is written into records
	Reading string   // its reading in kana (may be empty)
	Aliases []string // other names the person goes by (a romanized name, a nickname)
	Line    int      // the line of follow.yaml that declares the person; 0 when taken from records
}

// Team is the people names resolve against.
type Team struct {
	People   []Person
	Declared bool // the team lists its people (follow.yaml people:); else they come from the records
}

// Declared makes the team that follow.yaml's people: lists.
func Declared(ps []Person) *Team { return &Team{People: ps, Declared: true} }

// FromNames makes a team of the names found in records, each name once (names that
// differ only in their spaces count once too, the first one written is kept), sorted.
func FromNames(names []string) *Team {
	seen := map[string]bool{}
	var ps []Person
	for _, n := range names {
		n = Clean(n)
		k := textfold.Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		ps = append(ps, Person{Name: n})
	}
	slices.SortFunc(ps, func(a, b Person) int { return strings.Compare(a.Name, b.Name) })
	return &Team{People: ps}
}

// Clean is a name as follow writes it: the ideographic space U+3000 and runs of spaces as
// one ASCII space, no space around it.
func Clean(name string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(name, "\u3000", " ")), " ")
}

// Family is the first word of a name (the family name) or of a reading.
func Family(name string) string {
	f, _, _ := strings.Cut(Clean(name), " ")
	return f
}

// Code says why a name was refused.
type Code string

// The refusals.
const (
	Empty     Code = "empty"     // nothing was typed
	Unknown   Code = "unknown"   // nobody of the team goes by that name
	Ambiguous Code = "ambiguous" // several people do
)

// Error is a name that does not resolve to one person. Candidates are the full names the
// user may have meant: the people it matches when ambiguous, else the team (at most
// MaxCandidates, and Total says how many there are).
type Error struct {
	Code       Code
	Typed      string
	Candidates []string
	Total      int
}

func (e *Error) Error() string {
	switch e.Code {
	case Empty:
		return "no name given"
	case Ambiguous:
		return "the name " + e.Typed + " is ambiguous: " + strings.Join(e.Candidates, ", ")
	}
	return "no person " + e.Typed + " in the team"
}

// MaxCandidates is how many names an unknown name's error lists.
const MaxCandidates = 12

// Resolve returns the one person of the team that typed names (see the package doc), or
// an *Error.
func (t *Team) Resolve(typed string) (Person, error) {
	k := textfold.Key(typed)
	if k == "" {
		return Person{}, &Error{Code: Empty, Typed: typed}
	}
	switch found := match(t.People, k); len(found) {
	case 0:
	case 1:
		return t.People[found[0]], nil
	default:
		e := &Error{Code: Ambiguous, Typed: typed, Total: len(found)}
		for _, i := range found {
			e.Candidates = append(e.Candidates, t.People[i].Name)
		}
		return Person{}, e
	}
	e := &Error{Code: Unknown, Typed: typed, Total: len(t.People)}
	for _, p := range t.People[:min(len(t.People), MaxCandidates)] {
		e.Candidates = append(e.Candidates, p.Name)
	}
	return Person{}, e
}

// Exact returns the one person whose full name, alias or whole reading is typed (the first
// tier of Resolve alone): who a name given as someone new (--new-person) already is.
func (t *Team) Exact(typed string) (Person, bool) {
	k := textfold.Key(typed)
	var found []Person
	for _, p := range t.People {
		if k != "" && tiers[0](p, k) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return Person{}, false
	}
	return found[0], true
}

// Has reports whether name is written exactly as the full name of a person of the team.
func (t *Team) Has(name string) bool {
	for _, p := range t.People {
		if p.Name == name {
			return true
		}
	}
	return false
}

// match returns the indexes of the people of ps that the key k (textfold.Key) designates
// in the first tier that gives any match (see the package doc); nil when none does.
func match(ps []Person, k string) []int {
	for _, tier := range tiers {
		var found []int
		for i, p := range ps {
			if tier(p, k) {
				found = append(found, i)
			}
		}
		if len(found) > 0 {
			return found
		}
	}
	return nil
}

// tiers are the ways a typed key matches a person, the first one with a match deciding.
var tiers = [...]func(p Person, k string) bool{
	func(p Person, k string) bool { // the full name, an alias, the whole reading
		return anyKey(p, k, func(s, k string) bool { return s == k })
	},
	func(p Person, k string) bool { // the family name, the reading's first word
		return textfold.Key(Family(p.Name)) == k || p.Reading != "" && textfold.Key(Family(p.Reading)) == k
	},
	func(p Person, k string) bool { // the start of the name, of an alias, of the reading
		return anyKey(p, k, strings.HasPrefix)
	},
}

// anyKey reports whether match holds between the key of the name, of an alias or of the
// reading and k.
func anyKey(p Person, k string, match func(s, k string) bool) bool {
	if match(textfold.Key(p.Name), k) || p.Reading != "" && match(textfold.Key(p.Reading), k) {
		return true
	}
	for _, a := range p.Aliases {
		if match(textfold.Key(a), k) {
			return true
		}
	}
	return false
}

// Check finds what makes a declared list unusable: an empty name, and two people one
// name would resolve to alike (a name, alias or reading of one that is the name, alias or
// reading of another). It returns the index of the offending person and a message, or -1.
func Check(ps []Person) (int, string) {
	owner := map[string]int{}
	for i, p := range ps {
		if textfold.Key(p.Name) == "" {
			return i, "a person needs name:"
		}
		keys := []string{p.Name}
		keys = append(keys, p.Aliases...)
		for _, s := range keys {
			k := textfold.Key(s)
			if j, ok := owner[k]; ok && j != i {
				return i, "the name " + s + " is already " + ps[j].Name + "'s: every name and alias must name one person"
			}
			owner[k] = i
		}
	}
	return -1, ""
}
