// Package schedule holds the pure rules of follow: from a record, the team's rules, the
// business calendar and today, it derives what is due. Nothing here reads files or the clock.
package schedule

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/textfold"
)

// Kinds of due items, in the order they sort within one day.
const (
	KindFollowUp    = "follow-up"
	KindUnscheduled = "unscheduled"
	KindRequest     = "request"
	KindReport      = "report"
	KindMilestone   = "milestone"
	KindRenewal     = "renewal"
	KindLimit       = "limit"
	KindDuty        = "duty"      // the agency's duties: employment-stability measures, training (duty.go)
	KindComplaint   = "complaint" // an open complaint (苦情), a request with type: complaint
	KindRisk        = "risk"      // a staff member at risk of leaving (risk.go)
	KindAfterEnd    = "after-end" // a contact an ended record keeps (its next:), after the dispatch
)

// Kinds lists every kind, for validation and completion.
var Kinds = []string{KindFollowUp, KindMilestone, KindRequest, KindComplaint, KindReport, KindRenewal, KindLimit, KindDuty, KindRisk, KindUnscheduled, KindAfterEnd}

var kindOrder = map[string]int{KindUnscheduled: 0, KindRisk: 1, KindFollowUp: 2, KindRenewal: 3, KindLimit: 4, KindDuty: 5, KindMilestone: 6, KindComplaint: 7, KindRequest: 8, KindReport: 9, KindAfterEnd: 10}

// Codes say what a due item is, whatever the language: the stable "code" of follow due
// --json. Kind groups them for the reader (and --kind); the code says which duty it is.
const (
	CodeNextFollowUp     = "next-follow-up"     // kind follow-up: the record's next date
	CodeUnscheduled      = "unscheduled"        // kind unscheduled: the record has no next date
	CodeRequest          = "request"            // kind request: an open request, What its text
	CodeReportBack       = "report-back"        // kind report: a request's result owed to the staff member
	CodeMilestone        = "milestone"          // kind milestone, or renewal for a renewal rule's: What its text
	CodeCall             = "call"               // kind milestone: the manager's thank-you call (who: manager), What its text
	CodeContractOver     = "contract-over"      // kind renewal: the contract end passed with no renewal or end
	CodeNonRenewalNotice = "non-renewal-notice" // kind renewal: the deadline of the notice not to renew
	CodeLimit            = "limit"              // kind limit: the individual 3-year limit date
	CodeSiteLimit        = "site-limit"         // kind limit: the site's limit date
	// kind duty (duty.go): the employment-stability measures near the limit date, and the
	// training owed in the first years.
	CodeStabilityWish           = "stability-wish"            // ask the staff member's wish
	CodeStabilityMeasure        = "stability-measure"         // a wish is recorded: take a measure
	CodeStabilityAnotherMeasure = "stability-another-measure" // the last measure failed: take another
	CodeTrainingShort           = "training-short"            // fewer training hours this fiscal year than owed
	CodeComplaint               = "complaint"                 // kind complaint: an open complaint, What its text
	// kind risk (risk.go): which rule of risk: in follow.yaml fired.
	CodeRiskIntent    = "risk-intent"     // the latest intent is unsure or leave
	CodeRiskMood      = "risk-mood"       // the latest mood is low (≤ risk.mood)
	CodeRiskMoodDrop  = "risk-mood-drop"  // the mood fell by risk.mood_drop or more since the contact before
	CodeRiskComplaint = "risk-complaint"  // a complaint is open
	CodeRiskReport    = "risk-report"     // a report-back promise is overdue
	CodeRiskNoContact = "risk-no-contact" // in the first days, no contact for longer than risk.gap
	CodeAfterEnd      = "after-end"       // kind after-end: the contact an ended record keeps (On: the last day)
)

// Codes lists every code.
var Codes = []string{CodeNextFollowUp, CodeUnscheduled, CodeRequest, CodeReportBack, CodeMilestone,
	CodeCall, CodeContractOver, CodeNonRenewalNotice, CodeLimit, CodeSiteLimit,
	CodeStabilityWish, CodeStabilityMeasure, CodeStabilityAnotherMeasure, CodeTrainingShort, CodeComplaint,
	CodeRiskIntent, CodeRiskMood, CodeRiskMoodDrop, CodeRiskComplaint, CodeRiskReport, CodeRiskNoContact, CodeAfterEnd}

// Item is one thing someone must do for a staff member. Its JSON field names are part of
// follow's stable interface (docs/GUIDE.md).
type Item struct {
	Date  dates.Date `json:"date"`
	Staff string     `json:"staff"`
	Name  string     `json:"name"`
	Kind  string     `json:"kind"`
	Who   string     `json:"who"`
	Role  string     `json:"role"` // owner, manager, or "" when the rule names a person
	// What is what to do: the record's own text for a request or a milestone; for the
	// other codes it is empty until Phrase puts it in the reader's language.
	What       string `json:"what"`
	Code       string `json:"code"`
	Ref        string `json:"ref"` // the request or milestone id (R2, M3), "" otherwise
	Overdue    bool   `json:"overdue"`
	Days       int    `json:"days"` // days from today to the date (negative when overdue)
	Owner      string `json:"owner"`
	Manager    string `json:"manager"`
	Client     string `json:"client"`
	Site       string `json:"site"`
	Supervisor string `json:"supervisor"`
	SitePhone  string `json:"site_phone"` // the workplace's phone, where a call reaches the supervisor
	// At is the next appointment when the record fixes its time or place (next_at,
	// next_place: a follow-up or after-end item), nil otherwise: follow due's calendar
	// makes it a timed event.
	At   *dates.Appointment `json:"at,omitempty"`
	File string             `json:"file"`
	Line int                `json:"line"`
	// Ending is the last day of a dispatch whose end is decided but still to come (終了予定),
	// zero otherwise.
	Ending dates.Date `json:"ending,omitzero"`
	// DueWas is a request's earliest due before it was moved (due_was), zero otherwise: a
	// late promise stays visible.
	DueWas dates.Date `json:"due_was,omitzero"`

	// What the phrase of the code needs besides the date (not in JSON: what carries it).
	Subject string     `json:"-"` // report-back, risk-complaint, risk-report: the request's text; limit: the unit (site, else client); risk-intent: the intent code; risk-mood, risk-mood-drop: the mood(s) as "2" or "4→2"; risk-no-contact: the last contact
	How     string     `json:"-"` // report-back: how it is reported, "" when not agreed
	On      dates.Date `json:"-"` // contract-over, non-renewal-notice: the contract end; limit, site-limit, stability-*: the limit date; training-short: the fiscal year's end
	Given   float64    `json:"-"` // training-short: the hours given this fiscal year
	Owed    float64    `json:"-"` // training-short: the hours owed
}

// Phrase sets What of an item whose words follow writes (every code but request and
// milestone, whose What is the record's text) with t: the message catalogue (pkg/i18n) in
// the reader's language, whose keys are "due.what." and the code.
func (it *Item) Phrase(t func(key string, args ...any) string) {
	key := "due.what." + it.Code
	switch it.Code {
	case CodeNextFollowUp, CodeUnscheduled:
		it.What = t(key)
	case CodeReportBack:
		if it.How != "" {
			it.What = t(key+".how", it.Subject, it.How)
		} else {
			it.What = t(key, it.Subject)
		}
	case CodeContractOver, CodeNonRenewalNotice, CodeSiteLimit, CodeAfterEnd, CodeStabilityWish, CodeStabilityMeasure, CodeStabilityAnotherMeasure:
		it.What = t(key, it.On)
	case CodeTrainingShort:
		it.What = t(key, record.FormatHours(it.Given), record.FormatHours(it.Owed), it.On)
	case CodeLimit:
		it.What = t(key, it.On, it.Subject)
	case CodeRiskIntent:
		it.What = t(key, t("intent."+it.Subject), it.On)
	case CodeRiskMood, CodeRiskMoodDrop:
		it.What = t(key, it.Subject, it.On)
	case CodeRiskComplaint, CodeRiskReport:
		it.What = t(key, it.Ref, it.Subject)
	case CodeRiskNoContact:
		it.What = t(key, it.Subject)
	}
	if !it.Ending.IsZero() {
		it.What += t("due.ending", it.Ending)
	}
}

// Resolve turns a rule's who (owner, manager or a name) into a person for this record.
func Resolve(r *record.Record, who string) (person, role string) {
	switch who {
	case "", "owner":
		return r.Owner, "owner"
	case "manager":
		if r.Manager == "" {
			return "(manager)", "manager"
		}
		return r.Manager, "manager"
	}
	return who, ""
}

// LimitDate returns the individual limit date (抵触日): the first day the staff member may no
// longer work in the same unit, years after they started there. It is zero when exempt.
func LimitDate(r *record.Record, years int) dates.Date {
	if r.Exempt != "" || years <= 0 {
		return 0
	}
	from := r.UnitStart
	if from.IsZero() {
		from = r.Start
	}
	if from.IsZero() {
		return 0
	}
	// The period ends on the day before the same date years later (Civil Code art. 143);
	// for a start on 29 February that is 28 February, so the limit date is 1 March.
	ld := from.AddMonths(12 * years)
	if _, _, d := ld.YMD(); d != from.Time().Day() {
		ld = ld.AddDays(1)
	}
	return ld
}

// NoticeRequired reports whether not renewing the current contract needs a notice at
// least 30 days before its end (雇止め予告): the contract was renewed three times or more,
// or the staff member has worked over a year.
func NoticeRequired(r *record.Record) bool {
	if r.Contract.Renewals >= 3 {
		return true
	}
	return !r.Start.IsZero() && !r.Contract.End.IsZero() && r.Contract.End.Sub(r.Start) >= 365
}

// Collect returns the open duties of a record that pass the filter (all of them for the
// empty Filter; ended records have none). It is every duty followed by Match, without
// building the items whose date the filter leaves out: follow due runs it on every record
// of the tree, and most duties lie beyond --within.
func (f Filter) Collect(r *record.Record, cfg *config.Config, today dates.Date) []Item {
	return collect(r, cfg, today, func(d dates.Date) bool {
		return (f.Until.IsZero() || !d.After(f.Until)) && (!f.OverdueOnly || d.Before(today))
	}, f.Match)
}

// afterEnd is what an ended record still has: the contact it keeps after the end (a next:
// after the last day, e.g. 就業終了後の近況伺い), of kind after-end. A next left from before
// the end is not one.
func afterEnd(r *record.Record, today dates.Date, when func(dates.Date) bool, match func(Item) bool) []Item {
	if r.Next.IsZero() || !r.Next.After(r.Ended.Date) || !when(r.Next) {
		return nil
	}
	who, role := Resolve(r, "owner")
	it := Item{Date: r.Next, Staff: r.ID, Name: r.Name, Kind: KindAfterEnd, Who: who, Role: role, Code: CodeAfterEnd,
		Owner: r.Owner, Manager: r.Manager, Client: r.Client, Site: r.Site, Supervisor: r.Supervisor, SitePhone: r.SitePhone,
		File: r.Path, Line: r.KeyLine("next"), Days: r.Next.Sub(today), Overdue: r.Next.Before(today), On: r.Ended.Date, At: r.Appointment()}
	if match != nil && !match(it) {
		return nil
	}
	return []Item{it}
}

// collect builds the items whose date passes when (checked before an item is built) and
// then match (nil: all).
func collect(r *record.Record, cfg *config.Config, today dates.Date, when func(dates.Date) bool, match func(Item) bool) []Item {
	if !r.ActiveOn(today) {
		return afterEnd(r, today, when, match)
	}
	ending := r.Ending(today)
	var out []Item
	add := func(it Item) {
		if !when(it.Date) {
			return
		}
		it.Staff, it.Name, it.File = r.ID, r.Name, r.Path
		it.Owner, it.Manager, it.Client, it.Site, it.Supervisor = r.Owner, r.Manager, r.Client, r.Site, r.Supervisor
		it.SitePhone = r.SitePhone
		if it.Who == "" {
			it.Who, it.Role = Resolve(r, "owner")
		}
		it.Days = it.Date.Sub(today)
		it.Overdue = it.Date.Before(today)
		if ending {
			it.Ending = r.Ended.Date
		}
		if match == nil || match(it) {
			out = append(out, it)
		}
	}
	if r.Next.IsZero() {
		add(Item{Date: today, Kind: KindUnscheduled, Code: CodeUnscheduled, Line: r.KeyLine("next")})
	} else {
		add(Item{Date: r.Next, Kind: KindFollowUp, Code: CodeNextFollowUp, Line: r.KeyLine("next"), At: r.Appointment()})
	}
	for _, q := range r.Requests {
		if q.Open() && !q.Due.IsZero() {
			kind, code := KindRequest, CodeRequest
			if q.IsComplaint() {
				kind, code = KindComplaint, CodeComplaint
			}
			who, role := Resolve(r, q.Assignee())
			add(Item{Date: q.Due, Kind: kind, Code: code, Ref: q.ID, What: q.What, Who: who, Role: role, Line: q.Line, DueWas: q.DueWas})
		}
		if q.Reported.IsZero() && (!q.Report.IsZero() || !q.Done.IsZero()) {
			d := q.Report
			if d.IsZero() {
				d = q.Done
			}
			add(Item{Date: d, Kind: KindReport, Code: CodeReportBack, Ref: q.ID, Subject: q.What, How: q.How, Line: q.Line})
		}
	}
	for _, m := range r.Milestones {
		if !m.Open() || m.Due.IsZero() {
			continue
		}
		kind := KindMilestone
		if rule := cfg.Rule(m.Rule); rule != nil && rule.Kind == KindRenewal {
			kind = KindRenewal
		}
		code := CodeMilestone
		if m.IsCall() {
			code = CodeCall
		}
		who, role := Resolve(r, m.Who)
		add(Item{Date: m.Due, Kind: kind, Code: code, Ref: m.ID, What: m.What, Who: who, Role: role, Line: m.Line})
	}
	if end := r.Contract.End; !ending && !end.IsZero() && end.Before(today) && when(end) {
		add(Item{Date: end, Kind: KindRenewal, Code: CodeContractOver, On: end, Line: r.KeyLine("contract")})
	}
	if end := r.Contract.End; !ending && !end.IsZero() && !end.Before(today) && NoticeRequired(r) {
		if d := dates.Adjust(end.AddDays(-30), cfg.BusinessCalendar(), dates.ShiftBefore); when(d) {
			add(Item{Date: d, Kind: KindRenewal, Code: CodeNonRenewalNotice, On: end, Line: r.KeyLine("contract")})
		}
	}
	if cfg.Limit.Enable && !r.SiteLimit.IsZero() {
		warn := r.SiteLimit.Add(cfg.Limit.Warn.Neg())
		for _, who := range cfg.Limit.Who {
			if !when(warn) {
				break
			}
			person, role := Resolve(r, who)
			add(Item{Date: warn, Kind: KindLimit, Code: CodeSiteLimit, Ref: "site", On: r.SiteLimit, Who: person, Role: role, Line: r.KeyLine("site_limit")})
		}
	}
	if cfg.Limit.Enable {
		if ld := LimitDate(r, cfg.Limit.Years); !ld.IsZero() {
			warn := ld.Add(cfg.Limit.Warn.Neg())
			unit := r.Site
			if unit == "" {
				unit = r.Client
			}
			for _, who := range cfg.Limit.Who {
				if !when(warn) {
					break
				}
				person, role := Resolve(r, who)
				add(Item{Date: warn, Kind: KindLimit, Code: CodeLimit, On: ld, Subject: unit, Who: person, Role: role, Line: r.KeyLine("start")})
			}
		}
	}
	dutyItems(r, cfg, today, when, add)
	riskItems(r, cfg, today, when, add)
	return out
}

// Filter selects items.
type Filter struct {
	Until       dates.Date // last date included (today + within); zero = no limit
	OverdueOnly bool
	Owner       string // record owner
	Who         string // the person who must act
	Kinds       []string
	Client      string // substring of the client
	Calls       bool   // only the manager's thank-you calls (code call)
}

// Match reports whether an item passes the filter.
func (f Filter) Match(it Item) bool {
	if !f.Until.IsZero() && it.Date.After(f.Until) {
		return false
	}
	if f.OverdueOnly && !it.Overdue {
		return false
	}
	if f.Owner != "" && !NameMatches(it.Owner, f.Owner) {
		return false
	}
	if f.Who != "" && !NameMatches(it.Who, f.Who) {
		return false
	}
	if len(f.Kinds) > 0 {
		ok := false
		for _, k := range f.Kinds {
			ok = ok || k == it.Kind
		}
		if !ok {
			return false
		}
	}
	if f.Calls && it.Code != CodeCall {
		return false
	}
	if f.Client != "" && !strings.Contains(textfold.Key(it.Client), textfold.Key(f.Client)) {
		return false
	}
	return true
}

// NameMatches reports whether a person's name matches what a user typed: the same name
// in the search form of textfold.Key, which ignores spaces (full-width or not), width and
// kana ("佐藤 健" = "佐藤健" = "佐藤　健", "ヤマダ" = "やまだ"), or its family name alone
// ("佐藤" matches "佐藤 健": names are written family name first).
func NameMatches(name, typed string) bool {
	n, t := textfold.Key(name), textfold.Key(typed)
	if t == "" || n == t {
		return n == t
	}
	family, _, _ := strings.Cut(textfold.Input(name), " ")
	return textfold.Key(family) == t
}

// Sort orders items oldest first, then by kind, staff and reference.
func Sort(items []Item) {
	// Sort positions, not the items themselves: an Item is large, and moving whole items
	// dominates a stable sort of tens of thousands of them.
	order := make([]int32, len(items))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int { return compareItems(&items[i], &items[j]) })
	sorted := make([]Item, len(items))
	for k, i := range order {
		sorted[k] = items[i]
	}
	copy(items, sorted)
}

func compareItems(a, b *Item) int {
	if a.Date != b.Date {
		return cmp.Compare(a.Date, b.Date)
	}
	return CompareSameDay(a.Kind, a.Staff, a.Ref, a.Who, b.Kind, b.Staff, b.Ref, b.Who)
}

// KindRank is the place of a kind among the items of one day, as Sort orders them.
func KindRank(kind string) int { return kindOrder[kind] }

// CompareSameDay orders two items of the same date as Sort does: by kind, staff,
// reference and who (for a list that keeps its items in another shape: pkg/duelist).
func CompareSameDay(kindA, staffA, refA, whoA, kindB, staffB, refB, whoB string) int {
	switch {
	case kindA != kindB && kindOrder[kindA] != kindOrder[kindB]:
		return cmp.Compare(kindOrder[kindA], kindOrder[kindB])
	case staffA != staffB:
		return strings.Compare(staffA, staffB)
	case refA != refB:
		if refLess(refA, refB) {
			return -1
		}
		if refLess(refB, refA) {
			return 1
		}
		return 0
	}
	return strings.Compare(whoA, whoB)
}

// refLess orders R2 before R10.
func refLess(a, b string) bool {
	if len(a) > 1 && len(b) > 1 && a[0] == b[0] {
		x, errA := strconv.Atoi(a[1:])
		y, errB := strconv.Atoi(b[1:])
		if errA == nil && errB == nil {
			return x < y
		}
	}
	return a < b
}

// Detach copies the texts of it into one block of its own. An item's texts are views of
// its record's memory (a parsed front matter keeps its values in one block): follow due
// keeps the items of a whole tree, and without this every record with an item due would
// stay in memory whole.
func (it *Item) Detach() {
	fields := [...]*string{&it.Staff, &it.Name, &it.Kind, &it.Who, &it.Role, &it.What, &it.Ref,
		&it.Owner, &it.Manager, &it.Client, &it.Site, &it.Supervisor, &it.SitePhone, &it.File, &it.Subject, &it.How}
	n := 0
	for _, f := range fields {
		n += len(*f)
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range fields {
		b.WriteString(*f)
	}
	block, off := b.String(), 0
	for _, f := range fields {
		n := len(*f)
		*f, off = block[off:off+n], off+n
	}
}
