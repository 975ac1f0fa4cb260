package cli

import (
	"errors"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/report"
	"github.com/staffnote/follow/pkg/stats"
)

// ReportOptions are the inputs of follow report.
type ReportOptions struct {
	cmdutil.Printer
	cmdutil.Records
	Dir    string
	From   string
	To     string
	Min    int
	Within string
	Force  bool
}

// NewCmdReport builds follow report; runF, when set, runs instead of the command (tests).
func NewCmdReport(f *cmdutil.Factory, runF func(*ReportOptions) error) *cobra.Command {
	o := &ReportOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "report DIR",
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.Dir = args[0]
			if runF != nil {
				return runF(o)
			}
			return runReport(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.From, "from", "", "")
	fl.StringVar(&o.To, "to", "", "")
	fl.IntVar(&o.Min, "min", stats.DefaultMin, "")
	fl.StringVar(&o.Within, "within", "", "")
	fl.BoolVar(&o.Force, "force", false, "")
	return c
}

func runReport(o *ReportOptions) error {
	today := o.Today()
	if o.Min < 0 {
		return usageMsg("stats.badmin", o.Min)
	}
	from, to, err := statsWindow(o.From, o.To, today)
	if err != nil {
		return err
	}
	var within dates.Span
	if o.Within != "" {
		if within, err = dates.ParseSpan(o.Within); err != nil {
			return usageErr("--within: %v", err)
		}
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	recs, broken, err := loadSound(o.Printer, o.Store)
	if err != nil {
		return err
	}
	site, err := report.Generate(recs, report.Options{Config: cfg, Today: today, Lang: o.Lang(), From: from, To: to, Min: o.Min, Within: within})
	if err != nil {
		return dataErr(err)
	}
	if err := site.Write(o.Dir, o.Force); err != nil {
		if errors.Is(err, report.ErrNotReport) {
			return usageMsg("report.notempty", o.Dir)
		}
		return dataErr(err)
	}
	index := filepath.Join(o.Dir, "index.html")
	o.Warnf("%s", o.T("report.done", len(site.Pages)+1, o.Dir, index))
	o.Warnf("%s", o.T("report.private"))
	o.Println(index)
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}
