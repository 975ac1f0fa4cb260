package store

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/record"
)

// The names index lists the people the records name (owners, managers, the who of
// requests and milestones), so that a name typed to a command that writes (follow new, the
// writer of an entry) is resolved without reading every record when follow.yaml declares
// no people:. It is used only while it is current: written by this very program (the key
// of the ID index), and no folder of the tree changed since, as the modification time of
// each folder tells (a record added, removed or renamed changes it, and so do editors and
// git, which write a file by renaming another over it). follow's own writes keep it
// current (WriteRecord adds the names of what it wrote). An edit made in place by another
// program is seen when the tree is next read whole (follow due with a name, a refused name).
const namesIndexName = "names"

// folderStamp is a folder below the root (relative, slash-separated; "." for the root) and
// its modification time in nanoseconds, 0 when it could not be read.
type folderStamp struct {
	rel   string
	mtime int64
}

func (s *Store) stampOf(dir string) folderStamp {
	rel, err := filepath.Rel(s.Root, dir)
	if err != nil {
		return folderStamp{}
	}
	st, err := os.Stat(dir)
	if err != nil {
		return folderStamp{rel: filepath.ToSlash(rel)}
	}
	return folderStamp{rel: filepath.ToSlash(rel), mtime: st.ModTime().UnixNano()}
}

func namesHeader() string {
	h := idsHeader()
	if h == "" {
		return ""
	}
	return "follow names 1" + strings.TrimPrefix(h, "follow ids 3")
}

func (s *Store) namesPath() string {
	return filepath.Join(s.Root, StateDir, "cache", namesIndexName)
}

// readNames reads the names index: its folders and names; ok is false when there is none
// written by this program.
func (s *Store) readNames() (folders []folderStamp, names []string, ok bool) {
	data, err := os.ReadFile(s.namesPath())
	header := namesHeader()
	if err != nil || header == "" || !bytes.HasPrefix(data, []byte(header)) {
		return nil, nil, false
	}
	sc := bufio.NewScanner(bytes.NewReader(data[len(header):]))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		kind, rest, _ := strings.Cut(sc.Text(), "\t")
		switch kind {
		case "D":
			t, rel, _ := strings.Cut(rest, "\t")
			n, err := strconv.ParseInt(t, 10, 64)
			if err != nil {
				return nil, nil, false
			}
			folders = append(folders, folderStamp{rel: rel, mtime: n})
		case "N":
			names = append(names, rest)
		default:
			return nil, nil, false
		}
	}
	return folders, names, len(folders) > 0
}

// current reports whether every folder still has its stamp, but skip (when not "").
func (s *Store) current(folders []folderStamp, skip string) bool {
	for _, f := range folders {
		if f.rel == skip {
			continue
		}
		if f.mtime == 0 || s.stampOf(filepath.Join(s.Root, filepath.FromSlash(f.rel))) != f {
			return false
		}
	}
	return true
}

// Names returns the names the records hold, from the names index; ok is false when it
// is missing or not current (the caller then reads every record: TeamNames).
func (s *Store) Names() (names []string, ok bool) {
	folders, names, ok := s.readNames()
	if !ok || !s.current(folders, "") {
		return nil, false
	}
	return names, true
}

// saveNames writes the names index (errors are ignored: it is an optimization).
func (s *Store) saveNames(folders []folderStamp, names []string) {
	header := namesHeader()
	if header == "" || len(folders) == 0 {
		return
	}
	names = slices.Clone(names)
	slices.Sort(names)
	names = slices.Compact(names)
	var b bytes.Buffer
	b.WriteString(header)
	for _, f := range folders {
		if f.mtime == 0 || strings.ContainsAny(f.rel, "\t\n") {
			return // a folder that cannot be watched: no index
		}
		b.WriteString("D\t" + strconv.FormatInt(f.mtime, 10) + "\t" + f.rel + "\n")
	}
	for _, n := range names {
		if n != "" && !strings.ContainsAny(n, "\t\n") {
			b.WriteString("N\t" + n + "\n")
		}
	}
	if _, err := s.EnsureStateDir(); err != nil {
		return
	}
	dir := filepath.Dir(s.namesPath())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	writeStateFile(dir, ".names-*", s.namesPath(), b.Bytes())
}

// TeamNames returns the names every record holds (record.People), from the names index
// when it is current, else by reading every record's front matter (through the due
// cache), after which the index is written.
func (s *Store) TeamNames() ([]string, error) {
	if names, ok := s.Names(); ok {
		return names, nil
	}
	// The state folder is made first: making it changes the root's time.
	_, _ = s.EnsureStateDir()
	paths, folders, err := s.listFolders(true)
	if err != nil {
		return nil, err
	}
	var mu = make(chan struct{}, 1)
	var names []string
	cache := s.OpenCache()
	s.EachHead(paths, cache, func(_ int, r *record.Record, err error) {
		if err != nil { // a record that cannot be read names nobody; lint and due say why
			return
		}
		mine := r.People(nil)
		mu <- struct{}{}
		names = append(names, mine...)
		<-mu
	})
	s.SaveCache(cache)
	s.saveNames(folders, names)
	return names, nil
}

// keepNames keeps the names index current after WriteRecord wrote rec in dir, whose stamp
// was before: when the index was current but for that folder, which had not changed before
// the write, the names rec holds are added and the folder's new stamp put in. Otherwise (or
// for bytes written without a record, rec nil: the tests of writing) the index is left as
// it is, stale from the write on, to be rebuilt when it is next needed.
func (s *Store) keepNames(dir string, before folderStamp, rec *record.Record) {
	folders, names, ok := s.readNames()
	if !ok || before.mtime == 0 || rec == nil {
		return
	}
	i := slices.IndexFunc(folders, func(f folderStamp) bool { return f.rel == before.rel })
	if i < 0 || folders[i] != before || !s.current(folders, before.rel) {
		return
	}
	names = rec.People(names)
	folders[i] = s.stampOf(dir)
	s.saveNames(folders, names)
}
