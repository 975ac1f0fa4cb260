package record

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/dates"
	"go.yaml.in/yaml/v3"
)

// Field is one key and value of a front matter item, in the order it is written.
type Field struct {
	Key   string
	Value any // string, int or dates.Date
}

type splice struct {
	start, end int
	text       string
	prio       int // at one offset, lower goes first: fields of an item before new items
	seq        int
}

// Editor collects surgical changes to a record. Every change is computed against the
// original bytes; Bytes applies them all at once. Bytes outside the changed spans are
// copied unchanged, so comments, blank lines, key order, quoting, indentation and line
// ends elsewhere in the file survive.
type Editor struct {
	r       *Record
	splices []splice
	err     error
	pending map[string]pendingKey  // keys this editor creates, by their path
	lists   map[string]pendingList // lists this editor creates, by their path
	cleared map[int]bool           // empty values already cleared, by offset
}

// pendingList is a list an earlier Append creates: later Appends add their items after it.
type pendingList struct {
	splice int // the splice whose text holds the list
	end    int // offset in that text just after the list's items
	indent int // indentation of the items' dashes
}

// pendingKey is a key that an earlier change creates, so a later change under the same
// missing block adds to it instead of writing the block twice.
type pendingKey struct {
	splice int
	indent int
}

// Edit starts a set of changes to r.
func (r *Record) Edit() *Editor { return &Editor{r: r} }

func (e *Editor) add(start, end int, text string) { e.addPrio(start, end, text, 1) }

func (e *Editor) addPrio(start, end int, text string, prio int) int {
	e.splices = append(e.splices, splice{start: start, end: end, text: text, prio: prio, seq: len(e.splices)})
	return len(e.splices) - 1
}

func (e *Editor) fail(line int, format string, args ...any) {
	if e.err == nil {
		e.err = &Error{Path: e.r.Path, Line: line, Rule: "edit", Msg: fmt.Sprintf(format, args...)}
	}
}

// Err returns the first error met while planning the changes.
func (e *Editor) Err() error { return e.err }

// Bytes returns the edited file.
func (e *Editor) Bytes() ([]byte, error) {
	if e.err != nil {
		return nil, e.err
	}
	sp := append([]splice(nil), e.splices...)
	sort.SliceStable(sp, func(i, j int) bool {
		if sp[i].start != sp[j].start {
			return sp[i].start < sp[j].start
		}
		if sp[i].prio != sp[j].prio {
			return sp[i].prio < sp[j].prio
		}
		return sp[i].seq < sp[j].seq
	})
	var out bytes.Buffer
	src := e.r.Src
	grow := len(src)
	for _, s := range sp {
		grow += len(s.text) + strings.Count(s.text, "\n") // room for CRLF line ends
	}
	out.Grow(grow)
	pos := 0
	for _, s := range sp {
		if s.start < pos {
			return nil, &Error{Path: e.r.Path, Rule: "edit", Msg: "internal error: overlapping edits; nothing was changed"}
		}
		out.Write(src[pos:s.start])
		out.WriteString(strings.ReplaceAll(s.text, "\n", e.r.eol()))
		pos = s.end
	}
	out.Write(src[pos:])
	return out.Bytes(), nil
}

// ---- positions ----------------------------------------------------------------------------

// lineBytes returns file line n without its line end.
func (r *Record) lineBytes(n int) []byte {
	start := r.lineStart(n)
	end := r.lineStart(n + 1)
	b := r.Src[start:end]
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}

func indentOf(b []byte) int {
	n := 0
	for n < len(b) && b[n] == ' ' {
		n++
	}
	return n
}

// trimEnd backs up from line last over blank lines and over comment lines indented no more
// than maxIndent (those belong to whatever follows), never above line first.
func (r *Record) trimEnd(first, last, maxIndent int) int {
	for last > first {
		b := r.lineBytes(last)
		t := bytes.TrimSpace(b)
		if len(t) == 0 || (t[0] == '#' && indentOf(b) <= maxIndent) {
			last--
			continue
		}
		break
	}
	return last
}

// yamlEndLine is the last file line of the front matter's YAML text.
func (r *Record) yamlEndLine() int { return r.lay.closeLine - 1 }

// dashLine returns the file line of the "-" that introduces a block sequence item.
func (r *Record) dashLine(item *yaml.Node) int {
	off := r.offset(item)
	for i := off - 1; i >= r.lay.yamlStart; i-- {
		switch r.Src[i] {
		case ' ', '\t', '\n', '\r':
			continue
		case '-':
			return r.lineOf(i)
		}
		break
	}
	return r.fileLine(item)
}

// dashCol returns the 1-based column (in bytes; indentation is ASCII) of an item's dash.
func (r *Record) dashCol(item *yaml.Node) int {
	l := r.dashLine(item)
	b := r.lineBytes(l)
	return indentOf(b) + 1
}

// located is a node with the last file line that belongs to it.
type located struct {
	key, val *yaml.Node
	end      int // last line of the key's value (untrimmed)
}

// lookup walks a path of mapping keys from the root. It returns the nodes found, and for the
// first missing key the mapping it was looked for in (with that mapping's last line).
func (e *Editor) lookup(path []string) (found []located, parent *yaml.Node, parentEnd int) {
	m := e.r.root
	end := e.r.yamlEndLine()
	for _, seg := range path {
		if m == nil || m.Kind != yaml.MappingNode {
			return found, nil, end
		}
		idx := -1
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == seg {
				idx = i
			}
		}
		if idx < 0 {
			return found, m, end
		}
		k, v := m.Content[idx], m.Content[idx+1]
		kend := end
		if idx+2 < len(m.Content) {
			kend = e.r.fileLine(m.Content[idx+2]) - 1
		}
		found = append(found, located{key: k, val: v, end: kend})
		m, end = v, kend
	}
	return found, m, end
}

// childIndent is the indentation of the keys of a block mapping.
func (r *Record) childIndent(m *yaml.Node) int {
	if m != nil && m.Kind == yaml.MappingNode && len(m.Content) > 0 {
		return m.Content[0].Column - 1
	}
	return 0
}

// ---- scalar values ------------------------------------------------------------------------

// valueRegion finds, on the key's line, the bytes after the colon up to a comment or the
// line end: [after, stop). comment reports whether a comment follows.
func (e *Editor) valueRegion(k *yaml.Node) (after, stop int, comment bool, ok bool) {
	r := e.r
	off := r.offset(k)
	lineEnd := r.lineStart(r.fileLine(k)+1) - 1
	if lineEnd < off {
		lineEnd = len(r.Src)
	}
	for lineEnd > off && (r.Src[lineEnd] == '\n' || r.Src[lineEnd] == '\r') {
		lineEnd--
	}
	lineEnd++
	p := off
	switch {
	case k.Style&yaml.DoubleQuotedStyle != 0:
		p = scanQuoted(r.Src, p, lineEnd, '"')
	case k.Style&yaml.SingleQuotedStyle != 0:
		p = scanQuoted(r.Src, p, lineEnd, '\'')
	default:
		if !bytes.HasPrefix(r.Src[p:], []byte(k.Value)) {
			return 0, 0, false, false
		}
		p += len(k.Value)
	}
	if p < 0 {
		return 0, 0, false, false
	}
	for p < lineEnd && (r.Src[p] == ' ' || r.Src[p] == '\t') {
		p++
	}
	if p >= lineEnd || r.Src[p] != ':' {
		return 0, 0, false, false
	}
	after = p + 1
	stop = lineEnd
	inS, inD := false, false
	for i := after; i < lineEnd; i++ {
		c := r.Src[i]
		switch {
		case inD && c == '\\':
			i++
		case c == '"' && !inS:
			inD = !inD
		case c == '\'' && !inD:
			inS = !inS
		case c == '#' && !inS && !inD && (r.Src[i-1] == ' ' || r.Src[i-1] == '\t'):
			return after, i, true, true
		}
	}
	return after, stop, false, true
}

// scanQuoted returns the offset just past a quoted scalar starting at p, or -1.
func scanQuoted(src []byte, p, limit int, q byte) int {
	if p >= limit || src[p] != q {
		return -1
	}
	for i := p + 1; i < limit; i++ {
		switch {
		case q == '"' && src[i] == '\\':
			i++
		case src[i] == q:
			if q == '\'' && i+1 < limit && src[i+1] == '\'' {
				i++
				continue
			}
			return i + 1
		}
	}
	return -1
}

// replaceValue replaces the scalar value of key k (value node v) with text.
func (e *Editor) replaceValue(k, v *yaml.Node, text string) {
	r := e.r
	line := r.fileLine(k)
	if v.Kind != yaml.ScalarNode {
		e.fail(line, "%s is a list or a block; expected a single value", k.Value)
		return
	}
	after, stop, comment, ok := e.valueRegion(k)
	if !ok {
		e.fail(line, "cannot find the value of %s on its line; write it as %s: VALUE", k.Value, k.Value)
		return
	}
	region := r.Src[after:stop]
	if isNull(v) && len(bytes.TrimSpace(region)) == 0 {
		rep := " " + text
		if comment {
			rep += " "
		}
		e.add(after, stop, rep)
		return
	}
	if r.fileLine(v) != line {
		e.fail(line, "the value of %s is not on the same line as the key; write it as %s: VALUE", k.Value, k.Value)
		return
	}
	voff := r.offset(v)
	var vend int
	switch {
	case v.Style&yaml.TaggedStyle != 0:
		vend = -1 // a tag (even one with an empty value) is not part of v.Value
	case v.Style&yaml.DoubleQuotedStyle != 0:
		vend = scanQuoted(r.Src, voff, stop, '"')
	case v.Style&yaml.SingleQuotedStyle != 0:
		vend = scanQuoted(r.Src, voff, stop, '\'')
	case v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		vend = -1
	default:
		vend = voff + len(v.Value)
		if vend > stop || string(r.Src[voff:vend]) != v.Value {
			vend = -1
		}
	}
	if vend < 0 {
		e.fail(line, "cannot change %s in place: its value spans lines or uses YAML tags; write it on one line as %s: VALUE", k.Value, k.Value)
		return
	}
	e.add(voff, vend, text)
}

// clearValue removes the written form of an empty value ("", ~, null, []) after a key's colon
// so that a block can follow; a comment after it keeps one space before it. Several changes
// under the same empty key clear it once.
func (e *Editor) clearValue(after, stop int, comment bool) {
	if e.cleared == nil {
		e.cleared = map[int]bool{}
	}
	if e.cleared[after] {
		return
	}
	e.cleared[after] = true
	rep := ""
	if comment {
		rep = " "
	}
	if string(e.r.Src[after:stop]) != rep {
		e.add(after, stop, rep)
	}
}

// Set sets the scalar at path (such as "next", or "contract", "end") to value, creating
// missing keys at the end of their block.
func (e *Editor) Set(value any, path ...string) {
	if e.err != nil {
		return
	}
	text := Scalar(value)
	found, parent, parentEnd := e.lookup(path)
	if len(found) == len(path) {
		last := found[len(found)-1]
		e.replaceValue(last.key, last.val, text)
		return
	}
	e.createPath(found, parent, parentEnd, path[len(found):], func(indent string) string {
		return " " + text + "\n"
	})
}

// SetAfter sets the top-level scalar key to value; when key is missing it is written on
// the line after the one-line scalar after (next_at: after next:), else at the end of the
// front matter.
func (e *Editor) SetAfter(value any, key, after string) {
	if e.err != nil {
		return
	}
	if found, _, _ := e.lookup([]string{key}); len(found) == 1 {
		e.Set(value, key)
		return
	}
	line, ok := e.oneLine(after)
	if !ok {
		e.Set(value, key)
		return
	}
	e.insertAfterLinePrio(line, key+": "+Scalar(value)+"\n", 0) // before a removal of the line after
}

// Remove removes the top-level key with its one-line scalar value: its whole line. A
// missing key is nothing to remove; a value that spans lines is refused.
func (e *Editor) Remove(key string) {
	if e.err != nil {
		return
	}
	if found, _, _ := e.lookup([]string{key}); len(found) == 0 {
		return
	}
	line, ok := e.oneLine(key)
	if !ok {
		e.fail(line, "cannot remove %s: its value spans lines; write it on one line as %s: VALUE", key, key)
		return
	}
	e.add(e.r.lineStart(line), e.r.lineStart(line+1), "")
}

// oneLine returns the line of the top-level key when it holds a scalar written on that line
// alone (only blank or comment lines before the next key), and whether it does.
func (e *Editor) oneLine(key string) (int, bool) {
	found, _, _ := e.lookup([]string{key})
	if len(found) != 1 {
		return 0, false
	}
	r, k, v := e.r, found[0].key, found[0].val
	line := r.fileLine(k)
	if v.Kind != yaml.ScalarNode || !isNull(v) && r.fileLine(v) != line {
		return line, false
	}
	for n := line + 1; n <= found[0].end; n++ {
		if b := trimSpace(r.lineBytes(n)); len(b) > 0 && b[0] != '#' {
			return line, false
		}
	}
	return line, true
}

// createPath writes the missing keys rest (the last one's value rendered by leaf) into the
// block that found ends in. Keys created earlier by the same editor are reused, so setting
// contract.end and contract.renewals on a record without contract writes one block.
func (e *Editor) createPath(found []located, parent *yaml.Node, parentEnd int, rest []string, leaf func(indent string) string) (splice int) {
	r := e.r
	var prefix []string
	for _, l := range found {
		prefix = append(prefix, l.key.Value)
	}
	if e.pending == nil {
		e.pending = map[string]pendingKey{}
	}
	first := strings.Join(append(prefix, rest[0]), "\x00")
	if pk, ok := e.pending[first]; ok {
		if len(rest) == 1 {
			e.fail(0, "internal error: %s is set twice", strings.Join(append(prefix, rest[0]), "."))
			return -1
		}
		e.splices[pk.splice].text += renderKeys(rest[1:], pk.indent+2, leaf)
		return pk.splice
	}
	var indent int
	var insertLine int
	switch {
	case len(found) == 0:
		indent = r.childIndent(r.root)
		insertLine = r.trimEnd(r.lay.yamlLine-1, r.yamlEndLine(), -1)
	default:
		last := found[len(found)-1]
		switch {
		case isNull(last.val):
			after, stop, comment, ok := e.valueRegion(last.key)
			if !ok {
				e.fail(r.fileLine(last.key), "cannot edit %s in place", last.key.Value)
				return -1
			}
			e.clearValue(after, stop, comment)
			indent = last.key.Column - 1 + 2
			insertLine = r.fileLine(last.key)
		case parent != nil && parent.Kind == yaml.MappingNode && parent.Style&yaml.FlowStyle == 0:
			indent = r.childIndent(parent)
			insertLine = r.trimEnd(r.fileLine(last.key), parentEnd, last.key.Column-1)
		default:
			e.fail(r.fileLine(last.key), "%s is not a block of keys that follow can add to; write it in block style (one key per line)", last.key.Value)
			return -1
		}
	}
	idx := e.insertAfterLine(insertLine, renderKeys(rest, indent, leaf))
	e.pending[first] = pendingKey{splice: idx, indent: indent}
	return idx
}

// renderKeys renders a chain of nested keys, the last one's value by leaf.
func renderKeys(rest []string, indent int, leaf func(indent string) string) string {
	var b strings.Builder
	for i, seg := range rest {
		pad := strings.Repeat(" ", indent+2*i)
		b.WriteString(pad + seg + ":")
		if i == len(rest)-1 {
			b.WriteString(leaf(pad))
		} else {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// insertAfterLine inserts text (whole lines ending in "\n") after file line n.
func (e *Editor) insertAfterLine(n int, text string) int { return e.insertAfterLinePrio(n, text, 1) }

func (e *Editor) insertAfterLinePrio(n int, text string, prio int) int {
	off := e.r.lineStart(n + 1)
	if off == len(e.r.Src) && len(e.r.Src) > 0 && e.r.Src[len(e.r.Src)-1] != '\n' {
		text = "\n" + text
	}
	return e.addPrio(off, off, text, prio)
}

// ---- sequences ----------------------------------------------------------------------------

// renderItem renders a mapping item of a block sequence.
func renderItem(dashIndent, contentIndent int, fields []Field) string {
	var b strings.Builder
	for i, f := range fields {
		if i == 0 {
			b.WriteString(strings.Repeat(" ", dashIndent) + "-" + strings.Repeat(" ", contentIndent-dashIndent-1))
		} else {
			b.WriteString(strings.Repeat(" ", contentIndent))
		}
		b.WriteString(f.Key + ": " + Scalar(f.Value) + "\n")
	}
	return b.String()
}

// Append adds items (each a list of fields) at the end of the block sequence at path,
// creating the key when it is missing or empty.
func (e *Editor) Append(path []string, items ...[]Field) {
	if e.err != nil || len(items) == 0 {
		return
	}
	r := e.r
	found, parent, parentEnd := e.lookup(path)
	if len(found) < len(path) {
		key := strings.Join(path, "\x00")
		if pl, ok := e.lists[key]; ok {
			// An earlier Append of this editor creates the list: add to it.
			var b strings.Builder
			for _, it := range items {
				b.WriteString(renderItem(pl.indent, pl.indent+2, it))
			}
			s := &e.splices[pl.splice]
			s.text = s.text[:pl.end] + b.String() + s.text[pl.end:]
			pl.end += b.Len()
			e.lists[key] = pl
			return
		}
		ind := 0
		i := e.createPath(found, parent, parentEnd, path[len(found):], func(pad string) string {
			ind = len(pad) + 2
			var b strings.Builder
			b.WriteString("\n")
			for _, it := range items {
				b.WriteString(renderItem(ind, ind+2, it))
			}
			return b.String()
		})
		if i >= 0 {
			if e.lists == nil {
				e.lists = map[string]pendingList{}
			}
			e.lists[key] = pendingList{splice: i, end: len(e.splices[i].text), indent: ind}
		}
		return
	}
	last := found[len(found)-1]
	k, v := last.key, last.val
	switch {
	case isNull(v) || (v.Kind == yaml.SequenceNode && len(v.Content) == 0 && r.fileLine(v) == r.fileLine(k)):
		after, stop, comment, ok := e.valueRegion(k)
		if !ok {
			e.fail(r.fileLine(k), "cannot edit %s in place", k.Value)
			return
		}
		e.clearValue(after, stop, comment)
		ind := k.Column - 1 + 2
		var b strings.Builder
		for _, it := range items {
			b.WriteString(renderItem(ind, ind+2, it))
		}
		e.insertAfterLine(r.fileLine(k), b.String())
	case v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle == 0:
		first := v.Content[0]
		dash := r.dashCol(first) - 1
		content := first.Column - 1
		if first.Kind != yaml.MappingNode || first.Style&yaml.FlowStyle != 0 || content <= dash {
			content = dash + 2
		}
		end := r.trimEnd(r.fileLine(k), last.end, k.Column-1)
		var b strings.Builder
		for _, it := range items {
			b.WriteString(renderItem(dash, content, it))
		}
		e.insertAfterLine(end, b.String())
	default:
		e.fail(r.fileLine(k), "%s is written in flow style [ ... ]; write it as a block list (one - item per line) so follow can add to it", k.Value)
	}
}

// SetInItem sets fields of the mapping item whose id is id, in the block sequence at path.
// Existing keys get their value replaced; missing keys are added at the end of the item.
func (e *Editor) SetInItem(path []string, id string, fields ...Field) {
	if e.err != nil {
		return
	}
	r := e.r
	found, _, _ := e.lookup(path)
	if len(found) < len(path) || found[len(found)-1].val.Kind != yaml.SequenceNode {
		e.fail(0, "there is no list %s", strings.Join(path, "."))
		return
	}
	last := found[len(found)-1]
	seq := last.val
	for i, it := range seq.Content {
		if it.Kind != yaml.MappingNode {
			continue
		}
		idv := findValue(it, "id")
		if idv == nil || idv.Value != id {
			continue
		}
		if it.Style&yaml.FlowStyle != 0 {
			e.fail(r.fileLine(it), "%s is written in flow style { ... }; write it as a block so follow can change it", id)
			return
		}
		end := last.end
		if i+1 < len(seq.Content) {
			end = r.dashLine(seq.Content[i+1]) - 1
		}
		end = r.trimEnd(r.fileLine(it), end, it.Column-1)
		var add strings.Builder
		for _, f := range fields {
			if kn := findKey(it, f.Key); kn != nil {
				e.replaceValue(kn, findValue(it, f.Key), Scalar(f.Value))
				continue
			}
			add.WriteString(strings.Repeat(" ", it.Column-1) + f.Key + ": " + Scalar(f.Value) + "\n")
		}
		if add.Len() > 0 {
			e.insertAfterLinePrio(end, add.String(), 0)
		}
		return
	}
	e.fail(r.fileLine(last.key), "no item with id %s in %s", id, strings.Join(path, "."))
}

// ---- the edited bytes ---------------------------------------------------------------------

// Reparse parses out, an edited version of r's bytes, exactly as Parse(path, out) would,
// without reading again what did not change. The front matter is parsed again in full. r
// passed Parse's checks of the whole file (no NUL byte, valid UTF-8, no conflict markers),
// and those hold line by line, so of the body only the lines that differ from r's body are
// checked again (for a visit appended to the log: the visit's lines). They are found by
// comparing the bytes, not by trusting the editor. Whenever the shortcut finds a problem or
// cannot be taken, Parse reads the whole of out, so that errors name the same lines.
func (r *Record) Reparse(path string, out []byte) (*Record, error) {
	head := FrontMatterLen(out)
	if head < 0 || len(out) > MaxSize || r.lay.bodyStart > len(r.Src) {
		return Parse(path, out)
	}
	body := out[head:]
	a, b := changedLines(r.Src[r.lay.bodyStart:], body)
	if ch := body[a:b]; len(ch) > 0 && (bytes.IndexByte(ch, 0) >= 0 || !utf8.Valid(ch) || len(ConflictMarkers(ch)) > 0) {
		return Parse(path, out)
	}
	nr, err := Parse(path, out[:head])
	if err != nil {
		return Parse(path, out) // the same error, worded for the whole file
	}
	nr.Src = out
	nr.lines = nil // computed again over the whole file when needed
	return nr, nil
}

// changedLines returns the whole lines of out, [a, b), outside which out and old hold the
// same lines: out[:a] is a prefix of old ending with a line end (or empty), and out[b:] a
// suffix of old that follows a line end in both (or is empty).
func changedLines(old, out []byte) (a, b int) {
	p := commonPrefix(old, out)
	n := min(len(old), len(out)) - p
	s := commonSuffix(old[len(old)-n:], out[len(out)-n:])
	a = bytes.LastIndexByte(out[:p], '\n') + 1
	e := len(out) - s // the first byte of the common suffix
	b = len(out)
	if i := bytes.IndexByte(out[e:], '\n'); i >= 0 {
		b = e + i + 1
	}
	return a, b
}

// IsSubsequence reports whether every byte of a appears in b, in order: whether b holds
// all of a with only text added. The bytes a and b begin and end with alike are matched
// first, a block at a time, so that when text was added in one place (a visit appended to
// a long log) nothing is left for the byte-by-byte walk.
func IsSubsequence(a, b []byte) bool {
	p := commonPrefix(a, b)
	a, b = a[p:], b[p:]
	s := commonSuffix(a, b)
	a, b = a[:len(a)-s], b[:len(b)-s]
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// commonPrefix returns the length of the longest common prefix of x and y, comparing
// blocks first (bytes.Equal is vectorized) so that a long record costs little.
func commonPrefix(x, y []byte) int {
	const block = 256
	n := min(len(x), len(y))
	p := 0
	for p+block <= n && bytes.Equal(x[p:p+block], y[p:p+block]) {
		p += block
	}
	for p < n && x[p] == y[p] {
		p++
	}
	return p
}

// commonSuffix returns the length of the longest common suffix of x and y.
func commonSuffix(x, y []byte) int {
	const block = 256
	n := min(len(x), len(y))
	s := 0
	for s+block <= n && bytes.Equal(x[len(x)-s-block:len(x)-s], y[len(y)-s-block:len(y)-s]) {
		s += block
	}
	for s < n && x[len(x)-1-s] == y[len(y)-1-s] {
		s++
	}
	return s
}

// SetNext writes the next follow-up a into the front matter: next, and next_at and
// next_place right under it when a has a time or a place. A time or place the record kept
// for its former next date is removed when a has none: it belonged to that date.
func (e *Editor) SetNext(a dates.Appointment) {
	e.Set(a.Date, "next")
	placeAfter := "next"
	if c := a.Clock(); c != "" {
		e.SetAfter(c, "next_at", "next")
		if e.r.KeyLine("next_at") > 0 {
			placeAfter = "next_at"
		}
	} else {
		e.Remove("next_at")
	}
	if a.Place != "" {
		e.SetAfter(a.Place, "next_place", placeAfter)
	} else {
		e.Remove("next_place")
	}
}
