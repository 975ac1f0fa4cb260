package privacy

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		record,
		"123456789018", "1234 5678 9018", "１２３４－５６７８－９０１８", "4111 1111 1111 1111",
		"ｶﾞﾝの治療 <!-- follow:allow privacy-card -->", "\ufeffa\r\nb\xff\xfe", "ﾞﾟ\u3099ｰ-ー1-",
		"follow:allow privacy- , ,privacy--", "2026-12-05 1234 5678 9018", "+81 1",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		hits := Scan(src, Options{Extra: []string{"テスト", "x"}})
		lines := bytes.Count(src, []byte("\n")) + 1
		prevLine, prevCol := 0, 0
		for _, h := range hits {
			if h.Line < 1 || h.Line > lines || h.Column < 1 {
				t.Fatalf("bad position %d:%d", h.Line, h.Column)
			}
			if h.Line < prevLine || (h.Line == prevLine && h.Column < prevCol) {
				t.Fatalf("hits out of order at %d:%d", h.Line, h.Column)
			}
			prevLine, prevCol = h.Line, h.Column
			if !utf8.ValidString(h.Match) || !utf8.ValidString(h.Msg) {
				t.Fatalf("invalid UTF-8 in %q / %q", h.Match, h.Msg)
			}
			if h.Kind != Sensitive && strings.Count(h.Match, "*") < 4 {
				t.Fatalf("number not masked: %q", h.Match)
			}
			if h.Msg == "" || (h.Kind == Sensitive && h.Category == "") {
				t.Fatalf("hit without message or category: %+v", h)
			}
		}
		// Allowing every line silences every rule.
		allowed := bytes.ReplaceAll(src, []byte("\n"), []byte(" <!-- follow:allow -->\n"))
		allowed = append(allowed, " <!-- follow:allow -->"...)
		if h := Scan(allowed, Options{}); len(h) != 0 {
			t.Fatalf("allowed lines still reported: %+v", h[0])
		}
	})
}
