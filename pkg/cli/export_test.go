package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/staffnote/follow/internal/reportcheck"
	"github.com/staffnote/follow/pkg/record"
)

// TestExportHoldsNobodyElse exports every sample record, as markdown, HTML and JSON, in
// both languages: the document holds the staff member's own name, ID and every entry of the
// log, and neither the name nor the ID of any other staff member of the sample records.
func TestExportHoldsNobodyElse(t *testing.T) {
	type staff struct{ id, name, body string }
	var all []staff
	for _, rel := range sampleRecords(t) {
		src, err := os.ReadFile(filepath.Join(showRecordsDir, filepath.FromSlash(rel)+".md"))
		if err != nil {
			t.Fatal(err)
		}
		r, err := record.Parse(rel+".md", src)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, staff{r.ID, r.Name, string(r.Body())})
	}
	for _, s := range all {
		for _, format := range []string{"md", "html", "json"} {
			for _, lang := range []string{"en", "ja"} {
				code, out, errOut := followIO(t, nil, "", false, "export", s.id, "--format", format, "--lang", lang,
					"--dir", showRecordsDir, "--today", showToday)
				if code != 0 || errOut != "" {
					t.Fatalf("export %s: exit %d: %s", s.id, code, errOut)
				}
				if !strings.Contains(out, s.name) || !strings.Contains(out, s.id) {
					t.Errorf("export %s --format %s: the staff member's own name or ID is missing", s.id, format)
				}
				for _, o := range all {
					if o.id == s.id {
						continue
					}
					if strings.Contains(out, o.name) || strings.Contains(out, o.id) {
						t.Errorf("export %s --format %s --lang %s names %s %s, another staff member", s.id, format, lang, o.id, o.name)
					}
				}
				if format == "json" && !json.Valid([]byte(out)) {
					t.Errorf("export %s --format json: not JSON", s.id)
				}
				if format != "html" {
					// Every line of the log is in the document (headings moved down).
					for _, l := range strings.Split(s.body, "\n") {
						if l = strings.TrimLeft(strings.TrimSpace(l), "#"); l != "" && !strings.Contains(out, l) {
							t.Errorf("export %s: the log line %q is missing", s.id, l)
						}
					}
				} else if probs := reportcheck.Files([]reportcheck.File{{Path: "export.html", Data: []byte(out)}}); len(probs) > 0 {
					t.Errorf("export %s --format html: %v", s.id, probs)
				}
			}
		}
	}
}

// TestExportGolden: the markdown export of S0109 (training, career consulting, a wish),
// in both languages, against testdata/export/S0109.<lang>.md.
func TestExportGolden(t *testing.T) {
	for _, lang := range []string{"en", "ja"} {
		code, out, errOut := followIO(t, nil, "", false, "export", "S0109", "--lang", lang, "--dir", showRecordsDir, "--today", showToday)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		golden := filepath.Join("testdata", "export", "S0109."+lang+".md")
		if updating() {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./pkg/cli -run TestExportGolden -update)", err)
		}
		if out != string(want) {
			t.Errorf("follow export S0109 --lang %s differs from %s:\n%s", lang, golden, out)
		}
	}
}
