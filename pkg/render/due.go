package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/schedule"
)

// The layouts of follow due: the morning's table, in the reader's language, and the CSV
// and iCalendar feeds, which never depend on the reader.

// DueTable writes items as the morning's table in lang: overdue in red, today in yellow.
// It returns how many are overdue.
func DueTable(w io.Writer, items []schedule.Item, lang string, color bool) (overdue int, err error) {
	t := func(key string, args ...any) string { return i18n.T(lang, key, args...) }
	tab := Table{
		Headers:  []string{t("due.h.date"), t("due.h.days"), t("due.h.kind"), t("due.h.staff"), t("due.h.name"), t("due.h.who"), t("due.h.what"), t("due.h.client")},
		Align:    []Alignment{AlignLeft, AlignRight},
		MaxWidth: []int{0, 0, 0, 0, 0, 0, 0, 30}, // what: cut below, to keep whom a call reaches
	}
	for _, it := range items {
		what := it.What
		if it.Ref != "" {
			what = it.Ref + " " + what
		}
		what = Truncate(what, dueWhatWidth)
		if it.Code == schedule.CodeCall {
			what += " → " + CallWhom(lang, it.Supervisor, it.Site, it.SitePhone)
		}
		tab.Rows = append(tab.Rows, []string{it.Date.String(), DaysText(lang, it.Days), t("kind." + it.Kind), it.Staff, it.Name, it.Who, what, it.Client})
		if it.Overdue {
			overdue++
		}
	}
	tab.RowStyle = func(i int) Style {
		switch {
		case items[i].Overdue:
			return StyleRed
		case items[i].Days == 0:
			return StyleYellow
		}
		return StyleNone
	}
	return overdue, tab.Write(w, color)
}

// dueWhatWidth is the most cells the table gives to what is due; a manager's call adds
// whom to call, the site and the phone after it, uncut.
const dueWhatWidth = 60

// DaysText says in lang how far a due date is: today, in N days, N days overdue.
func DaysText(lang string, days int) string {
	switch {
	case days == 0:
		return i18n.T(lang, "due.today")
	case days < 0:
		return i18n.T(lang, "due.overdue", -days)
	}
	return i18n.T(lang, "due.in", days)
}

// DueCSV writes items as CSV. The headers are the JSON field names, whatever the reader's
// language; code came later than the others and is the last column, so columns counted by
// position stay. site_phone came later still.
func DueCSV(w io.Writer, items []schedule.Item, bom bool) error {
	headers := []string{"date", "days", "overdue", "kind", "staff", "name", "who", "role", "what", "ref", "owner", "manager", "client", "site", "supervisor", "file", "code", "site_phone"}
	var rows [][]string
	for _, it := range items {
		rows = append(rows, []string{it.Date.String(), fmt.Sprint(it.Days), fmt.Sprint(it.Overdue), it.Kind, it.Staff, it.Name,
			it.Who, it.Role, it.What, it.Ref, it.Owner, it.Manager, it.Client, it.Site, it.Supervisor, it.File, it.Code, it.SitePhone})
	}
	return WriteCSV(w, headers, rows, bom)
}

// DueICS writes items as an iCalendar feed, its words in lang: the team's language, as
// the calendar is shared and imported, not read once.
func DueICS(w io.Writer, items []schedule.Item, opts ICSOptions, lang string) error {
	var evs []Event
	for _, it := range items {
		evs = append(evs, dueEvent(it, lang))
	}
	return WriteICS(w, evs, opts)
}

// dueEvent turns a due item into a calendar event whose UID stays the same for the same
// duty, so a re-import updates the event instead of adding a second one.
func dueEvent(it schedule.Item, lang string) Event {
	t := i18n.Translator(lang)
	ref := it.Ref
	if ref == "" {
		ref = it.Role
	}
	uid := it.Staff + "-" + it.Kind
	if ref != "" {
		uid += "-" + ref
	}
	var desc []string
	desc = append(desc, it.What)
	for _, kv := range [][2]string{{t("due.ics.client"), it.Client}, {t("due.ics.site"), it.Site}, {t("due.ics.supervisor"), it.Supervisor}, {t("due.ics.phone"), it.SitePhone}, {t("due.ics.who"), it.Who}} {
		if kv[1] != "" {
			desc = append(desc, kv[0]+": "+kv[1])
		}
	}
	desc = append(desc, it.File)
	summary := it.Name + " " + t("kind."+it.Kind) + ": " + it.What
	if it.Code == schedule.CodeCall {
		summary += " → " + CallWhom(lang, it.Supervisor, "", "")
	}
	return Event{
		UID:         uid + "@follow",
		Date:        it.Date,
		Summary:     summary,
		Description: strings.Join(desc, "\n"),
		Categories:  []string{it.Kind},
		Location:    it.Client,
	}
}
