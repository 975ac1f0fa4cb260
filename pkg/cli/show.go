package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
)

// ShowOptions are the inputs of follow show.
type ShowOptions struct {
	f    *Factory
	ID   string
	All  bool
	JSON bool
}

// NewShowCmd builds follow show.
func NewShowCmd(f *Factory) *cobra.Command {
	o := &ShowOptions{f: f}
	c := &cobra.Command{
		Use:   "show ID",
		Short: "The brief before a visit: who, where, what is open, and where to start",
		Long: `Print the brief to read before a visit or a call: the staff member, client, site,
supervisor, owner and manager; the days since the start and where they are in the first
three months; the contract end, the renewals so far and the limit date; the open
requests with their due and report-back dates (overdue ones marked); the upcoming
milestones; the openers — the facts and personal topics of the last contact that had
them, phrased as questions to start from — and a short history.

--all adds the whole log. --json prints the same data as JSON (stable field names:
id, name, kana, status, client, site, supervisor, owner, manager, file, start, day,
first_months, contract_end, days_to_end, renewals, limit_date, exempt, next,
next_overdue, requests, milestones, openers, history, ended, handover; with --all, log).`,
		Example: `  follow show S0101
  follow show S0101 --all | less
  follow show S0101 --json | jq '.openers[].question'`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			return runShow(o)
		},
		ValidArgsFunction: completeIDs(f),
	}
	c.Flags().BoolVar(&o.All, "all", false, "also print the whole log")
	c.Flags().BoolVar(&o.JSON, "json", false, "print the brief as JSON")
	return c
}

// showJSON is the brief with the log, for --json --all.
type showJSON struct {
	brief.Brief
	Log *string `json:"log,omitempty"`
}

func runShow(o *ShowOptions) error {
	f := o.f
	rec, err := loadForShow(f, o.ID)
	if err != nil {
		return err
	}
	b, err := buildBrief(f, rec)
	if err != nil {
		return err
	}
	if o.JSON {
		out := showJSON{Brief: b}
		if o.All {
			log := string(rec.Body())
			out.Log = &log
		}
		return render.WriteJSON(f.IO.Out, out)
	}
	var buf bytes.Buffer
	writeBrief(f, &buf, b)
	if o.All {
		fmt.Fprintf(&buf, "\n%s\n\n", f.heading(f.T("show.log")))
		buf.WriteString(strings.TrimSpace(strings.ReplaceAll(string(rec.Body()), "\r\n", "\n")) + "\n")
	}
	_, err = f.IO.Out.Write(buf.Bytes())
	return err
}

// loadForShow reads a record without taking the lock (writes are atomic renames). A record
// whose data is broken is still shown, with a warning.
func loadForShow(f *Factory, id string) (*record.Record, error) {
	if err := store.ValidID(id); err != nil {
		return nil, usageErr("%v", err)
	}
	s, err := f.Store()
	if err != nil {
		return nil, err
	}
	path, err := s.Find(id)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	if path == "" {
		return nil, dataErr(fmt.Errorf("%s", f.T("show.norecord", id, s.Root)))
	}
	l := store.LoadOne(path)
	if l.Err != nil {
		return nil, dataErr(l.Err)
	}
	if err := l.Record.Broken(); err != nil {
		f.warnf("%s", f.T("show.broken", err))
	}
	return l.Record, nil
}

func buildBrief(f *Factory, rec *record.Record) (brief.Brief, error) {
	cfg, err := f.Config()
	if err != nil {
		return brief.Brief{}, err
	}
	today, _ := f.Today()
	entries, _ := rec.Entries()
	return brief.Build(rec, entries, cfg, today, f.Lang()), nil
}

func (f *Factory) heading(s string) string { return render.Colorize(s, render.StyleBold, f.Color()) }

// overdueMark appends "(Nd overdue)" in red to text when overdue.
func (f *Factory) overdueMark(text string, d dates.Date, overdue bool) string {
	if !overdue {
		return text
	}
	return text + f.overdueText(d)
}

// overdueText is "(Nd overdue)" in red: how long ago d was.
func (f *Factory) overdueText(d dates.Date) string {
	today, _ := f.Today()
	return f.paren(render.Colorize(f.T("show.overdue", today.Sub(d)), render.StyleRed, f.Color()))
}

// overdueCell is "Nd overdue" in red, for a table cell.
func (f *Factory) overdueCell(d dates.Date) string {
	today, _ := f.Today()
	return render.Colorize(f.T("show.overdue", today.Sub(d)), render.StyleRed, f.Color())
}

// paren wraps s in the parentheses of the interface language, to follow a word: " (s)"
// in English, "（s）" in Japanese.
func (f *Factory) paren(s string) string {
	if f.Lang() == "ja" {
		return "（" + s + "）"
	}
	return " (" + s + ")"
}

// sep joins phrases the way the interface language does.
func (f *Factory) sep() string {
	if f.Lang() == "ja" {
		return "、"
	}
	return ", "
}

// writeBrief renders the brief as the one screen to read before a visit.
func writeBrief(f *Factory, w io.Writer, b brief.Brief) {
	today, _ := f.Today()
	var out strings.Builder
	title := b.ID + "  " + b.Name
	if b.Kana != "" {
		title += f.paren(b.Kana)
	}
	out.WriteString(f.heading(title) + "\n")

	var rows [][]string
	add := func(key, val string) {
		if val != "" {
			rows = append(rows, []string{f.T(key), val})
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
	add("show.owner", b.Owner)
	add("show.manager", b.Manager)
	if !b.Start.IsZero() {
		start := b.Start.String()
		switch {
		case b.Ended != nil:
		case b.Day == 0:
			start += f.paren(f.T("show.startsin", b.Start.Sub(today)))
		case b.FirstMonths > 0:
			start += f.paren(f.T("show.day", b.Day) + f.sep() + f.T("show.month", b.FirstMonths))
		default:
			start += f.paren(f.T("show.day", b.Day) + f.sep() + f.T("show.pastthree"))
		}
		add("show.start", start)
	}
	if b.Ended != nil {
		text := b.Ended.Date.String()
		if b.Ended.Reason != "" {
			reason := b.Ended.Reason
			if b.Ended.Category != "" {
				reason = f.T("show.endedreason", reason, b.Ended.Category)
			}
			text = f.T("show.endedline", text, reason)
		}
		add("show.ended", text)
	}
	var contract string
	switch {
	case b.ContractEnd.IsZero():
		contract = f.T("show.noend")
	case b.Ended != nil:
		contract = f.T("show.until", b.ContractEnd)
	case b.DaysToEnd > 0:
		contract = f.T("show.until", b.ContractEnd) + f.paren(f.T("show.endin", b.DaysToEnd))
	case b.DaysToEnd == 0:
		contract = f.T("show.until", b.ContractEnd) + f.paren(f.T("show.endtoday"))
	default:
		contract = f.T("show.until", b.ContractEnd) + f.paren(render.Colorize(f.T("show.endpassed", -b.DaysToEnd), render.StyleRed, f.Color()))
	}
	contract += f.sep() + f.T("show.renewals", b.Renewals)
	add("show.contract", contract)
	switch {
	case b.Ended != nil:
	case b.Exempt != "":
		add("show.limit", f.T("show.exempt", b.Exempt))
	case !b.LimitDate.IsZero():
		add("show.limit", b.LimitDate.String())
	}
	if b.Ended == nil {
		switch {
		case b.Next.IsZero():
			add("show.next", render.Colorize(f.T("show.notset"), render.StyleRed, f.Color()))
		case b.Next == today:
			add("show.next", b.Next.String()+f.paren(f.T("show.today")))
		default:
			add("show.next", f.overdueMark(b.Next.String(), b.Next, b.NextOverdue))
		}
	}
	writeIndented(&out, rows, false)

	out.WriteString("\n" + f.heading(f.T("show.requests")) + "\n")
	if len(b.Requests) == 0 {
		out.WriteString("  " + f.T("show.none") + "\n")
	} else {
		var rs [][]string
		for _, q := range b.Requests {
			parts := f.requestParts(q)
			what := q.What
			if q.Plan != "" {
				what += " → " + q.Plan
			}
			rs = append(rs, []string{q.ID, what, strings.Join(parts, f.sep())})
		}
		writeIndented(&out, rs, true)
	}

	out.WriteString("\n" + f.heading(f.T("show.milestones")) + "\n")
	if len(b.Milestones) == 0 {
		out.WriteString("  " + f.T("show.none") + "\n")
	} else {
		var ms [][]string
		for _, m := range b.Milestones {
			mark := ""
			if m.Overdue {
				mark = f.overdueCell(m.Due)
			}
			ms = append(ms, []string{m.Due.String(), m.ID, m.What, m.Who, mark})
		}
		writeIndented(&out, ms, true)
	}

	if b.Handover != nil {
		out.WriteString("\n" + f.heading(f.T("show.handover", b.Handover.Date)) + "\n")
		for _, l := range b.Handover.Lines {
			out.WriteString("  - " + oneLineText(l) + "\n")
		}
	}

	if len(b.Openers) > 0 {
		out.WriteString("\n" + f.heading(f.T("show.openers", b.Openers[0].Date)) + "\n")
		for _, o := range b.Openers {
			out.WriteString("  - " + oneLineText(o.Question) + "\n")
		}
	} else {
		out.WriteString("\n" + f.heading(f.T("show.openers0")) + "\n")
		if b.History.Contacts == 0 {
			out.WriteString("  " + f.T("show.novisit") + "\n")
		} else {
			out.WriteString("  " + f.T("show.noopeners") + "\n")
		}
	}

	out.WriteString("\n" + f.heading(f.T("show.history")) + "\n")
	h := b.History
	if h.Contacts == 0 {
		out.WriteString("  " + f.T("show.nocontacts") + "\n")
	} else {
		parts := []string{f.T("show.contacts", h.Contacts), f.T("show.last", h.LastContact, h.LastKind, h.DaysSinceLast)}
		if h.AverageInterval > 0 {
			parts = append(parts, f.T("show.interval", h.AverageInterval))
		}
		out.WriteString("  " + strings.Join(parts, f.sep()) + "\n")
	}
	_, _ = io.WriteString(w, out.String())
}

// writeIndented writes rows as an aligned table indented by two spaces. The table is
// written without colour so ANSI codes already in the cells are measured as text; cells
// of data are cleaned by the table.
func writeIndented(out *strings.Builder, rows [][]string, data bool) {
	if len(rows) == 0 {
		return
	}
	// Colour codes must not count towards widths: strip them for measuring by padding
	// the plain text, then put the coloured cell back.
	plain := make([][]string, len(rows))
	for i, r := range rows {
		plain[i] = make([]string, len(r))
		for j, c := range r {
			plain[i][j] = stripANSI(c)
		}
	}
	var buf bytes.Buffer
	t := render.Table{Rows: plain}
	if data {
		t.MaxWidth = []int{0, 60}
	}
	_ = t.Write(&buf, false)
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	for i, l := range lines {
		for j, c := range rows[i] {
			if p := plain[i][j]; c != p && p != "" {
				l = strings.Replace(l, p, c, 1)
			}
		}
		out.WriteString("  " + l + "\n")
	}
}

// stripANSI removes SGR escape sequences.
func stripANSI(s string) string {
	if !strings.Contains(s, "\x1b[") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && s[j] != 'm' {
				j++
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// oneLineText folds control characters so that record text cannot move the cursor or
// start new lines in the brief.
func oneLineText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

// requestParts describes an open request's dates: due (or resolved) and report-back, each
// marked when overdue.
func (f *Factory) requestParts(q brief.Request) []string {
	var parts []string
	if q.Done.IsZero() {
		parts = append(parts, f.overdueMark(f.T("show.due", q.Due), q.Due, q.Overdue))
	} else {
		parts = append(parts, f.T("show.resolved", q.Done))
	}
	if !q.Report.IsZero() {
		rep := f.T("show.report", q.Report)
		if q.How != "" {
			rep += " " + q.How
		}
		parts = append(parts, f.overdueMark(rep, q.Report, q.ReportOverdue))
	}
	return parts
}
