package main

// Start-up: every follow command, `follow --version` included, first runs the init of every
// package linked into the binary. This test builds follow as the release does (static, no
// cgo) and reads what the Go runtime reports about each package's init
// (GODEBUG=inittrace=1): a package of this module may not build anything sizeable there
// (regexps, maps, templates, tables are built on first use: internal/lazy), and the whole
// binary's init may not grow past a budget, so that a new dependency with a heavy init
// is noticed. Time is measured by bench/run.sh, not here; allocations are deterministic.

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// What one package of this module may allocate at init: a few words (a sync.Pool, an
// errors.New, a small map of constants).
const (
	ownInitAllocs = 8
	ownInitBytes  = 1024
)

// What the init of the whole binary may allocate, all packages together (the standard
// library's and the dependencies' included). Measured when this test was written, with
// some room; lower it when a heavy dependency goes, never raise it without a reason in
// docs/PERFORMANCE.md.
const (
	totalInitAllocs = 6000
	totalInitBytes  = 1000 << 10
)

type initCost struct {
	pkg           string
	bytes, allocs int
}

func TestInitWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds follow")
	}
	bin := filepath.Join(t.TempDir(), "follow")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	run := exec.Command(bin, "--version")
	run.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	run.Stderr = &stderr
	if err := run.Run(); err != nil {
		t.Fatalf("follow --version: %v\n%s", err, stderr.Bytes())
	}
	costs := parseInitTrace(t, stderr.Bytes())
	if len(costs) < 20 {
		t.Fatalf("inittrace listed %d packages; GODEBUG=inittrace=1 not honoured?\n%s", len(costs), stderr.Bytes())
	}
	var allocs, size int
	own := 0
	for _, c := range costs {
		allocs += c.allocs
		size += c.bytes
		if strings.HasPrefix(c.pkg, "github.com/staffnote/follow/") {
			own++
			if c.allocs > ownInitAllocs || c.bytes > ownInitBytes {
				t.Errorf("%s allocates %d bytes in %d allocations at init (at most %d bytes, %d allocations): build it on first use (internal/lazy)",
					c.pkg, c.bytes, c.allocs, ownInitBytes, ownInitAllocs)
			}
		}
	}
	if own == 0 {
		t.Errorf("no package of this module in the trace:\n%s", stderr.Bytes())
	}
	if allocs > totalInitAllocs || size > totalInitBytes {
		t.Errorf("the binary allocates %d bytes in %d allocations at init (budget %d bytes, %d allocations); the heaviest:\n%s",
			size, allocs, totalInitBytes, totalInitAllocs, heaviest(costs, 8))
	}
	t.Logf("init: %d bytes in %d allocations over %d packages; the heaviest:\n%s", size, allocs, len(costs), heaviest(costs, 8))
}

// parseInitTrace reads lines such as
//
//	init github.com/yuin/goldmark/util @16 ms, 0.77 ms clock, 139464 bytes, 437 allocs
func parseInitTrace(t *testing.T, trace []byte) []initCost {
	t.Helper()
	var costs []initCost
	sc := bufio.NewScanner(bytes.NewReader(trace))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		// init PKG @T ms, C ms clock, B bytes, A allocs
		if len(f) != 11 || f[0] != "init" || f[8] != "bytes," || f[10] != "allocs" {
			continue
		}
		b, err1 := strconv.Atoi(f[7])
		a, err2 := strconv.Atoi(f[9])
		if err1 != nil || err2 != nil {
			t.Fatalf("cannot read %q", sc.Text())
		}
		costs = append(costs, initCost{pkg: f[1], bytes: b, allocs: a})
	}
	return costs
}

func heaviest(costs []initCost, n int) string {
	sorted := slices.Clone(costs)
	slices.SortFunc(sorted, func(a, b initCost) int { return b.bytes - a.bytes })
	var b strings.Builder
	for i := 0; i < n && i < len(sorted); i++ {
		b.WriteString("  " + sorted[i].pkg + ": " + strconv.Itoa(sorted[i].bytes) + " bytes, " + strconv.Itoa(sorted[i].allocs) + " allocs\n")
	}
	return b.String()
}
