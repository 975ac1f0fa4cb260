package cmdutil

import (
	"runtime/debug"
	"testing"
)

func TestBuildInfoCompleted(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	checkout := &debug.BuildInfo{
		Main: debug.Module{Version: "v0.0.0-20261128174500-b2da2c2a1b2c"},
		Settings: vcs("-buildmode", "exe", "vcs", "git", "vcs.revision", "b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901",
			"vcs.time", "2026-11-28T17:45:00Z", "vcs.modified", "false"),
	}
	for _, c := range []struct {
		name string
		in   BuildInfo
		bi   *debug.BuildInfo
		want string
	}{
		{"release build: ldflags win over the build info", BuildInfo{"0.3.0", "0123456789abcdef0123456789abcdef01234567", "2026-12-04T05:27:07Z"}, checkout,
			"0.3.0 (commit 0123456789abcdef0123456789abcdef01234567, 2026-12-04T05:27:07Z)"},
		{"go build in a checkout", BuildInfo{}, checkout,
			"v0.0.0-20261128174500-b2da2c2a1b2c (commit b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901, 2026-11-28T17:45:00Z)"},
		{"go build with uncommitted changes", BuildInfo{}, &debug.BuildInfo{
			Main:     debug.Module{Version: "v0.0.0-20261128174500-b2da2c2a1b2c+dirty"},
			Settings: vcs("vcs.revision", "b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901", "vcs.time", "2026-11-28T17:45:00Z", "vcs.modified", "true")},
			"v0.0.0-20261128174500-b2da2c2a1b2c+dirty (commit b2da2c2a1b2c3d4e5f60718293a4b5c6d7e8f901+dirty, 2026-11-28T17:45:00Z)"},
		{"go install module@version: no vcs settings", BuildInfo{}, &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}},
			"v0.3.0 (commit unknown, date unknown)"},
		{"go run, or vcs stamping off", BuildInfo{}, &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			"devel (commit unknown, date unknown)"},
		{"no build info", BuildInfo{}, nil, "devel (commit unknown, date unknown)"},
		{"only a version set", BuildInfo{Version: "0.3.0"}, &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			"0.3.0 (commit unknown, date unknown)"},
	} {
		if got := c.in.completed(c.bi).String(); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}
