package draft

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/store"
)

// session is a Session on a new records folder whose Submit saves a draft holding "ok",
// finds a problem at line 1 of one holding "bad", and takes any other as empty.
func session(t *testing.T) (Session, *strings.Builder, *[]string) {
	t.Helper()
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var said strings.Builder
	var submitted []string
	return Session{Store: s, ID: "S0101", Lang: i18n.EN, Warn: func(text string) { said.WriteString(text) },
		Submit: func(text string) (bool, record.DraftErrors, error) {
			submitted = append(submitted, text)
			switch strings.TrimSpace(text) {
			case "ok":
				return true, nil, nil
			case "bad":
				return false, record.DraftErrors{{Line: 1, Key: "draft.request", Args: []any{"x"}}}, nil
			}
			return false, nil, nil
		}}, &said, &submitted
}

// TestSessionOnce: a valid draft is saved and a kept copy of it removed; an invalid one is
// kept, its problems said at the kept file's lines; an empty one is ErrEmpty.
func TestSessionOnce(t *testing.T) {
	ds, said, _ := session(t)
	keep := Path(ds.Store, "S0101") + ".stdin.md"
	if err := ds.Once("bad\n", "stdin", keep); !errors.Is(err, ErrInvalid) {
		t.Fatalf("bad: %v", err)
	}
	if b, err := os.ReadFile(keep); err != nil || string(b) != "bad\n" {
		t.Errorf("kept %q, %v", b, err)
	}
	if !strings.Contains(said.String(), keep+":1: ") {
		t.Errorf("said %q", said)
	}
	if err := ds.Once("bad\n", "stdin", keep); !errors.Is(err, ErrInvalid) {
		t.Fatal(err)
	}
	if err := os.WriteFile(keep, []byte("ok\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := ds.Once("ok\n", "stdin", keep); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(keep); !os.IsNotExist(err) {
		t.Errorf("the kept draft stays: %v", err)
	}
	if err := ds.Once("\n", "f.md", ""); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty: %v", err)
	}
}

// TestSessionEdit: the editor is reopened on an invalid draft with its problems on top;
// closing it unchanged keeps the draft (ErrInvalid); fixing it saves and removes it.
func TestSessionEdit(t *testing.T) {
	ds, said, submitted := session(t)
	path := Path(ds.Store, "S0101")
	rounds := 0
	edit := func(p string) error {
		rounds++
		if p != path {
			t.Fatalf("editing %s", p)
		}
		b, _ := os.ReadFile(p)
		if rounds == 2 && !strings.HasPrefix(string(b), errorMark) {
			t.Errorf("round 2 opens on %q", b)
		}
		return nil // the user closes it as it is
	}
	tpl := func() (string, error) { return "bad\n", nil }
	if err := ds.Edit(edit, tpl); !errors.Is(err, ErrInvalid) || rounds != 2 {
		t.Fatalf("unchanged: %v after %d rounds", err, rounds)
	}
	if b, err := os.ReadFile(path); err != nil || !strings.HasSuffix(string(b), "bad\n") {
		t.Fatalf("kept %q, %v", b, err)
	}
	fix := func(p string) error { return os.WriteFile(p, []byte("ok\n"), 0o600) }
	said.Reset()
	if err := ds.Edit(fix, tpl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(said.String(), path) || (*submitted)[len(*submitted)-1] != "ok\n" {
		t.Errorf("resumed: said %q, submitted %q", said, *submitted)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the draft stays: %v", err)
	}
	if err := ds.Edit(func(p string) error { return os.WriteFile(p, nil, 0o600) }, tpl); !errors.Is(err, ErrAborted) {
		t.Errorf("emptied: %v", err)
	}
}
