package record

import (
	"encoding/json"
	"sort"
	"testing"
)

// TestSchemaMatchesDecoder keeps the editor schema and the keys the decoder knows in step.
func TestSchemaMatchesDecoder(t *testing.T) {
	var doc struct {
		Properties map[string]struct {
			Properties map[string]any `json:"properties"`
			Items      struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"items"`
		} `json:"properties"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	keys := func(m map[string]any) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	same := func(what string, got []string, want []string) {
		w := append([]string(nil), want...)
		sort.Strings(w)
		sort.Strings(got)
		if len(got) != len(w) {
			t.Errorf("%s: schema has %v, decoder knows %v", what, got, w)
			return
		}
		for i := range got {
			if got[i] != w[i] {
				t.Errorf("%s: schema has %v, decoder knows %v", what, got, w)
				return
			}
		}
	}
	var top []string
	for k := range doc.Properties {
		top = append(top, k)
	}
	same("top-level keys", top, TopKeys)
	same("required", doc.Required, RequiredKeys)
	same("contract", keys(doc.Properties["contract"].Properties), ContractKeys)
	same("ended", keys(doc.Properties["ended"].Properties), EndedKeys)
	raw := func(m map[string]json.RawMessage) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		return out
	}
	same("milestones", raw(doc.Properties["milestones"].Items.Properties), MilestoneKeys)
	same("requests", raw(doc.Properties["requests"].Items.Properties), RequestKeys)
}
