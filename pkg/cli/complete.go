package cli

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

type completion = func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective)

// completeIDs completes staff IDs, showing names, and the names and readings that
// commands take for an ID (people.Completions).
func completeIDs(open func() (*store.Store, error)) completion {
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

// completionRecords are the readable records, for completion (nothing on any error).
func completionRecords(open func() (*store.Store, error)) []*record.Record {
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

// completeOpenItems completes the open milestones and requests of a record.
func completeOpenItems(open func() (*store.Store, error), id string) []string {
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

// completePeople completes the people of the team: people: of follow.yaml, else the
// names in the records, with their reading when there is one.
func completePeople(team func() (*people.Team, error)) completion {
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

// completeClients completes the client companies named in the records.
func completeClients(open func() (*store.Store, error)) completion {
	return completeNames(open, func(r *record.Record) []string { return []string{r.Client} })
}

// completeNames completes the distinct values that pick finds in the readable records.
func completeNames(open func() (*store.Store, error), pick func(*record.Record) []string) completion {
	return func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
		seen := map[string]bool{}
		var out []string
		for _, r := range completionRecords(open) {
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

// completeWords completes a fixed list of values.
func completeWords(words ...string) completion {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return words, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeCodes completes the codes a flag takes (--kind), each with its label in the
// user's language; a prefix that starts a label (節) completes the label, which the flag
// takes as well (i18n.Code).
func completeCodes(lang func() string, prefix string, codes []string) completion {
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
