package render

import (
	"bytes"
	"testing"

	"github.com/staffnote/follow/pkg/sanitize"
)

func TestTextStyle(t *testing.T) {
	tests := []struct {
		s     string
		st    Style
		color bool
		want  string
	}{
		{"期限切れ", StyleRed, true, "\x1b[31m期限切れ\x1b[0m"},
		{"today", StyleYellow, true, "\x1b[33mtoday\x1b[0m"},
		{"ID", StyleBold, true, "\x1b[1mID\x1b[0m"},
		{"done", StyleDim, true, "\x1b[2mdone\x1b[0m"},
		{"plain", StyleNone, true, "plain"},
		{"odd", Style(99), true, "odd"},
		{"", StyleRed, true, ""},
		{"期限切れ", StyleRed, false, "期限切れ"},
		{"x", StyleBold, false, "x"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := Print(&b, tt.s, tt.st, tt.color); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != tt.want {
			t.Errorf("Print(%q, %d, %v) = %q, want %q", tt.s, tt.st, tt.color, got, tt.want)
		}
	}
}

// TestTextThroughSanitizer: follow's colour reaches the terminal through a sanitize.Writer
// as marks; the same escape codes inside the text are shown escaped.
func TestTextThroughSanitizer(t *testing.T) {
	var out bytes.Buffer
	w := sanitize.NewWriter(&out)
	txt := Text{Color: true}
	txt.WriteString("名前: ")
	txt.Style("山田\x1b]0;title\a", StyleBold)
	txt.WriteString("\n")
	if _, err := txt.WriteTo(w); err != nil {
		t.Fatal(err)
	}
	want := "名前: \x1b[1m山田" + `\x1b]0;title\x07` + "\x1b[0m\n"
	if out.String() != want {
		t.Errorf("wrote %q, want %q", out.String(), want)
	}
	if txt.String() != "名前: 山田\x1b]0;title\a\n" {
		t.Errorf("String() = %q", txt.String())
	}

	// A Text written into a Text keeps its marks where they were.
	outer := Text{Color: true}
	outer.WriteString(">> ")
	txt.WriteTo(&outer)
	var b bytes.Buffer
	outer.WriteTo(&b)
	if want := ">> 名前: \x1b[1m山田\x1b]0;title\a\x1b[0m\n"; b.String() != want {
		t.Errorf("nested: %q, want %q", b.String(), want)
	}
}

// TestTableThroughSanitizer: a coloured table written to a sanitize.Writer has exactly
// the SGR codes of its styles and the record's escape shown as text, in one write.
func TestTableThroughSanitizer(t *testing.T) {
	var out countingWriter
	w := sanitize.NewWriter(&out)
	tb := &Table{
		Headers:   []string{"ID", "名前"},
		Rows:      [][]string{{"S1", "山田\x1b[2J"}, {"S2", "佐藤"}},
		CellStyle: func(row, col int) Style { return []Style{StyleRed, StyleNone}[row] },
		RowStyle:  func(row int) Style { return StyleDim },
		Indent:    "  ",
	}
	if err := tb.Write(w, true); err != nil {
		t.Fatal(err)
	}
	want := "  \x1b[1mID\x1b[0m  \x1b[1m名前\x1b[0m\n" +
		"  \x1b[31mS1\x1b[0m  \x1b[31m山田" + `\x1b[2J` + "\x1b[0m\n" +
		"  \x1b[2mS2\x1b[0m  \x1b[2m佐藤\x1b[0m\n"
	if out.String() != want {
		t.Errorf("wrote\n%q, want\n%q", out.String(), want)
	}
	if out.writes != 1 {
		t.Errorf("%d writes, want 1", out.writes)
	}
}

type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}
