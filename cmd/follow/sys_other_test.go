//go:build !unix

package main

import (
	"errors"
	"os"
)

func maxRSSKiB(*os.ProcessState) int64 { return -1 }

// killedBySIGKILL: on Windows a process that kills itself (TerminateProcess) exits 1.
func killedBySIGKILL(ps *os.ProcessState) bool { return ps.ExitCode() == 1 }

func mkfifo(string) error { return errors.New("no named pipes here") }
