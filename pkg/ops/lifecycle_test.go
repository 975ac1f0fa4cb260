package ops

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/record"
)

func TestMarkDone(t *testing.T) {
	for _, c := range []struct {
		name, golden string
		in           DoneInput
		changed      []string
		line         string // Line("en")
	}{
		{"a milestone, with a note", "done-milestone", DoneInput{Env: envJA, Item: "m3", Date: today, Note: "面談で確認"},
			nil, "M3 3ヶ月フォロー: done"},
		{"a request resolved and reported back", "done-request", DoneInput{Env: envJA, Item: "R1", Date: today, How: "訪問", HowGiven: true},
			[]string{"  how: 電話"}, "R1 席が空調の真下で寒い: resolved; reported back (訪問)"},
		{"a request resolved, not reported back yet", "done-noreport", DoneInput{Env: envEN, Item: "R1", Date: today, NoReport: true},
			nil, "R1 席が空調の真下で寒い: resolved"},
		{"a resolved request reported back", "done-reported", DoneInput{Env: envJA, Item: "R2", Date: today},
			nil, "R2 ロッカーの鍵: reported back"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := fixture(t, false)
			res, err := MarkDone(rec, c.in)
			if err != nil {
				t.Fatal(err)
			}
			edited(t, c.golden, rec, res.Edit, c.changed...)
			if got := res.Line("en"); got != c.line {
				t.Errorf("Line: %q, want %q", got, c.line)
			}
		})
	}
}

// Issue 20: the manager's thank-you call is marked done with how it was made; the entry
// is by whoever writes it, and when that is not the record's manager the log says whose
// call it was instead of passing it for the writer's.
func TestMarkDoneCall(t *testing.T) {
	src, err := os.ReadFile("testdata/S0101.md")
	if err != nil {
		t.Fatal(err)
	}
	call := strings.Replace(string(src), "requests:\n", "- id: M4\n  what: 更新お礼電話（指揮命令者へ）\n  due: 2026-12-01\n  who: manager\n  rule: renewal-thanks\nrequests:\n", 1)
	for _, c := range []struct {
		name, golden, author, lang, line string
	}{
		{"by the manager", "done-call", "鈴木", "ja", "M4 更新お礼電話（指揮命令者へ）: 完了（電話）"},
		{"by someone else", "done-call-other", "佐藤", "ja", "M4 更新お礼電話（指揮命令者へ）: 完了（電話）"},
		{"by someone else, in English", "done-call-other-en", "佐藤", "en", "M4 更新お礼電話（指揮命令者へ）: done (電話)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec, err := record.Parse("S0101.md", []byte(call))
			if err != nil {
				t.Fatal(err)
			}
			env := Env{Today: today, Config: config.Default(), Lang: c.lang, Author: c.author}
			res, err := MarkDone(rec, DoneInput{Env: env, Item: "M4", Date: today, How: "電話", HowGiven: true, Note: "北村さんに更新のお礼。来期も同じ体制で"})
			if err != nil {
				t.Fatal(err)
			}
			nr := edited(t, c.golden, rec, res.Edit)
			if m := nr.Milestones[3]; m.Done != today || m.How != "電話" {
				t.Errorf("M4 done %s how %q", m.Done, m.How)
			}
			if got := res.Line(c.lang); got != c.line {
				t.Errorf("Line: %q, want %q", got, c.line)
			}
			if res.ForManager != (c.author != "鈴木") {
				t.Errorf("ForManager = %v for a call written by %s", res.ForManager, c.author)
			}
		})
	}
}

func TestMarkDoneRefused(t *testing.T) {
	rec := fixture(t, false)
	for _, c := range []struct {
		name, key string
		usage     bool
		in        DoneInput
	}{
		{"a milestone already done", "done.already", false, DoneInput{Item: "M1"}},
		{"--no-report on a milestone", "done.notrequest", true, DoneInput{Item: "M3", NoReport: true}},
		{"no such item", "done.noitem", false, DoneInput{Item: "X9"}},
		{"resolved, and --no-report again", "done.already", false, DoneInput{Item: "R2", NoReport: true}},
	} {
		c.in.Env, c.in.Date = envJA, today
		_, err := MarkDone(rec, c.in)
		refused(t, c.name, err, c.key, c.usage)
	}
}

func TestRenew(t *testing.T) {
	rec := fixture(t, true) // CRLF: every line written with the record's line ends
	res, err := Renew(rec, RenewInput{Env: envJA, Date: today, Until: day("2027-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	nr := edited(t, "renew", rec, res.Edit, "    end: 2026-12-31", "    renewals: 0")
	if res.N != 1 || res.From != day("2027-01-01") || len(nr.Contract.History) != 2 {
		t.Errorf("renewal %d from %s, history %v", res.N, res.From, nr.Contract.History)
	}
	if len(res.Closed) != 1 || res.Closed[0].ID != "M2" {
		t.Errorf("closed %v, want the renewal check M2", res.Closed)
	}
	var ids []string
	for _, m := range res.Milestones {
		ids = append(ids, m.ID+" "+m.Rule)
	}
	if want := []string{"M4 renewal-intent", "M5 renewal-thanks"}; !slices.Equal(ids, want) {
		t.Errorf("milestones %v, want %v", ids, want)
	}

	// Agreed late: a milestone of the rules already past is not written but reported.
	late := envJA
	late.Today = day("2027-01-20")
	res, err = Renew(rec, RenewInput{Env: late, Date: today, Until: day("2027-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Rule.ID != "renewal-thanks" || len(res.Milestones) != 1 {
		t.Errorf("skipped %v, written %v", res.Skipped, res.Milestones)
	}

	_, err = Renew(rec, RenewInput{Env: envJA, Date: today, Until: day("2026-12-31")})
	refused(t, "not after the current end", err, "renew.notafter", true)
	ended := fixture(t, false)
	ended.Status = record.StatusEnded
	_, err = Renew(ended, RenewInput{Env: envJA, Date: today, Until: day("2027-03-31")})
	refused(t, "an ended record", err, "renew.ended", false)
}

func TestEnd(t *testing.T) {
	rec := fixture(t, false)
	after := envJA
	after.Today = day("2027-01-05") // recorded after the last day
	res, err := End(rec, EndInput{Env: after, Date: day("2026-12-31"), Reason: "契約満了", Category: "contract-expiry"})
	if err != nil {
		t.Fatal(err)
	}
	nr := edited(t, "end", rec, res.Edit, `status: "active"`)
	if nr.Active() || nr.Ended.Category != "contract-expiry" || len(res.Closed) != 1 || res.Future {
		t.Errorf("ended %+v, closed %v", nr.Ended, res.Closed)
	}

	// A notice (issue 19): the last day is after today. The person stays at work until
	// then; the renewal check is cancelled today, not done on the last day; the log says
	// it today.
	res, err = End(rec, EndInput{Env: envJA, Date: day("2026-12-31"), Reason: "契約満了", Category: "contract-expiry"})
	if err != nil {
		t.Fatal(err)
	}
	nr = edited(t, "end-notice", rec, res.Edit, `status: "active"`)
	if !res.Future || len(res.Closed) != 0 || len(res.Cancelled) != 1 || !nr.Ending(envJA.Today) || nr.ActiveOn(day("2027-01-01")) {
		t.Errorf("notice: %+v", res)
	}
	for _, m := range nr.Milestones {
		if m.Rule == "renewal-intent" && (m.Cancelled != envJA.Today || !m.Done.IsZero() || m.Open()) {
			t.Errorf("renewal check %+v", m)
		}
	}
	for _, c := range []struct {
		name, key string
		usage     bool
		in        EndInput
	}{
		{"no reason", "end.noreason", true, EndInput{Reason: "  "}},
		{"a category the team does not have", "end.badcat", true, EndInput{Reason: "x", Category: "moved"}},
		{"before the start", "end.beforestart", true, EndInput{Reason: "x", Date: day("2026-09-30")}},
	} {
		c.in.Env = envJA
		if c.in.Date == 0 {
			c.in.Date = today
		}
		_, err := End(rec, c.in)
		refused(t, c.name, err, c.key, c.usage)
	}
	_, err = End(nr, EndInput{Env: envJA, Date: today, Reason: "x"})
	refused(t, "already ended", err, "end.already", false)
}

func TestHandover(t *testing.T) {
	rec := fixture(t, false)
	res, err := Handover(rec, HandoverInput{Env: envJA, Date: today, To: "\u3000田中 健 ", Note: "月曜午前は避ける"})
	if err != nil {
		t.Fatal(err)
	}
	edited(t, "handover", rec, res.Edit, "owner:    佐藤")
	if res.From != "佐藤" || res.To != "田中 健" {
		t.Errorf("%q → %q", res.From, res.To)
	}
	_, err = Handover(rec, HandoverInput{Env: envJA, Date: today, To: "佐藤"})
	refused(t, "the same owner", err, "handover.same", true)
	_, err = Handover(rec, HandoverInput{Env: envJA, Date: today, To: "\u3000"})
	refused(t, "no new owner", err, "handover.noto", true)
}

func TestCreate(t *testing.T) {
	in := CreateInput{Env: envJA, Path: "S0102.md", ID: "S0102", Name: "山田 太郎", Kana: "やまだ たろう", Owner: "佐藤",
		Manager: "鈴木", Client: "株式会社サンプル", Site: "経理部", Supervisor: "田中 一郎",
		Start: day("2026-12-01"), Until: day("2027-02-28")}
	res, err := Create(in)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "create", res.Out)
	if res.Record == nil || res.Record.ID != "S0102" || res.Record.Next != in.Start || len(res.Record.Milestones) != len(res.Milestones) {
		t.Errorf("the record: %+v", res.Record)
	}
	// Created on 2026-12-05, the milestones of the first days are past: not written.
	var skipped []string
	for _, p := range res.Skipped {
		skipped = append(skipped, p.Rule.ID)
	}
	if want := []string{"first-day", "first-day-thanks"}; !slices.Equal(skipped, want) {
		t.Errorf("skipped %v, want %v", skipped, want)
	}
	if res.Milestones[0].ID != "M1" || res.Milestones[0].Rule != "week-1" {
		t.Errorf("the first milestone written: %+v", res.Milestones[0])
	}
	for _, c := range []struct {
		name, key string
		edit      func(*CreateInput)
	}{
		{"no name", "new.noname", func(in *CreateInput) { in.Name = "" }},
		{"no owner", "new.noowner", func(in *CreateInput) { in.Owner = "" }},
		{"until before the start", "new.untilbefore", func(in *CreateInput) { in.Until = day("2026-11-30") }},
	} {
		bad := in
		c.edit(&bad)
		_, err := Create(bad)
		refused(t, c.name, err, c.key, true)
	}
	// No rules: no milestones.
	bare := in
	bare.Config = &config.Config{}
	if res, err := Create(bare); err != nil || len(res.Milestones)+len(res.Skipped) != 0 {
		t.Errorf("no rules: %v, %v", res.Milestones, err)
	}
}

func TestFormat(t *testing.T) {
	src, err := os.ReadFile("testdata/S0101.md")
	if err != nil {
		t.Fatal(err)
	}
	messy := strings.Replace(string(src), "- 初日。問題なし。\n", "- 初日。問題なし。  \n", 1)
	rec, err := record.Parse("S0101.md", []byte(messy))
	if err != nil {
		t.Fatal(err)
	}
	res := Format(rec)
	if !res.Changed {
		t.Fatal("trailing spaces are not canonical")
	}
	edited(t, "fmt", rec, res.Edit, "- 初日。問題なし。  ")
	if string(res.Out) != string(src) {
		t.Error("formatting removes only the trailing spaces")
	}
	if again := Format(fixture(t, false)); again.Changed {
		t.Error("a canonical record changes")
	}
	if err := res.Verify(fixture(t, false)); err != nil {
		t.Errorf("Verify of the same data: %v", err)
	}
	other := fixture(t, false)
	other.Next = day("2027-01-01")
	if err := res.Verify(other); err == nil {
		t.Error("Verify passes a record whose next changed")
	}
}

// complaints is the fixture with two complaints: R3 from the staff member, R4 the
// client's own.
func complaints(t *testing.T) *record.Record {
	t.Helper()
	src, err := os.ReadFile("testdata/S0101.md")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "tags: [", `- id: R3
  what: 残業代の計算が合わない
  from: staff
  type: complaint
  due: 2026-12-10
- id: R4
  what: 遅刻が続いている
  from: client
  type: complaint
  who: manager
  due: 2026-12-12
tags: [`, 1)
	r, err := record.Parse("S0101.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestNotified: --notified records the day the client was told of a staff member's
// complaint, and only that: the complaint stays open; the log says so.
func TestNotified(t *testing.T) {
	rec := complaints(t)
	res, err := MarkDone(rec, DoneInput{Env: envJA, Item: "r3", Date: today, Notified: true, Note: "派遣先の総務 中野さんへ電話"})
	if err != nil {
		t.Fatal(err)
	}
	nr := edited(t, "done-notified", rec, res.Edit)
	q := findRequest(nr, "R3")
	if q.Notified != today || !q.Done.IsZero() || !q.Reported.IsZero() || q.Note != "" {
		t.Errorf("R3 after --notified: %+v", q)
	}
	if got := res.Line("en"); got != "R3 残業代の計算が合わない: complaint passed on to the client" {
		t.Errorf("Line: %q", got)
	}
	if !strings.Contains(string(res.Out), "## 2026-12-05 派遣先連絡\n") {
		t.Errorf("no 派遣先連絡 entry:\n%s", res.Out)
	}
	// Told once: a second --notified is refused; follow done then closes it as any request.
	_, err = MarkDone(nr, DoneInput{Env: envJA, Item: "R3", Date: today, Notified: true})
	refused(t, "told twice", err, "done.notifiedalready", false)
	if _, err := MarkDone(nr, DoneInput{Env: envJA, Item: "R3", Date: today}); err != nil {
		t.Errorf("closing a notified complaint: %v", err)
	}
}

// TestNotifiedRefused: --notified on anything but a staff member's complaint is a usage
// error, and so are the flags of the report-back with it.
func TestNotifiedRefused(t *testing.T) {
	rec := complaints(t)
	for _, c := range []struct {
		name, key string
		in        DoneInput
	}{
		{"an ordinary request", "done.notcomplaint", DoneInput{Item: "R1"}},
		{"a milestone", "done.notcomplaint", DoneInput{Item: "M3"}},
		{"the client's own complaint", "done.clientcomplaint", DoneInput{Item: "R4"}},
		{"with --no-report", "done.notifiedflags", DoneInput{Item: "R3", NoReport: true}},
		{"with --how", "done.notifiedflags", DoneInput{Item: "R3", HowGiven: true}},
	} {
		c.in.Env, c.in.Date, c.in.Notified = envJA, today, true
		_, err := MarkDone(rec, c.in)
		refused(t, c.name, err, c.key, true)
	}
}
