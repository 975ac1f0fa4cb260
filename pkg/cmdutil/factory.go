package cmdutil

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/people"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
)

// Factory carries what the commands are built from: streams, the environment, the clock,
// and the global flags. Nothing in follow reads the clock except through Now, and tests
// pin it with --today or FOLLOW_TODAY. A command takes from it only what it needs, as
// getters resolved when it runs (after the global flags are parsed): a Printer, Records.
type Factory struct {
	IO     *IOStreams
	Getenv func(string) string
	Cwd    string
	Now    func() time.Time
	Build  BuildInfo // which follow this is (--version)
	// GitUser is git's user.name seen from a folder: who "me" is when nothing else says.
	GitUser func(dir string) string

	// Global flags.
	DirFlag   string
	TodayFlag string
	LangFlag  string
	NoColor   bool

	store    *store.Store
	cfg      *config.Config
	team     *people.Team
	meWarned bool // the deprecation of me: in follow.yaml was said
	today    dates.Date
	lang     string
}

// NewFactory builds a Factory for the running process.
func NewFactory(io *IOStreams) *Factory {
	store.ArmFault(io.ErrOut) // FOLLOW_TEST_FAULT: only in a followfault build (crash tests); nothing in the product
	cwd, _ := os.Getwd()
	return &Factory{IO: io, Getenv: os.Getenv, Cwd: cwd, Now: time.Now, GitUser: GitUserName}
}

// Today returns the date follow works with: --today, FOLLOW_TODAY, or the clock.
func (f *Factory) Today() (dates.Date, error) {
	if !f.today.IsZero() {
		return f.today, nil
	}
	clock := dates.FromTime(f.Now())
	src, val := "--today", f.TodayFlag
	if val == "" {
		src, val = "FOLLOW_TODAY", f.Getenv("FOLLOW_TODAY")
	}
	if val != "" {
		d, err := dates.Parse(val, clock)
		if err != nil {
			return 0, UsageErr("%s: %v", src, err)
		}
		f.today = d
		return d, nil
	}
	f.today = clock
	return clock, nil
}

// Instant is the moment of the run, for what records it (a calendar's DTSTAMP): the
// clock, or zero when the date is pinned (--today, FOLLOW_TODAY), so that pinned runs give
// the same output.
func (f *Factory) Instant() time.Time {
	if f.TodayFlag != "" || f.Getenv("FOLLOW_TODAY") != "" {
		return time.Time{}
	}
	return f.Now()
}

// Dir returns the records directory (not checked for existence).
func (f *Factory) Dir() string {
	return store.Resolve(f.DirFlag, f.Getenv("FOLLOW_DIR"), f.Cwd)
}

// Store opens the records directory.
func (f *Factory) Store() (*store.Store, error) {
	if f.store != nil {
		return f.store, nil
	}
	s, err := store.Open(f.Dir())
	if err != nil {
		return nil, DataErr(err)
	}
	f.store = s
	return s, nil
}

// Config reads follow.yaml at the records root (the defaults when there is none).
func (f *Factory) Config() (*config.Config, error) {
	if f.cfg != nil {
		return f.cfg, nil
	}
	c, err := config.Load(filepath.Join(f.Dir(), store.ConfigName))
	if err != nil {
		return nil, DataErr(err)
	}
	f.cfg = c
	return c, nil
}

// Lang returns the language of the interface (messages, table headers, the brief, the
// help): "ja" or "en", from
//
//  1. --lang;
//  2. else the reader's locale, when it names a language: the first of LC_ALL,
//     LC_MESSAGES and LANG that is set (as POSIX reads them), ja... for Japanese and any
//     other language (en_US, fr_FR, ...) for English; C, POSIX and C.UTF-8 name none;
//  3. else lang: in follow.yaml (optional; one that cannot be read is passed over here and
//     reported by the commands that need it);
//  4. else English.
//
// The words follow writes into a record do not follow it: they are in the record's
// language (record.Record.LangOr).
func (f *Factory) Lang() string {
	if f.lang != "" {
		return f.lang
	}
	f.lang = f.LangFlag
	if f.lang == "" {
		f.lang = i18n.LocaleLang(f.Getenv)
	}
	if f.lang == "" {
		if c, err := f.Config(); err == nil {
			f.lang = c.Lang
		}
	}
	if f.lang == "" {
		f.lang = i18n.EN
	}
	return f.lang
}

// LangSoFar is the UI language once Lang has worked it out, else "": what a panic message
// uses, as working the language out afresh could panic again.
func (f *Factory) LangSoFar() string { return f.lang }

// SetLang pins the UI language (docs generated the same on every machine), or with ""
// lets Lang work it out again (after a refused --lang).
func (f *Factory) SetLang(lang string) { f.lang = lang }

// Color reports whether stdout may be coloured: a terminal, no NO_COLOR, no --no-color.
func (f *Factory) Color() bool {
	return f.IO.StdoutTTY && !f.NoColor && f.Getenv("NO_COLOR") == "" && f.Getenv("TERM") != "dumb"
}

// TableWidth is the width, in cells, a table is fitted to (render.FitWidth).
func (f *Factory) TableWidth() int { return render.FitWidth(f.Getenv, f.IO.StdoutWidth) }

// T returns a message of the catalogue in the user's language.
func (f *Factory) T(key string, args ...any) string { return i18n.T(f.Lang(), key, args...) }

// Printer is how a command talks to the user: the streams, the language of its messages
// and whether standard output may be coloured.
type Printer struct {
	IO    *IOStreams
	Lang  func() string
	Color func() bool
	Width func() int // the width tables are fitted to (Factory.TableWidth)
}

// Printer returns the Printer of the process.
func (f *Factory) Printer() Printer {
	return Printer{IO: f.IO, Lang: f.Lang, Color: f.Color, Width: f.TableWidth}
}

// Screen is where a table is written: coloured or not, fitted to the terminal unless wide.
func (p Printer) Screen(wide bool) render.Screen {
	scr := render.Screen{Color: p.Color()}
	if !wide && p.Width != nil {
		scr.Width = p.Width()
	}
	return scr
}

// T returns a message of the catalogue in the user's language.
func (p Printer) T(key string, args ...any) string { return i18n.T(p.Lang(), key, args...) }

// Warnf prints a message to stderr.
func (p Printer) Warnf(format string, args ...any) { fmt.Fprintf(p.IO.ErrOut, format, args...) }

// Println prints a line of data to stdout.
func (p Printer) Println(s string) { fmt.Fprintln(p.IO.Out, s) }

// Author is who writes the entries of a command: "me", resolved against the team like a
// name typed to --owner (Factory.Me). When nobody is set, or the name set is not one
// person of the team, Name is "" (Why says which): the entries are then written without
// an author line, and NoteAuthor says so after the write. A visit is never refused for
// want of a name, nor is a person invented.
type Author struct {
	Name string
	Why  error
}

// AuthorOf resolves who writes into rec (nil for a new record); newPerson takes a name
// nobody has as set (--new-person).
func (r Records) AuthorOf(rec *record.Record, newPerson bool) Author {
	name, err := r.Me(rec, newPerson)
	return Author{name, err}
}

// NoteAuthor says on stderr that the entries were written without their author, and why.
func (p Printer) NoteAuthor(a Author) {
	switch {
	case a.Name != "":
	case a.Why != nil:
		p.Warnf("%s", p.T("author.unresolved", ErrorText(p.Lang(), a.Why)))
	default:
		p.Warnf("%s", p.T("author.none"))
	}
}

// Records is how a command reaches the records: the store, the team's rules, today and
// who is writing, each resolved when first called.
type Records struct {
	Store  func() (*store.Store, error)
	Config func() (*config.Config, error)
	Today  func() dates.Date
	Team   func() (*people.Team, error) // the people names resolve against (Factory.Team)
	// Me is the person using follow, resolved against the team (Factory.Me): the default
	// owner of a new record and the author of every entry follow writes.
	Me func(rec *record.Record, newPerson bool) (string, error)
}

// Records returns the Records of the process. Today is checked before any command runs
// (the root's PersistentPreRunE), so it cannot fail here.
func (f *Factory) Records() Records {
	return Records{Store: f.Store, Config: f.Config, Today: func() dates.Date { d, _ := f.Today(); return d }, Team: f.Team, Me: f.MeIn}
}
