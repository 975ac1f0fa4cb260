package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/store"
)

// FmtOptions are the inputs of follow fmt.
type FmtOptions struct {
	cmdutil.Printer
	cmdutil.Records
	Paths []string
	Check bool
}

// NewCmdFmt builds follow fmt; runF, when set, runs instead of the command (tests).
func NewCmdFmt(f *cmdutil.Factory, runF func(*FmtOptions) error) *cobra.Command {
	o := &FmtOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use: "fmt [PATH...]",
		RunE: func(c *cobra.Command, args []string) error {
			o.Paths = args
			if runF != nil {
				return runF(o)
			}
			return runFmt(o)
		},
	}
	c.Flags().BoolVar(&o.Check, "check", false, "")
	return c
}

func runFmt(o *FmtOptions) error {
	files, err := lintTargets(o.Records, o.Paths)
	if err != nil {
		return err
	}
	s, err := o.Store()
	if err != nil && !o.Check {
		// Paths outside a records directory can still be checked, not written.
		return err
	}
	var unlock func()
	if !o.Check {
		if unlock, err = s.Lock(); err != nil {
			return dataErr(err)
		}
		defer unlock()
	}
	changed, broken := 0, 0
	for _, path := range files {
		l := store.LoadOne(path)
		if l.Err != nil {
			broken++
			o.Warnf("%s", o.T("fmt.broken", l.Err))
			continue
		}
		res := ops.Format(l.Record)
		if !res.Changed {
			continue
		}
		changed++
		if o.Check {
			o.Println(path)
			continue
		}
		if _, err := cmdutil.SaveEdit(s, path, l.Record, res.Edit); err != nil {
			return err
		}
		o.Println(path)
	}
	if o.Check {
		if changed > 0 {
			o.Warnf("%s", o.T("fmt.would", changed, len(files)))
			return silentExit(ExitError)
		}
	} else if changed > 0 {
		o.Warnf("%s", o.T("fmt.done", changed, len(files)))
	}
	if broken > 0 {
		return silentExit(ExitError)
	}
	return nil
}
