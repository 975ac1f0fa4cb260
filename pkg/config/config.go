// Package config reads follow.yaml, the team's rules at the root of a records tree.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/textfold"
)

// Config is the content of follow.yaml. Every field has a default, so no file is needed.
type Config struct {
	Format    int             `yaml:"-"`        // the major record format the folder declares (format:); 0 when none
	Me        string          `yaml:"me"`       // deprecated: "me" is personal (FOLLOW_USER, ~/.config/follow/config.yaml)
	People    []people.Person `yaml:"-"`        // the team (people:); nil when the file declares nobody
	PeopleSet bool            `yaml:"-"`        // the file lists people: (the team's names are then these only)
	Lang      string          `yaml:"lang"`     // ja or en; the interface language when the locale names none
	Within    dates.Span      `yaml:"-"`        // default window of follow due
	Calendar  string          `yaml:"calendar"` // jp (default) or none
	Shift     dates.Shift     `yaml:"-"`        // where a due date on a closed day moves
	Closed    []dates.Date    `yaml:"-"`        // extra closed days (company holidays)
	Yearly    []Yearly        `yaml:"-"`        // days closed every year (年末年始 12-29..01-03)
	Rules     []Rule          `yaml:"-"`        // milestone rules; the default set when the file has none
	RulesSet  bool            `yaml:"-"`        // the file lists milestones itself
	Limit     LimitRule       `yaml:"-"`
	// MilestoneWindow is how far before or after an owner's milestone a contact fulfils it
	// (milestone_window, default 7d); zero turns it off.
	MilestoneWindow dates.Span   `yaml:"-"`
	Risk            RiskRule     `yaml:"-"` // when follow due flags a staff member at risk of leaving (risk:)
	EndCats         []string     `yaml:"-"` // categories of an end
	Lint            LintConfig   `yaml:"-"`
	Import          ImportConfig `yaml:"-"`
	// FiscalYearStart is the month (1-12) the fiscal year starts in (fiscal_year_start:,
	// default 4: April to March, the year of the business report).
	FiscalYearStart int           `yaml:"-"`
	Training        TrainingRule  `yaml:"-"`
	Stability       StabilityRule `yaml:"-"`
	// Retention is how long an ended record is kept after its end (retention:, default
	// 3y); follow lint points out older ones. Zero: off.
	Retention dates.Span `yaml:"-"`
	Path      string     `yaml:"-"` // the file read, "" when defaults
	KeyLines  map[string]int

	// EndLabels are the labels the team gives its own end categories, by code (an item
	// of end_categories written {code: relocation, ja: 転居, en: relocation}).
	EndLabels map[string]Label

	// The calendar is built on first use (a holiday table is not cheap) and then read by
	// the parallel workers of due, lint and stats: the Once makes that safe.
	calendarOnce sync.Once
	calendarV    dates.Calendar
}

// Rule is one milestone rule: a duty dated relative to the start, a renewal or the
// contract end.
type Rule struct {
	ID       string     // stable name, written into the milestone as rule:
	What     string     // what to do
	Who      string     // owner, manager, or a person's name
	From     string     // start | renewal | end
	Offset   dates.Span // after the anchor (negative: before it)
	Renewals []int      // from: renewal — which renewals (1 = the first); empty = every renewal
	Kind     string     // the due kind: milestone (default) or renewal (tied to the contract end)
	// Ask are the questions the team asks at this contact (ask:): follow show lists them
	// and the editor template of follow new offers them as a checklist.
	Ask  []string
	Line int
}

// TrainingRule is the yearly training a staff member is owed in their first years
// (労働者派遣法 30条の2: at least 8 hours a year in the first 3 years).
type TrainingRule struct {
	Hours  float64    // hours owed per fiscal year (default 8)
	Years  int        // for how many years from the start (default 3)
	Warn   dates.Span // how long before the fiscal year ends a shortfall is due (default 2m: from February)
	Enable bool
}

// StabilityRule is when the employment-stability measures (雇用安定措置, 30条) fall due:
// from warn before the individual limit date, ask the staff member's wish, then take a
// measure.
type StabilityRule struct {
	Warn   dates.Span // default 6m
	Who    []string   // who must act (default owner)
	Enable bool
}

// Yearly is a period closed every year, From..To inclusive (To before From wraps into the
// next year: 12-29..01-03).
type Yearly struct {
	From, To dates.MonthDay
}

// LimitRule configures the individual 3-year limit (抵触日) warning.
type LimitRule struct {
	Years  int        // 3
	Warn   dates.Span // how long before the limit date the warning opens (default 1m)
	Who    []string   // who must act (default owner and manager)
	Enable bool
}

// RiskRule says when follow due flags a staff member at risk of leaving (kind risk): each
// condition can be turned off on its own (off, or 0).
type RiskRule struct {
	Intent    []string   // latest intents that are a risk (default unsure, leave; nil: off)
	Mood      int        // a latest mood at or below this is a risk (default 2; 0: off)
	MoodDrop  int        // a fall by at least this since the contact before is a risk (default 2; 0: off)
	Complaint bool       // an open complaint is a risk (default on)
	Report    bool       // a report-back promise overdue is a risk (default on)
	Early     dates.Span // the first days after the start (default 90d; 0: off) ...
	Gap       dates.Span // ... in which no contact for more than this is a risk (default 14d)
	Who       []string   // who must act (default owner and manager)
	Enable    bool
}

// LintConfig holds per-repository lint settings.
type LintConfig struct {
	Disable      []string   // rule names turned off
	MaxInterval  dates.Span // an active record's last contact may not be older than this (0 = off)
	MilestoneLag dates.Span // a milestone overdue by more than this is reported
	// ComplaintNotify is how many business days after it was heard a staff member's
	// complaint may go without being passed on to the client (default 1).
	ComplaintNotify int
	Sensitive       []string // extra words for the privacy guard
	Raw             map[string]any
}

// ImportFields are the fields of a staff list that follow import reads (the flags of
// follow new ID --name ... that create a record), in the order they are documented.
var ImportFields = []string{"id", "name", "kana", "client", "site", "supervisor", "owner", "manager", "start", "until"}

// ImportConfig holds the settings of follow import.
type ImportConfig struct {
	// Columns maps a staff list's own column headers to the fields follow reads, for
	// headers follow does not know by itself, in the order of the file.
	Columns []ColumnMap
}

// ColumnMap is one entry of import.columns: a column header and the field it gives.
type ColumnMap struct {
	Header string // as written in follow.yaml
	Field  string // one of ImportFields
	Line   int
}

// DefaultEndCategories are the end categories when follow.yaml names none.
var DefaultEndCategories = []string{"contract-expiry", "staff-reason", "client-reason", "other"}

// DefaultRules is the follow-up practice that ships with follow (see DOMAIN.md), with the
// questions the team asks at each contact with the staff member (DefaultAsk).
func DefaultRules() []Rule {
	span := func(s string) dates.Span { v, _ := dates.ParseSpan(s); return v }
	return []Rule{
		{ID: "first-day", What: "初日連絡（スタッフへ）", Who: "owner", From: "start", Offset: span("0d"), Kind: "milestone", Ask: DefaultAsk("first-day")},
		{ID: "first-day-thanks", What: "初日お礼電話（指揮命令者へ）", Who: "manager", From: "start", Offset: span("0d"), Kind: "milestone"},
		{ID: "week-1", What: "1週間フォロー", Who: "owner", From: "start", Offset: span("1w"), Kind: "milestone", Ask: DefaultAsk("week-1")},
		{ID: "month-1", What: "1ヶ月フォロー", Who: "owner", From: "start", Offset: span("1m"), Kind: "milestone", Ask: DefaultAsk("month-1")},
		{ID: "month-3", What: "3ヶ月フォロー", Who: "owner", From: "start", Offset: span("3m"), Kind: "milestone", Ask: DefaultAsk("month-3")},
		{ID: "renewal-intent", What: "更新意向確認", Who: "owner", From: "end", Offset: span("-30d"), Kind: "renewal", Ask: DefaultAsk("renewal-intent")},
		{ID: "renewal-thanks", What: "更新お礼電話（指揮命令者へ）", Who: "manager", From: "renewal", Offset: span("0d"), Renewals: []int{1, 3}, Kind: "milestone"},
	}
}

// DefaultAsk returns the questions that ship with the default rule id: the commute, the
// work against what was promised, the people around them, the workload and overtime, what
// they would like to learn. Nothing touches what the privacy guard refuses (health,
// family origin, beliefs, the family's money). The same questions are written out in
// the follow.yaml of follow init.
func DefaultAsk(rule string) []string {
	switch rule {
	case "first-day":
		return []string{
			"初日はいかがでしたか？ 最初に任された仕事は？",
			"通勤はいかがでしたか？（時間・混み具合・経路）",
			"困っていること、わからないことはありませんか？",
		}
	case "week-1":
		return []string{
			"通勤には慣れましたか？",
			"仕事の内容は、事前にお伝えした内容と違いはありませんか？",
			"わからないことを聞ける人は近くにいますか？",
		}
	case "month-1":
		return []string{
			"仕事の量や残業はいかがですか？",
			"職場の方とのやりとりで気になることはありませんか？",
			"任される仕事は増えましたか？ 難しいと感じるところは？",
		}
	case "month-3":
		return []string{
			"仕事の内容・量は、最初にお伝えした条件と合っていますか？",
			"残業や休みの取りやすさはいかがですか？",
			"これから覚えたいこと、挑戦してみたいことはありますか？",
		}
	case "renewal-intent":
		return []string{
			"更新について、どのようにお考えですか？",
			"今の仕事で続けたいこと、変えたいことはありますか？",
			"通勤や勤務時間で負担に感じていることはありませんか？",
			"今後覚えたいことや、受けてみたい研修はありますか？",
		}
	}
	return nil
}

// Default returns the configuration used when there is no follow.yaml.
func Default() *Config {
	c := &Config{Calendar: "jp", Shift: dates.ShiftBefore, Rules: DefaultRules(), EndCats: DefaultEndCategories}
	c.Within, _ = dates.ParseSpan("7d")
	c.Limit = LimitRule{Years: 3, Enable: true, Who: []string{"owner", "manager"}}
	c.Limit.Warn, _ = dates.ParseSpan("1m")
	c.MilestoneWindow, _ = dates.ParseSpan("7d")
	c.Lint.MilestoneLag, _ = dates.ParseSpan("14d")
	c.Lint.MaxInterval, _ = dates.ParseSpan("60d")
	c.FiscalYearStart = 4
	c.Training = TrainingRule{Hours: 8, Years: 3, Enable: true}
	c.Training.Warn, _ = dates.ParseSpan("2m")
	c.Stability = StabilityRule{Who: []string{"owner"}, Enable: true}
	c.Stability.Warn, _ = dates.ParseSpan("6m")
	c.Retention, _ = dates.ParseSpan("3y")
	c.Lint.ComplaintNotify = 1
	c.Risk = RiskRule{Intent: []string{"unsure", "leave"}, Mood: 2, MoodDrop: 2, Complaint: true, Report: true,
		Who: []string{"owner", "manager"}, Enable: true}
	c.Risk.Early, _ = dates.ParseSpan("90d")
	c.Risk.Gap, _ = dates.ParseSpan("14d")
	return c
}

// BusinessCalendar returns the business calendar the rules use. It is built from Calendar
// and Closed on the first call, so set those before; any number of goroutines may call it
// at once.
func (c *Config) BusinessCalendar() dates.Calendar {
	c.calendarOnce.Do(func() {
		var cal dates.Calendar
		if c.Calendar == "none" {
			cal = dates.None()
		} else {
			cal = dates.Japan()
		}
		if len(c.Closed) > 0 {
			cal = dates.WithClosed(cal, c.Closed)
		}
		for _, y := range c.Yearly {
			cal = dates.WithYearlyClosed(cal, y.From, y.To)
		}
		c.calendarV = cal
	})
	return c.calendarV
}

// Closure says why a day is not a business day of the team.
type Closure int

// Closures.
const (
	Open    Closure = iota // a business day
	Weekend                // a Saturday or a Sunday (calendar: jp)
	Holiday                // a Japanese public holiday (calendar: jp); its name is given
	Company                // a day of closed: (a company closure such as 年末年始)
)

// ClosureOf says whether d is a business day of the team, and if not why: a public
// holiday (with its name, 元日), a weekend, or a day the team closes (closed:). A public
// holiday inside a company closure is named as the holiday.
func (c *Config) ClosureOf(d dates.Date) (Closure, string) {
	if c.BusinessCalendar().IsBusinessDay(d) {
		return Open, ""
	}
	if c.Calendar != "none" {
		if name := dates.HolidayName(d); name != "" {
			return Holiday, name
		}
		if wd := d.Weekday(); wd == 0 || wd == 6 {
			return Weekend, ""
		}
	}
	return Company, ""
}

// Error is a problem in follow.yaml, with its line.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

func trimBOM(src []byte) []byte { return bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF}) }

// Load reads path; a missing file gives the defaults.
func Load(path string) (*Config, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return nil, err
	}
	return Parse(path, src)
}

// Parse reads follow.yaml content.
func Parse(path string, src []byte) (*Config, error) {
	c := Default()
	c.Path = path
	c.KeyLines = map[string]int{}
	src = trimBOM(src)
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, &Error{Path: path, Msg: "not valid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, &Error{Path: path, Line: root.Line, Msg: "follow.yaml must be a mapping of keys to values"}
	}
	// The format first: a newer folder's follow.yaml may hold keys this follow does not know.
	if v := formatNode(root); v != nil {
		major, err := parseFormat(path, v)
		if err != nil {
			return nil, err
		}
		c.Format = major
	}
	p := &parser{path: path}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		c.KeyLines[k.Value] = k.Line
		switch k.Value {
		case "format": // read above
		case "me":
			c.Me = p.str(v)
		case "people":
			c.People, c.PeopleSet = p.people(v), true
		case "lang":
			c.Lang = p.str(v)
			if c.Lang != "" && c.Lang != "ja" && c.Lang != "en" {
				p.fail(v, "lang must be ja or en, not %q", c.Lang)
			}
		case "within":
			c.Within = p.span(v)
		case "calendar":
			c.Calendar = p.str(v)
			if c.Calendar != "jp" && c.Calendar != "none" {
				p.fail(v, "calendar must be jp or none, not %q", c.Calendar)
			}
		case "shift":
			s, err := dates.ParseShift(p.str(v))
			if err != nil {
				p.fail(v, "shift: %v", err)
			}
			c.Shift = s
		case "closed":
			for _, it := range p.list(v) {
				p.closed(it, c)
			}
		case "milestones":
			c.Rules = nil
			c.RulesSet = true
			for _, it := range p.list(v) {
				c.Rules = append(c.Rules, p.rule(it))
			}
		case "limit":
			p.limit(v, &c.Limit)
		case "milestone_window":
			switch p.str(v) {
			case "0", "off", "false", "none":
				c.MilestoneWindow = dates.Span{}
			default:
				c.MilestoneWindow = p.span(v)
				if c.MilestoneWindow.Approx() < 0 {
					p.fail(v, "milestone_window is a span before and after a milestone, such as 7d: not negative")
				}
			}
		case "risk":
			p.risk(v, &c.Risk)
		case "end_categories":
			c.EndCats, c.EndLabels = p.endCategories(v)
		case "lint":
			p.lint(v, &c.Lint)
		case "import":
			p.importConfig(v, &c.Import)
		case "fiscal_year_start":
			m, err := strconv.Atoi(p.str(v))
			if err != nil || m < 1 || m > 12 {
				p.fail(v, "fiscal_year_start is the month the fiscal year starts in, 1 to 12 (4 = April)")
			}
			c.FiscalYearStart = m
		case "training":
			p.training(v, &c.Training)
		case "stability":
			p.stability(v, &c.Stability)
		case "retention":
			c.Retention = p.offSpan(v)
		default:
			p.fail(k, "unknown key %q (known: format, people, lang, within, calendar, shift, closed, milestones, milestone_window, limit, risk, end_categories, lint, import, fiscal_year_start, training, stability, retention)", k.Value)
		}
		if p.err != nil {
			return nil, p.err
		}
	}
	seen := map[string]int{}
	for _, r := range c.Rules {
		if l, ok := seen[r.ID]; ok {
			return nil, &Error{Path: path, Line: r.Line, Msg: fmt.Sprintf("milestone rule id %q is used twice (first on line %d)", r.ID, l)}
		}
		seen[r.ID] = r.Line
	}
	return c, nil
}

type parser struct {
	path string
	err  error
}

func (p *parser) fail(n *yaml.Node, format string, args ...any) {
	if p.err == nil {
		p.err = &Error{Path: p.path, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
	}
}

func (p *parser) str(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		p.fail(n, "expected a single value")
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (p *parser) list(n *yaml.Node) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.fail(n, "expected a list")
		return nil
	}
	return n.Content
}

func (p *parser) span(n *yaml.Node) dates.Span {
	s, err := dates.ParseSpan(p.str(n))
	if err != nil {
		p.fail(n, "%v", err)
	}
	return s
}

// closed reads an entry of closed: a date (2026-12-29), a day closed every year (08-15)
// or a period closed every year (12-29..01-03).
func (p *parser) closed(n *yaml.Node, c *Config) {
	s := p.str(n)
	if from, to, ok := strings.Cut(s, ".."); ok {
		f, err1 := dates.ParseMonthDay(strings.TrimSpace(from))
		t, err2 := dates.ParseMonthDay(strings.TrimSpace(to))
		if err1 != nil || err2 != nil {
			p.fail(n, "closed: %q is not a period of the year such as 12-29..01-03", s)
			return
		}
		c.Yearly = append(c.Yearly, Yearly{From: f, To: t})
		return
	}
	if strings.Count(s, "-") != 1 {
		d, err := dates.ParseISO(s)
		if err != nil {
			p.fail(n, "closed: %v (write a date 2026-12-29, a day of every year 08-15 or a period of every year 12-29..01-03)", err)
		}
		c.Closed = append(c.Closed, d)
		return
	}
	if md, err := dates.ParseMonthDay(s); err == nil {
		c.Yearly = append(c.Yearly, Yearly{From: md, To: md})
		return
	}
	p.fail(n, "closed: %q is not a date (2026-12-29), a day of every year (08-15) or a period of every year (12-29..01-03)", s)
}

func (p *parser) pairs(n *yaml.Node, f func(k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		p.fail(n, "expected a block of keys")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		f(n.Content[i], n.Content[i+1])
	}
}

func (p *parser) rule(n *yaml.Node) Rule {
	r := Rule{Line: n.Line, From: "start", Who: "owner", Kind: "milestone"}
	fromAt, kindAt := n, n
	p.pairs(n, func(k, v *yaml.Node) {
		switch k.Value {
		case "id":
			r.ID = p.str(v)
		case "what":
			r.What = p.str(v)
		case "who":
			r.Who = p.str(v)
		case "from":
			r.From, fromAt = p.str(v), v
		case "offset", "at":
			r.Offset = p.span(v)
		case "renewals":
			for _, it := range p.list(v) {
				x, err := strconv.Atoi(p.str(it))
				if err != nil || x < 1 {
					p.fail(it, "renewals lists renewal numbers (1 = the first renewal)")
				}
				r.Renewals = append(r.Renewals, x)
			}
		case "kind":
			r.Kind, kindAt = p.str(v), v
		case "ask":
			for _, it := range p.list(v) {
				if q := p.str(it); q != "" {
					r.Ask = append(r.Ask, q)
				}
			}
		default:
			p.fail(k, "unknown key %q in a milestone rule (known: id, what, who, from, offset (or at), renewals, kind, ask)", k.Value)
		}
	})
	switch {
	case r.ID == "":
		p.fail(n, "a milestone rule needs id:")
	case r.What == "":
		p.fail(n, "milestone rule %s needs what:", r.ID)
	case r.From != "start" && r.From != "renewal" && r.From != "end":
		p.fail(fromAt, "milestone rule %s: from must be start, renewal or end, not %q", r.ID, r.From)
	case r.Kind != "milestone" && r.Kind != "renewal":
		p.fail(kindAt, "milestone rule %s: kind must be milestone or renewal", r.ID)
	case len(r.Renewals) > 0 && r.From != "renewal":
		p.fail(n, "milestone rule %s: renewals only applies to rules with from: renewal", r.ID)
	}
	if r.From == "end" && r.Kind == "milestone" {
		r.Kind = "renewal"
	}
	return r
}

// people reads the list of the team's people: name, reading, aliases.
func (p *parser) people(n *yaml.Node) []people.Person {
	items := p.list(n)
	out := make([]people.Person, 0, len(items))
	for _, it := range items {
		pe := people.Person{Line: it.Line}
		p.pairs(it, func(k, v *yaml.Node) {
			switch k.Value {
			case "name":
				pe.Name = people.Clean(p.str(v))
			case "reading":
				pe.Reading = people.Clean(p.str(v))
			case "aliases":
				for _, a := range p.list(v) {
					if s := people.Clean(p.str(a)); s != "" {
						pe.Aliases = append(pe.Aliases, s)
					}
				}
			default:
				p.fail(k, "unknown key %q in a person (known: name, reading, aliases)", k.Value)
			}
		})
		out = append(out, pe)
	}
	if i, msg := people.Check(out); i >= 0 && p.err == nil {
		p.fail(items[i], "people: %s", msg)
	}
	return out
}

// endCategories reads end_categories: each item a code (staff-reason), or a code with
// its labels ({code: relocation, ja: 転居, en: relocation}).
func (p *parser) endCategories(n *yaml.Node) ([]string, map[string]Label) {
	var codes []string
	labels := map[string]Label{}
	for _, it := range p.list(n) {
		if it.Kind != yaml.MappingNode {
			codes = append(codes, p.str(it))
			continue
		}
		var code string
		var l Label
		p.pairs(it, func(k, v *yaml.Node) {
			switch k.Value {
			case "code":
				code = p.str(v)
			case "ja":
				l.JA = p.str(v)
			case "en":
				l.EN = p.str(v)
			default:
				p.fail(k, "unknown key %q in an end category (known: code, ja, en)", k.Value)
			}
		})
		if code == "" {
			p.fail(it, "an end category written as a map needs code:")
		}
		codes = append(codes, code)
		labels[code] = l
	}
	return codes, labels
}

func (p *parser) limit(n *yaml.Node, l *LimitRule) {
	if p.off(n) {
		l.Enable = false
		return
	}
	p.pairs(n, func(k, v *yaml.Node) {
		switch k.Value {
		case "years":
			y, err := strconv.Atoi(p.str(v))
			l.Years = y
			if err != nil || y < 1 {
				p.fail(v, "limit.years must be a whole number of years")
			}
		case "warn":
			l.Warn = p.span(v)
		case "who":
			l.Who = nil
			for _, it := range p.list(v) {
				l.Who = append(l.Who, p.str(it))
			}
		default:
			p.fail(k, "unknown key %q in limit (known: years, warn, who)", k.Value)
		}
	})
}

func (p *parser) risk(n *yaml.Node, r *RiskRule) {
	if p.off(n) {
		r.Enable = false
		return
	}
	num := func(v *yaml.Node, key string) int {
		if p.off(v) {
			return 0
		}
		x, err := strconv.Atoi(p.str(v))
		if err != nil || x < 0 || x > 5 {
			p.fail(v, "risk.%s must be a whole number from 0 to 5 (or off)", key)
		}
		return x
	}
	p.pairs(n, func(k, v *yaml.Node) {
		switch k.Value {
		case "intent":
			r.Intent = nil
			if p.off(v) {
				return
			}
			for _, it := range p.list(v) {
				switch s := p.str(it); s {
				case "stay", "unsure", "leave":
					r.Intent = append(r.Intent, s)
				default:
					p.fail(it, "risk.intent: %q is not an intent (stay, unsure, leave)", s)
				}
			}
		case "mood":
			r.Mood = num(v, "mood")
		case "mood_drop":
			r.MoodDrop = num(v, "mood_drop")
		case "complaint", "report":
			on := !p.off(v)
			if s := p.str(v); on && s != "on" && s != "true" {
				p.fail(v, "risk.%s must be on or off", k.Value)
			}
			if k.Value == "complaint" {
				r.Complaint = on
			} else {
				r.Report = on
			}
		case "early":
			r.Early = p.offSpan(v)
		case "gap":
			r.Gap = p.offSpan(v)
		case "who":
			r.Who = nil
			for _, it := range p.list(v) {
				r.Who = append(r.Who, p.str(it))
			}
		default:
			p.fail(k, "unknown key %q in risk (known: intent, mood, mood_drop, complaint, report, early, gap, who)", k.Value)
		}
	})
}

// off reports whether a scalar turns a setting off (off, false, none).
func (p *parser) off(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode {
		return false
	}
	switch p.str(n) {
	case "off", "false", "none":
		return true
	}
	return false
}

// offSpan reads a span that "off" turns off (zero).
func (p *parser) offSpan(n *yaml.Node) dates.Span {
	if p.off(n) {
		return dates.Span{}
	}
	s := p.span(n)
	if s.Approx() < 0 {
		p.fail(n, "expected a span after the date (3y, 6m, ...), not a negative one")
	}
	return s
}

func (p *parser) training(n *yaml.Node, t *TrainingRule) {
	if p.off(n) {
		t.Enable = false
		return
	}
	p.pairs(n, func(k, v *yaml.Node) {
		switch k.Value {
		case "hours":
			h, err := strconv.ParseFloat(p.str(v), 64)
			if err != nil || h <= 0 || h > 1000 {
				p.fail(v, "training.hours is the hours of training owed per fiscal year (8)")
			}
			t.Hours = h
		case "years":
			y, err := strconv.Atoi(p.str(v))
			if err != nil || y < 1 {
				p.fail(v, "training.years must be a whole number of years")
			}
			t.Years = y
		case "warn":
			t.Warn = p.offSpan(v)
		default:
			p.fail(k, "unknown key %q in training (known: hours, years, warn)", k.Value)
		}
	})
}

func (p *parser) stability(n *yaml.Node, s *StabilityRule) {
	if p.off(n) {
		s.Enable = false
		return
	}
	p.pairs(n, func(k, v *yaml.Node) {
		switch k.Value {
		case "warn":
			s.Warn = p.offSpan(v)
		case "who":
			s.Who = nil
			for _, it := range p.list(v) {
				s.Who = append(s.Who, p.str(it))
			}
		default:
			p.fail(k, "unknown key %q in stability (known: warn, who)", k.Value)
		}
	})
}

func (p *parser) lint(n *yaml.Node, l *LintConfig) {
	p.pairs(n, func(k, v *yaml.Node) {
		switch k.Value {
		case "disable":
			for _, it := range p.list(v) {
				l.Disable = append(l.Disable, p.str(it))
			}
		case "max_interval":
			l.MaxInterval = p.span(v)
		case "milestone_lag":
			l.MilestoneLag = p.span(v)
		case "sensitive":
			for _, it := range p.list(v) {
				l.Sensitive = append(l.Sensitive, p.str(it))
			}
		case "complaint_notify":
			n, err := strconv.Atoi(p.str(v))
			if err != nil || n < 0 || n > 366 {
				p.fail(v, "lint.complaint_notify must be a whole number of business days (0-366), not %q", v.Value)
			}
			l.ComplaintNotify = n
		default:
			p.fail(k, "unknown key %q in lint (known: disable, max_interval, milestone_lag, sensitive, complaint_notify)", k.Value)
		}
	})
}

func (p *parser) importConfig(n *yaml.Node, ic *ImportConfig) {
	p.pairs(n, func(k, v *yaml.Node) {
		switch k.Value {
		case "columns":
			if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				return
			}
			p.pairs(v, func(h, f *yaml.Node) {
				header, field := p.str(h), p.str(f)
				switch {
				case header == "":
					p.fail(h, "import.columns: a column header cannot be empty")
				case !slices.Contains(ImportFields, field):
					p.fail(f, "import.columns: column %q: %q is not a field (fields: %s)", header, field, strings.Join(ImportFields, ", "))
				}
				for _, m := range ic.Columns {
					if textfold.Key(m.Header) == textfold.Key(header) {
						p.fail(h, "import.columns: column %q is mapped twice (first on line %d)", header, m.Line)
					}
				}
				ic.Columns = append(ic.Columns, ColumnMap{Header: header, Field: field, Line: h.Line})
			})
		default:
			p.fail(k, "unknown key %q in import (known: columns)", k.Value)
		}
	})
}

// Questions lists every question of the rules' ask:, once each.
func (c *Config) Questions() []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range c.Rules {
		for _, q := range r.Ask {
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
		}
	}
	return out
}

// Rule returns the milestone rule with the given id, or nil.
func (c *Config) Rule(id string) *Rule {
	if id == "" {
		return nil
	}
	for i := range c.Rules {
		if c.Rules[i].ID == id {
			return &c.Rules[i]
		}
	}
	return nil
}

// User is a person's own settings, $XDG_CONFIG_HOME/follow/config.yaml (else
// ~/.config/follow/config.yaml): what is personal rather than the team's. It is strict
// like follow.yaml.
type User struct {
	Me   string // who "me" is: a name of the team, resolved like --owner
	Path string // the file read, "" when there is none
	Line int    // the line of me:
}

// UserPath is the person's own config.yaml: $XDG_CONFIG_HOME/follow/config.yaml,
// else ~/.config/follow/config.yaml ("" when neither can be told).
func UserPath(getenv func(string) string) string {
	dir := getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home := getenv("HOME")
		if home == "" {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "follow", "config.yaml")
}

// LoadUser reads a person's config.yaml; a missing file gives no settings.
func LoadUser(path string) (User, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return User{}, nil
	}
	if err != nil {
		return User{}, err
	}
	return ParseUser(path, src)
}

// ParseUser reads the content of a person's config.yaml.
func ParseUser(path string, src []byte) (User, error) {
	u := User{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF}), &doc); err != nil {
		return User{}, &Error{Path: path, Msg: "not valid YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].Tag == "!!null" {
		return u, nil
	}
	p := &parser{path: path}
	p.pairs(doc.Content[0], func(k, v *yaml.Node) {
		switch k.Value {
		case "me":
			u.Me, u.Line = p.str(v), k.Line
		default:
			p.fail(k, "unknown key %q (known: me)", k.Value)
		}
	})
	if p.err != nil {
		return User{}, p.err
	}
	return u, nil
}
