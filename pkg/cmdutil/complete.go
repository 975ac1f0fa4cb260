package cmdutil

import (
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// Shell completion of staff IDs, open items and the names in the records.

type Completion = func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective)

// CompleteIDs completes staff IDs, showing names, and the names and readings that
// commands take for an ID (people.Completions).
func CompleteIDs(open func() (*store.Store, error)) Completion {
	return func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		s, err := open()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		ms, _ := s.Staff()
		return people.Completions(ms, prefix), cobra.ShellCompDirectiveNoFileComp
	}
}

// CompletionRecords are the readable records, for Completion (nothing on any error).
func CompletionRecords(open func() (*store.Store, error)) []*record.Record {
	s, err := open()
	if err != nil {
		return nil
	}
	paths, _ := s.List()
	var out []*record.Record
	for _, l := range store.Load(paths) {
		if l.Record != nil {
			out = append(out, l.Record)
		}
	}
	return out
}

// CompleteOpenItems completes the open milestones and requests of a record.
func CompleteOpenItems(open func() (*store.Store, error), id string) []string {
	s, err := open()
	if err != nil {
		return nil
	}
	if id, err = s.StaffID(id); err != nil {
		return nil
	}
	path, err := s.Find(id)
	if err != nil || path == "" {
		return nil
	}
	l := store.LoadOne(path)
	if l.Record == nil {
		return nil
	}
	var out []string
	for _, m := range l.Record.Milestones {
		if m.Open() {
			out = append(out, m.ID+"\t"+m.Due.String()+" "+m.What)
		}
	}
	for _, q := range l.Record.Requests {
		if q.Done.IsZero() || q.Reported.IsZero() {
			out = append(out, q.ID+"\t"+q.Due.String()+" "+q.What)
		}
	}
	return out
}

// CompletePeople completes the people of the team: people: of follow.yaml, else the
// names in the records, with their reading when there is one.
func CompletePeople(team func() (*people.Team, error)) Completion {
	return func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
		t, err := team()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		for _, p := range t.People {
			if strings.HasPrefix(p.Name, prefix) {
				out = append(out, strings.TrimSuffix(p.Name+"\t"+p.Reading, "\t"))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// CompleteClients completes the client companies named in the records.
func CompleteClients(open func() (*store.Store, error)) Completion {
	return CompleteNames(open, func(r *record.Record) []string { return []string{r.Client} })
}

// CompleteNames completes the distinct values that pick finds in the readable records.
func CompleteNames(open func() (*store.Store, error), pick func(*record.Record) []string) Completion {
	return func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
		seen := map[string]bool{}
		var out []string
		for _, r := range CompletionRecords(open) {
			for _, v := range pick(r) {
				if v != "" && !seen[v] && strings.HasPrefix(v, prefix) {
					seen[v] = true
					out = append(out, v)
				}
			}
		}
		sort.Strings(out)
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// CompleteWords completes a fixed list of values.
func CompleteWords(words ...string) Completion {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return words, cobra.ShellCompDirectiveNoFileComp
	}
}

// CompleteCodes completes the codes a flag takes (--kind), each with its label in the
// user's language; a prefix that starts a label (節) completes the label, which the flag
// takes as well (i18n.Code).
func CompleteCodes(lang func() string, prefix string, codes []string) Completion {
	return func(_ *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, c := range codes {
			label := i18n.T(lang(), prefix+c)
			switch {
			case strings.HasPrefix(c, typed):
				out = append(out, c+"\t"+label)
			case strings.HasPrefix(label, typed):
				out = append(out, label+"\t"+c)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
