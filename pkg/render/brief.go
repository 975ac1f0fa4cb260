// The brief view: the one screen follow show prints before a visit, in the reader's
// language. The brief itself (what is open, the openers, the history) is built
// by pkg/brief; this only lays it out.

package render

import (
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/sanitize"
)

// words localizes the texts of a view into one language.
type words struct{ lang string }

func (w words) t(key string, args ...any) string { return i18n.T(w.lang, key, args...) }
func (w words) paren(s string) string            { return i18n.Paren(w.lang, s) }
func (w words) sep() string                      { return i18n.Sep(w.lang) }

// Brief lays out b (its openers already phrased) as the one screen to read before a
// visit, in lang, coloured when color is set. Record text is written as it is: the
// caller's output boundary (sanitize.Writer) shows control characters escaped.
//
// width is the terminal's width in cells: a request's plan, and what to tell the staff
// member at a report-back still to make, are wrapped to it, never cut; 0 (not a terminal)
// leaves each on one line.
func Brief(b brief.Brief, today dates.Date, lang string, color bool, width int) *Text {
	w := words{lang}
	out := &Text{Color: color}
	title := b.ID + "  " + b.Name
	if b.Kana != "" {
		title += w.paren(b.Kana)
	}
	heading(out, OneLine(title))
	rows, red := w.briefFacts(b, today)
	writeIndented(out, rows, 1, red, false)
	w.writeRequests(out, b.Requests, today, width)
	var ms [][]string
	red = red[:0]
	for _, m := range b.Milestones {
		mark := ""
		if m.Overdue {
			mark = w.t("show.overdue", today.Sub(m.Due))
		}
		ms = append(ms, []string{m.Due.String(), m.ID, m.What, m.Who, mark})
		red = append(red, m.Overdue)
	}
	w.section(out, w.t("show.milestones"), ms, 4, red)
	w.writeOpeners(out, b)
	w.writeAsk(out, b.Ask)
	w.writeHistory(out, b.History)
	return out
}

// BriefLog appends the whole log of a record (its body) to a brief, under its heading in
// lang (follow show --all).
func BriefLog(out *Text, lang, log string) {
	out.WriteString("\n")
	heading(out, words{lang}.t("show.log"))
	out.WriteString("\n" + strings.TrimSpace(strings.ReplaceAll(log, "\r\n", "\n")) + "\n")
}

// RequestParts describes an open request's dates in lang: due (or resolved) and
// report-back, each marked when overdue.
func RequestParts(lang string, q brief.Request, today dates.Date) []string {
	return words{lang}.requestParts(q, today)
}

// OverdueMark appends "(Nd overdue)", in lang, to text when overdue.
func OverdueMark(lang, text string, d dates.Date, overdue bool, today dates.Date) string {
	return words{lang}.overdueMark(text, d, overdue, today)
}

// heading appends a heading of the brief, in bold, and ends its line.
func heading(out *Text, s string) {
	out.Style(s, StyleBold)
	out.WriteString("\n")
}

// section writes a heading and its rows as an indented table of data (column col in red
// where red says so), or "none".
func (w words) section(out *Text, title string, rows [][]string, col int, red []bool) {
	out.WriteString("\n")
	heading(out, title)
	if len(rows) == 0 {
		out.WriteString("  " + w.t("show.none") + "\n")
		return
	}
	writeIndented(out, rows, col, red, true)
}

// briefFacts are the label/value rows at the top of the brief, and which values need
// attention (shown in red): a contract end passed, a next date missing or overdue.
func (w words) briefFacts(b brief.Brief, today dates.Date) ([][]string, []bool) {
	var rows [][]string
	var red []bool
	add := func(key, val string, warn ...bool) {
		if val != "" {
			rows = append(rows, []string{w.t(key), val})
			red = append(red, len(warn) > 0 && warn[0])
		}
	}
	where := b.Client
	if b.Site != "" {
		if where != "" {
			where += " — "
		}
		where += b.Site
	}
	add("show.client", where)
	add("show.supervisor", b.Supervisor)
	add("show.sitephone", b.SitePhone)
	add("show.owner", b.Owner)
	add("show.manager", b.Manager)
	add("show.start", w.startText(b, today))
	if e := b.Ended; e != nil {
		text := e.Date.String()
		if e.Reason != "" {
			reason := e.Reason
			if l := w.endLabel(e); e.Category != "" && !config.ReasonSays(reason, l) {
				reason = w.t("show.endedreason", reason, l)
			}
			text = w.t("show.endedline", text, reason)
		}
		if e.Planned {
			add("show.ending", text)
		} else {
			add("show.ended", text)
		}
	}
	if n := len(b.Intent); n > 0 {
		last := b.Intent[n-1]
		text := w.t("show.intentnow", w.t("intent."+last.Intent), last.Date)
		if n > 1 {
			text = w.t("show.intentwas", w.t("intent."+b.Intent[n-2].Intent)) + " → " + text
		}
		add("show.intent", text, last.Intent != record.IntentStay)
	}
	if n := len(b.Mood); n > 0 {
		var ms []string
		for _, m := range b.Mood[max(0, n-5):] {
			ms = append(ms, strconv.Itoa(m.Mood))
		}
		add("show.mood", w.t("show.moodtrend", strings.Join(ms, " → "), b.Mood[n-1].Date), b.Mood[n-1].Mood <= 2)
	}
	add("show.contract", w.contractText(b), b.Ended == nil && !b.ContractEnd.IsZero() && b.DaysToEnd < 0)
	switch {
	case b.Ended != nil:
	case b.Exempt != "":
		add("show.limit", w.t("show.exempt", b.Exempt))
	case !b.LimitDate.IsZero():
		add("show.limit", b.LimitDate.String())
	}
	// An ended record may keep a contact after the end (next:).
	if b.Ended == nil || b.Ended.Planned || !b.Next.IsZero() {
		add("show.next", w.nextText(b, today), b.Next.IsZero() || b.NextOverdue)
	}
	return rows, red
}

// startText is the start date with where the staff member is in their first months.
func (w words) startText(b brief.Brief, today dates.Date) string {
	if b.Start.IsZero() {
		return ""
	}
	start := b.Start.String()
	switch {
	case b.Ended != nil:
	case b.Day == 0:
		start += w.paren(w.t("show.startsin", b.Start.Sub(today)))
	case b.FirstMonths > 0:
		start += w.paren(w.t("show.day", b.Day) + w.sep() + w.t("show.month", b.FirstMonths))
	default:
		start += w.paren(w.t("show.day", b.Day) + w.sep() + w.t("show.pastthree"))
	}
	return start
}

// contractText is the contract end, how far it is, and the renewals so far.
func (w words) contractText(b brief.Brief) string {
	var contract string
	switch {
	case b.ContractEnd.IsZero():
		contract = w.t("show.noend")
	case b.Ended != nil:
		contract = w.t("show.until", b.ContractEnd)
	case b.DaysToEnd > 0:
		contract = w.t("show.until", b.ContractEnd) + w.paren(w.t("show.endin", b.DaysToEnd))
	case b.DaysToEnd == 0:
		contract = w.t("show.until", b.ContractEnd) + w.paren(w.t("show.endtoday"))
	default:
		contract = w.t("show.until", b.ContractEnd) + w.paren(w.t("show.endpassed", -b.DaysToEnd))
	}
	return contract + w.sep() + w.t("show.renewals", b.Renewals)
}

// nextText is the next follow-up date, marked when it is today, overdue or missing.
func (w words) nextText(b brief.Brief, today dates.Date) string {
	switch {
	case b.Next.IsZero():
		return w.t("show.notset")
	}
	next := b.Next.String()
	if at := strings.TrimSpace(b.NextAt + " " + b.NextPlace); at != "" {
		next += " " + at
	}
	if b.Next == today {
		return next + w.paren(w.t("show.today"))
	}
	return w.overdueMark(next, b.Next, b.NextOverdue, today)
}

// writeRequests writes the open requests: id, what and their dates (in red when overdue)
// on a line each, as a table, and under each its plan and, at a report-back still to
// make, what to tell the staff member, wrapped to width.
func (w words) writeRequests(out *Text, reqs []brief.Request, today dates.Date, width int) {
	out.WriteString("\n")
	heading(out, w.t("show.requests"))
	if len(reqs) == 0 {
		out.WriteString("  " + w.t("show.none") + "\n")
		return
	}
	rows := make([][]string, len(reqs))
	w0, w1 := 0, 0
	for i, q := range reqs {
		rows[i] = []string{cleanCell(q.ID), Truncate(cleanCell(q.What), 60), strings.Join(w.requestParts(q, today), w.sep())}
		w0, w1 = max(w0, Width(rows[i][0])), max(w1, Width(rows[i][1]))
	}
	indent := "  " + strings.Repeat(" ", w0+len(columnGap))
	for i, q := range reqs {
		out.WriteString("  " + padRight(rows[i][0], w0) + columnGap + padRight(rows[i][1], w1) + columnGap)
		st := StyleNone
		if q.Done.IsZero() && q.Overdue || !q.Report.IsZero() && q.ReportOverdue {
			st = StyleRed
		}
		out.Style(rows[i][2], st)
		out.WriteString("\n")
		if q.Plan != "" {
			wrapIndent(out, indent+w.t("show.plan"), cleanCell(q.Plan), width)
		}
		if q.Tell != "" {
			wrapIndent(out, indent+w.t("show.tell"), cleanCell(q.Tell), width)
		}
	}
}

// padRight pads s with spaces to width cells.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(width-Width(s), 0))
}

// writeOpeners writes the last handover note and the openers, or what to do without them.
func (w words) writeOpeners(out *Text, b brief.Brief) {
	if h := b.Handover; h != nil {
		out.WriteString("\n")
		heading(out, w.t("show.handover", h.Date))
		for _, l := range h.Lines {
			out.WriteString("  - " + OneLine(l) + "\n")
		}
	}
	if len(b.Openers) > 0 {
		out.WriteString("\n")
		heading(out, w.t("show.openers", b.Openers[0].Date))
		for _, o := range b.Openers {
			out.WriteString("  - " + OneLine(o.Question) + "\n")
		}
		return
	}
	out.WriteString("\n")
	heading(out, w.t("show.openers0"))
	if b.History.Contacts == 0 {
		out.WriteString("  " + w.t("show.novisit") + "\n")
	} else {
		out.WriteString("  " + w.t("show.noopeners") + "\n")
	}
}

// writeAsk writes the team's questions for each milestone due around the next contact.
func (w words) writeAsk(out *Text, asks []brief.Ask) {
	for _, a := range asks {
		out.WriteString("\n")
		heading(out, w.t("show.ask", a.Milestone, OneLine(a.What), a.Due))
		for _, q := range a.Questions {
			out.WriteString("  - " + OneLine(q) + "\n")
		}
	}
}

// writeHistory writes the summary of the contacts and the latest entries of the log, each
// with who wrote it.
func (w words) writeHistory(out *Text, h brief.History) {
	out.WriteString("\n")
	heading(out, w.t("show.history"))
	if h.Contacts == 0 {
		out.WriteString("  " + w.t("show.nocontacts") + "\n")
	} else {
		parts := []string{w.t("show.contacts", h.Contacts), w.t("show.last", h.LastContact, h.LastKind, h.DaysSinceLast)}
		if h.AverageInterval > 0 {
			parts = append(parts, w.t("show.interval", h.AverageInterval))
		}
		out.WriteString("  " + strings.Join(parts, w.sep()) + "\n")
	}
	var rows [][]string
	for _, e := range h.Recent {
		rows = append(rows, []string{e.Date.String(), e.Kind, e.Author})
	}
	writeIndented(out, rows, -1, nil, false)
}

// overdueMark appends "(Nd overdue)" to text when overdue.
func (w words) overdueMark(text string, d dates.Date, overdue bool, today dates.Date) string {
	if !overdue {
		return text
	}
	return text + w.paren(w.t("show.overdue", today.Sub(d)))
}

// requestParts describes an open request's dates: due (or resolved) and report-back, each
// marked when overdue.
func (w words) requestParts(q brief.Request, today dates.Date) []string {
	var parts []string
	if q.Done.IsZero() {
		due := w.t("show.due", q.Due)
		if !q.DueWas.IsZero() {
			due += w.paren(w.t("show.duewas", q.DueWas))
		}
		parts = append(parts, w.overdueMark(due, q.Due, q.Overdue, today))
	} else {
		parts = append(parts, w.t("show.resolved", q.Done))
	}
	if !q.Report.IsZero() {
		rep := w.t("show.report", q.Report)
		if q.How != "" {
			rep += " " + q.How
		}
		parts = append(parts, w.overdueMark(rep, q.Report, q.ReportOverdue, today))
	}
	return parts
}

// writeIndented writes rows as an aligned table indented by two spaces, column col in red
// where red says so (colour applied by the table, after the layout). Cells of data are
// capped at 60 cells.
func writeIndented(out *Text, rows [][]string, col int, red []bool, data bool) {
	t := Table{Rows: rows, Indent: "  ", CellStyle: func(row, j int) Style {
		if j == col && red[row] {
			return StyleRed
		}
		return StyleNone
	}}
	if data {
		t.MaxWidth = []int{0, 60}
	}
	_ = t.Write(out, out.Color)
}

// OneLine keeps record text on one line of the brief or a draft's comment: newlines,
// CRs and tabs become spaces, other control characters are shown escaped (\x1b, as the
// output boundary shows them).
func OneLine(s string) string {
	return sanitize.String(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s))
}

// Milestones lists milestones as "M6 更新意向確認, ...", with their due dates when due.
func Milestones(ms []record.Milestone, due bool) string {
	names := make([]string, 0, len(ms))
	for _, m := range ms {
		if due {
			names = append(names, m.ID+" "+m.Due.String()+" "+m.What)
		} else {
			names = append(names, m.ID+" "+m.What)
		}
	}
	return strings.Join(names, ", ")
}

// endLabel is the end category of e as the reader calls it: its label in the view's
// language, else its code.
func (w words) endLabel(e *brief.Ended) string {
	l := e.Label.EN
	if w.lang == i18n.JA {
		l = e.Label.JA
	}
	if l == "" {
		return e.Category
	}
	return l
}
