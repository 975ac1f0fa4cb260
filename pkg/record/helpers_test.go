package record

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
)

// day parses a YYYY-MM-DD date for tests.
func day(s string) dates.Date {
	v, err := dates.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return v
}

// toCRLF converts LF line ends to CRLF (the input must not contain CR).
func toCRLF(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// mustParse parses src and fails the test on an *Error or on any error-level problem.
func mustParse(t *testing.T, name string, src []byte) *Record {
	t.Helper()
	r, err := Parse(name, src)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	for _, p := range r.Problems {
		if p.Severity == SevError {
			t.Fatalf("Parse(%s): unexpected error problem %+v", name, p)
		}
	}
	return r
}

// asError reports whether err is (or wraps) an *Error.
func asError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// frontValues flattens every value the front matter holds (not line numbers, which move
// when lines are inserted) into path → text. Empty values are left out.
func frontValues(r *Record) map[string]string {
	m := map[string]string{}
	put := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	date := func(k string, v dates.Date) {
		if !v.IsZero() {
			m[k] = v.String()
		}
	}
	put("id", r.ID)
	put("name", r.Name)
	put("kana", r.Kana)
	put("status", r.Status)
	put("owner", r.Owner)
	put("manager", r.Manager)
	put("client", r.Client)
	put("site", r.Site)
	put("supervisor", r.Supervisor)
	date("start", r.Start)
	date("unit_start", r.UnitStart)
	put("exempt", r.Exempt)
	date("next", r.Next)
	date("contract.end", r.Contract.End)
	if r.Contract.Renewals != 0 {
		m["contract.renewals"] = fmt.Sprint(r.Contract.Renewals)
	}
	for i, p := range r.Contract.History {
		date(fmt.Sprintf("contract.history[%d].from", i), p.From)
		date(fmt.Sprintf("contract.history[%d].until", i), p.Until)
	}
	for i, ms := range r.Milestones {
		k := fmt.Sprintf("milestones[%d].", i)
		put(k+"id", ms.ID)
		put(k+"what", ms.What)
		date(k+"due", ms.Due)
		put(k+"who", ms.Who)
		date(k+"done", ms.Done)
		put(k+"rule", ms.Rule)
		put(k+"note", ms.Note)
	}
	for i, q := range r.Requests {
		k := fmt.Sprintf("requests[%d].", i)
		put(k+"id", q.ID)
		put(k+"what", q.What)
		put(k+"plan", q.Plan)
		date(k+"due", q.Due)
		date(k+"report", q.Report)
		put(k+"how", q.How)
		date(k+"done", q.Done)
		date(k+"reported", q.Reported)
		put(k+"note", q.Note)
	}
	date("ended.date", r.Ended.Date)
	put("ended.reason", r.Ended.Reason)
	put("ended.category", r.Ended.Category)
	for i, tg := range r.Tags {
		m[fmt.Sprintf("tags[%d]", i)] = tg
	}
	return m
}

// entryValues flattens the body entries into "date kind title#n" → their items, in a form
// that does not depend on line numbers or on entries inserted before them.
func entryValues(r *Record) map[string]string {
	es, _ := r.Entries()
	m := map[string]string{}
	seen := map[string]int{}
	for _, e := range es {
		base := e.Date.String() + " " + e.Title
		seen[base]++
		k := fmt.Sprintf("%s#%d", base, seen[base])
		var b strings.Builder
		list := func(name string, items []Item) {
			for _, it := range items {
				b.WriteString(name + ": " + it.Text + "\n")
			}
		}
		list("facts", e.Facts)
		list("requests", e.Requests)
		list("personal", e.Personal)
		list("notes", e.Notes)
		if !e.Next.IsZero() {
			b.WriteString("next: " + e.Next.String() + "\n")
		}
		m[k] = b.String()
	}
	return m
}

// compareValues checks that after equals before with the changes in want applied
// (want[k] == "" means k must be absent).
func compareValues(t *testing.T, what string, before, after, want map[string]string) {
	t.Helper()
	exp := map[string]string{}
	for k, v := range before {
		exp[k] = v
	}
	for k, v := range want {
		if v == "" {
			delete(exp, k)
		} else {
			exp[k] = v
		}
	}
	keys := map[string]bool{}
	for k := range exp {
		keys[k] = true
	}
	for k := range after {
		keys[k] = true
	}
	var sorted []string
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		if exp[k] != after[k] {
			t.Errorf("%s %s: got %q, want %q", what, k, after[k], exp[k])
		}
	}
}
