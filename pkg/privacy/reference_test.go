package privacy

// The scanner as it was before the fast path (commit b18ed1c), kept verbatim but for the
// names and the folding of runes, as the reference the differential tests compare against
// (FuzzScanMatchesReference, TestScanMatchesReferenceOnRecords). Copied: folding a whole
// line (refFold), the number scan (refScanNumbers), compiling and matching words
// (refCompileWord, matchAt), the word lookup by first rune (refNew) and the file and line
// loops with the hits they build and their messages (Scan, scanLine). The reference folds
// each rune with golang.org/x/text (width folding, NFC for the sound marks: refRune,
// refCompose), the rules pkg/textfold implements by hand. Shared with the package, as the
// fast path did not change them: the per-rune classes (isKatakana, isASCIIWord, isDigit),
// linkOf, edgeFor, trimSpaceRunes, runesAt, the checks on a number's digits
// (ValidMyNumber, CardBrand, Luhn, ...), the masks, sensitiveMsg and allowedKinds.

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// refFolded is one line after width folding, with a map back to the original text.
//
// r[i] is the i-th folded rune; col[i] is the 0-based rune index and off[i] the byte offset
// of the original text it came from. Both maps carry one sentinel entry at the end (the
// line's rune count and byte length), so the original of r[i:j] is line[off[i]:off[j]].
type refFolded struct {
	r   []rune
	col []int
	off []int
}

// refFold prepares one line for matching, NFKC-style but only as far as matching needs and
// without changing how many characters the digits take:
//
//   - the full-width ASCII forms U+FF01..U+FF5E become ASCII (１２３ → 123, ＡＢＣ → ABC);
//   - ASCII letters become lower case, so English words match in any case;
//   - the ideographic space U+3000 and the no-break space become an ASCII space;
//   - hyphen- and minus-like dashes become '-' (the prolonged sound mark ー is kept: it is
//     part of words such as パスワード; the number scanner accepts it between digits);
//   - every other character of a different width takes its canonical width (width.Fold:
//     half-width katakana become full-width katakana), and a following ﾞ or ﾟ (or a
//     combining U+3099/U+309A) is composed into the rune before it where NFC composes
//     them (ｶﾞﾝ → ガン).
//
// Invalid UTF-8 bytes become U+FFFD, one per byte, so that columns count them as one
// character each, like utf8.RuneCount does.
func refFold(line string) refFolded {
	f := refFolded{
		r:   make([]rune, 0, len(line)),
		col: make([]int, 0, len(line)+1),
		off: make([]int, 0, len(line)+1),
	}
	n := 0 // original rune index
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if len(f.r) > 0 {
			if v, ok := refCompose(f.r[len(f.r)-1], r); ok {
				f.r[len(f.r)-1] = v
				i += size
				n++
				continue
			}
		}
		f.r = append(f.r, refRune(r))
		f.col = append(f.col, n)
		f.off = append(f.off, i)
		i += size
		n++
	}
	f.col = append(f.col, n)
	f.off = append(f.off, len(line))
	return f
}

// refRune folds one rune: width.Fold's canonical width, ASCII letters in lower case, the
// ideographic and the no-break space as ' ', and hyphen- and minus-like dashes as '-'.
func refRune(r rune) rune {
	if w := width.LookupRune(r).Folded(); w != 0 {
		r = w
	}
	switch {
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r == '\u3000' || r == '\u00a0':
		return ' '
	case r >= '\u2010' && r <= '\u2015', r == '\u2212', r == '\ufe63':
		return '-'
	}
	return r
}

// refCompose composes base and a following (semi-)voiced sound mark, half-width or
// combining, as NFC composes them; it reports false for any other mark, or when NFC keeps
// them apart.
func refCompose(base, mark rune) (rune, bool) {
	if w := width.LookupRune(mark).Folded(); w != 0 {
		mark = w
	}
	if mark != '\u3099' && mark != '\u309a' {
		return base, false
	}
	c := []rune(norm.NFC.String(string([]rune{base, mark})))
	if len(c) != 1 {
		return base, false
	}
	return c[0], true
}

// refFoldString folds s and returns the folded text alone (for word lists).
func refFoldString(s string) []rune {
	return refFold(s).r
}

// refNumHit is a number found in a folded line: runes [start, end) of the folded text.
type refNumHit struct {
	start, end int
	kind       Kind
	digits     string
	brand      string // card brand
}

// refScanNumbers finds My Numbers and payment card numbers in one folded line.
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
func refScanNumbers(f []rune) []refNumHit {
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

	var hits []refNumHit
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
			hits = append(hits, refNumHit{start: start, end: end, kind: MyNumber, digits: digits})
		case isCardShape(sizes):
			if brand := CardBrand(digits); brand != "" && Luhn(digits) {
				hits = append(hits, refNumHit{start: start, end: end, kind: Card, digits: digits, brand: brand})
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

// refCword is a compiled word.
type refCword struct {
	w      Word
	r      []rune
	edge   edge
	except []exceptPhrase
}

func refCompileWord(w Word) (refCword, bool) {
	r := trimSpaceRunes(refFoldString(w.Text))
	if len(r) == 0 {
		return refCword{}, false
	}
	c := refCword{w: w, r: r, edge: edgeFor(r)}
	for _, x := range w.Except {
		xr := refFoldString(x)
		var offs []int
		for i := 0; i+len(r) <= len(xr); i++ {
			if runesAt(xr, i, r) {
				offs = append(offs, i)
			}
		}
		if len(offs) > 0 {
			c.except = append(c.except, exceptPhrase{xr, offs})
		}
	}
	return c, true
}

// matchAt reports whether c matches the folded line f at i, edges and exceptions included.
func (c *refCword) matchAt(f []rune, i int) bool {
	if !runesAt(f, i, c.r) {
		return false
	}
	end := i + len(c.r)
	switch c.edge {
	case edgeASCII:
		if (i > 0 && isASCIIWord(f[i-1])) || (end < len(f) && isASCIIWord(f[end])) {
			return false
		}
	case edgeKatakana:
		if (i > 0 && isKatakana(f[i-1])) || (end < len(f) && isKatakana(f[end])) {
			return false
		}
	}
	for _, x := range c.except {
		for _, o := range x.offs {
			if runesAt(f, i-o, x.r) {
				return false
			}
		}
	}
	return true
}

// refScanner holds a compiled word list; it is safe for concurrent use.
type refScanner struct {
	byFirst map[rune][]*refCword // words by their first folded rune, longest first
	marker  string
}

// refNew compiles the options. Reuse the refScanner for many files.
func refNew(o Options) *refScanner {
	words := o.Words
	if words == nil {
		words = defaultWords
	}
	s := &refScanner{byFirst: map[rune][]*refCword{}, marker: o.AllowMarker}
	if s.marker == "" {
		s.marker = DefaultAllowMarker
	}
	add := func(w Word) {
		if c, ok := refCompileWord(w); ok {
			s.byFirst[c.r[0]] = append(s.byFirst[c.r[0]], &c)
		}
	}
	for _, w := range words {
		add(w)
	}
	for _, x := range o.Extra {
		add(Word{Text: x, Category: CatCustom})
	}
	for _, l := range s.byFirst {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].r) > len(l[j].r) })
	}
	return s
}

// Scan checks a whole file, line by line. Lines end at \n; a \r before it and a UTF-8 byte
// order mark at the start of the file are not part of any line (and not counted in
// columns). Hits come in line and column order.
func (s *refScanner) Scan(src []byte) []Hit {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	var hits []Hit
	for n := 1; len(src) > 0; n++ {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		hits = s.scanLine(hits, n, string(line))
	}
	return hits
}

// ScanLine checks one line (without its line ending); hits carry the given line number.
func (s *refScanner) ScanLine(lineNo int, line string) []Hit {
	return s.scanLine(nil, lineNo, line)
}

func (s *refScanner) scanLine(hits []Hit, lineNo int, line string) []Hit {
	if line == "" {
		return hits
	}
	allowed := allowedKinds(line, s.marker)
	if allowed == allKinds {
		return hits
	}
	f := refFold(line)
	start := len(hits)
	if allowed&(bit(MyNumber)|bit(Card)) != bit(MyNumber)|bit(Card) {
		for _, h := range refScanNumbers(f.r) {
			if allowed&bit(h.kind) != 0 {
				continue
			}
			hit := Hit{Line: lineNo, Column: f.col[h.start] + 1, Kind: h.kind}
			if h.kind == MyNumber {
				hit.Match = MaskMyNumber(h.digits)
				hit.Msg = fmt.Sprintf("looks like a My Number (個人番号) %s: it may only be held for the legal tasks the My Number Act lists and never belongs in a follow-up note; remove it (once committed, git keeps it for good), or mark a reviewed false positive with follow:allow %s", hit.Match, MyNumber)
			} else {
				hit.Match = MaskCard(h.digits)
				hit.Category = h.brand
				hit.Msg = fmt.Sprintf("looks like a payment card number %s (%s, passes the Luhn check): card numbers have no place in a record; remove it (once committed, git keeps it for good), or mark a reviewed false positive with follow:allow %s", hit.Match, h.brand, Card)
			}
			hits = append(hits, hit)
		}
	}
	if allowed&bit(Sensitive) == 0 && len(s.byFirst) > 0 {
		last := 0
		for i := 0; i < len(f.r); i++ {
			if i < last {
				continue
			}
			for _, c := range s.byFirst[f.r[i]] {
				if !c.matchAt(f.r, i) {
					continue
				}
				end := i + len(c.r)
				match := strings.ToValidUTF8(line[f.off[i]:f.off[end]], "\uFFFD")
				hits = append(hits, Hit{
					Line: lineNo, Column: f.col[i] + 1, Kind: Sensitive, Match: match,
					Category: c.w.Category, Msg: sensitiveMsg(match, c.w.Category),
				})
				last = end
				break
			}
		}
	}
	added := hits[start:]
	sort.SliceStable(added, func(i, j int) bool { return added[i].Column < added[j].Column })
	return hits
}
