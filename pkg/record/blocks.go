package record

import (
	"go.yaml.in/yaml/v3"
)

// Block is the raw text of a top-level front matter key: its line through the line before
// the next top-level key (comments and blank lines after it included).
type Block struct {
	Key  string
	Text string
}

// ItemBlock is the raw text of one item of a block list, from its dash up to the next
// item.
type ItemBlock struct {
	ID   string
	Text string
}

// FrontMatterText returns the YAML text between the --- lines.
func (r *Record) FrontMatterText() string { return string(r.Src[r.lay.yamlStart:r.lay.yamlEnd]) }

// BodyText returns the body after the closing --- line.
func (r *Record) BodyText() string { return string(r.Src[r.lay.bodyStart:]) }

// TopBlocks splits the front matter into the text before the first key (comments) and one
// block per top-level key, in file order. Concatenated, they give the front matter back.
func (r *Record) TopBlocks() (lead string, blocks []Block) {
	c := r.root.Content
	if len(c) == 0 {
		return r.FrontMatterText(), nil
	}
	start := r.lineStart(r.fileLine(c[0]))
	lead = string(r.Src[r.lay.yamlStart:start])
	for i := 0; i+1 < len(c); i += 2 {
		end := r.lay.yamlEnd
		if i+2 < len(c) {
			end = r.lineStart(r.fileLine(c[i+2]))
		}
		blocks = append(blocks, Block{Key: c[i].Value, Text: string(r.Src[start:end])})
		start = end
	}
	return lead, blocks
}

// ItemBlocks splits the block of a top-level list key (requests, milestones) into the
// head (the key line, up to the first item) and its items. ok is false when the value is
// not a block list of mappings (a flow list, a scalar), so callers merge it whole.
func (r *Record) ItemBlocks(key string) (head string, items []ItemBlock, ok bool) {
	c := r.root.Content
	for i := 0; i+1 < len(c); i += 2 {
		if c[i].Value != key {
			continue
		}
		k, v := c[i], c[i+1]
		end := r.lay.yamlEnd
		if i+2 < len(c) {
			end = r.lineStart(r.fileLine(c[i+2]))
		}
		start := r.lineStart(r.fileLine(k))
		if isNull(v) || (v.Kind == yaml.SequenceNode && len(v.Content) == 0) {
			return string(r.Src[start:end]), nil, true
		}
		if v.Kind != yaml.SequenceNode || v.Style&yaml.FlowStyle != 0 {
			return "", nil, false
		}
		first := r.lineStart(r.dashLine(v.Content[0]))
		head = string(r.Src[start:first])
		for j, it := range v.Content {
			if it.Kind != yaml.MappingNode || it.Style&yaml.FlowStyle != 0 {
				return "", nil, false
			}
			s := r.lineStart(r.dashLine(it))
			e := end
			if j+1 < len(v.Content) {
				e = r.lineStart(r.dashLine(v.Content[j+1]))
			}
			id := ""
			if n := findValue(it, "id"); n != nil {
				id = n.Value
			}
			items = append(items, ItemBlock{ID: id, Text: string(r.Src[s:e])})
		}
		return head, items, true
	}
	return "", nil, false
}

// EntryTexts returns the body text before the first entry and the raw text of each entry.
func (r *Record) EntryTexts() (preamble string, entries []Entry, texts []string) {
	es, _ := r.Entries()
	end := len(r.Src)
	if len(es) > 0 {
		end = es[0].Start
	}
	preamble = string(r.Src[r.lay.bodyStart:end])
	for i, e := range es {
		stop := len(r.Src)
		if i+1 < len(es) {
			stop = es[i+1].Start
		}
		texts = append(texts, string(r.Src[e.Start:stop]))
	}
	return preamble, es, texts
}
