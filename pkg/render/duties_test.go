package render

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/duties"
)

func TestDutiesTable(t *testing.T) {
	rows := []duties.Row{{Staff: "S0001", Name: "山田 花子", Owner: "森本 彩", FiscalYear: 2026, TrainingHours: 2, TrainingHoursOwed: 8}}
	for _, lang := range []string{"en", "ja"} {
		var b strings.Builder
		short, err := DutiesTable(&b, rows, 2026, day(t, "2026-04-01"), day(t, "2027-03-31"), lang, false)
		if err != nil || short != 1 || !strings.Contains(b.String(), "2 / 8") {
			t.Errorf("%s: short %d, %v:\n%s", lang, short, err, b.String())
		}
	}
	csv := DutiesCSVRows(rows)
	if len(csv) != 1 || len(csv[0]) != len(DutiesCSVHeaders) || csv[0][5] != "2" || csv[0][6] != "8" {
		t.Errorf("CSV rows %q", csv)
	}
}
