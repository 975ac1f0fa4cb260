package cmdutil

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

// "Me" named in full in the record being written is resolved from that record alone when
// follow.yaml declares nobody: the names of every record are not read (f.team stays
// unset). Any other name needs the whole team.
func TestMeInTheRecordNeedsNoTeam(t *testing.T) {
	dir := t.TempDir()
	rec := "---\nid: S0001\nname: 山田 花子\nstatus: active\nowner: 川口　健太\nmanager: 石田 誠\nstart: 2026-11-02\nnext: 2026-12-10\n---\n"
	other := "---\nid: S0002\nname: 高橋 一郎\nstatus: active\nowner: 川口 美穂\nstart: 2026-11-02\nnext: 2026-12-10\n---\n"
	for name, src := range map[string]string{"S0001.md": rec, "S0002.md": other} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := record.Parse("S0001.md", []byte(rec))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		user, want string
		team       bool // the whole team was read
	}{
		{"川口健太", "川口 健太", false},
		{"いしだ まこと", "", true}, // a reading: only the team can tell (and it has none)
		{"石田", "石田 誠", true},  // a family name: only the team can tell it is one person
		{"川口", "", true},      // ambiguous in the team
	} {
		f := &Factory{IO: &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}, Cwd: "/nonexistent"}
		f.DirFlag = dir
		f.Getenv = func(k string) string {
			if k == "FOLLOW_USER" {
				return c.user
			}
			return ""
		}
		got, err := f.MeIn(r, false)
		if got != c.want || (err == nil) != (c.want != "") || (f.team != nil) != c.team {
			t.Errorf("FOLLOW_USER=%s: %q, %v; team read: %v", c.user, got, err, f.team != nil)
		}
	}
}
