package export

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// TestJSON: the machine-readable export keeps every front-matter key with dates as
// written and numbers as numbers (a YAML number JSON has no form for stays text), and
// every entry as written.
func TestJSON(t *testing.T) {
	src := "---\nid: S0001\nname: 山田 花子\nstatus: active\nstart: 2026-04-01\nnext: 2026-12-10\n" +
		"tags: [経理, 0x1F, +5, .inf, true, ~]\nduties:\n  - kind: training\n    date: 2026-06-15\n    what: 研修\n    hours: 1.5\n---\n\n# 山田 花子\n\nプロフィール\n\n" +
		"## 2026-11-20 訪問\n\n記入: 川口 健太\n\n### 近況\n\n- 柴犬\n\n次回: 2026-12-10\n\n## 2026-11-21 謎\n\n- x\n"
	r, err := record.Parse("S0001.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	out, err := JSON(r, dates.MustOf(2026, 12, 5))
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		ID          string         `json:"id"`
		Exported    string         `json:"exported"`
		FrontMatter map[string]any `json:"front_matter"`
		Entries     []Entry        `json:"entries"`
		Body        string         `json:"body"`
	}
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	fm := d.FrontMatter
	if d.ID != "S0001" || d.Exported != "2026-12-05" || fm["start"] != "2026-04-01" {
		t.Errorf("front matter %v", fm)
	}
	tags, _ := json.Marshal(fm["tags"])
	if string(tags) != `["経理","0x1F","+5",".inf",true,null]` {
		t.Errorf("tags %s", tags)
	}
	if duty := fm["duties"].([]any)[0].(map[string]any); duty["hours"] != 1.5 || duty["date"] != "2026-06-15" {
		t.Errorf("duty %v", duty)
	}
	if len(d.Entries) != 2 {
		t.Fatalf("entries %+v", d.Entries)
	}
	e := d.Entries[0]
	if e.Date != "2026-11-20" || e.Code != "visit" || e.Author != "川口 健太" || !strings.HasPrefix(e.Text, "## 2026-11-20 訪問\n") || !strings.HasSuffix(e.Text, "次回: 2026-12-10\n") {
		t.Errorf("entry %+v", e)
	}
	if d.Entries[1].Code != "" || d.Entries[1].Kind != "謎" {
		t.Errorf("unknown kind: %+v", d.Entries[1])
	}
	if !strings.Contains(d.Body, "プロフィール") {
		t.Errorf("body lacks the text before the first entry: %q", d.Body)
	}
}
