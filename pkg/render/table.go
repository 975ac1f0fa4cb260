package render

import (
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/sanitize"
)

// Alignment says on which side of its column a cell's text sits.
type Alignment int

const (
	// AlignLeft pads cells on the right; it is the default for every column.
	AlignLeft Alignment = iota
	// AlignRight pads cells on the left; use it for numbers and counts.
	AlignRight
)

// Screen is where a table is read: whether it may be coloured, and the width it must fit
// in cells (0: any width: a pipe, a file, --wide).
type Screen struct {
	Color bool
	Width int
}

// FitWidth is the width, in cells, a table is fitted to (Screen.Width): $FOLLOW_COLUMNS when
// it is set (a width forced, even into a pipe; 0 for none), else on a terminal its width
// (terminal, nil when stdout is none; else $COLUMNS, else 80), else 0: a pipe or a file
// gets every column whole, byte for byte as it always did.
func FitWidth(getenv func(string) string, terminal func() int) int {
	if v := getenv("FOLLOW_COLUMNS"); v != "" {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n >= 0 {
			return n
		}
	}
	if terminal == nil {
		return 0
	}
	if w := terminal(); w > 0 {
		return w
	}
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return defaultColumns
}

// defaultColumns is the width of a terminal that does not say.
const defaultColumns = 80

// columnGap separates adjacent columns.
const columnGap = "  "

// Table is a plain-text table aligned by display width, so full-width Japanese
// (山田 花子, ＡＢＣ) and half-width kana (ｶﾀｶﾅ) line up in a terminal.
//
// Columns are separated by two spaces and lines end in "\n" with no trailing spaces. The
// number of columns is the longest of Headers and the rows; missing cells are empty.
// Cell text is cleaned before it is measured: CRLF, newlines and tabs become a space,
// every other control character (ESC, C1, bidi controls: data must not drive the terminal)
// is shown escaped as a sanitize.Writer shows it (\x1b, \u009b), invalid UTF-8 becomes
// U+FFFD, and trailing spaces are dropped. Cells are plain text: colour comes from
// RowStyle and CellStyle, applied after layout.
type Table struct {
	// Headers is the first line, written in bold when colour is on. With no headers no
	// header line is written.
	Headers []string
	// Rows holds the cells, row by row.
	Rows [][]string
	// Align gives each column's alignment; columns past its end are AlignLeft.
	Align []Alignment
	// MaxWidth optionally caps each column's width in cells; 0 (or a missing entry)
	// means no cap. Wider cells, headers included, are cut with Truncate and end in "…".
	MaxWidth []int
	// RowStyle, when set, gives the style of each row; row is the index into Rows.
	RowStyle func(row int) Style
	// CellStyle, when set, gives the style of one cell; where it gives StyleNone the
	// row's style applies.
	CellStyle func(row, col int) Style
	// Indent is written at the start of every line.
	Indent string
	// Width, when > 0, is the width of the terminal the table is read in: when the table
	// is wider, the steps of Fit are taken in order (see FitStep) until it fits. 0 (a pipe,
	// a file, --wide) writes every column whole.
	Width int
	// Fit is how the table is made narrower, in order: the least useful column first.
	Fit []FitStep
}

// Write writes the table to w. With color true, each padded cell gets its style after
// the layout is done (headers bold, rows as RowStyle and CellStyle say), as marks of a Text:
// to a sanitize.Writer they pass as SGR codes, to another writer the codes are written
// inline (see Text.WriteTo). With color false not a single escape byte is written.
//
// A table with no rows writes nothing at all, not even the header line, and returns
// nil: the caller is expected to tell the user (e.g. "nothing due" on stderr).
// The whole table is written with a single call to w.Write (or w.WriteStyled).
func (t *Table) Write(w io.Writer, color bool) error {
	if t == nil {
		return nil
	}
	return t.write(w, color, len(t.Rows), func(i int) []string { return t.Rows[i] }, len(t.Rows)+1)
}

// WriteRows writes a table of n rows, the cells of row i being row(i), as Write writes
// t.Rows, without holding every row: row is called twice for each (once to measure, on
// every core, so it must be safe for concurrent use; once to write), and the text goes to
// w every few hundred rows. Rows are indexed 0..n-1 as for RowStyle and CellStyle; the
// columns are those of the headers (a row has at most that many cells).
func (t *Table) WriteRows(w io.Writer, color bool, n int, row func(i int) []string) error {
	return t.write(w, color, n, row, streamRows)
}

// streamRows is the number of rows WriteRows puts together before it writes them.
const streamRows = 512

func (t *Table) write(w io.Writer, color bool, n int, row func(i int) []string, batch int) error {
	if n == 0 {
		return nil
	}
	ncol := len(t.Headers)
	if t.Rows != nil {
		for _, r := range t.Rows {
			ncol = max(ncol, len(r))
		}
	}
	if ncol == 0 {
		return nil
	}
	// line i of the table: the header line first, when there is one.
	hdr := 0
	if len(t.Headers) > 0 {
		hdr = 1
	}
	cellsOf := func(i int) []string {
		if i < hdr {
			return t.Headers
		}
		return row(i - hdr)
	}
	total := n + hdr

	// Each cell's width is measured once per pass (a due list can have hundreds of
	// thousands of rows), the rows split between the cores.
	parts := 1
	if total >= parallelRows {
		parts = runtime.GOMAXPROCS(0)
	}
	partWidths := make([][]int, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := p*total/parts, (p+1)*total/parts
		wg.Go(func() {
			ws := make([]int, ncol)
			for i := lo; i < hi; i++ {
				_, cw := t.fitRow(cellsOf(i), ncol)
				for j, w := range cw {
					ws[j] = max(ws[j], w)
				}
			}
			partWidths[p] = ws
		})
	}
	wg.Wait()
	widths := make([]int, ncol)
	for _, ws := range partWidths {
		for j, w := range ws {
			widths[j] = max(widths[j], w)
		}
	}

	widths = fit(widths, Width(t.Indent), t.Width, t.Fit)
	b := Text{Color: color}
	for i := range total {
		cells, cw := t.fitRow(cellsOf(i), ncol)
		cutToWidths(cells, cw, widths)
		t.writeLine(&b, cells, cw, widths, i-hdr)
		if (i+1)%batch == 0 && i+1 < total {
			if _, err := b.WriteTo(w); err != nil {
				return err
			}
			b = Text{Color: color, buf: b.buf[:0]}
		}
	}
	_, err := b.WriteTo(w)
	return err
}

// style returns the style of a cell: bold in the header line (row -1), else CellStyle's
// unless StyleNone, else RowStyle's.
func (t *Table) style(row, col int) Style {
	if row < 0 {
		return StyleBold
	}
	if t.CellStyle != nil {
		if st := t.CellStyle(row, col); st != StyleNone {
			return st
		}
	}
	if t.RowStyle != nil {
		return t.RowStyle(row)
	}
	return StyleNone
}

// parallelRows is the number of rows from which Write measures cells on every core.
var parallelRows = 2048

// fitRow returns the ncol cleaned and capped cells of row, and their widths.
func (t *Table) fitRow(row []string, ncol int) ([]string, []int) {
	cells := make([]string, ncol)
	ws := make([]int, ncol)
	for j := range cells {
		if j < len(row) {
			cells[j] = cleanCell(row[j])
		}
		ws[j] = Width(cells[j])
		if j < len(t.MaxWidth) && t.MaxWidth[j] > 0 && ws[j] > t.MaxWidth[j] {
			cells[j] = Truncate(cells[j], t.MaxWidth[j])
			ws[j] = Width(cells[j])
		}
	}
	return cells, ws
}

// cutToWidths cuts the cells wider than their column once the table is fitted, and
// empties those of the columns dropped (width -1).
func cutToWidths(cells []string, cw, widths []int) {
	for j := range cells {
		switch {
		case widths[j] < 0:
			cells[j], cw[j] = "", 0
		case cw[j] > widths[j]:
			cells[j] = Truncate(cells[j], widths[j])
			cw[j] = Width(cells[j])
		}
	}
}

// align returns the alignment of column j.
func (t *Table) align(j int) Alignment {
	if j < len(t.Align) {
		return t.Align[j]
	}
	return AlignLeft
}

// writeLine writes one table line. Cells after the last non-empty one are left out and
// the last written cell is not padded on the right, so the line has no trailing spaces.
func (t *Table) writeLine(b *Text, cells []string, cellWidths, widths []int, row int) {
	last := -1
	for j, c := range cells {
		if c != "" {
			last = j
		}
	}
	b.WriteString(t.Indent)
	var rowStyle Style
	if b.Color && t.CellStyle == nil {
		rowStyle = t.style(row, 0) // once a line, as before CellStyle existed
	}
	first := true
	for j := 0; j <= last; j++ {
		if widths[j] < 0 {
			continue // dropped to fit the terminal
		}
		if !first {
			b.WriteString(columnGap)
		}
		first = false
		c := cells[j]
		padded := c
		if n := widths[j] - cellWidths[j]; n > 0 {
			switch {
			case t.align(j) == AlignRight:
				padded = strings.Repeat(" ", n) + c
			case j < last:
				padded = c + strings.Repeat(" ", n)
			}
		}
		switch {
		case c == "" || !b.Color:
			b.WriteString(padded) // only spaces: nothing to colour
		case t.CellStyle == nil:
			b.Style(padded, rowStyle)
		default:
			b.Style(padded, t.style(row, j))
		}
	}
	b.WriteString("\n")
}

// cellIsClean reports whether cleanCell has nothing to change in s but trailing spaces:
// valid UTF-8 without a control character (Japanese text is, and takes no allocation).
// The controls above ASCII are found by their bytes: C1 (U+0080-U+009F) is C2 80-9F, the
// bidi controls U+202A-U+202E and U+2066-U+2069 are E2 80 AA-AE and E2 81 A6-A9.
func cellIsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == 0x7f:
			return false
		case c == 0xc2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
				return false
			}
		case c == 0xe2:
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0xaa && s[i+2] <= 0xae || s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9) {
				return false
			}
		}
	}
	return utf8.ValidString(s)
}

// cleanCell makes s safe to show on one table line: CRLF, a newline, a tab or a CR becomes
// one space, every other control character is shown escaped (sanitize.Escape), invalid
// UTF-8 becomes U+FFFD, and trailing spaces are removed.
func cleanCell(s string) string {
	if cellIsClean(s) {
		return strings.TrimRight(s, " ")
	}
	return cleanCellSlow(s)
}

// cleanCellSlow is cleanCell rune by rune (FuzzCleanCell: the same as cleanCell always).
func cleanCellSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			b.WriteByte(' ')
			size = 2
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case sanitize.IsControl(r):
			b.WriteString(sanitize.Escape(r))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return strings.TrimRight(b.String(), " ")
}
