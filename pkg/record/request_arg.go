package record

import (
	"fmt"
	"strings"

	"github.com/staffnote/follow/internal/lazy"
	"github.com/staffnote/follow/pkg/dates"
)

// ParseRequestArg reads the --request syntax:
//
//	TEXT; due DATE; plan TEXT; report DATE HOW; from staff|client; who owner|manager|NAME; complaint
//
// Parts are separated by ";" or the full-width "；". The first part is what was asked; the
// others start with a keyword: due (期限), plan (方針), report (報告), from (申出), who
// (対応者), in any order, with an optional ":" after the keyword; complaint (苦情) is a part
// of its own. A value of from or who may also stand alone (派遣先, 上長, client, manager).
// due is required. Dates are read as on the command line (ISO, slashes, full-width digits,
// 2026年12月5日, +3d, 2w, 1m, ...); a month and day without a year (12/10) is the nearest
// such day from today on, since both dates are planned (dates.ParseNear). Who is returned as typed: a name is the caller's to
// resolve against the team (owner and manager are written as they are).
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
		key, rest := requestPart(p)
		if key == "" {
			return q, fmt.Errorf("request %q: unknown part %q (use due DATE, plan TEXT, report DATE HOW, from staff|client, who owner|manager|NAME, complaint)", s, p)
		}
		if seen[key] {
			return q, fmt.Errorf("request %q: %s is given twice", s, key)
		}
		seen[key] = true
		switch key {
		case "due":
			d, err := dates.ParseNear(rest, today, dates.Future)
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
			d, err := dates.ParseNear(dateText, today, dates.Future)
			if err != nil {
				return q, fmt.Errorf("request %q: report: %v (write report DATE HOW, e.g. report 2026-12-12 電話)", s, err)
			}
			q.Report = d
			q.How = strings.TrimSpace(how)
		case "from":
			if q.From = RequestValue("from", rest); q.From == "" {
				return q, fmt.Errorf("request %q: from must be staff (本人) or client (派遣先), not %q", s, rest)
			}
		case "who":
			if rest == "" {
				return q, fmt.Errorf("request %q: who needs owner (担当), manager (上長) or a person's name", s)
			}
			q.Who = rest
			if role := RequestValue("who", rest); role != "" {
				q.Who = role
			}
		case "complaint":
			if rest != "" {
				return q, fmt.Errorf("request %q: complaint takes no value (write it as a part of its own: \"; complaint\")", s)
			}
			q.Type = TypeComplaint
		}
	}
	// What is implied is written out, so the record reads the same to a person: a
	// client's request is the manager's, a complaint comes from the staff member unless
	// it says otherwise.
	if q.FromClient() && q.Who == "" {
		q.Who = "manager"
	}
	if q.IsComplaint() && q.From == "" {
		q.From = FromStaff
	}
	if q.Due.IsZero() {
		return q, fmt.Errorf("request %q has no due date: agree by when it will be handled and add \"; due DATE\"", s)
	}
	return q, nil
}

// requestKeywords are the keywords of the --request parts, in both languages.
var requestKeywords = &lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		"due": "due", "期限": "due", "いつまで": "due",
		"plan": "plan", "方針": "plan", "対応": "plan",
		"report": "report", "報告": "report",
		"from": "from", "申出": "from", "申出元": "from",
		"who": "who", "対応者": "who", "担当者": "who",
		"complaint": "complaint", "苦情": "complaint",
	}
}}

// requestValues are the words of from and who, in both languages, and what is written.
var requestValues = &lazy.Value[map[string]map[string]string]{New: func() map[string]map[string]string {
	return map[string]map[string]string{
		"from": {"staff": FromStaff, "本人": FromStaff, "スタッフ": FromStaff, "client": FromClient, "派遣先": FromClient},
		"who":  {"owner": "owner", "担当": "owner", "manager": "manager", "上長": "manager"},
		"type": {"request": TypeRequest, "相談": TypeRequest, "complaint": TypeComplaint, "苦情": TypeComplaint},
	}
}}

// RequestValue is the value written for a word of from (staff, client), of who (owner,
// manager) or of type (request, complaint) in either language, compared without case; "" when it is none.
func RequestValue(key, word string) string {
	return requestValues.Get()[key][strings.ToLower(strings.TrimSpace(word))]
}

// requestPart reads one part after the first: its key (due, plan, report, from, who,
// complaint; "" when unknown) and the rest of the part. A value of from or of who's roles
// alone is that part ("派遣先" is "from client").
func requestPart(p string) (key, rest string) {
	word, rest := splitKeyword(p)
	if k, ok := requestKeywords.Get()[strings.ToLower(word)]; ok {
		return k, rest
	}
	for _, k := range [...]string{"from", "who"} {
		if v := RequestValue(k, p); v != "" {
			return k, p
		}
	}
	return "", ""
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
