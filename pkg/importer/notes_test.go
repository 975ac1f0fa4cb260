package importer

import (
	"strings"
	"testing"
)

func TestReadNoteFormats(t *testing.T) {
	body := "\n# 面談\n\n業務に慣れてきた。\n"
	tests := []struct{ name, src, format string }{
		{"YAML", "---\nstaff: S0101\ndate: 2026-12-01\nkind: 訪問\nnext: 2026-12-15\ntags: [面談]\n---\n" + body, "yaml"},
		{"YAML, CRLF and a BOM", "\ufeff---\r\nstaff: S0101\r\ndate: 2026/12/1\r\nkind: 訪問\r\nnext: 2026-12-15\r\n---\r\n" + strings.ReplaceAll(body, "\n", "\r\n"), "yaml"},
		{"YAML, ---yaml", "---yaml\nid: S0101\ndate: 2026年12月1日\nKind: 訪問\nnext: 2026-12-15\n---\n" + body, "yaml"},
		{"TOML", "+++\nstaff = \"S0101\"\ndate = 2026-12-01\nkind = \"訪問\"\nnext = 2026-12-15T10:00:00+09:00\n[extra]\nx = 1\n+++\n" + body, "toml"},
		{"TOML, string dates", "+++\nstaff = \"S0101\"\ndate = \"2026/12/01\"\nkind = \"訪問\"\nnext = \"2026-12-15\"\n+++\n" + body, "toml"},
		{"JSON", "{\n  \"staff\": \"S0101\",\n  \"date\": \"2026-12-01\",\n  \"kind\": \"訪問\",\n  \"next\": \"2026-12-15\",\n  \"draft\": false\n}\n" + body, "json"},
		{"JSON, ;;;", ";;;\n{\"staff\": \"S0101\", \"date\": \"2026-12-01\", \"kind\": \"訪問\", \"next\": \"2026-12-15\"}\n;;;\n" + body, "json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, probs := ReadNote("n.md", []byte(tc.src), NoteOptions{})
			if len(probs) > 0 {
				t.Fatalf("problems:\n%s", texts(probs))
			}
			if n.Format != tc.format || n.Staff != "S0101" || n.Date != day("2026-12-01") || n.Kind != "訪問" || n.Next != day("2026-12-15") {
				t.Errorf("note = %+v", n)
			}
			if strings.TrimSpace(n.Text) != strings.TrimSpace(body) {
				t.Errorf("text = %q, want %q", n.Text, body)
			}
		})
	}
}

// TestNoteYAMLv3: YAML front matter is read with go.yaml.in/yaml/v3 as the text written,
// where adrg/frontmatter's default (gopkg.in/yaml.v2, YAML 1.1, into Go values) reads
// staff: 0123 as the number 83 and kind: no as false, and yaml.v3 into Go values would
// make the date a time.Time and the ID 83 too.
func TestNoteYAMLv3(t *testing.T) {
	src := "---\nstaff: 0123\ndate: 2026-12-01\nkind: no\non: yes\n---\ntext\n"
	n, probs := ReadNote("v3.md", []byte(src), NoteOptions{})
	if len(probs) > 0 {
		t.Fatalf("problems:\n%s", texts(probs))
	}
	if n.Staff != "0123" || n.Date != day("2026-12-01") || n.Kind != "no" {
		t.Errorf("note = %+v, want staff 0123, date 2026-12-01, kind no", n)
	}
	// A key given twice is refused (yaml.v2 keeps the last one silently).
	_, probs = ReadNote("dup.md", []byte("---\nstaff: S1\ndate: 2026-12-01\nStaff: S2\n---\nx\n"), NoteOptions{})
	if got := texts(probs); got != "dup.md:4: Staff is given twice (also on line 2) [import.twice]\n" {
		t.Errorf("a key twice: %s", got)
	}
}

func TestReadNoteProblems(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"no front matter", "# 面談\n\nstaff: S0101\n", "n.md: no front matter: a note starts with --- (YAML), +++ (TOML) or { (JSON) and names at least staff and date [import.nofrontmatter]\n"},
		{"unclosed front matter", "---\nstaff: S0101\ndate: 2026-12-01\n", "n.md: no front matter: a note starts with --- (YAML), +++ (TOML) or { (JSON) and names at least staff and date [import.nofrontmatter]\n"},
		{"bad YAML", "\n---\nstaff: S0101\ndate: [2026-12-01\n---\nx\n", "n.md:3: the yaml front matter cannot be read: did not find expected ',' or ']' [import.frontmatter]\n"},
		{"bad TOML", "+++\nstaff = \"S0101\"\ndate = \n+++\nx\n", "n.md:3: the toml front matter cannot be read: expected value but found '\\n' instead [import.frontmatter]\n"},
		{"bad JSON", "{\n\"staff\": \"S0101\",\n\"date\": 2026-12-01\n}\n\nx\n", "n.md:3: the json front matter cannot be read: invalid character '-' after object key:value pair [import.frontmatter]\n"},
		{"YAML list", "---\n- S0101\n---\nx\n", "n.md:2: the yaml front matter must be keys and values (staff, date, ...) [import.fmnotmap]\n"},
		{"nothing", "---\ntitle: 面談\n---\nx\n", "n.md:1: no staff: name the staff member's ID (staff: S0101, or id:) [import.nostaff]\n" +
			"n.md:1: no date: give the note's date (date: 2026-12-01) [import.nodate]\n"},
		{"bad values", "---\nstaff: S 0101\ndate: 2026-02-30\nnext: tomorrow\nkind: [a]\n---\nx\n",
			"n.md:2: \"S 0101\" is not a staff ID follow accepts: staff ID \"S 0101\" may only hold ASCII letters, digits, '-', '_' and '.' (found ' ') [import.badid]\n" +
				"n.md:3: \"2026-02-30\" is not a real calendar date (February 2026 has 28 days) [import.date]\n" +
				"n.md:4: \"tomorrow\" has no year: write the full date (2026/12/1, 令和8年12月1日) [import.dateyear]\n" +
				"n.md:5: kind must be a single value [import.notscalar]\n"},
		{"staff and id differ", "---\nstaff: S0101\nid: S0102\ndate: 2026-12-01\n---\nx\n", "n.md:3: staff S0101 and id S0102 name different staff members [import.twostaff]\n"},
		{"next before", "---\nstaff: S0101\ndate: 2026-12-01\nnext: 2026-11-30\n---\nx\n", "n.md:4: next 2026-11-30 is before the note's date 2026-12-01 [import.nextbefore]\n"},
		{"empty", "---\nstaff: S0101\ndate: 2026-12-01\n---\n\n\n", "n.md:5: the note has no text and no next date: nothing to import [import.emptynote]\n"},
		{"unclosed code", "---\nstaff: S0101\ndate: 2026-12-01\n---\n```\ncode\n", "n.md:5: the text cannot be one entry: the text does not end where it starts: close its code block (```) or HTML comment (<!-- -->) [import.text]\n"},
		{"personal data", "---\nstaff: S0101\ndate: 2026-12-01\n---\n面談した。\n持病の通院で休みがち。\nカード 4111 1111 1111 1111\n",
			"n.md:6: personal data (持病) must not be imported [privacy-sensitive]: remove it from the file [import.privacy]\n" +
				"n.md:6: personal data (通院) must not be imported [privacy-sensitive]: remove it from the file [import.privacy]\n" +
				"n.md:7: personal data (4111 **** **** 1111) must not be imported [privacy-card]: remove it from the file [import.privacy]\n"},
		{"personal data in the front matter", "---\nstaff: S0101\ndate: 2026-12-01\ntitle: 病歴の相談\n---\nx\n",
			"n.md:4: personal data (病歴) must not be imported [privacy-sensitive]: remove it from the file [import.privacy]\n"},
		{"Shift_JIS is read", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.src)
			if tc.src == "" {
				src = sjis(t, "---\nstaff: S0101\ndate: 令和8年12月1日\nkind: 電話\n---\n面談メモ\n")
			}
			_, probs := ReadNote("n.md", src, NoteOptions{})
			if got := texts(probs); got != tc.want {
				t.Errorf("problems:\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
