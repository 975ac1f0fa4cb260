package render

import (
	"io"
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/duties"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

// The outputs of follow duties: the year as a table in the reader's language, and as CSV
// in codes that a sheet reads in any language.

// DutiesCSVHeaders are the columns of follow duties --format csv.
var DutiesCSVHeaders = []string{"staff", "name", "owner", "status", "fiscal_year", "training_hours", "training_hours_owed",
	"career_consultations", "wish_date", "wish_option", "wish", "measures"}

// DutiesCSVRows are the rows of the CSV: codes, not words, so that a sheet reads them in any
// language.
func DutiesCSVRows(rows []duties.Row) [][]string {
	out := make([][]string, 0, len(rows))
	for _, r := range rows {
		var wishDate, wishOption, wish string
		if w := r.Wish; w != nil {
			wishDate, wishOption, wish = w.Date.String(), w.Option, w.What
		}
		var ms []string
		for _, m := range r.Measures {
			s := m.Date.String() + " " + m.Option + " " + m.What
			if m.Outcome != "" {
				s += ": " + m.Outcome
			}
			ms = append(ms, s+" ("+m.Result+")")
		}
		out = append(out, []string{r.Staff, r.Name, r.Owner, r.Status, strconv.Itoa(r.FiscalYear),
			record.FormatHours(r.TrainingHours), record.FormatHours(r.TrainingHoursOwed), strconv.Itoa(r.CareerConsultations),
			wishDate, wishOption, wish, strings.Join(ms, "; ")})
	}
	return out
}

// DutiesTable writes the fiscal year fy (from to to) as a table in lang, training short of
// what is owed in red. It returns how many staff are short.
func DutiesTable(out io.Writer, rows []duties.Row, fy int, from, to dates.Date, lang string, color bool) (short int, err error) {
	o := words{lang}
	if err := Print(out, o.t("duties.title", fy, from, to), StyleBold, color); err != nil {
		return 0, err
	}
	if len(rows) == 0 {
		return 0, Print(out, o.t("duties.none"), StyleNone, false)
	}
	t := Table{Headers: []string{"ID", o.t("duties.h.name"), o.t("duties.h.owner"), o.t("duties.h.training"),
		o.t("duties.h.career"), o.t("duties.h.wish"), o.t("duties.h.measures")}, MaxWidth: []int{0, 0, 0, 0, 0, 40},
		Align: []Alignment{AlignLeft, AlignLeft, AlignLeft, AlignRight, AlignRight}}
	for _, r := range rows {
		hours := record.FormatHours(r.TrainingHours)
		if r.TrainingHoursOwed > 0 {
			hours += " / " + record.FormatHours(r.TrainingHoursOwed)
		}
		if r.Short() {
			short++
		}
		wish := ""
		if w := r.Wish; w != nil {
			wish = w.Date.String() + " " + o.t("duty.option."+w.Option)
		}
		var ms []string
		for _, m := range r.Measures {
			ms = append(ms, m.Date.String()+" "+m.What+i18n.Paren(o.lang, o.t("duty.result."+m.Result)))
		}
		t.Rows = append(t.Rows, []string{r.Staff, r.Name, r.Owner, hours, strconv.Itoa(r.CareerConsultations), wish, strings.Join(ms, i18n.Sep(o.lang))})
	}
	t.CellStyle = func(row, col int) Style {
		if col == 3 && rows[row].Short() {
			return StyleRed
		}
		return StyleNone
	}
	return short, t.Write(out, color)
}
