package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hostileRecord holds terminal escapes in its name (YAML escapes) and its notes (raw).
const hostileRecord = "---\nid: S0901\nname: \"試験\\e]0;pwned\\a\\e[2J太郎\"\nstatus: active\nowner: 佐藤 花子\n" +
	"start: 2026-11-02\nnext: 2026-12-03\n---\n\n# 試験 太郎\n\n## 2026-11-02 電話 初日\n\n" +
	"- 初日の様子\x1b]52;c;ZWNobyBoaQ==\a\u009b2J\n\n次回: 2026-12-03\n"

// sgrOnly matches follow's own colour codes, the only escape sequences it may write.
var sgrOnly = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestColourOnlyThroughTheBoundary: on a terminal, follow colours headings, overdue dates
// and lint severities with SGR codes, and those are the only escape sequences it writes:
// the record's own come out escaped, in the brief, the due table and lint's findings.
func TestColourOnlyThroughTheBoundary(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "S0901.md"), []byte(hostileRecord), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"FOLLOW_DIR": dir, "FOLLOW_TODAY": "2026-12-05"}
	for _, args := range [][]string{{"show", "S0901", "--all"}, {"due"}, {"list"}, {"lint"}, {"stats"}} {
		_, out, errOut := followIO(t, env, "", true, args...)
		all := out + errOut
		if !sgrOnly.MatchString(all) {
			t.Errorf("follow %s on a terminal wrote no colour:\n%s", strings.Join(args, " "), all)
		}
		rest := sgrOnly.ReplaceAllString(all, "")
		for _, c := range []string{"\x1b", "\a", "\u009b"} {
			if strings.Contains(rest, c) {
				t.Errorf("follow %s wrote %q raw:\n%q", strings.Join(args, " "), c, all)
			}
		}
	}
	_, out, _ := followIO(t, env, "", true, "show", "S0901", "--all")
	for _, want := range []string{
		"\x1b[1mS0901  試験" + `\x1b]0;pwned\x07\x1b[2J` + "太郎\x1b[0m\n", // the title, bold
		"\x1b[31m2026-12-03 (2d overdue)\x1b[0m",                       // next, red
		"- 初日の様子" + `\x1b]52;c;ZWNobyBoaQ==\x07\u009b2J` + "\n",        // the log
	} {
		if !strings.Contains(out, want) {
			t.Errorf("show on a terminal lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = followIO(t, env, "", true, "lint")
	if want := ": \x1b[31merror\x1b[0m: name holds the control character " + `\x1b` + ","; !strings.Contains(out, want) {
		t.Errorf("lint on a terminal lacks %q:\n%s", want, out)
	}
}
