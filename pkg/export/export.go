// Package export writes one staff member's whole record as a readable document, for a
// disclosure request (個人情報保護法 33条): the front matter as labelled fields in the
// reader's language, the tables of contract periods, milestones, requests and duties,
// every entry of the log, and the front matter as it is written (comments included), so
// that nothing the record holds is left out. It reads nothing but the record: no other
// record and nothing of the team's rules, so nothing about anyone else can enter it.
// Markdown or a single self-contained HTML page. It is pure.
package export

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// Options are what an export needs besides the record.
type Options struct {
	Lang  string     // the reader's language: ja, else English
	Today dates.Date // the day it is made
}

// Doc is an export before it is written out: the same for markdown and HTML.
type Doc struct {
	Lang     string
	Title    string
	Intro    []string
	Fields   Table // the front matter's single values: a row of label and value each
	Tables   []Table
	LogTitle string
	Log      []byte // the record's body, as written
	RawTitle string
	Raw      string // the front matter's YAML, as written
}

// Table is one table of the document; an empty one is written as Empty.
type Table struct {
	Title   string
	Headers []string
	Rows    [][]string
	Empty   string
}

// Build assembles the document of r.
func Build(r *record.Record, o Options) Doc {
	t := i18n.Translator(o.Lang)
	d := Doc{Lang: "en", Title: t("export.title", r.Name, r.ID), LogTitle: t("export.log"), Log: r.Body(), RawTitle: t("export.raw"),
		Raw: string(r.FrontMatter())}
	if o.Lang == i18n.JA {
		d.Lang = i18n.JA
	}
	d.Intro = []string{t("export.intro", r.Name, o.Today), t("export.intro2")}
	d.Fields = Table{Title: t("export.fields"), Headers: []string{t("export.h.field"), t("export.h.value")}, Rows: fields(r, t)}
	d.Tables = []Table{periods(r, t), milestones(r, t), requests(r, t), duties(r, t)}
	return d
}

// fields are the front matter's single values, labelled; a value not set is left out.
func fields(r *record.Record, t func(string, ...any) string) [][]string {
	var out [][]string
	add := func(key, val string) {
		if val != "" {
			out = append(out, []string{t("export.f." + key), val})
		}
	}
	date := func(d dates.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.String()
	}
	status := r.Status
	if status == record.StatusActive || status == record.StatusEnded {
		status = t("export.status." + status)
	}
	add("id", r.ID)
	add("name", r.Name)
	add("kana", r.Kana)
	add("status", status)
	add("owner", r.Owner)
	add("manager", r.Manager)
	add("client", r.Client)
	add("site", r.Site)
	add("supervisor", r.Supervisor)
	add("start", date(r.Start))
	add("unit_start", date(r.UnitStart))
	add("exempt", r.Exempt)
	add("site_limit", date(r.SiteLimit))
	add("contract_end", date(r.Contract.End))
	if r.KeyLine("contract") > 0 {
		add("renewals", strconv.Itoa(r.Contract.Renewals))
	}
	add("next", date(r.Next))
	add("ended_date", date(r.Ended.Date))
	add("ended_reason", r.Ended.Reason)
	add("ended_category", r.Ended.Category)
	add("tags", strings.Join(r.Tags, ", "))
	return out
}

func periods(r *record.Record, t func(string, ...any) string) Table {
	tb := Table{Title: t("export.t.periods"), Headers: []string{t("export.h.from"), t("export.h.until")}, Empty: t("export.none")}
	for _, p := range r.Contract.History {
		tb.Rows = append(tb.Rows, []string{str(p.From), str(p.Until)})
	}
	return tb
}

func milestones(r *record.Record, t func(string, ...any) string) Table {
	tb := Table{Title: t("export.t.milestones"), Empty: t("export.none"), Headers: []string{"ID", t("export.h.what"), t("export.h.due"),
		t("export.h.who"), t("export.h.done"), t("export.h.note")}}
	for _, m := range r.Milestones {
		who := m.Who
		switch who {
		case "", "owner":
			who = r.Owner
		case "manager":
			if r.Manager != "" {
				who = r.Manager
			}
		}
		tb.Rows = append(tb.Rows, []string{m.ID, m.What, str(m.Due), who, str(m.Done), m.Note})
	}
	return tb
}

func requests(r *record.Record, t func(string, ...any) string) Table {
	tb := Table{Title: t("export.t.requests"), Empty: t("export.none"), Headers: []string{"ID", t("export.h.asked"), t("export.h.plan"),
		t("export.h.due"), t("export.h.report"), t("export.h.how"), t("export.h.resolved"), t("export.h.reported"), t("export.h.note")}}
	for _, q := range r.Requests {
		tb.Rows = append(tb.Rows, []string{q.ID, q.What, q.Plan, str(q.Due), str(q.Report), q.How, str(q.Done), str(q.Reported), q.Note})
	}
	return tb
}

func duties(r *record.Record, t func(string, ...any) string) Table {
	tb := Table{Title: t("export.t.duties"), Empty: t("export.none"), Headers: []string{t("export.h.date"), t("export.h.kind"),
		t("export.h.what"), t("export.h.hours"), t("export.h.option"), t("export.h.outcome")}}
	for _, d := range r.Duties {
		kind, option, outcome := d.Kind, d.Option, d.Outcome
		if slices.Contains(record.DutyKinds, kind) {
			kind = t("export.kind." + kind)
		}
		if slices.Contains(record.DutyOptions, option) {
			option = t("duty.option." + option)
		}
		if d.Kind == record.DutyMeasure {
			result := d.Result
			if result == "" {
				result = record.ResultPending
			}
			if slices.Contains(record.DutyResults, result) {
				result = t("duty.result." + result)
			}
			outcome = strings.TrimSpace(outcome + " (" + result + ")")
		}
		hours := ""
		if d.Hours > 0 {
			hours = record.FormatHours(d.Hours)
		}
		tb.Rows = append(tb.Rows, []string{str(d.Date), kind, d.What, hours, option, outcome})
	}
	return tb
}

func str(d dates.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// demote moves the ATX headings of markdown n levels down (at most to level 6), outside
// fenced code blocks, so that the record's own headings sit below the document's.
func demote(src []byte, n int) []byte {
	var out bytes.Buffer
	fence := ""
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		trimmed := strings.TrimLeft(string(line), " ")
		indent := len(line) - len(trimmed)
		switch {
		case indent > 3:
		case fence != "":
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[:3]
		case strings.HasPrefix(trimmed, "#"):
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			rest := trimmed[level:]
			if level <= 6 && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\r' || rest[0] == '\n') {
				out.Write(line[:indent])
				out.WriteString(strings.Repeat("#", min(level+n, 6)) + rest)
				continue
			}
		}
		out.Write(line)
	}
	return out.Bytes()
}
