package render

import "github.com/staffnote/follow/pkg/schedule"

// ItemSlice is a DueItems of items held whole (follow due gives a duelist.List).
type ItemSlice []schedule.Item

func (s ItemSlice) Len() int                 { return len(s) }
func (s ItemSlice) Item(i int) schedule.Item { return s[i] }
