package people

import (
	"strings"
	"sync"
	"testing"

	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
)

func TestNames(t *testing.T) {
	r := &record.Record{Owner: "森本 彩", Manager: "manager", Milestones: []record.Milestone{{Who: "石田 誠"}, {Who: "owner"}}, Requests: []record.Request{{Who: "川口 健太"}}}
	var n Names
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() { defer wg.Done(); n.Add(r) }()
	}
	wg.Wait()
	if p, err := n.Team().Resolve("石田"); err != nil || p.Name != "石田 誠" {
		t.Errorf("the gathered team: Resolve(石田) = %v, %v", p, err)
	}
}

func TestWriterAndExplain(t *testing.T) {
	if got, err := team.Writer("森本", false); err != nil || got != "森本 彩" {
		t.Errorf("Writer(森本) = %q, %v", got, err)
	}
	if got, err := team.Writer("新井 一郎", true); err != nil || got != "新井 一郎" {
		t.Errorf("Writer(新井 一郎, new person) = %q, %v", got, err)
	}
	if got, err := team.Writer("石田 誠", true); err != nil || got != "石田 誠" {
		t.Errorf("Writer(石田 誠, new person) = %q, %v", got, err)
	}
	_, err := team.Writer("川口", false)
	msg := team.Explain("--owner", err, "people.hintnew")
	if text := msg.(*i18n.Message).Text(i18n.EN); !strings.Contains(text, "川口 健太") || !strings.Contains(text, "--owner") {
		t.Errorf("ambiguous: %s", text)
	}
	_, err = team.Writer("新井", false)
	if text := team.Explain("--owner", err, "people.hintnew").(*i18n.Message).Text(i18n.JA); !strings.Contains(text, "--new-person") {
		t.Errorf("unknown: %s", text)
	}
}
