package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// Staff is one row of a staff list: what follow new ID --name ... takes to create a record.
type Staff struct {
	Line                     int // the row's first line in the file (the header is line 1)
	ID, Name, Kana           string
	Client, Site, Supervisor string
	Owner, Manager           string
	Start, Until             dates.Date
	// Given holds the fields whose cell is not empty, so that a row is compared with an
	// existing record on what the file says only. A row without an owner takes the
	// default owner when it is planned (PlanInput.DefaultOwner).
	Given map[string]bool
	// Header is the header of the column each field was read from.
	Header map[string]string
}

// Column is a column of a staff list.
type Column struct {
	Header string // as written in the file
	Field  string // the field it gives (config.ImportFields), "" for a column not read
}

// Sheet is a staff list, read.
type Sheet struct {
	Encoding Encoding
	Columns  []Column
	Rows     []Staff // the good rows, in file order
}

// Ignored returns the headers of the columns that are not read.
func (s Sheet) Ignored() []string {
	var out []string
	for _, c := range s.Columns {
		if c.Field == "" && c.Header != "" {
			out = append(out, c.Header)
		}
	}
	return out
}

// StaffOptions says how to read a staff list.
type StaffOptions struct {
	Encoding Encoding
	// Columns maps the list's own headers to fields (follow.yaml import.columns); they are
	// tried before the headers follow knows.
	Columns []config.ColumnMap
	// Privacy checks every cell; nil: the default word list.
	Privacy *privacy.Scanner
}

// aliases are the headers follow knows for each field, in Japanese and English; they are
// compared after headerKey, so width, kana, case, spaces and - _ ・ do not matter.
var aliases = &lazy.Value[map[string][]string]{New: func() map[string][]string {
	return map[string][]string{
		"id":         {"スタッフコード", "スタッフID", "スタッフ番号", "スタッフNo", "ID", "staff id", "staff code", "code"},
		"name":       {"氏名", "名前", "スタッフ名", "name", "full name", "staff name"},
		"kana":       {"フリガナ", "ふりがな", "カナ", "カナ氏名", "氏名カナ", "氏名フリガナ", "よみ", "kana", "reading", "furigana"},
		"client":     {"派遣先", "派遣先名", "派遣先企業", "派遣先会社", "client", "client company", "company"},
		"site":       {"部署", "就業場所", "就業部署", "配属先", "組織単位", "site", "department", "unit"},
		"supervisor": {"指揮命令者", "supervisor"},
		"owner":      {"営業担当", "担当", "担当者", "フォロー担当", "営業担当者", "owner"},
		"manager":    {"上長", "課長", "manager"},
		"start":      {"就業開始日", "開始日", "就業開始", "派遣開始日", "入社日", "start", "start date"},
		"until":      {"契約終了日", "終了日", "契約満了日", "派遣終了日", "契約期間終了日", "until", "end", "end date", "contract end"},
	}
}}

// required are the fields a staff list must have a column for.
var required = []string{"id", "name", "start"}

// headerKey is the form headers are compared in: textfold.Key (width, kana, case, no
// spaces) without - _ ・ and a "No." or "#" read alike.
func headerKey(h string) string {
	k := textfold.Key(h)
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', '・', '.':
			return -1
		}
		return r
	}, k)
}

// fieldOf returns the field a header gives: the mapping first, then the headers follow knows.
func fieldOf(header string, mapping []config.ColumnMap) string {
	k := headerKey(header)
	if k == "" {
		return ""
	}
	for _, m := range mapping {
		if headerKey(m.Header) == k {
			return m.Field
		}
	}
	for _, f := range config.ImportFields {
		for _, a := range aliases.Get()[f] {
			if headerKey(a) == k {
				return f
			}
		}
	}
	return ""
}

// ReadStaff reads a staff list: CSV (RFC 4180, as Excel writes it: CRLF, quoted cells
// with commas, quotes and line breaks), UTF-8 or Shift_JIS, the first row its header. Every
// row is checked; the good ones are returned, and every problem found, in file order. A
// problem with the file or its header (an encoding, a column missing) stops the reading.
func ReadStaff(file string, src []byte, opt StaffOptions) (Sheet, []Problem) {
	text, enc, p := Decode(file, src, opt.Encoding)
	if p != nil {
		return Sheet{}, []Problem{*p}
	}
	sh := Sheet{Encoding: enc}
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	var probs []Problem
	header, hline, err := readRecord(r)
	if err != nil {
		return sh, []Problem{csvProblem(file, err)}
	}
	if header == nil {
		return sh, []Problem{problem(file, 0, "", "import.emptylist")}
	}
	cols, hp := columns(file, hline, header, opt.Columns)
	sh.Columns = cols
	if len(hp) > 0 {
		return sh, hp
	}
	scan := opt.Privacy
	if scan == nil {
		scan = privacy.New(privacy.Options{})
	}
	seen := map[string]int{}
	for {
		cells, line, err := readRecord(r)
		if err != nil {
			probs = append(probs, csvProblem(file, err))
			break
		}
		if cells == nil {
			break
		}
		row, rp := readRow(file, line, cols, cells, scan)
		if len(rp) == 0 && row.ID != "" {
			if first, dup := seen[row.ID]; dup {
				rp = append(rp, problem(file, line, row.Header["id"], "import.dupid", row.ID, first))
			} else {
				seen[row.ID] = line
			}
		}
		if len(rp) > 0 {
			probs = append(probs, rp...)
			continue
		}
		sh.Rows = append(sh.Rows, row)
	}
	return sh, probs
}

// readRecord returns the next row that is not blank with its first line, nil at the end.
func readRecord(r *csv.Reader) ([]string, int, error) {
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil, 0, nil
		}
		if err != nil {
			return nil, 0, err
		}
		line, _ := r.FieldPos(0)
		for _, c := range rec {
			if strings.TrimSpace(c) != "" {
				return rec, line, nil
			}
		}
	}
}

func csvProblem(file string, err error) Problem {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return problem(file, pe.Line, "", "import.csv", pe.Err)
	}
	return problem(file, 0, "", "import.csv", err)
}

// columns reads the header: which field each column gives. A field given by two columns
// and a required field given by none are problems on the header's line.
func columns(file string, line int, header []string, mapping []config.ColumnMap) ([]Column, []Problem) {
	var cols []Column
	var probs []Problem
	by := map[string]string{}
	for _, h := range header {
		h = cleanCell(h)
		f := fieldOf(h, mapping)
		if f != "" {
			if other, dup := by[f]; dup {
				probs = append(probs, problem(file, line, "", "import.dupcolumn", other, h, f))
				f = ""
			} else {
				by[f] = h
			}
		}
		cols = append(cols, Column{Header: h, Field: f})
	}
	for _, f := range required {
		if _, ok := by[f]; !ok {
			probs = append(probs, problem(file, line, "", "import.nocolumn", f, strings.Join(aliases.Get()[f], ", ")))
		}
	}
	return cols, probs
}

// cleanCell is a cell as one line of text: spaces (the ideographic one too) trimmed, line
// breaks inside it turned into a space.
func cleanCell(s string) string {
	if strings.ContainsAny(s, "\r\n") {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }), " ")
	}
	return strings.TrimFunc(s, unicode.IsSpace)
}

// readRow reads and checks one row.
func readRow(file string, line int, cols []Column, cells []string, scan *privacy.Scanner) (Staff, []Problem) {
	row := Staff{Line: line, Given: map[string]bool{}, Header: map[string]string{}}
	var probs []Problem
	fail := func(col, key string, args ...any) { probs = append(probs, problem(file, line, col, key, args...)) }
	vals := map[string]string{}
	for i, c := range cells {
		v := cleanCell(c)
		if v == "" {
			continue
		}
		if i >= len(cols) {
			fail("", "import.extracell", i+1, len(cols))
			continue
		}
		col := cols[i]
		if bad, ok := controlChar(v); ok {
			fail(col.Header, "import.control", bad)
		}
		for _, h := range scan.ScanLine(line, col.Header+": "+v) {
			fail(col.Header, "import.privacy", h.Match, string(h.Kind))
		}
		if col.Field != "" {
			vals[col.Field] = v
			row.Given[col.Field] = true
		}
	}
	for _, c := range cols {
		if c.Field != "" {
			row.Header[c.Field] = c.Header
		}
	}
	hdr := row.Header
	if id, ok := vals["id"]; !ok {
		fail(hdr["id"], "import.noid")
	} else if row.ID = textfold.Input(id); record.ValidID(row.ID) != nil {
		fail(hdr["id"], "import.badid", id, record.ValidID(row.ID))
		row.ID = ""
	}
	row.Name, row.Kana = vals["name"], vals["kana"]
	row.Client, row.Site, row.Supervisor = vals["client"], vals["site"], vals["supervisor"]
	row.Owner, row.Manager = vals["owner"], vals["manager"]
	if row.Name == "" {
		fail(hdr["name"], "import.noname")
	}
	if v, ok := vals["start"]; !ok {
		fail(hdr["start"], "import.nostart")
	} else if d, msg := readDate(v); msg != nil {
		probs = append(probs, Problem{File: file, Line: line, Column: hdr["start"], Msg: msg})
	} else {
		row.Start = d
	}
	if v, ok := vals["until"]; ok {
		if d, msg := readDate(v); msg != nil {
			probs = append(probs, Problem{File: file, Line: line, Column: hdr["until"], Msg: msg})
		} else {
			row.Until = d
		}
	}
	if !row.Start.IsZero() && !row.Until.IsZero() && row.Until.Before(row.Start) {
		fail(hdr["until"], "import.untilbefore", row.Until, row.Start)
	}
	return row, probs
}

// controlChar returns the first control character of s (C0 but tab, DEL, C1, or a bidi
// override or isolate): none belongs in a name or a site, and they can change what a
// terminal shows.
func controlChar(s string) (string, bool) {
	for _, r := range s {
		if r < 0x20 && r != '\t' || r >= 0x7F && r <= 0x9F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 {
			return fmt.Sprintf("U+%04X", r), true
		}
	}
	return "", false
}
