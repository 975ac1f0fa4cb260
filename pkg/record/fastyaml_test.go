package record

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameNodes compares what the decoder and the editor use of two node trees.
func sameNodes(a, b *yaml.Node, path string) error {
	if a.Kind != b.Kind || a.Line != b.Line || a.Column != b.Column || a.Style != b.Style ||
		(a.Tag == "!!null") != (b.Tag == "!!null") || len(a.Content) != len(b.Content) {
		return fmt.Errorf("%s: fast {kind %d tag %s value %q at %d:%d style %d, %d children} but yaml {kind %d tag %s value %q at %d:%d style %d, %d children}",
			path, a.Kind, a.Tag, a.Value, a.Line, a.Column, a.Style, len(a.Content), b.Kind, b.Tag, b.Value, b.Line, b.Column, b.Style, len(b.Content))
	}
	if a.Kind == yaml.ScalarNode && a.Value != b.Value {
		return fmt.Errorf("%s: value fast %q, yaml %q", path, a.Value, b.Value)
	}
	for i := range a.Content {
		if err := sameNodes(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); err != nil {
			return err
		}
	}
	return nil
}

// checkFast fails when fastYAML answers differently from the full parser.
func checkFast(t *testing.T, name string, text []byte) bool {
	t.Helper()
	fast, ok := fastYAML(text)
	if !ok {
		return false
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		t.Errorf("%s: fastYAML accepted what yaml refuses (%v):\n%s", name, err, text)
		return true
	}
	if len(doc.Content) == 0 {
		t.Errorf("%s: fastYAML accepted an empty document", name)
		return true
	}
	if err := sameNodes(fast, doc.Content[0], ""); err != nil {
		t.Errorf("%s: %v\n%s", name, err, text)
	}
	return true
}

var fastCases = []string{
	"a: 1\n",
	"a:\nb: ~\nc: []\nd:\n- x: 1\n  y:\ne:\n  - 1\n  - q\nf: 'x'\ng: \"y\"  # c\nh: 山田 x\n",
	"id: S1\nname: 山田 花子\ncontract:\n  end: 2027-01-31\n  renewals: 2\n  history:\n    - from: 2026-01-01\n      until: 2026-03-31\n",
	"requests:\n  - id: R1\n    what: 椅子が低い（腰が痛くなる）\n    due: 2026-12-01\n\n  # old\n  - id: R2\n    what: x\n",
	"next:   2026-11-01   # fixed at the visit\n",
	"a: b#c\n",
	"k: \"山田 花子\"\n",
	"k: v\n# trailing comment\n",
	"tags:\n- a\n- b\n",
	"k:\n  nested:\n    deeper: x\n  back: y\nz: 1\n",
	"k: 0x1F\nl: 1e3\nm: yes\nn: null\no: Null\np: ~\n",
	"k: x:y\n",
	"requests:\n-   id: R1\n    what: x\n",
	"tags: [経理, 初回契約]\n",
	"tags: [a,b ,  c]  # x\n",
	"tags: []\n",
}

var fastRefused = []string{
	"a: |\n  x\n",
	"a: &x 1\nb: *x\n",
	"a: {b: 1}\n",
	"a: [1, [2]]\n",
	"a: [ ]\n",
	"a: [x, ]\n",
	"a: 'it''s'\n",
	"a: \"q\\\"\"\n",
	"a:\tb\n",
	"a: b\n  c\n",
	"- a\n",
	"a: b: c\n",
	"\"a\": 1\n",
	"a :1\n",
	"a: # only a comment\n",
	"a:\n-\n  b: 1\n",
}

func TestFastYAMLAgreesWithYAML(t *testing.T) {
	for i, c := range fastCases {
		if !checkFast(t, fmt.Sprint("case ", i), []byte(c)) {
			t.Errorf("case %d: fastYAML declined a plain document:\n%s", i, c)
		}
	}
	for i, c := range fastRefused {
		if _, ok := fastYAML([]byte(c)); ok {
			// Accepting is allowed only when the answer is the same.
			checkFast(t, fmt.Sprint("refused ", i), []byte(c))
		}
	}
}

// Every sample record and every edit golden is read the same way by both parsers, and
// the samples are in the fast subset.
func TestFastYAMLOnFiles(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../records/*.md", "../../records/*/*.md", "testdata/edit/*", "testdata/fmt/*"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no files")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lay, err := split(f, src)
		if err != nil {
			continue
		}
		ok := checkFast(t, f, src[lay.yamlStart:lay.yamlEnd])
		if strings.Contains(f, "records/") && !ok {
			t.Errorf("%s: sample record not in the fast subset", f)
		}
	}
}

func FuzzFastYAML(f *testing.F) {
	for _, c := range append(append([]string{}, fastCases...), fastRefused...) {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFast(t, "fuzz", []byte(s))
	})
}
