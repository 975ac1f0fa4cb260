package export

import (
	"bytes"
	"encoding/json"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// Data is the machine-readable export (follow export --format json): the same record as
// the document, in fields that never depend on the reader's language. Its field names are
// stable (docs/FORMAT.md).
type Data struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Exported string `json:"exported"` // the day it was made, YYYY-MM-DD
	// FrontMatter is every key of the front matter as written: mappings, lists, numbers
	// and booleans as JSON has them, dates and every other scalar as their text.
	FrontMatter any     `json:"front_matter"`
	Entries     []Entry `json:"entries"`
	// Body is the whole log as written (the text before the first entry included).
	Body string `json:"body"`
}

// Entry is one entry of the log.
type Entry struct {
	Date   string `json:"date"`   // YYYY-MM-DD, "" when the heading has none
	Kind   string `json:"kind"`   // as written: 訪問, call, ...
	Code   string `json:"code"`   // the kind in any language (visit, call, renewal, ...), "" when follow does not know it
	Author string `json:"author"` // its By: / 記入: line, "" when it has none
	Line   int    `json:"line"`
	Text   string `json:"text"` // the entry's markdown as written, its heading included
}

// JSON builds the machine-readable export of r, made on today.
func JSON(r *record.Record, today dates.Date) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(r.FrontMatter(), &root); err != nil {
		return nil, err
	}
	var fm any = map[string]any{}
	if len(root.Content) > 0 {
		fm = plain(root.Content[0])
	}
	d := Data{ID: r.ID, Name: r.Name, Exported: today.String(), FrontMatter: fm, Entries: []Entry{}, Body: string(r.Body())}
	entries, _ := r.Entries()
	for _, e := range entries {
		x := Entry{Date: str(e.Date), Kind: e.Kind, Author: e.Author, Line: e.Line, Text: string(bytes.TrimRight(r.Src[e.Start:e.End], "\r\n")) + "\n"}
		if t, _, ok := record.KindTerm(e.Kind); ok {
			x.Code = t.Code
		}
		d.Entries = append(d.Entries, x)
	}
	out, err := json.MarshalIndent(d, "", "  ")
	return append(out, '\n'), err
}

// plain turns a YAML node into what encoding/json writes: a date stays the text written.
func plain(n *yaml.Node) any {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			return plain(n.Content[0])
		}
		return nil
	case yaml.AliasNode:
		return plain(n.Alias)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plain(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		l := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			l = append(l, plain(c))
		}
		return l
	}
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		if b, err := strconv.ParseBool(n.Value); err == nil {
			return b
		}
	case "!!int", "!!float":
		if _, err := strconv.ParseFloat(n.Value, 64); err == nil && json.Valid([]byte(n.Value)) {
			return json.Number(n.Value) // 0x1F, +5, .inf stay text: JSON has no such number
		}
	}
	return n.Value
}
