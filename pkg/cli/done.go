package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/ops"
)

// DoneOptions are the inputs of follow done.
type DoneOptions struct {
	cmdutil.Printer
	cmdutil.Records
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
func NewCmdDone(f *cmdutil.Factory, runF func(*DoneOptions) error) *cobra.Command {
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
				return cmdutil.CompleteIDs(o.Store)(c, args, prefix)
			}
			return cmdutil.CompleteOpenItems(o.Store, args[0]), cobra.ShellCompDirectiveNoFileComp
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
	if err := o.Guard(ops.Input{Flag: "--note", Text: o.Note}, ops.Input{Flag: "--how", Text: o.How}); err != nil {
		return err
	}
	var res ops.Done
	var by string
	c, _, err := cmdutil.ApplyChange(o.Printer, o.Records, o.ID, o.Date, ops.Happened, func(c *cmdutil.Change, env ops.Env) (ops.Edit, error) {
		var err error
		by = env.Author
		res, err = ops.MarkDone(c.Rec, ops.DoneInput{Env: env, Item: o.Item, Date: c.Date, DateGiven: o.Date != "",
			Note: o.Note, How: o.How, HowGiven: o.HowGiven, NoReport: o.NoReport, Notified: o.Notified})
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	o.Warnf("%s", o.T("done.done", c.Rec.ID, c.Rec.Name, res.Line(o.Lang())))
	if res.ForManager {
		o.Warnf("%s\n", res.OnBehalf(o.Lang(), by))
	}
	if res.Fulfilled {
		o.Warnf("%s", o.T("done.fulfilled", res.Date))
	}
	cm := written(c, commitmsg.Done)
	cm.Item, cm.Date = res.ID, res.Date
	err = afterWrite(o.Printer, o.Commit, c.Path, cm)
	o.Println(c.Path)
	return err
}
