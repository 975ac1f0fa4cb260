package duelist

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/schedule"
)

var today = dates.MustOf(2026, 12, 1)

// treeItems returns the due items of n generated records (overdue: the profile of
// gen-records -overdue), record by record.
func treeItems(tb testing.TB, n, overdue int) [][]schedule.Item {
	tb.Helper()
	cfg := config.Default()
	filter := schedule.Filter{Until: today.AddDays(7)}
	var out [][]schedule.Item
	err := recgen.Generate(recgen.Params{N: n, Seed: 3, Today: today, Overdue: overdue}, 1, func(rel string, data []byte) error {
		r, err := record.Parse(rel, data)
		if err != nil {
			return err
		}
		out = append(out, filter.Collect(r, cfg, today))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func build(perRecord [][]schedule.Item) *List {
	l := New(today)
	for _, items := range perRecord {
		l.Add(Compact(items))
	}
	return l
}

// A List gives the items, in the order, that holding them whole and schedule.Sort give.
func TestListMatchesSort(t *testing.T) {
	for _, overdue := range []int{0, 30} {
		perRecord := treeItems(t, 300, overdue)
		var want []schedule.Item
		for _, items := range perRecord {
			want = append(want, items...)
		}
		schedule.Sort(want)
		l := build(perRecord)
		l.Sort()
		if l.Len() != len(want) || len(want) < 50 {
			t.Fatalf("overdue %d: %d items, want %d (and some)", overdue, l.Len(), len(want))
		}
		if got := l.Items(); !reflect.DeepEqual(got, want) {
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("overdue %d: item %d is\n%+v\nwant\n%+v", overdue, i, got[i], want[i])
				}
			}
		}
		if overdue > 0 && l.Days(0) >= 0 {
			t.Errorf("overdue profile: the first item is not overdue")
		}
		// Phrased, Keep, Limit: as on the whole items.
		tr := i18n.Translator(i18n.JA)
		l.Phrase(tr)
		for i := range want {
			want[i].Phrase(tr)
		}
		var a, b bytes.Buffer
		if err := render.WriteJSON(&a, want); err != nil {
			t.Fatal(err)
		}
		if err := render.DueJSON(&b, l); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("overdue %d: the JSON of the list differs from that of the items", overdue)
		}
		who := want[len(want)/2].Who
		keep := func(it *schedule.Item) bool { return it.Who == who }
		var kept []schedule.Item
		for _, it := range want {
			if keep(&it) {
				kept = append(kept, it)
			}
		}
		l.Keep(keep)
		l.Limit(3)
		if got := l.Items(); len(kept) == 0 || !reflect.DeepEqual(got, kept[:min(3, len(kept))]) {
			t.Errorf("overdue %d: Keep and Limit gave %d items, want the first 3 of %d", overdue, len(got), len(kept))
		}
	}
}

// Compact keeps no text of the record: every text of a chunk lies in one block.
func TestCompactOneBlock(t *testing.T) {
	perRecord := treeItems(t, 50, 10)
	for _, items := range perRecord {
		c := Compact(items)
		if len(c.items) != len(items) {
			t.Fatalf("%d items compacted to %d", len(items), len(c.items))
		}
		if len(items) > 0 && c.items[0].info.staff != items[0].Staff {
			t.Fatalf("staff %q, want %q", c.items[0].info.staff, items[0].Staff)
		}
	}
	first := perRecord[0]
	rare := 0
	for _, it := range first {
		if it.Subject != "" || it.How != "" || it.On != 0 || it.Given != 0 || it.Owed != 0 {
			rare++
		}
	}
	if n := testing.AllocsPerRun(10, func() { Compact(first) }); n > float64(4+rare) {
		t.Errorf("Compact allocates %v times for %d items (%d with rare fields), want at most 4 (info, items, block, spans) and one per rare", n, len(first), rare)
	}
}

// A kind, code or role pkg/schedule does not list (a newer one) comes back as it went in.
func TestCompactUnlisted(t *testing.T) {
	items := treeItems(t, 5, 3)[0]
	items[0].Kind, items[0].Code, items[0].Role = "new-kind", "new-code", "deputy"
	l := build([][]schedule.Item{items})
	if got := l.Items(); !reflect.DeepEqual(got, items) {
		t.Errorf("got\n%+v\nwant\n%+v", got[0], items[0])
	}
}

// BenchmarkList: compact, sort and write as JSON the items of 1,000 records of the
// overdue profile (about 30,000 items), as follow due does for each record it reads.
func BenchmarkList(b *testing.B) {
	perRecord := treeItems(b, 1000, 30)
	n := 0
	for _, items := range perRecord {
		n += len(items)
	}
	tr := i18n.Translator(i18n.EN)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		l := build(perRecord)
		l.Sort()
		l.Phrase(tr)
		if err := render.DueJSON(discard{}, l); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n), "items/op")
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
