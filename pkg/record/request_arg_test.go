package record

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
)

// TestRequestArgBothSides: the parts that say who raised a request, who must act and
// whether it is a complaint, in English and Japanese, with what they imply written out.
func TestRequestArgBothSides(t *testing.T) {
	today := dates.MustOf(2026, 4, 10)
	for _, c := range []struct {
		in              string
		from, who, kind string
	}{
		{"服装の規定を守ってほしい; due 4/20; from client", FromClient, "manager", ""},
		{"服装の規定を守ってほしい；期限 4/20；派遣先", FromClient, "manager", ""},
		{"服装の規定を守ってほしい；期限 4/20；申出：派遣先；対応者 担当", FromClient, "owner", ""},
		{"残業代の計算が合わない; due 4/17; complaint", FromStaff, "", TypeComplaint},
		{"残業代の計算が合わない；期限 4/17；苦情；上長", FromStaff, "manager", TypeComplaint},
		{"x; due 4/17; who 川口; from staff", FromStaff, "川口", ""},
		{"x; due 4/17; Who: Manager; FROM Client; Complaint", FromClient, "manager", TypeComplaint},
		{"x; due 4/17", "", "", ""},
	} {
		q, err := ParseRequestArg(c.in, today)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if q.From != c.from || q.Who != c.who || q.Type != c.kind {
			t.Errorf("%q: from %q who %q type %q; want %q %q %q", c.in, q.From, q.Who, q.Type, c.from, c.who, c.kind)
		}
	}
	for _, c := range []struct{ in, msg string }{
		{"x; due 1d; from someone", `from must be staff (本人) or client (派遣先), not "someone"`},
		{"x; due 1d; who", "who needs owner (担当), manager (上長) or a person's name"},
		{"x; due 1d; complaint yes", "complaint takes no value"},
		{"x; due 1d; complaint; 苦情", "complaint is given twice"},
		{"x; due 1d; 派遣先; from staff", "from is given twice"},
		{"x; due 1d; maybe", `unknown part "maybe"`},
	} {
		if _, err := ParseRequestArg(c.in, today); err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.msg)
		}
	}
}

// TestRequestKeysRead: the front matter keys from, who, type and notified are read, and a
// value follow acts on that it does not know is a type error (follow due and the commands
// that edit then leave the record alone).
func TestRequestKeysRead(t *testing.T) {
	r := mustParse(t, "S1.md", []byte(`---
id: S1
name: x
status: active
owner: 佐藤
start: 2026-04-01
next: 2026-05-01
requests:
  - id: R1
    what: 服装の規定
    from: client
    who: manager
    due: 2026-04-20
  - id: R2
    what: 残業代
    from: staff
    type: complaint
    due: 2026-04-17
    notified: 2026-04-11
  - id: R3
    what: ロッカー
    due: 2026-04-17
---
`))
	q1, q2, q3 := r.Requests[0], r.Requests[1], r.Requests[2]
	if !q1.FromClient() || q1.Assignee() != "manager" || q1.IsComplaint() {
		t.Errorf("R1: %+v", q1)
	}
	if !q2.IsComplaint() || q2.FromClient() || q2.Notified != dates.MustOf(2026, 4, 11) || q2.Assignee() != "owner" {
		t.Errorf("R2: %+v", q2)
	}
	if q3.From != "" || q3.Assignee() != "owner" {
		t.Errorf("R3: %+v", q3)
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems: %+v", r.Problems)
	}
	bad, err := Parse("S1.md", []byte(`---
id: S1
name: x
status: active
owner: 佐藤
start: 2026-04-01
next: 2026-05-01
requests:
  - id: R1
    what: 服装の規定
    from: 派遣先
    type: claim
    notified: soon
    due: 2026-04-20
---
`))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range bad.Problems {
		msgs = append(msgs, p.Rule+": "+p.Msg)
	}
	want := []string{`type: from must be staff or client, not "派遣先": write client`, `type: type must be request or complaint, not "claim"`, "date: notified: "}
	if len(msgs) != len(want) {
		t.Fatalf("problems %q, want %q", msgs, want)
	}
	for i := range want {
		if !strings.HasPrefix(msgs[i], want[i]) {
			t.Errorf("problem %q, want %q", msgs[i], want[i])
		}
	}
	if bad.Broken() == nil {
		t.Error("a request from nobody follow knows does not make the record broken")
	}
}
