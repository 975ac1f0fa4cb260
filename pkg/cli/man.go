package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// ManOptions are the inputs of follow man.
type ManOptions struct {
	Root *cobra.Command // the command tree the pages describe
	Dir  string
	Lang string    // the language of the help texts: en, the pages in Dir/man1
	Date time.Time // the month the pages are dated by (manDate)
}

// NewCmdMan builds follow man, a hidden command for packagers: the release build runs it to
// ship the man pages in the archives (.goreleaser.yaml). runF, when set, runs instead of
// the command (tests).
func NewCmdMan(f *Factory, runF func(*ManOptions) error) *cobra.Command {
	o := &ManOptions{Lang: "en"}
	return &cobra.Command{
		Use:    "man DIR",
		Short:  "Write the man pages of every command into DIR/man1",
		Long:   "Write the man pages of follow and every command (section 1, roff) into DIR/man1, for packagers.",
		Hidden: true,
		Args:   cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			date, err := manDate(f)
			if err != nil {
				return err
			}
			o.Root, o.Dir, o.Date = c.Root(), args[0], date
			if runF != nil {
				return runF(o)
			}
			if err := writeManPages(o.Root, o.Dir, o.Lang, o.Date); err != nil {
				return dataErr(err)
			}
			return nil
		},
	}
}

// manDir is where the man pages of a language go below dir: dir/man1 for English, the
// default, and dir/<lang>/man1 for another (man(1) looks there for LANG=ja_JP.UTF-8).
func manDir(dir, lang string) string {
	if lang == "" || lang == "en" {
		return filepath.Join(dir, "man1")
	}
	return filepath.Join(dir, lang, "man1")
}

// writeManPages writes one man page per command of root's tree (root's help texts, in
// lang) into manDir(dir, lang). Their date is date's month; nothing else in them varies
// between two runs.
func writeManPages(root *cobra.Command, dir, lang string, date time.Time) error {
	prepareDocs(root)
	out := manDir(dir, lang)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	header := &doc.GenManHeader{Section: "1", Date: &date, Source: "follow", Manual: "follow manual"}
	return doc.GenManTree(root, header, out)
}

// manDate dates the man pages by the commit follow was built from, so the same commit gives
// the same pages; a build that does not know it (go run, or a snapshot's 0001-01-01) uses
// today (--today pins it).
func manDate(f *Factory) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, f.Build.Date); err == nil && t.Year() > 1 {
		return t.UTC(), nil
	}
	today, err := f.Today()
	return today.Time(), err
}

// DocsRoot is follow's command tree for generated documentation (internal/gendocs): English,
// independent of the machine it runs on, prepared as for the man pages.
func DocsRoot() *cobra.Command {
	root := NewRootCmd(docsFactory())
	prepareDocs(root)
	return root
}

// prepareDocs makes root's tree what a user sees in follow's help: with the help and
// completion commands cobra adds when it runs, and without cobra's "Auto generated on
// DATE" lines, so generated files depend on the help texts alone.
func prepareDocs(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.DisableAutoGenTag = true
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// docsFactory is a Factory that knows nothing of the machine it runs on: no environment,
// no records folder, no version, English, so generated help is the same on every machine.
func docsFactory() *Factory {
	return &Factory{IO: &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard},
		Getenv: func(string) string { return "" }, lang: "en"}
}
