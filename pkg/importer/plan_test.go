package importer

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
)

const existing = `---
id: S0101
name: 山田 花子
status: active
owner: 佐藤
client: 株式会社サンプル
site: 経理部
start: 2026-10-01
contract:
  end: 2026-12-31
next: 2026-12-10
---

# 山田 花子

## 2026-11-10 訪問

業務に慣れてきた。

次回: 2026-12-10
`

func lookupIn(t *testing.T, files map[string]string) func(string) (string, *record.Record, error) {
	return func(id string) (string, *record.Record, error) {
		if id == "BROKEN" {
			return "r/BROKEN.md", nil, errors.New("r/BROKEN.md:3: something is wrong")
		}
		src, ok := files[id]
		if !ok {
			return "", nil, nil
		}
		path := "r/" + id + ".md"
		rec, err := record.Parse(path, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return path, rec, nil
	}
}

func newPath(id string) string { return filepath.Join("r", id+".md") }

func planEnv() ops.Env {
	return ops.Env{Today: day("2026-12-01"), Config: config.Default(), Lang: i18n.JA}
}

func TestPlanRows(t *testing.T) {
	given := func(fields ...string) map[string]bool {
		m := map[string]bool{}
		for _, f := range fields {
			m[f] = true
		}
		return m
	}
	rows := []RowOf{
		{"a.csv", Staff{Line: 2, ID: "S0201", Name: "髙橋 一郎", Owner: "森本", Start: day("2026-12-01"), Until: day("2027-02-28"),
			Given: given("id", "name", "owner", "start", "until")}},
		{"a.csv", Staff{Line: 3, ID: "S0101", Name: "山田 花子", Client: "株式会社サンプル", Owner: "me", Start: day("2026-10-01"),
			Given: given("id", "name", "client", "start")}}, // the owner is the default: not compared
		{"a.csv", Staff{Line: 4, ID: "BROKEN", Name: "x", Owner: "me", Start: day("2026-10-01"), Given: given("id"),
			Header: map[string]string{"id": "ID"}}},
		{"b.csv", Staff{Line: 2, ID: "S0101", Name: "山田 花子", Site: "総務部", Start: day("2026-10-02"), Until: day("2026-12-31"), Owner: "佐藤",
			Given: given("id", "name", "site", "start", "until", "owner")}},
		{"b.csv", Staff{Line: 3, ID: "S0201", Name: "髙橋 一郎", Owner: "森本", Start: day("2026-12-01"), Given: given("id", "name", "start")}},
	}
	p := MakePlan(PlanInput{Env: planEnv(), NewPath: newPath, Rows: rows, Lookup: lookupIn(t, map[string]string{"S0101": existing})})
	if got := texts(p.Problems); got != "a.csv:4: column ID: r/BROKEN.md:3: something is wrong [import.record]\n" {
		t.Errorf("problems:\n%s", got)
	}
	var actions []string
	for _, it := range p.Items {
		actions = append(actions, it.File+" "+it.ID+" "+it.Action)
	}
	want := []string{"a.csv S0201 create", "a.csv S0101 unchanged", "b.csv S0101 differs", "b.csv S0201 unchanged"}
	if !reflect.DeepEqual(actions, want) {
		t.Errorf("items %q, want %q", actions, want)
	}
	if d := p.Items[2].Diffs; !reflect.DeepEqual(d, []Diff{{"site", "経理部", "総務部"}, {"start", "2026-10-01", "2026-10-02"}}) {
		t.Errorf("diffs %+v", d)
	}
	// The record created is exactly follow new's.
	created, err := ops.Create(ops.CreateInput{Env: planEnv(), Path: filepath.Join("r", "S0201.md"), ID: "S0201", Name: "髙橋 一郎",
		Owner: "森本", Start: day("2026-12-01"), Until: day("2027-02-28")})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Writes) != 1 || p.Writes[0].Path != filepath.Join("r", "S0201.md") || p.Writes[0].Old != nil ||
		string(p.Writes[0].Out) != string(created.Out) {
		t.Fatalf("writes %+v", p.Writes)
	}
	if it := p.Items[0]; len(it.Milestones) != len(created.Milestones) || len(it.Milestones) == 0 {
		t.Errorf("milestones %+v", it.Milestones)
	}
}

func TestPlanNotes(t *testing.T) {
	notes := []Note{
		{File: "n/late.md", Staff: "S0101", Date: day("2026-12-05"), Kind: "call", Text: "電話で確認。", Next: day("2026-12-20")},
		{File: "n/early.md", Staff: "S0101", Date: day("2026-11-20"), Text: "# メモ\n\n昼食会。", Next: day("2027-01-31")},
		{File: "n/again.md", Staff: "S0101", Date: day("2026-11-10"), Kind: "visit", Text: "業務に慣れてきた。", Next: day("2026-12-10")},
		{File: "n/nobody.md", Staff: "S0999", Date: day("2026-11-10"), Text: "x"},
		{File: "n/new.md", Staff: "S0201", Date: day("2026-12-02"), Text: "初日の様子。"},
	}
	rows := []RowOf{{"a.csv", Staff{Line: 2, ID: "S0201", Name: "髙橋 一郎", Owner: "森本", Start: day("2026-12-01"), Given: map[string]bool{}}}}
	langOf := func(*record.Record) string { return i18n.EN } // S0101 is taken to be written in English
	p := MakePlan(PlanInput{Env: planEnv(), NewPath: newPath, Rows: rows, Notes: notes, LangOf: langOf,
		Lookup: lookupIn(t, map[string]string{"S0101": existing})})
	want := "n/nobody.md: no record S0999: import the staff list first, or create it (follow new S0999 --name ...) [import.norecord]\n"
	if got := texts(p.Problems); got != want {
		t.Errorf("problems:\n%s\nwant\n%s", got, want)
	}
	var got []string
	for _, it := range p.Items {
		got = append(got, it.File+" "+it.Action+" "+it.Kind+" "+it.Next.String())
	}
	// Items keep the order given; the notes of S0101 are written in date order, and only
	// the latest (2026-12-05) may move next: to 2026-12-20, not to the older note's 2027-01-31.
	wantItems := []string{"a.csv create  ", "n/late.md append call 2026-12-20", "n/early.md append note 2026-12-10",
		"n/again.md imported visit 2026-12-10", "n/new.md append メモ 2026-12-01"}
	if !reflect.DeepEqual(got, wantItems) {
		t.Errorf("items\n%q\nwant\n%q", got, wantItems)
	}
	if len(p.Writes) != 2 {
		t.Fatalf("%d writes", len(p.Writes))
	}
	w := p.Writes[0] // r/S0101.md
	if w.Old == nil || w.Path != "r/S0101.md" || p.Writes[1].Path != filepath.Join("r", "S0201.md") {
		t.Fatalf("writes %s, %s", w.Path, p.Writes[1].Path)
	}
	out := string(w.Out)
	for _, s := range []string{"next: 2026-12-20\n", "## 2026-11-20 note\n\n### メモ\n\n昼食会。\n\nNext: 2027-01-31\n\n## 2026-12-05 call\n\n電話で確認。\n\nNext: 2026-12-20\n"} {
		if !strings.Contains(out, s) {
			t.Errorf("the record lacks %q:\n%s", s, out)
		}
	}
	if strings.Count(out, "業務に慣れてきた。") != 1 {
		t.Errorf("the note imported before was written again:\n%s", out)
	}
	// Importing the result again does nothing.
	again := MakePlan(PlanInput{Env: planEnv(), NewPath: newPath, Notes: notes[:3], LangOf: langOf,
		Lookup: lookupIn(t, map[string]string{"S0101": out})})
	if len(again.Writes) != 0 || len(again.Problems) != 0 {
		t.Errorf("a second import writes %d records, problems:\n%s", len(again.Writes), texts(again.Problems))
	}
	for _, it := range again.Items {
		if it.Action != Imported {
			t.Errorf("%s: %s on the second import", it.File, it.Action)
		}
	}
}

// TestPlanPeople: the owner and the manager a row gives are resolved as follow new
// resolves --owner and --manager; a row without an owner takes the default owner, asked
// once and only when a new record needs it.
func TestPlanPeople(t *testing.T) {
	team := map[string]string{"佐藤": "佐藤 一郎", "鈴木": "鈴木 課長"}
	person := func(flag, typed string) (string, error) {
		if full, ok := team[typed]; ok {
			return full, nil
		}
		return "", i18n.Msg("people.unknown", flag, typed, "the team", "佐藤 一郎, 鈴木 課長", "hint")
	}
	asked := 0
	me := func() (string, error) { asked++; return "", nil }
	given := map[string]bool{"owner": true, "manager": true}
	hdr := map[string]string{"owner": "営業担当", "manager": "上長"}
	rows := []RowOf{
		{"a.csv", Staff{Line: 2, ID: "S0201", Name: "a", Owner: "佐藤", Manager: "鈴木", Start: day("2026-12-01"), Given: given, Header: hdr}},
		{"a.csv", Staff{Line: 3, ID: "S0202", Name: "b", Owner: "佐籐", Start: day("2026-12-01"), Given: map[string]bool{"owner": true}, Header: hdr}},
		{"a.csv", Staff{Line: 4, ID: "S0101", Name: "山田 花子", Start: day("2026-10-01"), Given: map[string]bool{}, Header: hdr}},
		{"a.csv", Staff{Line: 5, ID: "S0203", Name: "c", Start: day("2026-12-01"), Given: map[string]bool{}, Header: hdr}},
		{"a.csv", Staff{Line: 6, ID: "S0204", Name: "d", Start: day("2026-12-01"), Given: map[string]bool{}, Header: hdr}},
	}
	p := MakePlan(PlanInput{Env: planEnv(), NewPath: newPath, Rows: rows, Person: person, DefaultOwner: me,
		Lookup: lookupIn(t, map[string]string{"S0101": existing})})
	want := "a.csv:3: 営業担当 佐籐: nobody in the team is called that (the team: 佐藤 一郎, 鈴木 課長); hint [people.unknown]\n" +
		"a.csv:5: column 営業担当: no owner: add an owner column (営業担当), or say who you are (FOLLOW_USER, me: in ~/.config/follow/config.yaml, or git config user.name) [import.noowner]\n" +
		"a.csv:6: column 営業担当: no owner: add an owner column (営業担当), or say who you are (FOLLOW_USER, me: in ~/.config/follow/config.yaml, or git config user.name) [import.noowner]\n"
	if got := texts(p.Problems); got != want {
		t.Errorf("problems:\n%s\nwant\n%s", got, want)
	}
	if asked != 1 {
		t.Errorf("the default owner was asked %d times", asked)
	}
	if len(p.Writes) != 1 || !strings.Contains(string(p.Writes[0].Out), "\nowner: 佐藤 一郎\nmanager: 鈴木 課長\n") {
		t.Errorf("writes %+v", p.Writes)
	}
	// With a default owner, the rows without one are created with it.
	me = func() (string, error) { return "森本 彩", nil }
	p = MakePlan(PlanInput{Env: planEnv(), NewPath: newPath, Rows: rows[3:], Person: person, DefaultOwner: me,
		Lookup: lookupIn(t, nil)})
	if len(p.Problems) != 0 || len(p.Writes) != 2 || !strings.Contains(string(p.Writes[1].Out), "\nowner: 森本 彩\n") {
		t.Errorf("problems:\n%swrites %d", texts(p.Problems), len(p.Writes))
	}
}
