package record

import (
	"fmt"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
)

// ParseRequestArg reads the --request syntax:
//
//	TEXT; due DATE; plan TEXT; report DATE HOW
//
// Parts are separated by ";" or the full-width "；". The first part is what was asked; the
// others start with a keyword: due (期限), plan (方針), report (報告), in any order, with
// an optional ":" after the keyword. due is required. Dates are read as on the command line
// (ISO, slashes, full-width digits, 2026年12月5日, +3d, 2w, 1m, ...).
func ParseRequestArg(s string, today dates.Date) (Request, error) {
	var q Request
	s = strings.ReplaceAll(s, "；", ";")
	parts := strings.Split(s, ";")
	q.What = strings.TrimSpace(parts[0])
	if q.What == "" {
		return q, fmt.Errorf("request %q: start with what was asked, then \"; due DATE\"", s)
	}
	seen := map[string]bool{}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(strings.ReplaceAll(p, "\u3000", " "))
		if p == "" {
			continue
		}
		word, rest := splitKeyword(p)
		key := ""
		switch strings.ToLower(word) {
		case "due", "期限", "いつまで":
			key = "due"
		case "plan", "方針", "対応":
			key = "plan"
		case "report", "報告":
			key = "report"
		default:
			return q, fmt.Errorf("request %q: unknown part %q (use due DATE, plan TEXT, report DATE HOW)", s, p)
		}
		if seen[key] {
			return q, fmt.Errorf("request %q: %s is given twice", s, key)
		}
		seen[key] = true
		switch key {
		case "due":
			d, err := dates.Parse(rest, today)
			if err != nil {
				return q, fmt.Errorf("request %q: due: %v", s, err)
			}
			q.Due = d
		case "plan":
			if rest == "" {
				return q, fmt.Errorf("request %q: plan needs a text", s)
			}
			q.Plan = rest
		case "report":
			dateText, how, _ := strings.Cut(rest, " ")
			d, err := dates.Parse(dateText, today)
			if err != nil {
				return q, fmt.Errorf("request %q: report: %v (write report DATE HOW, e.g. report 2026-12-12 電話)", s, err)
			}
			q.Report = d
			q.How = strings.TrimSpace(how)
		}
	}
	if q.Due.IsZero() {
		return q, fmt.Errorf("request %q has no due date: agree by when it will be handled and add \"; due DATE\"", s)
	}
	return q, nil
}

// splitKeyword splits "due 2026-12-05", "due: 2026-12-05" and "期限：2026-12-05". Only the
// separators right after the keyword are removed: a colon inside the text stays as written.
func splitKeyword(p string) (string, string) {
	i := strings.IndexAny(p, " :：")
	if i < 0 {
		return p, ""
	}
	word := p[:i]
	rest := strings.TrimLeft(p[i:], " :：")
	return word, strings.TrimSpace(rest)
}
