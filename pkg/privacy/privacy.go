// Package privacy finds what must never be committed to a follow-up record: My Numbers
// (個人番号), payment card numbers, and words that show sensitive personal information
// (要配慮個人情報) or what the dispatch guidelines forbid collecting (本籍, 支持政党, ...),
// bank account numbers and passwords. See DOMAIN.md, "Privacy: what must never be
// committed".
//
// It is pure: callers pass the bytes of a file and get hits with a 1-based line and
// column (counted in characters), a rule name, the matched text masked for display and a
// message saying why it must go. It reads nothing and writes nothing.
//
// # Rules
//
//   - privacy-mynumber: 12 digits whose last is the official check digit (ValidMyNumber),
//     written in one run or 4-4-4 with spaces or hyphens, ASCII or full-width.
//   - privacy-card: 13-19 digits passing the Luhn check whose prefix and length fit a
//     known brand (CardBrand), in one run or in groups (4-4-4-4, 4-6-5, ...).
//   - privacy-sensitive: a word of the sensitive word list (the built-in list in words.go plus the
//     repository's own words, category "custom").
//
// Bank account numbers (7 digits in Japan) and passwords cannot be told from other text by
// their shape; the words that introduce them (口座番号, 暗証番号, パスワード, password) are on
// the word list instead.
//
// # Numbers
//
// Numbers are read after width folding (０-９, full-width hyphen and the ideographic space
// count as their ASCII forms; ー typed between digits counts as a hyphen). A number is never
// taken from inside a longer one: digits glued to more digits (13+ digits for a My Number),
// to ASCII letters (IDs, hashes) or through . , / : (decimals, dates, times) are skipped,
// and so is a number after '+' (an international phone number). Dates (2026-12-05) and
// Japanese phone numbers (10-11 digits) never have a My Number's or a card's shape. A
// 12-digit run that reads as a YYYYMMDDhhmm timestamp and a run of one repeated digit
// (000000000000, a placeholder) are not reported as My Numbers. A 12-digit number is only
// ever checked as a My Number and a card number has 13+ digits, so one number is never
// reported twice.
//
// Hits show a masked number only: ****-****-9018 for a My Number (the last four digits),
// 4111 **** **** 1111 for a card (the first and last four).
//
// # Words
//
// Lines and words are folded the same way before matching, into the match form of
// textfold.Line: full-width ASCII to ASCII, ASCII to lower case, half-width katakana to
// full-width (ｶﾞﾝ → ガン). An all-ASCII word
// matches only at ASCII word boundaries (HIV, but not inside "archive"), an all-katakana
// word only as a whole katakana word (ガン, but not inside ガンマ or スローガン),
// and a word never inside one of its Except phrases (診断 in 適性診断). Where words overlap
// the earliest, then the longest, is reported, once. See defaultWords (words.go) for the choices.
//
// # Allowing a reviewed line
//
// A line that contains the allow marker (default "follow:allow") is not checked, e.g.
//
//	<!-- follow:allow -->              in the body (every privacy rule)
//	# follow:allow privacy-card        in the front matter (only privacy-card)
//	<!-- follow:allow privacy-mynumber, privacy-card -->
//
// Words after the marker that start with "privacy" select rules: "privacy" is all of them,
// "privacy-card" one; other words ("reviewed by Sato") are free text. With no selector the
// marker allows every privacy rule. The marker covers its own line only.
package privacy

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/textfold"
)

// Kind names a rule; its value is the rule name follow lint reports.
type Kind string

// The rules.
const (
	MyNumber  Kind = "privacy-mynumber"
	Card      Kind = "privacy-card"
	Sensitive Kind = "privacy-sensitive"
)

// Kinds lists every rule this package reports.
var Kinds = []Kind{MyNumber, Card, Sensitive}

// Doc describes the rule in one line, for follow lint --list.
func (k Kind) Doc() string {
	switch k {
	case MyNumber:
		return "no My Number (個人番号: 12 digits with a valid check digit) in a record"
	case Card:
		return "no payment card number (13-19 digits, known brand prefix, Luhn check) in a record"
	case Sensitive:
		return "no sensitive personal information (要配慮個人情報), nothing the dispatch guidelines forbid collecting, no account numbers or passwords"
	}
	return ""
}

func (k Kind) String() string { return string(k) }

// DefaultAllowMarker is the marker that lets a reviewed line pass.
const DefaultAllowMarker = "follow:allow"

// Hit is one finding.
type Hit struct {
	Line, Column int    // 1-based; Column counts characters (runes), not bytes
	Kind         Kind   // the rule: privacy-mynumber, privacy-card or privacy-sensitive
	Match        string // the text found; numbers are masked (4111 **** **** 1111, ****-****-9018)
	Msg          string // what was found, why it must not be in a record and what to do
	Category     string // privacy-sensitive: the word's category (Cat*); privacy-card: the brand
}

// Options configures a scan. The zero value uses the default word list and marker.
type Options struct {
	Words       []Word   // the sensitive word list; the built-in list when nil (an empty non-nil list checks no words)
	Extra       []string // more words (follow.yaml lint.sensitive), category "custom"
	AllowMarker string   // DefaultAllowMarker when empty
}

// Scanner holds a compiled word list; it is safe for concurrent use.
type Scanner struct {
	words  *wordTable
	marker []byte
}

// New compiles the options. Reuse the Scanner for many files.
func New(o Options) *Scanner {
	s := &Scanner{marker: []byte(o.AllowMarker)}
	if len(s.marker) == 0 {
		s.marker = []byte(DefaultAllowMarker)
	}
	var extra []*cword
	for _, x := range o.Extra {
		if c, ok := compileWord(Word{Text: x, Category: CatCustom}); ok {
			extra = append(extra, &c)
		}
	}
	if o.Words == nil && len(extra) == 0 {
		s.words = defaultTable()
		return s
	}
	var words []*cword
	if o.Words == nil {
		words = append(words, defaultCompiled()...)
	} else {
		for _, w := range o.Words {
			if c, ok := compileWord(w); ok {
				words = append(words, &c)
			}
		}
	}
	s.words = newWordTable(append(words, extra...))
	return s
}

// The default word list, compiled once: New is called for every file when follow lint's
// caller passes no Scanner. Compiled words are never changed after compileWord.
var (
	defaultCompiled = sync.OnceValue(func() []*cword {
		var out []*cword
		for _, w := range defaultWords {
			if c, ok := compileWord(w); ok {
				out = append(out, &c)
			}
		}
		return out
	})
	defaultTable = sync.OnceValue(func() *wordTable { return newWordTable(defaultCompiled()) })
)

// wordTable finds the words that can start at a folded rune: for each first rune, the
// words in list order, longest first.
type wordTable struct {
	n      int              // number of words
	starts textfold.RuneSet // their first runes, for Line.Fold to mark where they stand
	ascii  [utf8.RuneSelf][]*cword
	other  map[rune][]*cword
}

func newWordTable(words []*cword) *wordTable {
	t := &wordTable{n: len(words), other: map[rune][]*cword{}}
	for _, c := range words {
		first := c.r[0]
		t.starts.Add(first)
		if first >= 0 && first < utf8.RuneSelf {
			t.ascii[first] = append(t.ascii[first], c)
		} else {
			t.other[first] = append(t.other[first], c)
		}
	}
	longestFirst := func(l []*cword) {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].r) > len(l[j].r) })
	}
	for _, l := range t.ascii {
		longestFirst(l)
	}
	for _, l := range t.other {
		longestFirst(l)
	}
	return t
}

// startingWith returns the words whose first folded rune is r, longest first.
func (t *wordTable) startingWith(r rune) []*cword {
	if r >= 0 && r < utf8.RuneSelf {
		return t.ascii[r]
	}
	return t.other[r]
}

// Scan checks a whole file, line by line. Lines end at \n; a \r before it and a UTF-8 byte
// order mark at the start of the file are not part of any line (and not counted in
// columns). Hits come in line and column order.
func (s *Scanner) Scan(src []byte) []Hit {
	f := foldedPool.Get().(*textfold.Line)
	defer putFolded(f)
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	var hits []Hit
	// marker is where the next allow marker starts in src, at or after the current line
	// (len(src) when there is none; -1 before the first search): the lines before it need
	// no look for one.
	marker := -1
	for n, start := 1, 0; start < len(src); n++ {
		end := len(src)
		if i := bytes.IndexByte(src[start:], '\n'); i >= 0 {
			end = start + i
		}
		line := bytes.TrimSuffix(src[start:end], []byte("\r"))
		if marker < start {
			marker = len(src)
			if i := bytes.Index(src[start:], s.marker); i >= 0 {
				marker = start + i
			}
		}
		hits = s.scanLine(hits, n, line, marker < end, f)
		start = end + 1
	}
	return hits
}

// ScanLine checks one line (without its line ending); hits carry the given line number.
func (s *Scanner) ScanLine(lineNo int, line string) []Hit {
	f := foldedPool.Get().(*textfold.Line)
	defer putFolded(f)
	return s.scanLine(nil, lineNo, []byte(line), true, f)
}

// foldedPool holds the scratch space of scans, so that a scan allocates nothing for the
// lines in which it finds nothing.
var foldedPool = sync.Pool{New: func() any { return new(textfold.Line) }}

func putFolded(f *textfold.Line) {
	if cap(f.R) <= 1<<16 { // do not keep the memory of a huge line
		foldedPool.Put(f)
	}
}

// scanLine appends the hits of one line to hits; f is scratch space. mayAllow is false
// when the line is known to hold no allow marker.
func (s *Scanner) scanLine(hits []Hit, lineNo int, line []byte, mayAllow bool, f *textfold.Line) []Hit {
	if len(line) == 0 {
		return hits
	}
	var allowed kindSet
	if mayAllow && bytes.Contains(line, s.marker) {
		allowed = allowedKinds(string(line), string(s.marker))
	}
	numbers := allowed&(bit(MyNumber)|bit(Card)) != bit(MyNumber)|bit(Card)
	words := allowed&bit(Sensitive) == 0 && s.words.n > 0
	if !numbers && !words {
		return hits
	}
	f.Fold(line, &s.words.starts)
	col := f.Columns(line)
	start := len(hits)
	if numbers && f.Digits >= minNumberDigits {
		for _, h := range scanNumbers(f.R) {
			if allowed&bit(h.kind) != 0 {
				continue
			}
			hit := Hit{Line: lineNo, Column: col.Of(h.start) + 1, Kind: h.kind}
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
	if words {
		// Only where Fold saw a first rune of a word can a word start.
		last := 0
		for _, i := range f.Marks {
			if i < last {
				continue
			}
			for _, c := range s.words.startingWith(f.R[i]) {
				if !c.matchAt(f.R, i) {
					continue
				}
				end := i + len(c.r)
				match := strings.ToValidUTF8(string(line[f.Off[i]:f.Off[end]]), "\uFFFD")
				hits = append(hits, Hit{
					Line: lineNo, Column: col.Of(i) + 1, Kind: Sensitive, Match: match,
					Category: c.w.Category, Msg: sensitiveMsg(match, c.w.Category),
				})
				last = end
				break
			}
		}
	}
	if added := hits[start:]; len(added) > 1 {
		slices.SortStableFunc(added, func(a, b Hit) int { return cmp.Compare(a.Column, b.Column) })
	}
	return hits
}

var categoryReason = &lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		CatMedical:       "is medical or health information (病歴・診療・健康診断の結果), sensitive personal information (要配慮個人情報) that needs the staff member's prior consent to collect and does not belong in a follow-up note",
		CatDisability:    "is about a disability (障害), sensitive personal information (要配慮個人情報) that needs the staff member's prior consent to collect and does not belong in a follow-up note",
		CatCreed:         "is about a person's creed (信条), sensitive personal information (要配慮個人情報) that the dispatch guidelines forbid collecting",
		CatReligion:      "is about religion (宗教), which the dispatch guidelines forbid collecting and which is sensitive personal information (信条)",
		CatPolitics:      "is about political party support (支持政党), which the dispatch guidelines forbid collecting",
		CatUnion:         "is about labour-union membership (労働組合への加入状況), which the dispatch guidelines forbid collecting",
		CatCriminal:      "is about a criminal record (犯罪の経歴), sensitive personal information (要配慮個人情報) that does not belong in a follow-up note",
		CatVictim:        "is about being a crime victim (犯罪被害), sensitive personal information (要配慮個人情報) that does not belong in a follow-up note",
		CatRace:          "is about race or ethnicity (人種・民族), sensitive personal information (要配慮個人情報) that does not belong in a follow-up note",
		CatOrigin:        "is about family origin or birthplace (本籍・出生地・出身地・社会的身分), which can lead to discrimination and which the dispatch guidelines forbid collecting",
		CatFamilyFinance: "is about the family's income or assets (家族の収入・資産), which the dispatch guidelines forbid collecting unless it is essential to the job",
		CatAccount:       "introduces a bank account number or PIN (口座番号・暗証番号), which has no place in a record",
		CatCredential:    "introduces a password, which has no place in a record (once committed, git keeps it for good)",
		CatCustom:        "is on this repository's sensitive word list (follow.yaml lint.sensitive)",
	}
}}

func sensitiveMsg(match, category string) string {
	reason, ok := categoryReason.Get()[category]
	if !ok {
		reason = fmt.Sprintf("is on the sensitive word list (%s)", category)
	}
	return fmt.Sprintf("%q %s; remove or rephrase it, or mark a reviewed line with follow:allow %s", match, reason, Sensitive)
}

// kindSet is a set of Kinds.
type kindSet uint8

func bit(k Kind) kindSet {
	switch k {
	case MyNumber:
		return 1
	case Card:
		return 2
	case Sensitive:
		return 4
	}
	return 0
}

const allKinds = kindSet(7)

// allowedKinds returns the rules the allow markers on line cover (see the package doc).
func allowedKinds(line, marker string) kindSet {
	var set kindSet
	for rest := line; ; {
		i := strings.Index(rest, marker)
		if i < 0 {
			return set
		}
		rest = rest[i+len(marker):]
		if rest != "" && isASCIIWord(rune(rest[0])) {
			continue // follow:allowed is not the marker
		}
		var sel kindSet
		selected := false
		for {
			rest = strings.TrimLeft(rest, " \t,")
			j := 0
			for j < len(rest) && (isASCIIWord(rune(rest[j])) || rest[j] == '-') {
				j++
			}
			tok := strings.ToLower(strings.TrimRight(rest[:j], "-"))
			if tok == "" {
				break
			}
			rest = rest[j:]
			switch {
			case tok == "privacy":
				selected, sel = true, allKinds
			case strings.HasPrefix(tok, "privacy-"):
				selected = true
				sel |= bit(Kind(tok))
			}
		}
		if !selected {
			sel = allKinds
		}
		set |= sel
	}
}
