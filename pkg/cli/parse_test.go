package cli

import "testing"

// TestRecordKeepingCommandsParse: follow duty, duties, complaints and export parse their
// flags into their Options and, with a runF, run nothing.
func TestRecordKeepingCommandsParse(t *testing.T) {
	f := testFactory()
	var duty *DutyOptions
	parse(t, NewCmdDuty(f, func(o *DutyOptions) error { duty = o; return nil }),
		"S0101", "consult", "--what", "通勤の相談", "--date", "昨日", "--hours", "1.5", "--result", "resolved")
	if duty == nil || duty.ID != "S0101" || duty.Kind != "consult" || duty.What != "通勤の相談" || duty.Date != "昨日" || duty.Hours != "1.5" || duty.Result != "resolved" {
		t.Errorf("duty %+v", duty)
	}
	var duties *DutiesOptions
	parse(t, NewCmdDuties(f, func(o *DutiesOptions) error { duties = o; return nil }), "--year", "2026", "--format", "csv", "--bom")
	if duties == nil || duties.Year != "2026" || duties.Format != "csv" || !duties.BOM || duties.JSON {
		t.Errorf("duties %+v", duties)
	}
	var complaints *ComplaintsOptions
	parse(t, NewCmdComplaints(f, func(o *ComplaintsOptions) error { complaints = o; return nil }), "--from", "2026-04-01", "--to", "令和9年3月31日", "--json")
	if complaints == nil || complaints.From != "2026-04-01" || complaints.To != "令和9年3月31日" || !complaints.JSON {
		t.Errorf("complaints %+v", complaints)
	}
	var export *ExportOptions
	parse(t, NewCmdExport(f, func(o *ExportOptions) error { export = o; return nil }), "S0101", "--format", "html")
	if export == nil || export.ID != "S0101" || export.Format != "html" {
		t.Errorf("export %+v", export)
	}
}
