//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package store

import "io/fs"

// Without inode and ctime the cache could show stale data, so it is off.
const keysSupported = false

func fileKey(fs.FileInfo) (FileKey, bool) { return FileKey{}, false }
