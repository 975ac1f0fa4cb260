package schedule_test

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
	"unsafe"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// TestCollectIsAllThenMatch: Filter.Collect, which skips building the text of duties
// outside the filter's dates, gives exactly what All followed by Match gives, over
// generated records on several days and with several filters.
func TestCollectIsAllThenMatch(t *testing.T) {
	cfg := config.Default()
	cfg.Limit.Enable = true
	p := recgen.Params{N: 300, Seed: 7, Today: dates.MustOf(2026, 12, 1)}
	var recs []*record.Record
	var mu sync.Mutex // the two workers emit at the same time
	if err := recgen.Generate(p, 2, func(rel string, data []byte) error {
		r, err := record.Parse(rel, data)
		if err != nil {
			return err
		}
		mu.Lock()
		recs = append(recs, r)
		mu.Unlock()
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, today := range []dates.Date{p.Today, p.Today.AddDays(-400), p.Today.AddDays(45)} {
		filters := []schedule.Filter{
			{},
			{Until: today.AddDays(7)},
			{Until: today.AddDays(30), OverdueOnly: true},
			{Until: today, Kinds: []string{schedule.KindRenewal, schedule.KindLimit}},
			{Until: today.AddDays(90), Who: "佐藤"},
		}
		for fi, f := range filters {
			for _, r := range recs {
				var want []schedule.Item
				for _, it := range schedule.All(r, cfg, today) {
					if f.Match(it) {
						want = append(want, it)
					}
				}
				got := f.Collect(r, cfg, today)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s on %s, filter %d:\n got  %v\n want %v", r.Path, today, fi, got, want)
				}
				total += len(got)
			}
		}
	}
	if total == 0 {
		t.Fatal("no item at all: the comparison proved nothing")
	}
	t.Log(fmt.Sprint(total, " items compared"))
}

// TestDetach: an item's texts keep their values but no longer share the record's memory.
func TestDetach(t *testing.T) {
	src := "G000001山田 花子佐藤株式会社アオバ1か月面談"
	it := schedule.Item{Staff: src[:7], Name: src[7:20], Owner: src[20:26], Client: src[26:47], What: src[47:], Kind: schedule.KindMilestone}
	want := it
	it.Detach()
	if it != want {
		t.Fatalf("Detach changed the item: %+v, want %+v", it, want)
	}
	lo, hi := uintptr(unsafe.Pointer(unsafe.StringData(src))), uintptr(unsafe.Pointer(unsafe.StringData(src)))+uintptr(len(src))
	for _, s := range []string{it.Staff, it.Name, it.Owner, it.Client, it.What} {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= lo && p < hi {
			t.Errorf("%q still points into the record's text", s)
		}
	}
}
