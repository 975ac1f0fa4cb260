package importer

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/privacy"
)

func day(s string) dates.Date {
	d, err := dates.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

// sjis encodes s in Shift_JIS (CP932), as Excel saves a CSV in Japan.
func sjis(t testing.TB, s string) []byte {
	t.Helper()
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("cannot encode %q in CP932: %v", s, err)
	}
	return b
}

// texts renders problems as FILE:LINE: what (English), one per line.
func texts(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s [%s]\n", p.Text("en"), p.Code())
	}
	return b.String()
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]Encoding{"": Auto, "AUTO": Auto, "utf8": UTF8, "UTF-8": UTF8, "cp932": CP932,
		"Shift_JIS": CP932, "sjis": CP932, "Windows-31J": CP932} {
		if got, ok := ParseEncoding(in); !ok || got != want {
			t.Errorf("ParseEncoding(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := ParseEncoding("euc-jp"); ok {
		t.Errorf("euc-jp is accepted")
	}
}

func TestDecode(t *testing.T) {
	// 髙 (IBM extension), ① (NEC special) and ～ are CP932's own: Excel writes them.
	const ja = "氏名,メモ\r\n髙橋 ①,10時～\r\n"
	tests := []struct {
		name string
		src  []byte
		enc  Encoding
		want string
		used Encoding
		prob string
	}{
		{"UTF-8", []byte(ja), Auto, ja, UTF8, ""},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, ja...), Auto, ja, UTF8, ""},
		{"Shift_JIS found", sjis(t, ja), Auto, ja, CP932, ""},
		{"Shift_JIS told", sjis(t, ja), CP932, ja, CP932, ""},
		{"ASCII is UTF-8", []byte("id,name\n"), Auto, "id,name\n", UTF8, ""},
		{"Shift_JIS read as UTF-8", sjis(t, "id,name\nS1,x\nS2,山田\n"), UTF8, "", "", "f.csv:3: not UTF-8 text (Shift_JIS? use --encoding cp932 or auto) [import.notutf8]\n"},
		{"neither", []byte("id,name\nS1,\x80\xff\n"), Auto, "", "", "f.csv:2: neither UTF-8 nor Shift_JIS (CP932) text: save the file as \"CSV UTF-8\" or \"CSV (comma delimited)\" [import.noencoding]\n"},
		{"UTF-16", []byte{0xFF, 0xFE, 'i', 0, 'd', 0}, Auto, "", "", "f.csv: the file is UTF-16 (Excel's \"Unicode text\"): save it as \"CSV UTF-8\" or \"CSV (comma delimited)\" [import.utf16]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, used, p := Decode("f.csv", tc.src, tc.enc)
			if p != nil {
				if s := texts([]Problem{*p}); s != tc.prob {
					t.Errorf("problem %q, want %q", s, tc.prob)
				}
				return
			}
			if tc.prob != "" {
				t.Fatalf("no problem, want %q", tc.prob)
			}
			if string(got) != tc.want || used != tc.used {
				t.Errorf("Decode = %q (%s), want %q (%s)", got, used, tc.want, tc.used)
			}
		})
	}
}

func TestReadStaffJapanese(t *testing.T) {
	// Excel's CSV: CRLF, a cell with a comma and a line break in quotes, full-width and
	// spaced headers, a column follow does not read, a blank row at the end.
	src := "スタッフ　ＩＤ,氏名,フリガナ,派遣先,部署,指揮命令者,営業担当,上長,就業開始日,契約終了日,備考\r\n" +
		"Ｓ０２０１,髙橋 一郎,タカハシ イチロウ,\"株式会社サンプル, 東京\",\"経理部\r\n経理課\",田中 二郎,佐藤,鈴木,2026/12/1,令和9年2月28日,\"初日は\r\n9時集合\"\r\n" +
		"S0202,山本 花子,,株式会社テスト,総務部,,,,R8.11.16,,\r\n" +
		",,,,,,,,,,\r\n"
	for _, enc := range []string{"utf-8", "cp932"} {
		t.Run(enc, func(t *testing.T) {
			b := []byte(src)
			if enc == "cp932" {
				b = sjis(t, src)
			}
			sh, probs := ReadStaff("staff.csv", b, StaffOptions{})
			if len(probs) > 0 {
				t.Fatalf("problems:\n%s", texts(probs))
			}
			if string(sh.Encoding) != enc {
				t.Errorf("read as %s", sh.Encoding)
			}
			if got := sh.Ignored(); !reflect.DeepEqual(got, []string{"備考"}) {
				t.Errorf("Ignored() = %q", got)
			}
			if len(sh.Rows) != 2 {
				t.Fatalf("%d rows: %+v", len(sh.Rows), sh.Rows)
			}
			r := sh.Rows[0]
			want := Staff{Line: 2, ID: "S0201", Name: "髙橋 一郎", Kana: "タカハシ イチロウ", Client: "株式会社サンプル, 東京",
				Site: "経理部 経理課", Supervisor: "田中 二郎", Owner: "佐藤", Manager: "鈴木", Start: day("2026-12-01"), Until: day("2027-02-28")}
			if r.Line != want.Line || r.ID != want.ID || r.Name != want.Name || r.Kana != want.Kana || r.Client != want.Client ||
				r.Site != want.Site || r.Supervisor != want.Supervisor || r.Owner != want.Owner || r.Manager != want.Manager ||
				r.Start != want.Start || r.Until != want.Until {
				t.Errorf("row 1 = %+v\nwant    %+v", r, want)
			}
			if r.Header["id"] != "スタッフ　ＩＤ" || !r.Given["site"] || r.Given["nothing"] {
				t.Errorf("Header %q, Given %v", r.Header, r.Given)
			}
			// The second row starts on line 5: the quoted line breaks count.
			r = sh.Rows[1]
			if r.Line != 5 || r.Owner != "" || r.Given["owner"] || r.Start != day("2026-11-16") || !r.Until.IsZero() {
				t.Errorf("row 2 = %+v", r)
			}
		})
	}
}

func TestReadStaffEnglishAndMapped(t *testing.T) {
	src := "Staff ID,Name,Kana,Client,Site,Supervisor,Owner,Manager,Start,Until\n" +
		"S0301,Yamada Hanako,やまだ はなこ,Sample Co.,Accounting,Tanaka,Sato,Suzuki,2026-12-01,2027-03-31\n"
	sh, probs := ReadStaff("en.csv", []byte(src), StaffOptions{})
	if len(probs) > 0 || len(sh.Rows) != 1 || sh.Rows[0].Manager != "Suzuki" || sh.Rows[0].Until != day("2027-03-31") {
		t.Fatalf("rows %+v, problems:\n%s", sh.Rows, texts(probs))
	}
	// A back-office system's own headers, mapped in follow.yaml; the mapping wins over
	// what follow knows (担当 is the supervisor here, not the owner).
	src = "社員番号,氏名（漢字）,担当,入構日,営業\nA-1,川口 健太,中野,2026/12/1,森本\n"
	cols := []config.ColumnMap{{Header: "社員番号", Field: "id"}, {Header: "氏名（漢字）", Field: "name"},
		{Header: "担当", Field: "supervisor"}, {Header: "入構日", Field: "start"}, {Header: "営業", Field: "owner"}}
	sh, probs = ReadStaff("own.csv", []byte(src), StaffOptions{Columns: cols})
	if len(probs) > 0 || len(sh.Rows) != 1 {
		t.Fatalf("rows %+v, problems:\n%s", sh.Rows, texts(probs))
	}
	if r := sh.Rows[0]; r.ID != "A-1" || r.Name != "川口 健太" || r.Supervisor != "中野" || r.Owner != "森本" || r.Start != day("2026-12-01") {
		t.Errorf("row = %+v", r)
	}
}

func TestReadStaffHeaderProblems(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"empty", "\r\n\r\n", "l.csv: the staff list is empty: its first row names the columns [import.emptylist]\n"},
		{"columns missing", "名前,メモ\nx,y\n",
			"l.csv:1: no column for the id: name one スタッフコード, スタッフID, スタッフ番号, スタッフNo, ID, staff id, staff code, code, or map your own header in follow.yaml (import.columns) [import.nocolumn]\n" +
				"l.csv:1: no column for the start: name one 就業開始日, 開始日, 就業開始, 派遣開始日, 入社日, start, start date, or map your own header in follow.yaml (import.columns) [import.nocolumn]\n"},
		{"a field twice", "ID,氏名,名前,開始日\n", "l.csv:1: columns 氏名 and 名前 both give the name: keep one [import.dupcolumn]\n"},
		{"not CSV", "ID,氏名,開始日\nS1,\"x\"y,2026-12-01\n", "l.csv:2: not a CSV file follow can read: extraneous or missing \" in quoted-field [import.csv]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, probs := ReadStaff("l.csv", []byte(tc.src), StaffOptions{})
			if got := texts(probs); got != tc.want {
				t.Errorf("problems:\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestReadStaffBadRows: every bad row is reported, with its line and the column, and the
// good rows are still read.
func TestReadStaffBadRows(t *testing.T) {
	src := "ID,氏名,開始日,終了日,備考\n" +
		"S0101,山田 花子,2026-12-01,2027-02-28,\n" + // 2: good
		"../x,佐藤 一,2026-12-01,,\n" + // 3
		"S0103,,2026-12-01,,\n" + // 4
		"S0104,田中 三郎,2026-12-32,,\n" + // 5
		"S0105,中野 四郎,2026-12-01,2026-11-30,\n" + // 6
		"S0106,森 五郎,2026-12-01,,マイナンバー 1234 5678 9018\n" + // 7
		"S0107,林 六郎,12/1,,\n" + // 8
		"S0108,\"村田\x1b]0;x\x07\",46357,,\n" + // 9
		"S0101,山田 花子,2026-12-01,,\n" + // 10
		"S0111,石井 七子,2026-12-01,,,extra\n" + // 11
		"S0112,小林 八郎,20261201,,\n" + // 12
		"S0113,加藤 九,,,\n" // 13
	sh, probs := ReadStaff("s.csv", []byte(src), StaffOptions{})
	want := `s.csv:3: column ID: "../x" is not a staff ID follow accepts: staff ID "../x" must start with a letter or a digit [import.badid]
s.csv:4: column 氏名: no name [import.noname]
s.csv:5: column 開始日: "2026-12-32" is not a real calendar date (December 2026 has 31 days) [import.date]
s.csv:6: column 終了日: the contract end 2026-11-30 is before the start 2026-12-01 [import.untilbefore]
s.csv:7: column 備考: personal data (****-****-9018) must not be imported [privacy-mynumber]: remove it from the file [import.privacy]
s.csv:8: column 開始日: "12/1" has no year: write the full date (2026/12/1, 令和8年12月1日) [import.dateyear]
s.csv:9: column 氏名: a control character (U+001B) has no place in a record [import.control]
s.csv:9: column 開始日: "46357" looks like an Excel date serial number: format the column as a date (yyyy/mm/dd) before saving the CSV [import.dateserial]
s.csv:10: column ID: staff ID S0101 is also on line 2 [import.dupid]
s.csv:11: cell 6 is beyond the 5 columns of the header [import.extracell]
s.csv:12: column 開始日: "20261201": write the date with separators, 2026-12-01 [import.datecompact]
s.csv:13: column 開始日: no start date (the milestones and the 3-year limit count from it) [import.nostart]
`
	if got := texts(probs); got != want {
		t.Errorf("problems:\n%s\nwant\n%s", got, want)
	}
	if len(sh.Rows) != 1 || sh.Rows[0].ID != "S0101" {
		t.Errorf("good rows %+v", sh.Rows)
	}
	ja := probs[1].Text("ja")
	if ja != "s.csv:4: 列「氏名」: 氏名がありません" {
		t.Errorf("in Japanese: %q", ja)
	}
}

func TestReadStaffPrivacyWords(t *testing.T) {
	src := "ID,氏名,開始日,健康状態\nS1,a,2026-12-01,\nS2,b,2026-12-01,良好\n"
	_, probs := ReadStaff("o.csv", []byte(src), StaffOptions{Privacy: privacy.New(privacy.Options{Extra: []string{"健康状態"}})})
	want := "o.csv:3: column 健康状態: personal data (健康状態) must not be imported [privacy-sensitive]: remove it from the file [import.privacy]\n"
	if got := texts(probs); got != want {
		t.Errorf("problems:\n%s\nwant\n%s", got, want)
	}
}

func TestReadDate(t *testing.T) {
	for in, want := range map[string]string{
		"2026-12-01": "2026-12-01", "2026/12/1": "2026-12-01", "2026年12月1日": "2026-12-01", "２０２６／１２／０１": "2026-12-01",
		"2026/12/1 0:00": "2026-12-01", "2026-12-01 10:30:00": "2026-12-01", "2026-12-01T23:30:00-05:00": "2026-12-01",
		"2026-12-01T10:00:00.000Z": "2026-12-01", "2026/12/5(土)": "2026-12-05", " 2026-12-01 ": "2026-12-01",
		"令和8年12月1日": "2026-12-01", "R8.12.1": "2026-12-01", "H31.4.30": "2019-04-30", "令和元年5月1日": "2019-05-01",
		"R8/12/1 0:00": "2026-12-01",
	} {
		d, msg := readDate(in)
		if msg != nil || d.String() != want {
			t.Errorf("readDate(%q) = %s, %v; want %s", in, d, msg, want)
		}
	}
	for in, key := range map[string]string{"H31.5.1": "import.date", "today": "import.dateyear", "+3d": "import.dateyear", "12月1日": "import.dateyear",
		"2026-12-01 25:00": "import.date", "2026-12-01 10:00 JST": "import.date", "soon": "import.date", "45000": "import.dateserial"} {
		if _, msg := readDate(in); msg == nil || msg.Key != key {
			t.Errorf("readDate(%q) = %v, want %s", in, msg, key)
		}
	}
}

// TestFormatDocListsHeaders: docs/CONFIG.md lists exactly the headers follow knows.
func TestFormatDocListsHeaders(t *testing.T) {
	doc, err := os.ReadFile("../../docs/CONFIG.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range config.ImportFields {
		row := "| `" + f + "` | " + strings.Join(aliases.Get()[f], ", ") + " |\n"
		if !strings.Contains(string(doc), row) {
			t.Errorf("docs/CONFIG.md does not list the headers of %s as\n%s", f, row)
		}
	}
}
