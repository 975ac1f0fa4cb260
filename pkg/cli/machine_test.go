package cli

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/staffnote/follow/pkg/cmdutil"
)

// TestMachineOutputIndependentOfTheReader runs every listing's machine output (--json, CSV,
// ICS, lint's JSON and GitHub annotations, the schema) over the sample records as readers
// of every language would, and requires the same bytes and exit code each time (issue 12:
// a script, a spreadsheet or a calendar never sees the reader's locale). The sample folder
// says lang: ja, so the generated texts are Japanese for every reader.
func TestMachineOutputIndependentOfTheReader(t *testing.T) {
	ids := []string{"S0101", "S0102", "S0103", "S0104", "S0105", "S0106", "S0107", "S0108", "S0109", "S0110", "S0111", "S0112"}
	lines := [][]string{
		{"due", "--json"},
		{"due", "--json", "--within", "3m"},
		{"due", "--format", "csv", "--within", "3m"},
		{"due", "--format", "ics", "--within", "3m"},
		{"list", "--json"},
		{"list", "--json", "--status", "all"},
		{"list", "--json", "--search", "バスケ"},
		{"stats", "--json"},
		{"stats", "--format", "csv"},
		{"duties", "--json"},
		{"duties", "--format", "csv"},
		{"lint", "--format", "json"},
		{"lint", "--format", "github"},
		{"lint", "--list", "--format", "json"},
		{"schema"},
	}
	for _, id := range ids {
		lines = append(lines, []string{"show", id, "--json"}, []string{"show", id, "--json", "--all"})
	}
	readers := []struct{ lang, flag string }{
		{"C", ""}, {"C.UTF-8", ""}, {"en_US.UTF-8", ""}, {"ja_JP.UTF-8", ""},
		{"ja_JP.UTF-8", "en"}, {"C", "ja"}, {"en_US.UTF-8", "ja"},
	}
	// The control: the table is for the reader, so the locale reaches the command.
	_, tableC, _ := runAs(t, "C", "due", "--dir", sampleDir, "--today", sampleToday)
	_, tableJA, _ := runAs(t, "ja_JP.UTF-8", "due", "--dir", sampleDir, "--today", sampleToday)
	if tableC == tableJA {
		t.Fatalf("follow due prints the same table under LANG=C and LANG=ja_JP.UTF-8: the locale does not reach the command\n%s", tableC)
	}
	for _, args := range lines {
		args = append(args, "--dir", sampleDir, "--today", sampleToday)
		t.Run(strings.Join(args[:min(len(args), 4)], " "), func(t *testing.T) {
			var first string
			firstCode := 0
			for i, r := range readers {
				a := args
				if r.flag != "" {
					a = append(append([]string(nil), args...), "--lang", r.flag)
				}
				code, out, errOut := runAs(t, r.lang, a...)
				if i == 0 {
					first, firstCode = out, code
					if out == "" && !slices.Contains(args, "github") { // the samples lint clean
						t.Fatalf("follow %s printed nothing (exit %d)\n%s", strings.Join(a, " "), code, errOut)
					}
					continue
				}
				if code != firstCode || out != first {
					t.Fatalf("LANG=%s --lang %q: exit %d, stdout differs from LANG=C's (exit %d): %s", r.lang, r.flag, code, firstCode, firstLineDiff(out, first))
				}
			}
		})
	}
}

// runAs runs follow in-process as a reader whose locale is LANG=lang.
func runAs(t *testing.T, lang string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{
		IO: &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
		Getenv: func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		},
		Cwd: t.TempDir(),
		Now: func() time.Time { return time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC) },
	}
	code := Run(f, args)
	return code, out.String(), errOut.String()
}

// firstLineDiff shows the first line where got and want differ.
func firstLineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d: %q, want %q", i+1, gl, wl)
		}
	}
	return "(same lines)"
}
