package complaints

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

func parse(t *testing.T, src string) *record.Record {
	t.Helper()
	return parseAt(t, "S1.md", []byte(src))
}

func parseAt(t *testing.T, path string, src []byte) *record.Record {
	t.Helper()
	r, err := record.Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

const s1 = `---
id: S1
name: 小池 恵理
owner: 川口 健太
manager: 石田 誠
client: 株式会社ミナト精工
site: 経理課
requests:
  - id: R1
    what: 残業代の計算が合わない
    type: complaint
    due: 2026-04-17
    notified: 2026-04-13
    done: 2026-04-16
    note: 派遣先が再計算し差額を支給
    reported: 2026-04-17
    how: 電話
  - id: R2
    what: ロッカーの鍵
    due: 2026-04-24
  - id: R3
    what: 遅刻が多い
    from: client
    type: complaint
    due: 2026-05-20
  - id: R4
    what: 休憩室が狭い
    type: complaint
    due: 2026-06-30
    done: 2026-06-20
---

# 小池 恵理

## 2026-04-10 訪問

### 相談事項

- R1: 残業代の計算が合わない（苦情／期限 2026-04-17）
- R2: ロッカーの鍵（期限 2026-04-24）

## 2026-05-01 handover

- Handover: 森本 彩 → 川口 健太

## 2026-05-08 電話

### 相談事項

- R3: 遅刻が多い（苦情／派遣先から／期限 2026-05-20）
`

// TestRegister: only complaints, from both sides, with the received day from the log, who
// handled them (the owner of that day, the manager for the client's), the day the client
// was told and how far each was handled; a complaint no entry lists comes last and is in
// every window.
func TestRegister(t *testing.T) {
	r := parse(t, s1)
	rows := Register([]*record.Record{r}, Window{})
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3 (R1, R3, R4): %+v", len(rows), rows)
	}
	r1, r3, r4 := rows[0], rows[1], rows[2]
	if r1.ID != "R1" || r1.Received != dates.MustOf(2026, 4, 10) || r1.From != "staff" || r1.Handler != "森本 彩" || r1.HandlerRole != "owner" ||
		r1.Notified != dates.MustOf(2026, 4, 13) || r1.Status != StatusReported || r1.Result != "派遣先が再計算し差額を支給" ||
		r1.Reported != dates.MustOf(2026, 4, 17) || r1.How != "電話" || r1.Client != "株式会社ミナト精工" || r1.Site != "経理課" {
		t.Errorf("R1 = %+v", r1)
	}
	if r3.ID != "R3" || r3.Received != dates.MustOf(2026, 5, 8) || r3.From != "client" || r3.Handler != "石田 誠" || r3.HandlerRole != "manager" || r3.Status != StatusOpen {
		t.Errorf("R3 = %+v", r3)
	}
	// R4: not in the log; due after the handover, so the new owner handles it.
	if r4.ID != "R4" || !r4.Received.IsZero() || r4.Handler != "川口 健太" || r4.Status != StatusResolved {
		t.Errorf("R4 = %+v", r4)
	}

	rows = Register([]*record.Record{r}, Window{From: dates.MustOf(2026, 5, 1), To: dates.MustOf(2026, 5, 31)})
	if len(rows) != 2 || rows[0].ID != "R3" || rows[1].ID != "R4" {
		t.Errorf("May: %+v", rows)
	}
	rows = Register([]*record.Record{r}, Window{To: dates.MustOf(2026, 4, 30)})
	if len(rows) != 2 || rows[0].ID != "R1" || rows[1].ID != "R4" {
		t.Errorf("to April: %+v", rows)
	}
}

// TestRegisterNone: a record with no complaint gives an empty register, not nil (JSON []).
func TestRegisterNone(t *testing.T) {
	r := parse(t, "---\nid: S2\nrequests:\n  - id: R1\n    what: 鍵\n---\n")
	if rows := Register([]*record.Record{r}, Window{}); rows == nil || len(rows) != 0 {
		t.Errorf("rows = %#v", rows)
	}
}

// TestRegisterSampleRecords: the sample records (records/) hold one complaint, S0105's R2,
// heard on a call, passed on to the client the next day, resolved and reported back; the
// client's own request R3 is no complaint.
func TestRegisterSampleRecords(t *testing.T) {
	var recs []*record.Record
	paths, _ := filepath.Glob(filepath.Join("..", "..", "records", "*.md"))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, parseAt(t, p, src))
	}
	rows := Register(recs, Window{})
	if len(rows) != 1 {
		t.Fatalf("%d complaints in the sample records, want 1: %+v", len(rows), rows)
	}
	r := rows[0]
	if r.Staff != "S0105" || r.ID != "R2" || r.Received != dates.MustOf(2026, 11, 18) || r.Notified != dates.MustOf(2026, 11, 19) ||
		r.Status != StatusReported || r.Handler != "森本 彩" {
		t.Errorf("S0105 R2 = %+v", r)
	}
}
