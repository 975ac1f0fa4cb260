package cli

import (
	"slices"
	"testing"
)

func TestImportFlags(t *testing.T) {
	var got *ImportOptions
	c := NewCmdImport(testFactory(), func(o *ImportOptions) error { got = o; return nil })
	parse(t, c, "staff.csv", "notes", "a.md", "-n", "--skip-bad", "--encoding", "Shift_JIS", "--json", "--new-person")
	if !slices.Equal(got.Paths, []string{"staff.csv", "notes", "a.md"}) || !got.DryRun || !got.SkipBad || !got.JSON || !got.NewPerson ||
		got.Encoding != "Shift_JIS" {
		t.Errorf("%+v", got)
	}
	got = nil
	parse(t, NewCmdImport(testFactory(), func(o *ImportOptions) error { got = o; return nil }), "staff.csv")
	if got.DryRun || got.SkipBad || got.JSON || got.NewPerson || got.Encoding != "auto" {
		t.Errorf("defaults: %+v", got)
	}
	c = NewCmdImport(testFactory(), func(*ImportOptions) error { t.Error("ran without a file"); return nil })
	c.SetArgs(nil)
	if err := c.Execute(); err == nil {
		t.Error("follow import without a file is accepted")
	}
}
