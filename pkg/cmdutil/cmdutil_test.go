package cmdutil

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/staffnote/follow/pkg/i18n"
)

// TestExitCode: follow's errors carry their code, a catalogue message is said in the
// language asked for, and an error of cobra's own is a usage error.
func TestExitCode(t *testing.T) {
	for _, c := range []struct {
		err  error
		code int
	}{{nil, ExitOK}, {DataErr(errors.New("x")), ExitError}, {UsageErr("bad %d", 1), ExitUsage},
		{Silent(ExitError), ExitError}, {errors.New("cobra"), ExitUsage}, {DataMsg("due.nome"), ExitError}} {
		if got := ExitCode(c.err); got != c.code {
			t.Errorf("ExitCode(%v) = %d, want %d", c.err, got, c.code)
		}
	}
	if got := ErrorText(i18n.JA, Silent(ExitError)); got != "" {
		t.Errorf("a silent exit says %q", got)
	}
	err := UsageMsg("due.nome")
	if en, ja := ErrorText(i18n.EN, err), ErrorText(i18n.JA, err); en == ja || en == "" || ja == "" {
		t.Errorf("one message, en %q, ja %q", en, ja)
	}
}

func tree() *cobra.Command {
	root := &cobra.Command{Use: "follow"}
	sub := &cobra.Command{Use: "new ID", Short: "Log a visit", Args: ExactArgs(1), RunE: func(*cobra.Command, []string) error { return nil }}
	sub.Flags().String("date", "", "the date")
	sub.Flags().IntP("limit", "n", 5, "at most")
	sub.Flags().StringSlice("kind", nil, "kinds")
	sub.Flags().Bool("json", false, "JSON")
	sub.Flags().Duration("alarm", 0, "before")
	root.AddCommand(sub)
	return root
}

// TestArgs: a wrong count of arguments is a usage error in the catalogue's words, which
// point at the command's help.
func TestArgs(t *testing.T) {
	root := tree()
	sub, _, _ := root.Find([]string{"new"})
	if err := sub.Args(sub, nil); ExitCode(err) != ExitUsage || !strings.Contains(ErrorText(i18n.EN, err), "follow new --help") {
		t.Errorf("no argument: %v", err)
	}
	if err := sub.Args(sub, []string{"S1"}); err != nil {
		t.Errorf("one argument: %v", err)
	}
	if err := NoArgs(sub, []string{"x"}); ExitCode(err) != ExitUsage {
		t.Errorf("NoArgs: %v", err)
	}
	if err := RangeArgs(1, 2)(sub, []string{"a", "b", "c"}); ExitCode(err) != ExitUsage {
		t.Errorf("RangeArgs: %v", err)
	}
	if err := FlagError(sub, sub.Flags().Parse([]string{"--nope"})); !strings.Contains(ErrorText(i18n.EN, err), "nope") {
		t.Errorf("unknown flag: %v", err)
	}
}

// TestFlagUsages: in English the flags are listed byte for byte as pflag lists them
// (differential), and in Japanese the value names and defaults are in Japanese.
func TestFlagUsages(t *testing.T) {
	root := tree()
	sub, _, _ := root.Find([]string{"new"})
	fs := sub.Flags()
	if got, want := FlagUsages(fs, i18n.EN), fs.FlagUsages(); got != want {
		t.Errorf("en:\n%s\npflag:\n%s", got, want)
	}
	if ja := FlagUsages(fs, i18n.JA); ja == fs.FlagUsages() || !strings.Contains(ja, "--limit") {
		t.Errorf("ja:\n%s", ja)
	}
	var empty pflag.FlagSet
	if got := FlagUsages(&empty, i18n.EN); got != "" {
		t.Errorf("no flags: %q", got)
	}
}

// TestEarlyFlags: --lang and --dir are read before cobra parses, a flag's value is not
// taken for one, and a word naming no command is returned.
func TestEarlyFlags(t *testing.T) {
	root := tree()
	root.PersistentFlags().String("lang", "", "")
	root.PersistentFlags().String("dir", "", "")
	lang, dir, unknown := EarlyFlags(root, []string{"new", "S1", "--date", "--lang", "--lang", "ja", "--dir", "d"})
	if lang != "ja" || dir != "d" || unknown != "" {
		t.Errorf("got %q %q %q", lang, dir, unknown)
	}
	if lang, _, unknown = EarlyFlags(root, []string{"nwe", "--lang", "xx"}); lang != "" || unknown != "nwe" {
		t.Errorf("got %q, unknown %q", lang, unknown)
	}
}

// TestWriteManPages: one page per command, English in DIR/man1 and Japanese in
// DIR/ja/man1 with cobra's headings in Japanese, dated by the month given.
func TestWriteManPages(t *testing.T) {
	dir := t.TempDir()
	date := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	for _, lang := range []string{i18n.EN, i18n.JA} {
		root := tree()
		PrepareTree(root)
		Localize(root, lang)
		if err := WriteManPages(root, dir, lang, date); err != nil {
			t.Fatal(err)
		}
	}
	en, err := os.ReadFile(filepath.Join(dir, "man1", "follow-new.1"))
	if err != nil || !strings.Contains(string(en), ".SH SYNOPSIS") || !strings.Contains(string(en), "Nov 2026") {
		t.Errorf("en page: %v\n%s", err, en)
	}
	ja, err := os.ReadFile(filepath.Join(dir, "ja", "man1", "follow-new.1"))
	if err != nil || strings.Contains(string(ja), ".SH SYNOPSIS") || !strings.Contains(string(ja), ".SH "+i18n.T(i18n.JA, "cobra.man.synopsis")) {
		t.Errorf("ja page: %v\n%s", err, ja)
	}
}
