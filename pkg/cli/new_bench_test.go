package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/dates"
)

// newBenchArgs are the flags bench/run.sh gives follow new on the 1,000-contact record.
var newBenchArgs = []string{"new", "G000001", "--fact", "請求書発行を一人で担当できるようになった",
	"--request", "席が空調の真下で寒い; due 12/10; plan 派遣先に席替えを相談; report 12/11 電話",
	"--topic", "娘さんの中学受験（1月）", "--next", "2w"}

// newBenchTree writes a records tree holding G000001 with visits contacts (as bench/run.sh
// generates it, in its branch folder) and siblings other files in that folder, and runs
// follow due once so that the ID index exists, as it does in a team's daily use. It
// returns the root, the record's path and its bytes.
func newBenchTree(b *testing.B, visits, siblings int) (string, string, []byte) {
	b.Helper()
	p := recgen.Params{N: 1, Seed: 1, Today: dates.MustOf(2026, 12, 1), Big: map[string]int{"G000001": visits}}
	rel, src := recgen.One(p, "G000001", visits)
	root := b.TempDir()
	path := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "follow.yaml"), []byte(recgen.Config(p)), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, src, 0o644); err != nil {
		b.Fatal(err)
	}
	// The siblings only need to be there: follow new must not look at them.
	for i := range siblings {
		name := filepath.Join(filepath.Dir(path), fmt.Sprintf("X%06d.txt", i))
		if err := os.WriteFile(name, nil, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if code, _, errOut := runBench(root, "due"); code != ExitOK && code != 1 {
		b.Fatalf("follow due: exit %d\n%s", code, errOut)
	}
	return root, path, src
}

// runBench runs follow in-process on the records directory root.
func runBench(root string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{
		IO:     &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
		Getenv: func(string) string { return "" },
		Cwd:    root,
		Now:    func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) },
	}
	code := Run(f, append([]string{"--dir", root, "--today", "2026-12-01"}, args...))
	return code, out.String(), errOut.String()
}

// BenchmarkNewVisit is follow new on a record with 1,000 contacts, the file restored
// before every round (outside the timing), with the record's folder holding nothing else
// or 20,000 other files: the time must not depend on them.
func BenchmarkNewVisit(b *testing.B) {
	for _, siblings := range []int{0, 20000} {
		b.Run(fmt.Sprintf("visits=1000/siblings=%d", siblings), func(b *testing.B) {
			root, path, src := newBenchTree(b, 1000, siblings)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				if err := os.WriteFile(path, src, 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				code, out, errOut := runBench(root, newBenchArgs...)
				if code != ExitOK || strings.TrimSpace(out) != path {
					b.Fatalf("follow new: exit %d, stdout %q\n%s", code, out, errOut)
				}
			}
			b.StopTimer()
			got, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			// The last round's visit went after the old log, which is kept byte for byte.
			oldBody := src[bytes.Index(src, []byte("\n---\n")):]
			newBody := got[bytes.Index(got, []byte("\n---\n")):]
			if !bytes.HasPrefix(newBody, oldBody) || !bytes.Contains(newBody[len(oldBody):], []byte("娘さんの中学受験")) {
				b.Fatal("the visit was not appended after the old log kept byte for byte")
			}
		})
	}
}
