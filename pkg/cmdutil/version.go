package cmdutil

import (
	"runtime/debug"
	"strings"
)

// BuildInfo says which build of follow is running; `follow --version` prints it as
//
//	follow VERSION (commit COMMIT, DATE)
//
// VERSION is the release version (0.3.0) or the module version `go install` recorded
// (v0.3.0, or a pseudo-version such as v0.0.0-20261128150000-b2da2c2a1b2c when built from a
// checkout), COMMIT the full git commit, with "+dirty" when the checkout had uncommitted
// changes, and DATE the commit's time in RFC 3339, UTC. What is not known reads "devel",
// "commit unknown" and "date unknown".
type BuildInfo struct {
	Version string
	Commit  string
	Date    string
}

// completed fills the fields a release build did not set (through main's -ldflags -X) from
// the Go build info: the module version of `go install`, and the vcs.revision, vcs.time
// and vcs.modified settings that `go build` stamps in a git checkout.
func (b BuildInfo) completed(bi *debug.BuildInfo) BuildInfo {
	if bi == nil {
		return b
	}
	if b.Version == "" && bi.Main.Version != "(devel)" {
		b.Version = bi.Main.Version
	}
	vcs := map[string]string{}
	for _, s := range bi.Settings {
		vcs[s.Key] = s.Value
	}
	if b.Commit == "" && vcs["vcs.revision"] != "" {
		b.Commit = vcs["vcs.revision"]
		if vcs["vcs.modified"] == "true" {
			b.Commit += "+dirty"
		}
	}
	if b.Date == "" {
		b.Date = vcs["vcs.time"]
	}
	return b
}

// String is the --version line without the program name.
func (b BuildInfo) String() string {
	or := func(s, dflt string) string {
		if s = strings.TrimSpace(s); s == "" {
			return dflt
		}
		return s
	}
	return or(b.Version, "devel") + " (commit " + or(b.Commit, "unknown") + ", " + or(b.Date, "date unknown") + ")"
}

// ResolveBuildInfo completes b from the running binary's build info.
func ResolveBuildInfo(b BuildInfo) BuildInfo {
	bi, _ := debug.ReadBuildInfo()
	return b.completed(bi)
}
