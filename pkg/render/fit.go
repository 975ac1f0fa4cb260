package render

// Fitting a table to a terminal: a table read in a terminal of 80 columns must not wrap.
// When it is wider than the terminal, the steps of its layout are taken in order until it
// fits: a step shortens a column (its cells cut with "…") or drops it. The width a step
// takes from a column is given back, up to the column's own width, when a later drop
// leaves room. A table written to a pipe or a file is never fitted (Width 0).

// FitStep is one step of making a table narrower.
type FitStep struct {
	// Col is the column the step acts on.
	Col int
	// Shrink, when > 0, narrows the column to at most this many cells, only as far as the
	// table is too wide; 0 drops the column.
	Shrink int
}

// Drop is the step that leaves column col out.
func Drop(col int) FitStep { return FitStep{Col: col} }

// Shrink is the step that narrows column col down to at most cells (as far as needed).
func Shrink(col, cells int) FitStep { return FitStep{Col: col, Shrink: cells} }

// fit returns the widths of the columns once the table fits width cells: -1 for a column
// dropped. widths are the columns' own widths (their widest cell); steps are taken in
// order until the table fits; a table that does not fit after the last step is left as
// wide as the steps made it. width <= 0 leaves widths as they are.
func fit(widths []int, indent, width int, steps []FitStep) []int {
	out := append([]int(nil), widths...)
	if width <= 0 {
		return out
	}
	total := func() int {
		n, cols := indent, 0
		for _, w := range out {
			if w >= 0 {
				n += w
				cols++
			}
		}
		if cols > 1 {
			n += (cols - 1) * len(columnGap)
		}
		return n
	}
	var shrunk []int // the columns narrowed, in the order of the steps
	for _, st := range steps {
		over := total() - width
		if over <= 0 {
			break
		}
		if st.Col < 0 || st.Col >= len(out) || out[st.Col] < 0 {
			continue
		}
		if st.Shrink == 0 {
			out[st.Col] = -1
			continue
		}
		if w := max(st.Shrink, out[st.Col]-over); w < out[st.Col] {
			out[st.Col] = w
			shrunk = append(shrunk, st.Col)
		}
	}
	// Room a drop left is given back to the columns narrowed before it.
	for _, j := range shrunk {
		room := width - total()
		if room <= 0 {
			break
		}
		if out[j] >= 0 {
			out[j] = min(widths[j], out[j]+room)
		}
	}
	return out
}
