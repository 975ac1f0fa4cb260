package main

// End-to-end tests: every script in testdata/script types follow commands as a user
// would and checks what they print and what they leave on disk.
//
// The test binary doubles as the follow command (testscript.Main copies it into a
// directory on $PATH under the name follow), so `exec follow ...` runs the real
// command in a separate process with the script's environment.
//
// Scripts start from a minimal environment (no LANG, no NO_COLOR, no FOLLOW_*) and pin
// today with FOLLOW_TODAY or --today themselves.
//
// To rewrite the golden sections of the scripts (the files compared with cmp) from
// the current behaviour, run
//
//	go test ./cmd/follow -run TestScripts -update
//
// and review the diff of testdata/script before committing it.

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/japanese"

	"github.com/staffnote/follow/pkg/cli"
	"github.com/staffnote/follow/pkg/sanitize"
)

var update = flag.Bool("update", false, "rewrite the cmp golden files inside testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"follow": func() { os.Exit(cli.Main(cli.BuildInfo{})) },
	})
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup:               skipSlashPathsOnWindows,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"ctrl":    cmdCtrl,
			"noctrl":  cmdNoCtrl,
			"exits":   cmdExits,
			"langs":   cmdLangs,
			"crlf":    cmdCRLF,
			"replace": cmdReplace,
			"files":   cmdFiles,
			"json":    cmdJSON,
			"lines":   cmdLines,
			"sjis":    cmdSJIS,
			"bom":     cmdBOM,
			"unfold":  cmdUnfold,
		},
	})
}

// slashPathScripts expect the paths follow prints written with /. On Windows follow prints
// them the Windows way (records\S0001.md), so these scripts cannot apply there as written;
// every other script runs on Windows too.
var slashPathScripts = map[string]bool{
	"calls": true, "due": true, "editor_stdin": true, "guard_write": true, "hostile_text": true,
	"import_bad": true, "import_bom": true, "import_notes": true, "import_reimport": true,
	"import_sjis": true, "init_schema_fmt": true, "lang_lifecycle": true, "lint": true,
	"new_create": true, "new_refuse": true, "new_visit": true, "yaml_error_line": true,
}

func skipSlashPathsOnWindows(env *testscript.Env) error {
	if runtime.GOOS != "windows" {
		return nil
	}
	if t, ok := env.T().(interface{ Name() string }); ok && slashPathScripts[path.Base(t.Name())] {
		env.T().Skip("this script expects paths written with /, and follow prints Windows paths (records\\S0001.md) on Windows")
	}
	return nil
}

// exits CODE PROG [ARGS...] runs a program like exec and checks its exit code, so a
// script can tell a usage error (2) from a data error (1). stdout and stderr are
// kept for the following stdout/stderr/cmp lines.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad exit code %q", args[0])
	}
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %s did not run: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// langs PROG [ARGS...] runs a program as readers of every language would: with
// LANG=C.UTF-8, LANG=C, LANG=en_US.UTF-8 and LANG=ja_JP.UTF-8, with --lang en under a
// Japanese LANG and with --lang ja under LANG=C and LANG=C.UTF-8. It fails unless the standard output and the exit code are
// the same byte for byte every time: machine output does not depend on the reader. The
// stdout and stderr of the last run stay for the lines that follow.
func cmdLangs(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: langs PROG [ARGS...]")
	}
	vars := []string{"LANG", "LC_ALL", "LC_MESSAGES"}
	saved := map[string]string{}
	for _, v := range vars {
		saved[v] = ts.Getenv(v)
	}
	defer func() {
		for _, v := range vars {
			ts.Setenv(v, saved[v])
		}
	}()
	var first string
	firstCode := 0
	for i, run := range [...]struct{ lang, flag string }{{"C.UTF-8", ""}, {"C", ""}, {"en_US.UTF-8", ""}, {"ja_JP.UTF-8", ""}, {"ja_JP.UTF-8", "en"}, {"C", "ja"}, {"C.UTF-8", "ja"}} {
		ts.Setenv("LC_ALL", "")
		ts.Setenv("LC_MESSAGES", "")
		ts.Setenv("LANG", run.lang)
		a := append([]string(nil), args[1:]...)
		if run.flag != "" {
			a = append(a, "--lang", run.flag)
		}
		code := 0
		if err := ts.Exec(args[0], a...); err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				ts.Fatalf("langs: %s did not run: %v", args[0], err)
			}
			code = ee.ExitCode()
		}
		out := ts.ReadFile("stdout")
		if i == 0 {
			first, firstCode = out, code
			continue
		}
		if code != firstCode {
			ts.Fatalf("LANG=%s --lang %q: exit %d, with LANG=C.UTF-8 %d", run.lang, run.flag, code, firstCode)
		}
		if out != first {
			ts.Fatalf("LANG=%s --lang %q: stdout differs from LANG=C.UTF-8's:\n%s\n--- LANG=C.UTF-8:\n%s", run.lang, run.flag, out, first)
		}
	}
}

// crlf FILE... rewrites the files with CRLF line ends (txtar archives cannot hold CR
// bytes comfortably, so scripts write LF and convert).
func cmdCRLF(ts *testscript.TestScript, neg bool, args []string) {
	rewrite(ts, neg, "crlf", args, func(data []byte) []byte {
		s := strings.ReplaceAll(string(data), "\r\n", "\n")
		return []byte(strings.ReplaceAll(s, "\n", "\r\n"))
	})
}

// ctrlNames are the control characters a script writes by name with ctrl: a txtar file
// holding them raw would act on the terminal of whoever reads it.
var ctrlNames = strings.NewReplacer("{ESC}", "\x1b", "{BEL}", "\a", "{CSI}", "\u009b", "{RLO}", "\u202e", "{CR}", "\r")

// ctrl FILE... replaces {ESC}, {BEL}, {CSI} (the C1 control U+009B), {RLO} (U+202E) and
// {CR} in the files with those characters.
func cmdCtrl(ts *testscript.TestScript, neg bool, args []string) {
	rewrite(ts, neg, "ctrl", args, func(data []byte) []byte { return []byte(ctrlNames.Replace(string(data))) })
}

// noctrl checks that the last command printed no control character a terminal acts on
// (sanitize.Index: C0 but tab, newline and the CR of CRLF, DEL, C1, bidi controls, invalid
// UTF-8), on stdout nor on stderr.
func cmdNoCtrl(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: noctrl")
	}
	for _, name := range []string{"stdout", "stderr"} {
		out := ts.ReadFile(name)
		if i, r := sanitize.Index(out); i >= 0 {
			ts.Fatalf("%s holds %U raw at byte %d: %q", name, r, i, out[max(0, i-40):min(len(out), i+40)])
		}
	}
}

// sjis FILE... rewrites UTF-8 files in Shift_JIS (CP932), as Excel saves a CSV in Japan
// (a txtar archive holds UTF-8 text, so scripts write UTF-8 and convert).
func cmdSJIS(ts *testscript.TestScript, neg bool, args []string) {
	rewrite(ts, neg, "sjis", args, func(data []byte) []byte {
		out, err := japanese.ShiftJIS.NewEncoder().Bytes(data)
		ts.Check(err)
		return out
	})
}

// bom FILE... puts a UTF-8 byte order mark before the files' text, as Excel's
// "CSV UTF-8" does.
func cmdBOM(ts *testscript.TestScript, neg bool, args []string) {
	rewrite(ts, neg, "bom", args, func(data []byte) []byte { return append([]byte("\ufeff"), data...) })
}

// rewrite replaces each file named in args with conv of its bytes.
func rewrite(ts *testscript.TestScript, neg bool, name string, args []string, conv func([]byte) []byte) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: %s FILE...", name)
	}
	for _, file := range args {
		p := ts.MkAbs(file)
		data, err := os.ReadFile(p)
		ts.Check(err)
		ts.Check(os.WriteFile(p, conv(data), 0o666))
	}
}

// replace FILE OLD NEW replaces every OLD in the file with NEW, and fails when there is none
// (sed -i is not portable: BSD sed on macOS reads its next argument as a backup suffix).
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: replace FILE OLD NEW")
	}
	p := ts.MkAbs(args[0])
	data, err := os.ReadFile(p)
	ts.Check(err)
	if !strings.Contains(string(data), args[1]) {
		ts.Fatalf("replace: no %q in %s", args[1], args[0])
	}
	ts.Check(os.WriteFile(p, []byte(strings.ReplaceAll(string(data), args[1], args[2])), 0o666))
}

// files DIR prints every regular file below DIR (hidden ones too), one slash-separated
// relative path a line, sorted, so a script can cmp what exists on disk.
func cmdFiles(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: files DIR")
	}
	root := ts.MkAbs(args[0])
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	ts.Check(err)
	sort.Strings(out)
	for _, p := range out {
		fmt.Fprintln(ts.Stdout(), p)
	}
}

// lines FILE REGEXP checks that every line of the file (or stdout/stderr) matches the
// regular expression, and that there is at least one line.
func cmdLines(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: lines FILE REGEXP")
	}
	re, err := regexp.Compile(args[1])
	ts.Check(err)
	text := strings.TrimSuffix(ts.ReadFile(args[0]), "\n")
	if text == "" {
		ts.Fatalf("lines: %s is empty", args[0])
	}
	for i, l := range strings.Split(text, "\n") {
		if !re.MatchString(l) {
			ts.Fatalf("lines: line %d of %s does not match %s: %q", i+1, args[0], args[1], l)
		}
	}
}

// json checks a JSON array (in a file, or stdout/stderr of the last command):
//
//	json len FILE N                  the array has N elements
//	json keys FILE KEY...            every element is an object holding every KEY
//	json field FILE INDEX KEY VALUE  element INDEX has KEY equal to VALUE (strings
//	                                 compare as they are, other values as JSON text)
//	json all FILE KEY VALUE          every element has KEY equal to VALUE
//	json has FILE KEY=VALUE...       some element has every KEY equal to its VALUE
//
// With !, field and all check that the value differs (for all: in every element), and
// has that no element matches.
func cmdJSON(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: json len|keys|field|all FILE ...")
	}
	op, file := args[0], args[1]
	var arr []map[string]any
	if err := json.Unmarshal([]byte(ts.ReadFile(file)), &arr); err != nil {
		ts.Fatalf("json: %s is not a JSON array of objects: %v", file, err)
	}
	text := func(v any) string {
		if s, ok := v.(string); ok {
			return s
		}
		b, _ := json.Marshal(v)
		return string(b)
	}
	switch op {
	case "len":
		if neg || len(args) != 3 {
			ts.Fatalf("usage: json len FILE N")
		}
		if want := args[2]; strconv.Itoa(len(arr)) != want {
			ts.Fatalf("json: %s has %d elements, want %s", file, len(arr), want)
		}
	case "keys":
		if neg || len(args) < 3 {
			ts.Fatalf("usage: json keys FILE KEY...")
		}
		if len(arr) == 0 {
			ts.Fatalf("json: %s is an empty array", file)
		}
		for i, obj := range arr {
			for _, k := range args[2:] {
				if _, ok := obj[k]; !ok {
					ts.Fatalf("json: element %d of %s has no %q", i, file, k)
				}
			}
		}
	case "field":
		if len(args) != 5 {
			ts.Fatalf("usage: json field FILE INDEX KEY VALUE")
		}
		i, err := strconv.Atoi(args[2])
		if err != nil || i < 0 || i >= len(arr) {
			ts.Fatalf("json: no element %s in %s (%d elements)", args[2], file, len(arr))
		}
		v, ok := arr[i][args[3]]
		if !ok {
			ts.Fatalf("json: element %d of %s has no %q", i, file, args[3])
		}
		if got := text(v); (got == args[4]) == neg {
			ts.Fatalf("json: element %d of %s: %s is %q (want %s%q)", i, file, args[3], got, map[bool]string{true: "not "}[neg], args[4])
		}
	case "all":
		if len(args) != 4 {
			ts.Fatalf("usage: json all FILE KEY VALUE")
		}
		for i, obj := range arr {
			if got := text(obj[args[2]]); (got == args[3]) == neg {
				ts.Fatalf("json: element %d of %s: %s is %q (want %s%q)", i, file, args[2], got, map[bool]string{true: "not "}[neg], args[3])
			}
		}
	case "has":
		if len(args) < 3 {
			ts.Fatalf("usage: json has FILE KEY=VALUE...")
		}
		found := -1
		for i, obj := range arr {
			match := true
			for _, kv := range args[2:] {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					ts.Fatalf("json has: %q is not KEY=VALUE", kv)
				}
				got, present := obj[k]
				match = match && present && text(got) == v
			}
			if match {
				found = i
				break
			}
		}
		if found < 0 && !neg {
			ts.Fatalf("json: no element of %s has %s", file, strings.Join(args[2:], " "))
		}
		if found >= 0 && neg {
			ts.Fatalf("json: element %d of %s has %s", found, file, strings.Join(args[2:], " "))
		}
	default:
		ts.Fatalf("json: unknown check %q (len, keys, field, all, has)", op)
	}
}

// unfold FILE writes the last command's stdout, a calendar, to FILE as its content lines:
// CRLF made LF and folded lines joined (RFC 5545 section 3.1), so grep can match a whole
// property.
func cmdUnfold(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: unfold FILE")
	}
	s := strings.ReplaceAll(ts.ReadFile("stdout"), "\r\n ", "")
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(strings.ReplaceAll(s, "\r\n", "\n")), 0o644))
}
