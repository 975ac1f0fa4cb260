package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/complaints"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/render"
)

// ComplaintsOptions are the inputs of follow complaints.
type ComplaintsOptions struct {
	cmdutil.Printer
	cmdutil.Records
	From    string
	To      string
	Format  string
	JSON    bool
	BOM     bool
	Changed func(name string) bool
}

// NewCmdComplaints builds follow complaints; runF, when set, runs instead of the command
// (tests).
func NewCmdComplaints(f *cmdutil.Factory, runF func(*ComplaintsOptions) error) *cobra.Command {
	o := &ComplaintsOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "complaints [--from D] [--to D]",
		Args: noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			o.Changed = c.Flags().Changed
			if runF != nil {
				return runF(o)
			}
			return runComplaints(o)
		},
	}
	fl := c.Flags()
	fl.StringVar(&o.From, "from", "", "")
	fl.StringVar(&o.To, "to", "", "")
	fl.StringVar(&o.Format, "format", "table", "")
	fl.BoolVar(&o.JSON, "json", false, "")
	fl.BoolVar(&o.BOM, "bom", false, "")
	_ = c.RegisterFlagCompletionFunc("format", cmdutil.CompleteWords("table", "json", "csv"))
	return c
}

func runComplaints(o *ComplaintsOptions) error {
	if err := tableFormat(&o.Format, o.JSON, o.BOM, o.Changed); err != nil {
		return err
	}
	today := o.Today()
	var w complaints.Window
	var err error
	if w.From, err = cmdutil.ParseDateFlag("from", o.From, today, 0, dates.ThisYear); err != nil {
		return err
	}
	if w.To, err = cmdutil.ParseDateFlag("to", o.To, today, 0, dates.ThisYear); err != nil {
		return err
	}
	if !w.From.IsZero() && !w.To.IsZero() && w.To.Before(w.From) {
		return usageMsg("stats.window", w.To, w.From)
	}
	recs, broken, err := loadSound(o.Printer, o.Store)
	if err != nil {
		return err
	}
	rows := complaints.Register(recs, w)
	switch o.Format {
	case "json":
		err = render.WriteJSON(o.IO.Out, rows)
	case "csv":
		err = render.WriteCSV(o.IO.Out, render.ComplaintsCSVHeaders, render.ComplaintsCSVRows(rows), o.BOM)
	default:
		var open int
		if open, err = render.ComplaintsTable(o.IO.Out, rows, w.From, w.To, o.Lang(), o.Color()); err == nil && open > 0 {
			o.Warnf("%s", o.T("complaints.open", open))
		}
	}
	if err != nil {
		return dataErr(err)
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}
