package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/internal/reportcheck"
	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/stats"
	"github.com/staffnote/follow/pkg/store"
)

// sampleDir is the repository's sample records (records/), the ones README.md shows.
const sampleDir = "../../records"

// sampleToday is the day README.md runs the samples on.
const sampleToday = "2026-12-01"

// runFollow runs follow in-process with a clean environment and returns its exit code,
// stdout and stderr.
func runFollow(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{
		IO:     &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
		Getenv: func(string) string { return "" },
		Cwd:    t.TempDir(),
		Now:    func() time.Time { return time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC) },
	}
	code := Run(f, args)
	return code, out.String(), errOut.String()
}

func sampleStats(t *testing.T, args ...string) stats.Stats {
	t.Helper()
	code, out, errOut := runFollow(t, append([]string{"stats", "--json", "--dir", sampleDir, "--today", sampleToday}, args...)...)
	if code != 0 {
		t.Fatalf("follow stats %v: exit %d\n%s", args, code, errOut)
	}
	var s stats.Stats
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("follow stats --json %v: %v\n%s", args, err, out)
	}
	return s
}

var figRE = regexp.MustCompile(`data-fig="([^"]+)"(?: data-n="(\d+)" data-d="(\d+)"| data-v="([^"]*)")`)

// TestReportSampleRecords builds the report from the sample records and checks its pages:
// every link resolves and nothing is external, every staff member has a page linked from
// the overview, the due list holds what follow due lists, and every figure on the
// overview is the one follow stats --json gives.
func TestReportSampleRecords(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sampleDir, "follow.yaml")); err != nil {
		t.Fatalf("no sample records: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "report")
	code, out, errOut := runFollow(t, "report", dir, "--dir", sampleDir, "--today", sampleToday)
	if code != 0 {
		t.Fatalf("follow report: exit %d\n%s", code, errOut)
	}
	if strings.TrimSpace(out) != filepath.Join(dir, "index.html") {
		t.Errorf("stdout %q", out)
	}
	files, err := reportcheck.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if probs := reportcheck.Files(files); len(probs) > 0 {
		t.Errorf("the report has problems:\n%s", strings.Join(probs, "\n"))
	}
	page := map[string]string{}
	for _, f := range files {
		page[f.Path] = string(f.Data)
	}
	index := page["index.html"]
	if index == "" {
		t.Fatal("no index.html")
	}

	// Every staff member has a page, linked from the overview.
	s, err := store.Open(sampleDir)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	staffPages := 0
	for p := range page {
		if strings.HasPrefix(p, "staff/") {
			staffPages++
		}
	}
	if staffPages != len(paths) || len(paths) == 0 {
		t.Errorf("%d staff pages for %d records", staffPages, len(paths))
	}
	for _, l := range store.Load(paths) {
		if l.Err != nil {
			t.Fatalf("sample record: %v", l.Err)
		}
		r := l.Record
		p := "staff/" + r.ID + ".html"
		body, ok := page[p]
		if !ok {
			t.Errorf("%s (%s) has no page", r.ID, r.Name)
			continue
		}
		if !strings.Contains(body, "<h1>"+r.Name) {
			t.Errorf("%s does not name %s", p, r.Name)
		}
		if !strings.Contains(index, `href="`+p+`"`) {
			t.Errorf("the overview does not link %s", p)
		}
		entries, _ := r.Entries()
		for _, e := range entries {
			if !e.Date.IsZero() && !strings.Contains(body, e.Date.String()) {
				t.Errorf("%s lacks the visit log entry of %s", p, e.Date)
			}
		}
	}

	// The due list holds what follow due lists, item for item.
	code, out, errOut = runFollow(t, "due", "--json", "--dir", sampleDir, "--today", sampleToday)
	if code != 0 {
		t.Fatalf("follow due: exit %d\n%s", code, errOut)
	}
	var due []schedule.Item
	if err := json.Unmarshal([]byte(out), &due); err != nil {
		t.Fatal(err)
	}
	dueRows := 0
	for _, sec := range regexp.MustCompile(`(?s)<table class="due">.*?</table>`).FindAllString(index, -1) {
		dueRows += strings.Count(sec, "<tr class=")
	}
	if dueRows != len(due) || len(due) == 0 {
		t.Errorf("the report lists %d due items, follow due --json %d", dueRows, len(due))
	}

	// Every figure on the overview matches follow stats --json.
	figs := map[string][]string{}
	for _, m := range figRE.FindAllStringSubmatch(index, -1) {
		if _, dup := figs[m[1]]; dup {
			t.Errorf("figure %s appears twice", m[1])
		}
		figs[m[1]] = m[2:]
	}
	checked := 0
	ratio := func(key string, r stats.Ratio) {
		t.Helper()
		v, ok := figs[key]
		if !ok {
			t.Errorf("the overview lacks %s (want %s)", key, r)
			return
		}
		if v[0] != strconv.Itoa(r.N) || v[1] != strconv.Itoa(r.D) {
			t.Errorf("%s: the overview shows %s/%s, follow stats %d/%d", key, v[0], v[1], r.N, r.D)
		}
		checked++
	}
	value := func(key, want string) {
		t.Helper()
		v, ok := figs[key]
		if !ok {
			t.Errorf("the overview lacks %s (want %s)", key, want)
			return
		}
		if v[2] != want {
			t.Errorf("%s: the overview shows %q, follow stats %q", key, v[2], want)
		}
		checked++
	}
	calls := func(scope string, d *stats.Discipline) {
		t.Helper()
		ratio(scope+"/calls_on_time", d.CallsOnTime)
		value(scope+"/calls_late", strconv.Itoa(d.CallsLate))
		value(scope+"/calls_open", strconv.Itoa(d.CallsOpen))
	}
	group := func(scope string, g stats.Group) {
		t.Helper()
		ratio(scope+"/renewal_rate", g.RenewalRate)
		ratio(scope+"/termination_rate", g.TerminationRate)
		for name, n := range map[string]int{"ends": g.Ends, "renewed": g.Renewed, "ended": g.Ended, "pending": g.Pending, "saves": g.Saves} {
			value(scope+"/"+name, strconv.Itoa(n))
		}
		if scope == "total" {
			value(scope+"/early", strconv.Itoa(g.Early))
			value(scope+"/past", strconv.Itoa(g.Past))
			for cat, n := range g.Categories {
				if !strings.Contains(index, `data-cat="`+cat+`" data-v="`+strconv.Itoa(n)+`"`) {
					t.Errorf("the overview lacks end category %s = %d", cat, n)
				}
			}
		}
		d := g.Discipline
		if d == nil {
			return
		}
		value(scope+"/active", strconv.Itoa(d.Active))
		value(scope+"/overdue", strconv.Itoa(d.Overdue))
		value(scope+"/overdue_median_days", stats.Days(d.OverdueMedianDays))
		value(scope+"/first_months_median_days", stats.Days(d.FirstMonthsMedianDays))
		ratio(scope+"/with_next", d.WithNext)
		ratio(scope+"/reports_on_time", d.ReportsOnTime)
		ratio(scope+"/milestones_on_time", d.MilestonesOnTime)
		if scope == "total" {
			value(scope+"/unscheduled", strconv.Itoa(d.Unscheduled))
			calls(scope, d)
		}
	}
	total := sampleStats(t)
	if !strings.Contains(index, total.From.String()) || !strings.Contains(index, total.To.String()) {
		t.Errorf("the overview does not show the window %s – %s", total.From, total.To)
	}
	if total.Total.Ends == 0 || total.Total.Discipline.Active == 0 {
		t.Errorf("the sample records give no figures: %+v", total.Total)
	}
	group("total", total.Total)
	byOwner := sampleStats(t, "--by", "owner")
	for _, g := range byOwner.Groups {
		group("owner:"+g.Key, g)
	}
	// The managers' thank-you calls, by manager (issue 20: apart from the owners' milestones).
	byManager := sampleStats(t, "--by", "manager")
	if len(byManager.Groups) == 0 {
		t.Error("no manager in the sample records")
	}
	for _, g := range byManager.Groups {
		calls("manager:"+g.Key, g.Discipline)
	}
	byMonth := sampleStats(t, "--by", "month")
	if len(byMonth.Groups) != 12 {
		t.Errorf("%d months", len(byMonth.Groups))
	}
	for _, g := range byMonth.Groups {
		group("month:"+g.Key, g)
	}
	t.Logf("%d figures checked against follow stats --json", checked)
	if checked != len(figs) {
		t.Errorf("checked %d figures of the %d on the overview", checked, len(figs))
	}
	// The month chart has a bar (or an empty slot) per month, titled with its counts.
	if n := strings.Count(index, `<g class="month">`); n != 12 {
		t.Errorf("%d month bars", n)
	}
	if n := strings.Count(index, `<g class="owner">`); n == 0 {
		t.Errorf("no owner bars")
	}
}

// The same records give the same figures whatever the order they are read in and
// whichever language is asked for: nothing but the records and the dates goes in.
func TestStatsStableAcrossLanguages(t *testing.T) {
	_, en, _ := runFollow(t, "stats", "--json", "--by", "owner", "--dir", sampleDir, "--today", sampleToday, "--lang", "en")
	_, ja, _ := runFollow(t, "stats", "--json", "--by", "owner", "--dir", sampleDir, "--today", sampleToday, "--lang", "ja")
	if en != ja || en == "" {
		t.Error("stats --json differs between languages")
	}
}

func TestStatsUsage(t *testing.T) {
	for _, args := range [][]string{
		{"stats", "--by", "team"},
		{"stats", "--format", "xml"},
		{"stats", "--json", "--format", "csv"},
		{"stats", "--bom"},
		{"stats", "--min", "-1"},
		{"stats", "--from", "2026-05-01", "--to", "2026-04-01"},
		{"stats", "--from", "someday"},
		{"report"},
		{"report", "x", "--within", "soon"},
	} {
		code, _, errOut := runFollow(t, append(args, "--dir", sampleDir, "--today", sampleToday)...)
		if code != ExitUsage || errOut == "" {
			t.Errorf("follow %v: exit %d, stderr %q", args, code, errOut)
		}
	}
}
