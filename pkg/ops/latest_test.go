package ops

import (
	"testing"

	"github.com/staffnote/follow/pkg/record"
)

func TestLatestContact(t *testing.T) {
	const head = "---\nid: S1\nname: 試験 太郎\nstatus: active\nowner: 佐藤\nstart: 2026-01-05\nnext: 2026-03-01\n---\n"
	for _, c := range []struct {
		name, body, want string
	}{
		{"none", "", "0000-00-00"},
		{"no contact", "\n## 2026-01-05 更新\n\n- x\n", "0000-00-00"},
		{"in order: the last contact", "\n## 2026-01-05 訪問\n\n## 2026-02-01 call\n\n## 2026-02-10 更新\n", "2026-02-01"},
		{"an undated heading after it", "\n## 2026-02-01 visit\n\n## メモ\n", "2026-02-01"},
		// Out of date order (lint reports it): the latest, wherever it is.
		{"out of order", "\n## 2026-01-05 visit\n\n## 2026-03-01 call\n\n## 2026-02-01 visit\n\n## 2026-02-15 更新\n", "2026-03-01"},
	} {
		r, err := record.Parse("S1.md", []byte(head+c.body))
		if err != nil {
			t.Fatal(err)
		}
		got := latestContact(r)
		gotS := got.String()
		if got.IsZero() {
			gotS = "0000-00-00"
		}
		if gotS != c.want {
			t.Errorf("%s: latestContact = %s, want %s", c.name, gotS, c.want)
		}
	}
}
