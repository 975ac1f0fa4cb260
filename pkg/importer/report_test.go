package importer

import (
	"errors"
	"strings"
	"testing"
)

// A record that could not be written leaves the items and becomes a problem; the person
// reads the report in their language, the JSON is the same in any.
func TestReport(t *testing.T) {
	r := Report{DryRun: true, Items: []Item{
		{File: "staff.csv", Line: 2, ID: "S0001", Action: Create, Path: "S0001.md", Name: "山田 花子"},
		{File: "staff.csv", Line: 3, ID: "S0002", Action: Create, Path: "S0002.md", Name: "佐藤 一郎"},
	}, Failed: map[string]error{"S0002.md": errors.New("disk full")}}
	items := r.Done()
	if len(items) != 1 || items[0].ID != "S0001" || len(r.Problems) != 1 {
		t.Fatalf("Done = %+v, problems %+v", items, r.Problems)
	}
	for lang, want := range map[string][2]string{
		"en": {"would create S0001 山田 花子: S0001.md\n", "dry run: nothing was written\n"},
		"ja": {"作成予定  S0001 山田 花子: S0001.md\n", "試行のため何も書き込んでいません\n"},
	} {
		var out, errOut strings.Builder
		r.Print(&out, &errOut, items, lang, 0)
		if out.String() != want[0] || !strings.Contains(errOut.String(), want[1]) || !strings.Contains(errOut.String(), "S0002.md") {
			t.Errorf("%s: out %q, errOut %q", lang, out.String(), errOut.String())
		}
	}
	j := r.JSON(items)
	if len(j.Items) != 1 || len(j.Problems) != 1 || j.Problems[0].Code != "import.notwritten" || !strings.Contains(j.Problems[0].What, "not written") {
		t.Errorf("JSON = %+v", j)
	}
}
