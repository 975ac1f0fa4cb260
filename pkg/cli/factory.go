package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/store"
)

// Factory carries what every command needs: streams, the environment, the clock, and the
// global flags. Nothing in follow reads the clock except through Now, and tests pin it
// with --today or FOLLOW_TODAY.
type Factory struct {
	IO     *IOStreams
	Getenv func(string) string
	Cwd    string
	Now    func() time.Time

	// Global flags.
	DirFlag   string
	TodayFlag string
	LangFlag  string
	NoColor   bool

	store *store.Store
	cfg   *config.Config
	today dates.Date
	lang  string
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
			return 0, usageErr("%s: %v", src, err)
		}
		f.today = d
		return d, nil
	}
	f.today = clock
	return clock, nil
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
		return nil, dataErr(err)
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
		return nil, dataErr(err)
	}
	f.cfg = c
	return c, nil
}

// Lang returns "ja" or "en": --lang, then lang: in follow.yaml, then LC_ALL / LANG.
func (f *Factory) Lang() string {
	if f.lang != "" {
		return f.lang
	}
	f.lang = "en"
	switch {
	case f.LangFlag != "":
		f.lang = f.LangFlag
	default:
		if c, err := f.Config(); err == nil && c.Lang != "" {
			f.lang = c.Lang
			break
		}
		for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if val := f.Getenv(v); val != "" {
				if strings.HasPrefix(val, "ja") {
					f.lang = "ja"
				}
				break
			}
		}
	}
	return f.lang
}

// Me returns the current user: FOLLOW_USER, then me: in follow.yaml.
func (f *Factory) Me() string {
	if u := f.Getenv("FOLLOW_USER"); u != "" {
		return u
	}
	if c, err := f.Config(); err == nil {
		return c.Me
	}
	return ""
}

// Color reports whether stdout may be coloured: a terminal, no NO_COLOR, no --no-color.
func (f *Factory) Color() bool {
	return f.IO.StdoutTTY && !f.NoColor && f.Getenv("NO_COLOR") == "" && f.Getenv("TERM") != "dumb"
}

// T returns a message of the catalogue in the user's language.
func (f *Factory) T(key string, args ...any) string {
	return i18n.T(f.Lang(), key, args...)
}

// warnf prints a message to stderr.
func (f *Factory) warnf(format string, args ...any) {
	fmt.Fprintf(f.IO.ErrOut, format, args...)
}

// NewFactory builds a Factory for the running process.
func NewFactory(io *IOStreams) *Factory {
	store.ArmFault(io.ErrOut) // FOLLOW_TEST_FAULT: only in a followfault build (crash tests); nothing in the product
	cwd, _ := os.Getwd()
	return &Factory{IO: io, Getenv: os.Getenv, Cwd: cwd, Now: time.Now}
}
