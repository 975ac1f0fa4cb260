package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// Note is a markdown note kept per person in another tool, read.
type Note struct {
	File   string
	Format string // the front matter's: yaml, toml or json
	Staff  string // the staff ID (key staff, or id)
	Date   dates.Date
	Kind   string     // as written ("" when the note names none)
	Next   dates.Date // zero when the note names none
	Text   string     // the body: everything after the front matter
}

// NoteOptions says how to read a note.
type NoteOptions struct {
	Encoding Encoding
	Privacy  *privacy.Scanner // nil: the default word list
}

// meta is the front matter of a note: its keys (lower case) that follow reads, each with
// its value as text and its line in the file (the front matter's first line when the
// format does not tell).
type meta struct {
	file   string
	format string
	data   []byte // what the decoder was given
	base   int    // the file line of the opening delimiter
	last   int    // the file's last line
	vals   map[string]metaValue
	err    *Problem
}

type metaValue struct {
	text   string
	line   int
	scalar bool
}

// noteKeys are the front-matter keys follow reads; any other key is the other tool's.
var noteKeys = []string{"staff", "id", "date", "kind", "next"}

// formats are the front matters follow reads, each decoded by the library chosen here,
// never by adrg/frontmatter's defaults (whose YAML is gopkg.in/yaml.v2, a YAML 1.1 reader):
//
//   - YAML between --- lines (or ---yaml and ---), read with go.yaml.in/yaml/v3 into a
//     yaml.Node. Values are taken as the text written (Node.Value), never as the Go value
//     a YAML library would resolve: staff: 0123 is the ID "0123" (yaml.v2 and yaml.v3 both
//     give the number 83 when decoding into any), date: 2026-12-01 is read by follow's
//     date parser like any date (yaml.v3 would give a time.Time in UTC, yaml.v2 a string),
//     and kind: no stays the word "no" (YAML 1.2, as yaml.v3 reads it; yaml.v2 gives
//     false). TestNoteYAMLv3 holds these.
//   - TOML between +++ lines (or ---toml and ---), read with github.com/BurntSushi/toml.
//   - JSON as a { ... } object followed by a blank line, as Hugo writes it (or between ;;;
//     lines, or ---json and ---), read with encoding/json, numbers kept as written.
func formats(m *meta) []*frontmatter.Format {
	yamlF := func(b []byte, _ any) error { m.format, m.data = "yaml", b; return m.fromYAML(b) }
	tomlF := func(b []byte, _ any) error { m.format, m.data = "toml", b; return m.fromTOML(b) }
	jsonF := func(b []byte, _ any) error { m.format, m.data = "json", b; return m.fromJSON(b) }
	js := frontmatter.NewFormat("{", "}", jsonF)
	js.UnmarshalDelims, js.RequiresNewLine = true, true
	return []*frontmatter.Format{
		frontmatter.NewFormat("---", "---", yamlF),
		frontmatter.NewFormat("---yaml", "---", yamlF),
		frontmatter.NewFormat("+++", "+++", tomlF),
		frontmatter.NewFormat("---toml", "---", tomlF),
		frontmatter.NewFormat(";;;", ";;;", jsonF),
		frontmatter.NewFormat("---json", "---", jsonF),
		js,
	}
}

// ReadNote reads a note: its front matter (staff or id, date, optional kind and next) and
// its body, the entry's text. Every problem is returned, with the line it is on: a front
// matter that is missing or cannot be read, a key missing or unreadable, personal data
// anywhere in the file (the privacy guard), text that cannot be one entry.
func ReadNote(file string, src []byte, opt NoteOptions) (Note, []Problem) {
	text, _, p := Decode(file, src, opt.Encoding)
	if p != nil {
		return Note{}, []Problem{*p}
	}
	m := &meta{file: file, base: openingLine(text), last: lineAt(text, len(text)), vals: map[string]metaValue{}}
	body, err := frontmatter.MustParse(bytes.NewReader(text), nil, formats(m)...)
	switch {
	case m.err != nil:
		return Note{}, []Problem{*m.err}
	case errors.Is(err, frontmatter.ErrNotFound):
		return Note{}, []Problem{problem(file, 0, "", "import.nofrontmatter")}
	case err != nil:
		return Note{}, []Problem{m.decodeProblem(err)}
	}
	n := Note{File: file, Format: m.format, Text: strings.ReplaceAll(string(body), "\r\n", "\n")}
	var probs []Problem
	fail := func(line int, key string, args ...any) { probs = append(probs, problem(file, line, "", key, args...)) }
	for _, k := range noteKeys {
		if v, ok := m.vals[k]; ok && !v.scalar {
			fail(v.line, "import.notscalar", k)
		}
	}
	staff, id := m.vals["staff"], m.vals["id"]
	switch {
	case staff.text == "" && id.text == "":
		fail(m.base, "import.nostaff")
	case staff.text != "" && id.text != "" && textfold.Input(staff.text) != textfold.Input(id.text):
		fail(id.line, "import.twostaff", staff.text, id.text)
	default:
		v := staff
		if v.text == "" {
			v = id
		}
		n.Staff = textfold.Input(v.text)
		if err := record.ValidID(n.Staff); err != nil {
			fail(v.line, "import.badid", v.text, err)
		}
	}
	if v := m.vals["date"]; v.text == "" {
		fail(m.base, "import.nodate")
	} else if d, msg := readDate(v.text); msg != nil {
		probs = append(probs, Problem{File: file, Line: v.line, Msg: msg})
	} else {
		n.Date = d
	}
	if v := m.vals["next"]; v.text != "" {
		if d, msg := readDate(v.text); msg != nil {
			probs = append(probs, Problem{File: file, Line: v.line, Msg: msg})
		} else {
			n.Next = d
		}
	}
	if !n.Date.IsZero() && !n.Next.IsZero() && n.Next.Before(n.Date) {
		fail(m.vals["next"].line, "import.nextbefore", n.Next, n.Date)
	}
	n.Kind = m.vals["kind"].text
	bodyLine := lineAt(text, len(text)-len(body))
	if t, err := record.EntryText(n.Text); err != nil {
		fail(bodyLine, "import.text", err)
	} else if t == "" && n.Next.IsZero() {
		fail(bodyLine, "import.emptynote")
	}
	scan := opt.Privacy
	if scan == nil {
		scan = privacy.New(privacy.Options{})
	}
	for _, h := range scan.Scan(text) {
		fail(h.Line, "import.privacy", h.Match, string(h.Kind))
	}
	sortProblems(probs)
	return n, probs
}

// openingLine is the line of the first line of text that is not blank (where
// adrg/frontmatter looks for the opening delimiter).
func openingLine(text []byte) int {
	line := 1
	for len(text) > 0 {
		l, rest, _ := bytes.Cut(text, []byte("\n"))
		if len(bytes.TrimSpace(l)) > 0 {
			return line
		}
		text, line = rest, line+1
	}
	return line
}

// decodeProblem is a front matter its decoder refused, at the line the decoder names.
func (m *meta) decodeProblem(err error) Problem {
	line, msg := m.base, err.Error()
	var te toml.ParseError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		line, msg = m.base+te.Position.Line, te.Message
	case errors.As(err, &se):
		// The data of a { ... } front matter starts on the delimiter's own line.
		line, msg = m.base+bytes.Count(m.data[:min(int(se.Offset), len(m.data))], []byte("\n")), se.Error()
	case m.format == "yaml":
		// go.yaml.in/yaml/v3: "yaml: line N: what", N counted from the delimiter's next line.
		if rest, ok := strings.CutPrefix(msg, "yaml: line "); ok {
			if n, what, ok := strings.Cut(rest, ": "); ok {
				if k, err := strconv.Atoi(n); err == nil {
					line, msg = m.base+k, what
				}
			}
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
	}
	// An error at the end of the data ("unexpected end of stream") is on the last line.
	return problem(m.file, min(line, m.last), "", "import.frontmatter", m.format, msg)
}

func (m *meta) fromYAML(b []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return err
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
			return nil
		}
		p := problem(m.file, m.base+root.Line, "", "import.fmnotmap", "yaml")
		m.err = &p
		return nil
	}
	// yaml.v3 checks that no key is given twice only when it decodes into Go values: the
	// keys follow reads are checked here.
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		for v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		mv := metaValue{line: m.base + k.Line, scalar: v.Kind == yaml.ScalarNode}
		if mv.scalar && v.Tag != "!!null" {
			mv.text = strings.TrimSpace(v.Value)
		}
		if first, ok := m.vals[strings.ToLower(k.Value)]; ok {
			p := problem(m.file, mv.line, "", "import.twice", k.Value, first.line)
			m.err = &p
			return nil
		}
		m.set(k.Value, mv)
	}
	return nil
}

func (m *meta) fromTOML(b []byte) error {
	var vals map[string]any
	if err := toml.Unmarshal(b, &vals); err != nil {
		return err
	}
	m.setAll(vals)
	return nil
}

func (m *meta) fromJSON(b []byte) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var vals map[string]any
	if err := d.Decode(&vals); err != nil {
		return err
	}
	m.setAll(vals)
	return nil
}

// setAll takes the keys of a decoded TOML or JSON table, at the front matter's line.
func (m *meta) setAll(vals map[string]any) {
	for k, v := range vals {
		mv := metaValue{line: m.base, scalar: true}
		switch x := v.(type) {
		case nil:
		case string:
			mv.text = strings.TrimSpace(x)
		case time.Time: // a TOML date or date-time: the date as written, in its own zone
			mv.text = x.Format("2006-01-02")
		case json.Number, bool, int64, float64:
			mv.text = fmt.Sprint(x)
		default:
			mv.scalar = false
		}
		m.set(k, mv)
	}
}

// set keeps the keys follow reads, compared in lower case (Staff, DATE).
func (m *meta) set(key string, v metaValue) {
	k := strings.ToLower(strings.TrimSpace(key))
	for _, want := range noteKeys {
		if k == want {
			m.vals[k] = v
		}
	}
}
