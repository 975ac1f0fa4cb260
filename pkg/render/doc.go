// Package render formats follow's output: aligned terminal tables, JSON, CSV and
// iCalendar feeds, and the layouts of the listings in the reader's language (the brief of
// follow show, the due list, the staff list, the duties, the call sheet), so that pkg/cli
// only calls them. It is pure formatting: nothing here reads the clock, the environment
// or the terminal, so callers inject everything (the language, whether to use colour,
// "today" for DTSTAMP, …) and the same input always gives the same bytes.
//
// Display widths are measured with a fixed go-runewidth condition (East Asian ambiguous
// characters count as one cell) rather than the locale-dependent default, so alignment
// does not change with RUNEWIDTH_EASTASIAN or LANG.
package render
