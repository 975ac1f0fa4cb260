package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/duties"
	"github.com/staffnote/follow/pkg/render"
)

// DutiesOptions are the inputs of follow duties.
type DutiesOptions struct {
	cmdutil.Printer
	cmdutil.Records
	Year    string
	Format  string
	JSON    bool
	BOM     bool
	Changed func(name string) bool
}

// NewCmdDuties builds follow duties; runF, when set, runs instead of the command (tests).
func NewCmdDuties(f *cmdutil.Factory, runF func(*DutiesOptions) error) *cobra.Command {
	o := &DutiesOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "duties [--year FY]",
		Args: noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			o.Changed = c.Flags().Changed
			if runF != nil {
				return runF(o)
			}
			return runDuties(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.Year, "year", "", "")
	fl.StringVar(&o.Format, "format", "table", "")
	fl.BoolVar(&o.JSON, "json", false, "")
	fl.BoolVar(&o.BOM, "bom", false, "")
	_ = c.RegisterFlagCompletionFunc("format", cmdutil.CompleteWords("table", "json", "csv"))
	return c
}

func runDuties(o *DutiesOptions) error {
	if err := tableFormat(&o.Format, o.JSON, o.BOM, o.Changed); err != nil {
		return err
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	fy := dates.FiscalYear(o.Today(), cfg.FiscalYearStart)
	if o.Year != "" {
		if fy, err = dates.ParseFiscalYear(o.Year); err != nil {
			return usageErr("--year: %v", err)
		}
	}
	recs, broken, err := loadSound(o.Printer, o.Store)
	if err != nil {
		return err
	}
	rows := duties.Compute(recs, cfg, fy)
	switch o.Format {
	case "json":
		err = render.WriteJSON(o.IO.Out, rows)
	case "csv":
		err = render.WriteCSV(o.IO.Out, render.DutiesCSVHeaders, render.DutiesCSVRows(rows), o.BOM)
	default:
		from, to := dates.FiscalYearBounds(fy, cfg.FiscalYearStart)
		err = o.dutiesTable(rows, fy, from, to)
	}
	if err != nil {
		return dataErr(err)
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}

// dutiesTable prints the year as a table, and on stderr how many are short of training.
func (o *DutiesOptions) dutiesTable(rows []duties.Row, fy int, from, to dates.Date) error {
	short, err := render.DutiesTable(o.IO.Out, rows, fy, from, to, o.Lang(), o.Color())
	if err == nil && short > 0 {
		o.Warnf("%s", o.T("duties.short", short, fy))
	}
	return err
}
