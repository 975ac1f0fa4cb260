package report

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/staffnote/follow/internal/lazy"
)

// md renders a record's body. Raw HTML is never passed through (goldmark's default: it is
// replaced by a comment), and localize turns every link and image into plain text, so a
// page built from personal notes links nowhere and loads nothing.
var md = &lazy.Value[goldmark.Markdown]{New: func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(
			extension.Table,
			extension.Strikethrough,
			extension.NewCJK(extension.WithEastAsianLineBreaks(extension.EastAsianLineBreaksCSS3Draft), extension.WithEscapedSpace()),
		),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(localize{}, 100))),
	)
}}

// RenderMarkdown renders a record's markdown as the report does: headings one level down,
// no raw HTML, links and images as plain text. Another page that shows record text (follow
// export) renders it the same way.
func RenderMarkdown(src []byte) ([]byte, error) { return renderBody(src) }

// renderBody renders markdown to HTML.
func renderBody(src []byte) ([]byte, error) {
	var b bytes.Buffer
	if err := md.Get().Convert(src, &b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// localize is an AST transformer: headings move one level down (the page's own title is
// the h1), links and autolinks become their text followed by the address in angle brackets,
// and images become their alternative text followed by the address. Nothing in the output
// is an href or a src taken from the notes.
type localize struct{}

func (localize) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var swap []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Heading:
			if x.Level < 6 {
				x.Level++
			}
		case *ast.Link, *ast.Image, *ast.AutoLink:
			swap = append(swap, n)
		}
		return ast.WalkContinue, nil
	})
	// Innermost first, so an image inside a link is replaced before the link moves it.
	for i := len(swap) - 1; i >= 0; i-- {
		n := swap[i]
		parent := n.Parent()
		if parent == nil {
			continue
		}
		var dest string
		switch x := n.(type) {
		case *ast.Link:
			dest = string(x.Destination)
		case *ast.Image:
			dest = string(x.Destination)
		case *ast.AutoLink:
			dest = string(x.URL(src))
		}
		var repl []ast.Node
		if _, ok := n.(*ast.AutoLink); !ok {
			for c := n.FirstChild(); c != nil; {
				next := c.NextSibling()
				n.RemoveChild(n, c)
				repl = append(repl, c)
				c = next
			}
		}
		tail := dest
		if len(repl) > 0 && dest != "" {
			tail = " <" + dest + ">"
		}
		if tail != "" {
			s := ast.NewString([]byte(tail))
			s.SetRaw(true) // escaped, but not read for entities or backslashes
			repl = append(repl, s)
		}
		for _, c := range repl {
			parent.InsertBefore(parent, n, c)
		}
		parent.RemoveChild(parent, n)
	}
}
