// Package store is a records directory on disk: finding it, listing and loading its
// records (in parallel), and writing one record atomically under a lock.
package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/record"
)

// ConfigName is the team rule file that marks the root of a records tree.
const ConfigName = "follow.yaml"

// StateDir holds the lock, drafts and caches; it is git-ignored.
const StateDir = ".follow"

// Store is a records directory.
type Store struct {
	Root string
}

// Resolve finds the records directory: the --dir flag, then FOLLOW_DIR, then the nearest
// ancestor of cwd holding follow.yaml, then ./records.
func Resolve(flagDir, envDir, cwd string) string {
	switch {
	case flagDir != "":
		return flagDir
	case envDir != "":
		return envDir
	}
	for d := cwd; ; {
		if st, err := os.Stat(filepath.Join(d, ConfigName)); err == nil && !st.IsDir() {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return filepath.Join(cwd, "records")
}

// Open checks that root is a directory whose follow.yaml, if any, declares a record format
// this follow reads (config.CheckFormat).
func Open(root string) (*Store, error) {
	st, err := os.Stat(root)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("records directory %s does not exist (use --dir, FOLLOW_DIR, or run follow where a follow.yaml or a records/ folder is)", root)
		}
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", root)
	}
	// A folder written in a newer record format than this follow reads is not touched.
	if err := config.CheckFormat(filepath.Join(root, ConfigName)); err != nil {
		return nil, err
	}
	return &Store{Root: root}, nil
}

// ValidID checks a staff ID (see record.ValidID).
func ValidID(id string) error { return record.ValidID(id) }

// IsRecordName reports whether a file name is a record: *.md, not README.md, not hidden.
func IsRecordName(name string) bool {
	if !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
		return false
	}
	return !strings.EqualFold(name, "README.md")
}

// IsRecordPath reports whether a file at rel (slash-separated, relative to the records
// root) is a record, as List finds them: a record name (IsRecordName) in no folder that
// List skips (hidden folders, node_modules).
func IsRecordPath(rel string) bool {
	dirs := strings.Split(rel, "/")
	name := dirs[len(dirs)-1]
	for _, d := range dirs[:len(dirs)-1] {
		if d == "" || skipDir(d) {
			return false
		}
	}
	return IsRecordName(name)
}

// skipDir reports whether List leaves a folder out: a hidden one (.git, .follow, .github)
// or node_modules.
func skipDir(name string) bool { return strings.HasPrefix(name, ".") || name == "node_modules" }

// List returns the paths of every record under the root, sorted. Hidden directories
// (.git, .follow) are skipped; symbolic links to directories are not followed.
func (s *Store) List() ([]string, error) {
	paths, _, err := s.listFolders(false)
	return paths, err
}

// listFolders is List, and with stamps true also every folder it read, with its
// modification time taken before its entries were read.
func (s *Store) listFolders(stamps bool) ([]string, []folderStamp, error) {
	// Folders are read concurrently: a company-wide tree holds 100,000 names, and reading
	// a folder's entries waits for the disk when they are not cached.
	var (
		mu      sync.Mutex
		out     []string
		folders []folderStamp
		errPath string
		firstE  error
		wg      sync.WaitGroup
		slots   = make(chan struct{}, ioWorkers())
	)
	fail := func(path string, err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstE == nil || path < errPath { // the same error whatever the timing
			errPath, firstE = path, err
		}
	}
	var walk func(dir string)
	walk = func(dir string) {
		defer wg.Done()
		slots <- struct{}{}
		var stamp folderStamp
		if stamps {
			stamp = s.stampOf(dir)
		}
		entries, err := readDirUnsorted(dir)
		<-slots
		if err != nil {
			fail(dir, err)
			return
		}
		var mine []string
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() {
				if skipDir(name) {
					continue
				}
				wg.Add(1)
				go walk(filepath.Join(dir, name))
				continue
			}
			if IsRecordName(name) {
				mine = append(mine, filepath.Join(dir, name))
			}
		}
		mu.Lock()
		out = append(out, mine...)
		if stamps {
			folders = append(folders, stamp)
		}
		mu.Unlock()
	}
	// The root may be a symbolic link (a synced folder): it is read through the link;
	// links below it are not followed.
	wg.Add(1)
	walk(s.Root)
	wg.Wait()
	slices.Sort(out)
	return out, folders, firstE
}

// readDirUnsorted returns a folder's entries in the order the system gives them.
func readDirUnsorted(dir string) ([]fs.DirEntry, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// IDOf returns the ID a record path implies (its file name without .md).
func IDOf(path string) string { return strings.TrimSuffix(filepath.Base(path), ".md") }

// Find returns the path of the record with the given ID: <root>/<ID>.md first, else the
// one file named <ID>.md anywhere below. It returns "" when there is none, and an error
// when the ID is invalid or several files hold it.
func (s *Store) Find(id string) (string, error) { return s.Finder()(id) }

// Finder returns a Find for many IDs (follow import): it walks the tree at most once, on
// the first ID that is neither at the root nor in the ID index, and answers the others
// from that listing. Records created or moved below the root since are not seen; files
// the caller writes at the root are.
func (s *Store) Finder() func(id string) (string, error) {
	var byName map[string][]string // file name -> paths below the root, once listed
	return func(id string) (string, error) {
		if err := ValidID(id); err != nil {
			return "", err
		}
		direct := filepath.Join(s.Root, id+".md")
		if st, err := os.Lstat(direct); err == nil && !st.IsDir() {
			return direct, nil
		}
		if p := s.indexedPath(id); p != "" {
			return p, nil
		}
		if byName == nil {
			all, err := s.List()
			if err != nil {
				return "", err
			}
			byName = make(map[string][]string, len(all))
			for _, p := range all {
				byName[filepath.Base(p)] = append(byName[filepath.Base(p)], p)
			}
		}
		switch hits := byName[id+".md"]; len(hits) {
		case 0:
			return "", nil
		case 1:
			return hits[0], nil
		default:
			return "", fmt.Errorf("staff ID %s is held by several files: %s", id, strings.Join(hits, ", "))
		}
	}
}

// Loaded is the result of reading one record.
type Loaded struct {
	Path   string
	Record *record.Record // nil when Err is set
	Err    error
}

// Load reads and parses the given files using every core; results keep the order of paths.
func Load(paths []string) []Loaded {
	out := make([]Loaded, len(paths))
	Parallel(len(paths), func(i int) { out[i] = LoadOne(paths[i]) })
	return out
}

// Parallel runs fn(0), ..., fn(n-1) on every core and waits for them.
func Parallel(n int, fn func(i int)) { parallelN(n, runtime.GOMAXPROCS(0), fn) }

// ioWorkers is how many goroutines read files at once: more than the cores, since a read
// that misses the page cache waits for the disk, which serves several at once.
func ioWorkers() int { return max(8, 4*runtime.GOMAXPROCS(0)) }

func parallelN(n, workers int, fn func(i int)) {
	if workers > n {
		workers = n
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// LoadOne reads and parses one record, refusing files too large to be a record before
// reading them.
func LoadOne(path string) Loaded {
	src, err := ReadLimited(path)
	if err != nil {
		return Loaded{Path: path, Err: err}
	}
	r, err := record.Parse(path, src)
	if err != nil {
		return Loaded{Path: path, Err: err}
	}
	return Loaded{Path: path, Record: r}
}

// ReadLimited reads a file of at most record.MaxSize bytes.
func ReadLimited(path string) ([]byte, error) {
	f, st, err := openRecordFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, st.Size()+1)
	n := 0
	for {
		m, err := f.Read(buf[n:])
		n += m
		if err != nil || n == len(buf) {
			break
		}
	}
	if n > int(st.Size()) {
		return nil, &record.Error{Path: path, Rule: "size", Msg: "file grew while it was read; try again"}
	}
	return buf[:n], nil
}
