#!/bin/sh
# release-extras.sh: what the release archives ship beside the binary (.goreleaser.yaml runs
# it in before.hooks): shell completions in completions/ and man pages in manpages/man1/
# (English) and manpages/ja/man1/ (Japanese, where man(1) looks with LANG=ja_JP.UTF-8).
# The pages are dated by the commit being released: pass its date (RFC 3339) as $1.
set -eu
cd "$(dirname "$0")/.."
rm -rf completions manpages
mkdir -p completions
go build -o completions/.follow -ldflags "-X main.date=${1:-}" ./cmd/follow
for sh in bash zsh fish powershell; do
  ext=$sh; [ "$sh" = powershell ] && ext=ps1
  ./completions/.follow completion "$sh" >"completions/follow.$ext"
done
./completions/.follow man manpages
rm -f completions/.follow
