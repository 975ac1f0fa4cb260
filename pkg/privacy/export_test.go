package privacy

// Helpers only the tests use.

import "fmt"

func (h Hit) String() string {
	return fmt.Sprintf("%d:%d: %s [%s]", h.Line, h.Column, h.Msg, h.Kind)
}

// Scan checks a whole file, line by line, with the given options.
func Scan(src []byte, o Options) []Hit {
	return New(o).Scan(src)
}

// Allows reports whether line carries an allow marker (DefaultAllowMarker when marker is
// empty) that covers rule k. follow lint can use it to honour the marker on other rules.
func Allows(line, marker string, k Kind) bool {
	if marker == "" {
		marker = DefaultAllowMarker
	}
	return allowedKinds(line, marker)&bit(k) != 0
}

// DefaultWords returns the built-in sensitive word list (a new slice each call).
func DefaultWords() []Word {
	out := make([]Word, len(defaultWords))
	for i, w := range defaultWords {
		out[i] = w
		out[i].Except = append([]string(nil), w.Except...)
	}
	return out
}
