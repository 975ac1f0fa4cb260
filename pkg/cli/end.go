package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
)

// EndOptions are the inputs of follow end.
type EndOptions struct {
	cmdutil.Printer
	cmdutil.Records
	ID       string
	Date     string
	Reason   string
	Category string
	Commit   bool // commit the record alone, with its one-line message
}

// NewCmdEnd builds follow end; runF, when set, runs instead of the command (tests).
func NewCmdEnd(f *cmdutil.Factory, runF func(*EndOptions) error) *cobra.Command {
	o := &EndOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "end ID --reason TEXT",
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			if runF != nil {
				return runF(o)
			}
			return runEnd(o)
		},
		ValidArgsFunction: cmdutil.CompleteIDs(o.Store),
	}
	c.Flags().StringVar(&o.Date, "date", "", "")
	c.Flags().StringVar(&o.Reason, "reason", "", "")
	c.Flags().StringVar(&o.Category, "category", "", "")
	addCommitFlag(c, &o.Commit)
	_ = c.MarkFlagRequired("reason")
	_ = c.RegisterFlagCompletionFunc("category", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		cfg, err := o.Config()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return cfg.EndCats, cobra.ShellCompDirectiveNoFileComp
	})
	return c
}

func runEnd(o *EndOptions) error {
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	in := ops.EndInput{Env: ops.Env{Config: cfg}, Reason: o.Reason, Category: o.Category}
	if err := in.Check(); err != nil {
		return opErr(err)
	}
	if err := o.Guard(ops.Input{Flag: "--reason", Text: o.Reason}); err != nil {
		return err
	}
	c, _, err := cmdutil.ApplyChange(o.Printer, o.Records, o.ID, o.Date, dates.ThisYear, func(c *cmdutil.Change, env ops.Env) (ops.Edit, error) {
		in.Env, in.Date = env, c.Date
		res, err := ops.End(c.Rec, in)
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	o.Warnf("%s", o.T("end.done", c.Rec.ID, c.Rec.Name, c.Date))
	err = afterWrite(o.Printer, o.Commit, c.Path, written(c, commitmsg.End))
	o.Println(c.Path)
	return err
}
