package lint_test

import (
	"fmt"
	"testing"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/lint"
	"github.com/staffnote/follow/pkg/privacy"
)

// BenchmarkLintCheck lints one generated record (clean: no findings) with every check
// follow lint runs on it. Like follow lint, it builds the privacy scanner once for the
// run: Check builds one per call when Options.Privacy is nil, which would dominate here.
func BenchmarkLintCheck(b *testing.B) {
	today := dates.MustOf(2026, 12, 1)
	p := recgen.Params{N: 1, Seed: 1, Today: today}
	cfg := config.Default()
	opts := lint.Options{Config: cfg, Today: today, Privacy: privacy.New(privacy.Options{Extra: cfg.Lint.Sensitive})}
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
