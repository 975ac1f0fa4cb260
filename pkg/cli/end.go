package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/ops"
)

// EndOptions are the inputs of follow end.
type EndOptions struct {
	Printer
	Records
	ID       string
	Date     string
	Reason   string
	Category string
	Commit   bool // commit the record alone, with its one-line message
}

// NewCmdEnd builds follow end; runF, when set, runs instead of the command (tests).
func NewCmdEnd(f *Factory, runF func(*EndOptions) error) *cobra.Command {
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
		ValidArgsFunction: completeIDs(o.Store),
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
	if err := o.guard(ops.Input{Flag: "--reason", Text: o.Reason}); err != nil {
		return err
	}
	c, _, err := applyChange(o.Printer, o.Records, o.ID, o.Date, dates.ThisYear, func(c *change, env ops.Env) (ops.Edit, error) {
		in.Env, in.Date = env, c.date
		res, err := ops.End(c.rec, in)
		return res.Edit, err
	})
	if err != nil {
		return err
	}
	o.warnf("%s", o.T("end.done", c.rec.ID, c.rec.Name, c.date))
	err = o.afterWrite(o.Commit, c.path, c.written(commitmsg.End))
	o.println(c.path)
	return err
}
