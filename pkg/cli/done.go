package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/ops"
)

// DoneOptions are the inputs of follow done.
type DoneOptions struct {
	Printer
	Records
	ID, Item string
	Date     string
	Note     string
	How      string
	HowGiven bool // --how was given, even empty
	NoReport bool
	Notified bool
	Commit   bool // commit the record alone, with its one-line message
}

// NewCmdDone builds follow done; runF, when set, runs instead of the command (tests).
func NewCmdDone(f *Factory, runF func(*DoneOptions) error) *cobra.Command {
	o := &DoneOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "done ID ITEM",
		Args: exactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID, o.Item = args[0], args[1]
			o.HowGiven = c.Flags().Changed("how")
			if runF != nil {
				return runF(o)
			}
			return runDone(o)
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return completeIDs(o.Store)(c, args, prefix)
			}
			return completeOpenItems(o.Store, args[0]), cobra.ShellCompDirectiveNoFileComp
		},
	}
	c.Flags().StringVar(&o.Date, "date", "", "")
	c.Flags().StringVar(&o.Note, "note", "", "")
	c.Flags().StringVar(&o.How, "how", "", "")
	c.Flags().BoolVar(&o.NoReport, "no-report", false, "")
	c.Flags().BoolVar(&o.Notified, "notified", false, "")
	addCommitFlag(c, &o.Commit)
	return c
}

func runDone(o *DoneOptions) error {
	if err := o.guard(ops.Input{Flag: "--note", Text: o.Note}, ops.Input{Flag: "--how", Text: o.How}); err != nil {
		return err
	}
	var res ops.Done
	var by string
	c, _, err := applyChange(o.Printer, o.Records, o.ID, o.Date, ops.Happened, func(c *change, env ops.Env) (ops.Edit, error) {
		var err error
		by = env.Author
		res, err = ops.MarkDone(c.rec, ops.DoneInput{Env: env, Item: o.Item, Date: c.date, DateGiven: o.Date != "",
			Note: o.Note, How: o.How, HowGiven: o.HowGiven, NoReport: o.NoReport, Notified: o.Notified})
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	o.warnf("%s", o.T("done.done", c.rec.ID, c.rec.Name, res.Line(o.Lang())))
	if res.ForManager {
		o.warnf("%s\n", res.OnBehalf(o.Lang(), by))
	}
	if res.Fulfilled {
		o.warnf("%s", o.T("done.fulfilled", res.Date))
	}
	cm := c.written(commitmsg.Done)
	cm.Item, cm.Date = res.ID, res.Date
	err = o.afterWrite(o.Commit, c.path, cm)
	o.println(c.path)
	return err
}
