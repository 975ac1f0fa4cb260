package lint_test

import (
	"fmt"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/lint"
)

// BenchmarkLintCheck lints one generated record (clean: no findings) with every check
// follow lint runs on it.
func BenchmarkLintCheck(b *testing.B) {
	today := dates.MustOf(2026, 12, 1)
	p := recgen.Params{N: 1, Seed: 1, Today: today}
	opts := lint.Options{Config: config.Default(), Today: today}
	for _, n := range []int{12, 500, 1000} {
		rel, src := recgen.One(p, "G000001", n)
		b.Run(fmt.Sprintf("visits=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if fs, _ := lint.Check(lint.File{Path: rel, Src: src}, opts); len(fs) > 0 {
					b.Fatalf("generated record has findings: %v", fs)
				}
			}
		})
	}
}
