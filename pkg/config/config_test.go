package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/people"
)

// span parses a span literal for tests.
func span(t testing.TB, s string) dates.Span {
	t.Helper()
	v, err := dates.ParseSpan(s)
	if err != nil {
		t.Fatalf("ParseSpan(%q): %v", s, err)
	}
	return v
}

func day(y int, m time.Month, d int) dates.Date { return dates.MustOf(y, m, d) }

// lineOf returns the 1-based line of the first line of src containing marker.
func lineOf(t testing.TB, src, marker string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, marker) {
			return i + 1
		}
	}
	t.Fatalf("marker %q not in source", marker)
	return 0
}

func mustParse(t testing.TB, src string) *Config {
	t.Helper()
	c, err := Parse("follow.yaml", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return c
}

func TestParseFull(t *testing.T) {
	path := filepath.Join("testdata", "full.yaml")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	text := string(src)

	if c.Path != path {
		t.Errorf("Path = %q, want %q", c.Path, path)
	}
	if c.Me != "田中 太郎" {
		t.Errorf("Me = %q", c.Me)
	}
	if c.Lang != "ja" {
		t.Errorf("Lang = %q", c.Lang)
	}
	if c.Within != span(t, "14d") {
		t.Errorf("Within = %v, want 14d", c.Within)
	}
	if c.Calendar != "jp" {
		t.Errorf("Calendar = %q", c.Calendar)
	}
	if c.Shift != dates.ShiftAfter {
		t.Errorf("Shift = %v, want after", c.Shift)
	}
	wantClosed := []dates.Date{day(2026, 12, 29), day(2026, 12, 30), day(2026, 12, 31), day(2027, 1, 2), day(2027, 1, 3)}
	if !reflect.DeepEqual(c.Closed, wantClosed) {
		t.Errorf("Closed = %v, want %v", c.Closed, wantClosed)
	}
	if !c.RulesSet {
		t.Error("RulesSet = false, want true")
	}

	wantRules := []Rule{
		{ID: "first-day", What: "初日連絡", Who: "owner", From: "start", Offset: span(t, "0d"), Kind: "milestone", Line: lineOf(t, text, "id: first-day")},
		{ID: "week-1", What: "1週間フォロー", Who: "owner", From: "start", Offset: span(t, "7d"), Kind: "milestone", Line: lineOf(t, text, "id: week-1")},
		{ID: "month-1", What: "1ヶ月フォロー", Who: "owner", From: "start", Offset: span(t, "1m"), Kind: "milestone", Line: lineOf(t, text, "id: month-1")},
		{ID: "month-3", What: "3ヶ月面談", Who: "鈴木 一郎", From: "start", Offset: span(t, "3m"), Kind: "milestone", Line: lineOf(t, text, "id: month-3")},
		{ID: "renewal-intent", What: "更新意向確認", Who: "owner", From: "end", Offset: span(t, "-30d"), Kind: "renewal", Line: lineOf(t, text, "id: renewal-intent")},
		// from: end without kind: is a renewal duty
		{ID: "client-intent", What: "派遣先へ更新意向確認", Who: "owner", From: "end", Offset: span(t, "-2m"), Kind: "renewal", Line: lineOf(t, text, "id: client-intent")},
		{ID: "renewal-thanks", What: "更新お礼電話", Who: "manager", From: "renewal", Offset: span(t, "0d"), Renewals: []int{1, 3}, Kind: "milestone", Line: lineOf(t, text, "id: renewal-thanks")},
		{ID: "renewal-visit", What: "更新後訪問", Who: "owner", From: "renewal", Offset: span(t, "1w"), Kind: "milestone", Line: lineOf(t, text, "id: renewal-visit")},
	}
	if len(c.Rules) != len(wantRules) {
		t.Fatalf("got %d rules, want %d: %+v", len(c.Rules), len(wantRules), c.Rules)
	}
	for i := range wantRules {
		if !reflect.DeepEqual(c.Rules[i], wantRules[i]) {
			t.Errorf("rule %d:\n got %+v\nwant %+v", i, c.Rules[i], wantRules[i])
		}
	}
	if r := c.Rule("month-3"); r == nil || r.Who != "鈴木 一郎" {
		t.Errorf("Rule(month-3) = %+v", r)
	}
	if r := c.Rule("first-day-thanks"); r != nil {
		t.Errorf("Rule(first-day-thanks) = %+v, want nil: milestones: replaces the default rules", r)
	}
	if r := c.Rule(""); r != nil {
		t.Errorf("Rule(\"\") = %+v, want nil", r)
	}

	wantLimit := LimitRule{Years: 3, Warn: span(t, "2m"), Who: []string{"owner", "manager", "山本 課長"}, Enable: true}
	if !reflect.DeepEqual(c.Limit, wantLimit) {
		t.Errorf("Limit = %+v, want %+v", c.Limit, wantLimit)
	}
	if want := []string{"契約満了", "本人都合", "派遣先都合"}; !reflect.DeepEqual(c.EndCats, want) {
		t.Errorf("EndCats = %q, want %q", c.EndCats, want)
	}
	if want := []string{"next-past", "long-entry"}; !reflect.DeepEqual(c.Lint.Disable, want) {
		t.Errorf("Lint.Disable = %q, want %q", c.Lint.Disable, want)
	}
	if c.Lint.MaxInterval != span(t, "45d") {
		t.Errorf("Lint.MaxInterval = %v", c.Lint.MaxInterval)
	}
	if c.Lint.MilestoneLag != span(t, "7d") {
		t.Errorf("Lint.MilestoneLag = %v", c.Lint.MilestoneLag)
	}
	if want := []string{"持病", "通院"}; !reflect.DeepEqual(c.Lint.Sensitive, want) {
		t.Errorf("Lint.Sensitive = %q, want %q", c.Lint.Sensitive, want)
	}

	for _, key := range []string{"me", "lang", "within", "calendar", "shift", "closed", "milestones", "limit", "end_categories", "lint"} {
		if got, want := c.KeyLines[key], lineOf(t, text, key+":"); got != want {
			t.Errorf("KeyLines[%s] = %d, want %d", key, got, want)
		}
	}

	// The company closures are days off on top of the Japanese calendar.
	cal := c.BusinessCalendar()
	for _, tc := range []struct {
		d    dates.Date
		want bool
	}{
		{day(2026, 12, 28), true},
		{day(2026, 12, 29), false},
		{day(2026, 12, 31), false},
		{day(2027, 1, 1), false}, // 元日
		{day(2027, 1, 4), true},
		{day(2027, 12, 29), true}, // listed days are one-off, not yearly
	} {
		if got := cal.IsBusinessDay(tc.d); got != tc.want {
			t.Errorf("BusinessCalendar().IsBusinessDay(%s) = %v, want %v", tc.d, got, tc.want)
		}
	}
}

// TestParseSmall checks one key at a time, and that every other field keeps its default.
func TestParseSmall(t *testing.T) {
	def := Default()
	tests := []struct {
		name  string
		src   string
		check func(t *testing.T, c *Config)
	}{
		{"me", "me: 佐藤 健\n", func(t *testing.T, c *Config) {
			if c.Me != "佐藤 健" {
				t.Errorf("Me = %q", c.Me)
			}
		}},
		{"me null", "me:\n", func(t *testing.T, c *Config) {
			if c.Me != "" {
				t.Errorf("Me = %q", c.Me)
			}
		}},
		{"lang en", "lang: en\n", func(t *testing.T, c *Config) {
			if c.Lang != "en" {
				t.Errorf("Lang = %q", c.Lang)
			}
		}},
		{"lang empty follows LANG", "lang: \"\"\n", func(t *testing.T, c *Config) {
			if c.Lang != "" {
				t.Errorf("Lang = %q", c.Lang)
			}
		}},
		{"within months", "within: 1m\n", func(t *testing.T, c *Config) {
			if c.Within != (dates.Span{Months: 1}) {
				t.Errorf("Within = %v", c.Within)
			}
		}},
		{"within japanese", "within: ２週間\n", func(t *testing.T, c *Config) {
			if c.Within != (dates.Span{Days: 14}) {
				t.Errorf("Within = %v", c.Within)
			}
		}},
		{"calendar none", "calendar: none\n", func(t *testing.T, c *Config) {
			if c.Calendar != "none" || c.BusinessCalendar().Name() != "none" {
				t.Errorf("Calendar = %q, BusinessCalendar = %s", c.Calendar, c.BusinessCalendar().Name())
			}
		}},
		{"shift none", "shift: none\n", func(t *testing.T, c *Config) {
			if c.Shift != dates.ShiftNone {
				t.Errorf("Shift = %v", c.Shift)
			}
		}},
		{"shift Before", "shift: Before\n", func(t *testing.T, c *Config) {
			if c.Shift != dates.ShiftBefore {
				t.Errorf("Shift = %v", c.Shift)
			}
		}},
		{"closed empty", "closed: []\n", func(t *testing.T, c *Config) {
			if len(c.Closed) != 0 || c.BusinessCalendar().Name() != "japan" {
				t.Errorf("Closed = %v, calendar %s", c.Closed, c.BusinessCalendar().Name())
			}
		}},
		{"milestones empty list", "milestones: []\n", func(t *testing.T, c *Config) {
			if !c.RulesSet || len(c.Rules) != 0 {
				t.Errorf("RulesSet = %v, Rules = %+v; want an explicit empty rule set", c.RulesSet, c.Rules)
			}
		}},
		{"milestones null", "milestones:\n", func(t *testing.T, c *Config) {
			if !c.RulesSet || len(c.Rules) != 0 {
				t.Errorf("RulesSet = %v, Rules = %+v", c.RulesSet, c.Rules)
			}
		}},
		{"rule defaults", "milestones:\n  - id: x\n    what: y\n", func(t *testing.T, c *Config) {
			want := []Rule{{ID: "x", What: "y", Who: "owner", From: "start", Kind: "milestone", Line: 2}}
			if !reflect.DeepEqual(c.Rules, want) {
				t.Errorf("Rules = %+v, want %+v", c.Rules, want)
			}
		}},
		{"rule flow style", "milestones: [{id: a, what: b, from: renewal, offset: 2w, renewals: [2]}]\n", func(t *testing.T, c *Config) {
			want := []Rule{{ID: "a", What: "b", Who: "owner", From: "renewal", Offset: dates.Span{Days: 14}, Renewals: []int{2}, Kind: "milestone", Line: 1}}
			if !reflect.DeepEqual(c.Rules, want) {
				t.Errorf("Rules = %+v, want %+v", c.Rules, want)
			}
		}},
		{"rule explicit kind milestone from end becomes renewal", "milestones:\n  - {id: a, what: b, from: end, offset: -1m, kind: milestone}\n", func(t *testing.T, c *Config) {
			if c.Rules[0].Kind != "renewal" || c.Rules[0].Offset != (dates.Span{Months: -1}) {
				t.Errorf("rule = %+v", c.Rules[0])
			}
		}},
		{"rule kind renewal from start", "milestones:\n  - {id: a, what: b, kind: renewal, offset: 11m}\n", func(t *testing.T, c *Config) {
			if c.Rules[0].Kind != "renewal" || c.Rules[0].From != "start" {
				t.Errorf("rule = %+v", c.Rules[0])
			}
		}},
		{"limit off", "limit: off\n", func(t *testing.T, c *Config) {
			if c.Limit.Enable {
				t.Errorf("Limit = %+v, want disabled", c.Limit)
			}
		}},
		{"limit false", "limit: false\n", func(t *testing.T, c *Config) {
			if c.Limit.Enable {
				t.Errorf("Limit = %+v, want disabled", c.Limit)
			}
		}},
		{"limit none", "limit: none\n", func(t *testing.T, c *Config) {
			if c.Limit.Enable {
				t.Errorf("Limit = %+v, want disabled", c.Limit)
			}
		}},
		{"limit partial keeps defaults", "limit:\n  warn: 3m\n", func(t *testing.T, c *Config) {
			want := LimitRule{Years: 3, Warn: dates.Span{Months: 3}, Who: []string{"owner", "manager"}, Enable: true}
			if !reflect.DeepEqual(c.Limit, want) {
				t.Errorf("Limit = %+v, want %+v", c.Limit, want)
			}
		}},
		{"limit years", "limit: {years: 5}\n", func(t *testing.T, c *Config) {
			if c.Limit.Years != 5 || !c.Limit.Enable {
				t.Errorf("Limit = %+v", c.Limit)
			}
		}},
		{"limit who one person", "limit:\n  who: [owner]\n", func(t *testing.T, c *Config) {
			if !reflect.DeepEqual(c.Limit.Who, []string{"owner"}) {
				t.Errorf("Limit.Who = %q", c.Limit.Who)
			}
		}},
		{"end_categories", "end_categories: [a, b]\n", func(t *testing.T, c *Config) {
			if !reflect.DeepEqual(c.EndCats, []string{"a", "b"}) {
				t.Errorf("EndCats = %q", c.EndCats)
			}
		}},
		{"lint partial keeps milestone_lag", "lint:\n  max_interval: 1m\n", func(t *testing.T, c *Config) {
			if c.Lint.MaxInterval != (dates.Span{Months: 1}) || c.Lint.MilestoneLag != (dates.Span{Days: 14}) {
				t.Errorf("Lint = %+v", c.Lint)
			}
		}},
		{"lint complaint_notify", "lint:\n  complaint_notify: 3\n", func(t *testing.T, c *Config) {
			if c.Lint.ComplaintNotify != 3 || c.Lint.MilestoneLag != (dates.Span{Days: 14}) {
				t.Errorf("Lint = %+v", c.Lint)
			}
		}},
		{"BOM", "\xEF\xBB\xBFme: 佐藤\n", func(t *testing.T, c *Config) {
			if c.Me != "佐藤" {
				t.Errorf("Me = %q", c.Me)
			}
		}},
		{"CRLF", "me: 佐藤\r\nlang: en\r\n", func(t *testing.T, c *Config) {
			if c.Me != "佐藤" || c.Lang != "en" || c.KeyLines["lang"] != 2 {
				t.Errorf("Me = %q, Lang = %q, KeyLines = %v", c.Me, c.Lang, c.KeyLines)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := mustParse(t, tc.src)
			tc.check(t, c)
			if c.Path != "follow.yaml" {
				t.Errorf("Path = %q", c.Path)
			}
			// Fields the snippet does not set keep their defaults.
			if !strings.Contains(tc.src, "milestones") && !reflect.DeepEqual(c.Rules, def.Rules) {
				t.Errorf("Rules changed without milestones:")
			}
			if !strings.Contains(tc.src, "milestones") && c.RulesSet {
				t.Errorf("RulesSet without milestones:")
			}
			if !strings.Contains(tc.src, "end_categories") && !reflect.DeepEqual(c.EndCats, def.EndCats) {
				t.Errorf("EndCats = %q, want the defaults", c.EndCats)
			}
			if !strings.Contains(tc.src, "within") && c.Within != def.Within {
				t.Errorf("Within = %v, want the default", c.Within)
			}
			if !strings.Contains(tc.src, "shift") && c.Shift != def.Shift {
				t.Errorf("Shift = %v, want the default", c.Shift)
			}
			if !strings.Contains(tc.src, "limit") && !reflect.DeepEqual(c.Limit, def.Limit) {
				t.Errorf("Limit = %+v, want the default", c.Limit)
			}
		})
	}
}

func TestParsePeople(t *testing.T) {
	src := "people:\n  - name: 川口\u3000健太\n    reading: かわぐち けんた\n    aliases: [Kenta Kawaguchi]\n  - name: 森本 彩\n"
	c, err := Parse("follow.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []people.Person{
		{Name: "川口 健太", Reading: "かわぐち けんた", Aliases: []string{"Kenta Kawaguchi"}, Line: 2},
		{Name: "森本 彩", Line: 5},
	}
	if !c.PeopleSet || !reflect.DeepEqual(c.People, want) {
		t.Fatalf("People = %+v (set %v), want %+v", c.People, c.PeopleSet, want)
	}
	if c, err := Parse("follow.yaml", []byte("people: []\n")); err != nil || !c.PeopleSet || len(c.People) != 0 {
		t.Fatalf("people: [] = %+v, %v", c, err)
	}
	if c, _ := Parse("follow.yaml", []byte("lang: ja\n")); c.PeopleSet {
		t.Fatal("a file without people: declares people")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		marker string // the line the error must point at ("" = line 0)
		msg    []string
	}{
		{"unknown key", "me: a\nwithn: 7d\n", "withn", []string{`unknown key "withn"`, "within"}},
		{"bad span 7", "me: a\nwithin: 7\n", "within", []string{`"7" needs a unit`, "7d"}},
		{"bad span word", "within: soon\n", "within", []string{`"soon" is not a span`}},
		{"bad lang", "me: a\n\nlang: fr\n", "lang", []string{"lang must be ja or en", `"fr"`}},
		{"bad calendar", "calendar: us\n", "calendar", []string{"calendar must be jp or none", `"us"`}},
		{"bad shift", "shift: later\n", "shift", []string{"shift:", `"later"`}},
		{"bad closed date", "closed:\n  - 2026-12-29\n  - 2026-02-30\n", "2026-02-30", []string{"not a real calendar date"}},
		{"closed not a list", "closed: 2026-12-29\n", "closed", []string{"expected a list"}},
		{"me not scalar", "me: [a, b]\n", "me", []string{"expected a single value"}},
		{"bad from", "milestones:\n  - id: a\n    what: b\n    from: hire\n    offset: 1w\n", "from: hire", []string{"milestone rule a", "from must be start, renewal or end", `"hire"`}},
		{"bad kind", "milestones:\n  - id: a\n    what: b\n    kind: visit\n", "kind: visit", []string{"milestone rule a", "kind must be milestone or renewal"}},
		{"duplicate rule id", "milestones:\n  - id: week-1\n    what: a\n    offset: 1w\n  - id: month-1\n    what: b\n    offset: 1m\n  - id: week-1\n    what: c\n    offset: 8d\n",
			"id: week-1\n    what: c", []string{`"week-1" is used twice`, "first on line 2"}},
		{"rule without what", "milestones:\n  - id: a\n    what: b\n  - id: c\n    offset: 1m\n", "id: c", []string{"milestone rule c needs what:"}},
		{"rule without id", "milestones:\n  - what: b\n    offset: 1m\n", "what: b", []string{"needs id:"}},
		{"rule unknown key", "milestones:\n  - id: a\n    what: b\n    ofset: 1m\n", "ofset", []string{`unknown key "ofset" in a milestone rule`}},
		{"rule bad offset", "milestones:\n  - id: a\n    what: b\n    offset: 30\n", "offset: 30", []string{`"30" needs a unit`}},
		{"rule not a mapping", "milestones:\n  - week-1\n", "week-1", []string{"expected a block of keys"}},
		{"milestones not a list", "milestones: week-1\n", "milestones", []string{"expected a list"}},
		{"renewals zero", "milestones:\n  - id: a\n    what: b\n    from: renewal\n    renewals: [1, 0]\n", "renewals", []string{"renewal numbers"}},
		{"renewals word", "milestones:\n  - id: a\n    what: b\n    from: renewal\n    renewals:\n      - first\n", "first", []string{"renewal numbers"}},
		// Sscan stops at the first non-digit: 1.5 must not silently become 1.
		{"renewals fraction", "milestones:\n  - id: a\n    what: b\n    from: renewal\n    renewals:\n      - 1.5\n", "1.5", []string{"renewal numbers"}},
		{"limit years zero", "limit:\n  years: 0\n", "years", []string{"whole number of years"}},
		{"limit years word", "limit:\n  years: three\n", "years", []string{"whole number of years"}},
		{"limit years fraction", "limit:\n  years: 2.5\n", "years", []string{"whole number of years"}},
		{"limit bad warn", "limit:\n  warn: 30\n", "warn", []string{`"30" needs a unit`}},
		{"limit unknown key", "limit:\n  year: 3\n", "year", []string{`unknown key "year" in limit`}},
		{"limit on", "limit: on\n", "limit", []string{"expected a block of keys"}},
		{"lint unknown key", "lint:\n  disabled: [x]\n", "disabled", []string{`unknown key "disabled" in lint`}},
		{"lint bad max_interval", "lint:\n  max_interval: 45\n", "max_interval", []string{`"45" needs a unit`}},
		{"lint bad complaint_notify", "lint:\n  complaint_notify: 1d\n", "complaint_notify", []string{`lint.complaint_notify must be a whole number of business days (0-366), not "1d"`}},
		{"import unknown key", "import:\n  column:\n    社員番号: id\n", "column", []string{`unknown key "column" in import`}},
		{"import bad field", "import:\n  columns:\n    社員番号: staff\n", "staff", []string{`column "社員番号"`, `"staff" is not a field`, "id, name, kana"}},
		{"import empty field", "import:\n  columns:\n    社員番号:\n", "社員番号", []string{`"" is not a field`}},
		{"import twice", "import:\n  columns:\n    社員ID: id\n    社員ＩＤ: name\n", "社員ＩＤ", []string{`column "社員ＩＤ" is mapped twice`, "first on line 3"}},
		{"import columns a list", "import:\n  columns: [id]\n", "[id]", []string{"expected a block of keys"}},
		{"root not a mapping", "- me\n- lang\n", "- me", []string{"must be a mapping"}},
		{"invalid yaml", "me: a\nlang: [ja\n", "", []string{"not valid YAML"}},
		{"first error wins", "lang: fr\ncalendar: us\n", "lang", []string{"lang must be"}},
		{"people not a list", "people: 川口 健太\n", "people", []string{"expected a list"}},
		{"person unknown key", "people:\n  - name: 川口 健太\n    kana: かわぐち けんた\n", "kana", []string{`unknown key "kana" in a person`, "reading"}},
		{"person without name", "people:\n  - name: 川口 健太\n  - reading: もりもと あや\n", "- reading", []string{"a person needs name:"}},
		{"person twice", "people:\n  - name: 川口 健太\n  - name: 川口\u3000健太\n", "- name: 川口\u3000健太", []string{"川口 健太 is already 川口 健太's"}},
		{"alias of another", "people:\n  - name: 川口 健太\n  - name: 森本 彩\n    aliases: [かわぐちけんた, 川口健太]\n", "- name: 森本 彩", []string{"川口健太 is already 川口 健太's"}},
		{"bad fiscal year start", "fiscal_year_start: 13\n", "fiscal_year_start", []string{"1 to 12"}},
		{"fiscal year start word", "fiscal_year_start: april\n", "fiscal_year_start", []string{"1 to 12"}},
		{"training hours zero", "training:\n  hours: 0\n", "hours", []string{"training.hours"}},
		{"training years word", "training:\n  years: three\n", "years", []string{"whole number of years"}},
		{"training unknown key", "training:\n  hour: 8\n", "hour", []string{`unknown key "hour" in training`}},
		{"stability unknown key", "stability:\n  warning: 6m\n", "warning", []string{`unknown key "warning" in stability`}},
		{"stability bad warn", "stability:\n  warn: 6\n", "warn", []string{`"6" needs a unit`}},
		{"retention negative", "retention: -3y\n", "retention", []string{"negative"}},
		{"retention word", "retention: forever\n", "retention", []string{`"forever" is not a span`}},
		{"ask not a list", "milestones:\n  - id: a\n    what: b\n    ask: 通勤は？\n", "ask", []string{"expected a list"}},
		{"aliases not a list", "people:\n  - name: 川口 健太\n    aliases: けんた\n", "aliases", []string{"expected a list"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("team/follow.yaml", []byte(tc.src))
			if err == nil {
				t.Fatalf("Parse succeeded (%+v), want an error", c)
			}
			if c != nil {
				t.Errorf("Parse returned a config with an error")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v is not a *config.Error", err, err)
			}
			want := 0
			if tc.marker != "" {
				want = lineOf(t, tc.src, strings.Split(tc.marker, "\n")[0])
				if strings.Contains(tc.marker, "\n") { // a marker spanning lines: find it as a whole
					want = 1 + strings.Count(tc.src[:strings.Index(tc.src, tc.marker)], "\n")
				}
			}
			if e.Line != want {
				t.Errorf("line = %d, want %d (%v)", e.Line, want, err)
			}
			if e.Path != "team/follow.yaml" {
				t.Errorf("Path = %q", e.Path)
			}
			for _, m := range tc.msg {
				if !strings.Contains(e.Msg, m) {
					t.Errorf("message %q does not contain %q", e.Msg, m)
				}
			}
			prefix := "team/follow.yaml: "
			if want > 0 {
				prefix = "team/follow.yaml:" + strconv.Itoa(want) + ": "
			}
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("Error() = %q, want prefix %q", err.Error(), prefix)
			}
		})
	}
}

func TestInvalidYAMLNamesTheLine(t *testing.T) {
	_, err := Parse("follow.yaml", []byte("me: a\nlang: [ja\n"))
	if err == nil || !strings.Contains(err.Error(), "line") {
		t.Errorf("error %v does not say where the YAML is broken", err)
	}
}

func TestParseEmptyIsDefault(t *testing.T) {
	for name, src := range map[string]string{
		"empty":         "",
		"comments only": "# follow.yaml\n# nothing set yet\n",
		"BOM only":      "\xEF\xBB\xBF",
		"document only": "---\n",
	} {
		t.Run(name, func(t *testing.T) {
			c := mustParse(t, src)
			want := Default()
			want.Path = "follow.yaml"
			want.KeyLines = map[string]int{}
			if !reflect.DeepEqual(c, want) {
				t.Errorf("Parse(%q) =\n%+v\nwant\n%+v", src, c, want)
			}
		})
	}
}

func TestLoadMissingFileGivesDefault(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "follow.yaml"))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if !reflect.DeepEqual(c, Default()) {
		t.Errorf("Load(missing) = %+v, want Default()", c)
	}
	if c.Path != "" {
		t.Errorf("Path = %q, want \"\" for defaults", c.Path)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	// A directory where the file should be is an error, not the defaults.
	if _, err := Load(dir); err == nil {
		t.Error("Load(directory) succeeded")
	}
	bad := filepath.Join(dir, "follow.yaml")
	if err := os.WriteFile(bad, []byte("lang: fr\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(bad)
	var e *Error
	if !errors.As(err, &e) || e.Path != bad || e.Line != 1 {
		t.Errorf("Load(bad) = %v, want a *config.Error at %s:1", err, bad)
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if c.Calendar != "jp" || c.Shift != dates.ShiftBefore {
		t.Errorf("Calendar %q Shift %v, want jp before", c.Calendar, c.Shift)
	}
	if c.Within != span(t, "7d") {
		t.Errorf("Within = %v, want 7d", c.Within)
	}
	if c.Me != "" || c.Lang != "" || c.Path != "" || c.RulesSet || len(c.Closed) != 0 {
		t.Errorf("unexpected non-zero field in %+v", c)
	}
	wantLimit := LimitRule{Years: 3, Warn: span(t, "1m"), Who: []string{"owner", "manager"}, Enable: true}
	if !reflect.DeepEqual(c.Limit, wantLimit) {
		t.Errorf("Limit = %+v, want %+v", c.Limit, wantLimit)
	}
	if !reflect.DeepEqual(c.EndCats, DefaultEndCategories) {
		t.Errorf("EndCats = %q", c.EndCats)
	}
	if c.Lint.MilestoneLag != span(t, "14d") || c.Lint.MaxInterval != span(t, "60d") || len(c.Lint.Disable) != 0 || len(c.Lint.Sensitive) != 0 {
		t.Errorf("Lint = %+v", c.Lint)
	}
	if c.FiscalYearStart != 4 || c.Retention != span(t, "3y") {
		t.Errorf("FiscalYearStart %d Retention %v, want 4 and 3y", c.FiscalYearStart, c.Retention)
	}
	if want := (TrainingRule{Hours: 8, Years: 3, Warn: span(t, "2m"), Enable: true}); !reflect.DeepEqual(c.Training, want) {
		t.Errorf("Training = %+v, want %+v", c.Training, want)
	}
	if want := (StabilityRule{Warn: span(t, "6m"), Who: []string{"owner"}, Enable: true}); !reflect.DeepEqual(c.Stability, want) {
		t.Errorf("Stability = %+v, want %+v", c.Stability, want)
	}
	if c.BusinessCalendar().Name() != "japan" {
		t.Errorf("BusinessCalendar = %s, want japan", c.BusinessCalendar().Name())
	}
	// Each call gives a fresh value: changing one must not change the next.
	c.Rules[0].What = "changed"
	c.EndCats = append(c.EndCats[:0], "x")
	if d := Default(); d.Rules[0].What == "changed" {
		t.Error("Default() shares its rules between calls")
	}
}

// TestDefaultRulesMatchDomain checks the shipped rules against the practice in DOMAIN.md:
// a contact on the first day (owner) and the manager's thank-you call that day, follow-ups
// after 1 week, 1 month and 3 months, the renewal-intent check about a month (30 days)
// before the contract ends, and the manager's thank-you call on the 1st and 3rd renewals.
func TestDefaultRulesMatchDomain(t *testing.T) {
	type rule struct {
		id, who, from, offset, kind string
		renewals                    []int
	}
	want := []rule{
		{"first-day", "owner", "start", "0d", "milestone", nil},
		{"first-day-thanks", "manager", "start", "0d", "milestone", nil},
		{"week-1", "owner", "start", "1w", "milestone", nil},
		{"month-1", "owner", "start", "1m", "milestone", nil},
		{"month-3", "owner", "start", "3m", "milestone", nil},
		{"renewal-intent", "owner", "end", "-30d", "renewal", nil},
		{"renewal-thanks", "manager", "renewal", "0d", "milestone", []int{1, 3}},
	}
	got := DefaultRules()
	if len(got) != len(want) {
		t.Fatalf("DefaultRules has %d rules, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.id || g.Who != w.who || g.From != w.from || g.Offset != span(t, w.offset) || g.Kind != w.kind || !reflect.DeepEqual(g.Renewals, w.renewals) {
			t.Errorf("rule %d = %+v, want %+v", i, g, w)
		}
		if g.What == "" {
			t.Errorf("rule %s has no what", g.ID)
		}
		if g.Line != 0 {
			t.Errorf("rule %s has line %d, want 0 (not from a file)", g.ID, g.Line)
		}
	}
	// The manager's calls go to the on-site supervisor.
	for _, id := range []string{"first-day-thanks", "renewal-thanks"} {
		if r := Default().Rule(id); r == nil || !strings.Contains(r.What, "指揮命令者") {
			t.Errorf("rule %s = %+v, want a call to the 指揮命令者", id, r)
		}
	}
	// The defaults pass the same validation a follow.yaml would.
	var b strings.Builder
	b.WriteString("milestones:\n")
	for _, r := range got {
		b.WriteString("  - {id: " + r.ID + ", what: " + r.What + ", who: " + r.Who + ", from: " + r.From + ", offset: " + r.Offset.String() + ", kind: " + r.Kind)
		if len(r.Renewals) > 0 {
			b.WriteString(", renewals: [")
			for i, n := range r.Renewals {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Itoa(n))
			}
			b.WriteString("]")
		}
		if len(r.Ask) > 0 {
			b.WriteString(", ask: [")
			for i, q := range r.Ask {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Quote(q))
			}
			b.WriteString("]")
		}
		b.WriteString("}\n")
	}
	c := mustParse(t, b.String())
	for i := range c.Rules {
		c.Rules[i].Line = 0
	}
	if !reflect.DeepEqual(c.Rules, got) {
		t.Errorf("defaults written as follow.yaml read back as\n%+v\nwant\n%+v", c.Rules, got)
	}
}

func TestBusinessCalendar(t *testing.T) {
	closed := []dates.Date{day(2026, 12, 29), day(2026, 12, 30), day(2026, 12, 31)}
	tests := []struct {
		name     string
		calendar string
		closed   []dates.Date
		wantName string
		days     map[dates.Date]bool
	}{
		{"jp", "jp", nil, "japan", map[dates.Date]bool{
			day(2026, 1, 9):   true,  // Friday
			day(2026, 1, 10):  false, // Saturday
			day(2026, 1, 12):  false, // 成人の日
			day(2026, 5, 6):   false, // 振替休日
			day(2026, 12, 31): true,
			0:                 false,
		}},
		{"empty means jp", "", nil, "japan", map[dates.Date]bool{
			day(2026, 5, 4): false,
			day(2026, 5, 7): true,
		}},
		{"none", "none", nil, "none", map[dates.Date]bool{
			day(2026, 1, 10): true, // Saturday
			day(2026, 1, 12): true, // 成人の日
			day(2027, 1, 1):  true,
			0:                false,
		}},
		{"jp with closed days", "jp", closed, "japan+closed", map[dates.Date]bool{
			day(2026, 12, 28): true,
			day(2026, 12, 29): false,
			day(2026, 12, 31): false,
			day(2027, 1, 1):   false,
			day(2027, 1, 4):   true,
		}},
		{"none with closed days", "none", closed, "none+closed", map[dates.Date]bool{
			day(2026, 12, 27): true, // Sunday
			day(2026, 12, 30): false,
			day(2027, 1, 1):   true,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Default()
			c.Calendar, c.Closed = tc.calendar, tc.closed
			cal := c.BusinessCalendar()
			if cal.Name() != tc.wantName {
				t.Errorf("Name = %q, want %q", cal.Name(), tc.wantName)
			}
			for d, want := range tc.days {
				if got := cal.IsBusinessDay(d); got != want {
					t.Errorf("IsBusinessDay(%s) = %v, want %v", d, got, want)
				}
			}
			if again := c.BusinessCalendar(); again.Name() != cal.Name() {
				t.Errorf("second call gave %s", again.Name())
			}
		})
	}

	// Through Parse: calendar none plus closed days.
	c := mustParse(t, "calendar: none\nclosed: [2026-12-31]\n")
	if cal := c.BusinessCalendar(); cal.IsBusinessDay(day(2026, 12, 31)) || !cal.IsBusinessDay(day(2027, 1, 1)) {
		t.Errorf("calendar none + closed 12/31: 12/31 open=%v, 1/1 open=%v", cal.IsBusinessDay(day(2026, 12, 31)), cal.IsBusinessDay(day(2027, 1, 1)))
	}
}

// TestBusinessCalendarConcurrent: the parallel workers of due, lint and stats all ask for
// the calendar of one Config; under go test -race (as .ci/run runs this package) a lazy
// fill without synchronization is reported here.
func TestBusinessCalendarConcurrent(t *testing.T) {
	c := mustParse(t, "closed: [2026-12-31]\n")
	names := make([]string, 8)
	var wg sync.WaitGroup
	for i := range names {
		wg.Go(func() { names[i] = c.BusinessCalendar().Name() })
	}
	wg.Wait()
	for i, n := range names {
		if n != "japan+closed" {
			t.Errorf("worker %d got calendar %q, want japan+closed", i, n)
		}
	}
}

func TestImportColumns(t *testing.T) {
	c, err := Parse("follow.yaml", []byte("lang: ja\nimport:\n  columns:\n    社員番号: id\n    \"氏名（漢字）\": name\n    勤務開始: start\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []ColumnMap{{"社員番号", "id", 4}, {"氏名（漢字）", "name", 5}, {"勤務開始", "start", 6}}
	if !reflect.DeepEqual(c.Import.Columns, want) {
		t.Errorf("Import.Columns = %+v, want %+v", c.Import.Columns, want)
	}
	if d, _ := Parse("follow.yaml", []byte("import:\n  columns:\n")); len(d.Import.Columns) != 0 {
		t.Errorf("an empty columns: gives %+v", d.Import.Columns)
	}
}

func TestParseUser(t *testing.T) {
	u, err := ParseUser("config.yaml", []byte("# mine\nme: 森本 彩\n"))
	if err != nil || u.Me != "森本 彩" || u.Line != 2 || u.Path != "config.yaml" {
		t.Fatalf("ParseUser = %+v, %v", u, err)
	}
	for src, want := range map[string]string{
		"me: [a, b]\n":      "config.yaml:1: expected a single value",
		"me: a\nlang: ja\n": `config.yaml:2: unknown key "lang" (known: me)`,
		"- me\n":            "config.yaml:1: expected a block of keys",
		"me: [\n":           "config.yaml: not valid YAML",
	} {
		if _, err := ParseUser("config.yaml", []byte(src)); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("ParseUser(%q) = %v, want %s", src, err, want)
		}
	}
	if u, err := ParseUser("config.yaml", nil); err != nil || u.Me != "" {
		t.Errorf("empty file: %+v, %v", u, err)
	}
	if u, err := LoadUser(filepath.Join(t.TempDir(), "none.yaml")); err != nil || u != (User{}) {
		t.Errorf("no file: %+v, %v", u, err)
	}
}

// closed: takes dates, a day of every year and a period of every year (年末年始), and
// ClosureOf says why a day is closed.
func TestClosedYearly(t *testing.T) {
	c := mustParse(t, "closed:\n  - 12-29..01-03   # 年末年始\n  - 08-14\n  - 2027-05-06\n")
	want := []Yearly{{dates.MonthDay{Month: 12, Day: 29}, dates.MonthDay{Month: 1, Day: 3}}, {dates.MonthDay{Month: 8, Day: 14}, dates.MonthDay{Month: 8, Day: 14}}}
	if !reflect.DeepEqual(c.Yearly, want) || len(c.Closed) != 1 || c.Closed[0] != day(2027, 5, 6) {
		t.Fatalf("Yearly = %+v, Closed = %v", c.Yearly, c.Closed)
	}
	for d, w := range map[dates.Date]struct {
		c    Closure
		name string
	}{
		day(2026, 12, 28): {Open, ""},
		day(2026, 12, 29): {Company, ""},
		day(2027, 1, 1):   {Holiday, "元日"},
		day(2027, 1, 2):   {Weekend, ""},
		day(2027, 1, 4):   {Open, ""},
		day(2027, 1, 11):  {Holiday, "成人の日"},
		day(2027, 8, 13):  {Open, ""},
		day(2027, 8, 14):  {Weekend, ""},
		day(2026, 8, 14):  {Company, ""},
		day(2027, 5, 6):   {Company, ""},
	} {
		if got, name := c.ClosureOf(d); got != w.c || name != w.name {
			t.Errorf("ClosureOf(%s) = %v %q, want %v %q", d, got, name, w.c, w.name)
		}
	}
	for _, bad := range []string{"closed: [12-29..1-32]\n", "closed: [monday]\n", "closed: [2026-02-30]\n", "closed: [12/29..]\n"} {
		if _, err := Parse("follow.yaml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "closed") && !strings.Contains(err.Error(), "2026-02-30") {
			t.Errorf("%q: err = %v", bad, err)
		}
	}
	// calendar: none knows no weekends and no public holidays: a closed day is the team's.
	n := mustParse(t, "calendar: none\nclosed: [12-29..01-03]\n")
	if got, _ := n.ClosureOf(day(2027, 1, 1)); got != Company {
		t.Errorf("calendar none: 1/1 is %v", got)
	}
}

func TestUserPath(t *testing.T) {
	xdg, home := t.TempDir(), t.TempDir() // absolute on every system
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"XDG_CONFIG_HOME": xdg, "HOME": home}, filepath.Join(xdg, "follow", "config.yaml")},
		{map[string]string{"XDG_CONFIG_HOME": "relative", "HOME": home}, filepath.Join(home, ".config", "follow", "config.yaml")},
		{map[string]string{}, ""},
	} {
		if got := UserPath(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %q, want %q", c.env, got, c.want)
		}
	}
}
