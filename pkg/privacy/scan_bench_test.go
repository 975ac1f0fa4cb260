package privacy

import (
	"fmt"
	"sync"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/dates"
)

// benchParams are the records the benchmarks and the differential test scan: what
// cmd/gen-records writes for a tree, as follow lint would read it.
var benchParams = recgen.Params{N: 300, Seed: 1, Today: dates.MustOf(2026, 12, 1)}

var (
	benchOnce    sync.Once
	benchRecords [][]byte // benchParams' records, in ID order
)

// generatedRecords returns the records of benchParams (generated once per test binary).
func generatedRecords(tb testing.TB) [][]byte {
	tb.Helper()
	benchOnce.Do(func() {
		err := recgen.Generate(benchParams, 1, func(_ string, data []byte) error {
			benchRecords = append(benchRecords, data)
			return nil
		})
		if err != nil {
			panic(err)
		}
	})
	if len(benchRecords) != benchParams.N {
		tb.Fatalf("generated %d records, want %d", len(benchRecords), benchParams.N)
	}
	return benchRecords
}

// benchScan measures scan on every generated record (a tree's worth, median 12 contacts)
// and on single records with 12, 500 and 1,000 contacts, as BenchmarkLintCheck does.
func benchScan(b *testing.B, scan func([]byte) []Hit) {
	recs := generatedRecords(b)
	b.Run("records=300", func(b *testing.B) {
		size := 0
		for _, r := range recs {
			size += len(r)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range recs {
				if hits := scan(r); len(hits) > 0 {
					b.Fatalf("generated record has findings: %v", hits)
				}
			}
		}
	})
	for _, n := range []int{12, 500, 1000} {
		_, src := recgen.One(benchParams, "G000001", n)
		b.Run(fmt.Sprintf("visits=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if hits := scan(src); len(hits) > 0 {
					b.Fatalf("generated record has findings: %v", hits)
				}
			}
		})
	}
}

// BenchmarkScanRecords scans generated records with one Scanner, as follow lint does.
func BenchmarkScanRecords(b *testing.B) {
	s := New(Options{})
	benchScan(b, s.Scan)
}

// BenchmarkScanRecordsReference scans the same records with the reference scanner (the
// scanner before the fast path, reference_test.go), for a ratio measured in one run.
func BenchmarkScanRecordsReference(b *testing.B) {
	s := refNew(Options{})
	benchScan(b, s.Scan)
}
