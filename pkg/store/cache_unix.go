//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"io/fs"
	"syscall"
)

const keysSupported = true

func fileKey(st fs.FileInfo) (FileKey, bool) {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return FileKey{}, false
	}
	return FileKey{
		Dev: uint64(sys.Dev), Ino: uint64(sys.Ino), Size: st.Size(),
		MtimeNs: st.ModTime().UnixNano(), CtimeNs: ctimeNs(sys),
	}, true
}
