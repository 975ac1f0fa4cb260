package render

import (
	"encoding/csv"
	"io"
	"strings"
)

// utf8BOM is the byte order mark Excel needs to open a UTF-8 CSV file as UTF-8 rather
// than the legacy Shift_JIS code page.
const utf8BOM = "\xef\xbb\xbf"

// WriteCSV writes headers (when not empty) and rows as RFC 4180 CSV in UTF-8, using
// encoding/csv for quoting. Lines end in CRLF as RFC 4180 specifies and as Excel
// expects; line breaks inside a quoted cell are written as CRLF too. With bom true the
// output starts with a UTF-8 byte order mark, which Excel on Japanese Windows needs to
// avoid reading the file as Shift_JIS. Rows shorter than the widest row (or the
// headers) are padded with empty cells so every record has the same number of fields.
// Invalid UTF-8 is replaced by U+FFFD. With no rows only the header line is written.
//
// To stop CSV (formula) injection when the file is opened in a spreadsheet, a cell is
// prefixed with a single quote (') when it starts with '=', '+', '@', a tab or a
// carriage return, or with '-' followed by anything other than a digit. So "-30" and
// "-1.5" stay numbers and a lone "-" stays as it is, while "=1+1", "+81 90…", "@SUM(A1)"
// and "-cmd" become "'=1+1", "'+81 90…", "'@SUM(A1)" and "'-cmd". Headers are
// treated the same way.
func WriteCSV(w io.Writer, headers []string, rows [][]string, bom bool) error {
	ncol := len(headers)
	for _, r := range rows {
		ncol = max(ncol, len(r))
	}
	cw, err := NewCSVWriter(w, ncol, bom)
	if err != nil {
		return err
	}
	if len(headers) > 0 {
		if err := cw.Write(headers); err != nil {
			return err
		}
	}
	for _, r := range rows {
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// CSVWriter writes CSV one row at a time, as WriteCSV does, for output too long to hold
// (follow due over a whole tree). Every row has ncol cells: shorter rows are padded.
type CSVWriter struct {
	w      io.Writer
	cw     *csv.Writer
	record []string
}

// NewCSVWriter starts CSV output of ncol columns on w, with a UTF-8 BOM when bom is true.
func NewCSVWriter(w io.Writer, ncol int, bom bool) (*CSVWriter, error) {
	if bom {
		if _, err := io.WriteString(w, utf8BOM); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSVWriter{w: w, cw: cw, record: make([]string, ncol)}, nil
}

// Write writes one row (cells past the column count are dropped).
func (c *CSVWriter) Write(cells []string) error {
	record := c.record
	for j := range record {
		record[j] = ""
		if j < len(cells) {
			record[j] = csvSafe(strings.ToValidUTF8(cells[j], "\uFFFD"))
		}
	}
	if len(record) == 1 && record[0] == "" {
		// encoding/csv would write an empty line, which readers skip; a quoted
		// empty field keeps the record.
		if err := c.Flush(); err != nil {
			return err
		}
		_, err := io.WriteString(c.w, "\"\"\r\n")
		return err
	}
	return c.cw.Write(record)
}

// Flush writes what is buffered and reports any error of the writes before.
func (c *CSVWriter) Flush() error {
	c.cw.Flush()
	return c.cw.Error()
}

// csvSafe prefixes cell with a single quote when a spreadsheet could take it for a
// formula; see WriteCSV for the rule.
func csvSafe(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + cell
	case '-':
		if len(cell) > 1 && (cell[1] < '0' || cell[1] > '9') {
			return "'" + cell
		}
	}
	return cell
}
