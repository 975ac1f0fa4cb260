// Package i18n is follow's one message catalogue: every text the command line, the report
// and the words follow writes into a record, in English and Japanese, by a stable key.
// Pure packages return codes and data; the edge (pkg/cli, pkg/report) and the operations
// that write words into a record phrase them here.
//
// The catalogue is two sorted arrays of constants (the messages, and the help texts of the
// commands with cobra's own words), searched by halves: it costs nothing at
// process start (no map is built) and a lookup reads a few entries.
package i18n

import (
	"fmt"
	"sort"
	"strings"
)

// The languages of the catalogue. Any other value reads as English.
const (
	EN = "en"
	JA = "ja"
)

// entry is one message: its key and its texts. A text may hold fmt verbs; both languages
// take the same arguments in the same order (TestCatalog).
type entry struct{ key, en, ja string }

// find looks key up in the messages (catalog.go), then in the help texts (help.go): two
// sorted arrays of one catalogue, no key in both (TestCatalogSorted).
func find(key string) (entry, bool) {
	for _, c := range [...][]entry{catalog[:], helpTexts[:]} {
		i := sort.Search(len(c), func(i int) bool { return c[i].key >= key })
		if i < len(c) && c[i].key == key {
			return c[i], true
		}
	}
	return entry{}, false
}

// Has reports whether key is in the catalogue: the help takes a command's text from it
// when it is there.
func Has(key string) bool {
	_, ok := find(key)
	return ok
}

// T returns the message key in lang ("ja", else English), formatted with args. An unknown
// key gives the key itself, so a missing message shows rather than vanishes (and a test
// can tell that a key is missing: no message is its own key).
func T(lang, key string, args ...any) string {
	e, ok := find(key)
	if !ok {
		return key
	}
	s := e.en
	if lang == JA {
		s = e.ja
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Message is a message not yet put into a language: a key and its arguments. As an error
// it reads in English; Text gives it in the user's language, with the arguments that are
// messages (or errors wrapping one) translated too.
type Message struct {
	Key  string
	Args []any
}

// Msg makes a Message.
func Msg(key string, args ...any) *Message { return &Message{Key: key, Args: args} }

func (m *Message) Error() string { return m.Text(EN) }

// Text is the message in lang.
func (m *Message) Text(lang string) string {
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		if t, ok := a.(interface{ Text(string) string }); ok {
			a = t.Text(lang)
		} else if c, ok := a.(interface{ CatalogMessage() (string, []any) }); ok {
			// an error of a package that phrases no text (dates.NearError) names its message
			key, args := c.CatalogMessage()
			a = Msg(key, args...).Text(lang)
		}
		args[i] = a
	}
	return T(lang, m.Key, args...)
}

// Translator returns T for one language, for packages that phrase with a func (schedule,
// brief) without knowing languages.
func Translator(lang string) func(key string, args ...any) string {
	return func(key string, args ...any) string { return T(lang, key, args...) }
}

// Paren wraps s in the parentheses of lang, to follow a word: " (s)" in English, "（s）"
// in Japanese.
func Paren(lang, s string) string {
	if lang == JA {
		return "（" + s + "）"
	}
	return " (" + s + ")"
}

// Sep is what joins phrases in lang: ", " in English, "、" in Japanese.
func Sep(lang string) string {
	if lang == JA {
		return "、"
	}
	return ", "
}

// LocaleLang is the language the locale of the environment names: "ja", "en" for any other
// language, or "" when it names none (unset, C, POSIX, C.UTF-8). The first of LC_ALL,
// LC_MESSAGES and LANG that is set is the locale of messages, as for every program.
func LocaleLang(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		val := getenv(v)
		if val == "" {
			continue
		}
		name, _, _ := strings.Cut(val, ".") // ja_JP.UTF-8, C.UTF-8
		name, _, _ = strings.Cut(name, "@") // ja_JP@modifier
		switch {
		case name == "C" || name == "POSIX":
			return ""
		case strings.HasPrefix(name, "ja"):
			return JA
		}
		return EN
	}
	return ""
}
