package privacy

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/staffnote/follow/pkg/textfold"
)

// A scanner and its reference (reference_test.go), compiled from the same options.
type scannerPair struct {
	fast *Scanner
	ref  *refScanner
}

func newPair(o Options) scannerPair { return scannerPair{New(o), refNew(o)} }

// Pairs with fixed options, compiled once: the reference takes about 0.1 ms to compile.
var fixedPairs = sync.OnceValue(func() []scannerPair {
	return []scannerPair{
		newPair(Options{}),
		newPair(Options{Extra: []string{"テスト", "x", "ｶﾞ", " 社外秘 ", "１２"}, AllowMarker: "lint:ok"}),
	}
})

// checkSame fails when the scanner and the reference disagree on src, line by line too.
func checkSame(t *testing.T, p scannerPair, src []byte) {
	t.Helper()
	got, want := p.fast.Scan(src), p.ref.Scan(src)
	if !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Fatalf("Scan(%q):\ngot  %s\nwant %s", src, dumpHits(got), dumpHits(want))
	}
	line, _, _ := bytes.Cut(src, []byte("\n"))
	got, want = p.fast.ScanLine(7, string(line)), p.ref.ScanLine(7, string(line))
	if !slices.Equal(got, want) {
		t.Fatalf("ScanLine(%q):\ngot  %s\nwant %s", line, dumpHits(got), dumpHits(want))
	}
}

// checkFoldSame fails when fold and the reference's fold disagree on line, or when fold
// does not note exactly the positions of the first runes of table's words.
func checkFoldSame(t *testing.T, line []byte, table *wordTable) {
	t.Helper()
	var f textfold.Line
	f.Fold(line, &table.starts)
	want := refFold(string(line))
	digits := 0
	var starts []int
	for i, r := range want.r {
		if isDigit(r) {
			digits++
		}
		if len(table.startingWith(r)) > 0 {
			starts = append(starts, i)
		}
	}
	if !slices.Equal(f.R, want.r) || !slices.Equal(f.Off, want.off) || f.Digits != digits {
		t.Fatalf("fold(%q) = %q %v %d digits, want %q %v %d digits", line, string(f.R), f.Off, f.Digits, string(want.r), want.off, digits)
	}
	// Columns asked in increasing order (as hits come), then in decreasing order.
	up, down := f.Columns(line), f.Columns(line)
	for i, c := range want.col {
		if got := up.Of(i); got != c {
			t.Fatalf("fold(%q): column of %d = %d, want %d", line, i, got, c)
		}
		if j := len(want.col) - 1 - i; down.Of(j) != want.col[j] {
			t.Fatalf("fold(%q): column of %d asked after a later one = %d, want %d", line, j, down.Of(j), want.col[j])
		}
	}
	// f.Marks may hold more positions (runes beyond the BMP), never fewer.
	var noted []int
	for k, i := range f.Marks {
		if k > 0 && i <= f.Marks[k-1] {
			t.Fatalf("fold(%q): starts not increasing: %v", line, f.Marks)
		}
		if len(table.startingWith(f.R[i])) > 0 {
			noted = append(noted, i)
		} else if f.R[i] < 0x10000 {
			t.Fatalf("fold(%q): start noted at %d (%q), where no word starts", line, i, f.R[i])
		}
	}
	if !slices.Equal(noted, starts) {
		t.Fatalf("fold(%q): words start at %v, noted %v", line, starts, noted)
	}
}

func dumpHits(hits []Hit) string {
	var b strings.Builder
	for _, h := range hits {
		fmt.Fprintf(&b, "\n  %d:%d %s %q %q %q", h.Line, h.Column, h.Kind, h.Match, h.Category, h.Msg)
	}
	if hits == nil {
		return "nil"
	}
	return b.String()
}

// FuzzScanMatchesReference: for any input, the scanner finds exactly what the reference
// (the scanner before the fast path) finds, with the same positions, rules, matches,
// categories and messages, whatever the word list and allow marker.
func FuzzScanMatchesReference(f *testing.F) {
	seeds := []struct{ src, word, marker string }{
		{record, "", ""},
		{"個人番号１２３４５６７８９０１８、カード ４１１１－１１１１－１１１１－１１１１", "", ""},
		{"番号 1234ー5678ー9018 と 1234\u30005678\u30009018 と 1234\u00a05678 9018", "", ""},
		{"2026-12-05 1234 5678 9018, 1.123456789018, +81 123456789018, x123456789018", "", ""},
		{"ｶﾞﾝの治療、ﾊﾟｽﾜｰﾄﾞ、ｶ\u3099ン、か\u3099ん、は\u309aすわーど", "", ""},
		{"ﾞﾟ\u3099\u309aｰ-ー1-", "ﾞ", ""},
		{"う\u3099つ病 うﾞつ病 ｳﾞ ウ\u3099 か\u3099ん ハ\u309aスワード ｶﾞﾝｶﾞ", "ゔ", ""},
		{"a\r\n通院\r\n\r\n  123456789018\r\nlast 病歴\r", "", ""},
		{"\ufeff通院\xff\xfe病歴\xe3\x81 123456789018 \xf0\x9f", "", ""},
		{"🙂🙂 123456789018 ＰＡＳＳＷＯＲＤ archive hivemind HIV", "", ""},
		{"通院 <!-- follow:allow privacy-card --> 4111 1111 1111 1111 123456789018", "", ""},
		{"社外秘 通院 # lint:ok privacy-sensitive", "社外秘", "lint:ok"},
		{"適性診断と診断、がんばると胃がん、スローガンとガン", "がん", ""},
		{"x1２3456789018y テスト テストテスト", "テスト", "テ"},
		{"\t\t4111111111111111\t378282246310005 3530111333300000", "", ""},
	}
	for _, s := range seeds {
		f.Add([]byte(s.src), s.word, s.marker)
	}
	f.Fuzz(func(t *testing.T, src []byte, word, marker string) {
		for _, p := range fixedPairs() {
			checkSame(t, p, src)
		}
		// A word list of the fuzzed word, with exceptions around it, and as an extra word.
		o := Options{
			Words:       []Word{{Text: word, Category: "x", Except: []string{word + "か", "ガ" + word, "ｶﾞ"}}, {Text: "がん", Category: "y"}},
			Extra:       []string{word, strings.ToUpper(word)},
			AllowMarker: marker,
		}
		checkSame(t, newPair(o), src)
		table := fixedPairs()[1].fast.words
		for line := range bytes.SplitSeq(src, []byte("\n")) {
			checkFoldSame(t, line, table)
		}
		checkFoldSame(t, []byte(word), table)
	})
}

// spikes are what TestScanMatchesReferenceOnRecords writes into generated records: numbers
// and words in every width and spelling the scanner reads, near misses, and allow markers.
var spikes = []string{
	"個人番号 1234 5678 9018 を預かった",
	"番号１２３４－５６７８－９０１８、ｶｰﾄﾞ ４１１１ １１１１ １１１１ １１１１",
	"2026-12-05 1234 5678 9018",
	"カード 4111-1111-1111-1111 <!-- follow:allow privacy-mynumber -->",
	"ｶﾞﾝの治療で通院 <!-- follow:allow privacy-card -->",
	"パスワード変更の対応、パスワード: x、Password=y",
	"適性診断、健康診断の結果、診断書",
	"がんばっている、胃がん、ガンマ線、乳ガン",
	"1.123456789018 x123456789018 +81 123456789018 202612051230",
	"通院 <!-- follow:allow -->",
	"本籍\r",
	"\xff\xfe病歴",
}

// TestScanMatchesReferenceOnRecords: on every generated record, as it is and with sensitive
// text written into it (at the start, in the middle and at the end of lines), the scanner
// finds exactly what the reference finds.
func TestScanMatchesReferenceOnRecords(t *testing.T) {
	p := fixedPairs()[0]
	found := 0
	for k, src := range generatedRecords(t) {
		checkSame(t, p, src)
		lines := bytes.Split(src, []byte("\n"))
		for i := range lines {
			if (i+k)%5 != 0 {
				continue
			}
			spike := []byte(spikes[(i+k)%len(spikes)])
			var l []byte
			switch (i / 5) % 3 {
			case 0:
				l = slices.Concat(spike, lines[i])
			case 1:
				mid := len(lines[i]) / 2
				l = slices.Concat(lines[i][:mid], spike, lines[i][mid:])
			default:
				l = slices.Concat(lines[i], []byte(" "), spike)
			}
			lines[i] = l
		}
		spiked := bytes.Join(lines, []byte("\n"))
		checkSame(t, p, spiked)
		found += len(p.fast.Scan(spiked))
	}
	if found < 1000 {
		t.Errorf("only %d hits in the spiked records: the comparison proves little", found)
	}
}
