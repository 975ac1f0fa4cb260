// Package merge is a three-way merge of follow records that understands their structure:
// visits logged on two branches are both kept in date order, front matter merges key by
// key, requests and milestones merge item by item (renumbered when two branches chose the
// same id), and next follows the latest visit, except that a date promised to the staff
// member is never dropped: contacts of one day that agreed different dates give the
// earliest, with a merge note. What truly conflicts is left between standard conflict
// markers. It is pure: git's merge driver glue is in the cli.
package merge

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// Result of a merge.
type Result struct {
	Out       []byte
	Conflicts []Conflict // what conflicted, for the message; empty when clean
	Renamed   []string   // ids renumbered, e.g. "R3→R4"
	// KeptNext is set when contacts of one day from the two sides agreed different next
	// dates (Disputed, in the order of the log): the earliest, kept, with a merge note.
	KeptNext dates.Date
	Disputed []dates.Date
}

// Conflict is a part of a record both sides changed differently, left between conflict
// markers: a code, and the name of the part where it has one. The caller phrases it.
type Conflict struct {
	Code string // one of the Conflict* codes
	Name string // the key (owner), the item (requests R1), the entry's heading (## 2026-11-27 電話)
}

// The codes of a Conflict.
const (
	ConflictLead     = "lead"     // the comments at the top of the front matter
	ConflictKey      = "key"      // a front-matter key
	ConflictItem     = "item"     // an item of a list (requests, milestones)
	ConflictPreamble = "preamble" // the text before the first entry
	ConflictEntry    = "entry"    // an entry of the log
)

// Merge merges ours and theirs, both changed from base. All three must parse as records;
// the caller falls back to a line merge otherwise.
func Merge(path string, base, ours, theirs []byte) (*Result, error) {
	o, err := record.Parse(path+" (base)", base)
	if err != nil {
		return nil, err
	}
	a, err := record.Parse(path+" (ours)", ours)
	if err != nil {
		return nil, err
	}
	b, err := record.Parse(path+" (theirs)", theirs)
	if err != nil {
		return nil, err
	}
	m := &merger{o: o, a: a, b: b, res: &Result{}, rename: map[string]string{}}
	eol := "\n"
	if a.CRLF() {
		eol = "\r\n"
	}
	fm := m.frontMatter()
	body := m.body()
	out := "---" + eol + fm + closing(a) + eol + body
	out = settleNext(out, m)
	if a.CRLF() {
		out = toCRLF(out)
	}
	if a.BOM() {
		out = "\ufeff" + out
	}
	m.res.Out = []byte(out)
	if len(m.res.Conflicts) == 0 {
		// A clean result must be a record; when it is not (sides indented differently, ...),
		// say so and let the caller fall back to a line merge.
		r, err := record.Parse(path, m.res.Out)
		if err == nil && o.Broken() == nil && a.Broken() == nil && b.Broken() == nil {
			err = r.Broken()
		}
		if err != nil {
			return nil, fmt.Errorf("%s: the structured merge does not give a sound record (%v)", path, err)
		}
	}
	return m.res, nil
}

type merger struct {
	o, a, b  *record.Record
	res      *Result
	rename   map[string]string // ids of theirs renumbered: old → new
	nextBoth bool              // both sides moved next: it follows the latest visit
}

func norm(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// three is the three-way rule on one piece of text; ok is false on a conflict.
func three(o, a, b string, hasO, hasA, hasB bool) (string, bool, bool) {
	switch {
	case hasA == hasO && norm(a) == norm(o) || (!hasA && !hasO):
		return b, hasB, true
	case hasB == hasO && norm(b) == norm(o) || (!hasB && !hasO):
		return a, hasA, true
	case hasA == hasB && norm(a) == norm(b):
		return a, hasA, true
	}
	return "", false, false
}

// earlierDone merges a milestone both sides closed, each with its own date (two visits on
// two branches that each fulfilled it): when the two differ only in their done: line and
// neither changed anything else of the base, the earlier date is kept. (A request resolved
// on two dates stays a conflict: what was resolved when is for a person to say.)
func earlierDone(o, a, b string) (string, bool, bool) {
	restA, doneA := cutDone(norm(a))
	restB, doneB := cutDone(norm(b))
	restO, _ := cutDone(norm(o))
	if doneA == "" || doneB == "" || restA != restB || restA != restO {
		return "", false, false
	}
	if doneB < doneA {
		return b, true, true
	}
	return a, true, true
}

// cutDone removes the done: line of an item's text and returns its value.
func cutDone(text string) (rest, done string) {
	var b strings.Builder
	for _, l := range strings.SplitAfter(text, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(l), "done:"); ok && done == "" {
			done = strings.TrimSpace(v)
			continue
		}
		b.WriteString(l)
	}
	return b.String(), done
}

func conflict(a, b string) string {
	if a != "" && !strings.HasSuffix(a, "\n") {
		a += "\n"
	}
	if b != "" && !strings.HasSuffix(b, "\n") {
		b += "\n"
	}
	return "<<<<<<< ours\n" + norm(a) + "=======\n" + norm(b) + ">>>>>>> theirs\n"
}

// ---- front matter -------------------------------------------------------------------------

func blocksMap(r *record.Record) (string, []record.Block, map[string]string) {
	lead, bl := r.TopBlocks()
	m := map[string]string{}
	for _, x := range bl {
		m[x.Key] = x.Text
	}
	return lead, bl, m
}

func (m *merger) frontMatter() string {
	oLead, _, oM := blocksMap(m.o)
	aLead, aB, aM := blocksMap(m.a)
	bLead, bB, bM := blocksMap(m.b)
	var out strings.Builder
	lead, ok, good := three(oLead, aLead, bLead, true, true, true)
	if !good {
		out.WriteString(conflict(aLead, bLead))
		m.res.Conflicts = append(m.res.Conflicts, Conflict{Code: ConflictLead})
	} else if ok {
		out.WriteString(norm(lead))
	}
	keys := []string{}
	for _, x := range aB {
		keys = append(keys, x.Key)
	}
	for _, x := range bB {
		if _, inA := aM[x.Key]; !inA {
			if ov, inO := oM[x.Key]; !inO || norm(ov) != norm(x.Text) {
				keys = append(keys, x.Key) // new in theirs, or changed by theirs and deleted by ours
			}
		}
	}
	for _, k := range keys {
		ov, hasO := oM[k]
		av, hasA := aM[k]
		bv, hasB := bM[k]
		if k == "requests" || k == "milestones" {
			if text, done := m.list(k); done {
				out.WriteString(text)
				continue
			}
		}
		v, has, good := three(ov, av, bv, hasO, hasA, hasB)
		if !good && k == "next" && hasA && latestContact(m.o).Before(latestContact(m.a)) && latestContact(m.o).Before(latestContact(m.b)) {
			// Both logged a visit: next follows the latest visit's Next: (fixNext below).
			v, has, good = av, true, true
			m.nextBoth = true
		}
		switch {
		case !good:
			out.WriteString(conflict(av, bv))
			m.res.Conflicts = append(m.res.Conflicts, Conflict{ConflictKey, k})
		case has:
			out.WriteString(ensureNL(norm(v)))
		}
	}
	return out.String()
}

func ensureNL(s string) string {
	if s != "" && !strings.HasSuffix(s, "\n") {
		return s + "\n"
	}
	return s
}

var idLineRE = &lazy.Regexp{Expr: `(?m)^(\s*(?:-\s+)?id:\s*)(\S+)`}

// list merges requests or milestones item by item. done is false when a side is not a
// block list (the caller then merges the key whole).
func (m *merger) list(key string) (string, bool) {
	_, oi, ok1 := m.o.ItemBlocks(key)
	ah, ai, ok2 := m.a.ItemBlocks(key)
	bh, bi, ok3 := m.b.ItemBlocks(key)
	if !(ok1 || !has(m.o, key)) || !(ok2 || !has(m.a, key)) || !(ok3 || !has(m.b, key)) {
		return "", false
	}
	if !has(m.a, key) && !has(m.b, key) {
		return "", true
	}
	for _, items := range [][]record.ItemBlock{oi, ai, bi} {
		for _, it := range items {
			if it.ID == "" {
				return "", false // items without id cannot be matched: merge the list whole
			}
		}
	}
	byID := func(items []record.ItemBlock) map[string]string {
		mm := map[string]string{}
		for _, it := range items {
			mm[it.ID] = it.Text
		}
		return mm
	}
	oM, aM, bM := byID(oi), byID(ai), byID(bi)
	used := map[string]bool{}
	for _, it := range ai {
		used[it.ID] = true
	}
	for _, it := range oi {
		used[it.ID] = true
	}
	var items []string
	indent := dashIndent(ai)
	for _, it := range ai {
		ov, hasO := oM[it.ID]
		bv, hasB := bM[it.ID]
		if !hasO && hasB && norm(bv) != norm(it.Text) {
			// Both added an item with this id: keep ours, theirs is renumbered below.
			items = append(items, ensureNL(norm(it.Text)))
			continue
		}
		v, keep, good := three(ov, it.Text, bv, hasO, true, hasB)
		if !good && hasB && key == "milestones" {
			v, keep, good = earlierDone(ov, it.Text, bv)
		}
		switch {
		case !good:
			items = append(items, conflict(it.Text, bv))
			m.res.Conflicts = append(m.res.Conflicts, Conflict{ConflictItem, key + " " + it.ID})
		case keep:
			items = append(items, ensureNL(reindent(norm(v), indent)))
		}
	}
	for _, it := range bi {
		if _, inA := aM[it.ID]; inA {
			if _, inO := oM[it.ID]; inO || norm(aM[it.ID]) == norm(it.Text) {
				continue // merged above
			}
		} else if ov, inO := oM[it.ID]; inO {
			// Ours deleted it: keep the deletion unless theirs changed it.
			if norm(ov) != norm(it.Text) {
				items = append(items, conflict("", it.Text))
				m.res.Conflicts = append(m.res.Conflicts, Conflict{ConflictItem, key + " " + it.ID})
			}
			continue
		}
		text := norm(it.Text)
		if used[it.ID] {
			prefix := it.ID[:1]
			var ids []string
			for id := range used {
				ids = append(ids, id)
			}
			for id := range bM {
				ids = append(ids, id)
			}
			nid := schedule.NextIDs(prefix, ids, 1)[0]
			m.rename[it.ID] = nid
			m.res.Renamed = append(m.res.Renamed, it.ID+"→"+nid)
			text = idLineRE.Get().ReplaceAllStringFunc(text, func(s string) string {
				sm := idLineRE.Get().FindStringSubmatch(s)
				if sm[2] == it.ID {
					return sm[1] + nid
				}
				return s
			})
			used[nid] = true
		} else {
			used[it.ID] = true
		}
		items = append(items, ensureNL(reindent(text, indent)))
	}
	head := ah
	if !has(m.a, key) {
		head = bh
	}
	if len(items) == 0 {
		if has(m.a, key) {
			return norm(ah), true
		}
		return norm(bh), true
	}
	head = norm(head)
	if strings.Contains(head, "[]") {
		head = key + ":\n"
	}
	return head + strings.Join(items, ""), true
}

func has(r *record.Record, key string) bool { return r.KeyLine(key) > 0 }

// dashIndent is the indentation of the dashes of a list (2 when unknown).
func dashIndent(items []record.ItemBlock) int {
	if len(items) == 0 {
		return 2
	}
	t := items[0].Text
	return len(t) - len(strings.TrimLeft(t, " "))
}

// reindent shifts an item's lines so its dash stands at indent.
func reindent(text string, indent int) string {
	cur := len(text) - len(strings.TrimLeft(text, " "))
	if cur == indent {
		return text
	}
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if indent > cur {
			lines[i] = strings.Repeat(" ", indent-cur) + l
		} else {
			lead := len(l) - len(strings.TrimLeft(l, " "))
			cut := cur - indent
			if cut > lead {
				cut = lead
			}
			lines[i] = l[cut:]
		}
	}
	return strings.Join(lines, "")
}

// ---- body ---------------------------------------------------------------------------------

type entry struct {
	date dates.Date
	text string
	side int // 0 ours, 1 theirs
	seq  int
}

func (m *merger) body() string {
	oPre, _, oT := m.o.EntryTexts()
	aPre, _, aT := m.a.EntryTexts()
	bPre, _, bT := m.b.EntryTexts()
	// A body only one side changed is that side's body, byte for byte.
	if oB, aB, bB := norm(m.o.BodyText()), norm(m.a.BodyText()), norm(m.b.BodyText()); bB == oB {
		return aB
	} else if aB == oB {
		return m.renameRefs(bB)
	}
	var out strings.Builder
	pre, ok, good := three(oPre, aPre, bPre, true, true, true)
	if !good {
		out.WriteString(conflict(aPre, bPre))
		m.res.Conflicts = append(m.res.Conflicts, Conflict{Code: ConflictPreamble})
	} else if ok {
		out.WriteString(norm(pre))
	}
	key := func(ts []string) ([]string, map[string]string) {
		count := map[string]int{}
		var keys []string
		mm := map[string]string{}
		for _, t := range ts {
			h := strings.SplitN(norm(t), "\n", 2)[0]
			count[h]++
			k := h + "#" + strconv.Itoa(count[h])
			keys = append(keys, k)
			mm[k] = ensureBlankEnd(norm(t))
		}
		return keys, mm
	}
	_, oM := key(oT)
	aK, aM := key(aT)
	bK, bM := key(bT)
	var res []entry
	seq := 0
	dateOf := func(k string) dates.Date {
		h := strings.TrimPrefix(heading(k), "## ")
		d, _ := dates.ParseISO(strings.SplitN(h, " ", 2)[0])
		return d
	}
	add := func(k, text string, side int) {
		res = append(res, entry{date: dateOf(k), text: ensureBlankEnd(norm(text)), side: side, seq: seq})
		seq++
	}
	for _, k := range aK {
		ov, hasO := oM[k]
		bv, hasB := bM[k]
		av := aM[k]
		if !hasO && hasB && norm(av) != norm(bv) {
			add(k, av, 0) // two different entries under the same heading: keep both
			continue
		}
		v, keep, good := three(ov, av, bv, hasO, true, hasB)
		switch {
		case !good:
			add(k, conflict(av, bv), 0)
			m.res.Conflicts = append(m.res.Conflicts, Conflict{ConflictEntry, heading(k)})
		case keep:
			add(k, v, 0)
		}
	}
	for _, k := range bK {
		bv := bM[k]
		av, inA := aM[k]
		ov, inO := oM[k]
		switch {
		case inA && (inO || norm(av) == norm(bv)):
			continue // merged above
		case !inA && inO:
			if norm(ov) != norm(bv) {
				add(k, conflict("", bv), 1)
				m.res.Conflicts = append(m.res.Conflicts, Conflict{ConflictEntry, heading(k)})
			}
			continue
		}
		add(k, m.renameRefs(bv), 1)
	}
	sort.SliceStable(res, func(i, j int) bool {
		if res[i].date != res[j].date && !res[i].date.IsZero() && !res[j].date.IsZero() {
			return res[i].date < res[j].date
		}
		return res[i].seq < res[j].seq
	})
	if len(res) > 0 {
		s := out.String()
		if s != "" && !strings.HasSuffix(s, "\n\n") {
			if !strings.HasSuffix(s, "\n") {
				out.WriteString("\n")
			}
			out.WriteString("\n")
		}
	}
	for i, e := range res {
		t := e.text
		if i == len(res)-1 {
			t = strings.TrimRight(t, "\n") + "\n"
		}
		out.WriteString(t)
	}
	return out.String()
}

// heading returns the heading line of an entry key (heading + "#" + occurrence).
func heading(k string) string { return k[:strings.LastIndex(k, "#")] }

// ensureBlankEnd makes an entry end with one blank line, so entries stay apart when they
// are reordered.
func ensureBlankEnd(s string) string {
	s = strings.TrimRight(s, "\n")
	return s + "\n\n"
}

// renameRefs rewrites references to renumbered ids in an entry of theirs.
func (m *merger) renameRefs(text string) string {
	for old, nid := range m.rename {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(old) + `\b`)
		text = re.ReplaceAllString(text, nid)
	}
	return text
}

// settleNext sets next in a clean merge of an active record. When both sides moved next
// after logging a contact, it follows the date the merged log agreed last
// (record.Promise). When contacts of one day, from the two sides, agreed different dates
// (two people called the staff member the same day, one kept the date agreed before, the
// other moved it), a promised date is never dropped: the earliest holds, next says so
// whatever the line merge of next gave, and a merge note (kind merge / マージ, dated that
// day, with its own Next: line) records the disagreement in the record's language.
func settleNext(out string, m *merger) string {
	if len(m.res.Conflicts) > 0 {
		return out
	}
	r, err := record.Parse("merged", []byte(out))
	if err != nil || !r.Active() {
		return out
	}
	p, ok := r.Promise()
	if !ok || (!m.nextBoth && !p.Disputed) {
		return out
	}
	ed := r.Edit()
	if p.Disputed && !disputedBefore(p, m.a, m.b) {
		m.res.KeptNext, m.res.Disputed = p.Date, p.Dates
		ed.InsertEntry(p.On, mergeNote(p, record.WriteLang(r.Lang(), "", "")))
	} else if !m.nextBoth {
		return out // a disagreement one side had already: lint tells (next-moved)
	}
	if p.Date != r.Next {
		// The time and place merged with next belonged to the date it held: next takes
		// those of the Next: line it follows now, or none.
		a, ok := r.NextAppointment(p.Line)
		if !ok || a.Date != p.Date {
			a = dates.Appointment{Date: p.Date}
		}
		ed.SetNext(a)
	}
	b, err := ed.Bytes()
	if err != nil {
		return out
	}
	return string(b)
}

// disputedBefore reports whether one of the sides alone already held the disagreement p
// (the merge did not make it).
func disputedBefore(p record.Promise, sides ...*record.Record) bool {
	for _, s := range sides {
		if sp, ok := s.Promise(); ok && sp.Disputed && sp.On == p.On {
			return true
		}
	}
	return false
}

// mergeNote is the entry that records a disagreement over next the merge settled.
func mergeNote(p record.Promise, lang string) string {
	line := fmt.Sprintf("The contacts of this day agreed different next dates (%s): the earliest, %s, is kept so that no promise is dropped. If a later one holds, log a reschedule entry with its Next: line.", dates.Join(p.Dates, ", "), p.Date)
	if lang == record.LangJA {
		line = fmt.Sprintf("同じ日の連絡で次回の日付が分かれていました（%s）。約束した日を落とさないよう、早い %s を残しました。遅い日にする場合は日程変更の記録（次回: を添えて）を書いてください。", dates.Join(p.Dates, "、"), p.Date)
	}
	g := record.Log{Date: p.On, Kind: record.Kind(record.KindMerge, lang), Lang: lang, Lines: []string{line}}
	return g.Markdown() + "\n" + record.LabelsFor(lang).Next + ": " + p.Date.String() + "\n"
}

func toCRLF(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

// closing returns the line that closes a record's front matter: ... when it was written so,
// else ---.
func closing(r *record.Record) string {
	n := r.FrontMatterEndLine()
	lines := strings.SplitN(string(r.Src), "\n", n+1)
	if n >= 1 && n <= len(lines) && strings.TrimRight(lines[n-1], " \t\r") == "..." {
		return "..."
	}
	return "---"
}

// latestContact returns the date of a record's latest contact entry (zero when none).
func latestContact(r *record.Record) dates.Date {
	es, _ := r.Entries()
	var d dates.Date
	for _, e := range es {
		if e.IsContact() && d.Before(e.Date) {
			d = e.Date
		}
	}
	return d
}
