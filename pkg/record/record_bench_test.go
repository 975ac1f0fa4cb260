package record_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Records for benchmarks come from the same generator as bench/run.sh: an active record
// with 12 contacts (the median), one with 500 and one with 1,000 (what follow new and
// follow show meet on a long follow-up).
var benchParams = recgen.Params{N: 1, Seed: 1, Today: dates.MustOf(2026, 12, 1)}

func benchSrc(visits int) []byte {
	_, src := recgen.One(benchParams, "G000001", visits)
	return src
}

var benchSizes = []int{12, 500, 1000}

// BenchmarkParse reads the front matter (what follow due needs of every record).
func BenchmarkParse(b *testing.B) {
	for _, n := range benchSizes {
		src := benchSrc(n)
		b.Run(fmt.Sprintf("visits=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := record.Parse("G000001.md", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEntries parses the body into dated sections (lint, show and new need it).
// Entries caches its result in the record, so each round works on a fresh copy of a record
// whose body was never parsed.
func BenchmarkEntries(b *testing.B) {
	benchEntries(b, func(r *record.Record) []record.Entry { es, _ := r.Entries(); return es })
}

// benchEntries measures entries, a way to parse a record's body, on the benchmark records.
func benchEntries(b *testing.B, entries func(*record.Record) []record.Entry) {
	for _, n := range benchSizes {
		src := benchSrc(n)
		parsed, err := record.Parse("G000001.md", src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("visits=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				r := *parsed
				if es := entries(&r); len(es) < n {
					b.Fatalf("%d entries, want at least %d", len(es), n)
				}
			}
		})
	}
}

// BenchmarkParseHeads parses the front matters of 1,000 generated records (the real mix of
// active and ended records), as a follow due with nothing cached does. Divide ns/op by
// 1,000 for the cost per record.
func BenchmarkParseHeads(b *testing.B) {
	var heads [][]byte
	size := 0
	p := recgen.Params{N: 1000, Seed: 1, Today: benchParams.Today}
	var mu sync.Mutex // the two workers emit at the same time
	if err := recgen.Generate(p, 2, func(rel string, data []byte) error {
		head := data[:record.FrontMatterLen(data)]
		mu.Lock()
		heads = append(heads, head)
		size += len(head)
		mu.Unlock()
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, h := range heads {
			if _, err := record.Parse("G.md", h); err != nil {
				b.Fatal(err)
			}
		}
	}
}
