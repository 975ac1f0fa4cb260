package schedule

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// d is dates.MustOf, short for tables.
func d(y int, m time.Month, day int) dates.Date { return dates.MustOf(y, m, day) }

// iso parses YYYY-MM-DD ("" is the zero Date).
func iso(s string) dates.Date {
	if s == "" {
		return 0
	}
	v, err := dates.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return v
}

// recSpec holds the few fields a test sets; render writes them as a record file. Empty
// fields are left out of the front matter.
type recSpec struct {
	ID, Name, Status, Owner, Manager, Client, Site, Supervisor string
	Start, UnitStart, Exempt, Next                             string
	End                                                        string
	Renewals                                                   int
	History                                                    [][2]string // from, until
	Milestones                                                 []msSpec
	Requests                                                   []rqSpec
	Ended                                                      string
}

type msSpec struct{ ID, What, Due, Who, Done, Rule string }

type rqSpec struct{ ID, What, Due, Report, How, Done, Reported string }

// base is an active record with everything set that a test usually does not care about.
func base() recSpec {
	return recSpec{
		ID: "S-0101", Name: "山田 花子", Status: "active", Owner: "佐藤 健", Manager: "高橋 部長",
		Client: "株式会社サンプル商事", Site: "本社 経理部", Supervisor: "鈴木 課長",
		Start: "2026-04-01", Next: "2026-05-20",
	}
}

func (s recSpec) render() string {
	var b strings.Builder
	b.WriteString("---\n")
	str := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s: %q\n", k, v)
		}
	}
	date := func(indent, k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s%s: %s\n", indent, k, v)
		}
	}
	str("id", s.ID)
	str("name", s.Name)
	str("status", s.Status)
	str("owner", s.Owner)
	str("manager", s.Manager)
	str("client", s.Client)
	str("site", s.Site)
	str("supervisor", s.Supervisor)
	date("", "start", s.Start)
	date("", "unit_start", s.UnitStart)
	str("exempt", s.Exempt)
	if s.End != "" || s.Renewals > 0 || len(s.History) > 0 {
		b.WriteString("contract:\n")
		date("  ", "end", s.End)
		if s.Renewals > 0 {
			fmt.Fprintf(&b, "  renewals: %d\n", s.Renewals)
		}
		if len(s.History) > 0 {
			b.WriteString("  history:\n")
			for _, p := range s.History {
				fmt.Fprintf(&b, "    - from: %s\n      until: %s\n", p[0], p[1])
			}
		}
	}
	date("", "next", s.Next)
	if len(s.Milestones) > 0 {
		b.WriteString("milestones:\n")
		for _, m := range s.Milestones {
			fmt.Fprintf(&b, "  - id: %s\n    what: %q\n", m.ID, m.What)
			date("    ", "due", m.Due)
			if m.Who != "" {
				fmt.Fprintf(&b, "    who: %q\n", m.Who)
			}
			date("    ", "done", m.Done)
			if m.Rule != "" {
				fmt.Fprintf(&b, "    rule: %s\n", m.Rule)
			}
		}
	}
	if len(s.Requests) > 0 {
		b.WriteString("requests:\n")
		for _, q := range s.Requests {
			fmt.Fprintf(&b, "  - id: %s\n    what: %q\n", q.ID, q.What)
			date("    ", "due", q.Due)
			date("    ", "report", q.Report)
			if q.How != "" {
				fmt.Fprintf(&b, "    how: %q\n", q.How)
			}
			date("    ", "done", q.Done)
			date("    ", "reported", q.Reported)
		}
	}
	if s.Ended != "" {
		fmt.Fprintf(&b, "ended:\n  date: %s\n  reason: 契約満了\n  category: contract-expiry\n", s.Ended)
	}
	b.WriteString("---\n# " + s.Name + "\n")
	return b.String()
}

// parse renders s and parses it, failing on anything that makes the record unusable.
func (s recSpec) parse(t testing.TB) *record.Record {
	t.Helper()
	return parseRecord(t, s.render())
}

func parseRecord(t testing.TB, src string) *record.Record {
	t.Helper()
	r, err := record.Parse("staff/"+"S-0101.md", []byte(src))
	if err != nil {
		t.Fatalf("record.Parse: %v\n%s", err, src)
	}
	if err := r.Broken(); err != nil {
		t.Fatalf("record is broken: %v\n%s", err, src)
	}
	return r
}

// lineOf returns the 1-based line of the first line of src containing marker.
func lineOf(t testing.TB, src, marker string) int {
	t.Helper()
	i := strings.Index(src, marker)
	if i < 0 {
		t.Fatalf("marker %q not in\n%s", marker, src)
	}
	return 1 + strings.Count(src[:i], "\n")
}

// cfgWith returns the default configuration changed by the options (a fresh value each
// time: the business calendar is cached on first use).
func cfgWith(opts ...func(*config.Config)) *config.Config {
	c := config.Default()
	for _, o := range opts {
		o(c)
	}
	return c
}

func shift(s dates.Shift) func(*config.Config) { return func(c *config.Config) { c.Shift = s } }

func calendar(name string) func(*config.Config) {
	return func(c *config.Config) { c.Calendar = name }
}

func closed(days ...dates.Date) func(*config.Config) {
	return func(c *config.Config) { c.Closed = days }
}

// yearEnd is a common company closure, 12/29–1/3.
var yearEnd = closed(d(2026, 12, 29), d(2026, 12, 30), d(2026, 12, 31), d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 3))

// dues maps rule id to due date of planned milestones.
func dues(ps []Planned) map[string]dates.Date {
	m := map[string]dates.Date{}
	for _, p := range ps {
		m[p.Rule.ID] = p.Due
	}
	return m
}

func ids(ps []Planned) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Rule.ID)
	}
	return out
}
