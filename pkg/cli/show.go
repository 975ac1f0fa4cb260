package cli

import (
	"github.com/spf13/cobra"

	"github.com/staffnote/follow/pkg/brief"
	"github.com/staffnote/follow/pkg/cmdutil"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/i18n"
	"github.com/staffnote/follow/pkg/record"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/store"
)

// ShowOptions are the inputs of follow show.
type ShowOptions struct {
	cmdutil.Printer
	cmdutil.Records
	Width func() int // the terminal's width in cells (cmdutil.Factory.TableWidth)
	ID    string
	All   bool
	JSON  bool
}

// NewCmdShow builds follow show; runF, when set, runs instead of the command (tests).
func NewCmdShow(f *cmdutil.Factory, runF func(*ShowOptions) error) *cobra.Command {
	o := &ShowOptions{Printer: f.Printer(), Records: f.Records(), Width: f.TableWidth}
	c := &cobra.Command{
		Use:  "show ID",
		Args: exactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			o.ID = args[0]
			if runF != nil {
				return runF(o)
			}
			return runShow(o)
		},
		ValidArgsFunction: cmdutil.CompleteIDs(o.Store),
	}
	c.Flags().BoolVar(&o.All, "all", false, "")
	c.Flags().BoolVar(&o.JSON, "json", false, "")
	return c
}

// showJSON is the brief with the log, for --json --all.
type showJSON struct {
	brief.Brief
	Log *string `json:"log,omitempty"`
}

func runShow(o *ShowOptions) error {
	rec, err := readRecord(o.Records, o.Printer, o.ID)
	if err != nil {
		return err
	}
	cfg, err := o.Config()
	if err != nil {
		return err
	}
	if !o.JSON {
		return printBrief(o.Printer, rec, cfg, o.Today(), o.All, o.Width())
	}
	// Machine output does not depend on the reader: the questions are in the record's
	// language, else the team's, else English.
	entries, _ := rec.Entries()
	out := showJSON{Brief: brief.Build(rec, entries, cfg, o.Today())}
	out.Phrase(i18n.Translator(record.WriteLang(rec.Lang(), cfg.Lang, i18n.EN)))
	if o.All {
		log := string(rec.Body())
		out.Log = &log
	}
	return render.WriteJSON(o.IO.Out, out)
}

// read reads the record typed designates (an ID, or a staff member's name) to show it, without taking the lock (writes are atomic renames). A
// record whose data is broken is still read, with a warning to p.
func readRecord(o cmdutil.Records, p cmdutil.Printer, typed string) (*record.Record, error) {
	id, err := o.StaffID(typed)
	if err != nil {
		return nil, err
	}
	if err := store.ValidID(id); err != nil {
		return nil, usageErr("%v", err)
	}
	s, err := o.Store()
	if err != nil {
		return nil, err
	}
	path, err := s.Find(id)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	if path == "" {
		return nil, dataErr(msgErr("show.norecord", id, s.Root))
	}
	l := store.LoadOne(path)
	if l.Err != nil {
		return nil, dataErr(l.Err)
	}
	if err := l.Record.Broken(); err != nil {
		p.Warnf("%s", p.T("show.broken", err))
	}
	return l.Record, nil
}

// brief is the brief of rec, its openers phrased in the user's language.
func briefOf(p cmdutil.Printer, rec *record.Record, cfg *config.Config, today dates.Date) brief.Brief {
	entries, _ := rec.Entries()
	b := brief.Build(rec, entries, cfg, today)
	b.Phrase(i18n.Translator(p.Lang()))
	return b
}

// printBrief prints the brief of rec as the one screen to read before a visit, and with
// all the whole log after it, laid out for width cells (0: not wrapped). Record text
// reaches the terminal through the process's sanitize.Writer.
func printBrief(p cmdutil.Printer, rec *record.Record, cfg *config.Config, today dates.Date, all bool, width int) error {
	out := render.Brief(briefOf(p, rec, cfg, today), today, p.Lang(), p.Color(), width)
	if all {
		render.BriefLog(out, p.Lang(), string(rec.Body()))
	}
	_, err := out.WriteTo(p.IO.Out)
	return err
}
