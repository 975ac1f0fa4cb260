package schedule

import (
	"github.com/staffnote/follow/pkg/config"
	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/record"
)

// All returns every open duty of a record, whatever its date, built without a filter:
// the plain reference that TestCollectIsAllThenMatch compares Filter.Collect with. (The
// product asks Collect; the empty Filter gives the same.)
func All(r *record.Record, cfg *config.Config, today dates.Date) []Item {
	return collect(r, cfg, today, func(dates.Date) bool { return true }, nil)
}
