package record

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// fastYAML parses the plain subset of YAML that follow writes and people usually keep
// (block mappings and lists, plain or simply quoted one-line values, comments) into the
// nodes go.yaml.in/yaml/v3 would build, an order of magnitude faster: follow due reads
// every record's front matter every morning. Anything outside the subset — tabs, flow
// collections other than [], anchors, tags, block scalars, escapes, multi-line values —
// makes it return false, and the caller uses the full parser.
//
// The nodes are the full parser's in kind, style, value, line, column and children, and
// in tag except for one thing: a plain scalar that is not null gets !!str, where yaml.v3
// resolves !!int, !!float, !!bool or !!timestamp from its text (12, 1e3, true,
// 2026-01-01). Nothing reads those tags: the decoder asks only whether a value is !!null
// (isNull) and reads dates and numbers from the text itself. FuzzFastYAML checks all of
// this whenever the fast parser answers: the nodes, the tags (equal, or !!str for a plain
// scalar yaml.v3 resolved to another non-null tag), and the record decoded from either
// tree; TestOnlyIsNullReadsTags checks that no other code of the package reads a tag.
func fastYAML(text []byte) (*yaml.Node, bool) {
	var p fastParser
	return p.parse(text)
}

// parse is fastYAML on a parser of its own (tests look at its blocks afterwards).
func (p *fastParser) parse(text []byte) (*yaml.Node, bool) {
	if !p.split(text) || len(p.lines) == 0 {
		return nil, false
	}
	// One allocation each for the nodes, their Content slices and the values' bytes,
	// instead of one per node; split counted how many nodes there can be at most, and each
	// node is in at most one Content.
	p.nodes = make([]yaml.Node, 0, p.maxNodes)
	p.ptrs = make([]*yaml.Node, 0, p.maxNodes)
	if p.lines[0].indent != 0 || isDash(p.lines[0].content) {
		return nil, false
	}
	root, ok := p.mapping(p.lines[0].indent)
	if !ok || p.i != len(p.lines) {
		return nil, false
	}
	return root, true
}

type fastLine struct {
	no      int    // 1-based line in the YAML text
	indent  int    // leading spaces
	content string // without indentation and line end
}

type fastParser struct {
	lines    []fastLine
	i        int
	maxNodes int // at most as many nodes as the lines can make

	nodes   []yaml.Node  // where nodes are allocated
	spilled bool         // a node did not fit the block split sized (FuzzFastYAML: never)
	ptrs    []*yaml.Node // where Content slices are allocated
	stack   []*yaml.Node // children of the collections being parsed
}

// node returns a new node from the parser's block.
func (p *fastParser) node(n yaml.Node) *yaml.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]yaml.Node, 0, 64) // not expected: the block is sized for the worst case
		p.spilled = true
	}
	p.nodes = append(p.nodes, n)
	return &p.nodes[len(p.nodes)-1]
}

// content moves the children pushed since mark into an exactly sized Content slice.
func (p *fastParser) content(mark int) []*yaml.Node {
	kids := p.stack[mark:]
	if len(kids) == 0 {
		return nil
	}
	if cap(p.ptrs)-len(p.ptrs) < len(kids) {
		p.ptrs = make([]*yaml.Node, 0, max(64, len(kids)))
	}
	start := len(p.ptrs)
	p.ptrs = append(p.ptrs, kids...)
	clear(kids)
	p.stack = p.stack[:mark]
	return p.ptrs[start:len(p.ptrs):len(p.ptrs)]
}

// value returns v, a part of the parser's own copy of the text (split), so that a value
// keeps no record's bytes alive.
func (p *fastParser) value(v string) string { return v }

func (p *fastParser) split(text []byte) bool {
	// One copy of the text, in one allocation: the values are parts of it.
	s := string(text)
	p.lines = make([]fastLine, 0, bytes.Count(text, []byte{'\n'})+1)
	p.maxNodes = 1
	no := 0
	for len(s) > 0 {
		no++
		var l string
		if j := strings.IndexByte(s, '\n'); j >= 0 {
			l, s = s[:j], s[j+1:]
		} else {
			l, s = s, ""
		}
		l = strings.TrimSuffix(l, "\r")
		if !plainLine(l) {
			return false
		}
		c := strings.TrimLeft(l, " ")
		if c == "" || c[0] == '#' {
			continue
		}
		if strings.HasPrefix(c, "---") || strings.HasPrefix(c, "...") {
			return false
		}
		p.lines = append(p.lines, fastLine{no: no, indent: len(l) - len(c), content: strings.TrimRight(c, " ")})
		// "key: value" makes two nodes and "key:" a key and the block below it; "- key: v" a
		// mapping, a key and a value, "- v" one; "[a, b]" a list and its words. The block is
		// zeroed and scanned by the collector, so it is sized for what a line can make, not
		// a round three per line (a long record's front matter is 1,600 lines).
		p.maxNodes += 2
		if c[0] == '-' {
			p.maxNodes++
		}
		if strings.IndexByte(c, '[') >= 0 {
			p.maxNodes += strings.Count(c, ",") + 1
		}
	}
	return true
}

// plainLine reports whether a line holds only what the subset allows: valid UTF-8 without
// tabs, control characters, line breaks other than the one that ends it (CR, NEL, U+2028,
// U+2029), a byte order mark or characters YAML does not print.
func plainLine(l string) bool {
	for i := 0; i < len(l); {
		c := l[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		if r == utf8.RuneError && size == 1 || !yamlPrintable(r) || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xFEFF {
			return false
		}
		i += size
	}
	return true
}

func isDash(c string) bool { return c == "-" || strings.HasPrefix(c, "- ") }

// key splits "key: rest" / "key:" into the key and the rest after ": ". ok is false for
// anything but a plain ASCII key followed directly by a colon.
func splitKey(c string) (key, rest string, restOff int, ok bool) {
	i := 0
	for i < len(c) {
		b := c[i]
		if b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || (i > 0 && b == '-') {
			i++
			continue
		}
		break
	}
	// YAML allows an implicit key of at most 1024 characters: leave long ones to it.
	if i == 0 || i > 512 || i >= len(c) || c[i] != ':' {
		return "", "", 0, false
	}
	if i+1 < len(c) && c[i+1] != ' ' {
		return "", "", 0, false
	}
	rest = strings.TrimLeft(c[i+1:], " ")
	return c[:i], rest, len(c) - len(rest), true
}

// mapping parses a block mapping whose keys stand at indent.
func (p *fastParser) mapping(indent int) (*yaml.Node, bool) {
	first := p.lines[p.i]
	m := p.node(yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: first.no, Column: indent + 1})
	mark := len(p.stack)
	defer func() { m.Content = p.content(mark) }()
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l.indent < indent {
			break
		}
		if l.indent > indent || isDash(l.content) {
			return nil, false
		}
		k, v, ok := p.pair(l, indent)
		if !ok {
			return nil, false
		}
		p.stack = append(p.stack, k, v)
	}
	return m, true
}

// pair parses "key: value" on line l (the key at column indent+1) and any block below it.
func (p *fastParser) pair(l fastLine, indent int) (*yaml.Node, *yaml.Node, bool) {
	key, rest, off, ok := splitKey(l.content)
	if !ok {
		return nil, nil, false
	}
	k := p.node(yaml.Node{Kind: yaml.ScalarNode, Tag: plainTag(key), Value: p.value(key), Line: l.no, Column: indent + 1})
	p.i++
	colonCol := indent + len(key) + 1 // column of the ':'
	if rest == "" {
		if off > len(key)+1 {
			return nil, nil, false // "key:   " with trailing spaces after all: keep it simple
		}
		if p.i < len(p.lines) {
			n := p.lines[p.i]
			switch {
			case n.indent > indent && isDash(n.content):
				v, ok := p.sequence(n.indent)
				return k, v, ok
			case n.indent > indent:
				v, ok := p.mapping(n.indent)
				return k, v, ok
			case n.indent == indent && isDash(n.content):
				v, ok := p.sequence(n.indent)
				return k, v, ok
			}
		}
		return k, p.node(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Line: l.no, Column: colonCol + 1}), true
	}
	col := indent + 1 + utf8.RuneCountInString(l.content[:off])
	v, ok := p.scalar(rest, l.no, col)
	if !ok {
		return nil, nil, false
	}
	if p.i < len(p.lines) && p.lines[p.i].indent > indent {
		return nil, nil, false // a value continued on the next line
	}
	return k, v, true
}

// sequence parses a block list whose dashes stand at indent.
func (p *fastParser) sequence(indent int) (*yaml.Node, bool) {
	first := p.lines[p.i]
	s := p.node(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: first.no, Column: indent + 1})
	mark := len(p.stack)
	defer func() { s.Content = p.content(mark) }()
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l.indent < indent || (l.indent == indent && !isDash(l.content)) {
			break
		}
		if l.indent > indent || l.content == "-" {
			return nil, false
		}
		after := strings.TrimLeft(l.content[1:], " ")
		itemIndent := indent + len(l.content) - len(after)
		if _, _, _, isKey := splitKey(after); isKey {
			// A mapping item: its first key is on the dash line, the rest below it.
			p.lines[p.i] = fastLine{no: l.no, indent: itemIndent, content: after}
			m, ok := p.mapping(itemIndent)
			if !ok {
				return nil, false
			}
			p.stack = append(p.stack, m)
			continue
		}
		v, ok := p.scalar(after, l.no, itemIndent+1)
		if !ok {
			return nil, false
		}
		p.i++
		if p.i < len(p.lines) && p.lines[p.i].indent > indent {
			return nil, false
		}
		p.stack = append(p.stack, v)
	}
	return s, true
}

// scalar reads a one-line value: plain, or quoted without escapes; a trailing comment is
// dropped.
func (p *fastParser) scalar(s string, line, col int) (*yaml.Node, bool) {
	n := yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Line: line, Column: col}
	switch s[0] {
	case '"', '\'':
		q := s[0]
		end := strings.IndexByte(s[1:], q)
		if end < 0 {
			return nil, false
		}
		body := s[1 : 1+end]
		tail := strings.TrimLeft(s[2+end:], " ")
		if strings.ContainsAny(body, "\\\"'") || (tail != "" && (tail[0] != '#' || !strings.HasPrefix(s[2+end:], " "))) {
			return nil, false
		}
		n.Value = p.value(body)
		if q == '"' {
			n.Style = yaml.DoubleQuotedStyle
		} else {
			n.Style = yaml.SingleQuotedStyle
		}
		return p.node(n), true
	case '[':
		return p.flowList(s, line, col)
	case '-', '?', ':', ',', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`':
		return nil, false
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimRight(s[:i], " ")
	}
	if strings.Contains(s, ": ") || strings.HasSuffix(s, ":") || strings.Contains(s, " #") {
		return nil, false
	}
	n.Value, n.Tag = p.value(s), plainTag(s)
	return p.node(n), true
}

// flowList reads "[]" or "[a, b, c]" of plain words, with an optional trailing comment.
func (p *fastParser) flowList(s string, line, col int) (*yaml.Node, bool) {
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return nil, false
	}
	if tail := s[end+1:]; tail != "" && !strings.HasPrefix(strings.TrimLeft(tail, " "), "#") || (tail != "" && tail[0] != ' ') {
		return nil, false
	}
	n := p.node(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: line, Column: col})
	inner := s[1:end]
	if strings.TrimSpace(inner) == "" {
		if inner != "" {
			return nil, false
		}
		return n, true
	}
	mark := len(p.stack)
	off := 1
	for _, part := range strings.Split(inner, ",") {
		item := strings.TrimSpace(part)
		lead := len(part) - len(strings.TrimLeft(part, " "))
		if item == "" || strings.ContainsAny(item, "[]{}#:'\"&*!|>%@`?") || item[0] == '-' {
			return nil, false
		}
		v := yaml.Node{Kind: yaml.ScalarNode, Tag: plainTag(item), Value: p.value(item),
			Line: line, Column: col + utf8.RuneCountInString(s[:off+lead])}
		p.stack = append(p.stack, p.node(v))
		off += len(part) + 1
	}
	n.Content = p.content(mark)
	return n, true
}

// plainTag is the tag the fast parser gives a plain scalar, a key or a value: !!null for
// the null forms of YAML's core schema (yaml.v3 resolves keys like values: "Null:" is a
// null key), else !!str.
func plainTag(s string) string {
	switch s {
	case "~", "null", "Null", "NULL":
		return "!!null"
	}
	return "!!str"
}
