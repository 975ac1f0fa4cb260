//go:build unix

package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// follow lint on a FIFO nobody writes to must not hang: opening a FIFO for reading blocks
// until a writer comes, so the file must be found not regular before it is opened.
func TestReadLimitedFIFOWithoutWriter(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo.md")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := store.ReadLimited(p)
		done <- err
	}()
	select {
	case err := <-done:
		var e *record.Error
		if !errors.As(err, &e) || e.Rule != "file" {
			t.Errorf("FIFO: %v; want a file error", err)
		}
	case <-time.After(time.Second):
		// Release the blocked open so the goroutine ends.
		if w, err := os.OpenFile(p, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		<-done
		t.Error("ReadLimited blocked on a FIFO without a writer (follow lint would hang)")
	}
}
