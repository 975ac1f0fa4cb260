package record_test

import (
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// BenchmarkCheckEdit is what follow new does with the bytes of a visit on a record of
// 1,000 contacts before it writes them: parse them (Parse reads the whole file again;
// Reparse reads the front matter and only the changed lines of the body) and check that
// the old log is kept.
func BenchmarkCheckEdit(b *testing.B) {
	src := benchSrc(1000)
	old, err := record.Parse("G000001.md", src)
	if err != nil {
		b.Fatal(err)
	}
	e := old.Edit()
	e.Append([]string{"requests"}, []record.Field{{Key: "id", Value: "R999"}, {Key: "what", Value: "席が寒い"}})
	e.Set(dates.MustOf(2026, 12, 15), "next")
	e.InsertEntry(dates.MustOf(2026, 12, 1), record.Log{Date: dates.MustOf(2026, 12, 1), Kind: "訪問", Lines: []string{"請求書発行を担当"}}.Markdown())
	out, err := e.Bytes()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		parse func() (*record.Record, error)
	}{
		{"Parse", func() (*record.Record, error) { return record.Parse("G000001.md", out) }},
		{"Reparse", func() (*record.Record, error) { return old.Reparse("G000001.md", out) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(out)))
			b.ReportAllocs()
			for b.Loop() {
				nr, err := c.parse()
				if err != nil || nr.Next != dates.MustOf(2026, 12, 15) || !record.IsSubsequence(old.Body(), nr.Body()) {
					b.Fatalf("the edit does not check: %v", err)
				}
			}
		})
	}
}
