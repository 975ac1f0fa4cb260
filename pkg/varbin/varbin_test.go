package varbin

import (
	"encoding/binary"
	"testing"
)

func TestRoundTripAndDamage(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendVarint(b, -7)
	b = AppendString(b, "山田 花子")
	b = binary.AppendUvarint(b, 2)
	b = append(b, 'x', 'y')
	b = binary.AppendVarint(b, 1<<40)

	r := NewReader(b)
	if u, v, s, n := r.Uvarint(), r.Varint(), r.String(), r.Count(1); u != 300 || v != -7 || s != "山田 花子" || n != 2 || r.Bad() {
		t.Fatalf("read %d %d %q %d bad=%v", u, v, s, n, r.Bad())
	}
	r.b = r.b[2:]
	if got := r.Int32(); got != 0 || !r.Bad() {
		t.Fatalf("a value over 32 bits read as %d, bad=%v", got, r.Bad())
	}

	// Every truncation is refused somewhere along the reads, never read past.
	for n := range len(b) - 8 {
		r := NewReader(b[:n])
		r.Uvarint()
		r.Varint()
		_ = r.String()
		r.Count(1)
		if !r.Bad() {
			t.Errorf("truncated to %d bytes: not refused", n)
		}
	}
	// A count larger than the bytes left is refused before anything is allocated for it.
	r = NewReader(binary.AppendUvarint(nil, 1<<40))
	if r.Count(8) != 0 || !r.Bad() {
		t.Error("a huge count was accepted")
	}
	// After a failure every read returns zero.
	if r.Uvarint() != 0 || r.String() != "" || r.Bytes() != nil {
		t.Error("reads after a failure returned data")
	}
}
