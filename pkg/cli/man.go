package cli

import (
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/i18n"
)

// ManOptions are the inputs of follow man.
type ManOptions struct {
	Dir  string
	Date time.Time // the month the pages are dated by (manDate)
}

// manLangs are the languages of the man pages, English first: man(1) reads DIR/man1, and
// DIR/ja/man1 for a Japanese locale.
var manLangs = []string{i18n.EN, i18n.JA}

// NewCmdMan builds follow man, a hidden command for packagers: the release build runs it to
// ship the man pages in the archives (.goreleaser.yaml). runF, when set, runs instead of
// the command (tests).
func NewCmdMan(f *cmdutil.Factory, runF func(*ManOptions) error) *cobra.Command {
	o := &ManOptions{}
	return &cobra.Command{
		Use:    "man DIR",
		Hidden: true,
		Args:   cmdutil.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			date, err := manDate(f)
			if err != nil {
				return err
			}
			o.Dir, o.Date = args[0], date
			if runF != nil {
				return runF(o)
			}
			for _, lang := range manLangs {
				if err := cmdutil.WriteManPages(DocsRoot(lang), o.Dir, lang, o.Date); err != nil {
					return dataErr(err)
				}
			}
			return nil
		},
	}
}

// manDate dates the man pages by the commit follow was built from, so the same commit gives
// the same pages; a build that does not know it (go run, or a snapshot's 0001-01-01) uses
// today (--today pins it).
func manDate(f *cmdutil.Factory) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, f.Build.Date); err == nil && t.Year() > 1 {
		return t.UTC(), nil
	}
	today, err := f.Today()
	return today.Time(), err
}

// DocsRoot is follow's command tree for generated documentation (the man pages,
// internal/gendocs) in lang: independent of the machine it runs on, with the commands cobra
// adds when it runs, and without cobra's "Auto generated on DATE" lines, so generated files
// depend on the help texts alone.
func DocsRoot(lang string) *cobra.Command {
	root := NewRootCmd(docsFactory())
	cmdutil.PrepareTree(root)
	cmdutil.Localize(root, lang)
	cmdutil.WalkTree(root, func(c *cobra.Command) { c.DisableAutoGenTag = true })
	return root
}

// docsFactory is a cmdutil.Factory that knows nothing of the machine it runs on: no environment,
// no records folder, no version, English, so generated help is the same on every machine.
func docsFactory() *cmdutil.Factory {
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard},
		Getenv: func(string) string { return "" }}
	f.SetLang("en")
	return f
}
