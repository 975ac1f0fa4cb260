// Package draft is the draft a visit is written in, in the user's editor (follow new
// without visit flags): the template it opens on, the problems of a draft written back at
// its top, where a draft is kept while it is edited or cannot be saved, and the editor
// itself. Reading a draft is record.ParseDraft; checking it against the record and writing
// the visit are pkg/ops.
//
// The words the template will write into the record (the kind, the section names, the
// Next: label) are in the record's language; the help around them is in the writer's.
package draft

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
)

// errorMark starts the lines follow writes at the top of a draft that could not be saved;
// they are comments, and are replaced at each round.
const errorMark = "# !! "

// Template is what the editor opens on to log a visit of rec on date: the heading of the
// visit, the sections to fill in, and as comments the openers, the open requests and
// milestones of b, and help. recLang is the language of the record's words, ui the
// writer's.
func Template(rec *record.Record, b brief.Brief, date, today dates.Date, kind, recLang, ui string) string {
	var t text
	w := words{ui}
	reqLines, doneLines := w.notes(&t, rec, b, today)
	l := record.LabelsFor(recLang)
	t.WriteString("\n## " + date.String() + " " + ops.KindWord(kind, recLang) + "\n")
	t.section(l.Facts, w.t("tpl.facts"), nil, len(b.Ask) == 0)
	if len(b.Ask) > 0 {
		t.checklist(w.t("tpl.ask", askNames(b.Ask, i18n.Sep(ui))), brief.Questions(b.Ask))
	}
	t.section(l.Requests, w.t("tpl.reqhelp"), reqLines, false)
	t.section(l.Personal, w.t("tpl.personal"), nil, true)
	t.section(l.Notes, w.t("tpl.notes"), nil, false)
	t.section(l.Done, w.t("tpl.done"), doneLines, false)
	t.WriteString("\n")
	t.comment(w.t("tpl.pulse"))
	t.WriteString(record.PulseLabel(record.LabelIntent, recLang) + ": \n" + record.PulseLabel(record.LabelMood, recLang) + ": \n\n")
	t.comment(w.t("tpl.next"))
	t.WriteString(l.Next + ": \n")
	return t.String()
}

// text is the text of a draft being written.
type text struct{ strings.Builder }

// comment writes s as comment lines.
func (t *text) comment(s string) {
	for _, line := range strings.Split(s, "\n") {
		if line == "" {
			t.WriteString("#\n")
		} else {
			t.WriteString("# " + line + "\n")
		}
	}
}

// section writes a section heading with its help, commented lines, and an empty item.
func (t *text) section(title, help string, commented []string, bullet bool) {
	t.WriteString("\n### " + title + "\n")
	t.comment(help)
	for _, c := range commented {
		t.comment(c)
	}
	if bullet {
		t.WriteString("\n- \n")
	}
}

// checklist writes the team's questions as a checklist ("- [ ] …") under its help, then
// an empty item. record.Draft.DropUnasked drops the items left as they are.
func (t *text) checklist(help string, questions []string) {
	t.comment(help)
	for _, q := range questions {
		t.WriteString("- [ ] " + render.OneLine(q) + "\n")
	}
	t.WriteString("\n- \n")
}

// askNames names the milestones whose questions the checklist holds: "M3 1週間フォロー".
func askNames(asks []brief.Ask, sep string) string {
	names := make([]string, len(asks))
	for i, a := range asks {
		names[i] = a.Milestone + " " + render.OneLine(a.What)
	}
	return strings.Join(names, sep)
}

// words is the writer's language.
type words struct{ lang string }

func (w words) t(key string, args ...any) string { return i18n.T(w.lang, key, args...) }

// notes writes the comments at the top of the template: who, how, the openers, the open
// requests and milestones. It returns the lines to offer, commented, under Requests (to
// update a request) and Done (to close an item).
func (w words) notes(t *text, rec *record.Record, b brief.Brief, today dates.Date) (reqLines, doneLines []string) {
	who := rec.Name
	if rec.Kana != "" {
		who += i18n.Paren(w.lang, rec.Kana)
	}
	if rec.Client != "" {
		who += i18n.Sep(w.lang) + rec.Client
	}
	t.comment(w.t("tpl.title", rec.ID, who))
	t.comment(w.t("tpl.howto"))
	t.comment("")
	switch {
	case len(b.Openers) > 0:
		t.comment(w.t("tpl.openers", b.Openers[0].Date))
		for _, op := range b.Openers {
			t.comment("  " + render.OneLine(op.Question))
		}
	case b.History.Contacts == 0:
		t.comment(w.t("show.novisit"))
	default:
		t.comment(w.t("show.noopeners"))
	}
	if len(b.Requests) > 0 {
		t.comment("")
		t.comment(w.t("tpl.requests"))
	}
	for _, q := range b.Requests {
		parts := render.RequestParts(w.lang, q, today)
		t.comment("  " + q.ID + " " + render.OneLine(q.What) + " — " + strings.Join(parts, i18n.Sep(w.lang)))
		if q.Done.IsZero() {
			reqLines = append(reqLines, "- "+q.ID+"; due "+q.Due.String())
		}
		doneLines = append(doneLines, "- "+q.ID+" "+render.OneLine(q.What))
	}
	if len(b.Milestones) > 0 {
		t.comment("")
		t.comment(w.t("tpl.milestones"))
	}
	for _, m := range b.Milestones {
		t.comment("  " + m.ID + " " + render.OverdueMark(w.lang, m.Due.String(), m.Due, m.Overdue, today) + " " + render.OneLine(m.What) + " — " + m.Who)
		doneLines = append(doneLines, "- "+m.ID+" "+render.OneLine(m.What))
	}
	return reqLines, doneLines
}

// ErrorHeader renders the problems of a draft, in lang, as comments for the top of the
// file.
func ErrorHeader(errs record.DraftErrors, lang string) string {
	var lines []string
	lines = append(lines, i18n.T(lang, "tpl.error"), i18n.T(lang, "tpl.error2"))
	n := len(errs) + 3 // the header's own lines: the two above, the errors, and a blank comment
	for _, e := range errs {
		lines = append(lines, ErrorText(e, "", n, lang))
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(errorMark + strings.ReplaceAll(l, "\n", " ") + "\n")
	}
	b.WriteString(errorMark + "\n")
	return b.String()
}

// StripErrorHeader removes the error lines follow wrote at the top of a draft.
func StripErrorHeader(text string) string {
	for strings.HasPrefix(text, strings.TrimRight(errorMark, " ")) {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return ""
		}
		line := text[:i]
		if !strings.HasPrefix(line, errorMark) && line != strings.TrimRight(errorMark, " ") {
			break
		}
		text = text[i+1:]
	}
	return text
}

// ErrorText formats a draft problem in lang, as "file:line: msg" when file is given,
// with the line moved down by shift.
func ErrorText(e record.DraftError, file string, shift int, lang string) string {
	msg := i18n.Msg(e.Key, e.Args...).Text(lang)
	if e.Line <= 0 {
		if file != "" {
			return file + ": " + msg
		}
		return msg
	}
	if file != "" {
		return fmt.Sprintf("%s:%d: %s", file, e.Line+shift, msg)
	}
	return i18n.T(lang, "draft.at", e.Line+shift, msg)
}

// ReadLimited reads a draft, refusing one larger than a record may be.
func ReadLimited(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, record.MaxSize+1))
	if err == nil && len(b) > record.MaxSize {
		err = i18n.Msg("draft.toolarge", record.MaxSize)
	}
	return b, err
}

// Path is where the draft of a staff member is kept while it is edited or invalid:
// <records>/.follow/drafts/ID.md, which git ignores.
func Path(s *store.Store, id string) string {
	return filepath.Join(s.Root, store.StateDir, "drafts", id+".md")
}

// Save writes a draft to path (under Path's folder), readable by its owner only.
func Save(s *store.Store, path, text string) error {
	if _, err := s.EnsureStateDir(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(text), 0o600)
}

// EditorCommand is the user's editor: $VISUAL, then $EDITOR, then vi (as git does).
func EditorCommand(getenv func(string) string) string {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if e := strings.TrimSpace(getenv(v)); e != "" {
			return e
		}
	}
	if runtime.GOOS == "windows" {
		return "notepad"
	}
	return "vi"
}

// RunEditor opens editor on path and waits for it, on the given streams (the terminal
// itself). The editor command may hold arguments ("code --wait"); on Unix it is run by the
// shell, as git does.
func RunEditor(editor, path string, in io.Reader, out, errOut io.Writer) error {
	var cmd *exec.Cmd
	if runtime.GOOS == "windows" {
		args := strings.Fields(editor)
		cmd = exec.Command(args[0], append(args[1:], path)...)
	} else {
		cmd = exec.Command("sh", "-c", editor+` "$@"`, editor, path)
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, out, errOut
	if err := cmd.Run(); err != nil {
		return i18n.Msg("draft.editor", editor, err)
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return i18n.Msg("draft.editor", editor, err)
	}
	return nil
}
