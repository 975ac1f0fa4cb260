package stats

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

// sampleRecords reads the repository's sample records (records/).
func sampleRecords(t *testing.T) []*record.Record {
	t.Helper()
	var recs []*record.Record
	err := filepath.WalkDir(filepath.Join("..", "..", "records"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".md" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		r, err := record.Parse(p, src)
		if err != nil {
			return err
		}
		recs = append(recs, r)
		return nil
	})
	if err != nil || len(recs) == 0 {
		t.Fatalf("sample records: %v (%d read)", err, len(recs))
	}
	return recs
}

// Issue 20: on the sample records, every milestone not done on time is a manager's
// thank-you call (5 made a day late, 1 still open), which the owners' 「節目 期日内
// 52/58」 hid. The calls are now a figure of their own, per manager.
func TestCallsOnTimeByManagerOnTheSampleRecords(t *testing.T) {
	recs := sampleRecords(t)
	st := Compute(recs, Options{Today: day("2026-12-01"), By: ByManager, Min: DefaultMin})
	type fig struct{ onTime, due, late, open int }
	got := map[string]fig{}
	for _, g := range st.Groups {
		d := g.Discipline
		got[g.Key] = fig{d.CallsOnTime.N, d.CallsOnTime.D, d.CallsLate, d.CallsOpen}
		if m := d.MilestonesOnTime; m.N != m.D {
			t.Errorf("%s: the owners' milestones on time %s; the sample's late ones are all calls", g.Key, m.Counts())
		}
	}
	want := map[string]fig{
		"堀 直人": {onTime: 2, due: 4, late: 1, open: 1},
		"石田 誠": {onTime: 8, due: 12, late: 4, open: 0},
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("calls of %s = %+v, want %+v", k, got[k], w)
		}
	}
	d := st.Total.Discipline
	if d.CallsLate != 5 || d.CallsOpen != 1 || d.CallsOnTime.D-d.CallsOnTime.N != 6 {
		t.Errorf("total calls: %s on time, %d late, %d open; want 6 not on time: 5 late, 1 open", d.CallsOnTime.Counts(), d.CallsLate, d.CallsOpen)
	}
	// Each late call was made the day after it was due.
	for _, r := range recs {
		for _, m := range r.Milestones {
			if m.IsCall() && m.Done.After(m.Due) && m.Done.Sub(m.Due) != 1 {
				t.Errorf("%s %s: made %d days late", r.ID, m.ID, m.Done.Sub(m.Due))
			}
		}
	}
	// Together they are the figure that hid them: 52/58 milestones on time.
	if n, all := d.MilestonesOnTime.N+d.CallsOnTime.N, d.MilestonesOnTime.D+d.CallsOnTime.D; n != 52 || all != 58 {
		t.Errorf("owners' milestones and calls together: %d/%d, want 52/58", n, all)
	}
}
