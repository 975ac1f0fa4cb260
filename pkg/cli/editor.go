package cli

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

// The draft flow of follow new: when no visit flags are given, the visit is read as a draft
// (record.ParseDraft) from --from FILE, from standard input when it is not a terminal, or
// written in $VISUAL / $EDITOR on a template (when stdin and stdout are terminals, or with
// --edit). A draft is never lost: while it is edited, and whenever it cannot be saved, it
// lives in <records>/.follow/drafts/ID.md, which git ignores.

// Where a draft comes from.
const (
	draftFromFile   = "file"
	draftFromStdin  = "stdin"
	draftFromEditor = "editor"
)

// errorMark starts the lines follow writes at the top of a draft that could not be saved;
// they are comments, and are replaced at each round.
const errorMark = "# !! "

// checkDraftFlags rejects --from and --edit mixed with visit flags or with each other.
func (o *NewOptions) checkDraftFlags() error {
	if o.From != "" && o.Edit {
		return usageMsg("draft.fromedit")
	}
	if (o.From != "" || o.Edit) && o.hasContent() {
		name := "--edit"
		if o.From != "" {
			name = "--from"
		}
		return usageMsg("draft.flags", name)
	}
	return nil
}

// draftSource says where the visit of an existing record comes from when no visit flags
// are given: --from, --edit, standard input that is not a terminal, or the editor when
// both standard input and output are terminals; "" when none applies.
func (o *NewOptions) draftSource() string {
	io := o.IO
	switch {
	case o.From != "":
		return draftFromFile
	case o.Edit:
		return draftFromEditor
	case !io.StdinTTY:
		return draftFromStdin
	case io.StdoutTTY:
		return draftFromEditor
	}
	return ""
}

// runNewDraft logs a visit of an existing record from a draft. The store lock is not held
// while the draft is read or edited; it is taken only to write.
func runNewDraft(o *NewOptions, source string) error {
	s, err := o.Store()
	if err != nil {
		return err
	}
	switch source {
	case draftFromFile:
		var src []byte
		if o.From == "-" {
			src, err = readLimited(o.IO.In)
		} else {
			src, err = store.ReadLimited(o.From)
		}
		if err != nil {
			return usageMsg("draft.read", err)
		}
		return o.submitOnce(s, string(src), o.From, "")
	case draftFromStdin:
		src, err := readLimited(o.IO.In)
		if err != nil {
			return usageMsg("draft.read", err)
		}
		if strings.TrimSpace(record.StripDraftComments(string(src))) == "" {
			return usageMsg("new.novisit", o.ID)
		}
		return o.submitOnce(s, string(src), "stdin", strings.TrimSuffix(draftPath(s, o.ID), ".md")+".stdin.md")
	}
	return o.editLoop(s)
}

func readLimited(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, record.MaxSize+1))
	if err == nil && len(b) > record.MaxSize {
		err = i18n.Msg("draft.toolarge", record.MaxSize)
	}
	return b, err
}

// draftPath is where the draft of a staff member is kept while it is edited or invalid.
func draftPath(s *store.Store, id string) string {
	return filepath.Join(s.Root, store.StateDir, "drafts", id+".md")
}

func writeDraft(s *store.Store, path, text string) error {
	if _, err := s.EnsureStateDir(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(text), 0o600)
}

// submitOnce handles a draft read without an editor. When it cannot be saved the errors
// are printed; a draft from stdin is kept in keep so that it is not lost.
func (o *NewOptions) submitOnce(s *store.Store, text, origin, keep string) error {
	saved, errs, err := o.submit(s, text)
	if err != nil {
		if keep != "" {
			_ = writeDraft(s, keep, text)
			o.warnf("%s", o.T("draft.keptfile", keep, o.ID, keep))
		}
		return err
	}
	if errs != nil {
		where := origin
		if keep != "" {
			where = keep
			_ = writeDraft(s, keep, text)
		}
		o.warnf("%s", o.T("draft.invalid"))
		for _, e := range errs {
			o.warnf("%s\n", o.draftErrorText(e, where, 0))
		}
		if keep != "" {
			o.warnf("%s", o.T("draft.keptfile", keep, o.ID, keep))
		}
		return silentExit(ExitError)
	}
	if !saved {
		return usageMsg("draft.empty", o.ID, origin)
	}
	if keep != "" {
		// A draft kept from an earlier failed attempt with the same text is done with.
		if b, err := os.ReadFile(keep); err == nil && string(b) == text {
			_ = os.Remove(keep)
		}
	}
	return nil
}

// editLoop opens the editor on the template (or on a draft left from before) until the
// visit is saved, the draft is emptied, or the user closes it unchanged after an error.
func (o *NewOptions) editLoop(s *store.Store) error {
	path := draftPath(s, o.ID)
	var text string
	if b, err := os.ReadFile(path); err == nil && strings.TrimSpace(record.StripDraftComments(string(b))) != "" {
		text = string(b)
		o.warnf("%s", o.T("draft.resumed", path))
	} else {
		rec, err := o.loadRecord(s)
		if err != nil {
			return err
		}
		text, err = o.template(rec)
		if err != nil {
			return err
		}
	}
	previous := "\x00" // the body of the last invalid round
	for {
		if err := writeDraft(s, path, text); err != nil {
			return dataErr(err)
		}
		if err := o.runEditor(path); err != nil {
			o.warnf("%s", o.T("draft.kept", path, o.ID, path, o.ID))
			return dataErr(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return dataErr(err)
		}
		body := stripErrorHeader(string(b))
		saved, errs, err := o.submit(s, body)
		switch {
		case err != nil:
			o.warnf("%s", o.T("draft.kept", path, o.ID, path, o.ID))
			return err
		case errs == nil && saved:
			_ = os.Remove(path)
			return nil
		case errs == nil:
			_ = os.Remove(path)
			o.warnf("%s", o.T("draft.aborted"))
			return silentExit(ExitError)
		}
		header := o.errorHeader(errs)
		shift := strings.Count(header, "\n")
		o.warnf("%s", o.T("draft.invalid"))
		for _, e := range errs {
			o.warnf("%s\n", o.draftErrorText(e, path, shift))
		}
		text = header + body
		if body == previous {
			_ = writeDraft(s, path, text)
			o.warnf("%s", o.T("draft.kept", path, o.ID, path, o.ID))
			return silentExit(ExitError)
		}
		previous = body
		o.warnf("%s", o.T("draft.reopen", path))
	}
}

// loadRecord reads the record (no lock: only to build the template).
func (o *NewOptions) loadRecord(s *store.Store) (*record.Record, error) {
	_, rec, err := openRecord(s, o.ID)
	if err != nil {
		return nil, err
	}
	if rec == nil {
		return nil, usageMsg("draft.norecord", o.ID, o.ID)
	}
	return rec, nil
}

// submit parses and checks a draft and, when it is valid, writes the visit under the
// lock. saved is false for an empty draft; errs lists what is wrong with the draft; err
// is any other failure.
func (o *NewOptions) submit(s *store.Store, text string) (saved bool, errs record.DraftErrors, err error) {
	today := o.Today()
	d, perr := record.ParseDraft(text, today)
	if perr != nil && !errors.As(perr, &errs) {
		return false, nil, dataErr(perr)
	}
	cfg, err := o.Config()
	if err != nil {
		return false, nil, err
	}
	// What the privacy guard refuses is a problem of the draft, at its line: the draft is
	// kept and shown again, and nothing is written.
	errs = append(errs, ops.GuardDraft(privacyScanner(cfg), cfg.Lint.Disable, text)...)
	errs = append(errs, o.draftWho(d)...)
	if len(errs) == 0 && d.Empty() {
		return false, nil, nil
	}
	s, cfg, unlock, err := o.lock()
	if err != nil {
		return false, nil, err
	}
	defer unlock()
	path, rec, err := openRecord(s, o.ID)
	if err != nil {
		return false, nil, err
	}
	if rec == nil {
		return false, nil, usageMsg("draft.norecord", o.ID, o.ID)
	}
	date, err := parseDateFlag("date", o.Date, today, today, ops.Happened)
	if err != nil {
		return false, nil, err
	}
	o.by = o.author(rec, false)
	env := ops.Env{Today: today, Config: cfg, Lang: rec.LangOr(cfg.Lang, o.Lang()), Author: o.by.name}
	in := ops.FromDraft(d, date, o.Kind, env)
	// Report every problem at once: those of the text and those against the record.
	if errs = ops.CheckDraft(rec, d, errs, in); len(errs) > 0 {
		return false, errs, nil
	}
	if err := o.logVisit(s, path, rec, in, false); err != nil {
		return false, nil, err
	}
	return true, nil, nil
}

// draftWho resolves the who of the draft's requests against the team, as --request does;
// a name that names nobody or several is a problem of the draft at its line.
func (o *NewOptions) draftWho(d *record.Draft) record.DraftErrors {
	var errs record.DraftErrors
	for i := range d.Requests {
		q := &d.Requests[i]
		who, err := o.requestWho(q.Who)
		if err != nil {
			errs = append(errs, record.DraftError{Line: q.Line, Key: "draft.request", Args: []any{err}})
			continue
		}
		q.Who = who
	}
	return errs
}

// draftText is the text of a draft being written.
type draftText struct{ strings.Builder }

// comment writes s as comment lines.
func (t *draftText) comment(s string) {
	for _, line := range strings.Split(s, "\n") {
		if line == "" {
			t.WriteString("#\n")
		} else {
			t.WriteString("# " + line + "\n")
		}
	}
}

// section writes a section heading with its help, commented lines, and an empty item.
func (t *draftText) section(title, help string, commented []string, bullet bool) {
	t.WriteString("\n### " + title + "\n")
	t.comment(help)
	for _, c := range commented {
		t.comment(c)
	}
	if bullet {
		t.WriteString("\n- \n")
	}
}

// template is the text the editor opens on: the heading of the visit, the sections to
// fill in, and as comments the openers, the open requests and milestones, and help.
func (o *NewOptions) template(rec *record.Record) (string, error) {
	today := o.Today()
	date, err := parseDateFlag("date", o.Date, today, today, ops.Happened)
	if err != nil {
		return "", err
	}
	cfg, err := o.Config()
	if err != nil {
		return "", err
	}
	var t draftText
	reqLines, doneLines := o.templateNotes(&t, rec, o.brief(rec, cfg, today), today)
	// The words that will be written into the record are in its language; the help
	// around them is in the writer's.
	lang := rec.LangOr(cfg.Lang, o.Lang())
	l := record.LabelsFor(lang)
	t.WriteString("\n## " + date.String() + " " + ops.KindWord(o.Kind, lang) + "\n")
	t.section(l.Facts, o.T("tpl.facts"), nil, true)
	t.section(l.Requests, o.T("tpl.reqhelp"), reqLines, false)
	t.section(l.Personal, o.T("tpl.personal"), nil, true)
	t.section(l.Notes, o.T("tpl.notes"), nil, false)
	t.section(l.Done, o.T("tpl.done"), doneLines, false)
	t.WriteString("\n")
	t.comment(o.T("tpl.next"))
	t.WriteString(l.Next + ": \n")
	return t.String(), nil
}

// templateNotes writes the comments at the top of the template: who, how, the openers,
// the open requests and milestones. It returns the lines to offer, commented, under
// Requests (to update a request) and Done (to close an item).
func (o *NewOptions) templateNotes(t *draftText, rec *record.Record, b brief.Brief, today dates.Date) (reqLines, doneLines []string) {
	who := rec.Name
	if rec.Kana != "" {
		who += o.paren(rec.Kana)
	}
	if rec.Client != "" {
		who += o.sep() + rec.Client
	}
	t.comment(o.T("tpl.title", rec.ID, who))
	t.comment(o.T("tpl.howto"))
	t.comment("")
	switch {
	case len(b.Openers) > 0:
		t.comment(o.T("tpl.openers", b.Openers[0].Date))
		for _, op := range b.Openers {
			t.comment("  " + render.OneLine(op.Question))
		}
	case b.History.Contacts == 0:
		t.comment(o.T("show.novisit"))
	default:
		t.comment(o.T("show.noopeners"))
	}
	if len(b.Requests) > 0 {
		t.comment("")
		t.comment(o.T("tpl.requests"))
	}
	for _, q := range b.Requests {
		parts := render.RequestParts(o.Lang(), q, today)
		t.comment("  " + q.ID + " " + render.OneLine(q.What) + " — " + strings.Join(parts, o.sep()))
		if q.Done.IsZero() {
			reqLines = append(reqLines, "- "+q.ID+"; due "+q.Due.String())
		}
		doneLines = append(doneLines, "- "+q.ID+" "+render.OneLine(q.What))
	}
	if len(b.Milestones) > 0 {
		t.comment("")
		t.comment(o.T("tpl.milestones"))
	}
	for _, m := range b.Milestones {
		t.comment("  " + m.ID + " " + render.OverdueMark(o.Lang(), m.Due.String(), m.Due, m.Overdue, today) + " " + render.OneLine(m.What) + " — " + m.Who)
		doneLines = append(doneLines, "- "+m.ID+" "+render.OneLine(m.What))
	}
	return reqLines, doneLines
}

// errorHeader renders the problems of a draft as comments for the top of the file.
func (p Printer) errorHeader(errs record.DraftErrors) string {
	var lines []string
	lines = append(lines, p.T("tpl.error"), p.T("tpl.error2"))
	n := len(errs) + 3 // the header's own lines: the two above, the errors, and a blank comment
	for _, e := range errs {
		lines = append(lines, p.draftErrorText(e, "", n))
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(errorMark + strings.ReplaceAll(l, "\n", " ") + "\n")
	}
	b.WriteString(errorMark + "\n")
	return b.String()
}

// stripErrorHeader removes the error lines follow wrote at the top of a draft.
func stripErrorHeader(text string) string {
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

// draftErrorText formats a draft problem in the interface language, as "file:line: msg"
// when file is given, with the line moved down by shift.
func (p Printer) draftErrorText(e record.DraftError, file string, shift int) string {
	msg := i18n.Msg(e.Key, e.Args...).Text(p.Lang())
	if e.Line <= 0 {
		if file != "" {
			return file + ": " + msg
		}
		return msg
	}
	if file != "" {
		return fmt.Sprintf("%s:%d: %s", file, e.Line+shift, msg)
	}
	return p.T("draft.at", e.Line+shift, msg)
}

// editorCommand is the user's editor: $VISUAL, then $EDITOR, then vi (as git does).
func (o *NewOptions) editorCommand() string {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if e := strings.TrimSpace(o.Getenv(v)); e != "" {
			return e
		}
	}
	if runtime.GOOS == "windows" {
		return "notepad"
	}
	return "vi"
}

// runEditor opens the editor on path and waits for it. The editor command may hold
// arguments ("code --wait"); on Unix it is run by the shell, as git does.
func (o *NewOptions) runEditor(path string) error {
	editor := o.editorCommand()
	var cmd *exec.Cmd
	if runtime.GOOS == "windows" {
		args := strings.Fields(editor)
		cmd = exec.Command(args[0], append(args[1:], path)...)
	} else {
		cmd = exec.Command("sh", "-c", editor+` "$@"`, editor, path)
	}
	cmd.Stdin = o.IO.In
	cmd.Stdout = rawStream(o.IO.Out) // the user's editor gets the terminal itself
	cmd.Stderr = rawStream(o.IO.ErrOut)
	if file, ok := o.IO.In.(*os.File); ok {
		cmd.Stdin = file
	}
	if err := cmd.Run(); err != nil {
		return i18n.Msg("draft.editor", editor, err)
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return i18n.Msg("draft.editor", editor, err)
	}
	return nil
}
