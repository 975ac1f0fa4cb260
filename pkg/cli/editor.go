package cli

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/staffnote/follow/pkg/draft"
	"github.com/staffnote/follow/pkg/ops"
	"github.com/staffnote/follow/pkg/record"
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
			src, err = draft.ReadLimited(o.IO.In)
		} else {
			src, err = store.ReadLimited(o.From)
		}
		if err != nil {
			return usageMsg("draft.read", err)
		}
		return o.submitOnce(s, string(src), o.From, "")
	case draftFromStdin:
		src, err := draft.ReadLimited(o.IO.In)
		if err != nil {
			return usageMsg("draft.read", err)
		}
		if strings.TrimSpace(record.StripDraftComments(string(src))) == "" {
			return usageMsg("new.novisit", o.ID)
		}
		return o.submitOnce(s, string(src), "stdin", strings.TrimSuffix(draft.Path(s, o.ID), ".md")+".stdin.md")
	}
	return o.editLoop(s)
}

// submitOnce handles a draft read without an editor. When it cannot be saved the errors
// are printed; a draft from stdin is kept in keep so that it is not lost.
func (o *NewOptions) submitOnce(s *store.Store, text, origin, keep string) error {
	saved, errs, err := o.submit(s, text)
	if err != nil {
		if keep != "" {
			_ = draft.Save(s, keep, text)
			o.warnf("%s", o.T("draft.keptfile", keep, o.ID, keep))
		}
		return err
	}
	if errs != nil {
		where := origin
		if keep != "" {
			where = keep
			_ = draft.Save(s, keep, text)
		}
		o.warnf("%s", o.T("draft.invalid"))
		for _, e := range errs {
			o.warnf("%s\n", draft.ErrorText(e, where, 0, o.Lang()))
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
	path := draft.Path(s, o.ID)
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
		if err := draft.Save(s, path, text); err != nil {
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
		body := draft.StripErrorHeader(string(b))
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
		header := draft.ErrorHeader(errs, o.Lang())
		shift := strings.Count(header, "\n")
		o.warnf("%s", o.T("draft.invalid"))
		for _, e := range errs {
			o.warnf("%s\n", draft.ErrorText(e, path, shift, o.Lang()))
		}
		text = header + body
		if body == previous {
			_ = draft.Save(s, path, text)
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
	d.DropUnasked(cfg.Questions()) // the checklist items left as the template offered them
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

// template is the text the editor opens on (draft.Template).
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
	return draft.Template(rec, o.brief(rec, cfg, today), date, today, o.Kind, rec.LangOr(cfg.Lang, o.Lang()), o.Lang()), nil
}

// runEditor opens the user's editor on path and waits for it. The editor gets the
// terminal itself.
func (o *NewOptions) runEditor(path string) error {
	var in io.Reader = o.IO.In
	if file, ok := o.IO.In.(*os.File); ok {
		in = file
	}
	return draft.RunEditor(draft.EditorCommand(o.Getenv), path, in, rawStream(o.IO.Out), rawStream(o.IO.ErrOut))
}
