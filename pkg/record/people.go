package record

import "strings"

// People appends to out the people r names: its owner, its manager and the who of its
// milestones and requests (but the roles owner and manager). The strings are copies: a
// record restored from the due cache is memory that is reused.
func (r *Record) People(out []string) []string {
	add := func(n string) {
		if n != "" && n != "owner" && n != "manager" {
			out = append(out, strings.Clone(n))
		}
	}
	add(r.Owner)
	add(r.Manager)
	for _, m := range r.Milestones {
		add(m.Who)
	}
	for _, q := range r.Requests {
		add(q.Who)
	}
	return out
}
