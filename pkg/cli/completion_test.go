package cli

import (
	"slices"
	"strings"
	"testing"
)

// complete runs cobra's hidden completion command, as the shell scripts do, on the sample
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
	// Records in subfolders are completed too.
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

// TestCompletionScripts: follow completion writes a script for each shell.
func TestCompletionScripts(t *testing.T) {
	for shell, marker := range map[string]string{
		"bash":       "__start_follow",
		"zsh":        "#compdef follow",
		"fish":       "complete -c follow",
		"powershell": "Register-ArgumentCompleter",
	} {
		code, out, errOut := followIO(t, nil, "", false, "completion", shell)
		if code != 0 || !strings.Contains(out, marker) {
			t.Errorf("completion %s: exit %d, %s; output lacks %q", shell, code, errOut, marker)
		}
	}
}
