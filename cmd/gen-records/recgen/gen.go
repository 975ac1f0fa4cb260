// Package recgen makes fictional but realistic follow records, deterministically: the same
// Params give the same bytes. It backs the gen-records command and the benchmarks.
package recgen

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
)

// Params say what to generate. The same Params always give the same bytes.
type Params struct {
	N     int            // records G000001 .. G{N}
	Seed  uint64         // PCG seed
	Today dates.Date     // reference date: active records are current on this day
	Big   map[string]int // staff ID -> number of visits, forced (the record is active)
	// Overdue, when above 0, is the profile of a tree nobody has kept up: every record is
	// active and carries about this many open requests, all of them overdue (none reported
	// back), besides its usual duties. 0 is the realistic tree.
	Overdue int
}

// Shape of the data. The number of visits per record is log-normal: median medianVisits,
// so that about 1 record in 5,000 has 500 or more.
const (
	medianVisits = 12
	visitsSigma  = 1.05
	maxVisits    = 2000    // for records drawn at random (-big may ask for more)
	maxSpanDays  = 3470    // longest follow-up (about 9.5 years)
	activeShare  = 0.4     // share of records still active on Today
	endedWithin  = 6 * 365 // ended records ended up to this many days before Today
	lang         = "ja"    // headings and log lines are written as follow does with lang: ja
	idWidth      = 6       // G000001
	idPrefix     = "G"     // staff IDs of generated records
	recordsShare = 250     // one owner per this many records
	clientsShare = 25      // one client per this many records
	exemptAfter  = 1060    // days: a longer stay is exempt from the 3-year limit or changed unit
	MaxLate      = 10      // days: an active record's next or milestones are at most this late
)

// renewalMonths are the lengths of renewed contracts, in months, with their weights.
var renewalMonths = []struct{ months, weight int }{{3, 60}, {6, 25}, {2, 10}, {1, 5}}

// ID returns the staff ID of record i (0-based).
func ID(i int) string { return fmt.Sprintf("%s%0*d", idPrefix, idWidth, i+1) }

type person struct{ name, kana string }

type client struct {
	name  string
	sites []site
}

type site struct{ unit, supervisor string }

type team struct {
	owners   []string
	managers []string
}

// world is what records share: the branches' teams and clients. It depends on the seed and
// on N (a bigger agency has more owners and clients), never on the order records are made.
type world struct {
	p         Params
	branchCum []int
	teams     []team
	clients   [][]client
}

func newWorld(p Params) *world {
	rng := rand.New(rand.NewPCG(p.Seed, 0x5eed0f0110ff))
	w := &world{p: p}
	total := 0
	for _, b := range branches {
		total += b.weight
		w.branchCum = append(w.branchCum, total)
	}
	owners := max(len(branches), p.N/recordsShare)
	nClients := max(4*len(branches), p.N/clientsShare)
	for _, b := range branches {
		k := max(1, owners*b.weight/total)
		t := team{}
		for range max(1, (k+5)/6) {
			t.managers = append(t.managers, fullName(rng, rng.Float64() < 0.5).name)
		}
		for range k {
			t.owners = append(t.owners, fullName(rng, rng.Float64() < 0.5).name)
		}
		w.teams = append(w.teams, t)
		var cs []client
		for range max(4, nClients*b.weight/total) {
			c := client{name: companyName(rng)}
			units := rng.Perm(len(sites))[:1+rng.IntN(4)]
			sort.Ints(units)
			for _, u := range units {
				c.sites = append(c.sites, site{unit: sites[u], supervisor: fullName(rng, rng.Float64() < 0.4).name})
			}
			cs = append(cs, c)
		}
		w.clients = append(w.clients, cs)
	}
	return w
}

func companyName(rng *rand.Rand) string {
	core := pick(rng, companyCores) + pick(rng, companyKinds)
	switch r := rng.Float64(); {
	case r < 0.6:
		return "株式会社" + core
	case r < 0.95:
		return core + "株式会社"
	default:
		return "合同会社" + core
	}
}

func fullName(rng *rand.Rand, female bool) person {
	f := familyNames[rng.IntN(len(familyNames))]
	g := maleNames[rng.IntN(len(maleNames))]
	if female {
		g = femaleNames[rng.IntN(len(femaleNames))]
	}
	return person{f.kanji + " " + g.kanji, f.kana + " " + g.kana}
}

func pick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// gen makes records; one gen per goroutine (it holds caches and a config that are not
// safe for concurrent use).
type gen struct {
	w     *world
	cfg   *config.Config
	cal   dates.Calendar
	quote map[string]string
}

func (w *world) newGen() *gen {
	cfg := config.Default()
	return &gen{w: w, cfg: cfg, cal: cfg.BusinessCalendar(), quote: map[string]string{}}
}

// q renders a text value as follow writes it (plain when YAML reads it back unchanged).
func (g *gen) q(s string) string {
	if v, ok := g.quote[s]; ok {
		return v
	}
	v := record.QuoteText(s)
	g.quote[s] = v
	return v
}

func (g *gen) business(d dates.Date) dates.Date { return dates.Adjust(d, g.cal, dates.ShiftBefore) }

type section struct {
	date dates.Date
	prio int // order of sections on the same day: contacts, then done, renewal, end
	text string
}

type milestone struct {
	record.Milestone
	renewal bool // a renewal check (closed by a renewal or the end)
}

// record returns the path (branch/ID.md) and the bytes of the record id. visits > 0 forces
// the number of contacts and an active record. Each ID has its own random stream.
func (g *gen) record(id string, visits int) (string, []byte) {
	p := g.w.p
	h := fnv.New64a()
	h.Write([]byte(id))
	rng := rand.New(rand.NewPCG(p.Seed, h.Sum64()))
	T := p.Today

	b := sort.SearchInts(g.w.branchCum, rng.IntN(g.w.branchCum[len(g.w.branchCum)-1])+1)
	tm := g.w.teams[b]
	oi := rng.IntN(len(tm.owners))
	owner, manager := tm.owners[oi], tm.managers[oi%len(tm.managers)]
	cl := g.w.clients[b][rng.IntN(len(g.w.clients[b]))]
	st := cl.sites[rng.IntN(len(cl.sites))]
	staff := fullName(rng, rng.Float64() < 0.7)

	n := visits
	active := true
	if n <= 0 && p.Overdue > 0 {
		n = p.Overdue*4/5 + 2 // 1.25 requests a visit, none at the first and the last
	} else if n <= 0 {
		n = int(math.Round(math.Exp(math.Log(medianVisits) + visitsSigma*rng.NormFloat64())))
		n = min(max(n, 1), maxVisits)
		active = rng.Float64() < activeShare
	}
	gap := 14 + 31*rng.Float64() // mean days between contacts
	span := int(float64(n) * gap)
	if span > maxSpanDays {
		span = int(maxSpanDays * (0.85 + 0.15*rng.Float64()))
		gap = float64(span) / float64(n)
	}
	span = max(span, n)

	// Start, contract periods, and the last day followed (Today, or the end).
	var start, last dates.Date
	if active {
		start = g.business(T.AddDays(-span))
	} else {
		start = g.business(T.AddDays(-rng.IntN(endedWithin) - span))
	}
	lengthM := weighted(rng, renewalMonths)
	type period struct{ from, until dates.Date }
	periods := []period{{start, endOfMonth(start.AddMonths(2))}}
	target := T
	if !active {
		target = start.AddDays(span)
	}
	for periods[len(periods)-1].until.Before(target) {
		from := periods[len(periods)-1].until.AddDays(1)
		periods = append(periods, period{from, endOfMonth(from.AddMonths(lengthM - 1))})
	}
	var endCat, endReason string
	if active {
		last = T
	} else {
		last = target
		switch r := rng.Float64(); {
		case r < 0.62:
			endCat = "contract-expiry"
			if u := periods[len(periods)-1].until; !u.After(T) {
				last = u
			} else if len(periods) > 1 {
				periods = periods[:len(periods)-1]
				last = periods[len(periods)-1].until
			} else {
				endCat = "staff-reason"
			}
		case r < 0.87:
			endCat = "staff-reason"
		case r < 0.96:
			endCat = "client-reason"
		default:
			endCat = "other"
		}
		endReason = pick(rng, endReasons[endCat])
	}
	renewals := len(periods) - 1
	renewedOn := make([]dates.Date, len(periods)) // renewedOn[k]: the day renewal k was agreed
	for k := 1; k <= renewals; k++ {
		d := g.business(periods[k-1].until.AddDays(-25 - rng.IntN(20)))
		d = dates.Adjust(max(d, periods[k-1].from, renewedOn[k-1]), g.cal, dates.ShiftAfter)
		renewedOn[k] = min(d, last)
	}

	var secs []section
	doneLine := func(d dates.Date, lines ...string) {
		secs = append(secs, section{d, 1, record.Log{Date: d, Kind: "完了", Lines: lines}.Markdown()})
	}

	// Milestones, as follow new and follow renew write them; renewal checks are closed by
	// the next renewal or the end, other milestones are marked done once they are past.
	var ms []milestone
	addPlanned := func(planned []schedule.Planned, today dates.Date) {
		for _, pl := range planned {
			if pl.Due.Before(today) {
				continue
			}
			m := pl.Milestone("M" + strconv.Itoa(len(ms)+1))
			ms = append(ms, milestone{m, pl.Rule.Kind == schedule.KindRenewal})
		}
	}
	closeChecks := func(d dates.Date) {
		for i := range ms {
			if ms[i].renewal && ms[i].Done.IsZero() {
				ms[i].Done = d
			}
		}
	}
	addPlanned(schedule.ForStart(g.cfg, start, periods[0].until), start)
	for k := 1; k <= renewals; k++ {
		closeChecks(renewedOn[k])
		addPlanned(schedule.ForRenewal(g.cfg, k, renewedOn[k], periods[k].until), renewedOn[k])
		line := fmt.Sprintf("契約更新（%d回目）: %s – %s", k, periods[k].from, periods[k].until)
		secs = append(secs, section{renewedOn[k], 2, record.Log{Date: renewedOn[k], Kind: "更新", Lines: []string{line}}.Markdown()})
	}
	if !active {
		closeChecks(last)
	}
	kept := ms[:0]
	for _, m := range ms {
		if m.Done.IsZero() {
			switch {
			case m.Due.After(last):
				if !active {
					continue // written at the start, removed when the dispatch ended early
				}
			case !active || m.Due.Before(T.AddDays(-MaxLate)) || rng.Float64() < 0.5:
				m.Done = min(dates.Adjust(m.Due.AddDays(rng.IntN(4)), g.cal, dates.ShiftAfter), last)
				if rng.Float64() < 0.5 {
					doneLine(m.Done, m.ID+" "+m.What+": 完了")
				}
			}
		}
		kept = append(kept, m)
	}
	ms = kept

	// Contacts: the first-day call on the start, then n-1 more spread up to the last day.
	days := make([]dates.Date, n)
	days[0] = start
	cum := make([]float64, n)
	for j := 1; j < n; j++ {
		cum[j] = cum[j-1] + 0.5 + rng.Float64()
	}
	tail := 0.05 * rng.Float64()
	if active {
		tail = 0.2 + 0.8*rng.Float64()
	}
	total := cum[n-1] + tail
	width := float64(last.Sub(start))
	for j := 1; j < n; j++ {
		d := start.AddDays(int(cum[j] / total * width))
		if b := g.business(d); b.After(days[j-1]) {
			d = b
		}
		days[j] = min(max(d, days[j-1].AddDays(1)), last)
	}
	next := days[n-1].AddDays(max(3, int(gap*(0.6+0.8*rng.Float64()))))
	if active && next.Before(T.AddDays(-MaxLate)) {
		next = T.AddDays(rng.IntN(21))
	}

	var reqs []record.Request
	var resolved []string // requests resolved and not yet brought up again
	for j, d := range days {
		v := record.Visit{Date: d, Lang: lang}
		if j+1 < n {
			v.Next = days[j+1]
		} else {
			v.Next = next
		}
		kindR := rng.Float64()
		switch {
		case j == 0:
			v.Kind = "電話"
			v.Facts = []string{pick(rng, firstDayFacts)}
		case kindR < 0.45:
			v.Kind = "訪問"
		case kindR < 0.8:
			v.Kind = "電話"
		case kindR < 0.9:
			v.Kind = "オンライン"
		default:
			v.Kind = "メール"
		}
		if j > 0 {
			nf := 1
			if v.Kind == "訪問" {
				nf = 1 + rng.IntN(3)
			} else if v.Kind != "メール" {
				nf = 1 + rng.IntN(2)
			}
			if len(resolved) > 0 && rng.Float64() < 0.6 {
				v.Facts = append(v.Facts, "前回相談の「"+resolved[0]+"」は解決済み、本人も納得している")
				resolved = resolved[1:]
			}
			for range nf {
				if f := fact(rng); !slices.Contains(v.Facts, f) {
					v.Facts = append(v.Facts, f)
				}
			}
		}
		pReq := 0.1
		if v.Kind == "訪問" {
			pReq = 0.2
		}
		if p.Overdue > 0 {
			pReq = 0
			if T.Sub(d) > 3 {
				pReq = 1
			}
		}
		if j > 0 && rng.Float64() < pReq {
			for range 1 + rng.IntN(2)*rng.IntN(2) {
				q := record.Request{ID: "R" + strconv.Itoa(len(reqs)+1), What: pick(rng, requestWhats), Due: d.AddDays(3 + rng.IntN(19))}
				if rng.Float64() < 0.85 {
					q.Plan = pick(rng, requestPlans)
				}
				if rng.Float64() < 0.8 {
					q.Report = q.Due.AddDays(rng.IntN(4))
					q.How = pick(rng, hows)
				}
				if p.Overdue > 0 { // still open and overdue today, no report-back agreed
					q.Due = min(q.Due, T.AddDays(-1))
					q.Report, q.How = 0, ""
				}
				// Open: recent, due soon or a few days overdue, report-back not yet late.
				open := p.Overdue > 0 || active && !q.Due.Before(T.AddDays(-7)) && !d.Before(T.AddDays(-21)) &&
					(q.Report.IsZero() || !q.Report.Before(T)) && rng.Float64() < 0.6
				if !open {
					q.Done = min(max(q.Due.AddDays(-rng.IntN(6)), d.AddDays(1)), last)
					line := q.ID + " " + q.What + ": 解決"
					// Resolved but not yet reported back: only while the report date is ahead.
					waiting := active && !q.Report.IsZero() && !q.Report.Before(T) && rng.Float64() < 0.3
					if !waiting {
						q.Reported = q.Done
						line += "、結果を報告"
						if q.How != "" {
							line += " (" + q.How + ")"
						}
					}
					lines := []string{line}
					if rng.Float64() < 0.4 {
						q.Note = pick(rng, requestNotes)
						lines = append(lines, q.Note)
					}
					doneLine(q.Done, lines...)
					resolved = append(resolved, q.What)
				}
				// What an unfinished request of a kept-up record lacks was agreed on the spot
				// (lint's request-agreed): a direction, and a report-back not yet late. No draw
				// of rng: the rest of the tree stays as it was.
				if plan, report := q.Unagreed(); active && p.Overdue == 0 {
					if plan {
						q.Plan = requestPlans[len(reqs)%len(requestPlans)]
					}
					if report {
						q.Report, q.How = max(q.Due, T), hows[len(reqs)%len(hows)]
					}
				}
				v.Requests = append(v.Requests, q)
				reqs = append(reqs, q)
			}
		}
		if v.Kind != "メール" && rng.Float64() < 0.6 {
			for range 1 + rng.IntN(2) {
				if t := topic(rng); !slices.Contains(v.Personal, t) {
					v.Personal = append(v.Personal, t)
				}
			}
		}
		if rng.Float64() < 0.2 {
			v.Notes = []string{pick(rng, visitNotes)}
		}
		secs = append(secs, section{d, 0, v.Markdown()})
	}
	if !active {
		line := "就業終了: " + endReason + " (" + endCat + ")"
		secs = append(secs, section{last, 3, record.Log{Date: last, Kind: "終了", Lines: []string{line}}.Markdown()})
	}
	sort.SliceStable(secs, func(a, b int) bool {
		if secs[a].date != secs[b].date {
			return secs[a].date < secs[b].date
		}
		return secs[a].prio < secs[b].prio
	})

	// The 3-year limit: a long stay is an exempt one (indefinite-term, 60+) or a changed unit.
	var exempt string
	var unitStart dates.Date
	if last.Sub(start) > exemptAfter {
		switch r := rng.Float64(); {
		case r < 0.6:
			exempt = "indefinite"
		case r < 0.75:
			exempt = "age60"
		default:
			unitStart = last.AddDays(-60 - rng.IntN(900))
		}
	}
	var tags []string
	if rng.Float64() < 0.25 {
		for _, k := range rng.Perm(len(tagWords))[:1+rng.IntN(2)] {
			tags = append(tags, tagWords[k])
		}
	}

	// Front matter, in the order follow writes it.
	var sb strings.Builder
	sb.Grow(1024 + 400*n)
	kv := func(indent, k, v string) { sb.WriteString(indent + k + ": " + v + "\n") }
	sb.WriteString("---\n")
	kv("", "id", id)
	kv("", "name", g.q(staff.name))
	kv("", "kana", g.q(staff.kana))
	status := record.StatusActive
	if !active {
		status = record.StatusEnded
	}
	kv("", "status", status)
	kv("", "owner", g.q(owner))
	kv("", "manager", g.q(manager))
	kv("", "client", g.q(cl.name))
	kv("", "site", g.q(st.unit))
	kv("", "supervisor", g.q(st.supervisor))
	kv("", "start", start.String())
	if !unitStart.IsZero() {
		kv("", "unit_start", unitStart.String())
	}
	if exempt != "" {
		kv("", "exempt", exempt)
	}
	sb.WriteString("contract:\n")
	kv("  ", "end", periods[len(periods)-1].until.String())
	kv("  ", "renewals", strconv.Itoa(renewals))
	sb.WriteString("  history:\n")
	for _, pr := range periods {
		sb.WriteString("    - from: " + pr.from.String() + "\n")
		sb.WriteString("      until: " + pr.until.String() + "\n")
	}
	kv("", "next", next.String())
	sb.WriteString("milestones:\n")
	for _, m := range ms {
		g.item(&sb, record.MilestoneFields(m.Milestone))
	}
	if len(reqs) == 0 {
		sb.WriteString("requests: []\n")
	} else {
		sb.WriteString("requests:\n")
		for _, q := range reqs {
			f := record.RequestFields(q)
			if !q.Done.IsZero() {
				f = append(f, record.Field{Key: "done", Value: q.Done})
			}
			if !q.Reported.IsZero() {
				f = append(f, record.Field{Key: "reported", Value: q.Reported})
			}
			if q.Note != "" {
				f = append(f, record.Field{Key: "note", Value: q.Note})
			}
			g.item(&sb, f)
		}
	}
	if !active {
		sb.WriteString("ended:\n")
		kv("  ", "date", last.String())
		kv("  ", "reason", g.q(endReason))
		kv("  ", "category", endCat)
	}
	if len(tags) > 0 {
		sb.WriteString("tags: [" + strings.Join(tags, ", ") + "]\n")
	}
	sb.WriteString("---\n\n# " + staff.name + "\n")
	for _, s := range secs {
		sb.WriteString("\n" + s.text)
	}
	return path.Join(branches[b].dir, id+".md"), []byte(sb.String())
}

// item writes one list item of the front matter the way follow's editor does.
func (g *gen) item(sb *strings.Builder, fields []record.Field) {
	for i, f := range fields {
		if i == 0 {
			sb.WriteString("  - ")
		} else {
			sb.WriteString("    ")
		}
		var v string
		switch x := f.Value.(type) {
		case string:
			v = g.q(x)
		default:
			v = record.Scalar(x)
		}
		sb.WriteString(f.Key + ": " + v + "\n")
	}
}

func fact(rng *rand.Rand) string {
	if rng.Float64() < 0.3 {
		return pick(rng, plainFacts)
	}
	t := pick(rng, factTemplates)
	switch strings.Count(t, "%") {
	case 2:
		if strings.Contains(t, "%d") {
			return fmt.Sprintf(t, pick(rng, tasks), 5+rng.IntN(21))
		}
		return fmt.Sprintf(t, pick(rng, tasks), pick(rng, tasks))
	}
	return fmt.Sprintf(t, pick(rng, tasks))
}

func topic(rng *rand.Rand) string {
	switch r := rng.Float64(); {
	case r < 0.45:
		return "趣味の" + pick(rng, hobbies) + ": " + pick(rng, hobbyDetails)
	case r < 0.6:
		return pick(rng, places) + "へ旅行の予定（" + strconv.Itoa(1+rng.IntN(12)) + "月）"
	default:
		return fmt.Sprintf(pick(rng, topicTemplates), 1+rng.IntN(12))
	}
}

func weighted(rng *rand.Rand, list []struct{ months, weight int }) int {
	total := 0
	for _, x := range list {
		total += x.weight
	}
	r := rng.IntN(total)
	for _, x := range list {
		if r < x.weight {
			return x.months
		}
		r -= x.weight
	}
	return list[0].months
}

func endOfMonth(d dates.Date) dates.Date {
	y, m, _ := d.YMD()
	return dates.MustOf(y, m, dates.DaysIn(y, m))
}

// Config is the follow.yaml written at the root of the tree. Its retention keeps every
// ended record the tree holds (they end up to endedWithin days before Today).
func Config(p Params) string {
	profile := ""
	if p.Overdue > 0 {
		profile = fmt.Sprintf(" -overdue %d", p.Overdue)
	}
	return fmt.Sprintf("# generated by gen-records -n %d -seed %d -today %s%s: fictional records for benchmarks\nlang: ja\nretention: 7y\n", p.N, p.Seed, p.Today, profile)
}

// Generate calls emit for every record: G000001 .. G{N}, then the IDs of Big that are not
// among them. With one worker the calls come in that order; with more, the order varies but
// the bytes of each record do not.
func Generate(p Params, workers int, emit func(rel string, data []byte) error) error {
	w := newWorld(p)
	var ids []string
	seen := map[string]bool{}
	for i := range p.N {
		ids = append(ids, ID(i))
		seen[ID(i)] = true
	}
	var extra []string
	for id := range p.Big {
		if !seen[id] {
			extra = append(extra, id)
		}
	}
	sort.Strings(extra)
	ids = append(ids, extra...)
	workers = max(1, workers)
	ch := make(chan string)
	errs := make(chan error, workers)
	for range workers {
		go func() {
			g := w.newGen()
			var err error
			for id := range ch {
				if err != nil {
					continue
				}
				rel, data := g.record(id, p.Big[id])
				err = emit(rel, data)
			}
			errs <- err
		}()
	}
	for _, id := range ids {
		ch <- id
	}
	close(ch)
	var first error
	for range workers {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}

// One returns one record as Generate would write it for p: its path and bytes. visits > 0
// forces an active record with that many contacts (as p.Big does).
func One(p Params, id string, visits int) (string, []byte) {
	if visits <= 0 {
		visits = p.Big[id]
	}
	return newWorld(p).newGen().record(id, visits)
}

// Branches returns the branch folders records are written to.
func Branches() []string {
	var out []string
	for _, b := range branches {
		out = append(out, b.dir)
	}
	return out
}
