package report

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// The report is checked in a real browser: headless Chromium (Debian's chromium package;
// .ci/run installs it) loads the overview with JavaScript disabled, a screenshot is taken
// and the rendered DOM is read back. The test fails on a blank or broken page, on any
// request that is not for a file of the report, and on a failed load.
//
// Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe), not
// with --screenshot and --dump-dom: those two switches evaluate script in the page to do
// their work, so together with --blink-settings=scriptEnabled=false they silently write
// nothing (Chromium 156). Over the protocol, Emulation.setScriptExecutionDisabled turns
// script off for the page while the screenshot and the DOM are taken from outside it.

// chromiumPath finds the browser, or "" when it is not installed.
func chromiumPath() string {
	if p := os.Getenv("FOLLOW_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// needChromium skips the test when Chromium is missing, except in CI (CI=true), where a
// missing browser is a failure.
func needChromium(t *testing.T) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the browser is driven over --remote-debugging-pipe, file descriptors 3 and 4, which Go cannot hand to a child process on Windows (exec.Cmd.ExtraFiles)")
	}
	bin := chromiumPath()
	if bin != "" {
		return bin
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed, and CI=true: .ci/run must install it (apt-get install -y chromium fonts-noto-cjk)")
	}
	t.Skip("chromium is not installed (apt-get install chromium); with CI=true this test fails instead")
	return ""
}

func TestBrowserOverview(t *testing.T) {
	bin := needChromium(t)
	dir := t.TempDir()
	site := fixtureSite(t, "ja")
	if err := site.Write(dir, false); err != nil {
		t.Fatal(err)
	}
	// A page whose script would add an element: proof that script is really off.
	jsPage := filepath.Join(dir, "js-probe.html")
	if err := os.WriteFile(jsPage, []byte(`<!DOCTYPE html><html><body><p id="static">static</p><script>var p=document.createElement('p');p.id='js-'+'ran';document.body.appendChild(p)</script></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}

	b := startBrowser(t, bin)
	probe := b.load(t, jsPage, false)
	if !strings.Contains(probe.dom, `id="static"`) || strings.Contains(probe.dom, `id="js-ran"`) {
		t.Fatalf("JavaScript is not disabled in the browser under test:\n%s", probe.dom)
	}

	index := filepath.Join(dir, "index.html")
	got := b.load(t, index, true)
	shot := filepath.Join(dir, "overview.png")
	if err := os.WriteFile(shot, got.png, 0o644); err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("FOLLOW_SCREENSHOT_DIR"); out != "" {
		_ = os.MkdirAll(out, 0o755)
		_ = os.WriteFile(filepath.Join(out, "report-overview.png"), got.png, 0o644)
	}
	checkScreenshot(t, got.png, 1280, 2000)

	dom := got.dom
	for _, want := range []string{
		"<h1>フォローレポート</h1>",
		`<h2>期日の近い・過ぎた項目（担当者別）</h2>`,
		`<h2>数字</h2>`,
		`<h2>スタッフ一覧</h2>`,
		`<h3 class="person">中村 亮 `,
		`<h3 class="person">林 由紀 `,
		`<svg class="chart"`,
		`data-fig="total/renewal_rate"`,
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
	// The staff table has one row per staff member, each linking to its page.
	staff := dom[strings.Index(dom, `<table class="staff">`):]
	staff = staff[:strings.Index(staff, "</table>")]
	rows := regexp.MustCompile(`<tr[ >]`).FindAllString(staff, -1)
	if len(rows) != 1+len(site.Pages) {
		t.Errorf("staff table has %d rows, want a header and %d staff", len(rows), len(site.Pages))
	}
	for _, p := range site.Pages {
		if !strings.Contains(staff, `href="`+p+`"`) {
			t.Errorf("staff table does not link %s", p)
		}
	}
	if strings.Contains(dom, "<script") {
		t.Error("the rendered overview holds a script element")
	}

	// A staff page renders too, with its visit log.
	page := b.load(t, filepath.Join(dir, "staff", "T0001.html"), true)
	checkScreenshot(t, page.png, 1280, 2000)
	for _, want := range []string{"<h1>青木 さくら", `<section id="log">`, "<h3>2026-01-08 visit 定期訪問</h3>"} {
		if !strings.Contains(page.dom, want) {
			t.Errorf("staff page DOM lacks %q", want)
		}
	}
	b.close(t)
}

// checkScreenshot fails on a missing, wrongly sized, or blank (single-colour) image.
func checkScreenshot(t *testing.T, data []byte, w, h int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	bnd := img.Bounds()
	if bnd.Dx() != w || bnd.Dy() != h {
		t.Errorf("screenshot is %dx%d, want %dx%d", bnd.Dx(), bnd.Dy(), w, h)
	}
	colours := map[[4]uint32]int{}
	dark := 0
	for y := bnd.Min.Y; y < bnd.Max.Y; y += 2 {
		for x := bnd.Min.X; x < bnd.Max.X; x += 2 {
			r, g, b, a := img.At(x, y).RGBA()
			colours[[4]uint32{r >> 8, g >> 8, b >> 8, a >> 8}]++
			if r>>8 < 100 && g>>8 < 100 && b>>8 < 100 {
				dark++
			}
		}
	}
	if len(colours) < 2 {
		t.Fatalf("screenshot is blank: a single colour")
	}
	// Text is drawn: some dark pixels, and more than a handful of colours (anti-aliasing).
	if dark < 500 || len(colours) < 16 {
		t.Errorf("screenshot looks empty: %d colours, %d dark pixels", len(colours), dark)
	}
}

// browser is a headless Chromium driven over the DevTools protocol on a pipe.
type browser struct {
	cmd    *exec.Cmd
	in     *os.File // we write commands
	out    *os.File // we read replies and events
	mu     sync.Mutex
	nextID int
	wait   map[int]chan cdpMsg
	events chan cdpMsg
	stderr bytes.Buffer
	done   chan struct{}
}

type cdpMsg struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *cdpError       `json:"error,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
}

type cdpError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func startBrowser(t *testing.T, bin string) *browser {
	t.Helper()
	profile := t.TempDir()
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	resR, resW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	b := &browser{in: cmdW, out: resR, wait: map[int]chan cdpMsg{}, events: make(chan cdpMsg, 1024), done: make(chan struct{})}
	b.cmd = exec.Command(bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
		"--user-data-dir="+profile, "--window-size=1280,2000", "--remote-debugging-pipe", "about:blank")
	b.cmd.ExtraFiles = []*os.File{cmdR, resW} // fd 3: commands in, fd 4: replies out
	b.cmd.Stderr = &b.stderr
	if err := b.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	cmdR.Close()
	resW.Close()
	exited := make(chan struct{})
	go func() { _ = b.cmd.Wait(); close(exited) }()
	// Runs before the profile directory is removed (cleanups run last first).
	t.Cleanup(func() {
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = b.cmd.Process.Kill()
			<-exited
		}
		b.in.Close()
		b.out.Close()
	})
	go b.read()
	return b
}

func (b *browser) read() {
	defer close(b.done)
	r := bufio.NewReader(b.out)
	for {
		raw, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var m cdpMsg
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil {
			continue
		}
		if m.ID != 0 {
			b.mu.Lock()
			ch := b.wait[m.ID]
			delete(b.wait, m.ID)
			b.mu.Unlock()
			if ch != nil {
				ch <- m
			}
			continue
		}
		select {
		case b.events <- m:
		default: // nobody listens to this many events; drop
		}
	}
}

// call sends a command (to the browser, or to a page session) and waits for its result.
func (b *browser) call(t *testing.T, session, method string, params any, result any) {
	t.Helper()
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan cdpMsg, 1)
	b.wait[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	raw, _ := json.Marshal(msg)
	if _, err := b.in.Write(append(raw, 0)); err != nil {
		t.Fatalf("%s: %v\n%s", method, err, b.stderr.String())
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			t.Fatalf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				t.Fatalf("%s: %v", method, err)
			}
		}
	case <-b.done:
		t.Fatalf("%s: the browser went away\n%s", method, b.stderr.String())
	case <-time.After(60 * time.Second):
		t.Fatalf("%s: no answer in 60s\n%s", method, b.stderr.String())
	}
}

type loaded struct {
	png []byte
	dom string
}

// load opens file in a new tab with script disabled, waits for the load event, and returns
// a screenshot (when shot) and the DOM. Any request that is not for a file: or data: URL,
// and any failed request, fails the test.
func (b *browser) load(t *testing.T, file string, shot bool) loaded {
	t.Helper()
	var target struct {
		TargetID string `json:"targetId"`
	}
	b.call(t, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target)
	var att struct {
		SessionID string `json:"sessionId"`
	}
	b.call(t, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &att)
	s := att.SessionID
	b.call(t, s, "Emulation.setScriptExecutionDisabled", map[string]any{"value": true}, nil)
	b.call(t, s, "Emulation.setDeviceMetricsOverride", map[string]any{"width": 1280, "height": 2000, "deviceScaleFactor": 1, "mobile": false}, nil)
	b.call(t, s, "Page.enable", nil, nil)
	b.call(t, s, "Network.enable", nil, nil)
	url := "file://" + filepath.ToSlash(file)
	var nav struct {
		ErrorText string `json:"errorText"`
	}
	b.call(t, s, "Page.navigate", map[string]any{"url": url}, &nav)
	if nav.ErrorText != "" {
		t.Fatalf("loading %s: %s", url, nav.ErrorText)
	}
	deadline := time.After(60 * time.Second)
wait:
	for {
		select {
		case ev := <-b.events:
			if ev.SessionID != s {
				continue
			}
			switch ev.Method {
			case "Page.loadEventFired":
				break wait
			case "Network.requestWillBeSent":
				var p struct {
					Request struct {
						URL string `json:"url"`
					} `json:"request"`
				}
				_ = json.Unmarshal(ev.Params, &p)
				if u := p.Request.URL; !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
					t.Errorf("%s requested %s", filepath.Base(file), u)
				}
			case "Network.loadingFailed":
				t.Errorf("%s: a request failed: %s", filepath.Base(file), ev.Params)
			}
		case <-b.done:
			t.Fatalf("the browser went away while loading %s\n%s", url, b.stderr.String())
		case <-deadline:
			t.Fatalf("%s did not finish loading in 60s", url)
		}
	}
	var out loaded
	if shot {
		var res struct {
			Data string `json:"data"`
		}
		b.call(t, s, "Page.captureScreenshot", map[string]any{"format": "png"}, &res)
		data, err := base64.StdEncoding.DecodeString(res.Data)
		if err != nil || len(data) == 0 {
			t.Fatalf("no screenshot of %s: %v", url, err)
		}
		out.png = data
	}
	var doc struct {
		Root struct {
			NodeID int `json:"nodeId"`
		} `json:"root"`
	}
	b.call(t, s, "DOM.getDocument", map[string]any{"depth": -1}, &doc)
	var html struct {
		OuterHTML string `json:"outerHTML"`
	}
	b.call(t, s, "DOM.getOuterHTML", map[string]any{"nodeId": doc.Root.NodeID}, &html)
	out.dom = html.OuterHTML
	b.call(t, "", "Target.closeTarget", map[string]any{"targetId": target.TargetID}, nil)
	return out
}

func (b *browser) close(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	b.mu.Unlock()
	raw, _ := json.Marshal(map[string]any{"id": id, "method": "Browser.close"})
	if _, err := b.in.Write(append(raw, 0)); err != nil && !errors.Is(err, os.ErrClosed) && !errors.Is(err, io.ErrClosedPipe) {
		t.Logf("Browser.close: %v", err)
	}
	select {
	case <-b.done:
	case <-time.After(15 * time.Second):
		t.Log("the browser did not close in 15s; it is killed")
	}
}
