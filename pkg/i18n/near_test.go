package i18n_test

import (
	"errors"
	"testing"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
)

// A month and day on the wrong side of today (dates.NearError) is said in the reader's
// language wherever it is an argument of a message, and its English is the catalogue's.
func TestNearErrorInTheCatalogue(t *testing.T) {
	today := dates.MustOf(2026, 12, 2)
	for _, c := range []struct {
		typed string
		dir   dates.Direction
		ja    string
	}{
		{"11/30", dates.Future, `--next: "11/30" は 2026-11-30（2日前）です。これからの日付を入力してください（来年のその日なら 2027-11-30 と書きます）`},
		{"12/20", dates.Past, `--next: "12/20" は 2026-12-20（18日後）です。過ぎた日付を入力してください（去年のその日なら 2025-12-20 と書きます）`},
	} {
		_, err := dates.ParseNear(c.typed, today, c.dir)
		var near *dates.NearError
		if !errors.As(err, &near) {
			t.Fatalf("ParseNear(%q) = %v, want a NearError", c.typed, err)
		}
		m := i18n.Msg("date.flag", "next", near)
		if got := m.Text(i18n.JA); got != c.ja {
			t.Errorf("ja: %s\nwant %s", got, c.ja)
		}
		if got, want := m.Text(i18n.EN), "--next: "+near.Error(); got != want {
			t.Errorf("en: %s\nwant %s (the catalogue's English differs from dates.NearError's)", got, want)
		}
	}
}
