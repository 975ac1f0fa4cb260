package record

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameNodes compares two node trees: everything equal, tags too, except that the fast
// parser tags every plain scalar that is not null !!str (see fastYAML).
func sameNodes(a, b *yaml.Node, path string) error {
	if a.Kind != b.Kind || a.Line != b.Line || a.Column != b.Column || a.Style != b.Style ||
		!sameTag(a, b) || len(a.Content) != len(b.Content) {
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

// sameTag: the fast parser's tag (a) is yaml.v3's (b), or !!str where yaml.v3 resolved a
// plain scalar to another tag that is not !!null (!!int, !!float, !!bool, !!timestamp).
func sameTag(a, b *yaml.Node) bool {
	if a.Tag == b.Tag {
		return true
	}
	return a.Kind == yaml.ScalarNode && a.Style == 0 && a.Tag == "!!str" && b.Tag != "!!null" && b.Tag != "!!str"
}

// decodedFrom decodes a front matter tree into a record, as Parse does, and returns what
// callers can see of it: every exported field.
func decodedFrom(text []byte, root *yaml.Node) []any {
	r := &Record{Path: "x.md", Src: text, lay: layout{yamlLine: 1}, keyAt: map[string]*yaml.Node{}, keyLines: map[string]int{}}
	r.root = root
	r.decode()
	v := reflect.ValueOf(r).Elem()
	var out []any
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).IsExported() {
			out = append(out, v.Field(i).Interface())
		}
	}
	return out
}

// checkFast fails when fastYAML answers differently from the full parser: other nodes,
// other tags than sameTag allows, or another record decoded from them.
func checkFast(t *testing.T, name string, text []byte) bool {
	t.Helper()
	var p fastParser
	fast, ok := p.parse(text)
	if !ok {
		return false
	}
	if p.spilled {
		t.Errorf("%s: the nodes did not fit the block of %d that split sized:\n%s", name, p.maxNodes, text)
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
		return true
	}
	if doc.Content[0].Kind == yaml.MappingNode {
		if a, b := decodedFrom(text, fast), decodedFrom(text, doc.Content[0]); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: the record decoded from the fast nodes differs:\nfast %+v\nyaml %+v\n%s", name, a, b, text)
		}
	}
	return true
}

// TestOnlyIsNullReadsTags: the only code of the package that reads a node's tag is
// isNull, which tells !!null from the rest; so the tags the fast parser leaves !!str
// (sameTag) cannot change what a record says. Writing a tag (fastyaml.go) is fine, and so
// is plainSafe, which asks yaml.v3 itself how it reads a value follow is about to write.
func TestOnlyIsNullReadsTags(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	readers := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, _ := d.(*ast.FuncDecl)
			written := map[ast.Expr]bool{}
			ast.Inspect(d, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						written[l] = true
					}
				}
				sel, ok := n.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Tag" || written[sel] {
					return true
				}
				if fn == nil || (fn.Name.Name != "isNull" && fn.Name.Name != "plainSafe") {
					t.Errorf("%s: a node's tag is read outside isNull", fset.Position(sel.Pos()))
				}
				readers++
				return true
			})
		}
	}
	if readers == 0 {
		t.Error("isNull reads no tag: this test looks at the wrong files")
	}
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
