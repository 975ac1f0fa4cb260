// Package varbin reads the flat binary encodings follow keeps in .follow/cache: varints
// and length-prefixed byte strings, with every length checked against what is left, so
// that damaged input is refused instead of read past or allocated for.
package varbin

import (
	"encoding/binary"
	"unsafe"
)

// Reader reads values one after the other. After the first malformed value every read
// returns zero and Bad reports true; callers check once, at the end.
type Reader struct {
	b   []byte
	bad bool
}

// NewReader reads b; strings it returns share b's memory, so b must never change.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Bad reports whether a read found malformed input.
func (r *Reader) Bad() bool { return r.bad }

// Rest returns the bytes not read yet.
func (r *Reader) Rest() []byte { return r.b }

func (r *Reader) fail() {
	r.bad, r.b = true, nil
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Varint reads a signed varint.
func (r *Reader) Varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Int32 reads a signed varint that must fit in 32 bits.
func (r *Reader) Int32() int32 {
	v := r.Varint()
	if v != int64(int32(v)) {
		r.fail()
		return 0
	}
	return int32(v)
}

// Count reads a number of items of at least size bytes each, refusing a count the bytes
// left cannot hold: a damaged count never makes the caller allocate more than the input
// justifies.
func (r *Reader) Count(size int) int {
	v := r.Uvarint()
	if v > uint64(len(r.b)/size) {
		r.fail()
		return 0
	}
	return int(v)
}

// Fixed reads n bytes (capacity limited to them), as many as the format fixes.
func (r *Reader) Fixed(n int) []byte {
	if r.bad || n > len(r.b) {
		r.fail()
		return nil
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b
}

// Bytes reads a length and that many bytes (capacity limited to them).
func (r *Reader) Bytes() []byte {
	l := r.Count(1)
	if r.bad {
		return nil
	}
	b := r.b[:l:l]
	r.b = r.b[l:]
	return b
}

// String reads what Bytes reads, as a string sharing the input's memory.
func (r *Reader) String() string {
	b := r.Bytes()
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// AppendString appends s as String reads it.
func AppendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}
