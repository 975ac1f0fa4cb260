package cli

import (
	"github.com/spf13/cobra"

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
}

// NewCmdDone builds follow done; runF, when set, runs instead of the command (tests).
func NewCmdDone(f *Factory, runF func(*DoneOptions) error) *cobra.Command {
	o := &DoneOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:   "done ID ITEM",
		Short: "Mark a milestone or a request done",
		Long: `Mark a milestone (M3) or a request (R2) of a staff member done.

For a request, done means resolved and the result reported back to the staff member:
both dates are set, with --how saying how it was reported. Use --no-report when it is
resolved but not yet reported back; follow due keeps the report-back until a second
follow done. For a milestone, --how says how it was done (a thank-you call made by
phone or in person). A dated line is written into the log, by whoever runs the command
(the By: / 記入: line); a manager's call (a milestone with who: manager) written by
someone else than the record's manager says so: 「上長 堀 直人 の電話を 大西 由美 が代わりに
記録」.

A complaint (a request with type: complaint, 苦情) from a staff member must be passed on
to the client (派遣先) promptly: --notified records the day the client was told (--date,
default today) and leaves the complaint open; follow done without it closes it as any
request. --notified is refused (exit 2) for a request that is not a complaint.

Without --date a milestone is dated the latest visit or call up to today that fulfilled it
(the owner's milestone due nearest to that contact, within milestone_window of it), so
closing it the morning after the visit does not count it late; otherwise today.`,
		Example: `  follow done S0101 M3
  follow done S0101 R2 --note "席替え済み" --how 電話
  follow done S0101 R2 --no-report --date 2026-12-04
  follow done S0101 R3 --notified --date 2026-12-02   # a complaint passed on to the client
  follow done S0110 M11 --how 電話 --note "北村さんに更新のお礼。来期も同じ体制で"`,
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
	c.Flags().StringVar(&o.Date, "date", "", "when it was done (default today; a milestone: the latest visit or call that fulfilled it)")
	c.Flags().StringVar(&o.Note, "note", "", "a note on how it was resolved")
	c.Flags().StringVar(&o.How, "how", "", "how the result was reported back, or how the milestone was done (電話, 訪問, メール, ...)")
	c.Flags().BoolVar(&o.NoReport, "no-report", false, "resolved, but not yet reported back")
	c.Flags().BoolVar(&o.Notified, "notified", false, "a complaint: the client (派遣先) was told of it (the complaint stays open)")
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
	o.println(c.path)
	return nil
}
