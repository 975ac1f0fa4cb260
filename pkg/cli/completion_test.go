package cli

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/i18n"
)

// complete runs cobra's hidden cmdutil.Completion command, as the shell scripts do, on the sample
// records, and returns the candidates (the directive line dropped).
func complete(t *testing.T, args ...string) []string {
	t.Helper()
	code, out, errOut := followIO(t, nil, "", false, append([]string{"__complete", "--dir", showRecordsDir}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errOut)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, ":") && l != "" {
			got = append(got, l)
		}
	}
	return got
}

func TestCompleteStaffIDs(t *testing.T) {
	for _, cmd := range []string{"show", "handover", "new"} {
		got := complete(t, cmd, "S010")
		if len(got) == 0 {
			t.Fatalf("%s: no candidates", cmd)
		}
		for _, c := range got {
			id, name, ok := strings.Cut(c, "\t")
			if !ok || !strings.HasPrefix(id, "S010") || name == "" {
				t.Errorf("%s: candidate %q is not ID<TAB>name", cmd, c)
			}
		}
		if !slices.Contains(got, "S0101\t早川 美咲") {
			t.Errorf("%s: %q lacks S0101 with its name", cmd, got)
		}
	}
	// cmdutil.Records in subfolders are completed too.
	if got := complete(t, "show", "S011"); !slices.Contains(got, "S0110\t西村 和也") {
		t.Errorf("subfolder: %q", got)
	}
}

func TestCompleteOwnersAndValues(t *testing.T) {
	// The people of the team (people: of the sample follow.yaml), with their reading.
	owners := complete(t, "handover", "S0101", "--to", "")
	for _, want := range []string{"森本 彩\tもりもと あや", "川口 健太\tかわぐち けんた", "石田 誠\tいしだ まこと"} {
		if !slices.Contains(owners, want) {
			t.Errorf("handover --to: %q lacks %s", owners, want)
		}
	}
	if got := complete(t, "list", "--owner", "森"); !slices.Contains(got, "森本 彩\tもりもと あや") || len(got) != 1 {
		t.Errorf("list --owner 森: %q", got)
	}
	if got := complete(t, "list", "--status", ""); strings.Join(got, ",") != "active,ended,all" {
		t.Errorf("list --status: %q", got)
	}
	if got := complete(t, "list", "--client", "株式会社"); !slices.Contains(got, "株式会社ミナト精工") {
		t.Errorf("list --client: %q", got)
	}
}

// TestCompletionScripts: follow cmdutil.Completion writes a script for each shell.
func TestCompletionScripts(t *testing.T) {
	for shell, marker := range map[string]string{
		"bash":       "__start_follow",
		"zsh":        "#compdef follow",
		"fish":       "complete -c follow",
		"powershell": "Register-ArgumentCompleter",
	} {
		code, out, errOut := followIO(t, nil, "", false, "completion", shell)
		if code != 0 || !strings.Contains(out, marker) {
			t.Errorf("cmdutil.Completion %s: exit %d, %s; output lacks %q", shell, code, errOut, marker)
		}
	}
}

// completeIn runs cobra's cmdutil.Completion command under env, as a shell does, and returns each
// candidate with its description (the directive line dropped).
func completeIn(t *testing.T, env map[string]string, args ...string) map[string]string {
	t.Helper()
	code, out, errOut := followIO(t, env, "", false, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errOut)
	}
	got := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if word, desc, ok := strings.Cut(l, "\t"); ok {
			got[word] = desc
		}
	}
	return got
}

// completionProblems walks the whole tree as a shell completes it under env: the commands
// below each command (follow ⇥, follow cmdutil.Completion ⇥) and the flags of each (follow new --⇥),
// and says where a description is not the catalogue's text in lang, or is the other
// language's where the two differ.
func completionProblems(t *testing.T, env map[string]string, lang string) []string {
	other := map[string]string{i18n.JA: i18n.EN, i18n.EN: i18n.JA}[lang]
	want, notWant := NewRootCmd(testFactory()), NewRootCmd(testFactory())
	cmdutil.PrepareTree(want)
	cmdutil.PrepareTree(notWant)
	cmdutil.Localize(want, lang)
	cmdutil.Localize(notWant, other)
	firstLine := func(s string) string { return strings.SplitN(s, "\n", 2)[0] }
	var ps []string
	check := func(what, got, want, notWant string) {
		switch {
		case got != firstLine(want):
			ps = append(ps, fmt.Sprintf("%s: %q, want %q", what, got, firstLine(want)))
		case want != notWant && got == firstLine(notWant):
			ps = append(ps, fmt.Sprintf("%s: %q is the %s text", what, got, other))
		}
	}
	var flags int
	cmdutil.WalkTree(want, func(c *cobra.Command) {
		if !c.IsAvailableCommand() && c.HasParent() && c.Name() != "help" {
			return // hidden: a shell never offers it
		}
		path := strings.Fields(strings.TrimPrefix(c.CommandPath(), want.Name()))
		oc, _, _ := notWant.Find(path)
		where := strings.TrimSpace("follow " + strings.Join(path, " "))
		if c.HasAvailableSubCommands() {
			got := completeIn(t, env, append(path, "")...)
			for _, sub := range c.Commands() {
				if !sub.IsAvailableCommand() && sub.Name() != "help" {
					continue
				}
				osub, _, _ := oc.Find([]string{sub.Name()})
				desc, ok := got[sub.Name()]
				if !ok {
					ps = append(ps, fmt.Sprintf("%s ⇥: %s is not offered: %v", where, sub.Name(), got))
					continue
				}
				check(where+" ⇥ "+sub.Name(), desc, sub.Short, osub.Short)
			}
		}
		got := completeIn(t, env, append(path, "--")...)
		c.Flags().VisitAll(func(fl *pflag.Flag) {
			desc, ok := got["--"+fl.Name]
			if fl.Hidden || !ok {
				return
			}
			flags++
			check(where+" --"+fl.Name, desc, fl.Usage, oc.Flags().Lookup(fl.Name).Usage)
		})
	})
	if flags < 100 {
		ps = append(ps, fmt.Sprintf("only %d flags were offered", flags))
	}
	return ps
}

// TestCompletionJapanese: under LANG=ja_JP.UTF-8 every description a shell shows beside a
// command or a flag (cobra's __complete) is the catalogue's Japanese, cobra's own commands
// and flags included; under LANG=C the English; --lang on the line decides over both.
func TestCompletionJapanese(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		lang string
	}{
		{map[string]string{"LANG": "ja_JP.UTF-8"}, i18n.JA},
		{map[string]string{"LC_ALL": "ja_JP.UTF-8", "LANG": "C"}, i18n.JA},
		{map[string]string{"LANG": "C"}, i18n.EN},
	} {
		for _, p := range completionProblems(t, c.env, c.lang) {
			t.Errorf("%v: %s", c.env, p)
		}
	}
	got := completeIn(t, map[string]string{"LANG": "ja_JP.UTF-8"}, "--lang", "en", "")
	if got["due"] != i18n.T(i18n.EN, "help.due.short") {
		t.Errorf("--lang en: due is offered as %q", got["due"])
	}
}
