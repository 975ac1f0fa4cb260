package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/internal/lazy"
)

// FormatMajor is the major version of the record format (docs/FORMAT.md) this follow reads
// and writes. A records folder declares the version it is written in with `format:` in its
// follow.yaml; follow refuses a folder whose major version is newer than this one, and reads
// an older or equal one, and one that declares nothing (format 1). A minor version (1.1)
// only adds what older follows may ignore.
const FormatMajor = 1

// FormatVersion is what follow init writes into a new follow.yaml.
const FormatVersion = "1"

var formatRE = &lazy.Regexp{Expr: `^([0-9]+)(?:\.([0-9]+))?$`}

// parseFormat reads the value of format: (1, 1.0, "1.2") and returns its major version.
func parseFormat(path string, v *yaml.Node) (int, error) {
	s := strings.TrimSpace(v.Value)
	m := formatRE.Get().FindStringSubmatch(s)
	major := 0
	if m != nil {
		major, _ = strconv.Atoi(m[1])
	}
	if v.Kind != yaml.ScalarNode || m == nil || major < 1 || len(m[1]) > 6 {
		return 0, &Error{Path: path, Line: v.Line, Msg: fmt.Sprintf("format must be the version of the record format the folder is written in, such as 1 or 1.0, not %q", s)}
	}
	if major > FormatMajor {
		return major, &Error{Path: path, Line: v.Line, Msg: fmt.Sprintf(
			"this records folder is written in record format %s (format: %s), but this follow reads format %d at most: upgrade follow (go install github.com/staffnote/follow/cmd/follow@latest, or a newer release) before you use this folder",
			s, s, FormatMajor)}
	}
	return major, nil
}

// formatNode returns the value of the top-level key format: in a follow.yaml document, or nil.
func formatNode(root *yaml.Node) *yaml.Node {
	if root == nil || root.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "format" {
			return root.Content[i+1]
		}
	}
	return nil
}

// CheckFormat reads the follow.yaml at path for its format: alone, for the commands that
// open a records folder without reading its rules: an error when the folder declares a
// newer major version than FormatMajor or a malformed one. A missing file, or one that is
// not valid YAML (Load reports that where the rules are needed), passes.
func CheckFormat(path string) error {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var doc yaml.Node
	if yaml.Unmarshal(trimBOM(src), &doc) != nil || len(doc.Content) == 0 {
		return nil
	}
	if v := formatNode(doc.Content[0]); v != nil {
		_, err := parseFormat(path, v)
		return err
	}
	return nil
}
