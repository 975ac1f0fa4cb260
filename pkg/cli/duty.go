package cli

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/commitmsg"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// DutyOptions are the inputs of follow duty.
type DutyOptions struct {
	cmdutil.Printer
	cmdutil.Records
	ID, Kind string
	What     string
	Date     string
	Hours    string
	Option   string
	Outcome  string
	Result   string
	Commit   bool // commit the record alone, with its one-line message
}

// NewCmdDuty builds follow duty; runF, when set, runs instead of the command (tests).
func NewCmdDuty(f *cmdutil.Factory, runF func(*DutyOptions) error) *cobra.Command {
	o := &DutyOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "duty ID KIND --what TEXT [--date D] [--hours H] [--option O] [--outcome TEXT] [--result R]",
		Args: exactArgs(2),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID, o.Kind = args[0], args[1]
			if runF != nil {
				return runF(o)
			}
			return runDuty(o)
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return cmdutil.CompleteIDs(o.Store)(c, args, prefix)
			}
			return cmdutil.CompleteWords(record.DutyKinds...)(c, args, prefix)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.What, "what", "", "")
	fl.StringVar(&o.Date, "date", "", "")
	fl.StringVar(&o.Hours, "hours", "", "")
	fl.StringVar(&o.Option, "option", "", strings.Join(record.DutyOptions, ", ")) // the catalogue's text names them
	fl.StringVar(&o.Outcome, "outcome", "", "")
	fl.StringVar(&o.Result, "result", "", strings.Join(record.DutyResults, ", "))
	_ = c.RegisterFlagCompletionFunc("option", cmdutil.CompleteWords(record.DutyOptions...))
	_ = c.RegisterFlagCompletionFunc("result", cmdutil.CompleteWords(record.DutyResults...))
	addCommitFlag(c, &o.Commit)
	return c
}

func runDuty(o *DutyOptions) error {
	hours, err := parseHours(o.Hours)
	if err != nil {
		return err
	}
	if err := o.Guard(ops.Input{Flag: "--what", Text: o.What}, ops.Input{Flag: "--outcome", Text: o.Outcome}); err != nil {
		return err
	}
	in := ops.DutyInput{Env: ops.Env{Today: o.Today()}, Kind: o.Kind, What: o.What, Hours: hours, Option: o.Option,
		Outcome: o.Outcome, Result: o.Result}
	in.Date, err = cmdutil.ParseDateFlag("date", o.Date, in.Today, in.Today, ops.Happened)
	if err != nil {
		return err
	}
	if _, err := in.Check(); err != nil {
		return opErr(err) // before the lock and the record: the command line is wrong
	}
	c, err := o.OpenChange(o.ID, o.Date, ops.Happened)
	if err != nil {
		return err
	}
	defer c.Unlock()
	by := o.AuthorOf(c.Rec, false)
	in.Env = c.Env(o.Lang(), by)
	res, err := ops.RecordDuty(c.Rec, in)
	if err != nil {
		return opErr(err)
	}
	if _, err := c.Save(res.Edit); err != nil {
		return err
	}
	o.NoteAuthor(by)
	o.Warnf("%s", o.T("duty.done", c.Rec.ID, c.Rec.Name, ops.DutyLine(res.Duty, o.Lang())))
	c.EnvUsed = in.Env
	cm := written(c, commitmsg.Duty)
	cm.Kind, cm.Date = res.Duty.Kind, res.Duty.Date
	err = afterWrite(o.Printer, o.Commit, c.Path, cm)
	o.Println(c.Path)
	return err
}

// parseHours reads --hours as typed: 3, 1.5, full-width digits, with h or 時間 after it.
func parseHours(s string) (float64, error) {
	t := strings.TrimSpace(textfold.Input(s))
	if t == "" {
		return 0, nil
	}
	for _, unit := range []string{"時間", "hours", "hour", "h"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, unit))
	}
	h, err := strconv.ParseFloat(t, 64)
	if err != nil || h <= 0 || h > 1000 {
		return 0, usageMsg("duty.badhours", s)
	}
	return h, nil
}
