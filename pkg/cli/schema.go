package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/record"
)

// SchemaOptions are the inputs of follow schema.
type SchemaOptions struct {
	IO *cmdutil.IOStreams
}

// NewCmdSchema builds follow schema; runF, when set, runs instead of the command (tests).
func NewCmdSchema(f *cmdutil.Factory, runF func(*SchemaOptions) error) *cobra.Command {
	o := &SchemaOptions{IO: f.IO}
	return &cobra.Command{
		Use:  "schema",
		Args: noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if runF != nil {
				return runF(o)
			}
			_, err := o.IO.Out.Write(record.Schema())
			return err
		},
	}
}
