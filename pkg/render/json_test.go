package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

func TestWriteJSON(t *testing.T) {
	type item struct {
		ID    string   `json:"id"`
		Name  string   `json:"name"`
		Note  string   `json:"note"`
		Tags  []string `json:"tags"`
		Empty []string `json:"empty"`
	}
	v := []item{{
		ID:    "S0001",
		Name:  "山田 花子",
		Note:  "<a> & \"b\"",
		Tags:  nil,
		Empty: []string{},
	}}
	var b bytes.Buffer
	if err := WriteJSON(&b, v); err != nil {
		t.Fatal(err)
	}
	want := `[
  {
    "id": "S0001",
    "name": "山田 花子",
    "note": "<a> & \"b\"",
    "tags": null,
    "empty": []
  }
]
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	var back []item
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || back[0].Name != "山田 花子" || back[0].Note != v[0].Note {
		t.Errorf("round trip: %v, %+v", err, back)
	}
}

func TestWriteJSONEmptyList(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, []string{}); err != nil {
		t.Fatal(err)
	}
	if b.String() != "[]\n" {
		t.Errorf("empty slice = %q, want %q", b.String(), "[]\n")
	}
	b.Reset()
	var nilSlice []string
	if err := WriteJSON(&b, nilSlice); err != nil {
		t.Fatal(err)
	}
	if b.String() != "null\n" {
		t.Errorf("nil slice = %q, want %q (callers must pass empty slices)", b.String(), "null\n")
	}
}

func TestWriteJSONErrors(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, map[string]any{"c": make(chan int)}); err == nil {
		t.Error("unsupported value: no error")
	}
	if b.Len() != 0 {
		t.Errorf("wrote %q on error", b.String())
	}
	want := errors.New("closed pipe")
	if err := WriteJSON(failWriter{want}, 1); !errors.Is(err, want) {
		t.Errorf("write error = %v, want %v", err, want)
	}
}
