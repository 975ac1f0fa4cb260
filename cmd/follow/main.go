// Command follow keeps follow-up records of dispatched staff. See README.md.
package main

import (
	"os"

	"github.com/staffnote/follow/pkg/cli"
)

func main() { os.Exit(cli.Main()) }
