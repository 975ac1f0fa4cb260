package report

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/staffnote/follow/internal/reportcheck"
	"github.com/staffnote/follow/pkg/record"
)

func fileMap(site *Site) map[string]string {
	m := map[string]string{}
	for _, f := range site.Files {
		m[f.Path] = string(f.Data)
	}
	return m
}

func TestGenerateFiles(t *testing.T) {
	site := fixtureSite(t, "ja")
	files := fileMap(site)
	for _, p := range []string{"index.html", "staff/T0001.html", "staff/T0002.html", "staff/T0003.html", "staff/T0004.html", ".gitignore"} {
		if _, ok := files[p]; !ok {
			t.Errorf("missing %s (have %v)", p, keys(files))
		}
	}
	if len(files) != 6 {
		t.Errorf("%d files: %v", len(files), keys(files))
	}
	for id, p := range site.Pages {
		if p != "staff/"+id+".html" {
			t.Errorf("page of %s is %s", id, p)
		}
	}
	for p, s := range files {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not UTF-8", p)
		}
		if strings.HasSuffix(p, ".html") {
			for _, want := range []string{`<meta charset="utf-8">`, `<html lang="ja">`, `Content-Security-Policy`, `Noto Sans CJK JP`} {
				if !strings.Contains(s, want) {
					t.Errorf("%s lacks %s", p, want)
				}
			}
		}
	}
	if probs := checkSite(site.Files); len(probs) > 0 {
		t.Errorf("check:\n%s", strings.Join(probs, "\n"))
	}
}

// externalRE is the grep of the issue: an src or href (in any quoting) to http://,
// https:// or a protocol-relative //.
var externalRE = regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?\s*(https?:)?//`)

func TestNoExternalURLs(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		for _, f := range fixtureSite(t, lang).Files {
			s := string(f.Data)
			if m := externalRE.FindString(s); m != "" {
				t.Errorf("%s %s: %q", lang, f.Path, m)
			}
			// The notes of T0001 name addresses, which stay as text; no other page may
			// mention one at all.
			if f.Path != "staff/T0001.html" && (strings.Contains(s, "http://") || strings.Contains(s, "https://")) {
				t.Errorf("%s %s mentions an address", lang, f.Path)
			}
		}
	}
}

func TestBodyIsSanitized(t *testing.T) {
	page := fileMap(fixtureSite(t, "ja"))["staff/T0001.html"]
	log := page[strings.Index(page, `<section id="log">`):]
	for _, bad := range []string{"<script", "<img", `alert("x")`, "<a ", "portal.example/page\"", "src="} {
		if strings.Contains(log, bad) {
			t.Errorf("visit log contains %q:\n%s", bad, log)
		}
	}
	for _, want := range []string{
		"<h2>青木 さくら フォロー記録</h2>", // the body's h1 moves under the page's own
		"<h3>2026-01-08 visit 定期訪問</h3>",
		"<h4>確認事項</h4>",
		"<li>請求書発行を一人で担当できるようになった</li>",
		"社内ポータル &lt;https://portal.example/page&gt;",
		"写真 &lt;http://img.example/a.png&gt;",
		"https://auto.example/x",
		"相対リンク &lt;../secret.md&gt;",
		"<!-- raw HTML omitted -->",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("visit log lacks %q:\n%s", want, log)
		}
	}
}

func TestStaffPageBrief(t *testing.T) {
	files := fileMap(fixtureSite(t, "ja"))
	p := files["staff/T0001.html"]
	for _, want := range []string{
		"<h1>青木 さくら",
		"あおき さくら",
		`href="../index.html"`,
		"株式会社サンプル商事",
		"田村 一郎",
		"2026-03-31", // contract end
		"前回（1/8）「受験は来週、本人も少し寝不足」とお話しされていましたが、最近いかがですか？", // opener from brief.Build
		"R1</strong> 席が空調の真下で寒い — 派遣先に席替えを相談",
		"3ヶ月フォロー",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("T0001 page lacks %q", want)
		}
	}
	ended := files["staff/T0003.html"]
	if !strings.Contains(ended, "2025-08-15 · 家庭の事情 (staff-reason)") {
		t.Errorf("ended page lacks the end")
	}
	if empty := files["staff/T0004.html"]; !strings.Contains(empty, "記録はまだありません") {
		t.Errorf("a record without entries says so")
	}
}

func TestIndexPage(t *testing.T) {
	site := fixtureSite(t, "en")
	idx := fileMap(site)["index.html"]
	for _, want := range []string{
		"<h1>Follow-up report</h1>",
		`<h3 class="person">中村 亮 `, // the due list by person
		`<h3 class="person">林 由紀 `,
		`<a href="staff/T0002.html">石井 大翔</a>`,
		"<svg class=\"chart\"",
		"Renewal rate by month",
		"Overdue follow-ups by owner",
		`data-fig="total/renewal_rate" data-n="3" data-d="4">3/4</div>`,
		`data-fig="owner:中村 亮/renewal_rate"`,
		`data-fig="month:2025-12/renewal_rate"`,
		"too small to judge",
	} {
		if !strings.Contains(idx, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	// Every staff member is linked from the overview.
	for id, p := range site.Pages {
		if !strings.Contains(idx, `href="`+p+`"`) {
			t.Errorf("index does not link %s (%s)", id, p)
		}
	}
	if strings.Contains(idx, "xmlns") {
		t.Error("inline SVG needs no namespace address")
	}
}

func TestPageNames(t *testing.T) {
	mk := func(id string) *record.Record {
		r, err := record.Parse(id+".md", []byte("---\nid: "+id+"\nname: x\nstatus: ended\nowner: y\nstart: 2025-01-01\n---\n"))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	a, b, c, d := mk("S1"), mk("s1"), mk("../x"), mk("S2")
	got := pageNames([]*record.Record{a, b, c, d})
	if got[a] != "staff/S1.html" || got[b] != "staff/staff-2.html" || got[c] != "staff/staff-3.html" || got[d] != "staff/S2.html" {
		t.Errorf("names %v %v %v %v", got[a], got[b], got[c], got[d])
	}
}

func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	site := fixtureSite(t, "ja")
	if err := site.Write(dir, false); err != nil {
		t.Fatal(err)
	}
	// A stale page of someone no longer in the records goes; a rewrite is allowed.
	if err := os.WriteFile(filepath.Join(dir, "staff", "OLD.html"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := site.Write(dir, false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "staff", "OLD.html")); !os.IsNotExist(err) {
		t.Errorf("stale page kept: %v", err)
	}
	read, err := reportcheck.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []File
	for _, f := range read {
		files = append(files, File(f))
	}
	if len(files) != len(site.Files) {
		t.Errorf("read back %d files, wrote %d", len(files), len(site.Files))
	}
	if probs := checkSite(files); len(probs) > 0 {
		t.Errorf("check: %v", probs)
	}
	// A folder holding something else is refused.
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := site.Write(other, false); err == nil {
		t.Error("wrote into a folder that holds other files")
	}
	if err := site.Write(other, true); err != nil {
		t.Errorf("--force: %v", err)
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestMonthChartLongWindow(t *testing.T) {
	recs := fixtureRecords(t)
	site, err := Generate(recs, Options{Today: fixtureToday, Lang: "en", From: fixtureToday.AddMonths(-35), To: fixtureToday, Min: 1})
	if err != nil {
		t.Fatal(err)
	}
	c := monthChart(site.Months.Groups, "en")
	if len(c.Bars) != 36 {
		t.Fatalf("%d bars", len(c.Bars))
	}
	labels := 0
	for _, b := range c.Bars {
		if b.Category != "" {
			labels++
		}
		if b.Value != "" || b.Title == "" || b.W < 1 {
			t.Errorf("bar %+v", b)
		}
	}
	if labels != 12 {
		t.Errorf("%d month labels on a 36-month chart, want 12", labels)
	}
	if probs := checkSite(site.Files); len(probs) > 0 {
		t.Error(probs)
	}
}

// checkSite is reportcheck.Files on the site's files.
func checkSite(files []File) []string {
	var fs []reportcheck.File
	for _, f := range files {
		fs = append(fs, reportcheck.File(f))
	}
	return reportcheck.Files(fs)
}
