package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/duties"
	"github.com/staffnote/follow/pkg/render"
)

// DutiesOptions are the inputs of follow duties.
type DutiesOptions struct {
	Printer
	Records
	Year    string
	Format  string
	JSON    bool
	BOM     bool
	Changed func(name string) bool
}

// NewCmdDuties builds follow duties; runF, when set, runs instead of the command (tests).
func NewCmdDuties(f *Factory, runF func(*DutiesOptions) error) *cobra.Command {
	o := &DutiesOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:   "duties [--year FY]",
		Short: "Training hours, career consultations and employment-stability measures per fiscal year",
		Long: `List, for one fiscal year, what the agency did for each staff member (follow duty
records it): the training hours given against the hours owed in the first years
(training in follow.yaml: 8 a year for 3 years; a shortfall is marked), the career
consultations, the staff member's latest wish about stable employment and the measures
taken with their outcome. Every staff member dispatched at some time in the year is
listed, and anyone with an entry in it.

The fiscal year runs from fiscal_year_start in follow.yaml (April by default) and is
named by the year it starts in: --year 2026 (or 2026年度, 令和8年度) is 2026-04-01 to
2027-03-31. The default is the year today falls in.

JSON (an array, one object per staff member; stable fields): staff, name, owner,
status, fiscal_year, training_hours, training_hours_owed, training, career_consultations,
career, wish, measures, file; each entry has date, what, and hours, option, outcome,
result when it has them. CSV has the columns staff, name, owner, status, fiscal_year,
training_hours, training_hours_owed, career_consultations, wish_date, wish_option, wish,
measures.`,
		Example: `  follow duties
  follow duties --year 2025 --format csv --bom > 2025年度_教育訓練.csv
  follow duties --json | jq '.[] | select(.training_hours < .training_hours_owed) | .staff'`,
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
	fl.StringVar(&o.Year, "year", "", "the fiscal year, named by the year it starts in (default: this one)")
	fl.StringVar(&o.Format, "format", "table", "output format: table, json, csv")
	fl.BoolVar(&o.JSON, "json", false, "shorthand for --format json")
	fl.BoolVar(&o.BOM, "bom", false, "start CSV output with a UTF-8 BOM (for Excel)")
	_ = c.RegisterFlagCompletionFunc("format", completeWords("table", "json", "csv"))
	return c
}

func runDuties(o *DutiesOptions) error {
	if o.JSON {
		if o.Changed("format") && o.Format != "json" {
			return usageMsg("due.jsonformat", o.Format)
		}
		o.Format = "json"
	}
	switch o.Format {
	case "table", "json", "csv":
	default:
		return usageMsg("stats.badformat", o.Format)
	}
	if o.BOM && o.Format != "csv" {
		return usageMsg("due.bomcsv")
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
	recs, broken, err := o.loadSound(o.Store)
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
		o.warnf("%s", o.T("duties.short", short, fy))
	}
	return err
}
