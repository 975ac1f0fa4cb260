package config

import (
	"reflect"
	"testing"

	"github.com/staffnote/follow/pkg/privacy"
)

func TestParseDutiesSettings(t *testing.T) {
	c := mustParse(t, `fiscal_year_start: 1
training:
  hours: 7.5
  years: 5
  warn: 1m
stability:
  warn: 1y
  who: [owner, manager]
retention: 5y
milestones:
  - id: week-1
    what: 1週間フォロー
    offset: 1w
    ask:
      - 通勤には慣れましたか？
      - ""
      - 仕事の内容は、事前にお伝えした内容と違いはありませんか？
`)
	if c.FiscalYearStart != 1 || c.Retention != span(t, "5y") {
		t.Errorf("FiscalYearStart %d Retention %v", c.FiscalYearStart, c.Retention)
	}
	if want := (TrainingRule{Hours: 7.5, Years: 5, Warn: span(t, "1m"), Enable: true}); !reflect.DeepEqual(c.Training, want) {
		t.Errorf("Training = %+v, want %+v", c.Training, want)
	}
	if want := (StabilityRule{Warn: span(t, "1y"), Who: []string{"owner", "manager"}, Enable: true}); !reflect.DeepEqual(c.Stability, want) {
		t.Errorf("Stability = %+v, want %+v", c.Stability, want)
	}
	// An empty question is no question.
	if want := []string{"通勤には慣れましたか？", "仕事の内容は、事前にお伝えした内容と違いはありませんか？"}; !reflect.DeepEqual(c.Rules[0].Ask, want) {
		t.Errorf("Ask = %q, want %q", c.Rules[0].Ask, want)
	}
}

func TestDutiesSettingsOff(t *testing.T) {
	c := mustParse(t, "training: off\nstability: off\nretention: off\n")
	if c.Training.Enable || c.Stability.Enable || !c.Retention.IsZero() {
		t.Errorf("off: Training %+v Stability %+v Retention %v", c.Training, c.Stability, c.Retention)
	}
}

// TestDefaultAsk: every contact with the staff member that the default rules plan has its
// questions; the manager's calls to the supervisor have none.
func TestDefaultAsk(t *testing.T) {
	for _, r := range DefaultRules() {
		if (r.Who == "owner") != (len(r.Ask) > 0) {
			t.Errorf("rule %s (who %s) asks %q", r.ID, r.Who, r.Ask)
		}
	}
}

// TestAskPassesPrivacyGuard: the questions that ship (the defaults, the follow.yaml of
// follow init and of the sample records) ask nothing the privacy guard refuses: no health,
// family origin, beliefs or the family's money. A question the guard refuses would lead
// a coordinator to note an answer that follow lint then refuses.
func TestAskPassesPrivacyGuard(t *testing.T) {
	sets := map[string][]Rule{"DefaultRules": DefaultRules()}
	for _, path := range []string{"../initrepo/skel/follow.yaml", "../../records/follow.yaml"} {
		c, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if c.Path == "" {
			t.Fatalf("%s is missing", path)
		}
		sets[path] = c.Rules
		// The shipped files carry the default questions, word for word.
		for _, r := range c.Rules {
			if !reflect.DeepEqual(r.Ask, DefaultAsk(r.ID)) {
				t.Errorf("%s: rule %s asks %q, the defaults %q", path, r.ID, r.Ask, DefaultAsk(r.ID))
			}
		}
	}
	scan := privacy.New(privacy.Options{})
	for name, rules := range sets {
		n := 0
		for _, r := range rules {
			for _, q := range r.Ask {
				n++
				for _, h := range scan.ScanLine(1, q) {
					t.Errorf("%s: rule %s asks %q: %s", name, r.ID, q, h.Msg)
				}
			}
		}
		if n < 10 {
			t.Errorf("%s: only %d questions", name, n)
		}
	}
	// The guard does see a question that crosses the line.
	if len(scan.ScanLine(1, "持病はありますか？")) == 0 {
		t.Error("the privacy guard does not refuse a question about a chronic illness")
	}
}
