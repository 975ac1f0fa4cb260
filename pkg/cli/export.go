package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/export"
)

// ExportOptions are the inputs of follow export.
type ExportOptions struct {
	Printer
	Records
	ID     string
	Format string
}

// NewCmdExport builds follow export; runF, when set, runs instead of the command (tests).
func NewCmdExport(f *Factory, runF func(*ExportOptions) error) *cobra.Command {
	o := &ExportOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:   "export ID [--format md|html|json]",
		Short: "One staff member's whole record, readable, for a disclosure request",
		Long: `Print one staff member's whole record as a readable document, for a disclosure
request (個人情報保護法 33条: a person may ask to see what is held about them): the front
matter as labelled fields in your language, the contract periods, milestones, requests
and duties (training, career consulting, employment-stability measures) as tables,
every entry of the log as written, and the front matter as it is kept, comments included.

Only that record is read: nothing about any other staff member, and nothing of the
team's rules, can enter the document. --format html makes one self-contained page (no
script, nothing loaded from the network, the same Content-Security-Policy as follow
report; the log rendered without raw HTML and with links as text); md (the default) is
markdown; json is the same record for a program (every front-matter key, every entry as
written; the same whatever your language). Write it to a file and check it before
handing it over.`,
		Example: `  follow export S0109 > S0109_開示.md
  follow export S0109 --format html > S0109_開示.html`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			if runF != nil {
				return runF(o)
			}
			return runExport(o)
		},
		ValidArgsFunction: completeIDs(o.Store),
	}
	c.Flags().StringVar(&o.Format, "format", "md", "md, html or json")
	_ = c.RegisterFlagCompletionFunc("format", completeWords("md", "html", "json"))
	return c
}

func runExport(o *ExportOptions) error {
	if o.Format != "md" && o.Format != "html" && o.Format != "json" {
		return usageMsg("export.badformat", o.Format)
	}
	rec, err := o.read(o.Printer, o.ID)
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
