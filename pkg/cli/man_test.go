package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/i18n"
)

// TestWriteManPages: English pages go to DIR/man1, another language's to DIR/<lang>/man1,
// dated by the month given, with the help texts and cobra's headings in their language.
func TestWriteManPages(t *testing.T) {
	date := time.Date(2026, 11, 28, 17, 45, 0, 0, time.UTC)
	for lang, sub := range map[string]string{"en": "man1", "ja": filepath.Join("ja", "man1")} {
		dir := t.TempDir()
		if err := cmdutil.WriteManPages(DocsRoot(lang), dir, lang, date); err != nil {
			t.Fatal(err)
		}
		page, err := os.ReadFile(filepath.Join(dir, sub, "follow-due.1"))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		top, err := os.ReadFile(filepath.Join(dir, sub, "follow.1"))
		if want := map[string]string{"en": "Follow up dispatched staff", "ja": "派遣スタッフのフォロー"}[lang]; err != nil || !strings.Contains(string(top), want) {
			t.Errorf("%s: follow.1 has no %q: %v\n%s", lang, want, err, top)
		}
		want := map[string][]string{
			"en": {`.TH "FOLLOW-DUE" "1" "Nov 2026" "follow" "follow manual"`, ".SH NAME\n", ".SH OPTIONS\n", ".SH OPTIONS INHERITED FROM PARENT COMMANDS\n", "[flags]", "List what is due"},
			"ja": {`.TH "FOLLOW-DUE" "1" "Nov 2026" "follow" "follow マニュアル"`, ".SH 名前\n", ".SH オプション\n", ".SH 共通オプション\n", "[オプション]"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(string(page), w) {
				t.Errorf("%s: no %q in\n%s", lang, w, page)
			}
		}
		if lang == "ja" && strings.Contains(string(page), ".SH OPTIONS") {
			t.Errorf("ja: an English heading in\n%s", page)
		}
	}
}

// TestManDate: the pages carry the date of the commit follow was built from, else today.
func TestManDate(t *testing.T) {
	f := docsFactory()
	f.Build.Date = "2026-11-28T17:45:00+09:00"
	if got, err := manDate(f); err != nil || !got.Equal(time.Date(2026, 11, 28, 8, 45, 0, 0, time.UTC)) {
		t.Errorf("build date: %v, %v", got, err)
	}
	for _, build := range []string{"", "0001-01-01T00:00:00Z"} { // unknown; a snapshot's
		f = docsFactory()
		f.Build.Date = build
		f.Now = func() time.Time { return time.Date(2030, 6, 1, 0, 0, 0, 0, time.UTC) }
		f.TodayFlag = "2027-01-05"
		if got, err := manDate(f); err != nil || got.Format("2006-01-02") != "2027-01-05" {
			t.Errorf("build date %q: %v, %v", build, got, err)
		}
	}
}

// TestManParses: follow man DIR hands over the folder and the build's date.
func TestManParses(t *testing.T) {
	f := docsFactory()
	f.Build.Date = "2026-11-28T17:45:00Z"
	var got *ManOptions
	parse(t, NewCmdMan(f, func(o *ManOptions) error { got = o; return nil }), "out")
	if got == nil || got.Dir != "out" || got.Date.Format("2006-01") != "2026-11" {
		t.Errorf("%+v", got)
	}
	c := NewCmdMan(f, func(*ManOptions) error { t.Error("ran without DIR"); return nil })
	c.SetArgs(nil)
	c.SetErr(&strings.Builder{})
	if err := c.Execute(); err == nil {
		t.Error("no DIR: no error")
	}
}

// TestManPagesEveryCommand: the pages follow man DIR writes (man.txtar runs it) are a page for every command a user can run,
// in English into man1/ and in Japanese into ja/man1/, each with its command's short text
// in that language and no heading or word of cobra's English in the Japanese ones.
func TestManPagesEveryCommand(t *testing.T) {
	dir := t.TempDir()
	for _, lang := range []string{i18n.EN, i18n.JA} {
		root := DocsRoot(lang)
		if err := cmdutil.WriteManPages(DocsRoot(lang), dir, lang, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{}
		cmdutil.WalkTree(root, func(c *cobra.Command) {
			if c.IsAvailableCommand() || !c.HasParent() {
				want[strings.ReplaceAll(c.CommandPath(), " ", "-")+".1"] = c.Short
			}
		})
		entries, err := os.ReadDir(cmdutil.ManDir(dir, lang))
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != len(want) || len(want) < 20 {
			t.Errorf("%s: %d pages for %d commands", lang, len(entries), len(want))
		}
		for name, short := range want {
			b, err := os.ReadFile(filepath.Join(cmdutil.ManDir(dir, lang), name))
			if err != nil {
				t.Errorf("%s: %v", lang, err)
				continue
			}
			page := strings.ReplaceAll(string(b), `\`, "")
			if !strings.Contains(page, strings.ReplaceAll(short, `\`, "")) {
				t.Errorf("%s/%s lacks its short text %q", lang, name, short)
			}
			if lang != i18n.JA {
				continue
			}
			for _, h := range []string{"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "OPTIONS INHERITED FROM PARENT COMMANDS", "EXAMPLE", "SEE ALSO"} {
				if strings.Contains(page, ".SH "+h+"\n") {
					t.Errorf("ja/%s has the English heading %s", name, h)
				}
			}
			if m := cobraEnglish.FindString(page); m != "" {
				t.Errorf("ja/%s holds cobra's English %q", name, m)
			}
		}
	}
}
