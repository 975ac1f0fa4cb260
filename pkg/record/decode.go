package record

import (
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/pkg/dates"
)

// TopKeys are the front matter keys follow knows, in the order docs/FORMAT.md lists them.
var TopKeys = []string{"id", "name", "kana", "status", "owner", "manager", "client", "site",
	"supervisor", "site_phone", "start", "unit_start", "exempt", "site_limit", "contract", "next", "next_at", "next_place", "latest", "milestones", "requests",
	"duties", "ended", "tags"}

// RequiredKeys must be present in every record.
var RequiredKeys = []string{"id", "name", "status", "owner", "start"}

// MilestoneKeys, RequestKeys, ContractKeys, PeriodKeys and EndedKeys are the keys known inside
// the nested blocks.
var (
	MilestoneKeys = []string{"id", "what", "due", "who", "done", "how", "rule", "note", "cancelled"}
	RequestKeys   = []string{"id", "what", "from", "type", "who", "plan", "due", "due_was", "report", "how", "done", "reported", "notified", "note"}
	ContractKeys  = []string{"end", "renewals", "history"}
	PeriodKeys    = []string{"from", "until"}
	EndedKeys     = []string{"date", "reason", "category"}
)

func (r *Record) decode() {
	r.checkDuplicateKeys(r.root)
	seen := make(map[string]bool, len(r.root.Content)/2)
	forEachPair(r.root, func(k, v *yaml.Node) {
		key := k.Value
		r.keyAt[key] = k
		r.keyLines[key] = r.fileLine(k)
		seen[key] = true
		switch key {
		case "id":
			r.ID = r.str(k, v)
		case "name":
			r.Name = r.str(k, v)
		case "kana":
			r.Kana = r.str(k, v)
		case "status":
			r.Status = r.str(k, v)
			if r.Status != StatusActive && r.Status != StatusEnded && r.Status != "" {
				r.problem(v, SevError, "status", "status must be active or ended, not %q", r.Status)
			}
		case "owner":
			r.Owner = r.str(k, v)
		case "manager":
			r.Manager = r.str(k, v)
		case "client":
			r.Client = r.str(k, v)
		case "site":
			r.Site = r.str(k, v)
		case "supervisor":
			r.Supervisor = r.str(k, v)
		case "site_phone":
			r.SitePhone = r.str(k, v)
			if r.SitePhone != "" && !IsPhone(r.SitePhone) {
				r.problem(v, SevWarning, "phone", "site_phone: %q is not a phone number (digits with - ( ) or spaces, a leading + for an international number, and an extension after 内線 or ext)", r.SitePhone)
			}
		case "start":
			r.Start = r.date(k, v)
		case "unit_start":
			r.UnitStart = r.date(k, v)
		case "exempt":
			r.Exempt = r.str(k, v)
		case "site_limit":
			r.SiteLimit = r.date(k, v)
		case "next":
			r.Next = r.date(k, v)
		case "next_at":
			r.NextAt = r.str(k, v)
			if r.NextAt != "" {
				if _, _, err := dates.ParseClock(r.NextAt); err != nil {
					r.problem(v, SevError, "type", "next_at: %v", err)
				}
			}
		case "next_place":
			r.NextPlace = r.str(k, v)
		case "latest":
			r.decodeLatest(k, v)
		case "contract":
			r.decodeContract(k, v)
		case "milestones":
			r.decodeMilestones(k, v)
		case "requests":
			r.decodeRequests(k, v)
		case "duties":
			r.decodeDuties(k, v)
		case "ended":
			r.decodeEnded(k, v)
		case "tags":
			r.Tags = r.strList(k, v)
		default:
			r.problem(k, SevWarning, "unknown-key", "unknown key %q (known keys: %s)", key, strings.Join(TopKeys, ", "))
		}
	})
	for _, key := range RequiredKeys {
		if !seen[key] || (key != "start" && r.emptyValue(key)) {
			n := r.keyAt[key]
			if n == nil {
				r.problem(nil, SevError, "required", "required key %q is missing", key)
			} else {
				r.problem(n, SevError, "required", "required key %q is empty", key)
			}
		}
	}
	if seen["start"] && r.Start.IsZero() && !r.hasProblemAt(r.keyAt["start"]) {
		r.problem(r.keyAt["start"], SevError, "required", "required key \"start\" is empty")
	}
	if r.Active() && r.Next.IsZero() && !r.hasProblemAt(r.keyAt["next"]) {
		if n := r.keyAt["next"]; n != nil {
			r.problem(n, SevError, "next", "an active record needs a next follow-up date (next: YYYY-MM-DD)")
		} else {
			r.problem(nil, SevError, "next", "an active record needs a next follow-up date (add next: YYYY-MM-DD)")
		}
	}
	if r.Next.IsZero() && !r.hasProblemAt(r.keyAt["next"]) {
		for _, kv := range [...][2]string{{"next_at", r.NextAt}, {"next_place", r.NextPlace}} {
			if key, v := kv[0], kv[1]; v != "" {
				r.problem(r.keyAt[key], SevWarning, "next", "%s without a next date: it belongs to next", key)
			}
		}
	}
	if r.Status == StatusEnded && r.Ended.Date.IsZero() && !r.hasProblemAt(r.keyAt["ended"]) {
		r.problem(r.keyAt["status"], SevWarning, "ended", "status is ended but ended.date is not set")
	}
	r.checkIDs()
}

func (r *Record) emptyValue(key string) bool {
	switch key {
	case "id":
		return r.ID == ""
	case "name":
		return r.Name == ""
	case "status":
		return r.Status == ""
	case "owner":
		return r.Owner == ""
	}
	return false
}

func (r *Record) hasProblemAt(n *yaml.Node) bool {
	if n == nil {
		return false
	}
	line := r.fileLine(n)
	for _, p := range r.Problems {
		if p.Line == line && p.Severity == SevError {
			return true
		}
	}
	return false
}

// checkIDs reports duplicate request and milestone ids inside the record.
func (r *Record) checkIDs() {
	seen := map[string]int{}
	for _, q := range r.Requests {
		if q.ID == "" {
			continue
		}
		if first, ok := seen[q.ID]; ok {
			r.Problems = append(r.Problems, Problem{Line: q.Line, Column: 1, Severity: SevError, Rule: "request",
				Msg: "request id " + q.ID + " is used twice (first on line " + strconv.Itoa(first) + ")"})
		} else {
			seen[q.ID] = q.Line
		}
	}
	seen = map[string]int{}
	for _, m := range r.Milestones {
		if m.ID == "" {
			continue
		}
		if first, ok := seen[m.ID]; ok {
			r.Problems = append(r.Problems, Problem{Line: m.Line, Column: 1, Severity: SevError, Rule: "milestone",
				Msg: "milestone id " + m.ID + " is used twice (first on line " + strconv.Itoa(first) + ")"})
		} else {
			seen[m.ID] = m.Line
		}
	}
}

func forEachPair(m *yaml.Node, f func(k, v *yaml.Node)) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		f(m.Content[i], m.Content[i+1])
	}
}

func isNull(v *yaml.Node) bool {
	return v.Kind == yaml.ScalarNode && v.Tag == "!!null"
}

// str reads a text value. Numbers and dates are accepted as their text (an owner called
// 007 is still text); lists, maps and aliases are not.
func (r *Record) str(k, v *yaml.Node) string {
	switch {
	case v.Kind == yaml.AliasNode:
		r.problem(v, SevError, "type", "%s: aliases (*name) are not allowed in records", k.Value)
	case isNull(v):
		return ""
	case v.Kind == yaml.ScalarNode:
		return strings.TrimSpace(v.Value)
	default:
		r.problem(v, SevError, "type", "%s must be a single text value", k.Value)
	}
	return ""
}

func (r *Record) date(k, v *yaml.Node) dates.Date {
	s := r.str(k, v)
	if s == "" || v.Kind != yaml.ScalarNode {
		return 0
	}
	d, err := dates.ParseISO(s)
	if err != nil {
		r.problem(v, SevError, "date", "%s: %v", k.Value, err)
		return 0
	}
	return d
}

// oneOf reads a text value that must be one of values (or empty).
func (r *Record) oneOf(k, v *yaml.Node, values ...string) string {
	s := r.str(k, v)
	if s == "" || slices.Contains(values, s) {
		return s
	}
	hint := ""
	if w := RequestValue(k.Value, s); w != "" {
		hint = ": write " + w
	}
	r.problem(v, SevError, "type", "%s must be %s, not %q%s", k.Value, strings.Join(values, " or "), s, hint)
	return ""
}

func (r *Record) integer(k, v *yaml.Node) int {
	s := r.str(k, v)
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 1000 {
		r.problem(v, SevError, "type", "%s must be a whole number, not %q", k.Value, s)
		return 0
	}
	return n
}

func (r *Record) strList(k, v *yaml.Node) []string {
	if isNull(v) || r.alias(k, v) {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		r.problem(v, SevError, "type", "%s must be a list", k.Value)
		return nil
	}
	var out []string
	for _, it := range v.Content {
		if s := r.str(k, it); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// alias reports an alias standing for a list or a block (r.str reports those standing for
// a value) and says so.
func (r *Record) alias(k, v *yaml.Node) bool {
	if v.Kind != yaml.AliasNode {
		return false
	}
	r.problem(v, SevError, "type", "%s: aliases (*name) are not allowed in records", k.Value)
	return true
}

// mapping checks that v is a mapping (or empty) and reports unknown keys.
func (r *Record) mapping(k, v *yaml.Node, known []string) bool {
	if isNull(v) || r.alias(k, v) {
		return false
	}
	if v.Kind != yaml.MappingNode {
		r.problem(v, SevError, "type", "%s must be a block of keys (%s)", k.Value, strings.Join(known, ", "))
		return false
	}
	forEachPair(v, func(kk, _ *yaml.Node) {
		for _, n := range known {
			if kk.Value == n {
				return
			}
		}
		r.problem(kk, SevWarning, "unknown-key", "unknown key %q in %s (known: %s)", kk.Value, k.Value, strings.Join(known, ", "))
	})
	return true
}

func (r *Record) sequence(k, v *yaml.Node) bool {
	if isNull(v) || r.alias(k, v) {
		return false
	}
	if v.Kind != yaml.SequenceNode {
		r.problem(v, SevError, "type", "%s must be a list of items (- ...)", k.Value)
		return false
	}
	return true
}

func (r *Record) decodeContract(k, v *yaml.Node) {
	if !r.mapping(k, v, ContractKeys) {
		return
	}
	forEachPair(v, func(kk, vv *yaml.Node) {
		switch kk.Value {
		case "end":
			r.Contract.End = r.date(kk, vv)
		case "renewals":
			r.Contract.Renewals = r.integer(kk, vv)
		case "history":
			if !r.sequence(kk, vv) {
				return
			}
			for _, it := range vv.Content {
				if !r.mapping(kk, it, PeriodKeys) {
					continue
				}
				p := Period{Line: r.fileLine(it)}
				forEachPair(it, func(pk, pv *yaml.Node) {
					switch pk.Value {
					case "from":
						p.From = r.date(pk, pv)
					case "until":
						p.Until = r.date(pk, pv)
					}
				})
				if !p.From.IsZero() && !p.Until.IsZero() && p.Until.Before(p.From) {
					r.problem(it, SevError, "contract", "contract period ends (%s) before it starts (%s)", p.Until, p.From)
				}
				r.Contract.History = append(r.Contract.History, p)
			}
		}
	})
}

func (r *Record) decodeMilestones(k, v *yaml.Node) {
	if !r.sequence(k, v) {
		return
	}
	for _, it := range v.Content {
		if !r.mapping(k, it, MilestoneKeys) {
			continue
		}
		m := Milestone{Line: r.fileLine(it)}
		forEachPair(it, func(mk, mv *yaml.Node) {
			switch mk.Value {
			case "id":
				m.ID = r.str(mk, mv)
			case "what":
				m.What = r.str(mk, mv)
			case "due":
				m.Due = r.date(mk, mv)
			case "who":
				m.Who = r.str(mk, mv)
			case "done":
				m.Done = r.date(mk, mv)
			case "how":
				m.How = r.str(mk, mv)
			case "rule":
				m.Rule = r.str(mk, mv)
			case "note":
				m.Note = r.str(mk, mv)
			case "cancelled":
				m.Cancelled = r.date(mk, mv)
			}
		})
		if m.What == "" {
			r.problem(it, SevError, "milestone", "milestone needs what: (what is to be done)")
		}
		if m.Due.IsZero() && !r.hasProblemAt(findKey(it, "due")) {
			r.problem(it, SevError, "milestone", "milestone needs due: YYYY-MM-DD")
		}
		r.Milestones = append(r.Milestones, m)
	}
}

func (r *Record) decodeRequests(k, v *yaml.Node) {
	if !r.sequence(k, v) {
		return
	}
	for _, it := range v.Content {
		if !r.mapping(k, it, RequestKeys) {
			continue
		}
		q := Request{Line: r.fileLine(it)}
		forEachPair(it, func(qk, qv *yaml.Node) {
			switch qk.Value {
			case "id":
				q.ID = r.str(qk, qv)
			case "what":
				q.What = r.str(qk, qv)
			case "plan":
				q.Plan = r.str(qk, qv)
			case "due":
				q.Due = r.date(qk, qv)
			case "due_was":
				q.DueWas = r.date(qk, qv)
			case "report":
				q.Report = r.date(qk, qv)
			case "how":
				q.How = r.str(qk, qv)
			case "done":
				q.Done = r.date(qk, qv)
			case "reported":
				q.Reported = r.date(qk, qv)
			case "note":
				q.Note = r.str(qk, qv)
			case "from":
				q.From = r.oneOf(qk, qv, FromStaff, FromClient)
			case "type":
				q.Type = r.oneOf(qk, qv, TypeRequest, TypeComplaint)
			case "who":
				q.Who = r.str(qk, qv)
			case "notified":
				q.Notified = r.date(qk, qv)
			}
		})
		if q.ID == "" {
			r.problem(it, SevError, "request", "request needs id: (R1, R2, ...)")
		}
		if q.What == "" {
			r.problem(it, SevError, "request", "request %s needs what: (what was asked)", q.ID)
		}
		if q.Due.IsZero() && !r.hasProblemAt(findKey(it, "due")) {
			r.problem(it, SevError, "request", "request %s needs due: YYYY-MM-DD (by when it will be handled)", q.ID)
		}
		if !q.DueWas.IsZero() && !q.Due.IsZero() && !q.DueWas.Before(q.Due) {
			r.problem(findKey(it, "due_was"), SevWarning, "request", "request %s: due_was %s is not before due %s (due_was keeps the earlier due a moved request missed)", q.ID, q.DueWas, q.Due)
		}
		r.Requests = append(r.Requests, q)
	}
}

func (r *Record) decodeLatest(k, v *yaml.Node) {
	if !r.mapping(k, v, LatestKeys) {
		return
	}
	l := &r.Latest
	intent := func(kk, vv *yaml.Node) string {
		s := r.str(kk, vv)
		if s == "" {
			return ""
		}
		if code, ok := ParseIntent(s); ok && code == s {
			return s
		} else if ok {
			r.problem(vv, SevError, "type", "%s must be stay, unsure or leave, not %q: write %s", kk.Value, s, code)
		} else {
			r.problem(vv, SevError, "type", "%s must be stay, unsure or leave, not %q", kk.Value, s)
		}
		return ""
	}
	mood := func(kk, vv *yaml.Node) int {
		s := r.str(kk, vv)
		if s == "" {
			return 0
		}
		m, err := ParseMood(s)
		if err != nil || s != strconv.Itoa(m) {
			r.problem(vv, SevError, "type", "%s must be a whole number from %d to %d, not %q", kk.Value, MoodMin, MoodMax, s)
			return 0
		}
		return m
	}
	forEachPair(v, func(kk, vv *yaml.Node) {
		switch kk.Value {
		case "contact":
			l.Contact = r.date(kk, vv)
		case "intent":
			l.Intent = intent(kk, vv)
		case "intent_date":
			l.IntentDate = r.date(kk, vv)
		case "intent_before":
			l.IntentBefore = intent(kk, vv)
		case "intent_before_date":
			l.IntentBeforeDate = r.date(kk, vv)
		case "mood":
			l.Mood = mood(kk, vv)
		case "mood_date":
			l.MoodDate = r.date(kk, vv)
		case "mood_before":
			l.MoodBefore = mood(kk, vv)
		case "mood_before_date":
			l.MoodBeforeDate = r.date(kk, vv)
		}
	})
}

func (r *Record) decodeEnded(k, v *yaml.Node) {
	if !r.mapping(k, v, EndedKeys) {
		return
	}
	forEachPair(v, func(ek, ev *yaml.Node) {
		switch ek.Value {
		case "date":
			r.Ended.Date = r.date(ek, ev)
		case "reason":
			r.Ended.Reason = r.str(ek, ev)
		case "category":
			r.Ended.Category = r.str(ek, ev)
		}
	})
}

// findKey returns the key node named key in mapping m, or nil.
func findKey(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i]
		}
	}
	return nil
}

// findValue returns the value node of key in mapping m, or nil.
func findValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// checkDuplicateKeys reports a key written twice in one mapping, at any depth: YAML says
// it is an error, and the parser into nodes does not check it.
func (r *Record) checkDuplicateKeys(n *yaml.Node) {
	if n == nil {
		return
	}
	if n.Kind == yaml.MappingNode {
		if len(n.Content) <= 32 {
			// A handful of keys (a milestone, a request): comparing each with the ones
			// before it costs less than a map.
			for i := 2; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if k.Kind != yaml.ScalarNode {
					continue
				}
				for j := 0; j < i; j += 2 {
					if prev := n.Content[j]; prev.Kind == yaml.ScalarNode && prev.Value == k.Value {
						r.problem(k, SevError, "yaml", "key %q is written twice (first on line %d); keep one", k.Value, r.fileLine(prev))
						break
					}
				}
			}
		} else {
			first := make(map[string]*yaml.Node, len(n.Content)/2)
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if k.Kind == yaml.ScalarNode {
					if prev, ok := first[k.Value]; ok {
						r.problem(k, SevError, "yaml", "key %q is written twice (first on line %d); keep one", k.Value, r.fileLine(prev))
					} else {
						first[k.Value] = k
					}
				}
			}
		}
	}
	for _, c := range n.Content {
		if c.Kind == yaml.MappingNode || c.Kind == yaml.SequenceNode {
			r.checkDuplicateKeys(c)
		}
	}
}
