package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

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
func NewCmdMan(f *Factory, runF func(*ManOptions) error) *cobra.Command {
	o := &ManOptions{}
	return &cobra.Command{
		Use:    "man DIR",
		Hidden: true,
		Args:   exactArgs(1),
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
				if err := writeManPages(DocsRoot(lang), o.Dir, lang, o.Date); err != nil {
					return dataErr(err)
				}
			}
			return nil
		},
	}
}

// manDir is where the man pages of a language go below dir: dir/man1 for English, the
// default, and dir/<lang>/man1 for another (man(1) looks there for LANG=ja_JP.UTF-8).
func manDir(dir, lang string) string {
	if lang == "" || lang == i18n.EN {
		return filepath.Join(dir, "man1")
	}
	return filepath.Join(dir, lang, "man1")
}

// manHeadings are the section headings cobra writes into a man page, with their keys.
var manHeadings = [][2]string{
	{"NAME", "cobra.man.name"},
	{"SYNOPSIS", "cobra.man.synopsis"},
	{"DESCRIPTION", "cobra.man.description"},
	{"OPTIONS INHERITED FROM PARENT COMMANDS", "cobra.man.inherited"},
	{"OPTIONS", "cobra.man.options"},
	{"EXAMPLE", "cobra.man.example"},
	{"SEE ALSO", "cobra.man.seealso"},
}

// writeManPages writes one man page per command of root's tree (its help texts, in lang)
// into manDir(dir, lang), the words cobra puts in a page in lang too. Their date is date's
// month; nothing else in them varies between two runs.
func writeManPages(root *cobra.Command, dir, lang string, date time.Time) error {
	out := manDir(dir, lang)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	words := []string{"[flags]", i18n.T(lang, "cobra.flagsarg")} // of the synopsis
	for _, h := range manHeadings {
		words = append(words, ".SH "+h[0]+"\n", ".SH "+i18n.T(lang, h[1])+"\n")
	}
	translate := strings.NewReplacer(words...)
	var err error
	walkTree(root, func(c *cobra.Command) {
		if err != nil || !c.IsAvailableCommand() && c.HasParent() || c.IsAdditionalHelpTopicCommand() {
			return
		}
		header := &doc.GenManHeader{Section: "1", Date: &date, Source: "follow", Manual: i18n.T(lang, "cobra.man.manual")}
		var b bytes.Buffer
		if err = doc.GenMan(c, header, &b); err != nil {
			return
		}
		page := translate.Replace(b.String())
		err = os.WriteFile(filepath.Join(out, strings.ReplaceAll(c.CommandPath(), " ", "-")+".1"), []byte(page), 0o644)
	})
	return err
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

// DocsRoot is follow's command tree for generated documentation (the man pages,
// internal/gendocs) in lang: independent of the machine it runs on, with the commands cobra
// adds when it runs, and without cobra's "Auto generated on DATE" lines, so generated files
// depend on the help texts alone.
func DocsRoot(lang string) *cobra.Command {
	root := NewRootCmd(docsFactory())
	prepareTree(root)
	localize(root, lang)
	walkTree(root, func(c *cobra.Command) { c.DisableAutoGenTag = true })
	return root
}

// docsFactory is a Factory that knows nothing of the machine it runs on: no environment,
// no records folder, no version, English, so generated help is the same on every machine.
func docsFactory() *Factory {
	return &Factory{IO: &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard},
		Getenv: func(string) string { return "" }, lang: "en"}
}
