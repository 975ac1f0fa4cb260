// Package reportcheck checks a site written by follow report, for the tests (and anyone
// handed a report): every reference stays inside the site, and nothing loads or runs.
package reportcheck

import (
	"fmt"
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var (
	tagRE    = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s[^>]*)?)>`)
	attrRE   = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	idRE     = regexp.MustCompile(`\sid="([^"]*)"`)
	styleRE  = regexp.MustCompile(`(?is)<style[^>]*>(.*?)</style>`)
	schemeRE = regexp.MustCompile(`^(?i)[a-z][a-z0-9+.\-]*:`)
	cssRE    = regexp.MustCompile(`(?i)url\(|@import|image-set\(|@font-face`)
)

// File is one file of a site, its path relative to the site root with forward slashes.
type File struct {
	Path string
	Data []byte
}

// forbiddenTags are elements that load something or run something.
var forbiddenTags = map[string]bool{"script": true, "iframe": true, "object": true, "embed": true, "link": true, "base": true,
	"frame": true, "frameset": true, "img": true, "picture": true, "video": true, "audio": true, "source": true, "track": true,
	"applet": true, "image": true, "use": true, "foreignobject": true, "form": true, "input": true, "portal": true}

// Files checks a generated site and returns its problems: a reference (href, src, ...)
// to anything but another file of the site or an id in it, an absolute or external
// address, and any element, attribute or CSS that could load a resource or run a script.
// Only the .html files are read. The tests run it, and so can anyone handed a report.
func Files(files []File) []string {
	var probs []string
	ids := map[string]map[string]bool{}
	for _, f := range files {
		set := map[string]bool{}
		for _, m := range idRE.FindAllStringSubmatch(string(f.Data), -1) {
			set[html.UnescapeString(m[1])] = true
		}
		ids[f.Path] = set
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		text := string(f.Data)
		bad := func(format string, args ...any) {
			probs = append(probs, f.Path+": "+fmt.Sprintf(format, args...))
		}
		for _, m := range styleRE.FindAllStringSubmatch(text, -1) {
			if c := cssRE.FindString(m[1]); c != "" {
				bad("the stylesheet contains %q", c)
			}
		}
		for _, tag := range tagRE.FindAllStringSubmatch(text, -1) {
			name := strings.ToLower(tag[1])
			if forbiddenTags[name] {
				bad("<%s> element", name)
			}
			for _, m := range attrRE.FindAllStringSubmatch(tag[2], -1) {
				attr := strings.ToLower(m[1])
				val := html.UnescapeString(strings.Trim(m[2], `"'`))
				ref := strings.TrimSpace(val)
				switch {
				case strings.HasPrefix(attr, "on"):
					bad("<%s %s=...>: an event handler", name, attr)
				case attr == "style":
					if c := cssRE.FindString(val); c != "" {
						bad("<%s style=%q>", name, val)
					}
				case attr == "src" || attr == "srcset" || attr == "xlink:href" || attr == "action" || attr == "formaction" ||
					attr == "poster" || attr == "data" || attr == "background" || attr == "cite" || attr == "longdesc" ||
					attr == "manifest" || attr == "ping":
					bad("<%s %s=%q>: only href links are expected", name, attr, val)
				case attr == "href":
					if schemeRE.MatchString(ref) || strings.HasPrefix(ref, "//") || strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, `\`) {
						bad("href=%q is not a relative link", val)
						continue
					}
					target, frag, _ := strings.Cut(ref, "#")
					file := f.Path
					if target != "" {
						file = path.Join(path.Dir(f.Path), target)
					}
					set, ok := ids[file]
					switch {
					case !ok:
						bad("href=%q: %s does not exist", val, file)
					case frag != "" && !set[frag]:
						bad("href=%q: no id %q in %s", val, frag, file)
					}
				}
			}
		}
	}
	return probs
}

// ReadDir reads every file under dir back as a site's files (for checking a written
// report).
func ReadDir(dir string) ([]File, error) {
	var out []File
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		out = append(out, File{Path: filepath.ToSlash(rel), Data: b})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}
