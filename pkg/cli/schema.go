package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/record"
)

// SchemaOptions are the inputs of follow schema.
type SchemaOptions struct {
	IO *IOStreams
}

// NewCmdSchema builds follow schema; runF, when set, runs instead of the command (tests).
func NewCmdSchema(f *Factory, runF func(*SchemaOptions) error) *cobra.Command {
	o := &SchemaOptions{IO: f.IO}
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the record front matter (for editors)",
		Long: `Print a JSON Schema (draft-07) of the YAML front matter of a record, so an editor with
the YAML language server completes and checks keys while you type. follow init writes
it to record.schema.json and points records at it with the comment

  # yaml-language-server: $schema=../record.schema.json`,
		Example: `  follow schema > record.schema.json`,
		Args:    noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			_, err := o.IO.Out.Write(record.Schema())
			return err
		},
	}
}
