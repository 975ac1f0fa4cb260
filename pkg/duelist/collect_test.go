package duelist

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/store"
)

const collectRecord = `---
id: %s
name: 北村 友梨
kana: きたむら ゆり
status: active
owner: 西田 亮
client: 株式会社みなと製作所
start: 2026-10-01
next: 2026-12-04
---

## 2026-11-20 訪問

- 通勤の電車が混むので時差出勤を相談したい。

次回: 2026-12-04
`

// TestCollect: every readable record's items are listed in order, a record that cannot be
// read is counted in Broken (not skipped silently), and the names are gathered when asked.
func TestCollect(t *testing.T) {
	root := t.TempDir()
	for name, src := range map[string]string{
		"S0101.md": strings.Replace(collectRecord, "%s", "S0101", 1),
		"S0102.md": strings.Replace(collectRecord, "%s", "S0102", 1),
		"S0103.md": "---\nid: [S0103\n---\n",
	} {
		if err := os.WriteFile(filepath.Join(root, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := store.Open(root)
	if err != nil {
		t.Fatal(err)
	}
	today, _ := dates.Parse("2026-12-01", dates.Date(0))
	var names people.Names
	got, err := Collect(s, Query{Filter: schedule.Filter{Until: today.AddDays(7)}, Config: config.Default(), Today: today, Names: &names})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Broken) != 1 || !strings.Contains(got.Broken[0].Error(), "S0103") {
		t.Errorf("broken: %v", got.Broken)
	}
	got.List.Sort()
	var staff []string
	for _, it := range got.List.Items() {
		staff = append(staff, it.Staff)
	}
	if strings.Join(staff, " ") != "S0101 S0102" {
		t.Errorf("items of %v", staff)
	}
	if team := names.Team(); len(team.People) != 1 {
		t.Errorf("names: %+v", team.People)
	}
}
