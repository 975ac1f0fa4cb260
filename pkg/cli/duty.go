package cli

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// DutyOptions are the inputs of follow duty.
type DutyOptions struct {
	Printer
	Records
	ID, Kind string
	What     string
	Date     string
	Hours    string
	Option   string
	Outcome  string
	Result   string
}

// NewCmdDuty builds follow duty; runF, when set, runs instead of the command (tests).
func NewCmdDuty(f *Factory, runF func(*DutyOptions) error) *cobra.Command {
	o := &DutyOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:   "duty ID KIND --what TEXT [--date D] [--hours H] [--option O] [--outcome TEXT] [--result R]",
		Short: "Record training, a career consultation, or an employment-stability wish or measure",
		Long: `Record one of the agency's duties met at the follow-up, so the office can prove what it
did (労働者派遣法 30条, 30条の2; kept in the 派遣元管理台帳). KIND is one of:

  training   教育訓練: training given, with --hours (8 a fiscal year are owed in the
             first 3 years; follow due reminds of a shortfall near the year's end)
  career     キャリアコンサルティング: a career consultation (--hours optional)
  wish       本人の希望: the staff member's wish about stable employment near the
             3-year limit: --option direct-hire (派遣先での直接雇用), new-dispatch
             (新たな派遣先), indefinite (無期雇用) or other (その他)
  measure    雇用安定措置: a measure taken, its --option, --outcome and --result
             (pending, achieved, failed; after a failed one, another measure is due)

KIND and the options may be typed in Japanese too (教育訓練, キャリコン, 希望, 措置;
直接雇用, 無期, 不成立, ...). For a wish or a measure, --what may be the option itself
(--what 派遣先での直接雇用). The entry is added to duties: in the front matter and a
dated line to the log, in the record's words; nothing else in the file changes.
follow duties lists them per fiscal year.`,
		Example: `  follow duty S0109 training --what "経理実務研修（インボイス制度）" --hours 3 --date 2026-06-15
  follow duty S0109 career --what "抵触日以降の働き方について"
  follow duty S0109 wish --what 派遣先での直接雇用
  follow duty S0109 措置 --option 直接雇用 --what "派遣先へ直接雇用を依頼" --outcome "見送り" --result 不成立`,
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
				return completeIDs(o.Store)(c, args, prefix)
			}
			return completeWords(record.DutyKinds...)(c, args, prefix)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.What, "what", "", "what was given, asked or done (a wish or a measure: may be the option itself)")
	fl.StringVar(&o.Date, "date", "", "when it happened (default today)")
	fl.StringVar(&o.Hours, "hours", "", "training (required), career: the hours, 1.5 allowed")
	fl.StringVar(&o.Option, "option", "", "wish, measure: "+strings.Join(record.DutyOptions, ", "))
	fl.StringVar(&o.Outcome, "outcome", "", "measure: what came of it")
	fl.StringVar(&o.Result, "result", "", "measure: "+strings.Join(record.DutyResults, ", ")+" (default pending)")
	_ = c.RegisterFlagCompletionFunc("option", completeWords(record.DutyOptions...))
	_ = c.RegisterFlagCompletionFunc("result", completeWords(record.DutyResults...))
	return c
}

func runDuty(o *DutyOptions) error {
	hours, err := parseHours(o.Hours)
	if err != nil {
		return err
	}
	if err := o.guard(ops.Input{Flag: "--what", Text: o.What}, ops.Input{Flag: "--outcome", Text: o.Outcome}); err != nil {
		return err
	}
	in := ops.DutyInput{Env: ops.Env{Today: o.Today()}, Kind: o.Kind, What: o.What, Hours: hours, Option: o.Option,
		Outcome: o.Outcome, Result: o.Result}
	in.Date, err = parseDateFlag("date", o.Date, in.Today, in.Today, ops.Happened)
	if err != nil {
		return err
	}
	if _, err := in.Check(); err != nil {
		return opErr(err) // before the lock and the record: the command line is wrong
	}
	c, err := o.openChange(o.ID, o.Date, ops.Happened)
	if err != nil {
		return err
	}
	defer c.unlock()
	by := o.author(c.rec, false)
	in.Env = c.env(o.Lang(), by)
	res, err := ops.RecordDuty(c.rec, in)
	if err != nil {
		return opErr(err)
	}
	if _, err := c.save(res.Edit); err != nil {
		return err
	}
	o.noteAuthor(by)
	o.warnf("%s", o.T("duty.done", c.rec.ID, c.rec.Name, ops.DutyLine(res.Duty, o.Lang())))
	o.println(c.path)
	return nil
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
