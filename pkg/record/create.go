package record

import (
	"strings"

	"github.com/staffnote/follow/pkg/dates"
)

// New describes a record to create.
type New struct {
	ID, Name, Kana           string
	Owner, Manager           string
	Client, Site, Supervisor string
	SitePhone                string // written only when given
	Start, Until, Next       dates.Date
	Milestones               []Milestone
}

// Markdown renders a new record file. Every main key is written, empty ones blank, so the
// person who opens it next sees what there is to fill in.
func (n New) Markdown() string {
	var b strings.Builder
	kv := func(indent, k string, v any) {
		s := ""
		switch x := v.(type) {
		case string:
			if x != "" {
				s = " " + QuoteText(x)
			}
		case dates.Date:
			if !x.IsZero() {
				s = " " + x.String()
			}
		case int:
			s = " " + Scalar(x)
		}
		b.WriteString(indent + k + ":" + s + "\n")
	}
	b.WriteString("---\n")
	kv("", "id", n.ID)
	kv("", "name", n.Name)
	kv("", "kana", n.Kana)
	kv("", "status", StatusActive)
	kv("", "owner", n.Owner)
	kv("", "manager", n.Manager)
	kv("", "client", n.Client)
	kv("", "site", n.Site)
	kv("", "supervisor", n.Supervisor)
	if n.SitePhone != "" {
		kv("", "site_phone", n.SitePhone)
	}
	kv("", "start", n.Start)
	b.WriteString("contract:\n")
	kv("  ", "end", n.Until)
	kv("  ", "renewals", 0)
	if !n.Until.IsZero() {
		b.WriteString("  history:\n")
		b.WriteString("    - from: " + n.Start.String() + "\n")
		b.WriteString("      until: " + n.Until.String() + "\n")
	}
	kv("", "next", n.Next)
	if len(n.Milestones) == 0 {
		b.WriteString("milestones: []\n")
	} else {
		b.WriteString("milestones:\n")
		for _, m := range n.Milestones {
			b.WriteString(renderItem(2, 4, MilestoneFields(m)))
		}
	}
	b.WriteString("requests: []\n")
	b.WriteString("---\n\n# " + oneLine(n.Name) + "\n")
	return b.String()
}

// MilestoneFields returns the fields written for a milestone, in order.
func MilestoneFields(m Milestone) []Field {
	f := []Field{{"id", m.ID}, {"what", m.What}, {"due", m.Due}, {"who", m.Who}}
	if m.Rule != "" {
		f = append(f, Field{"rule", m.Rule})
	}
	if !m.Done.IsZero() {
		f = append(f, Field{"done", m.Done})
	}
	return f
}

// RequestFields returns the fields written for a request, in order.
func RequestFields(q Request) []Field {
	f := []Field{{"id", q.ID}, {"what", q.What}}
	if q.From != "" {
		f = append(f, Field{"from", q.From})
	}
	if q.Type != "" {
		f = append(f, Field{"type", q.Type})
	}
	if q.Who != "" {
		f = append(f, Field{"who", q.Who})
	}
	if q.Plan != "" {
		f = append(f, Field{"plan", q.Plan})
	}
	f = append(f, Field{"due", q.Due})
	if !q.Report.IsZero() {
		f = append(f, Field{"report", q.Report})
	}
	if q.How != "" {
		f = append(f, Field{"how", q.How})
	}
	return f
}
