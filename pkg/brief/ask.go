package brief

import (
	"sort"
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Ask is the team's questions (ask: of a milestone rule in follow.yaml) for an undone
// milestone due around the next contact: the team's shared way of 寄り添い at that contact.
type Ask struct {
	Milestone string     `json:"milestone"` // M3
	Rule      string     `json:"rule"`      // week-1
	What      string     `json:"what"`      // the milestone's what
	Due       dates.Date `json:"due"`
	Questions []string   `json:"questions"`
}

// NextContact is the day the next contact is expected: next when it is ahead, else today
// (no next date, or an overdue one: the contact is now).
func NextContact(r *record.Record, today dates.Date) dates.Date {
	if r.Next.After(today) {
		return r.Next
	}
	return today
}

// asks lists, for an active record, the questions of its undone milestones due up to the
// next contact + within (follow.yaml's within:, 7 days by default), earliest first: what
// to ask at that contact. A milestone whose rule asks nothing, or names no rule, has none.
func asks(r *record.Record, cfg *config.Config, today dates.Date) []Ask {
	out := []Ask{}
	if !r.Active() {
		return out
	}
	within := cfg.Within
	if within.IsZero() {
		within = dates.Span{Days: 7}
	}
	until := NextContact(r, today).Add(within)
	for _, m := range r.Milestones {
		rule := cfg.Rule(m.Rule)
		if !m.Open() || rule == nil || len(rule.Ask) == 0 || m.Due.After(until) {
			continue
		}
		out = append(out, Ask{Milestone: m.ID, Rule: m.Rule, What: m.What, Due: m.Due, Questions: rule.Ask})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Due < out[j].Due })
	return out
}

// Questions lists the questions of asks once each, in order: the checklist of the next
// contact.
func Questions(asks []Ask) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range asks {
		for _, q := range a.Questions {
			if k := strings.TrimSpace(q); k != "" && !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	return out
}
