package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/schedule"
)

// awkward are texts whose JSON escaping differs between encoders: quotes, backslashes,
// every kind of control character, invalid UTF-8, U+2028/U+2029, HTML's <, > and &,
// Japanese.
var awkward = []string{"", `"quoted" \ back`, "tab\there\nnew\rret\bbs\fff", "\x00\x01\x1b\x1f\x7f", "bad \xff\xfe utf8 \xe3\x81",
	"line\u2028sep\u2029para", "<b>&amp;</b>", "山田 花子 ｶﾀｶﾅ 🎌", "\u0085 next line"}

// DueJSON writes the bytes encoding/json writes for the same items (render.WriteJSON),
// whatever the texts hold.
func TestDueJSONMatchesEncoding(t *testing.T) {
	items := dueItems(t)
	for i, s := range awkward {
		it := items[i%2]
		it.What, it.Name, it.SitePhone, it.Line = s, awkward[len(awkward)-1-i], s+s, i*1000
		items = append(items, it)
	}
	items = append(items, schedule.Item{}) // zero date: null
	ending := items[0]
	ending.Ending = ending.Date.AddDays(30) // a last day to come (終了予定)
	items = append(items, ending)
	moved := items[1]
	moved.DueWas = moved.Date.AddDays(-13) // a request whose due was moved (due_was)
	items = append(items, moved)
	// The next appointment's time and place (next_at, next_place), whole, in part, empty.
	for i, at := range []*dates.Appointment{{Time: "15:00", Place: "休憩室"}, {Time: "15:00", End: "16:00"}, {Place: awkward[0]}, {}} {
		it := items[i%2]
		it.At = at
		items = append(items, it)
	}
	for _, list := range [][]schedule.Item{{}, items[:1], items} {
		var want, got bytes.Buffer
		if err := WriteJSON(&want, list); err != nil {
			t.Fatal(err)
		}
		if err := DueJSON(&got, ItemSlice(list)); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("DueJSON of %d items differs from encoding/json:\n%s\nwant:\n%s", len(list), got.String(), want.String())
		}
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range awkward {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendJSONString(nil, s)) + "\n"; got != want.String() {
			t.Errorf("%q: got %s, encoding/json %s", s, got, want.String())
		}
	})
}

// WriteRows writes, in pieces, the bytes Write writes in one call, colours included.
func TestWriteRowsMatchesWrite(t *testing.T) {
	for _, n := range []int{0, 1, streamRows - 1, streamRows, 3*streamRows + 7, parallelRows + 5} {
		tab := Table{Headers: []string{"日付", "n", "what"}, Align: []Alignment{AlignLeft, AlignRight}, MaxWidth: []int{0, 0, 12}}
		for i := range n {
			tab.Rows = append(tab.Rows, []string{strings.Repeat("あ", i%7), strings.Repeat("9", i%5), awkward[i%len(awkward)]})
		}
		tab.RowStyle = func(i int) Style { return Style(i % 3) }
		for _, color := range []bool{false, true} {
			var want, got bytes.Buffer
			if err := tab.Write(&want, color); err != nil {
				t.Fatal(err)
			}
			writes := 0
			err := tab.WriteRows(writerFunc(func(p []byte) (int, error) { writes++; return got.Write(p) }), color, n, func(i int) []string { return tab.Rows[i] })
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%d rows, color %v: WriteRows differs from Write:\n%q\nwant\n%q", n, color, got.String(), want.String())
			}
			if n > 2*streamRows && writes < 2 {
				t.Errorf("%d rows: written in %d call(s), not in pieces", n, writes)
			}
		}
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
