package cli

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/staffnote/follow/pkg/cmdutil"
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

// runNewDraft logs a visit of an existing record from a draft (draft.Session). The store
// lock is not held while the draft is read or edited; it is taken only to write.
func runNewDraft(o *NewOptions, source string) error {
	s, err := o.Store()
	if err != nil {
		return err
	}
	ds := draft.Session{Store: s, ID: o.ID, Lang: o.Lang(), Warn: func(text string) { o.Warnf("%s", text) },
		Submit: func(text string) (bool, record.DraftErrors, error) { return o.submit(s, text) }}
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
		return draftErr(ds.Once(string(src), o.From, ""), o, o.From)
	case draftFromStdin:
		src, err := draft.ReadLimited(o.IO.In)
		if err != nil {
			return usageMsg("draft.read", err)
		}
		if strings.TrimSpace(record.StripDraftComments(string(src))) == "" {
			return usageMsg("new.novisit", o.ID)
		}
		return draftErr(ds.Once(string(src), "stdin", strings.TrimSuffix(draft.Path(s, o.ID), ".md")+".stdin.md"), o, "stdin")
	}
	return draftErr(ds.Edit(o.runEditor, func() (string, error) { return o.template(s) }), o, "")
}

// draftErr is the error of a draft.Session: what it already said ends the command with
// exit 1; an empty draft read from origin is a usage error.
func draftErr(err error, o *NewOptions, origin string) error {
	var e *cmdutil.Error
	switch {
	case err == nil || errors.As(err, &e):
		return err
	case errors.Is(err, draft.ErrEmpty):
		return usageMsg("draft.empty", o.ID, origin)
	case errors.Is(err, draft.ErrInvalid) || errors.Is(err, draft.ErrAborted):
		return silentExit(ExitError)
	}
	return dataErr(err)
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
	errs = append(errs, ops.GuardDraft(cmdutil.PrivacyScanner(cfg), cfg.Lint.Disable, text)...)
	errs = append(errs, o.draftWho(d)...)
	d.DropUnasked(cfg.Questions()) // the checklist items left as the template offered them
	if len(errs) == 0 && d.Empty() {
		return false, nil, nil
	}
	s, cfg, unlock, err := o.Lock()
	if err != nil {
		return false, nil, err
	}
	defer unlock()
	path, rec, err := cmdutil.OpenRecord(s, o.ID)
	if err != nil {
		return false, nil, err
	}
	if rec == nil {
		return false, nil, usageMsg("draft.norecord", o.ID, o.ID)
	}
	date, err := cmdutil.ParseDateFlag("date", o.Date, today, today, ops.Happened)
	if err != nil {
		return false, nil, err
	}
	o.by = o.AuthorOf(rec, false)
	env := ops.Env{Today: today, Config: cfg, Lang: rec.LangOr(cfg.Lang, o.Lang()), Author: o.by.Name}
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

// template is the text the editor opens on (draft.Template), from the record read
// without the lock.
func (o *NewOptions) template(s *store.Store) (string, error) {
	_, rec, err := cmdutil.OpenRecord(s, o.ID)
	if err != nil {
		return "", err
	}
	if rec == nil {
		return "", usageMsg("draft.norecord", o.ID, o.ID)
	}
	today := o.Today()
	date, err := cmdutil.ParseDateFlag("date", o.Date, today, today, ops.Happened)
	if err != nil {
		return "", err
	}
	cfg, err := o.Config()
	if err != nil {
		return "", err
	}
	return draft.Template(rec, briefOf(o.Printer, rec, cfg, today), date, today, o.Kind, rec.LangOr(cfg.Lang, o.Lang()), o.Lang()), nil
}

// runEditor opens the user's editor on path and waits for it. The editor gets the
// terminal itself.
func (o *NewOptions) runEditor(path string) error {
	var in io.Reader = o.IO.In
	if file, ok := o.IO.In.(*os.File); ok {
		in = file
	}
	return draft.RunEditor(draft.EditorCommand(o.Getenv), path, in, cmdutil.RawStream(o.IO.Out), cmdutil.RawStream(o.IO.ErrOut))
}
