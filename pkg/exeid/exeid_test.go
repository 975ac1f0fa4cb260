package exeid

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestSelfIsTheBuildID: the running test binary is identified by its Go build ID, the one
// `go tool buildid` reads.
func TestSelfIsTheBuildID(t *testing.T) {
	id := Self()
	if id == "" {
		t.Fatal("Self() is empty")
	}
	if Self() != id {
		t.Error("Self() changed between calls")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("identity %s; no go command to compare with", id)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(goTool, "tool", "buildid", exe).Output()
	if err != nil {
		t.Fatalf("go tool buildid: %v", err)
	}
	if want := "go:" + strings.TrimSpace(string(out)); id != want {
		t.Errorf("Self() = %q, go tool buildid says %q", id, want)
	}
}

// elfNote builds the start of an ELF file holding a Go build ID note at some offset.
func elfNote(order binary.AppendByteOrder, id string) []byte {
	b := make([]byte, 3944)
	copy(b, "\x7fELF\x02\x01")
	if order == binary.AppendByteOrder(binary.BigEndian) {
		b[5] = 2
	}
	// A GNU note first, to be skipped.
	b = order.AppendUint32(b, 4)
	b = order.AppendUint32(b, 20)
	b = order.AppendUint32(b, 3)
	b = append(b, "GNU\x00"...)
	b = append(b, bytes.Repeat([]byte{0xab}, 20)...)
	b = order.AppendUint32(b, 4)
	b = order.AppendUint32(b, uint32(len(id)))
	b = order.AppendUint32(b, 4)
	b = append(b, "Go\x00\x00"...)
	b = append(b, id...)
	return append(b, 0, 0, 0, 0)
}

func TestBuildID(t *testing.T) {
	const id = "SZpLhGsA4BVodnkdUY_D/cYJhAClwut1tq5AqAXOo/nasDk-iAvFNPK_Qz7026/t5VYiByHjQwKdAMyhf_B"
	tests := []struct {
		name string
		head []byte
		want string
	}{
		{"ELF little endian", elfNote(binary.LittleEndian, id), id},
		{"ELF big endian", elfNote(binary.BigEndian, id), id},
		{"ELF note cut off", elfNote(binary.LittleEndian, id)[:3944+40], ""},
		{"ELF built with -buildid=", elfNote(binary.LittleEndian, ""), ""},
		{"raw (Mach-O, PE)", append(make([]byte, 0x600), "\xff Go build ID: \""+id+"\"\n \xff"...), id},
		{"raw, not closed", []byte("\xff Go build ID: \"" + id), ""},
		{"Go text but no ID", []byte("\x7fELF\x02\x01 Go\x00\x00 and nothing"), ""},
		{"empty", nil, ""},
	}
	for _, tt := range tests {
		if got := BuildID(tt.head); got != tt.want {
			t.Errorf("%s: BuildID = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestIdentifyWithoutBuildID: an executable with no build ID is known by the hash of all
// its bytes, so two such builds still differ.
func TestIdentifyWithoutBuildID(t *testing.T) {
	a := bytes.Repeat([]byte("not a go binary "), 10000)
	b := append(bytes.Clone(a), '!') // differs after the part searched for a build ID
	ida, idb := identify(bytes.NewReader(a)), identify(bytes.NewReader(b))
	if !strings.HasPrefix(ida, "sha256:") || ida == idb {
		t.Errorf("identities %q and %q", ida, idb)
	}
	if identify(bytes.NewReader(elfNote(binary.LittleEndian, "x/y"))) != "go:x/y" {
		t.Error("a build ID was not preferred to the hash")
	}
}

// BenchmarkSelf is what finding the identity costs a follow run (once): opening the
// executable, reading its first 64 KB and finding the note.
func BenchmarkSelf(b *testing.B) {
	for b.Loop() {
		f, err := openSelf()
		if err != nil {
			b.Fatal(err)
		}
		if identify(f) == "" {
			b.Fatal("no identity")
		}
		f.Close()
	}
}
