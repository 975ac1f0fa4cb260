// Package gitstage reads what a commit would record: the files staged in git's index and
// their content as the index holds it, not as the working tree does. A privacy guard that
// read the working tree would pass a My Number that was staged and then removed from the
// file (or staged with git add -p beside a clean hunk); the index is what goes into history.
//
// It runs the git command: git diff --cached --raw -z lists the staged changes (NUL
// separated, so paths with spaces, quotes or Japanese characters arrive exactly as they are,
// never in git's quoted form) and git cat-file --batch reads the staged blobs by object ID.
// The index git uses is the one it would commit: GIT_INDEX_FILE, which git sets for a
// pre-commit hook of git commit -a or git commit FILE, is honoured.
package gitstage

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Status is how a file changes in the commit.
type Status byte

// The statuses Staged lists. Deleted files are not listed: there is nothing to check.
const (
	Added       Status = 'A'
	Modified    Status = 'M'
	Renamed     Status = 'R'
	Copied      Status = 'C'
	TypeChanged Status = 'T' // became a regular file (it was a symbolic link, say)
)

// File is one regular file staged for the next commit.
type File struct {
	// Path is where the commit puts the file, relative to the top of the repository,
	// slash-separated, exactly as git names it.
	Path string
	// Rel is Path relative to the folder given to Staged, slash-separated (filepath.FromSlash
	// and filepath.Join with that folder give a path to open or report).
	Rel string
	// Status says how the file changes; From is the path it was renamed or copied from
	// (relative to the top of the repository), "" for the other statuses.
	Status Status
	From   string
	// Data is the staged content: the blob in the index, whatever the working tree holds.
	Data []byte
}

// ErrNotRepository is returned (wrapped) when the folder is not inside a git work tree.
var ErrNotRepository = errors.New("not inside a git work tree")

// Staged returns the regular files staged for the next commit whose paths lie under dir
// (a folder inside a git work tree, such as the records root), sorted by Path, with their
// staged content. Files staged for deletion, symbolic links, submodules and unmerged paths
// are not listed. Renames and copies are detected (-M -C), so a record moved into dir is
// listed as Renamed.
func Staged(dir string) ([]File, error) {
	g, err := open(dir)
	if err != nil {
		return nil, err
	}
	raw, err := g.run("diff", "--cached", "--raw", "-z", "--no-abbrev", "-M", "-C", "--diff-filter=ACMRT", "--no-ext-diff", "--no-textconv")
	if err != nil {
		return nil, err
	}
	entries, err := parseRaw(raw)
	if err != nil {
		return nil, err
	}
	var files []File
	var ids []string
	for _, e := range entries {
		rel, ok := strings.CutPrefix(e.path, g.prefix)
		if !ok || rel == "" || !regular(e.mode) {
			continue
		}
		files = append(files, File{Path: e.path, Rel: rel, Status: e.status, From: e.from})
		ids = append(ids, e.id)
	}
	blobs, err := g.blobs(ids)
	if err != nil {
		return nil, err
	}
	for i := range files {
		files[i].Data = blobs[i]
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, nil
}

// repo is a git work tree and where dir lies in it.
type repo struct {
	top    string // the top of the work tree
	prefix string // dir relative to top, slash-separated, ending in "/" ("" for the top)
	env    []string
}

func open(dir string) (*repo, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, fmt.Errorf("reading what is staged needs the git command: %w", err)
	}
	g := &repo{env: gitEnv()}
	out, err := g.runIn(dir, "rev-parse", "--show-toplevel", "--show-prefix")
	if err != nil {
		return nil, fmt.Errorf("%s: %w (%v)", dir, ErrNotRepository, err)
	}
	top, prefix, ok := strings.Cut(strings.TrimSuffix(string(out), "\n"), "\n")
	if !ok || top == "" {
		return nil, fmt.Errorf("%s: %w", dir, ErrNotRepository)
	}
	g.top, g.prefix = top, prefix
	return g, nil
}

// gitEnv is the environment git runs in: the process's, with the paths git reads from it
// made absolute (a hook's GIT_INDEX_FILE may be relative to the top of the repository,
// where git started the hook, while git runs elsewhere here), and output that does not
// depend on the user's language.
func gitEnv() []string {
	cwd, _ := os.Getwd()
	var env []string
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR":
			if v != "" && !filepath.IsAbs(v) && cwd != "" {
				kv = k + "=" + filepath.Join(cwd, v)
			}
		case "LANG", "LC_ALL", "LANGUAGE":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C")
}

// run runs git at the top of the work tree and returns its output.
func (g *repo) run(args ...string) ([]byte, error) {
	return g.runIn(g.top, args...)
}

// runIn runs git in dir and returns its output; the error holds what git said.
func (g *repo) runIn(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir, cmd.Env = dir, g.env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}

// rawEntry is one change of git diff --raw.
type rawEntry struct {
	mode   string // the new mode (100644, 100755, 120000, 160000)
	id     string // the new blob
	status Status
	path   string
	from   string
}

// parseRaw reads the output of git diff --raw -z --no-abbrev: for each change
// ":oldmode newmode oldid newid STATUS[score]" NUL path NUL, with a second path (the new
// one) for renames and copies.
func parseRaw(out []byte) ([]rawEntry, error) {
	var entries []rawEntry
	if len(out) == 0 {
		return nil, nil
	}
	fields := bytes.Split(bytes.TrimSuffix(out, []byte{0}), []byte{0}) // every field ends in NUL
	next := func() (string, bool) {
		if len(fields) == 0 || len(fields[0]) == 0 {
			return "", false
		}
		f := string(fields[0])
		fields = fields[1:]
		return f, true
	}
	for len(fields) > 0 {
		head, _ := next()
		f := strings.Fields(strings.TrimPrefix(head, ":"))
		path, ok := next()
		if !strings.HasPrefix(head, ":") || len(f) != 5 || f[4] == "" || !ok {
			return nil, fmt.Errorf("git diff --raw: unexpected %q", head)
		}
		e := rawEntry{mode: f[1], id: f[3], status: Status(f[4][0]), path: path}
		if e.status == Renamed || e.status == Copied {
			if e.path, ok = next(); !ok {
				return nil, fmt.Errorf("git diff --raw: %q without its new path", head)
			}
			e.from = path
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// regular reports whether a git mode is a regular file's.
func regular(mode string) bool { return mode == "100644" || mode == "100755" }

// blobs reads the objects ids, in order, with one git cat-file --batch, straight from its
// output into the slices returned.
func (g *repo) blobs(ids []string) (blobs [][]byte, err error) {
	if len(ids) == 0 {
		return nil, nil
	}
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Dir, cmd.Env = g.top, g.env
	cmd.Stdin = strings.NewReader(strings.Join(ids, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %v", err)
	}
	defer func() {
		if err != nil {
			_ = cmd.Process.Kill()
		}
		if werr := cmd.Wait(); err == nil && werr != nil {
			err = fmt.Errorf("git cat-file: %v: %s", werr, strings.TrimSpace(stderr.String()))
		}
	}()
	r := bufio.NewReaderSize(stdout, 64<<10)
	blobs = make([][]byte, len(ids))
	for i, id := range ids {
		if blobs[i], err = readBlob(r, id); err != nil {
			return nil, err
		}
	}
	return blobs, nil
}

// readBlob reads one answer of git cat-file --batch: "<id> blob <size>\n<content>\n" (or
// "<id> missing\n", an error).
func readBlob(r *bufio.Reader, id string) ([]byte, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("git cat-file: %s: %v", id, err)
	}
	f := strings.Fields(line)
	if len(f) != 3 || f[0] != id || f[1] != "blob" {
		return nil, fmt.Errorf("git cat-file: %s: %q", id, strings.TrimSpace(line))
	}
	size, err := strconv.Atoi(f[2])
	if err != nil || size < 0 {
		return nil, fmt.Errorf("git cat-file: %s: size %q", id, f[2])
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(r, data); err != nil {
		return nil, fmt.Errorf("git cat-file: %s: %v", id, err)
	}
	if b, err := r.ReadByte(); err != nil || b != '\n' {
		return nil, fmt.Errorf("git cat-file: %s: no newline after the content", id)
	}
	return data, nil
}
