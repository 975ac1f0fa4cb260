package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/store"
)

// NewOptions are the inputs of follow new.
type NewOptions struct {
	f  *Factory
	ID string

	Date     string
	Kind     string
	Facts    []string
	Topics   []string
	Notes    []string
	Requests []string
	Next     string

	// Only when creating the record.
	Name, Kana, Client, Site, Supervisor, Owner, Manager, Start, Until string

	// The visit as a draft (editor.go): --from FILE, --edit.
	From  string
	Edit  bool
	draft *record.Draft

	changed func(string) bool
}

var createFlags = []string{"name", "kana", "client", "site", "supervisor", "owner", "manager", "start", "until"}

// NewNewCmd builds follow new.
func NewNewCmd(f *Factory) *cobra.Command {
	o := &NewOptions{f: f}
	c := &cobra.Command{
		Use:   "new ID",
		Short: "Log a visit right after it (creates the record of a new staff member)",
		Long: `Log a visit, call or other contact with a staff member, right after it happened.

Split what you heard into facts confirmed (--fact, A), requests that need resolution
(--request, B: by when, in which direction, and when and how you report back), and
personal topics to pick up next time (--topic). A visit without a next follow-up date
is unfinished, so --next is required.

When no record with ID exists yet, follow new creates it (--name is then required);
without visit flags it only creates the record, with next set to the start date, and
writes the milestones that the team's rules imply.

Request syntax: "TEXT; due DATE; plan TEXT; report DATE HOW" (；also works).

Without visit flags, for a staff member who has a record, the visit is read as a draft:
from --from FILE (- for standard input), from standard input when it is not a terminal
(follow new S0101 < visit.md), or written in $VISUAL or $EDITOR (as git commit does)
when standard input and output are terminals, or with --edit. The editor opens on a
template with the openers (what was said last time), the open requests and milestones,
the sections to fill in and an empty Next: line. A draft is the markdown of one visit:

  # Lines whose first character is # followed by a space (or nothing) are comments
  # and are removed; ## and ### headings are kept.
  ## 2026-12-05 visit              (optional: the date and kind; default --date, today)
  ### Facts                        (確認事項) A: facts confirmed
  - 請求書発行を担当、慣れてきた
  ### Requests                     (相談事項) B: new requests in the --request syntax,
  - 席が寒い; due 12/10; plan 席替えを相談; report 12/12 電話
  - R1; due 12/20                  or an open request's id first, to change its due,
                                   plan or report
  ### Personal                     (近況) topics to pick up next time
  - 娘さんの受験（1月）
  ### Notes                        (メモ) anything else
  ### Done                         (完了) open requests or milestones resolved at this
  - R2 席替え済み                  visit, by id, with a note: marked done (a request
                                   also reported back) on the visit's date
  Next: 2026-12-19                 (次回:) required while the staff member is active

Items are list lines (- * + ・) or plain lines; an indented line continues the item
above it. A draft that cannot be saved (no next date, a bad date) is never lost: it is
kept in the records directory's .follow/drafts/ (git-ignored), the errors are shown,
and the editor re-opens on it with the errors as comments. An empty draft saves nothing.`,
		Example: `  # a new staff member, first contract until the end of February
  follow new S0013 --name "山田 花子" --kana "やまだ はなこ" --client "株式会社サンプル" \
      --site "経理部 経理課" --supervisor "田中 一郎" --owner 佐藤 --manager 鈴木 \
      --start 2026-12-01 --until 2027-02-28

  # right after a visit
  follow new S0013 --fact "請求書発行を担当、慣れてきた" --topic "娘さんの受験（1月）" \
      --request "席が空調の真下で寒い; due 12/10; plan 派遣先に席替えを相談; report 12/12 電話" \
      --next 2w`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			o.changed = c.Flags().Changed
			return runNew(o)
		},
		ValidArgsFunction: completeIDs(f),
	}
	fl := c.Flags()
	fl.StringVar(&o.Date, "date", "", "date of the visit (default today)")
	fl.StringVar(&o.Kind, "kind", "", "kind of contact: visit, call, mail, online (default visit)")
	fl.StringArrayVar(&o.Facts, "fact", nil, "a fact confirmed (A); repeatable")
	fl.StringArrayVar(&o.Topics, "topic", nil, "a personal topic to pick up next time; repeatable")
	fl.StringArrayVar(&o.Notes, "note", nil, "any other note; repeatable")
	fl.StringArrayVar(&o.Requests, "request", nil, `a request (B): "TEXT; due DATE; plan TEXT; report DATE HOW"; repeatable`)
	fl.StringVar(&o.Next, "next", "", "the next follow-up date agreed on the spot (required with a visit)")
	fl.StringVar(&o.Name, "name", "", "full name, family name first (creating)")
	fl.StringVar(&o.Kana, "kana", "", "reading of the name (creating)")
	fl.StringVar(&o.Client, "client", "", "client company (creating)")
	fl.StringVar(&o.Site, "site", "", "site / organizational unit (creating)")
	fl.StringVar(&o.Supervisor, "supervisor", "", "on-site supervisor (指揮命令者) (creating)")
	fl.StringVar(&o.Owner, "owner", "", "follow-up owner (creating; default $FOLLOW_USER or me: in follow.yaml)")
	fl.StringVar(&o.Manager, "manager", "", "manager who makes the milestone calls (creating)")
	fl.StringVar(&o.Start, "start", "", "start date (creating; default today)")
	fl.StringVar(&o.Until, "until", "", "end of the first contract (creating)")
	fl.StringVar(&o.From, "from", "", "read the visit as a draft from this file (- for standard input)")
	fl.BoolVarP(&o.Edit, "edit", "e", false, "write the visit in $VISUAL / $EDITOR even without a terminal")
	return c
}

func (o *NewOptions) hasVisit() bool {
	return len(o.Facts)+len(o.Topics)+len(o.Notes)+len(o.Requests) > 0 || o.Next != "" || o.changed("date") || o.changed("kind")
}

func runNew(o *NewOptions) error {
	f := o.f
	if err := store.ValidID(o.ID); err != nil {
		return usageErr("%v", err)
	}
	if err := o.checkDraftFlags(); err != nil {
		return err
	}
	today, _ := f.Today()
	parse := func(flag, val string, def dates.Date) (dates.Date, error) {
		if val == "" {
			return def, nil
		}
		d, err := dates.Parse(val, today)
		if err != nil {
			return 0, usageErr("--%s: %v", flag, err)
		}
		return d, nil
	}
	visitDate, err := parse("date", o.Date, today)
	if err != nil {
		return err
	}
	next, err := parse("next", o.Next, 0)
	if err != nil {
		return err
	}
	var reqs []record.Request
	for _, s := range o.Requests {
		q, err := record.ParseRequestArg(s, today)
		if err != nil {
			return usageErr("--request: %v", err)
		}
		reqs = append(reqs, q)
	}
	s, err := f.Store()
	if err != nil {
		return err
	}
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	unlock, err := s.Lock()
	if err != nil {
		return dataErr(err)
	}
	defer unlock()

	path, rec, err := openRecord(s, o.ID)
	if err != nil {
		return err
	}
	if rec != nil {
		for _, name := range createFlags {
			if o.changed(name) {
				return usageErr("%s", f.T("new.createflags", o.ID, "--"+name))
			}
		}
		if !o.hasContent() {
			if src := o.draftSource(); src != "" {
				unlock()
				return runNewDraft(o, src)
			}
		}
		if !o.hasVisit() {
			return usageErr("%s", f.T("new.novisit", o.ID))
		}
	} else {
		if o.From != "" || o.Edit {
			return usageErr("%s", f.T("draft.norecord", o.ID, o.ID))
		}
		if o.Name == "" {
			return usageErr("%s", f.T("new.noname", o.ID))
		}
		owner := o.Owner
		if owner == "" {
			owner = f.Me()
		}
		if owner == "" {
			return usageErr("%s", f.T("new.noowner", o.ID))
		}
		start, err := parse("start", o.Start, today)
		if err != nil {
			return err
		}
		until, err := parse("until", o.Until, 0)
		if err != nil {
			return err
		}
		if !until.IsZero() && until.Before(start) {
			return usageErr("%s", f.T("new.untilbefore", until, start))
		}
		var ms []record.Milestone
		var skipped []string
		for _, p := range schedule.ForStart(cfg, start, until) {
			if p.Due.Before(today) {
				skipped = append(skipped, p.Rule.What+" "+p.Due.String())
				continue
			}
			ms = append(ms, p.Milestone(fmt.Sprintf("M%d", len(ms)+1)))
		}
		n := record.New{ID: o.ID, Name: o.Name, Kana: o.Kana, Owner: owner, Manager: o.Manager, Client: o.Client,
			Site: o.Site, Supervisor: o.Supervisor, Start: start, Until: until, Next: start, Milestones: ms}
		path = filepath.Join(s.Root, o.ID+".md")
		src := []byte(n.Markdown())
		created, err := record.Parse(path, src)
		if err != nil {
			return dataErr(errors.New(f.T("new.internalparse", err)))
		}
		if !o.hasVisit() {
			if _, err := saveEdit(s, path, nil, src, nil); err != nil {
				return err
			}
			f.warnf("%s", f.T("new.created", path, o.Name, o.ID))
			reportMilestones(f, ms, skipped, today)
			fmt.Fprintln(f.IO.Out, path)
			return nil
		}
		rec = created
		f.warnf("%s", f.T("new.created", path, o.Name, o.ID))
	}

	if next.IsZero() && rec.Active() {
		return usageErr("%s", f.T("new.nonext"))
	}
	return logVisit(o, s, path, rec, visitDate, next, reqs)
}

// logVisit writes the visit section, its requests and the new next date into rec.
func logVisit(o *NewOptions, s *store.Store, path string, rec *record.Record, date, next dates.Date, reqs []record.Request) error {
	f := o.f
	lang := f.Lang()
	var existing []string
	for _, q := range rec.Requests {
		existing = append(existing, q.ID)
	}
	ids := schedule.NextIDs("R", existing, len(reqs))
	var items [][]record.Field
	for i := range reqs {
		reqs[i].ID = ids[i]
		items = append(items, record.RequestFields(reqs[i]))
	}
	v := record.Visit{Date: date, Kind: kindWord(o.Kind, lang), Facts: o.Facts, Requests: reqs,
		Personal: o.Topics, Notes: o.Notes, Next: next, Lang: lang}
	ed := rec.Edit()
	ed.Append([]string{"requests"}, items...)
	var doneLines []string
	var changed [2][]string
	if o.draft != nil {
		var updated []record.Request
		updated, doneLines, changed = applyDraft(f, ed, rec, o.draft, date)
		v.Requests = append(v.Requests, updated...)
	}
	latest := latestContact(rec)
	moveNext := rec.Active() && !next.IsZero() && !date.Before(latest)
	if moveNext {
		ed.Set(next, "next")
	}
	ed.InsertEntry(date, visitSection(f, v, doneLines))
	out, err := ed.Bytes()
	if err != nil {
		return dataErr(err)
	}
	_, err = saveEdit(s, path, rec, out, func(nr *record.Record) error {
		if moveNext && nr.Next != next {
			return errors.New(f.T("new.nextnot", next))
		}
		if len(nr.Requests) != len(rec.Requests)+len(reqs) {
			return errors.New(f.T("new.reqnot"))
		}
		return nil
	})
	if err != nil {
		return err
	}
	shown := next
	if !moveNext {
		shown = rec.Next
		if rec.Active() && !next.IsZero() {
			f.warnf("%s", f.T("new.keptnext", rec.Next, latest))
		}
	}
	f.warnf("%s", f.T("new.logged", date, v.Kind, rec.ID, rec.Name, shown))
	if len(ids) > 0 {
		f.warnf("%s", f.T("new.requests", strings.Join(ids, ", ")))
	}
	if len(changed[0]) > 0 {
		f.warnf("%s", f.T("draft.updated", strings.Join(changed[0], ", ")))
	}
	if len(changed[1]) > 0 {
		f.warnf("%s", f.T("draft.closed", strings.Join(changed[1], ", ")))
	}
	fmt.Fprintln(f.IO.Out, path)
	return nil
}

// latestContact returns the date of the latest contact (visit, call, ...) in rec's log, or
// zero. Entries kept in date order (no "order" problem) need only be read back from the end
// to the last contact; otherwise every one is looked at.
func latestContact(rec *record.Record) dates.Date {
	entries, probs := rec.Entries()
	ordered := true
	for _, p := range probs {
		if p.Rule == "order" {
			ordered = false
			break
		}
	}
	latest := dates.Date(0)
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if e.Date.IsZero() || !e.IsContact() {
			continue
		}
		if e.Date.After(latest) {
			latest = e.Date
		}
		if ordered {
			break
		}
	}
	return latest
}

// kindWord maps a contact kind to the word written in the heading, in the record language.
func kindWord(kind, lang string) string {
	pairs := [][2]string{{"visit", "訪問"}, {"call", "電話"}, {"mail", "メール"}, {"online", "オンライン"}, {"chat", "チャット"}}
	k := strings.TrimSpace(kind)
	if k == "" {
		k = "visit"
	}
	for _, p := range pairs {
		if strings.EqualFold(k, p[0]) || k == p[1] {
			if lang == "ja" {
				return p[1]
			}
			return p[0]
		}
	}
	return strings.Join(strings.Fields(k), "-")
}
