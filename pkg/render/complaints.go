package render

import (
	"io"
	"strconv"

	"github.com/staffnote/follow/pkg/complaints"
	"github.com/staffnote/follow/pkg/dates"
)

// The outputs of follow complaints: the register as a table in the reader's language, and
// as CSV in codes that a sheet reads in any language.

// ComplaintsCSVHeaders are the columns of follow complaints --format csv.
var ComplaintsCSVHeaders = []string{"received", "staff", "name", "client", "site", "id", "from", "what", "plan",
	"handler", "handler_role", "notified", "due", "status", "resolved", "result", "reported", "how", "file", "line"}

// ComplaintsCSVRows are the rows of the CSV: dates as YYYY-MM-DD (empty when none) and
// codes, not words.
func ComplaintsCSVRows(rows []complaints.Row) [][]string {
	out := make([][]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, []string{r.Received.String(), r.Staff, r.Name, r.Client, r.Site, r.ID, r.From, r.What, r.Plan,
			r.Handler, r.HandlerRole, r.Notified.String(), r.Due.String(), r.Status, r.Resolved.String(), r.Result, r.Reported.String(), r.How,
			r.File, strconv.Itoa(r.Line)})
	}
	return out
}

// dayOrDash is d as YYYY-MM-DD, "—" for none: a table cell that is never blank.
func dayOrDash(d dates.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}

// ComplaintsTable writes the register (received from from to to; zero bounds are open) as
// a table in lang, open complaints in red. It returns how many are open. No cell is cut
// short: the register is read in full.
func ComplaintsTable(out io.Writer, rows []complaints.Row, from, to dates.Date, lang string, color bool) (open int, err error) {
	o := words{lang}
	title := o.t("complaints.title.all")
	switch {
	case !from.IsZero() && !to.IsZero():
		title = o.t("complaints.title.window", from, to)
	case !from.IsZero():
		title = o.t("complaints.title.from", from)
	case !to.IsZero():
		title = o.t("complaints.title.to", to)
	}
	if err := Print(out, title, StyleBold, color); err != nil {
		return 0, err
	}
	if len(rows) == 0 {
		return 0, Print(out, o.t("complaints.none"), StyleNone, false)
	}
	t := Table{Headers: []string{o.t("complaints.h.received"), "ID", o.t("complaints.h.name"), o.t("complaints.h.client"),
		o.t("complaints.h.what"), o.t("complaints.h.handler"), o.t("complaints.h.notified"), o.t("complaints.h.status"),
		o.t("complaints.h.reported")}}
	for _, r := range rows {
		client := r.Client
		if r.Site != "" {
			client += " / " + r.Site
		}
		what := r.ID + " " + r.What
		if r.From != "staff" {
			what += o.paren(o.t("complaints.from." + r.From))
		}
		var status string
		switch r.Status {
		case complaints.StatusOpen:
			open++
			status = o.t("complaints.status.open", dayOrDash(r.Due))
		default:
			status = o.t("complaints.status.resolved", r.Resolved)
			if r.Result != "" {
				status += o.t("complaints.result", r.Result)
			}
		}
		reported := dayOrDash(r.Reported)
		if r.How != "" && !r.Reported.IsZero() {
			reported += " " + r.How
		}
		t.Rows = append(t.Rows, []string{dayOrDash(r.Received), r.Staff, r.Name, client, what, r.Handler, dayOrDash(r.Notified), status, reported})
	}
	t.CellStyle = func(row, col int) Style {
		if col == 7 && rows[row].Status == complaints.StatusOpen {
			return StyleRed
		}
		return StyleNone
	}
	return open, t.Write(out, color)
}
