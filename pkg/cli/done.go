package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// DoneOptions are the inputs of follow done.
type DoneOptions struct {
	f          *Factory
	ID, Item   string
	Date       string
	Note       string
	How        string
	NoReport   bool
	changedHow bool
}

// NewDoneCmd builds follow done.
func NewDoneCmd(f *Factory) *cobra.Command {
	o := &DoneOptions{f: f}
	c := &cobra.Command{
		Use:   "done ID ITEM",
		Short: "Mark a milestone or a request done",
		Long: `Mark a milestone (M3) or a request (R2) of a staff member done.

For a request, done means resolved and the result reported back to the staff member:
both dates are set, with --how saying how it was reported. Use --no-report when it is
resolved but not yet reported back; follow due keeps the report-back until a second
follow done. A dated line is written into the log.`,
		Example: `  follow done S0101 M3
  follow done S0101 R2 --note "席替え済み" --how 電話
  follow done S0101 R2 --no-report --date 2026-12-04`,
		Args: cobra.ExactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID, o.Item = args[0], args[1]
			o.changedHow = c.Flags().Changed("how")
			return runDone(o)
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return completeIDs(f)(c, args, prefix)
			}
			return completeOpenItems(f, args[0]), cobra.ShellCompDirectiveNoFileComp
		},
	}
	c.Flags().StringVar(&o.Date, "date", "", "when it was done (default today)")
	c.Flags().StringVar(&o.Note, "note", "", "a note on how it was resolved")
	c.Flags().StringVar(&o.How, "how", "", "how the result was reported back (電話, 訪問, メール, ...)")
	c.Flags().BoolVar(&o.NoReport, "no-report", false, "resolved, but not yet reported back")
	return c
}

func runDone(o *DoneOptions) error {
	f := o.f
	c, err := openChange(f, o.ID, o.Date)
	if err != nil {
		return err
	}
	defer c.unlock()
	s, path, rec, date := c.s, c.path, c.rec, c.date
	item := strings.ToUpper(strings.TrimSpace(o.Item))
	ed := rec.Edit()
	var line string
	var check func(*record.Record) error
	switch {
	case findMilestone(rec, item) != nil:
		m := findMilestone(rec, item)
		if !m.Done.IsZero() {
			return dataErr(errors.New(f.T("done.already", rec.ID, item, m.Done)))
		}
		if o.NoReport || o.changedHow {
			return usageErr("%s", f.T("done.notrequest", item))
		}
		fields := []record.Field{{Key: "done", Value: date}}
		if o.Note != "" {
			fields = append(fields, record.Field{Key: "note", Value: o.Note})
		}
		ed.SetInItem([]string{"milestones"}, item, fields...)
		line = f.T("done.line.ms", item, m.What)
		check = func(nr *record.Record) error {
			if findMilestone(nr, item).Done != date {
				return errors.New(f.T("done.notsaved", item))
			}
			return nil
		}
	case findRequest(rec, item) != nil:
		q := findRequest(rec, item)
		if !q.Done.IsZero() && (!q.Reported.IsZero() || o.NoReport) {
			return dataErr(errors.New(f.T("done.already", rec.ID, item, q.Done)))
		}
		var fields []record.Field
		resolve := q.Done.IsZero()
		if resolve {
			fields = append(fields, record.Field{Key: "done", Value: date})
			line = f.T("done.line.resolved", item, q.What)
		}
		if !o.NoReport {
			fields = append(fields, record.Field{Key: "reported", Value: date})
			how := q.How
			if o.How != "" {
				how = o.How
				fields = append(fields, record.Field{Key: "how", Value: how})
			}
			line = f.T("done.line.reported", item, q.What)
			if resolve {
				line = f.T("done.line.both", item, q.What)
			}
			if how != "" {
				line = f.T("done.line.how", line, how)
			}
		}
		if o.Note != "" {
			fields = append(fields, record.Field{Key: "note", Value: o.Note})
		}
		ed.SetInItem([]string{"requests"}, item, fields...)
		check = func(nr *record.Record) error {
			if findRequest(nr, item).Done.IsZero() {
				return errors.New(f.T("done.notsaved", item))
			}
			return nil
		}
	default:
		return dataErr(errors.New(f.T("done.noitem", rec.ID, o.Item)))
	}
	lines := []string{line}
	if o.Note != "" {
		lines = append(lines, o.Note)
	}
	ed.InsertEntry(date, record.LogEntry(date, f.T("done.kind"), lines...))
	out, err := ed.Bytes()
	if err != nil {
		return dataErr(err)
	}
	if _, err := saveEdit(s, path, rec, out, check); err != nil {
		return err
	}
	f.warnf("%s", f.T("done.done", rec.ID, rec.Name, line))
	fmt.Fprintln(f.IO.Out, path)
	return nil
}

func findMilestone(r *record.Record, id string) *record.Milestone {
	for i := range r.Milestones {
		if strings.EqualFold(r.Milestones[i].ID, id) {
			return &r.Milestones[i]
		}
	}
	return nil
}

func findRequest(r *record.Record, id string) *record.Request {
	for i := range r.Requests {
		if strings.EqualFold(r.Requests[i].ID, id) {
			return &r.Requests[i]
		}
	}
	return nil
}

// completeOpenItems completes the open milestones and requests of a record.
func completeOpenItems(f *Factory, id string) []string {
	s, err := f.Store()
	if err != nil {
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
		if m.Done.IsZero() {
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
