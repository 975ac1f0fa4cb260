// Package lazy builds package-level values on first use instead of at program start.
//
// Every follow command starts the whole binary: whatever a package builds in its init
// (a compiled regexp, a map, a template, a table) is paid by `follow --version` too.
// A package-level *Value or *Regexp written as a composite literal with a function that
// captures nothing is laid out by the compiler in the binary's data: no code runs for it
// at start, and its value is built once, by the first goroutine that asks.
package lazy

import (
	"regexp"
	"sync"
)

// Value is a value built by New on first use; safe for concurrent use.
type Value[T any] struct {
	New  func() T
	once sync.Once
	v    T
}

// Get returns the value, building it the first time.
func (l *Value[T]) Get() T {
	l.once.Do(func() { l.v = l.New() })
	return l.v
}

// Regexp is a regular expression compiled on first use; safe for concurrent use.
type Regexp struct {
	Expr string
	once sync.Once
	re   *regexp.Regexp
}

// Get returns the compiled expression; it panics, as regexp.MustCompile does, when Expr
// does not compile (a programming error, caught by any test that uses it).
func (l *Regexp) Get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.Expr) })
	return l.re
}
