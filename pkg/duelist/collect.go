package duelist

import (
	"runtime/debug"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/store"
)

// Query is what Collect gathers from a records folder.
type Query struct {
	Filter schedule.Filter
	Config *config.Config
	Today  dates.Date
	// ClosedSince, when not zero, also gathers the items closed since then (a calendar
	// exports them cancelled); they need the records' front matters whole, which the
	// cache does not hold.
	ClosedSince dates.Date
	// Names, when not nil, gathers the names the records hold (the team, when follow.yaml
	// declares none).
	Names *people.Names
}

// Collected is what Collect found.
type Collected struct {
	List   *List
	Closed []schedule.Item // the items closed since Query.ClosedSince, detached
	Broken []error         // the records that cannot be read, in the records' order
}

// Collect gathers the due items of every record of s, in parallel, through the cache of
// the records' front matters. Each record's items are compacted at once: no record is
// kept. A record that cannot be read is in Broken; err is a folder that cannot be listed.
func Collect(s *store.Store, q Query) (Collected, error) {
	// The cache is read while the tree is listed.
	opened := make(chan *store.Cache, 1)
	go func() {
		if q.ClosedSince.IsZero() {
			opened <- s.OpenCache()
		} else {
			opened <- store.NoCache()
		}
	}()
	paths, err := s.List()
	if err != nil {
		return Collected{}, err
	}
	perFile, closed := make([]Chunk, len(paths)), make([][]schedule.Item, len(paths))
	errs := make([]error, len(paths))
	cache := <-opened
	s.EachHead(paths, cache, func(i int, r *record.Record, err error) {
		if err != nil {
			errs[i] = err
			return
		}
		if q.Names != nil {
			q.Names.Add(r)
		}
		perFile[i] = Compact(q.Filter.Collect(r, q.Config, q.Today))
		if !q.ClosedSince.IsZero() {
			closed[i] = detached(q.Filter.Closed(r, q.Config, q.Today, q.ClosedSince))
		}
	})
	s.SaveCache(cache)
	c := Collected{List: New(q.Today)}
	for i := range paths {
		if errs[i] != nil {
			c.Broken = append(c.Broken, errs[i])
			continue
		}
		c.List.Add(perFile[i])
		c.Closed = append(c.Closed, closed[i]...)
	}
	return c, nil
}

// detached keeps the items, not the record's memory.
func detached(items []schedule.Item) []schedule.Item {
	for k := range items {
		items[k].Detach()
	}
	return items
}

// The soft memory limit of follow due. Its live heap is small (the cache entries are bytes
// without pointers), but parsing front matters makes much short-lived garbage: the
// collector runs a quarter as often as by default (GOGC=400) and the limit keeps the heap
// of a company-wide tree under 200 MB. GOMEMLIMIT and GOGC, when set, win.
const (
	memoryLimit = 170 << 20
	gcPercent   = 400
)

// LimitMemory sets the memory limit and collector pace of a whole tree's due list, unless
// GOMEMLIMIT (or GOGC) says otherwise.
func LimitMemory(getenv func(string) string) {
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
		if getenv("GOGC") == "" {
			debug.SetGCPercent(gcPercent)
		}
	}
}
