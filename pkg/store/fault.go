//go:build followfault

package store

// The crash hook of the crash tests (cmd/follow/crash_test.go), built only with the
// followfault tag: go build -tags followfault ./cmd/follow. The product is built without
// it and holds none of this (nofault.go; TestProductHasNoFaultHook checks the binary).

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// faultStages lists the points of WriteRecord in the order a write passes them.
var faultStages = []string{stageAfterTempCreate, stageMidWrite, stageAfterFsync, stageBeforeRename, stageAfterRename}

// ArmFault reads FOLLOW_TEST_FAULT=stage[:n] and arms that crash point (setFault); a bad
// value is reported on errOut and arms nothing. Unset, nothing changes.
func ArmFault(errOut io.Writer) {
	if spec := os.Getenv("FOLLOW_TEST_FAULT"); spec != "" {
		if err := setFault(spec); err != nil {
			fmt.Fprintln(errOut, "follow: "+err.Error())
		}
	}
}

// fault is the crash point setFault arms; the zero value is off.
var fault faultPoint

type faultPoint struct {
	mu     sync.Mutex
	stage  string
	n      int // crash on the nth WriteRecord of the process that reaches stage (1 = the first)
	writes int // WriteRecords completed or in progress before the current one
}

// setFault arms a crash point: spec is "stage" or "stage:n" (one of faultStages; n >= 1,
// default 1). When the nth WriteRecord of this process reaches that stage, the process kills
// itself with SIGKILL (TerminateProcess on Windows): no deferred function runs and no
// temporary file is removed, exactly as in a real crash or power loss. An empty spec
// disarms it.
func setFault(spec string) error {
	fault.mu.Lock()
	defer fault.mu.Unlock()
	fault.stage, fault.n, fault.writes = "", 0, 0
	if spec == "" {
		return nil
	}
	stage, count, hasCount := strings.Cut(spec, ":")
	n := 1
	if hasCount {
		v, err := strconv.Atoi(count)
		if err != nil || v < 1 {
			return fmt.Errorf("FOLLOW_TEST_FAULT=%s: the count after : must be a whole number >= 1", spec)
		}
		n = v
	}
	for _, s := range faultStages {
		if s == stage {
			fault.stage, fault.n = stage, n
			return nil
		}
	}
	return fmt.Errorf("FOLLOW_TEST_FAULT=%s: unknown stage %q (stages: %s)", spec, stage, strings.Join(faultStages, ", "))
}

// armed reports whether this write will crash at stage.
func (p *faultPoint) armed(stage string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stage == stage && p.writes+1 == p.n
}

// at crashes the process when this write is the one armed for stage.
func (p *faultPoint) at(stage string) {
	if !p.armed(stage) {
		return
	}
	crashNow()
}

// done counts a finished write.
func (p *faultPoint) done() {
	p.mu.Lock()
	if p.stage != "" {
		p.writes++
	}
	p.mu.Unlock()
}

// crashNow ends the process at once, as a crash would.
func crashNow() {
	if self, err := os.FindProcess(os.Getpid()); err == nil {
		_ = self.Kill()
	}
	for {
		time.Sleep(time.Second) // the signal is on its way
	}
}
