package cli

import (
	"github.com/staffnote/follow/pkg/calls"
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/render"
	"github.com/staffnote/follow/pkg/schedule"
	"github.com/staffnote/follow/pkg/store"
)

// writeCalls prints the call sheet of the calls among items (follow due --calls): the table
// format as the sheet in the reader's language, JSON as the calls' data. Each call's record
// is read whole, for what the follow-up owner last noted.
func (o *DueOptions) writeCalls(items []schedule.Item, cfg *config.Config, today, until dates.Date) error {
	paths := make([]string, len(items))
	for i, it := range items {
		paths[i] = it.File
	}
	cs := []calls.Call{}
	for i, l := range store.Load(paths) {
		if l.Err != nil {
			return dataErr(l.Err)
		}
		cs = append(cs, calls.Build(items[i], l.Record, cfg))
	}
	if o.Format == "json" {
		return render.WriteJSON(o.IO.Out, cs)
	}
	if len(cs) == 0 {
		o.Warnf("%s", o.T("calls.none", until))
		return nil
	}
	_, err := render.CallSheet(cs, today, o.Lang(), o.Color()).WriteTo(o.IO.Out)
	return err
}
