package people

import (
	"strings"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// Member is a staff member (a record), as a staff ID typed to a command may designate it.
type Member struct {
	ID     string
	Name   string // name: of the record
	Kana   string // kana: of the record, its reading (may be empty)
	Client string
	Ended  bool
}

// StaffError is a staff ID or name typed to a command that designates no record (Code
// Unknown) or several (Ambiguous, with the Candidates).
type StaffError struct {
	Code       Code
	Typed      string
	Candidates []Member
}

func (e *StaffError) Error() string {
	if e.Code == Unknown {
		return "no staff member " + e.Typed
	}
	ids := make([]string, len(e.Candidates))
	for i, m := range e.Candidates {
		ids[i] = m.ID
	}
	return "the name " + e.Typed + " is ambiguous: " + strings.Join(ids, ", ")
}

// Text is the refusal in lang (the catalogue's staff.*): an ambiguous name lists its
// candidates one a line (ID, name, client, and whether the record has ended).
func (e *StaffError) Text(lang string) string {
	if e.Code == Unknown {
		return i18n.T(lang, "staff.unknown", e.Typed)
	}
	var b strings.Builder
	for _, m := range e.Candidates {
		b.WriteString("\n  " + strings.TrimRight(m.ID+"  "+m.Name+"  "+m.Client, " "))
		if m.Ended {
			b.WriteString(i18n.Paren(lang, i18n.T(lang, "staff.ended")))
		}
	}
	return i18n.T(lang, "staff.ambiguous", e.Typed, b.String())
}

// FoldID is a staff or item ID as typed with an IME: full-width letters and digits
// (Ｓ０１０７, Ｒ１) and dashes folded to ASCII, spaces around dropped, as dates are read
// (textfold.Input).
func FoldID(typed string) string { return textfold.Input(typed) }

// StaffID returns the staff ID that typed designates, in this order:
//
//  1. the ID itself, folded (FoldID), when has says a record holds it;
//  2. the ID of a record that differs only in case (s0107 for S0107);
//  3. the ID of the one record whose name or reading (kana:) typed names, matched as
//     Resolve matches a person (width, kana, case and spaces do not matter; the full
//     name or reading, then the family name, then the start of either);
//  4. the folded text, when it is a valid staff ID no record holds (a new record, or the
//     command says there is none), or ASCII that is no ID (record.ValidID says why).
//
// roster lists the records, read only when typed is not the ID of a record. A name that
// designates several records is a *StaffError Ambiguous with them, a text that is no ID
// and designates none a *StaffError Unknown.
func StaffID(typed string, has func(id string) bool, roster func() ([]Member, error)) (string, error) {
	id := FoldID(typed)
	valid := record.ValidID(id) == nil
	if valid && has(id) {
		return id, nil
	}
	ms, err := roster()
	if err != nil {
		return "", err
	}
	if valid {
		for _, m := range ms {
			if strings.EqualFold(m.ID, id) {
				return m.ID, nil
			}
		}
	}
	if k := textfold.Key(typed); k != "" {
		ps := make([]Person, len(ms))
		for i, m := range ms {
			ps[i] = Person{Name: m.Name, Reading: m.Kana}
		}
		switch found := match(ps, k); len(found) {
		case 0:
		case 1:
			return ms[found[0]].ID, nil
		default:
			e := &StaffError{Code: Ambiguous, Typed: Clean(typed)}
			for _, i := range found {
				e.Candidates = append(e.Candidates, ms[i])
			}
			return "", e
		}
	}
	if valid || isASCII(id) {
		return id, nil // record.ValidID says what is wrong with an ID that is not one
	}
	return "", &StaffError{Code: Unknown, Typed: Clean(typed)}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Completions are the shell completions of a staff ID that starts with prefix, each a
// value and a description after a tab: an ID (with the name), else, for a prefix that is
// not empty, a name (with the ID and the client) or a reading in hiragana or katakana,
// as typed (with the ID and the name),
// without their spaces so that each is one word of the shell, which StaffID reads back
// alike. Shells keep only the values that start with what was typed, so the values do.
func Completions(ms []Member, prefix string) []string {
	var out []string
	for _, m := range ms {
		name, hira := strings.ReplaceAll(Clean(m.Name), " ", ""), textfold.Key(m.Kana)
		kata := katakana(hira)
		switch {
		case strings.HasPrefix(m.ID, prefix):
			out = append(out, m.ID+"\t"+m.Name)
		case prefix == "":
		case strings.HasPrefix(name, prefix):
			out = append(out, name+"\t"+strings.TrimSpace(m.ID+" "+m.Client))
		case hira != "" && strings.HasPrefix(hira, prefix):
			out = append(out, hira+"\t"+m.ID+" "+m.Name)
		case kata != "" && strings.HasPrefix(kata, prefix):
			out = append(out, kata+"\t"+m.ID+" "+m.Name)
		}
	}
	return out
}

// katakana is s with its hiragana letters (ぁ..ゖ) as katakana.
func katakana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ぁ' && r <= 'ゖ' {
			return r + ('ァ' - 'ぁ')
		}
		return r
	}, s)
}
