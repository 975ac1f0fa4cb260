package privacy

import (
	"sort"
	"strings"
)

// How two digit groups are joined: by nothing recognised, by one space (ASCII, ideographic
// or no-break), by one hyphen-like dash (including ー typed through an IME), or by "glue"
// that makes them one decimal, date, time or path (. , / :).
type link uint8

const (
	linkNone link = iota
	linkSpace
	linkHyphen
	linkGlue
)

func linkOf(r rune) link {
	switch r {
	case ' ':
		return linkSpace
	case '-', 'ー':
		return linkHyphen
	case '.', ',', '/', ':':
		return linkGlue
	}
	return linkNone
}

// numHit is a number found in a folded line: runes [start, end) of the folded text.
type numHit struct {
	start, end int
	kind       Kind
	digits     string
	brand      string // card brand
}

type span struct{ start, end int }

// minNumberDigits is the fewest digits a reported number has (a My Number: 12; a card
// number has 13-19). A line with fewer digits holds no number to report.
const minNumberDigits = 12

// scanNumbers finds My Numbers and payment card numbers in one folded line.
//
// The line is cut into digit groups (maximal runs of 0-9); neighbouring groups are linked
// when exactly one separator stands between them. A candidate number is
//
//   - one group alone, when it is not hyphen- or glue-linked to a neighbour
//     (123456789018, but not the tail of 12-123456789018 or of 1.123456789018); or
//   - a run of two or more groups joined by the same separator (all spaces or all
//     hyphens), taken whole. When the group at either end is also linked to a group
//     outside the run by another separator, that group is shared and the run is also
//     tried without it, so that "2026-12-05 1234 5678 9012" still finds the last three
//     groups. A run that is glued (. , / :) to a group outside it is never a candidate.
//
// A candidate glued to an ASCII letter, digit or underscore (an identifier, a hash) or
// preceded by '+' (an international phone number) is skipped. Candidates that overlap
// an earlier, longer candidate are dropped, so one number is reported once.
func scanNumbers(f []rune) []numHit {
	if !hasLongChain(f) {
		return nil
	}
	var groups []span
	for i := 0; i < len(f); {
		if !isDigit(f[i]) {
			i++
			continue
		}
		j := i
		for j < len(f) && isDigit(f[j]) {
			j++
		}
		groups = append(groups, span{i, j})
		i = j
	}
	if len(groups) == 0 {
		return nil
	}
	links := make([]link, len(groups)) // links[k] joins groups[k] and groups[k+1]; the last is linkNone
	for k := 0; k+1 < len(groups); k++ {
		if groups[k+1].start-groups[k].end == 1 {
			links[k] = linkOf(f[groups[k].end])
		}
	}
	outer := func(k int) link { // the link left of groups[k]
		if k == 0 {
			return linkNone
		}
		return links[k-1]
	}

	var cands []span // group index ranges [start, end] inclusive, as spans
	for k := range groups {
		l, r := outer(k), links[k]
		if (l == linkNone || l == linkSpace) && (r == linkNone || r == linkSpace) {
			cands = append(cands, span{k, k})
		}
	}
	for p := 0; p+1 < len(groups); {
		t := links[p]
		if t != linkSpace && t != linkHyphen {
			p++
			continue
		}
		q := p + 1
		for q+1 < len(groups) && links[q] == t {
			q++
		}
		// groups[p..q] are joined by t; outer(p) and links[q] differ from t.
		firsts := []int{p}
		if outer(p) != linkNone {
			firsts = append(firsts, p+1)
		}
		lasts := []int{q}
		if links[q] != linkNone {
			lasts = append(lasts, q-1)
		}
		for _, a := range firsts {
			for _, b := range lasts {
				if b <= a {
					continue
				}
				if (a == p && outer(p) == linkGlue) || (b == q && links[q] == linkGlue) {
					continue
				}
				cands = append(cands, span{a, b})
			}
		}
		p = q
	}

	var hits []numHit
	for _, c := range cands {
		start, end := groups[c.start].start, groups[c.end].end
		if start > 0 && (isASCIIWord(f[start-1]) || f[start-1] == '+') {
			continue
		}
		if end < len(f) && isASCIIWord(f[end]) {
			continue
		}
		var d strings.Builder
		sizes := make([]int, 0, c.end-c.start+1)
		for k := c.start; k <= c.end; k++ {
			d.WriteString(string(f[groups[k].start:groups[k].end]))
			sizes = append(sizes, groups[k].end-groups[k].start)
		}
		digits := d.String()
		switch {
		case isMyNumberShape(sizes) && ValidMyNumber(digits) && !allSame(digits) &&
			!(len(sizes) == 1 && looksLikeTimestamp(digits)):
			hits = append(hits, numHit{start: start, end: end, kind: MyNumber, digits: digits})
		case isCardShape(sizes):
			if brand := CardBrand(digits); brand != "" && Luhn(digits) {
				hits = append(hits, numHit{start: start, end: end, kind: Card, digits: digits, brand: brand})
			}
		}
	}
	if len(hits) < 2 {
		return hits
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].start != hits[j].start {
			return hits[i].start < hits[j].start
		}
		return hits[i].end > hits[j].end
	})
	out := hits[:0]
	last := -1
	for _, h := range hits {
		if h.start < last {
			continue
		}
		out = append(out, h)
		last = h.end
	}
	return out
}

// hasLongChain reports whether the folded line f has a chain of at least minNumberDigits
// digits: digit groups each linked to the next by one separator (see linkOf). Every
// candidate of scanNumbers lies inside one chain, and every number it reports has at
// least minNumberDigits digits, so a line without such a chain needs no further look
// (most lines with many digits hold dates: 2024-09-01 – 2024-11-30).
func hasLongChain(f []rune) bool {
	chain := 0
	for i, r := range f {
		switch {
		case isDigit(r):
			chain++
			if chain >= minNumberDigits {
				return true
			}
		case i > 0 && isDigit(f[i-1]) && i+1 < len(f) && isDigit(f[i+1]) && linkOf(r) != linkNone:
			// one separator between two groups: the chain goes on
		default:
			chain = 0
		}
	}
	return false
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isMyNumberShape: 12 digits in one run, or written 4-4-4.
func isMyNumberShape(sizes []int) bool {
	switch len(sizes) {
	case 1:
		return sizes[0] == 12
	case 3:
		return sizes[0] == 4 && sizes[1] == 4 && sizes[2] == 4
	}
	return false
}

// isCardShape: 13-19 digits in one run, or in 2-5 groups of 3-6 digits whose first group
// has 4 digits (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3, ...).
func isCardShape(sizes []int) bool {
	total := 0
	for _, s := range sizes {
		total += s
	}
	if total < 13 || total > 19 {
		return false
	}
	if len(sizes) == 1 {
		return true
	}
	if len(sizes) > 5 || sizes[0] != 4 {
		return false
	}
	for _, s := range sizes {
		if s < 3 || s > 6 {
			return false
		}
	}
	return true
}

// ValidMyNumber reports whether s is 12 ASCII digits whose last digit is the check digit
// (検査用数字) of the first eleven, as the ordinance of the Ministry of Internal Affairs and
// Communications under the My Number Act defines it:
//
//	Pn = the n-th digit counting from the right of the first eleven digits (n = 1..11)
//	Qn = n+1 for 1 <= n <= 6, n-5 for 7 <= n <= 11
//	r  = (Σ Pn×Qn) mod 11
//	check digit = 0 when r <= 1, else 11 - r
func ValidMyNumber(s string) bool {
	if len(s) != 12 {
		return false
	}
	for i := 0; i < 12; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return int(s[11]-'0') == MyNumberCheckDigit(s[:11])
}

// MyNumberCheckDigit returns the check digit for the first eleven digits of a My Number,
// or -1 when s is not eleven ASCII digits. See ValidMyNumber.
func MyNumberCheckDigit(s string) int {
	if len(s) != 11 {
		return -1
	}
	sum := 0
	for n := 1; n <= 11; n++ {
		c := s[11-n]
		if c < '0' || c > '9' {
			return -1
		}
		q := n + 1
		if n >= 7 {
			q = n - 5
		}
		sum += int(c-'0') * q
	}
	r := sum % 11
	if r <= 1 {
		return 0
	}
	return 11 - r
}

// Luhn reports whether s, a string of ASCII digits, passes the Luhn (mod 10) check.
func Luhn(s string) bool {
	if s == "" {
		return false
	}
	sum := 0
	for i := 0; i < len(s); i++ {
		c := s[len(s)-1-i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// CardBrand returns the brand a card number's prefix (IIN) and length fit, or "" when
// none does. Only these are recognised, to keep false positives down:
//
//	Visa        4                         13, 16 or 19 digits
//	Mastercard  51-55, 2221-2720          16
//	Amex        34, 37                    15
//	JCB         35                        16-19
//	Discover    6011, 644-649, 65         16-19
//	Diners      30, 36, 38                14-19
func CardBrand(s string) string {
	n := len(s)
	if n < 13 || n > 19 {
		return ""
	}
	p := func(k int) int {
		v := 0
		for i := 0; i < k; i++ {
			v = v*10 + int(s[i]-'0')
		}
		return v
	}
	switch {
	case s[0] == '4':
		if n == 13 || n == 16 || n == 19 {
			return "Visa"
		}
	case p(2) >= 51 && p(2) <= 55, p(4) >= 2221 && p(4) <= 2720:
		if n == 16 {
			return "Mastercard"
		}
	case p(2) == 34 || p(2) == 37:
		if n == 15 {
			return "American Express"
		}
	case p(2) == 35:
		if n >= 16 {
			return "JCB"
		}
	case p(4) == 6011, p(2) == 65, p(3) >= 644 && p(3) <= 649:
		if n >= 16 {
			return "Discover"
		}
	case p(2) == 30 || p(2) == 36 || p(2) == 38:
		if n >= 14 {
			return "Diners Club"
		}
	}
	return ""
}

func allSame(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// looksLikeTimestamp reports whether 12 digits read as YYYYMMDDhhmm (1900-2099), a
// compact timestamp rather than a My Number.
func looksLikeTimestamp(s string) bool {
	v := func(i, j int) int {
		n := 0
		for _, c := range s[i:j] {
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, mo, d, h, mi := v(0, 4), v(4, 6), v(6, 8), v(8, 10), v(10, 12)
	return y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59
}

// MaskMyNumber shows only the last four digits: ****-****-9018.
func MaskMyNumber(digits string) string {
	if len(digits) < 12 {
		return strings.Repeat("*", len(digits))
	}
	return "****-****-" + digits[len(digits)-4:]
}

// MaskCard shows the first and last four digits only, the rest as stars in groups of
// four: 4111 **** **** 1111, 3782 **** *** 0005.
func MaskCard(digits string) string {
	n := len(digits)
	if n < 13 {
		return strings.Repeat("*", n)
	}
	var b strings.Builder
	b.WriteString(digits[:4])
	for i := 0; i < n-8; i++ {
		if i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('*')
	}
	b.WriteByte(' ')
	b.WriteString(digits[n-4:])
	return b.String()
}
