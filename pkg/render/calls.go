// Package render's call sheet: the manager's thank-you calls of the day (follow due
// --calls), in the reader's language. The calls themselves (whom, where, why, what the
// owner last noted) are built by pkg/calls; this only lays them out.

package render

import (
	"fmt"

	"github.com/staffnote/follow/pkg/calls"
	"github.com/staffnote/follow/pkg/dates"
)

// CallSheet lays out cs as the call sheet of today, in lang: a heading per caller (in the
// order they first appear), then each call numbered, with whom to call and where, the
// workplace's phone, why the call is due, the staff member, what the follow-up owner last
// noted, and the command that records the call. Overdue dates are red when color is set.
func CallSheet(cs []calls.Call, today dates.Date, lang string, color bool) *Text {
	w := words{lang}
	out := &Text{Color: color}
	var order []string
	byWho := map[string][]calls.Call{}
	for _, c := range cs {
		if _, ok := byWho[c.Who]; !ok {
			order = append(order, c.Who)
		}
		byWho[c.Who] = append(byWho[c.Who], c)
	}
	for i, who := range order {
		if i > 0 {
			out.WriteString("\n")
		}
		heading(out, OneLine(w.t("calls.head", who, today, len(byWho[who]))))
		for n, c := range byWho[who] {
			out.WriteString("\n")
			w.writeCall(out, n+1, c)
		}
	}
	return out
}

// writeCall writes one call of the sheet.
func (w words) writeCall(out *Text, n int, c calls.Call) {
	whom := c.Supervisor
	if whom == "" {
		whom = w.t("calls.nosupervisor")
	} else {
		whom = w.t("calls.honorific", whom)
	}
	where := c.Client
	if c.Site != "" {
		where = JoinNonEmpty(" ", where, c.Site)
	}
	out.WriteString(OneLine(fmt.Sprintf("%d. %s", n, JoinNonEmpty(" — ", whom, where))) + "\n")
	phone := c.SitePhone
	if phone == "" {
		phone = w.t("calls.nophone")
	}
	rows := [][]string{{w.t("calls.phone"), phone}, {w.t("calls.what"), c.Ref + " " + c.What}}
	red := []bool{false, false}
	if why := w.callReason(c); why != "" {
		rows, red = append(rows, []string{w.t("calls.why"), why}), append(red, false)
	}
	rows = append(rows, []string{w.t("calls.due"), c.Date.String() + w.paren(DaysText(w.lang, c.Days))})
	red = append(red, c.Overdue)
	staff := c.Staff + " " + c.Name
	if c.Owner != "" {
		staff += w.paren(w.t("calls.owner", c.Owner))
	}
	rows, red = append(rows, []string{w.t("calls.staff"), staff}), append(red, false)
	rows, red = w.notedRows(rows, red, c.Noted)
	rows = append(rows, []string{w.t("calls.record"), w.t("calls.command", c.Staff, c.Ref)})
	red = append(red, false)
	for i := range rows {
		rows[i][1] = OneLine(rows[i][1])
	}
	t := Table{Rows: rows, Indent: "   ", CellStyle: func(row, j int) Style {
		if j == 1 && red[row] {
			return StyleRed
		}
		return StyleNone
	}}
	_ = t.Write(out, out.Color)
}

// notedRows appends what the follow-up owner last noted: the contact and its facts.
func (w words) notedRows(rows [][]string, red []bool, n *calls.Noted) ([][]string, []bool) {
	if n == nil {
		return append(rows, []string{w.t("calls.noted"), w.t("calls.nonoted")}), append(red, false)
	}
	head := n.Date.String() + " " + n.Kind
	if n.By != "" {
		head += w.paren(n.By)
	}
	rows, red = append(rows, []string{w.t("calls.noted"), head}), append(red, false)
	for _, f := range n.Facts {
		rows, red = append(rows, []string{"", "- " + f}), append(red, false)
	}
	return rows, red
}

// callReason says why the call is due: the first day, which renewal (and its term), a
// time after the start, or the end of the contract; "" when no rule says.
func (w words) callReason(c calls.Call) string {
	switch c.Reason {
	case "first-day":
		return w.t("calls.reason.first-day", c.Start)
	case "start":
		return w.t("calls.reason.start", c.Start)
	case "end":
		return w.t("calls.reason.end")
	case "renewal":
		switch {
		case c.Renewal == 0:
			return w.t("calls.reason.renewal0")
		case c.Term == nil:
			return w.t("calls.reason.renewal", c.Renewal)
		}
		return w.t("calls.reason.renewal", c.Renewal) + w.paren(w.t("calls.term", c.Term.From, c.Term.Until))
	}
	return ""
}

// JoinNonEmpty joins the parts that are not empty with sep.
func JoinNonEmpty(sep string, parts ...string) string {
	s := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if s != "" {
			s += sep
		}
		s += p
	}
	return s
}

// CallWhom names, in lang, whom a manager's call reaches, for a line of follow due (the
// table, the calendar): the supervisor, then the site and the workplace's phone in
// parentheses, those the record has.
func CallWhom(lang, supervisor, site, phone string) string {
	w := words{lang}
	whom := w.t("calls.nosupervisor")
	if supervisor != "" {
		whom = w.t("calls.honorific", supervisor)
	}
	if where := JoinNonEmpty(w.sep(), site, phone); where != "" {
		whom += w.paren(where)
	}
	return whom
}
