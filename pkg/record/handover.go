package record

import (
	"strings"

	"github.com/staffnote/follow/pkg/dates"
)

// Handover is one handover the log records: the day, the owner before and the owner after.
type Handover struct {
	Date     dates.Date
	From, To string
}

// Handovers returns the handovers of the log, oldest first: the entries of kind handover
// (引継ぎ) whose line reads "Handover: A → B" or "引継ぎ: A → B", as follow handover writes
// it. A handover entry without such a line names nobody and is left out.
func Handovers(entries []Entry) []Handover {
	var out []Handover
	for _, e := range entries {
		if t, _, ok := KindTerm(e.Kind); !ok || t.Code != KindHandover || e.Date.IsZero() {
			continue
		}
		if h, ok := entryHandover(e); ok {
			out = append(out, h)
		}
	}
	return out
}

// entryHandover is the first handover line of a handover entry.
func entryHandover(e Entry) (Handover, bool) {
	for _, items := range [][]Item{e.Notes, e.Facts, e.Personal, e.Requests} {
		for _, it := range items {
			if from, to, ok := handoverLine(it.Text); ok {
				return Handover{Date: e.Date, From: from, To: to}, true
			}
		}
	}
	return Handover{}, false
}

// handoverLine reads "Handover: A → B" (either label, an ASCII or full-width colon).
func handoverLine(s string) (from, to string, ok bool) {
	label, rest, found := strings.Cut(s, ":")
	if l, r, f := strings.Cut(s, "："); f && (!found || len(l) < len(label)) {
		label, rest, found = l, r, f
	}
	if !found {
		return "", "", false
	}
	if t, _, ok := KindTerm(strings.TrimSpace(label)); !ok || t.Code != KindHandover {
		return "", "", false
	}
	from, to, ok = strings.Cut(rest, "→")
	from, to = strings.TrimSpace(from), strings.TrimSpace(to)
	return from, to, ok && from != "" && to != ""
}

// OwnerOn returns who followed the staff member on day d, given the present owner and the
// handovers of the log (oldest first): the owner handed over by the first handover dated
// after d, else the present owner. A handover dated d has taken effect on d.
func OwnerOn(owner string, hs []Handover, d dates.Date) string {
	for _, h := range hs {
		if h.Date.After(d) {
			return h.From
		}
	}
	return owner
}
