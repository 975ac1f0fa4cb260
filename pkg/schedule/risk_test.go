package schedule

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// TestRisks: each default rule of risk: fires on the latest contact and clears when a later
// one no longer meets it; turning a rule off in follow.yaml silences it.
func TestRisks(t *testing.T) {
	today := d(2026, 12, 1)
	base := record.Record{ID: "S1", Status: "active", Owner: "森本 彩", Manager: "石田 誠", Start: d(2025, 4, 1)}
	codes := func(r record.Record, cfg *config.Config) string {
		var out []string
		for _, k := range Risks(&r, cfg, today) {
			out = append(out, k.Code+":"+k.Level)
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		name   string
		latest record.Latest
		start  dates.Date
		reqs   []record.Request
		want   string
	}{
		{name: "nothing known", want: ""},
		{name: "stay, mood 4", latest: record.Latest{Contact: d(2026, 11, 20), Intent: "stay", Mood: 4, MoodBefore: 5}, want: ""},
		{name: "unsure", latest: record.Latest{Intent: "unsure", IntentDate: d(2026, 11, 20)}, want: "risk-intent:unsure"},
		{name: "leave", latest: record.Latest{Intent: "leave"}, want: "risk-intent:leave"},
		{name: "unsure, then stay: cleared", latest: record.Latest{Intent: "stay", IntentBefore: "unsure"}, want: ""},
		{name: "mood 2", latest: record.Latest{Mood: 2}, want: "risk-mood:2"},
		{name: "mood 3", latest: record.Latest{Mood: 3}, want: ""},
		{name: "mood fell 5 to 3", latest: record.Latest{Mood: 3, MoodBefore: 5}, want: "risk-mood-drop:5→3"},
		{name: "mood fell 4 to 3", latest: record.Latest{Mood: 3, MoodBefore: 4}, want: ""},
		{name: "mood 2 then 4: cleared", latest: record.Latest{Mood: 4, MoodBefore: 2}, want: ""},
		{name: "open complaint", reqs: []record.Request{{ID: "R1", What: "x", Due: d(2026, 12, 5), Type: record.TypeComplaint}}, want: "risk-complaint:"},
		{name: "closed complaint", reqs: []record.Request{{ID: "R1", What: "x", Due: d(2026, 12, 5), Type: record.TypeComplaint, Done: d(2026, 11, 30), Reported: d(2026, 11, 30)}}, want: ""},
		{name: "report-back overdue", reqs: []record.Request{{ID: "R1", What: "x", Due: d(2026, 11, 5), Report: d(2026, 11, 28)}}, want: "risk-report:"},
		{name: "report-back due today", reqs: []record.Request{{ID: "R1", What: "x", Due: d(2026, 11, 5), Report: d(2026, 12, 1)}}, want: ""},
		{name: "early, 15 days without contact", start: d(2026, 10, 1), latest: record.Latest{Contact: d(2026, 11, 16)}, want: "risk-no-contact:2026-11-16"},
		{name: "early, 14 days without contact", start: d(2026, 10, 1), latest: record.Latest{Contact: d(2026, 11, 17)}, want: ""},
		{name: "after 90 days", start: d(2026, 9, 1), latest: record.Latest{Contact: d(2026, 11, 1)}, want: ""},
	} {
		r := base
		r.Latest, r.Requests = c.latest, c.reqs
		if !c.start.IsZero() {
			r.Start = c.start
		}
		if got := codes(r, config.Default()); got != c.want {
			t.Errorf("%s: risks %q, want %q", c.name, got, c.want)
		}
	}
	// One item for the owner and one for the manager, like limit.
	r := base
	r.Latest = record.Latest{Intent: "unsure", IntentDate: d(2026, 11, 20)}
	items := All(&r, config.Default(), today)
	var who []string
	for _, it := range items {
		if it.Kind == KindRisk {
			who = append(who, it.Role+":"+it.Who+":"+it.Date.String())
		}
	}
	if strings.Join(who, " ") != "owner:森本 彩:2026-12-01 manager:石田 誠:2026-12-01" {
		t.Errorf("risk items: %v", who)
	}
	// risk: off, and one rule off.
	cfg, err := config.Parse("follow.yaml", []byte("risk: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := codes(r, cfg); got != "" {
		t.Errorf("risk: off: %q", got)
	}
	cfg, err = config.Parse("follow.yaml", []byte("risk:\n  intent: [leave]\n  mood: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	r.Latest.Mood = 1
	if got := codes(r, cfg); got != "" {
		t.Errorf("intent [leave], mood off: %q", got)
	}
	if _, err := config.Parse("follow.yaml", []byte("risk:\n  intent: [maybe]\n")); err == nil {
		t.Error("risk.intent maybe is accepted")
	}
}
