package render

import (
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		s     string
		width int
		want  []string
	}{
		// Japanese breaks between any two characters...
		{"佐々木さんに後処理時間の延長を相談", 10, []string{"佐々木さん", "に後処理時", "間の延長を", "相談"}},
		// ... but no line starts with closing punctuation or a small kana, nor ends with an
		// opening bracket (禁則処理).
		{"派遣先に確認。来週返事", 12, []string{"派遣先に確", "認。来週返事"}},
		{"本人と相談（総務）", 10, []string{"本人と相談", "（総務）"}},
		{"ちょっと待つ", 4, []string{"ちょ", "っと", "待つ"}},
		// English breaks at spaces, which end no line and start none.
		{"ask the supervisor about a new seat", 12, []string{"ask the", "supervisor", "about a new", "seat"}},
		// A word wider than a line is broken where it must.
		{"https://example.com/very/long", 10, []string{"https://ex", "ample.com/", "very/long"}},
		// Mixed: a break between a word and a full-width character, and at a full-width space.
		{"PCの交換", 4, []string{"PCの", "交換"}},
		{"PCの交換", 3, []string{"PC", "の", "交", "換"}},
		{"相談　宮本", 5, []string{"相談", "宮本"}},
		// Narrow enough, or no width: unchanged.
		{"派遣先に確認", 12, []string{"派遣先に確認"}},
		{"派遣先に確認", 0, []string{"派遣先に確認"}},
	} {
		if got := Wrap(c.s, c.width); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.s, c.width, got, c.want)
		}
	}
}

// Wrap keeps every character but the spaces it breaks at, and no line is wider than the
// width unless a single character is.
func TestWrapKeepsTheText(t *testing.T) {
	s := "残業の事前申請を出しても承認が翌日になり、残業代が付かない日がある。ask Mr. 中野 about it（急ぎ）"
	for width := 1; width <= Width(s)+1; width++ {
		lines := Wrap(s, width)
		for _, l := range lines {
			if Width(l) > max(width, 2) {
				t.Fatalf("width %d: line %q is %d wide", width, l, Width(l))
			}
		}
		strip := strings.NewReplacer(" ", "", "\u3000", "")
		if got := strip.Replace(strings.Join(lines, "")); got != strip.Replace(s) {
			t.Fatalf("width %d: %q lost text: %q", width, lines, got)
		}
	}
}
