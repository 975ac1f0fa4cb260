package render

import (
	"bytes"
	"encoding/csv"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestWriteCSV(t *testing.T) {
	headers := []string{"ID", "名前", "メモ"}
	rows := [][]string{
		{"S0001", "山田 花子", "a,b"},
		{"S0002", "\"引用\"", "line1\nline2"},
		{"S0003", " lead", ""},
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, headers, rows, false); err != nil {
		t.Fatal(err)
	}
	want := "ID,名前,メモ\r\n" +
		"S0001,山田 花子,\"a,b\"\r\n" +
		"S0002,\"\"\"引用\"\"\",\"line1\r\nline2\"\r\n" +
		"S0003,\" lead\",\r\n"
	if b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}

func TestWriteCSVBOM(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, []string{"名前"}, [][]string{{"山田"}}, true); err != nil {
		t.Fatal(err)
	}
	if want := "\xef\xbb\xbf名前\r\n山田\r\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	b.Reset()
	if err := WriteCSV(&b, nil, nil, true); err != nil {
		t.Fatal(err)
	}
	if b.String() != "\xef\xbb\xbf" {
		t.Errorf("nothing but BOM expected, got %q", b.String())
	}
}

func TestWriteCSVHeadersOnly(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, []string{"ID", "期限"}, nil, false); err != nil {
		t.Fatal(err)
	}
	if b.String() != "ID,期限\r\n" {
		t.Errorf("got %q", b.String())
	}
}

func TestCSVSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+81 90-1234-5678", "'+81 90-1234-5678"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tcmd", "'\tcmd"},
		{"\rcmd", "'\rcmd"},
		{"-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"},
		{"- note", "'- note"},
		{"-.5", "'-.5"},
		{"-30", "-30"},
		{"-30d", "-30d"},
		{"-1.5", "-1.5"},
		{"-", "-"},
		{"", ""},
		{"a=b", "a=b"},
		{"山田", "山田"},
		{"＝全角", "＝全角"},
		{"2026-04-15", "2026-04-15"},
	}
	for _, tt := range tests {
		if got := csvSafe(tt.in); got != tt.want {
			t.Errorf("csvSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriteCSVRoundTrip reads the output back with encoding/csv: fields survive except
// for the injection prefix, short rows are padded, invalid UTF-8 is replaced.
func TestWriteCSVRoundTrip(t *testing.T) {
	headers := []string{"ID", "=名前", "備考"}
	rows := [][]string{
		{"S0001", "山田, 花子", "複数\r\n行\nの\"メモ\""},
		{"S0002"},
		{"S0003", "-30", "@here"},
		{"S0004", "bad\xffbyte", "<>&;"},
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, headers, rows, true); err != nil {
		t.Fatal(err)
	}
	data, ok := strings.CutPrefix(b.String(), "\xef\xbb\xbf")
	if !ok {
		t.Fatal("no BOM")
	}
	if strings.Contains(strings.ReplaceAll(data, "\r\n", ""), "\n") {
		t.Errorf("bare LF in output: %q", data)
	}
	got, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"ID", "'=名前", "備考"},
		{"S0001", "山田, 花子", "複数\n行\nの\"メモ\""}, // encoding/csv reads CRLF in quotes as LF
		{"S0002", "", ""},
		{"S0003", "-30", "'@here"},
		{"S0004", "bad\uFFFDbyte", "<>&;"},
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("read back %q\nwant %q", got, want)
	}
}

func TestWriteCSVSingleEmptyColumn(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, []string{"メモ"}, [][]string{{"a"}, {""}, {}, {"b"}}, false); err != nil {
		t.Fatal(err)
	}
	if want := "メモ\r\na\r\n\"\"\r\n\"\"\r\nb\r\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	got, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil || len(got) != 5 {
		t.Errorf("read back %q, %v: want 5 records", got, err)
	}
}

func TestWriteCSVWriteError(t *testing.T) {
	want := errors.New("broken pipe")
	if err := WriteCSV(failWriter{want}, []string{"a"}, [][]string{{"b"}}, false); !errors.Is(err, want) {
		t.Errorf("error = %v, want %v", err, want)
	}
	if err := WriteCSV(failWriter{want}, []string{"a"}, nil, true); !errors.Is(err, want) {
		t.Errorf("BOM error = %v, want %v", err, want)
	}
	if err := WriteCSV(failWriter{want}, []string{"a"}, [][]string{{""}}, false); !errors.Is(err, want) {
		t.Errorf("empty-field error = %v, want %v", err, want)
	}
}
