package record

import (
	"strings"

	"github.com/staffnote/follow/pkg/dates"
)

// Received returns the day each request was heard, by request id: the date of the
// earliest entry of the log that lists it under Requests / 相談事項 (a line starting with
// its id: "R2: ...", as follow writes it). A request no entry lists has none. The
// complaint register shows it as the received date (申出年月日).
func (r *Record) Received() map[string]dates.Date {
	entries, _ := r.Entries()
	out := map[string]dates.Date{}
	for _, e := range entries {
		if e.Date.IsZero() {
			continue
		}
		for _, it := range e.Requests {
			id := itemID(it.Text)
			if id == "" {
				continue
			}
			if d, ok := out[id]; !ok || e.Date.Before(d) {
				out[id] = e.Date
			}
		}
	}
	return out
}

// itemID is the request id a Requests line starts with ("R2: ...", "R2 ...", "R2（...）"),
// in upper case, or "".
func itemID(text string) string {
	if len(text) < 2 || (text[0] != 'R' && text[0] != 'r') {
		return ""
	}
	i := 1
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	if i == 1 {
		return ""
	}
	if i < len(text) {
		rest := text[i:]
		if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "：") &&
			!strings.HasPrefix(rest, "（") && !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "\u3000") {
			return ""
		}
	}
	return "R" + text[1:i]
}
