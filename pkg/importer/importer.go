// Package importer reads what a team already has when it starts with follow: a staff list
// exported from Excel or a dispatch back-office system (CSV, UTF-8 or Shift_JIS, Japanese
// or English headers, dates as Japanese offices write them, 和暦 included), and notes kept
// per person in markdown with YAML, TOML or JSON front matter.
//
// It is pure: callers pass a file's name and bytes and get the rows or the note, read and
// checked, with every problem found as a Problem naming the file, the line and (for a
// cell) the column. It reads no file and no clock and writes nothing; what to create or
// append is for pkg/ops, and the command line writes it (follow import).
package importer

import (
	"sort"
	"strconv"

	"github.com/staffnote/follow/pkg/i18n"
)

// Problem is why a row of a staff list, or a note, cannot be imported.
type Problem struct {
	File   string // as the caller named it
	Line   int    // 1-based line of the file (a staff list's header is line 1); 0: the whole file
	Column string // the column's header as written, for a problem in one cell
	Msg    *i18n.Message
}

// Code is the problem's stable code: its catalogue key.
func (p Problem) Code() string { return p.Msg.Key }

// What is the message in lang, without the file and line: the column first when there is one.
func (p Problem) What(lang string) string {
	if p.Column != "" {
		return i18n.T(lang, "import.column", p.Column, p.Msg.Text(lang))
	}
	return p.Msg.Text(lang)
}

// Text is FILE:LINE: what is wrong, in lang.
func (p Problem) Text(lang string) string { return p.Where() + ": " + p.What(lang) }

// Where is FILE:LINE, or FILE for a problem with the whole file.
func (p Problem) Where() string {
	if p.Line > 0 {
		return p.File + ":" + strconv.Itoa(p.Line)
	}
	return p.File
}

func (p Problem) Error() string { return p.Text(i18n.EN) }

func problem(file string, line int, column, key string, args ...any) Problem {
	return Problem{File: file, Line: line, Column: column, Msg: i18n.Msg(key, args...)}
}

// sortProblems puts problems in line order (those about the whole file first), keeping
// the order of those on one line.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
}
