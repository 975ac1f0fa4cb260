package export

import (
	"bytes"
	_ "embed"
	"html/template"
	"strings"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/report"
)

// Markdown writes the document as markdown: the record's own headings one level below the
// document's sections, every table cell on one line.
func (d Doc) Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("# " + cell(d.Title) + "\n\n")
	for _, p := range d.Intro {
		b.WriteString(cell(p) + "\n\n")
	}
	writeTable(&b, d.Fields)
	for _, t := range d.Tables {
		writeTable(&b, t)
	}
	b.WriteString("## " + cell(d.LogTitle) + "\n\n")
	log := bytes.TrimSpace(demote(d.Log, 2))
	if len(log) > 0 {
		b.Write(log)
		b.WriteString("\n\n")
	}
	fence := "```"
	for strings.Contains(d.Raw, fence) {
		fence += "`"
	}
	b.WriteString("## " + cell(d.RawTitle) + "\n\n" + fence + "yaml\n" + strings.TrimRight(d.Raw, "\r\n") + "\n" + fence + "\n")
	return b.Bytes()
}

func writeTable(b *bytes.Buffer, t Table) {
	b.WriteString("## " + cell(t.Title) + "\n\n")
	if len(t.Rows) == 0 {
		b.WriteString(cell(t.Empty) + "\n\n")
		return
	}
	row := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + cell(c) + " |")
		}
		b.WriteString("\n")
	}
	row(t.Headers)
	b.WriteString(strings.Repeat("| --- ", len(t.Headers)) + "|\n")
	for _, r := range t.Rows {
		row(r)
	}
	b.WriteString("\n")
}

// cell keeps record text on one line of a markdown table or paragraph, its pipes escaped
// and no < left to start markup in a previewer.
func cell(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "|", `\|`, "<", `\<`).Replace(s)
	return strings.TrimSpace(s)
}

//go:embed export.html
var pageHTML string

var page = &lazy.Value[*template.Template]{New: func() *template.Template { return template.Must(template.New("export").Parse(pageHTML)) }}

// HTML writes the document as one self-contained page: the report's stylesheet inlined,
// its Content-Security-Policy (no script, nothing loaded), the log rendered as the report
// renders it (no raw HTML, links as text) and every other text escaped.
func (d Doc) HTML() ([]byte, error) {
	body, err := report.RenderMarkdown(demote(d.Log, 1))
	if err != nil {
		return nil, err
	}
	data := struct {
		Doc
		CSP   string
		Style template.CSS
		Body  template.HTML
	}{d, report.CSP, template.CSS(report.StyleSheet()), template.HTML(body)}
	var b bytes.Buffer
	if err := page.Get().Execute(&b, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
