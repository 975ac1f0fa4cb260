// Command gen-records writes N fictional but realistic follow records, for benchmarks and
// load tests. It is not part of follow.
//
//	go run ./cmd/gen-records -n 10000 -seed 1 -out /tmp/records -big G000001:1000
//
// The tree is <out>/follow.yaml (lang: ja) and <out>/<branch>/<ID>.md, with IDs G000001,
// G000002, ... spread over branch folders (tokyo/, osaka/, nagoya/, ...). Each record is
// written in follow's own format, as follow new, renew, done and end would have left it:
// Japanese names and clients, start dates spread over years before -today, a long-tailed
// number of contacts (median 12, about 1 record in 5,000 with 500 or more), requests (B
// items) and their resolution, milestones from the default team rules, renewals and ends.
// Every record passes follow lint.
//
// With -overdue K every record is active and carries about K open requests, all overdue
// (none reported back): the shape of a tree nobody has kept up, where follow due lists tens
// of items per record (-n 10000 -overdue 30: about 300,000).
//
// Same flags, same bytes: the output depends only on -n, -seed, -today and -big (math/rand/v2
// PCG, one stream per record), not on the number of workers or the machine.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/staffnote/follow/cmd/gen-records/recgen"
	"github.com/staffnote/follow/pkg/dates"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen-records:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gen-records", flag.ContinueOnError)
	n := fs.Int("n", 1000, "number of records (G000001 .. G{n})")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same bytes")
	out := fs.String("out", "", "output directory (must not exist or be empty)")
	today := fs.String("today", "2026-12-01", "reference date (YYYY-MM-DD): active records are current on this day")
	overdue := fs.Int("overdue", 0, "profile of a tree nobody kept up: every record active with about this many open, overdue requests (0: the realistic tree)")
	one := fs.String("one", "", "write only the record ID to standard output, as the tree would hold it (-big ID:VISITS makes it long); no -out")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "parallel writers (does not change the output)")
	big := map[string]int{}
	fs.Func("big", "ID:VISITS forces the record ID to be active with VISITS contacts (repeatable); an ID outside G000001..G{n} is added", func(s string) error {
		id, v, ok := strings.Cut(s, ":")
		k, err := strconv.Atoi(v)
		if !ok || id == "" || err != nil || k < 1 {
			return errors.New("want ID:VISITS, e.g. G000001:1000")
		}
		big[id] = k
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *one != "" {
		return writeOne(*one, *n, *seed, *today, big)
	}
	if *out == "" {
		return errors.New("-out DIR is required")
	}
	if *n < 0 {
		return errors.New("-n must not be negative")
	}
	t, err := dates.ParseISO(*today)
	if err != nil {
		return fmt.Errorf("-today: %v", err)
	}
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: remove it first", *out)
	}
	if *overdue < 0 {
		return errors.New("-overdue must not be negative")
	}
	p := recgen.Params{N: *n, Seed: *seed, Today: t, Big: big, Overdue: *overdue}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, b := range recgen.Branches() {
		if err := os.MkdirAll(filepath.Join(*out, b), 0o755); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(*out, "follow.yaml"), []byte(recgen.Config(p)), 0o644); err != nil {
		return err
	}
	return recgen.Generate(p, *workers, func(rel string, data []byte) error {
		return os.WriteFile(filepath.Join(*out, filepath.FromSlash(rel)), data, 0o644)
	})
}

// stdout is where -one writes.
var stdout io.Writer = os.Stdout

// writeOne writes the record id as Generate would write it into a tree of n (a sample
// record, or one long record for a benchmark or a bug report).
func writeOne(id string, n int, seed uint64, today string, big map[string]int) error {
	t, err := dates.ParseISO(today)
	if err != nil {
		return fmt.Errorf("-today: %v", err)
	}
	_, data := recgen.One(recgen.Params{N: n, Seed: seed, Today: t, Big: big}, id, 0)
	_, err = stdout.Write(data)
	return err
}
