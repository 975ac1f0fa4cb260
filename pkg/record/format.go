package record

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/pkg/dates"
)

// Scalar renders a Go value as a YAML scalar for one line of front matter: dates as
// YYYY-MM-DD, whole numbers as digits, other numbers (float64) as their shortest decimal
// (1.5), text plain when YAML reads it back as the same text and double-quoted otherwise.
// It never produces more than one line.
func Scalar(v any) string {
	switch x := v.(type) {
	case dates.Date:
		return x.String()
	case int:
		return strconv.Itoa(x)
	case float64:
		return FormatHours(x)
	case string:
		return QuoteText(x)
	}
	panic("record.Scalar: unsupported type")
}

// QuoteText renders s so that YAML reads it back as exactly s, as a string.
func QuoteText(s string) string {
	if plainSafe(s) {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if !yamlPrintable(r) || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xFEFF {
				if r > 0xFFFF {
					b.WriteString(`\U` + leftPad(strconv.FormatInt(int64(r), 16), 8))
				} else {
					b.WriteString(`\u` + leftPad(strconv.FormatInt(int64(r), 16), 4))
				}
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func leftPad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

func plainSafe(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(first) || unicode.IsSpace(last) || last == ':' {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", first) {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.Contains(s, "\t") {
		return false
	}
	for _, r := range s {
		if !yamlPrintable(r) || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xFEFF || r == '\u3000' {
			return false
		}
	}
	if base60(s) {
		return false // 15:00: a YAML 1.1 reader would read the number 900
	}
	// Let YAML itself say whether the plain form would be read as something else
	// (true, null, 12, 1e3, 2026-01-01, ...).
	var n yaml.Node
	if err := yaml.Unmarshal([]byte("k: "+s), &n); err != nil || len(n.Content) == 0 {
		return false
	}
	m := n.Content[0]
	if m.Kind != yaml.MappingNode || len(m.Content) != 2 {
		return false
	}
	v := m.Content[1]
	return v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Value == s && v.Style == 0
}

// base60 reports whether s is digits with a colon (15:00, 1:30:00): a sexagesimal number
// for a reader of YAML 1.1, although YAML 1.2 reads it as a string.
func base60(s string) bool {
	return strings.Contains(s, ":") && strings.Trim(s, "0123456789:") == "" && s[0] != ':'
}

// yamlPrintable reports whether YAML allows r unescaped (YAML 1.2, 5.1).
func yamlPrintable(r rune) bool {
	switch {
	case r == 0x09 || r == 0x0A || r == 0x0D:
		return true
	case r >= 0x20 && r <= 0x7E:
		return true
	case r == 0x85:
		return true
	case r >= 0xA0 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}
