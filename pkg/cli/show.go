package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/sanitize"
	"github.com/staffnote/follow/pkg/store"
)

// ShowOptions are the inputs of follow show.
type ShowOptions struct {
	Printer
	Records
	ID   string
	All  bool
	JSON bool
}

// NewCmdShow builds follow show; runF, when set, runs instead of the command (tests).
func NewCmdShow(f *Factory, runF func(*ShowOptions) error) *cobra.Command {
	o := &ShowOptions{Printer: f.Printer(), Records: f.Records()}
	c := &cobra.Command{
		Use:   "show ID",
		Short: "The brief before a visit: who, where, what is open, and where to start",
		Long: `Print the brief to read before a visit or a call: the staff member, client, site,
supervisor (and the workplace's phone), owner and manager; the days since the start and where they are in the first
three months; the contract end, the renewals so far and the limit date; the open
requests with their due and report-back dates (overdue ones marked); the upcoming
milestones; the openers — the facts and personal topics of the last contact that had
them, phrased as questions to start from — and a short history.

--all adds the whole log. --json prints the same data as JSON (stable field names:
id, name, kana, status, client, site, supervisor, site_phone, owner, manager, file, start, day,
first_months, contract_end, days_to_end, renewals, limit_date, exempt, next,
next_overdue, requests, milestones, openers, history, ended, handover; with --all, log).
The JSON is the same whatever the reader's language: the openers' questions are in the
record's language, and history.recent lists the latest entries with who wrote each.`,
		Example: `  follow show S0101
  follow show S0101 --all | less
  follow show S0101 --json | jq '.openers[].question'`,
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			if runF != nil {
				return runF(o)
			}
			return runShow(o)
		},
		ValidArgsFunction: completeIDs(o.Store),
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
	rec, err := o.read(o.Printer, o.ID)
	if err != nil {
		return err
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	if !o.JSON {
		return o.printBrief(rec, cfg, o.Today(), o.All)
	}
	// Machine output does not depend on the reader: the questions are in the record's
	// language, else the team's, else English.
	entries, _ := rec.Entries()
	out := showJSON{Brief: brief.Build(rec, entries, cfg, o.Today())}
	out.Phrase(i18n.Translator(record.WriteLang(rec.Lang(), cfg.Lang, i18n.EN)))
	if o.All {
		log := string(rec.Body())
		out.Log = &log
	}
	return render.WriteJSON(o.IO.Out, out)
}

// read reads a record to show it, without taking the lock (writes are atomic renames). A
// record whose data is broken is still read, with a warning to p.
func (o Records) read(p Printer, id string) (*record.Record, error) {
	if err := store.ValidID(id); err != nil {
		return nil, usageErr("%v", err)
	}
	s, err := o.Store()
	if err != nil {
		return nil, err
	}
	path, err := s.Find(id)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	if path == "" {
		return nil, dataErr(msgErr("show.norecord", id, s.Root))
	}
	l := store.LoadOne(path)
	if l.Err != nil {
		return nil, dataErr(l.Err)
	}
	if err := l.Record.Broken(); err != nil {
		p.warnf("%s", p.T("show.broken", err))
	}
	return l.Record, nil
}

// brief is the brief of rec, its openers phrased in the user's language.
func (p Printer) brief(rec *record.Record, cfg *config.Config, today dates.Date) brief.Brief {
	entries, _ := rec.Entries()
	b := brief.Build(rec, entries, cfg, today)
	b.Phrase(i18n.Translator(p.Lang()))
	return b
}

// printBrief prints the brief of rec as the one screen to read before a visit, and with
// all the whole log after it.
//
// Record text reaches the terminal through the process's sanitize.Writer; colour is the
// styles of the Text and of its tables, applied after layout.
func (p Printer) printBrief(rec *record.Record, cfg *config.Config, today dates.Date, all bool) error {
	b := p.brief(rec, cfg, today)
	out := render.Text{Color: p.Color()}
	title := b.ID + "  " + b.Name
	if b.Kana != "" {
		title += p.paren(b.Kana)
	}
	heading(&out, oneLineText(title))
	rows, red := p.briefFacts(b, today)
	writeIndented(&out, rows, 1, red, false)
	red = red[:0]
	for _, q := range b.Requests {
		red = append(red, q.Done.IsZero() && q.Overdue || !q.Report.IsZero() && q.ReportOverdue)
	}
	p.section(&out, p.T("show.requests"), p.requestRows(b.Requests, today), 2, red)
	var ms [][]string
	red = red[:0]
	for _, m := range b.Milestones {
		mark := ""
		if m.Overdue {
			mark = p.T("show.overdue", today.Sub(m.Due))
		}
		ms = append(ms, []string{m.Due.String(), m.ID, m.What, m.Who, mark})
		red = append(red, m.Overdue)
	}
	p.section(&out, p.T("show.milestones"), ms, 4, red)
	p.writeOpeners(&out, b)
	p.writeHistory(&out, b.History)
	if all {
		out.WriteString("\n")
		heading(&out, p.T("show.log"))
		out.WriteString("\n" + strings.TrimSpace(strings.ReplaceAll(string(rec.Body()), "\r\n", "\n")) + "\n")
	}
	_, err := out.WriteTo(p.IO.Out)
	return err
}

// heading appends a heading of the brief, in bold, and ends its line.
func heading(out *render.Text, s string) {
	out.Style(s, render.StyleBold)
	out.WriteString("\n")
}

// section writes a heading and its rows as an indented table of data (column col in red
// where red says so), or "none".
func (p Printer) section(out *render.Text, title string, rows [][]string, col int, red []bool) {
	out.WriteString("\n")
	heading(out, title)
	if len(rows) == 0 {
		out.WriteString("  " + p.T("show.none") + "\n")
		return
	}
	writeIndented(out, rows, col, red, true)
}

// briefFacts are the label/value rows at the top of the brief, and which values need
// attention (shown in red): a contract end passed, a next date missing or overdue.
func (p Printer) briefFacts(b brief.Brief, today dates.Date) ([][]string, []bool) {
	var rows [][]string
	var red []bool
	add := func(key, val string, warn ...bool) {
		if val != "" {
			rows = append(rows, []string{p.T(key), val})
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
	add("show.start", p.startText(b, today))
	if e := b.Ended; e != nil {
		text := e.Date.String()
		if e.Reason != "" {
			reason := e.Reason
			if e.Category != "" {
				reason = p.T("show.endedreason", reason, e.Category)
			}
			text = p.T("show.endedline", text, reason)
		}
		add("show.ended", text)
	}
	add("show.contract", p.contractText(b), b.Ended == nil && !b.ContractEnd.IsZero() && b.DaysToEnd < 0)
	switch {
	case b.Ended != nil:
	case b.Exempt != "":
		add("show.limit", p.T("show.exempt", b.Exempt))
	case !b.LimitDate.IsZero():
		add("show.limit", b.LimitDate.String())
	}
	if b.Ended == nil {
		add("show.next", p.nextText(b, today), b.Next.IsZero() || b.NextOverdue)
	}
	return rows, red
}

// startText is the start date with where the staff member is in their first months.
func (p Printer) startText(b brief.Brief, today dates.Date) string {
	if b.Start.IsZero() {
		return ""
	}
	start := b.Start.String()
	switch {
	case b.Ended != nil:
	case b.Day == 0:
		start += p.paren(p.T("show.startsin", b.Start.Sub(today)))
	case b.FirstMonths > 0:
		start += p.paren(p.T("show.day", b.Day) + p.sep() + p.T("show.month", b.FirstMonths))
	default:
		start += p.paren(p.T("show.day", b.Day) + p.sep() + p.T("show.pastthree"))
	}
	return start
}

// contractText is the contract end, how far it is, and the renewals so far.
func (p Printer) contractText(b brief.Brief) string {
	var contract string
	switch {
	case b.ContractEnd.IsZero():
		contract = p.T("show.noend")
	case b.Ended != nil:
		contract = p.T("show.until", b.ContractEnd)
	case b.DaysToEnd > 0:
		contract = p.T("show.until", b.ContractEnd) + p.paren(p.T("show.endin", b.DaysToEnd))
	case b.DaysToEnd == 0:
		contract = p.T("show.until", b.ContractEnd) + p.paren(p.T("show.endtoday"))
	default:
		contract = p.T("show.until", b.ContractEnd) + p.paren(p.T("show.endpassed", -b.DaysToEnd))
	}
	return contract + p.sep() + p.T("show.renewals", b.Renewals)
}

// nextText is the next follow-up date, marked when it is today, overdue or missing.
func (p Printer) nextText(b brief.Brief, today dates.Date) string {
	switch {
	case b.Next.IsZero():
		return p.T("show.notset")
	case b.Next == today:
		return b.Next.String() + p.paren(p.T("show.today"))
	}
	return p.overdueMark(b.Next.String(), b.Next, b.NextOverdue, today)
}

// requestRows are the open requests: id, what (→ plan), and their dates.
func (p Printer) requestRows(reqs []brief.Request, today dates.Date) [][]string {
	var rows [][]string
	for _, q := range reqs {
		what := q.What
		if q.Plan != "" {
			what += " → " + q.Plan
		}
		rows = append(rows, []string{q.ID, what, strings.Join(p.requestParts(q, today), p.sep())})
	}
	return rows
}

// writeOpeners writes the last handover note and the openers, or what to do without them.
func (p Printer) writeOpeners(out *render.Text, b brief.Brief) {
	if h := b.Handover; h != nil {
		out.WriteString("\n")
		heading(out, p.T("show.handover", h.Date))
		for _, l := range h.Lines {
			out.WriteString("  - " + oneLineText(l) + "\n")
		}
	}
	if len(b.Openers) > 0 {
		out.WriteString("\n")
		heading(out, p.T("show.openers", b.Openers[0].Date))
		for _, o := range b.Openers {
			out.WriteString("  - " + oneLineText(o.Question) + "\n")
		}
		return
	}
	out.WriteString("\n")
	heading(out, p.T("show.openers0"))
	if b.History.Contacts == 0 {
		out.WriteString("  " + p.T("show.novisit") + "\n")
	} else {
		out.WriteString("  " + p.T("show.noopeners") + "\n")
	}
}

// writeHistory writes the summary of the contacts and the latest entries of the log, each
// with who wrote it.
func (p Printer) writeHistory(out *render.Text, h brief.History) {
	out.WriteString("\n")
	heading(out, p.T("show.history"))
	if h.Contacts == 0 {
		out.WriteString("  " + p.T("show.nocontacts") + "\n")
	} else {
		parts := []string{p.T("show.contacts", h.Contacts), p.T("show.last", h.LastContact, h.LastKind, h.DaysSinceLast)}
		if h.AverageInterval > 0 {
			parts = append(parts, p.T("show.interval", h.AverageInterval))
		}
		out.WriteString("  " + strings.Join(parts, p.sep()) + "\n")
	}
	var rows [][]string
	for _, e := range h.Recent {
		rows = append(rows, []string{e.Date.String(), e.Kind, e.Author})
	}
	writeIndented(out, rows, -1, nil, false)
}

// overdueMark appends "(Nd overdue)" to text when overdue.
func (p Printer) overdueMark(text string, d dates.Date, overdue bool, today dates.Date) string {
	if !overdue {
		return text
	}
	return text + p.paren(p.T("show.overdue", today.Sub(d)))
}

// requestParts describes an open request's dates: due (or resolved) and report-back, each
// marked when overdue.
func (p Printer) requestParts(q brief.Request, today dates.Date) []string {
	var parts []string
	if q.Done.IsZero() {
		parts = append(parts, p.overdueMark(p.T("show.due", q.Due), q.Due, q.Overdue, today))
	} else {
		parts = append(parts, p.T("show.resolved", q.Done))
	}
	if !q.Report.IsZero() {
		rep := p.T("show.report", q.Report)
		if q.How != "" {
			rep += " " + q.How
		}
		parts = append(parts, p.overdueMark(rep, q.Report, q.ReportOverdue, today))
	}
	return parts
}

// writeIndented writes rows as an aligned table indented by two spaces, column col in red
// where red says so (colour applied by the table, after the layout). Cells of data are
// capped at 60 cells.
func writeIndented(out *render.Text, rows [][]string, col int, red []bool, data bool) {
	t := render.Table{Rows: rows, Indent: "  ", CellStyle: func(row, j int) render.Style {
		if j == col && red[row] {
			return render.StyleRed
		}
		return render.StyleNone
	}}
	if data {
		t.MaxWidth = []int{0, 60}
	}
	_ = t.Write(out, out.Color)
}

// oneLineText keeps record text on one line of the brief or a draft's comment: newlines,
// CRs and tabs become spaces, other control characters are shown escaped (\x1b, as the
// output boundary shows them).
func oneLineText(s string) string {
	return sanitize.String(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s))
}
