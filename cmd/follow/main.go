// Command follow keeps follow-up records of dispatched staff. See README.md.
package main

import (
	"os"

	"github.com/staffnote/follow/pkg/cli"
)

// Set by the release build (.goreleaser.yaml): -ldflags "-X main.version=0.3.0
// -X main.commit=<git commit> -X main.date=<commit date>". Left empty, follow reads them
// from the Go build info (go install, or go build in a git checkout).
var version, commit, date string

func main() {
	os.Exit(cli.Main(cli.BuildInfo{Version: version, Commit: commit, Date: date}))
}
