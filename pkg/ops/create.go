package ops

import (
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// CreateInput describes the record of a new staff member.
type CreateInput struct {
	Env
	Path                     string // where the record is written: its ID is the file name
	ID, Name, Kana           string
	Owner, Manager           string
	Client, Site, Supervisor string
	SitePhone                string     // the workplace's phone number, "" when not given
	Start, Until             dates.Date // Until: the end of the first contract, zero when unknown
}

// Created is a new record: its bytes, parsed, and the milestones the rules put in it.
type Created struct {
	Edit
	Record     *record.Record
	Milestones []record.Milestone // written, from the team's rules
	Skipped    []schedule.Planned // implied by the rules but already past today: not written
}

// Create writes the record of a new staff member: every main key, the next follow-up on
// the start date, and the milestones the team's rules imply from the start and the end of
// the first contract. Milestones already past today are left out (and listed in Skipped),
// so a record created late does not flood follow due.
func Create(in CreateInput) (Created, error) {
	if in.Name == "" {
		return Created{}, usage("new.noname", in.ID)
	}
	if in.Owner == "" {
		return Created{}, usage("new.noowner", in.ID)
	}
	if in.SitePhone != "" && !record.IsPhone(in.SitePhone) {
		return Created{}, usage("new.badphone", in.SitePhone)
	}
	if !in.Until.IsZero() && in.Until.Before(in.Start) {
		return Created{}, usage("new.untilbefore", in.Until, in.Start)
	}
	ms, skipped := plan(schedule.ForStart(in.Config, in.Start, in.Until), nil, in.Today)
	n := record.New{ID: in.ID, Name: in.Name, Kana: in.Kana, Owner: in.Owner, Manager: in.Manager, Client: in.Client,
		Site: in.Site, Supervisor: in.Supervisor, SitePhone: in.SitePhone, Start: in.Start, Until: in.Until, Next: in.Start, Milestones: ms}
	src := []byte(n.Markdown())
	rec, err := record.Parse(in.Path, src)
	if err != nil {
		return Created{}, data("new.internalparse", err)
	}
	return Created{Edit: Edit{Out: src}, Record: rec, Milestones: ms, Skipped: skipped}, nil
}

// plan numbers the planned milestones after the existing ones; those already past today
// are not written but returned as skipped.
func plan(planned []schedule.Planned, existing []record.Milestone, today dates.Date) (added []record.Milestone, skipped []schedule.Planned) {
	var keep []schedule.Planned
	for _, p := range planned {
		if p.Due.Before(today) {
			skipped = append(skipped, p)
			continue
		}
		keep = append(keep, p)
	}
	ids := make([]string, 0, len(existing))
	for _, m := range existing {
		ids = append(ids, m.ID)
	}
	for i, id := range schedule.NextIDs("M", ids, len(keep)) {
		added = append(added, keep[i].Milestone(id))
	}
	return added, skipped
}
