package ops

import (
	"bytes"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// ExampleInput is the example record of a new team repository (follow init).
type ExampleInput struct {
	Env
	Path   string // where it is written (records/S0001.md)
	Schema string // the schema for editors, relative to the record ("" for none)
}

// Example writes the example record of a new team repository as follow itself would: a
// fictional staff member who starts today, her first contract three months long, the
// milestones the team's rules imply, the first-day duties done and the first-day call
// logged today with the next follow-up agreed. Dated from today, a new repository lints
// clean and its first follow due looks like a real first morning, whatever day init runs.
func Example(in ExampleInput) ([]byte, error) {
	t := in.t
	start := in.Today
	created, err := Create(CreateInput{Env: in.Env, Path: in.Path, ID: "S0001",
		Name: t("example.name"), Kana: t("example.kana"), Owner: t("example.owner"), Manager: t("example.manager"),
		Client: t("example.client"), Site: t("example.site"), Supervisor: t("example.supervisor"),
		Start: start, Until: start.AddMonths(3).AddDays(-1)})
	if err != nil {
		return nil, err
	}
	// The duties of the first day (moved to the next business day when it starts on a
	// closed day) are done; the next follow-up is the first one ahead.
	ed := created.Record.Edit()
	var next dates.Date
	for _, m := range created.Milestones {
		switch {
		case !m.Due.After(start) || firstDay(in.Config.Rule(m.Rule)):
			ed.SetInItem([]string{"milestones"}, m.ID, record.Field{Key: "done", Value: start})
		case next.IsZero() || m.Due.Before(next):
			next = m.Due
		}
	}
	if next.IsZero() {
		next = start.AddDays(7)
	}
	src, err := ed.Bytes()
	if err != nil {
		return nil, err
	}
	rec, err := record.Parse(in.Path, src)
	if err != nil {
		return nil, data("new.internalparse", err)
	}
	visited, err := Visit(rec, VisitInput{Env: in.Env, Date: start, Kind: "call",
		Facts: []string{t("example.fact")}, Topics: []string{t("example.topic")}, Next: next})
	if err != nil {
		return nil, err
	}
	out := visited.Out
	// Say what it is below the title, and point editors at the schema.
	title := []byte("\n# " + t("example.name") + "\n")
	out = bytes.Replace(out, title, append(title, "\n"+t("example.about")+"\n"...), 1)
	if in.Schema != "" {
		out = append([]byte("---\n# yaml-language-server: $schema="+in.Schema+"\n"), bytes.TrimPrefix(out, []byte("---\n"))...)
	}
	if _, err := record.Parse(in.Path, out); err != nil {
		return nil, data("new.internalparse", err)
	}
	return out, nil
}

// firstDay reports whether a rule dates a duty of the first day: from the start, no offset.
func firstDay(r *config.Rule) bool {
	return r != nil && r.From == "start" && r.Offset.IsZero()
}
