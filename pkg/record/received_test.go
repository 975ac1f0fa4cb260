package record

import "testing"

// TestReceived: a request is received on the date of the first entry that lists it under
// Requests; later mentions (an update, a hand-written line) do not move it.
func TestReceived(t *testing.T) {
	r := mustParse(t, "S1.md", []byte(`---
id: S1
name: x
status: active
owner: 佐藤
start: 2026-04-01
next: 2026-05-01
---

## 2026-04-03 訪問

### 相談事項

- R1: 残業代の計算が合わない（苦情／本人から／期限 2026-04-17）
- r2 ロッカー
- R10（派遣先から）服装
- R3x: not an id
- 席が寒い R4

## 2026-04-10 電話

### 相談事項

- R1: 残業代の件、派遣先に伝えた
- R5：シフト

### メモ

- R6: not under Requests
`))
	got := r.Received()
	want := map[string]string{"R1": "2026-04-03", "R2": "2026-04-03", "R10": "2026-04-03", "R5": "2026-04-10"}
	if len(got) != len(want) {
		t.Errorf("received %v, want %v", got, want)
	}
	for id, d := range want {
		if got[id].String() != d {
			t.Errorf("%s received %s, want %s", id, got[id], d)
		}
	}
}
