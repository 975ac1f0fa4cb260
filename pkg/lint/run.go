package lint

import (
	"maps"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/staffnote/follow/pkg/store"
)

// Run checks the files at paths, reading several at once, and adds the checks across
// files (IDs shared by two files); gc, when not nil, paces the collector (StartGC).
// The findings are in no order (Sort orders them).
func Run(paths []string, opts Options, gc *GC) []Finding {
	// paths is not used after this: the packed copy replaces it (see packedPaths).
	return run(packPaths(paths), opts, gc)
}

// run checks the files and adds the checks across files. Reading a tree the page
// cache does not hold yet waits on the disk, and the disk serves several requests at once
// faster than one after the other, while checking is work for the CPU: so a few readers
// per core keep reads in flight and feed one checker per core through a queue (which
// bounds the files held in memory), instead of each core waiting for its own reads.
func run(paths packedPaths, opts Options, gc *GC) []Finding {
	type read struct {
		i   int
		src []byte
		err error
	}
	checkers := min(runtime.GOMAXPROCS(0), paths.len())
	readers := min(readersPerCore*checkers, paths.len())
	queue := make(chan read, readers)
	var next atomic.Int64
	var reading sync.WaitGroup
	for range readers {
		reading.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= paths.len() {
					return
				}
				src, err := store.ReadLimited(paths.at(i))
				queue <- read{i, src, err}
			}
		})
	}
	go func() {
		reading.Wait()
		close(queue)
	}()
	// What the checks across files need is kept without a pointer per file, so that the
	// garbage collector has little to trace however large the tree: each checker gathers
	// its findings (lint.Sort orders them by file later), the line of every file's staff
	// ID, and the IDs that are not the file's own name (rare).
	type checked struct {
		findings []Finding
		otherIDs map[int]string
	}
	idLines := make([]int32, paths.len())
	done := make([]checked, checkers)
	var checking sync.WaitGroup
	for w := range done {
		c := &done[w]
		checking.Go(func() {
			for f := range queue {
				p := paths.at(f.i)
				fs, r := Check(File{Path: p, Src: f.src, Err: f.err}, opts)
				c.findings = append(c.findings, fs...)
				gc.keep(fs)
				idLines[f.i] = 1
				if r == nil || r.ID == "" {
					continue
				}
				idLines[f.i] = int32(r.KeyLine("id"))
				if r.ID != store.IDOf(p) {
					if c.otherIDs == nil {
						c.otherIDs = map[int]string{}
					}
					c.otherIDs[f.i] = strings.Clone(r.ID) // not a view of the file's text
				}
			}
		})
	}
	checking.Wait()
	var all []Finding
	otherIDs := map[int]string{}
	for _, c := range done {
		all = append(all, c.findings...)
		maps.Copy(otherIDs, c.otherIDs)
	}
	return append(all, Duplicates(sharedIDs(paths, idLines, otherIDs))...)
}

// packedPaths holds many paths in one string. What lint keeps of every file until the
// end (its path, in its findings too) is then one object for the garbage collector to
// trace at each collection rather than one per file.
type packedPaths struct {
	all  string
	ends []int // paths[i] is all[ends[i-1]:ends[i]]
}

func packPaths(paths []string) packedPaths {
	size := 0
	for _, p := range paths {
		size += len(p)
	}
	var b strings.Builder
	b.Grow(size)
	ends := make([]int, len(paths))
	for i, p := range paths {
		b.WriteString(p)
		ends[i] = b.Len()
	}
	return packedPaths{all: b.String(), ends: ends}
}

func (p packedPaths) len() int { return len(p.ends) }

func (p packedPaths) at(i int) string {
	start := 0
	if i > 0 {
		start = p.ends[i-1]
	}
	return p.all[start:p.ends[i]]
}

// readersPerCore is how many files lint reads at once per core. A read waiting on the
// disk takes no CPU, so there can be more of them than cores, and the checkers then find
// files read ahead when they need them. On the 2-core benchmark machine, with the files'
// contents out of the page cache (their inodes not), 2 readers read 10,000 records in 70%
// of the time 1 took, and 8 or 16 as fast as 2; cold inodes were not measured. Readers
// that are not needed only wait for room in the queue.
const readersPerCore = 4

// sharedIDs returns the files whose staff ID another file holds too, IDs compared as
// lint.Duplicates compares them (ignoring case), with their IDs and lines: all
// lint.Duplicates needs, without a map entry for every file of the tree. A file's ID is
// its file name unless otherIDs holds another one.
func sharedIDs(paths packedPaths, lines []int32, otherIDs map[int]string) map[string]IDAt {
	idAt := func(i int) IDAt {
		id, ok := otherIDs[i]
		if !ok {
			id = store.IDOf(paths.at(i))
		}
		return IDAt{ID: id, Line: int(lines[i])}
	}
	first := make(map[string]int, paths.len())
	var shared map[string]IDAt
	for i := range paths.len() {
		at := idAt(i)
		if at.ID == "" {
			continue
		}
		k := strings.ToLower(at.ID)
		j, seen := first[k]
		if !seen {
			first[k] = i
			continue
		}
		if shared == nil {
			shared = map[string]IDAt{}
		}
		shared[paths.at(j)] = idAt(j)
		shared[paths.at(i)] = at
	}
	return shared
}

// GC paces the garbage collector for follow lint. Checking a record allocates many
// times its size, all garbage once it is checked, while what lint keeps across files is
// small: with the default pacing (collect when the heap has doubled since the last
// collection) that makes thousands of collections over a large tree, each slowing the
// checkers down. Instead the collector runs only when the heap reaches a soft limit: a
// fixed amount for the files being read and checked and the garbage between collections,
// and a little per file for what is kept of it (its path, the line of its ID).
//
// Collections then cost in proportion to what is kept, so when the findings kept grow
// past a third of the limit (a tree full of warnings) the default pacing comes back for
// the rest of the run; it is never worse than that. GOGC or GOMEMLIMIT, when set, win.
type GC struct {
	limit    int64        // 0: the runtime's settings are left alone
	kept     atomic.Int64 // bytes the findings so far take, roughly
	stopOnce sync.Once
	percent  int   // the settings to put back
	previous int64 // memory limit
}

const (
	memoryBase    = 48 << 20
	memoryPerFile = 256
	findingBytes  = 128 // a Finding and its strings, besides the message's bytes
)

// StartGC sets the pacing for a run over files files; getenv reads the environment.
func StartGC(getenv func(string) string, files int) *GC {
	g := &GC{}
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return g
	}
	g.limit = memoryBase + int64(files)*memoryPerFile
	g.previous = debug.SetMemoryLimit(g.limit)
	g.percent = debug.SetGCPercent(-1)
	return g
}

// keep notes findings that are kept to the end of the run.
func (g *GC) keep(fs []Finding) {
	if g == nil || g.limit == 0 || len(fs) == 0 {
		return
	}
	n := 0
	for _, x := range fs {
		n += findingBytes + len(x.Message)
	}
	if g.kept.Add(int64(n)) > g.limit/3 {
		g.Stop()
	}
}

// Stop puts the runtime's previous settings back.
func (g *GC) Stop() {
	if g == nil || g.limit == 0 {
		return
	}
	g.stopOnce.Do(func() {
		debug.SetGCPercent(g.percent)
		debug.SetMemoryLimit(g.previous)
	})
}
