package record

import (
	"bytes"
	"encoding/json"

	"github.com/staffnote/follow/internal/lazy"
)

// SchemaID is the $id of the front matter schema.
const SchemaID = "https://github.com/staffnote/follow/record.schema.json"

type prop struct {
	key  string
	desc string
	typ  string // string, date, integer, or a nested object/array built by the caller
	enum []string
	obj  []prop // object properties
	arr  []prop // array of objects with these properties
	req  []string
}

var dateType = &lazy.Value[map[string]any]{New: func() map[string]any {
	return map[string]any{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`, "format": "date"}
}}

func (p prop) schema() map[string]any {
	var m map[string]any
	switch {
	case p.obj != nil:
		m = object(p.obj, p.req)
	case p.arr != nil:
		m = map[string]any{"type": "array", "items": object(p.arr, p.req)}
	case p.typ == "date":
		m = map[string]any{}
		for k, v := range dateType.Get() {
			m[k] = v
		}
		m["type"] = []string{"string", "null"}
	case p.typ == "clock":
		m = map[string]any{"type": []string{"string", "null"}, "pattern": `^\d{1,2}:\d{2}(-\d{1,2}:\d{2})?$`}
	case p.typ == "strings":
		m = map[string]any{"type": "array", "items": map[string]any{"type": "string"}}
	case p.typ == "integer":
		m = map[string]any{"type": "integer", "minimum": 0}
	case p.typ == "mood":
		m = map[string]any{"type": "integer", "minimum": MoodMin, "maximum": MoodMax}
	case p.typ == "number":
		m = map[string]any{"type": "number", "exclusiveMinimum": 0, "maximum": 1000}
	default:
		m = map[string]any{"type": []string{"string", "null"}}
	}
	if p.enum != nil {
		m["enum"] = p.enum
	}
	m["description"] = p.desc
	return m
}

func object(props []prop, req []string) map[string]any {
	ps := orderedMap{}
	for _, p := range props {
		ps = append(ps, kv{p.key, p.schema()})
	}
	m := map[string]any{"type": "object", "properties": ps, "additionalProperties": false}
	if len(req) > 0 {
		m["required"] = req
	}
	return m
}

type kv struct {
	k string
	v any
}

// orderedMap marshals its keys in order, so the schema reads like docs/FORMAT.md.
type orderedMap []kv

func (o orderedMap) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, e := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(e.k)
		v, err := json.Marshal(e.v)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

var schemaProps = []prop{
	{key: "id", desc: "Staff ID; equals the file name without .md (ASCII letters, digits, - _ .)"},
	{key: "name", desc: "Full name, family name first (氏名)"},
	{key: "kana", desc: "Reading of the name (ふりがな)"},
	{key: "status", desc: "active while followed up; ended after the dispatch ended", enum: []string{StatusActive, StatusEnded}},
	{key: "owner", desc: "Follow-up owner (営業担当・フォロー担当)"},
	{key: "manager", desc: "Manager who makes the milestone thank-you calls (課長・部長)"},
	{key: "client", desc: "Client company (派遣先)"},
	{key: "site", desc: "Site / organizational unit (就業先・組織単位)"},
	{key: "supervisor", desc: "On-site supervisor (指揮命令者)"},
	{key: "site_phone", desc: "The workplace's phone number, where the manager calls the supervisor (03-0000-1234 内線 204)"},
	{key: "start", desc: "Start date (就業開始日)", typ: "date"},
	{key: "unit_start", desc: "Start in the current organizational unit, for the individual 3-year limit (default: start)", typ: "date"},
	{key: "exempt", desc: "Why the individual 3-year limit does not apply (indefinite, age60, ...); empty when it does"},
	{key: "site_limit", desc: "The site's limit date (事業所単位の抵触日) as the client notified it", typ: "date"},
	{key: "contract", desc: "The current contract and its history", obj: []prop{
		{key: "end", desc: "Last day of the current contract (契約満了日)", typ: "date"},
		{key: "renewals", desc: "Renewals so far (0 during the first contract)", typ: "integer"},
		{key: "history", desc: "Every contract period, oldest first", arr: []prop{
			{key: "from", desc: "First day of the period", typ: "date"},
			{key: "until", desc: "Last day of the period", typ: "date"},
		}},
	}},
	{key: "next", desc: "Next follow-up date, fixed at the last visit (次回フォロー日)", typ: "date"},
	{key: "next_at", desc: "The time of the next follow-up, when agreed: 15:00, or 15:00-16:00 (次回の時刻)", typ: "clock"},
	{key: "next_place", desc: "Where the next follow-up takes place, when agreed (次回の場所: 休憩室)"},
	{key: "latest", desc: "What the log says of the latest contacts, kept by follow new for follow due: do not edit by hand", obj: []prop{
		{key: "contact", desc: "The date of the latest contact (visit, call, ...)", typ: "date"},
		{key: "intent", desc: "The latest intent recorded at a contact (意向): stay (継続), unsure (迷い), leave (終了希望)", enum: Intents},
		{key: "intent_date", desc: "The date of that contact", typ: "date"},
		{key: "intent_before", desc: "The intent recorded before it", enum: Intents},
		{key: "intent_before_date", desc: "The date of that contact", typ: "date"},
		{key: "mood", desc: "The latest mood recorded at a contact (満足度), 1 (bad) to 5 (good)", typ: "mood"},
		{key: "mood_date", desc: "The date of that contact", typ: "date"},
		{key: "mood_before", desc: "The mood recorded before it", typ: "mood"},
		{key: "mood_before_date", desc: "The date of that contact", typ: "date"},
	}},
	{key: "milestones", desc: "Dated duties (first-day call, 1-month follow-up, thank-you calls)", req: []string{"what", "due"}, arr: []prop{
		{key: "id", desc: "M1, M2, ..."},
		{key: "what", desc: "What is to be done"},
		{key: "due", desc: "When", typ: "date"},
		{key: "who", desc: "owner, manager, or a person's name"},
		{key: "done", desc: "When it was done", typ: "date"},
		{key: "how", desc: "How it was done (電話, 訪問, ...)"},
		{key: "rule", desc: "The follow.yaml rule that wrote it"},
		{key: "note", desc: "A note"},
		{key: "cancelled", desc: "When it stopped being owed without being done (a renewal check when the end was decided)", typ: "date"},
	}},
	{key: "requests", desc: "Requests that need resolution (相談事項, B items)", req: []string{"id", "what", "due"}, arr: []prop{
		{key: "id", desc: "R1, R2, ..."},
		{key: "what", desc: "What was asked"},
		{key: "from", desc: "Who raised it: staff (本人, the default) or client (派遣先)", enum: []string{FromStaff, FromClient}},
		{key: "type", desc: "request (the default) or complaint (苦情: recorded in the complaint register)", enum: []string{TypeRequest, TypeComplaint}},
		{key: "who", desc: "Who must act: owner, manager, or a person's name (default: the owner; the manager for a client's request)"},
		{key: "plan", desc: "The direction agreed on the spot (方針)"},
		{key: "due", desc: "By when it will be handled (期限)", typ: "date"},
		{key: "due_was", desc: "The earliest due it had, kept when the due was moved (元の期限)", typ: "date"},
		{key: "report", desc: "When the result will be reported back (報告日)", typ: "date"},
		{key: "how", desc: "How it will be reported back (電話, 訪問, ...)"},
		{key: "done", desc: "When it was resolved", typ: "date"},
		{key: "reported", desc: "When the result was reported back", typ: "date"},
		{key: "notified", desc: "A complaint: the day the client (派遣先) was told of it", typ: "date"},
		{key: "note", desc: "A note"},
	}},
	{key: "duties", desc: "The agency's duties met at the follow-up (労働者派遣法 30条, 30条の2): training, career consulting, the employment-stability wish and measures", req: []string{"kind", "date"}, arr: []prop{
		{key: "kind", desc: "training (教育訓練), career (キャリアコンサルティング), wish (雇用安定措置の希望), measure (雇用安定措置)", enum: DutyKinds},
		{key: "date", desc: "When it happened", typ: "date"},
		{key: "what", desc: "What was given, asked or done"},
		{key: "hours", desc: "training: the hours given", typ: "number"},
		{key: "option", desc: "wish, measure: direct-hire (派遣先での直接雇用), new-dispatch (新たな派遣先), indefinite (無期雇用), other (その他)", enum: DutyOptions},
		{key: "outcome", desc: "measure: what came of it"},
		{key: "result", desc: "measure: pending, achieved, or failed (another measure is then due)", enum: DutyResults},
	}},
	{key: "ended", desc: "The end of the dispatch (status: ended)", obj: []prop{
		{key: "date", desc: "Last day", typ: "date"},
		{key: "reason", desc: "Why it ended"},
		{key: "category", desc: "Category (follow.yaml end_categories)"},
	}},
	{key: "tags", desc: "Free labels", typ: "strings"},
}

// Schema returns the JSON Schema (draft-07) of the front matter, for editors.
func Schema() []byte {
	root := object(schemaProps, RequiredKeys)
	doc := orderedMap{
		{"$schema", "http://json-schema.org/draft-07/schema#"},
		{"$id", SchemaID},
		{"title", "follow record front matter"},
		{"description", "The YAML front matter of a follow record (docs/FORMAT.md)."},
		{"type", "object"},
		{"properties", root["properties"]},
		{"required", RequiredKeys},
		{"additionalProperties", false},
	}
	b, _ := json.MarshalIndent(doc, "", "  ")
	return append(b, '\n')
}
