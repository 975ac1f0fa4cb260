package ops

import (
	"slices"
	"strconv"
	"strings"

	"github.com/staffnote/follow/pkg/privacy"
	"github.com/staffnote/follow/pkg/record"
)

// The privacy guard on what follow writes: text a user gives a command (a flag, a visit
// draft) is checked by the same scanner as follow lint before anything is written, so that
// follow itself never writes what the pre-commit hook would refuse. A reviewed false
// positive passes with the allow marker (follow:allow) in its text, as in a record.

// Input is text a user gives an operation to write into a record, and the flag it came
// from ("--fact").
type Input struct {
	Flag, Text string
}

// Guard is the privacy guard of follow lint for the texts an operation is about to write:
// scanner is the team's (privacy.New with follow.yaml's lint.sensitive), and the rules
// lint.disable turns off are off here too. It refuses (a data error) with every finding.
func Guard(scanner *privacy.Scanner, disabled []string, in ...Input) error {
	var lines []string
	for _, t := range in {
		for _, h := range scanner.Scan([]byte(t.Text)) {
			if slices.Contains(disabled, string(h.Kind)) {
				continue
			}
			where := t.Flag
			if strings.Contains(strings.TrimRight(t.Text, "\n"), "\n") {
				where += ":" + strconv.Itoa(h.Line)
			}
			lines = append(lines, "  "+where+": "+h.Msg+" ["+string(h.Kind)+"]")
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return data("guard.refused", strings.Join(lines, "\n"))
}

// GuardDraft is Guard for the text of a visit draft: each finding is a problem of the
// draft at its line, so the draft is kept and shown again with it. Comment lines, which
// are never written, are not checked.
func GuardDraft(scanner *privacy.Scanner, disabled []string, text string) record.DraftErrors {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if record.IsDraftComment(l) {
			lines[i] = ""
		}
	}
	var errs record.DraftErrors
	for _, h := range scanner.Scan([]byte(strings.Join(lines, "\n"))) {
		if !slices.Contains(disabled, string(h.Kind)) {
			errs = append(errs, record.DraftError{Line: h.Line, Key: "guard.draft", Args: []any{h.Msg, string(h.Kind)}})
		}
	}
	return errs
}
