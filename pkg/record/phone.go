package record

import (
	"strings"

	"github.com/staffnote/follow/pkg/textfold"
)

// IsPhone reports whether s reads as a phone number, as site_phone holds one: digits
// (6 to 15 of them, the most a number has) grouped by hyphens, spaces or parentheses, a
// leading + for an international number, and optionally an extension after 内線, ext,
// ext. or x: "03-0000-1234 内線 204", "(03) 0000-1234", "+81 3 0000 1234 ext. 12". Text
// typed with an IME (full-width digits, ー between digits) reads as its ASCII form
// (textfold.Input). It says nothing about whether the number exists.
func IsPhone(s string) bool {
	s = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(textfold.Input(s), "（", "("), "）", ")"))
	main := s
	for _, mark := range []string{"内線", "ext.", "ext", "x"} {
		if i := strings.Index(s, mark); i >= 0 {
			ext := strings.Trim(s[i+len(mark):], " :)")
			if ext == "" || strings.Trim(ext, "0123456789") != "" {
				return false
			}
			main = strings.TrimRight(s[:i], " (")
			break
		}
	}
	digits := 0
	for i, r := range main {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-' || r == ' ' || r == '(' || r == ')' || (r == '+' && i == 0):
		default:
			return false
		}
	}
	return digits >= 6 && digits <= 15
}
