package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/export"
)

// ExportOptions are the inputs of follow export.
type ExportOptions struct {
	cmdutil.Printer
	cmdutil.Records
	ID     string
	Format string
}

// NewCmdExport builds follow export; runF, when set, runs instead of the command (tests).
func NewCmdExport(f *cmdutil.Factory, runF func(*ExportOptions) error) *cobra.Command {
	o := &ExportOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:  "export ID [--format md|html|json]",
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			if runF != nil {
				return runF(o)
			}
			return runExport(o)
		},
		ValidArgsFunction: cmdutil.CompleteIDs(o.Store),
	}
	c.Flags().StringVar(&o.Format, "format", "md", "")
	_ = c.RegisterFlagCompletionFunc("format", cmdutil.CompleteWords("md", "html", "json"))
	return c
}

func runExport(o *ExportOptions) error {
	if o.Format != "md" && o.Format != "html" && o.Format != "json" {
		return usageMsg("export.badformat", o.Format)
	}
	rec, err := readRecord(o.Records, o.Printer, o.ID)
	if err != nil {
		return err
	}
	doc := export.Build(rec, export.Options{Lang: o.Lang(), Today: o.Today()})
	var out []byte
	switch o.Format {
	case "html":
		out, err = doc.HTML()
	case "json":
		out, err = export.JSON(rec, o.Today())
	default:
		out = doc.Markdown()
	}
	if err != nil {
		return dataErr(err)
	}
	if _, err := o.IO.Out.Write(out); err != nil {
		return dataErr(err)
	}
	return nil
}
