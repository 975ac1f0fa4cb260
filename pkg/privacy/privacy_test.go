package privacy

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/textfold"
)

const record = `---
id: S0001
name: 佐藤 花子
owner: tanaka
notes: |
  個人番号 1234 5678 9018 を預かった
phone: 090-1234-5678
start: 2026-04-01
---
## 2026-04-01 visit
A: 業務は経理。2026-12-05 に更新面談。
B: 通院のため毎週水曜は早退したい → 2026-04-15 までに派遣先と調整
カードは４１１１－１１１１－１１１１－１１１１です
Next: 2026-04-15
`

func render(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, fmt.Sprintf("%d:%d %s %s", h.Line, h.Column, h.Kind, h.Match))
	}
	return out
}

func TestScanRecord(t *testing.T) {
	got := render(Scan([]byte(record), Options{}))
	want := []string{
		"6:8 privacy-mynumber ****-****-9018",
		"12:4 privacy-sensitive 通院",
		"13:5 privacy-card 4111 **** **** 1111",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestColumnsCountCharacters(t *testing.T) {
	tests := []struct {
		line string
		col  int
	}{
		{"123456789018", 1},
		{"あ123456789018", 2},
		{"マイナンバーは123456789018", 8},
		{"🙂🙂 123456789018", 4},       // runes outside the BMP count as one
		{"ｶﾞｶﾞ 123456789018", 6},     // half-width kana and their marks count as they are written
		{"\xff\xfe 123456789018", 4}, // each invalid byte counts as one
		{"\t\t123456789018", 3},      // a tab is one character
		{"　　通院", 3},                  // ideographic spaces
		{"ＡＢＣ password", 5},
	}
	for _, tt := range tests {
		hits := Scan([]byte("x\n"+tt.line+"\n"), Options{})
		if len(hits) != 1 || hits[0].Line != 2 || hits[0].Column != tt.col {
			t.Errorf("%q: %v, want 2:%d", tt.line, render(hits), tt.col)
		}
	}
}

func TestLineEndings(t *testing.T) {
	src := "\ufeff通院\r\na\r\n\r\n  123456789018\r\nlast 病歴"
	got := strings.Join(render(Scan([]byte(src), Options{})), ",")
	want := "1:1 privacy-sensitive 通院,4:3 privacy-mynumber ****-****-9018,5:6 privacy-sensitive 病歴"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	if hits := Scan(nil, Options{}); hits != nil {
		t.Errorf("empty input: %v", hits)
	}
	if hits := Scan([]byte("\n\n\n"), Options{}); hits != nil {
		t.Errorf("blank lines: %v", hits)
	}
}

func TestHitsInColumnOrder(t *testing.T) {
	line := "通院 4111111111111111 病歴 123456789018 password"
	got := render(Scan([]byte(line), Options{}))
	want := []string{
		"1:1 privacy-sensitive 通院",
		"1:4 privacy-card 4111 **** **** 1111",
		"1:21 privacy-sensitive 病歴",
		"1:24 privacy-mynumber ****-****-9018",
		"1:37 privacy-sensitive password",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAllowMarker(t *testing.T) {
	const all = "123456789018 4111111111111111 通院"
	tests := []struct {
		line string
		want string // the kinds still reported, by first letter: m(ynumber), c(ard), s(ensitive)
	}{
		{all, "mcs"},
		{all + " <!-- follow:allow -->", ""},
		{"# follow:allow\t" + all, ""},
		{all + " <!-- follow:allow privacy -->", ""},
		{all + " <!-- follow:allow privacy-card -->", "ms"},
		{all + " <!-- follow:allow privacy-card-->", "ms"},
		{all + " <!-- follow:allow privacy-mynumber, privacy-sensitive -->", "c"},
		{all + " <!-- follow:allow privacy-mynumber privacy-card: reviewed by Sato -->", "s"},
		{all + " <!-- follow:allow reviewed by Sato -->", ""},
		{all + " <!-- follow:allow PRIVACY-SENSITIVE -->", "mc"},
		{all + " <!-- follow:allow privacy-unknown -->", "mcs"}, // selects nothing
		{all + " <!-- follow:allow privacy-card --> <!-- follow:allow privacy-sensitive -->", "m"},
		{all + " <!-- follow:allowed -->", "mcs"},
		{all + " <!-- follow: allow -->", "mcs"},
		{all + " <!-- Follow:Allow -->", "mcs"}, // the marker is case-sensitive
	}
	for _, tt := range tests {
		got := ""
		for _, h := range Scan([]byte(tt.line), Options{}) {
			got += string(h.Kind[len("privacy-")])
		}
		if got != tt.want {
			t.Errorf("%q: reported %q, want %q", tt.line, got, tt.want)
		}
	}
	// The marker covers its own line only.
	src := "<!-- follow:allow -->\n通院\n通院 <!-- follow:allow -->\n"
	if got := render(Scan([]byte(src), Options{})); len(got) != 1 || got[0] != "2:1 privacy-sensitive 通院" {
		t.Errorf("marker scope: %v", got)
	}
	// A repository may use its own marker.
	o := Options{AllowMarker: "lint:ok"}
	if hits := Scan([]byte("通院 # lint:ok"), o); hits != nil {
		t.Errorf("own marker: %v", render(hits))
	}
	if hits := Scan([]byte("通院 # follow:allow"), o); len(hits) != 1 {
		t.Errorf("default marker with an own marker set: %v", render(hits))
	}
}

func TestAllows(t *testing.T) {
	line := "x <!-- follow:allow privacy-card -->"
	if !Allows(line, "", Card) || Allows(line, "", MyNumber) || Allows(line, "", Sensitive) {
		t.Error("Allows with a selector")
	}
	if !Allows("# follow:allow", "", MyNumber) || Allows("nothing here", "", MyNumber) {
		t.Error("Allows without a selector")
	}
	if Allows("# follow:allow", "", Kind("date")) {
		t.Error("Allows covers a rule that is not a privacy rule")
	}
}

var digitRun = regexp.MustCompile(`[0-9]`)

func TestMaskingNeverRevealsTheNumber(t *testing.T) {
	numbers := []string{
		"123456789018", "1234 5678 9018", "１２３４－５６７８－９０１８",
		"4111111111111111", "4111 1111 1111 1111", "378282246310005", "3530111333300000",
		"30569309025904", "4222222222222", "6011111111111117",
	}
	for _, n := range numbers {
		hits := Scan([]byte("番号 "+n+" です"), Options{})
		if len(hits) != 1 {
			t.Errorf("%q: %v", n, render(hits))
			continue
		}
		digits := strings.Join(digitRun.FindAllString(string(textfold.Runes(n)), -1), "")
		h := hits[0]
		for _, s := range []string{h.Match, h.Msg, h.String()} {
			shown := strings.Join(digitRun.FindAllString(s, -1), "")
			if strings.Contains(s, n) || strings.Contains(shown, digits) || len(digitRun.FindAllString(h.Match, -1)) > 8 {
				t.Errorf("%q: %q reveals the number", n, s)
			}
		}
		if h.Kind == MyNumber && len(digitRun.FindAllString(h.Match, -1)) > 4 {
			t.Errorf("%q: My Number mask %q shows more than four digits", n, h.Match)
		}
	}
}

func TestMessages(t *testing.T) {
	hits := Scan([]byte("123456789018 4111111111111111 通院 本籍"), Options{})
	if len(hits) != 4 {
		t.Fatalf("%v", render(hits))
	}
	wants := [][]string{
		{"My Number (個人番号)", "****-****-9018", "follow:allow privacy-mynumber", "remove it"},
		{"payment card number", "4111 **** **** 1111", "Visa", "Luhn", "follow:allow privacy-card"},
		{`"通院"`, "要配慮個人情報", "prior consent", "follow:allow privacy-sensitive"},
		{`"本籍"`, "dispatch guidelines", "follow:allow privacy-sensitive"},
	}
	for i, h := range hits {
		for _, w := range wants[i] {
			if !strings.Contains(h.Msg, w) {
				t.Errorf("message %q lacks %q", h.Msg, w)
			}
		}
	}
	if hits[1].Category != "Visa" || hits[2].Category != CatMedical || hits[0].Category != "" {
		t.Errorf("categories: %q %q %q", hits[0].Category, hits[1].Category, hits[2].Category)
	}
	for _, k := range Kinds {
		if k.Doc() == "" || k.String() != string(k) || !strings.HasPrefix(string(k), "privacy-") {
			t.Errorf("kind %q", k)
		}
	}
	if Kind("x").Doc() != "" {
		t.Error("unknown kind has a doc")
	}
	if s := hits[0].String(); !strings.HasPrefix(s, "1:1: looks like a My Number") || !strings.HasSuffix(s, "[privacy-mynumber]") {
		t.Errorf("String() = %q", s)
	}
}

func TestScannerReuse(t *testing.T) {
	s := New(Options{Extra: []string{"社外秘"}})
	for i := 0; i < 3; i++ {
		if got := render(s.Scan([]byte("社外秘\n通院"))); len(got) != 2 {
			t.Fatalf("run %d: %v", i, got)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	src := []byte(strings.Repeat(record, 20))
	s := New(Options{})
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		s.Scan(src)
	}
}
