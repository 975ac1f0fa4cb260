package lazy

import (
	"sync"
	"sync/atomic"
	"testing"
)

var built atomic.Int32

var answer = &Value[map[string]int]{New: func() map[string]int {
	built.Add(1)
	return map[string]int{"a": 1}
}}

var word = &Regexp{Expr: `^w(or)d$`}

func TestValueBuiltOnceOnFirstUse(t *testing.T) {
	if n := built.Load(); n != 0 {
		t.Fatalf("built %d times before the first Get", n)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if answer.Get()["a"] != 1 {
				t.Error("wrong value")
			}
		})
	}
	wg.Wait()
	if n := built.Load(); n != 1 {
		t.Fatalf("built %d times, want 1", n)
	}
}

func TestRegexp(t *testing.T) {
	if m := word.Get().FindStringSubmatch("word"); len(m) != 2 || m[1] != "or" {
		t.Fatalf("got %q", m)
	}
	if word.Get() != word.Get() {
		t.Fatal("compiled twice")
	}
}

func TestRegexpPanicsOnBadExpr(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	(&Regexp{Expr: `(`}).Get()
}
