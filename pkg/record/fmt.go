package record

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/textfold"
)

// Format returns the canonical layout of a record. It only touches what follow owns:
// the byte order mark (removed), line ends (the first line's style everywhere), trailing
// white space (outside block scalars and fenced code), entry headings (## YYYY-MM-DD kind,
// with the date in ASCII), the Next:/次回: line form, one blank line around headings,
// no runs of blank lines, and exactly one final newline. The words follow owns (lang.go:
// entry kinds, section names, the Next: and By: labels) that are not in the record's
// language are written in it. The wording of notes and YAML comments is never changed.
// Format of its own output returns it unchanged.
func Format(r *Record) []byte {
	src := r.Src[r.lay.yamlStart:]
	eol := r.eol()
	lines := splitLines(src)
	fmLines := r.lay.closeLine - r.lay.yamlLine // YAML lines before the closing ---
	keep := blockScalarLines(r)

	var out []string
	out = append(out, "---")
	for i := 0; i < fmLines && i < len(lines); i++ {
		l := lines[i]
		if !keep[r.lay.yamlLine+i] {
			l = strings.TrimRight(l, " \t")
		}
		out = append(out, l)
	}
	out = append(out, "---")
	body := lines[min(fmLines+1, len(lines)):]
	out = append(out, formatBody(body, r.Lang())...)
	// Exactly one final newline: drop trailing blank lines.
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return []byte(strings.Join(out, eol) + eol)
}

// splitLines splits on LF, dropping a CR before it; a final line end gives no empty line.
func splitLines(b []byte) []string {
	s := string(b)
	s = strings.TrimSuffix(s, "\n")
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = strings.TrimSuffix(p, "\r")
	}
	return parts
}

// blockScalarLines returns the file lines that belong to literal or folded block scalars,
// where trailing spaces are content.
func blockScalarLines(r *Record) map[int]bool {
	keep := map[int]bool{}
	var walk func(n *yaml.Node, next int)
	walk = func(n *yaml.Node, end int) {
		for i, c := range n.Content {
			e := end
			if i+1 < len(n.Content) {
				e = r.fileLine(n.Content[i+1]) - 1
			}
			if c.Kind == yaml.ScalarNode && c.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
				for l := r.fileLine(c); l <= e; l++ {
					keep[l] = true
				}
			}
			walk(c, e)
		}
	}
	walk(r.root, r.yamlEndLine())
	return keep
}

var (
	atxRE        = &lazy.Regexp{Expr: `^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$`}
	nextFormRE   = &lazy.Regexp{Expr: `^(\s*(?:[-*+]\s+)?)(?:\*\*)?(Next|next|NEXT|次回(?:フォロー|予定|訪問)?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(\S+)(.*)$`}
	spaceRunRE   = &lazy.Regexp{Expr: `[ \t　]+`}
	headingDatRE = &lazy.Regexp{Expr: `^(\S+)(.*)$`}
)

// formatBody lays out the lines of a body, read by the body's grammar (bodyscan.go): code
// blocks are kept as they are, comments lose only their trailing spaces, a line of spaces
// and full-width spaces becomes an empty line. The words follow owns are written in lang
// (none are rewritten when it is "").
func formatBody(lines []string, lang string) []string {
	var out []string
	var lr lineReader
	var w wordsIn
	blank := func() bool { return len(out) > 0 && out[len(out)-1] == "" }
	pendingBlank := true // the body starts after a blank line
	for _, raw := range lines {
		var l bodyLine
		lr.classify([]byte(raw), &l)
		switch {
		case l.kind == lineCode, l.kind == lineFence && lr.fence == 0: // inside, and the closing fence
			out = append(out, raw)
			continue
		case l.kind == lineBlank:
			if !blank() {
				out = append(out, "")
			}
			continue
		}
		line := strings.TrimRight(raw, " \t")
		switch l.kind {
		case lineHeading:
			m := atxRE.Get().FindStringSubmatch(line)
			if !blank() {
				out = append(out, "")
			}
			text := strings.TrimSpace(spaceRunRE.Get().ReplaceAllString(m[2], " "))
			if len(m[1]) == 2 {
				text = w.entryHeading(fmtEntryHeading(text), lang)
			} else if len(m[1]) > 2 {
				text = w.sectionHeading(line, text, len(m[1]), lang)
			} else {
				w = wordsIn{}
			}
			h := m[1]
			if text != "" {
				h += " " + text
			}
			out = append(out, h)
			pendingBlank = true
			continue
		case lineText, lineItem, lineCont:
			if m := nextFormRE.Get().FindStringSubmatch(line); m != nil {
				if d, ok := lenientISO(strings.Trim(m[3], "*")); ok {
					line = m[1] + m[2] + ": " + d.String() + m[4]
				}
				if m[1] == "" {
					pendingBlank = true // a Next: line stands alone, not inside the list above
				}
			}
			// The text the body scanner reads (an item's after its marker), trimmed as it
			// trims it, so fmt rewrites every label the scanner counts ("* \v次回: ...").
			text := line
			if l.kind == lineItem && l.from <= len(line) {
				text = line[l.from:]
			}
			if label, val, ok := matchNextLine(string(trimSpace([]byte(text)))); ok {
				// A label the body reads as one (an item's first line only with a date).
				if w.entry && (l.kind != lineItem || looksLikeDate(strings.Trim(val, "*"))) {
					line = strings.Replace(line, label, w.word(termLabel, label, lang), 1)
				}
			} else if which, label, val, ok := matchPulseLine(strings.TrimSpace(line)); ok && w.entry && pulseValid(which, val) {
				line = w.pulseLine(line, label, val, which, lang)
			} else if l.kind == lineText {
				line = w.authorLine(line, lang)
			}
		}
		if pendingBlank && !blank() {
			out = append(out, "")
		}
		pendingBlank = false
		out = append(out, line)
	}
	if len(out) == 0 || out[0] != "" {
		out = append([]string{""}, out...)
	}
	return out
}

// wordsIn is where formatBody is, for the words follow owns: inside an entry, past its
// first sub-section, past its author line.
type wordsIn struct {
	entry, section, author bool
}

// word is word written in lang when it is a term of the other language (where: termKind,
// termSection or termLabel), else word itself.
func (w *wordsIn) word(where int, word, lang string) string {
	if t, in, ok := lookupTerm(where, word); ok && lang != "" && in != lang {
		return t.Word(lang)
	}
	return word
}

// entryHeading is the text of an entry heading ("DATE kind title") with its kind in lang.
func (w *wordsIn) entryHeading(text, lang string) string {
	*w = wordsIn{entry: true}
	date, rest, ok := strings.Cut(text, " ")
	if !ok {
		return text
	}
	kind, title, _ := strings.Cut(rest, " ")
	if k := w.word(termKind, kind, lang); k != kind {
		return strings.TrimSpace(date + " " + k + " " + title)
	}
	return text
}

// sectionHeading is the text of a sub-section heading (line, of level level) with its name
// in lang when the whole name is a term.
func (w *wordsIn) sectionHeading(line, text string, level int, lang string) string {
	if !w.entry {
		return text
	}
	w.section = true
	_, name := atxHeading([]byte(line), len(line)-len(strings.TrimLeft(line, " \t")))
	name = trimSpace(name)
	if n := w.word(termSection, string(name), lang); n != string(name) {
		return n
	}
	return text
}

// authorLine is a paragraph line with its label in lang when the body reads it as the
// entry's author line.
func (w *wordsIn) authorLine(line, lang string) string {
	if !w.entry || w.section || w.author {
		return line
	}
	t := strings.TrimSpace(line)
	label, _, ok := matchAuthorLine(t)
	if !ok {
		return line
	}
	w.author = true
	if l := w.word(termLabel, label, lang); l != label {
		return strings.Replace(line, label, l, 1)
	}
	return line
}

// pulseLine is an intent or mood line with its label, and an intent's word, in lang.
func (w *wordsIn) pulseLine(line, label, val string, which int, lang string) string {
	i := strings.Index(line, label)
	head, rest := line[:i]+w.word(termLabel, label, lang), line[i+len(label):]
	if which == pulseIntent && lang != "" {
		// An intent word of the other language; an alternative spelling of the record's
		// own language (継続希望) is the writer's wording.
		code, _ := ParseIntent(val)
		if other := map[string]string{LangEN: LangJA, LangJA: LangEN}[lang]; other != "" && strings.EqualFold(IntentWord(code, other), strings.TrimSpace(textfold.Input(val))) {
			rest = strings.Replace(rest, val, IntentWord(code, lang), 1)
		}
	}
	return head + rest
}

// canonicalEntryHeading writes the date of an entry heading as YYYY-MM-DD when it can be
// read (full-width digits, slashes); anything else is left for lint to report.
func canonicalEntryHeading(text string) string {
	m := headingDatRE.Get().FindStringSubmatch(text)
	if m == nil {
		return text
	}
	d, ok := lenientISO(m[1])
	if !ok {
		return text
	}
	return d.String() + m[2]
}

// lenientISO reads a year-month-day date written with full-width digits, slashes or dots
// and one-digit months or days, as people type them in a record.
func lenientISO(s string) (dates.Date, bool) {
	n := strings.NewReplacer("/", "-", ".", "-").Replace(textfold.Input(s))
	parts := strings.Split(n, "-")
	if len(parts) != 3 {
		return 0, false
	}
	for i, p := range parts {
		if i > 0 && len(p) == 1 {
			parts[i] = "0" + p
		}
	}
	d, err := dates.ParseISO(strings.Join(parts, "-"))
	return d, err == nil
}
