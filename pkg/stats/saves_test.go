package stats

import (
	"sort"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

// Hand-built histories for the saves (docs/STATS.md §4): a contract period in which a
// contact flagged a risk (intent unsure or leave, mood 2 or less) and which was renewed is
// a save; renewals and saves go to the owner of the day the renewal was agreed, as the
// handover entries of the log tell, not to today's owner.

const twoPeriods = `start: 2026-04-01
contract:
  end: 2026-12-31
  renewals: 1
  history:
    - from: 2026-04-01
      until: 2026-06-30
    - from: 2026-07-01
      until: 2026-12-31
`

const oneEnded = `status: ended
start: 2026-04-01
contract:
  end: 2026-06-30
  history:
    - from: 2026-04-01
      until: 2026-06-30
ended:
  date: 2026-06-30
  reason: 本人都合
  category: personal
`

func savesOf(t *testing.T, recs ...*record.Record) Stats {
	t.Helper()
	return Compute(recs, Options{From: day("2026-01-01"), To: day("2026-12-31"), Today: day("2026-12-01"), By: ByOwner, Min: 0})
}

func TestSaves(t *testing.T) {
	body := func(entries string) string { return "\n# x\n\n" + entries }
	// A risk (unsure, mood 2) in the first contract, then a renewal: 1 save.
	riskRenewed := rec(t, "S1", "佐藤", "status: active\n"+twoPeriods, body(`## 2026-05-07 訪問

意向: 迷い
満足度: 2

次回: 2026-06-01

## 2026-06-01 電話

意向: 継続
満足度: 4

次回: 2026-07-01

## 2026-06-02 更新

- 契約を更新しました（1回目）: 2026-07-01〜2026-12-31
`))
	// A risk (leave), then the end: 0 saves.
	riskEnded := rec(t, "S2", "佐藤", oneEnded, body(`## 2026-05-07 call

Intent: leave

Next: 2026-06-01
`))
	// No risk (stay, mood 3), then a renewal: 0 saves.
	calmRenewed := rec(t, "S3", "佐藤", "status: active\n"+twoPeriods, body(`## 2026-05-07 visit

Intent: stay
Mood: 3

Next: 2026-06-01
`))
	// A risk only in the second contract, which is still pending: 0 saves; nor does a
	// low mood in a note that is no contact count.
	riskPending := rec(t, "S4", "佐藤", "status: active\n"+twoPeriods, body(`## 2026-05-07 note

Mood: 1

## 2026-09-01 visit

Mood: 1

Next: 2026-10-01
`))
	for _, c := range []struct {
		r           *record.Record
		risk, saves int
	}{{riskRenewed, 1, 1}, {riskEnded, 1, 0}, {calmRenewed, 0, 0}, {riskPending, 1, 0}} {
		ends, _ := Ends(c.r, day("2026-12-01"))
		risk, saves := 0, 0
		for _, e := range ends {
			if e.Risk {
				risk++
			}
			if e.Save {
				saves++
			}
		}
		if risk != c.risk || saves != c.saves {
			t.Errorf("%s: %d periods at risk, %d saves; want %d, %d: %+v", c.r.ID, risk, saves, c.risk, c.saves, ends)
		}
	}
	st := savesOf(t, riskRenewed, riskEnded, calmRenewed, riskPending)
	if o := st.Total.Outcomes; o.Saves != 1 || o.Renewed != 3 || o.Ended != 1 {
		t.Errorf("total: %d saves, %d renewed, %d ended; want 1, 3, 1", o.Saves, o.Renewed, o.Ended)
	}
}

// TestSavesCreditTheOwnerOfTheRenewal: 佐藤 agreed the renewal on 2026-06-02 and handed the
// staff member over to 川口 on 2026-06-15, before the contract's last day: the renewal and
// the save stay 佐藤's. The second contract's end, pending, is 川口's. A handover before
// the renewal moves the credit to the new owner.
func TestSavesCreditTheOwnerOfTheRenewal(t *testing.T) {
	// history is a log with an unsure contact on 2026-05-07, a handover from 佐藤 to 川口
	// on the day handover, and the renewal agreed on 2026-06-02 when renewal is set.
	history := func(handover string, renewal bool) string {
		entries := []string{"## 2026-05-07 訪問\n\n意向: 迷い\n\n次回: 2026-06-01\n",
			"## " + handover + " 引継ぎ\n\n- 引継ぎ: 佐藤 → 川口 健太\n"}
		if renewal {
			entries = append(entries, "## 2026-06-02 更新\n\n- 契約を更新しました（1回目）: 2026-07-01〜2026-12-31\n")
		}
		sort.Strings(entries)
		return "\n# x\n\n" + strings.Join(entries, "\n")
	}
	after := rec(t, "S1", "川口 健太", "status: active\n"+twoPeriods, history("2026-06-15", true))
	st := savesOf(t, after)
	byKey := map[string]Group{}
	for _, g := range st.Groups {
		byKey[g.Key] = g
	}
	if g := byKey["佐藤"]; g.Renewed != 1 || g.Saves != 1 || g.Pending != 0 {
		t.Errorf("佐藤: renewed %d, saves %d, pending %d; want 1, 1, 0", g.Renewed, g.Saves, g.Pending)
	}
	if g := byKey["川口 健太"]; g.Renewed != 0 || g.Saves != 0 || g.Pending != 1 {
		t.Errorf("川口 健太: renewed %d, saves %d, pending %d; want 0, 0, 1", g.Renewed, g.Saves, g.Pending)
	}
	if st.Ends[0].Owner != "佐藤" || !st.Ends[0].Save {
		t.Errorf("the renewed end: %+v", st.Ends[0])
	}

	// Handed over on 2026-05-20, before the renewal was agreed: the new owner's save.
	st = savesOf(t, rec(t, "S2", "川口 健太", "status: active\n"+twoPeriods, history("2026-05-20", true)))
	if len(st.Groups) != 1 || st.Groups[0].Key != "川口 健太" || st.Groups[0].Saves != 1 {
		t.Errorf("groups: %+v", st.Groups)
	}

	// No renewal entry in the log (renewed by hand): the credit goes to the owner of the
	// contract's last day, 2026-06-30, after the handover of 2026-06-15.
	noEntry := rec(t, "S3", "川口 健太", "status: active\n"+twoPeriods, history("2026-06-15", false))
	if ends, _ := Ends(noEntry, day("2026-12-01")); ends[0].Owner != "川口 健太" {
		t.Errorf("renewed by hand: %+v", ends[0])
	}
}

// TestSavesOnTheSampleRecords: S0106 (records/) was unsure with a mood of 2 in her first
// contract and renewed: the one save of the sample records, 川口 健太's.
func TestSavesOnTheSampleRecords(t *testing.T) {
	st := Compute(sampleRecords(t), Options{From: day("2026-01-01"), To: day("2026-12-31"), Today: day("2026-12-01"), Min: 0})
	var saves []End
	for _, e := range st.Ends {
		if e.Save {
			saves = append(saves, e)
		}
	}
	if len(saves) != 1 || saves[0].Staff != "S0106" || saves[0].Period != 1 || saves[0].Owner != "川口 健太" || st.Total.Saves != 1 {
		t.Errorf("saves %+v (total %d), want S0106's first contract, 川口 健太's", saves, st.Total.Saves)
	}
}
