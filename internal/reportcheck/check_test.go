package reportcheck

import (
	"strings"
	"testing"
)

func TestFilesFindsProblems(t *testing.T) {
	files := []File{
		{Path: "index.html", Data: []byte(`<a href="staff/A.html">a</a><a href="staff/B.html">b</a><a href="#x">x</a><a href="https://e.example/">e</a>` +
			`<a href="//cdn.example/x">c</a><img src="p.png"><p onclick="f()">t</p><style>body{background:url(x.png)}</style><script>1</script><p id="y">`)},
		{Path: "staff/A.html", Data: []byte(`<a href="../index.html#y">back</a><a href="../index.html#z">bad</a>`)},
	}
	probs := strings.Join(Files(files), "\n")
	for _, want := range []string{"staff/B.html does not exist", `no id "x"`, `"https://e.example/" is not a relative`, `"//cdn.example/x" is not a relative`,
		"<img> element", "onclick", `"url("`, "<script> element", `no id "z"`} {
		if !strings.Contains(probs, want) {
			t.Errorf("problems lack %q:\n%s", want, probs)
		}
	}
	if strings.Contains(probs, "#y") {
		t.Errorf("a good fragment link reported:\n%s", probs)
	}
}
