package render

import (
	"bufio"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/schedule"
)

// The layouts of follow due: the morning's table, in the reader's language, and the CSV
// and iCalendar feeds, which never depend on the reader.

// DueItems is a list of due items read one at a time: pkg/duelist's List, which holds a
// whole tree's compactly, or ItemSlice. Item must be safe for concurrent use.
type DueItems interface {
	Len() int
	Item(i int) schedule.Item
}

// DueTable writes items as the morning's table in lang: overdue in red, today in yellow,
// fitted to the screen's width (DueFit). It returns how many are overdue. The rows are
// built as they are measured and written (Table.WriteRows), never all held.
func DueTable(w io.Writer, items DueItems, lang string, scr Screen) (overdue int, err error) {
	t := func(key string, args ...any) string { return i18n.T(lang, key, args...) }
	tab := Table{
		Headers:  []string{t("due.h.date"), t("due.h.days"), t("due.h.kind"), t("due.h.staff"), t("due.h.name"), t("due.h.who"), t("due.h.what"), t("due.h.client")},
		Align:    []Alignment{AlignLeft, AlignRight},
		MaxWidth: []int{0, 0, 0, 0, 0, 0, 0, 30}, // what: cut below, to keep whom a call reaches
		Width:    scr.Width,
		Fit:      DueFit,
	}
	days := make([]int32, items.Len()) // for the rows' colour
	// Every row is made twice (measured, then written, by several goroutines) and a long
	// list has few kinds and day counts: their texts are looked up once each.
	var kinds, when sync.Map
	kindText := func(k string) string {
		if s, ok := kinds.Load(k); ok {
			return s.(string)
		}
		s := t("kind." + k)
		kinds.Store(k, s)
		return s
	}
	daysText := func(d int) string {
		if s, ok := when.Load(d); ok {
			return s.(string)
		}
		s := DaysText(lang, d)
		when.Store(d, s)
		return s
	}
	row := func(i int) []string {
		it := items.Item(i)
		days[i] = int32(it.Days)
		what := it.What
		if it.Ref != "" {
			what = it.Ref + " " + what
		}
		if it.At != nil {
			what += " " + strings.TrimSpace(it.At.Clock()+" "+it.At.Place)
		}
		what = Truncate(what, dueWhatWidth)
		if it.Code == schedule.CodeCall {
			what += " → " + CallWhom(lang, it.Supervisor, it.Site, it.SitePhone)
		}
		return []string{it.Date.String(), daysText(it.Days), kindText(it.Kind), it.Staff, it.Name, it.Who, what, it.Client}
	}
	tab.RowStyle = func(i int) Style {
		switch {
		case days[i] < 0:
			return StyleRed
		case days[i] == 0:
			return StyleYellow
		}
		return StyleNone
	}
	if err := tab.WriteRows(w, scr.Color, items.Len(), row); err != nil {
		return 0, err
	}
	for _, d := range days {
		if d < 0 {
			overdue++
		}
	}
	return overdue, nil
}

// The columns of the due table.
const (
	dueColDate = iota
	dueColWhen
	dueColKind
	dueColStaff
	dueColName
	dueColWho
	dueColWhat
	dueColClient
)

// DueFit is how the due table is made to fit a terminal, the least useful first: what is
// cut to 40 cells, the client is left out (follow show names it), what is cut to 30, the
// date is left out (when says how far it is), the kind (what names it), what is cut to 20,
// who is left out, and what is cut to 10. The ID, the name and when always stay.
var DueFit = []FitStep{Shrink(dueColWhat, 40), Drop(dueColClient), Shrink(dueColWhat, 30), Drop(dueColDate),
	Drop(dueColKind), Shrink(dueColWhat, 20), Drop(dueColWho), Shrink(dueColWhat, 10)}

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

// dueCSVHeaders are the columns of follow due --format csv: the JSON field names,
// whatever the reader's language; code came later than the others and is the last column
// but one, so columns counted by position stay; site_phone came later still, then the time
// (15:00, 15:00-16:00) and the place of the next appointment.
var dueCSVHeaders = []string{"date", "days", "overdue", "kind", "staff", "name", "who", "role", "what", "ref", "owner", "manager", "client", "site", "supervisor", "file", "code", "site_phone", "time", "place"}

// DueCSV writes items as CSV, one row at a time through one buffer.
func DueCSV(w io.Writer, items DueItems, bom bool) error {
	bw := bufio.NewWriterSize(w, dueBufSize)
	cw, err := NewCSVWriter(bw, len(dueCSVHeaders), bom)
	if err != nil {
		return err
	}
	if err := cw.Write(dueCSVHeaders); err != nil {
		return err
	}
	row := make([]string, len(dueCSVHeaders))
	for i := range items.Len() {
		it := items.Item(i)
		row[0], row[1], row[2], row[3], row[4], row[5] = it.Date.String(), strconv.Itoa(it.Days), strconv.FormatBool(it.Overdue), it.Kind, it.Staff, it.Name
		row[6], row[7], row[8], row[9], row[10], row[11] = it.Who, it.Role, it.What, it.Ref, it.Owner, it.Manager
		row[12], row[13], row[14], row[15], row[16], row[17] = it.Client, it.Site, it.Supervisor, it.File, it.Code, it.SitePhone
		row[18], row[19] = "", ""
		if it.At != nil {
			row[18], row[19] = it.At.Clock(), it.At.Place
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	if err := cw.Flush(); err != nil {
		return err
	}
	return bw.Flush()
}

// dueBufSize is the size of the one buffer a long due list is written through.
const dueBufSize = 256 << 10

// DueFeed is what follow due's calendar is made of besides its open items.
type DueFeed struct {
	Lang  string     // the team's language: the words of the summaries and descriptions
	Today dates.Date // an overdue item is placed on today
	// Root is the records folder: a description names the record by its path relative to
	// it, never by a path of the exporting machine ("" or a path outside it: no path).
	Root string
	// Cancelled are the items done or no longer due lately (schedule.Filter.Closed): they
	// are written as cancelled events, so a calendar that imports the feed again drops them.
	Cancelled []schedule.Item
}

// DueICS writes the open items and the cancelled ones as an iCalendar feed, in feed.Lang:
// the team's language, as the calendar is shared and imported, not read once. Each event's
// UID is its item's Key, so a re-import moves, changes or cancels the event rather than
// adding a second one; an overdue item is placed on today, its summary saying how overdue.
func DueICS(w io.Writer, items DueItems, opts ICSOptions, feed DueFeed) error {
	evs := make([]Event, 0, items.Len()+len(feed.Cancelled))
	for i := range items.Len() {
		evs = append(evs, feed.event(items.Item(i)))
	}
	for _, it := range feed.Cancelled {
		it.Overdue = false // on its own date, without "N days overdue": it is no longer due
		e := feed.event(it)
		e.Cancelled = true
		evs = append(evs, e)
	}
	return WriteICS(w, evs, opts)
}

// event turns a due item into a calendar event.
func (f DueFeed) event(it schedule.Item) Event {
	t := i18n.Translator(f.Lang)
	desc := []string{it.What}
	if it.Overdue {
		desc = append(desc, t("due.ics.due")+": "+it.Date.String())
	}
	if it.At != nil && it.At.Place != "" {
		desc = append(desc, t("due.ics.place")+": "+it.At.Place)
	}
	for _, kv := range [][2]string{{t("due.ics.client"), it.Client}, {t("due.ics.site"), it.Site}, {t("due.ics.supervisor"), it.Supervisor}, {t("due.ics.phone"), it.SitePhone}, {t("due.ics.who"), it.Who}} {
		if kv[1] != "" {
			desc = append(desc, kv[0]+": "+kv[1])
		}
	}
	if rel := f.relative(it.File); rel != "" {
		desc = append(desc, rel)
	}
	summary := it.Name + " " + t("kind."+it.Kind) + ": " + it.What
	if it.Code == schedule.CodeCall {
		summary += " → " + CallWhom(f.Lang, it.Supervisor, "", "")
	}
	e := Event{UID: it.Key() + "@follow", Date: it.Date, Description: strings.Join(desc, "\n"),
		Categories: []string{it.Kind}, Location: it.Client}
	if it.Overdue && !f.Today.IsZero() {
		e.Date = f.Today
		summary = t("due.ics.overdue", -it.Days) + summary
	}
	if it.At != nil && !it.Overdue {
		e.Time, e.End = it.At.Time, it.At.End
		if it.At.Place != "" {
			e.Location = it.At.Place
		}
	}
	e.Summary = summary
	return e
}

// relative is path relative to the records folder, with / whatever the system; "" when
// it is not inside it.
func (f DueFeed) relative(path string) string {
	if f.Root == "" || path == "" {
		return ""
	}
	rel, err := filepath.Rel(f.Root, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return ""
	}
	return filepath.ToSlash(rel)
}
