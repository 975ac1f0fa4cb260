package schedule_test

import (
	"fmt"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

var (
	benchToday  = dates.MustOf(2026, 12, 1)
	benchParams = recgen.Params{N: 1000, Seed: 1, Today: benchToday}
)

// BenchmarkScheduleAll derives every open duty of one parsed record (the pure part of
// follow due).
func BenchmarkScheduleAll(b *testing.B) {
	cfg := config.Default()
	for _, n := range []int{12, 500} {
		_, src := recgen.One(benchParams, "G000001", n)
		r, err := record.Parse("G000001.md", src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("visits=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				schedule.All(r, cfg, benchToday)
			}
		})
	}
}

// BenchmarkDue is follow due without the disk: parse 1,000 generated records (the real mix,
// 40% active), derive their duties, keep the ones due within 7 days, sort. Divide ns/op by
// 1,000 for the cost per record.
func BenchmarkDue(b *testing.B) {
	var srcs [][]byte
	err := recgen.Generate(benchParams, 1, func(_ string, data []byte) error {
		srcs = append(srcs, data)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	cfg := config.Default()
	within, _ := dates.ParseSpan("7d")
	filter := schedule.Filter{Until: benchToday.Add(within)}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		var items []schedule.Item
		for _, src := range srcs {
			r, err := record.Parse("x.md", src)
			if err != nil || r.Broken() != nil {
				b.Fatal(err, r.Broken())
			}
			for _, it := range schedule.All(r, cfg, benchToday) {
				if filter.Match(it) {
					items = append(items, it)
				}
			}
		}
		schedule.Sort(items)
	}
}
