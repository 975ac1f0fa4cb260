package render

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func sampleTable() *Table {
	return &Table{
		Headers: []string{"ID", "名前", "件数", "メモ"},
		Rows: [][]string{
			{"S0001", "山田 花子", "3", "ＡＢＣ"},
			{"S0002", "ｶﾀｶﾅ", "12", ""},
			{"S10", "Bob", "7", "line1\nline2"},
		},
		Align: []Alignment{AlignLeft, AlignLeft, AlignRight},
	}
}

func writeTable(t *testing.T, tb *Table, color bool) string {
	t.Helper()
	var b bytes.Buffer
	if err := tb.Write(&b, color); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.String()
}

func TestTableJapaneseAlignment(t *testing.T) {
	got := writeTable(t, sampleTable(), false)
	want := "" +
		"ID     名前       件数  メモ\n" +
		"S0001  山田 花子     3  ＡＢＣ\n" +
		"S0002  ｶﾀｶﾅ         12\n" +
		"S10    Bob           7  line1 line2\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// Every column starts at the same display offset on every line.
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	for _, cell := range []string{"名前", "山田", "ｶﾀｶﾅ", "Bob"} {
		for _, l := range lines {
			if i := strings.Index(l, cell); i >= 0 && Width(l[:i]) != 7 {
				t.Errorf("column 2 of %q starts at cell %d, want 7", l, Width(l[:i]))
			}
		}
	}
	for _, cell := range []string{"メモ", "ＡＢＣ", "line1"} {
		for _, l := range lines {
			if i := strings.Index(l, cell); i >= 0 && Width(l[:i]) != 24 {
				t.Errorf("column 4 of %q starts at cell %d, want 24", l, Width(l[:i]))
			}
		}
	}
}

func TestTableNoTrailingSpacesNoEscapes(t *testing.T) {
	tb := sampleTable()
	tb.Rows = append(tb.Rows,
		[]string{"S11", "", "", ""},
		[]string{"S12", "trailing   ", "", "  "},
		[]string{"", "", "", ""},
	)
	tb.RowStyle = func(int) Style { return StyleRed }
	got := writeTable(t, tb, false)
	if strings.IndexByte(got, 0x1b) >= 0 {
		t.Errorf("escape byte written with color=false:\n%q", got)
	}
	for _, l := range strings.Split(got, "\n") {
		if strings.HasSuffix(l, " ") {
			t.Errorf("trailing space in %q", l)
		}
	}
	if !strings.HasSuffix(got, "S11\nS12    trailing\n\n") {
		t.Errorf("short rows not trimmed:\n%q", got)
	}
}

func TestTableEmpty(t *testing.T) {
	for _, tb := range []*Table{
		nil,
		{},
		{Headers: []string{"ID", "名前"}},
		{Headers: []string{"ID"}, Rows: [][]string{}},
		{Rows: [][]string{{}, {}}},
	} {
		var b bytes.Buffer
		if err := tb.Write(&b, true); err != nil {
			t.Errorf("Write: %v", err)
		}
		if b.Len() != 0 {
			t.Errorf("empty table wrote %q", b.String())
		}
	}
}

func TestTableNoHeaders(t *testing.T) {
	tb := &Table{Rows: [][]string{{"a", "山"}, {"bbb", "c"}}}
	want := "a    山\nbbb  c\n"
	if got := writeTable(t, tb, false); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTableRaggedRows(t *testing.T) {
	tb := &Table{
		Headers: []string{"A"},
		Rows:    [][]string{{"1", "extra", "x"}, {"22"}},
		Align:   []Alignment{AlignRight},
	}
	want := "" +
		" A\n" +
		" 1  extra  x\n" +
		"22\n"
	if got := writeTable(t, tb, false); got != want {
		t.Errorf("got:\n%q\nwant:\n%q", got, want)
	}
}

func TestTableMaxWidth(t *testing.T) {
	tb := &Table{
		Headers:  []string{"担当者名", "Note"},
		Rows:     [][]string{{"山田 花子", "short"}, {"ｶﾀｶﾅｶﾀｶﾅ", "a very long note"}},
		MaxWidth: []int{5, 0},
	}
	want := "" +
		"担当…  Note\n" +
		"山田…  short\n" +
		"ｶﾀｶﾅ…  a very long note\n"
	if got := writeTable(t, tb, false); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	tb.MaxWidth = []int{-1} // negative means no cap, missing entries too
	want = "" +
		"担当者名   Note\n" +
		"山田 花子  short\n" +
		"ｶﾀｶﾅｶﾀｶﾅ   a very long note\n"
	if got := writeTable(t, tb, false); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableCleansCells(t *testing.T) {
	tb := &Table{Rows: [][]string{
		{"a\tb", "c\r\nd", "e\rf", "g\x1b[31mh", "i\u0085j", "k\xffl", "\u202eevil", "\x7f"},
	}}
	want := `a b  c d  e f  g\x1b[31mh  i\u0085j  k` + "\uFFFD" + `l  \u202eevil  \u007f` + "\n"
	if got := writeTable(t, tb, false); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

var sgrRE = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestTableColor(t *testing.T) {
	tb := sampleTable()
	tb.RowStyle = func(row int) Style {
		return []Style{StyleRed, StyleNone, StyleDim}[row]
	}
	plain := writeTable(t, tb, false)
	colored := writeTable(t, tb, true)
	if stripped := sgrRE.ReplaceAllString(colored, ""); stripped != plain {
		t.Errorf("colour changed the layout:\n%s\nvs\n%s", stripped, plain)
	}
	lines := strings.Split(colored, "\n")
	wantHeader := "\x1b[1mID   \x1b[0m  \x1b[1m名前     \x1b[0m  \x1b[1m件数\x1b[0m  \x1b[1mメモ\x1b[0m"
	if lines[0] != wantHeader {
		t.Errorf("header = %q, want %q", lines[0], wantHeader)
	}
	wantRow0 := "\x1b[31mS0001\x1b[0m  \x1b[31m山田 花子\x1b[0m  \x1b[31m   3\x1b[0m  \x1b[31mＡＢＣ\x1b[0m"
	if lines[1] != wantRow0 {
		t.Errorf("row 0 = %q, want %q", lines[1], wantRow0)
	}
	if lines[2] != "S0002  ｶﾀｶﾅ         12" {
		t.Errorf("unstyled row = %q", lines[2])
	}
	if !strings.HasPrefix(lines[3], "\x1b[2mS10  \x1b[0m") {
		t.Errorf("dim row = %q", lines[3])
	}
}

// TestTableRowStyleIndex checks that RowStyle receives the index into Rows whether or
// not there is a header line.
func TestTableRowStyleIndex(t *testing.T) {
	for _, headers := range [][]string{nil, {"H"}} {
		var seen []int
		tb := &Table{
			Headers:  headers,
			Rows:     [][]string{{"a"}, {"b"}, {"c"}},
			RowStyle: func(row int) Style { seen = append(seen, row); return StyleNone },
		}
		writeTable(t, tb, true)
		if len(seen) != 3 || seen[0] != 0 || seen[1] != 1 || seen[2] != 2 {
			t.Errorf("headers %v: RowStyle called with %v, want [0 1 2]", headers, seen)
		}
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func TestTableWriteError(t *testing.T) {
	want := errors.New("disk full")
	if err := sampleTable().Write(failWriter{want}, false); !errors.Is(err, want) {
		t.Errorf("Write error = %v, want %v", err, want)
	}
}

// TestTableParallelSameAsSerial: a table long enough to be measured on every core comes
// out byte for byte as when it is measured row after row.
func TestTableParallelSameAsSerial(t *testing.T) {
	tab := Table{Headers: []string{"日付", "名前", "内容"}, Align: []Alignment{AlignLeft, AlignRight}, MaxWidth: []int{0, 0, 12}}
	for i := range 5000 {
		tab.Rows = append(tab.Rows, []string{fmt.Sprintf("2026-12-%02d", i%28+1), strings.Repeat("山", i%7), fmt.Sprintf("面談 %d 回目の記録と次回の予定", i)})
	}
	var par, ser strings.Builder
	if err := tab.Write(&par, false); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { parallelRows = n }(parallelRows)
	parallelRows = 1 << 30
	if err := tab.Write(&ser, false); err != nil {
		t.Fatal(err)
	}
	if par.String() != ser.String() {
		t.Fatal("the table measured on every core differs from the one measured row after row")
	}
}

// The fast path of cleanCell (nothing to change but trailing spaces) gives what the rune by
// rune path gives, for any text.
func FuzzCleanCell(f *testing.F) {
	for _, s := range []string{"", "plain  ", "株式会社ミナト精工", "a\tb", "x\r\ny", "\x1b[31m赤", "\u202e逆", "\xff\xfe", "\u0085", "全角　スペース　", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanCell(s), cleanCellSlow(s); got != want {
			t.Errorf("cleanCell(%q) = %q; rune by rune %q", s, got, want)
		}
	})
}
