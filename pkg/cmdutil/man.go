package cmdutil

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/staffnote/follow/pkg/i18n"
)

// ManDir is where the man pages of a language go below dir: dir/man1 for English, the
// default, and dir/<lang>/man1 for another (man(1) looks there for LANG=ja_JP.UTF-8).
func ManDir(dir, lang string) string {
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

// WriteManPages writes one man page per command of root's tree (its help texts, in lang)
// into ManDir(dir, lang), the words cobra puts in a page in lang too. Their date is date's
// month; nothing else in them varies between two runs.
func WriteManPages(root *cobra.Command, dir, lang string, date time.Time) error {
	out := ManDir(dir, lang)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	words := []string{"[flags]", i18n.T(lang, "cobra.flagsarg")} // of the synopsis
	for _, h := range manHeadings {
		words = append(words, ".SH "+h[0]+"\n", ".SH "+i18n.T(lang, h[1])+"\n")
	}
	translate := strings.NewReplacer(words...)
	var err error
	WalkTree(root, func(c *cobra.Command) {
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
