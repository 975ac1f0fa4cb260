#!/usr/bin/env bash
# bench/run.sh: measure follow on generated record trees beside two floors, cat and grep.
#
#   bench/run.sh                 # 1,000, 10,000 and 100,000 records
#   bench/run.sh 1000 10000      # only these sizes
#
# For every size N it generates N records with cmd/gen-records (seed 1, reused when the same
# generator already wrote them) plus one active record with 1,000 contacts (G000001), then
# measures, in one run:
#
#   cat      every byte of every record (find -print0 | xargs -0 cat)      floor 1
#   grep     grep -rc '^next:' over the tree                              floor 2
#   due      follow due --today T        cold (page cache dropped) and warm, without .follow/
#            (follow's caches), and repeated (warm, .follow/ left by the previous run)
#   lint     follow lint --today T                       cold and warm
#   new      follow new G000001 ... on the 1,000-contact record (restored after each run)
#   show     follow show G000001 on it
#
# cold: the page cache (data, dentries, inodes) is dropped before the run when this user
# may write /proc/sys/vm/drop_caches (root); otherwise every run is warm and the output
# says so. warm: the same command run again with unchanged files; the best of BENCH_REPEAT
# runs. new and show are compared with cat and grep of the one file they touch.
#
# Wall time is taken with bash's EPOCHREALTIME (1 ms resolution); CPU time (user + system),
# CPU share and peak memory (max RSS) with GNU time. Ratios are of wall times, to the floor
# measured in the same state. The markdown report goes to stdout, progress to stderr.
#
# Environment: BENCH_DATA (where trees are kept; default $TMPDIR/follow-bench),
# BENCH_SEED (1), BENCH_TODAY (2026-12-01), BENCH_REPEAT (3), BENCH_BIG (1000 contacts),
# BENCH_IDLE (e.g. 0.2: before each run, wait until other programs use fewer cores than
# that), BENCH_IDLE_WAIT (how long to wait at most, 600 s), BENCH_NICE (e.g. -10: run the
# measured commands at that priority, root only, so that other work disturbs them less).
set -euo pipefail

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
for n in "${sizes[@]}"; do
	[[ $n =~ ^[0-9]+$ ]] || { echo "usage: bench/run.sh [N ...]  (N: number of records)" >&2; exit 2; }
done

repo=$(cd "$(dirname "$0")/.." && pwd)
data=${BENCH_DATA:-${TMPDIR:-/tmp}/follow-bench}
seed=${BENCH_SEED:-1}
today=${BENCH_TODAY:-2026-12-01}
repeat=${BENCH_REPEAT:-3}
bigv=${BENCH_BIG:-1000}
big=G000001

mkdir -p "$data"
bin=$(mktemp -d "${TMPDIR:-/tmp}/follow-bench-bin.XXXXXX")
trap 'rm -rf "$bin"' EXIT

# GNU time, for peak memory.
TIME=/usr/bin/time
if ! "$TIME" -f '%M' true >/dev/null 2>&1; then
	echo "GNU time is missing: sudo apt-get install -y time" >&2
	exit 1
fi

echo "building follow, gen-records and the floors..." >&2
# follow is built as the release builds it (.goreleaser.yaml): static (CGO_ENABLED=0),
# -trimpath, -s -w. A plain go build links the C resolver (cobra's pflag imports net) and
# starts through the dynamic loader, about 4 ms more per run than what users run.
(cd "$repo" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$bin/follow" ./cmd/follow && go build -o "$bin/gen-records" ./cmd/gen-records)
# The floors of start-up and of follow new: a Go hello world, and a Go program that writes
# a file's bytes beside it as follow writes a record (temporary file, fsync, rename, fsync
# of the folder).
mkdir -p "$bin/floors/hello" "$bin/floors/fsyncwrite"
cat >"$bin/floors/hello/main.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello") }
GO
cat >"$bin/floors/fsyncwrite/main.go" <<'GO'
package main

import (
	"os"
	"path/filepath"
)

func main() {
	path := os.Args[1]
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	tmp := filepath.Join(filepath.Dir(path), ".floor.tmp")
	f, err := os.Create(tmp)
	if err != nil {
		panic(err)
	}
	if _, err := f.Write(data); err != nil {
		panic(err)
	}
	if err := f.Sync(); err != nil {
		panic(err)
	}
	f.Close()
	if err := os.Rename(tmp, path); err != nil {
		panic(err)
	}
	d, _ := os.Open(filepath.Dir(path))
	d.Sync()
	d.Close()
}
GO
printf 'module floors\n\ngo 1.22\n' >"$bin/floors/go.mod"
(cd "$bin/floors" && CGO_ENABLED=0 go build -trimpath -o "$bin/hello" ./hello && CGO_ENABLED=0 go build -trimpath -o "$bin/fsyncwrite" ./fsyncwrite)
built="$(cd "$repo" && git describe --always --dirty 2>/dev/null || echo '?') at $(date -u +%H:%MZ)"
follow="$bin/follow"
genhash=$(sha256sum "$bin/gen-records" | cut -c1-16)

# Can the page cache be dropped?
cold=no
if [ -w /proc/sys/vm/drop_caches ] && sync && echo 3 2>/dev/null >/proc/sys/vm/drop_caches; then
	cold=yes
fi
drop() {
	[ "$cold" = yes ] || return 0
	sync
	echo 3 >/proc/sys/vm/drop_caches
	# Bring the programs back, not the data: the floors and follow start equally.
	"$follow" --version >/dev/null
	find /dev/null >/dev/null; xargs true </dev/null; cat /dev/null; grep -c x /dev/null >/dev/null || true
}

# cpubusy: jiffies the whole machine has spent busy (not idle, not waiting for I/O).
cpubusy() {
	local _c user nice system idle iowait irq softirq steal _rest
	read -r _c user nice system idle iowait irq softirq steal _rest </proc/stat
	echo $((user + nice + system + irq + softirq + steal))
}
hz=$(getconf CLK_TCK)

# quiet: with BENCH_IDLE=C, wait (at most BENCH_IDLE_WAIT seconds, default 600) until other
# programs use less than C cores over a second. On a shared machine their work inflates
# wall times; the bg column of the report says how much there was during each run.
quiet() {
	[ -n "${BENCH_IDLE:-}" ] || return 0
	local waited=0 b0 b1
	while ((waited < ${BENCH_IDLE_WAIT:-600})); do
		b0=$(cpubusy); sleep 1; b1=$(cpubusy)
		awk -v d=$((b1 - b0)) -v hz="$hz" -v c="$BENCH_IDLE" 'BEGIN { exit !(d / hz < c) }' && return 0
		waited=$((waited + 1))
	done
	echo "  still busy after ${BENCH_IDLE_WAIT:-600} s; measuring anyway" >&2
}

# measure CMD...: runs CMD once, sets W (wall seconds), M (peak MB), C (CPU %), U (CPU
# seconds, user + system), BG (cores other programs used meanwhile), RC.
measure() {
	local out="$bin/time.out" t0 t1 b0 b1 kb cpu us sy
	quiet
	b0=$(cpubusy)
	t0=$EPOCHREALTIME
	set +e
	${BENCH_NICE:+nice -n "$BENCH_NICE"} "$TIME" -f '%M %P %U %S' -o "$out" "$@" >/dev/null 2>"$bin/stderr"
	RC=$?
	set -e
	t1=$EPOCHREALTIME
	b1=$(cpubusy)
	W=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
	read -r kb cpu us sy <"$out" || true
	M=$(awk -v k="${kb:-0}" 'BEGIN { printf "%.1f", k / 1024 }')
	U=$(awk -v a="${us:-0}" -v b="${sy:-0}" 'BEGIN { printf "%.2f", a + b }')
	BG=$(awk -v d=$((b1 - b0)) -v hz="$hz" -v u="$U" -v w="$W" 'BEGIN { x = (d / hz - u) / w; if (x < 0) x = 0; printf "%.1f", x }')
	C=${cpu:-?}
	C=${C%\%}
}

# best LABEL CMD...: the fastest of $repeat warm runs (after one unmeasured warm-up run).
best() {
	local bw="" bm="" bc="" bu="" bb="" i
	"${PRE:-true}"
	"$@" >/dev/null 2>&1 || true
	for ((i = 0; i < repeat; i++)); do
		"${PRE:-true}"
		measure "$@"
		if [ -z "$bw" ] || awk -v a="$W" -v b="$bw" 'BEGIN { exit !(a < b) }'; then
			bw=$W bm=$M bc=$C bu=$U bb=$BG
		fi
	done
	W=$bw M=$bm C=$bc U=$bu BG=$bb
}


rows=()
newratio=()
row() { # N command wall MB cpu% floor_cat floor_grep (and $U: CPU seconds, $BG)
	local rc rg
	rc=$(awk -v a="$3" -v b="$6" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
	rg=$(awk -v a="$3" -v b="$7" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
	[ "$6" = "-" ] && rc="-"
	[ "$7" = "-" ] && rg="-"
	rows+=("| $1 | $2 | $3 | $U | $5 | $4 | $rc | $rg | $BG |")
	printf '  %-34s %8s s %7s s CPU %5s%% %8s MB  x%s cat  x%s grep  bg %s\n' "$2" "$3" "$U" "$5" "$4" "$rc" "$rg" "$BG" >&2
}

declare -A growth
sizes_info=()

for n in "${sizes[@]}"; do
	dir="$data/n$n-seed$seed-$today-$big-$bigv"
	stamp="$dir/.follow-bench"
	want="gen-records $genhash -n $n -seed $seed -today $today -big $big:$bigv"
	if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
		echo "generating $n records in $dir..." >&2
		rm -rf "$dir"
		"$TIME" -f "  generated in %e s, peak %M KB" "$bin/gen-records" -n "$n" -seed "$seed" -today "$today" -big "$big:$bigv" -out "$dir"
		echo "$want" >"$stamp"
	fi
	files=$(find "$dir" -name '*.md' | wc -l)
	bytes=$(find "$dir" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')
	bigfile=$(find "$dir" -name "$big.md")
	bigbytes=$(stat -c %s "$bigfile")
	echo "N=$n: $files files, $((bytes / 1000000)) MB; $big: $bigbytes bytes" >&2
	sizes_info+=("| $n | $files | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') |")

	F=("$follow" --dir "$dir" --today "$today")
	nocache() { rm -rf "$dir/.follow"; }

	states=(warm)
	[ "$cold" = yes ] && states=(cold warm)
	for st in "${states[@]}"; do
		if [ "$st" = cold ]; then
			one() { "${PRE:-true}"; drop; measure "$@"; }
		else
			one() { best "$@"; }
		fi
		one bash -c "find '$dir' -name '*.md' -print0 | xargs -0 cat >/dev/null"
		cw=$W; row "$n" "cat ($st)" "$W" "$M" "$C" - -
		one grep -rc '^next:' "$dir"
		gw=$W; row "$n" "grep ($st)" "$W" "$M" "$C" "$cw" -
		# Nothing cached: no page cache (cold) and no .follow/ (follow's own caches).
		PRE=nocache one "${F[@]}" due
		[ "$RC" = 0 ] || echo "  follow due exited $RC: $(head -c 300 "$bin/stderr")" >&2
		row "$n" "follow due ($st, no .follow/)" "$W" "$M" "$C" "$cw" "$gw"
		growth["due $st,$n"]=$W
		if [ "$st" = warm ]; then
			# A repeated run on unchanged files: the previous run's .follow/ is there.
			one "${F[@]}" due
			row "$n" "follow due (repeated)" "$W" "$M" "$C" "$cw" "$gw"
			growth["due repeated,$n"]=$W
		fi
		one "${F[@]}" lint
		[ "$RC" = 0 ] || echo "  follow lint exited $RC (findings?): $(head -c 300 "$bin/stderr")" >&2
		row "$n" "follow lint ($st)" "$W" "$M" "$C" "$cw" "$gw"
		growth["lint $st,$n"]=$W
	done

	# One record: follow new on the 1,000-contact record (restored before every run) and
	# follow show on it, beside cat and grep of that file. Warm.
	backup="$bin/$big.md"
	cp -p "$bigfile" "$backup"
	best cat "$bigfile"
	cw=$W; row "$n" "cat $big.md" "$W" "$M" "$C" - -
	best grep -c '^次回' "$bigfile"
	gw=$W; row "$n" "grep $big.md" "$W" "$M" "$C" "$cw" -
	restore() { cp -p "$backup" "$bigfile"; }
	best "$bin/fsyncwrite" "$bigfile"
	fw=$W; row "$n" "floor: write $big.md (fsync)" "$W" "$M" "$C" "$cw" "$gw"
	# The writer is a colleague of another branch, not a name in G000001 (a substitute):
	# without people: in follow.yaml, who that is was read from every record before the
	# names index.
	sub=$( (grep -h -m1 '^owner:' "$dir"/sapporo/*.md 2>/dev/null || true) | sed -n '1s/^owner: *//p')
	PRE=restore best env FOLLOW_USER="$sub" "${F[@]}" new "$big" --fact "請求書発行を一人で担当できるようになった" \
		--request "席が空調の真下で寒い; due 12/10; plan 派遣先に席替えを相談; report 12/11 電話" \
		--topic "娘さんの中学受験（1月）" --next 2w
	[ "$RC" = 0 ] || echo "  follow new exited $RC: $(head -c 300 "$bin/stderr")" >&2
	restore
	row "$n" "follow new $big ($bigv visits)" "$W" "$M" "$C" "$cw" "$gw"
	growth["new,$n"]=$W
	newratio+=("| $n | $W | $fw | $(awk -v a="$W" -v b="$fw" 'BEGIN { printf "%.1f", a / b }') |")
	if "$follow" show --help >/dev/null 2>&1; then
		best "${F[@]}" show "$big"
		[ "$RC" = 0 ] || echo "  follow show exited $RC: $(head -c 300 "$bin/stderr")" >&2
		row "$n" "follow show $big" "$W" "$M" "$C" "$cw" "$gw"
		growth["show,$n"]=$W
	else
		rows+=("| $n | follow show $big | (no follow show in this build: skipped) | | | | | | |")
	fi
	cmp -s "$backup" "$bigfile" || { echo "$big.md was not restored" >&2; exit 1; }
done

# Start-up: follow --version beside a Go hello world, run STARTS times each, alternating,
# and beside hello worlds that also link libraries follow links (blank imports, built as
# follow is, with follow's go.mod): what their package init and size cost every command
# before follow does anything. Go runs the init of every package linked into a binary.
starts=${BENCH_STARTS:-200}
loop() { local i; for ((i = 0; i < starts; i++)); do "$@" >/dev/null; done; }
libfloor() { # name imports...: a hello world importing these packages
	mkdir -p "$bin/libfloors/$1"
	{
		printf 'package main\n\nimport (\n\t"fmt"\n'
		local p
		for p in "${@:2}"; do printf '\t_ "%s"\n' "$p"; done
		printf ')\n\nfunc main() { fmt.Println("hello") }\n'
	} >"$bin/libfloors/$1/main.go"
}
if [ ! -f "$bin/libfloors/go.mod" ]; then
	sed 's#^module .*#module libfloors#' "$repo/go.mod" >"$bin/libfloors.mod.tmp"
	mkdir -p "$bin/libfloors" && mv "$bin/libfloors.mod.tmp" "$bin/libfloors/go.mod" && cp "$repo/go.sum" "$bin/libfloors/"
fi
base=(github.com/spf13/cobra go.yaml.in/yaml/v3 golang.org/x/text/width golang.org/x/text/unicode/norm
	golang.org/x/text/encoding/japanese github.com/mattn/go-runewidth github.com/rickar/cal/v2/jp
	github.com/gofrs/flock github.com/emersion/go-ical golang.org/x/term github.com/BurntSushi/toml)
libfloor base "${base[@]}"
libfloor goldmark "${base[@]}" github.com/yuin/goldmark github.com/yuin/goldmark/extension
libfloor all "${base[@]}" github.com/yuin/goldmark github.com/yuin/goldmark/extension github.com/spf13/cobra/doc github.com/adrg/frontmatter
for lf in base goldmark all; do
	(cd "$bin/libfloors" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$bin/lib-$lf" "./$lf")
done
swho=(hello lib-base lib-goldmark lib-all follow)
sbest=() # best ms per run, in the order of swho
for who in "${swho[@]}"; do sbest+=(999999); done
for round in 1 2 3; do
	quiet
	for i in "${!swho[@]}"; do
		if [ "${swho[$i]}" = follow ]; then cmd=("$follow" --version); else cmd=("$bin/${swho[$i]}"); fi
		t0=$EPOCHREALTIME; loop "${cmd[@]}"; t1=$EPOCHREALTIME
		ms=$(awk -v a="$t0" -v b="$t1" -v n="$starts" 'BEGIN { printf "%.2f", (b - a) * 1000 / n }')
		awk -v a="$ms" -v b="${sbest[$i]}" 'BEGIN { exit !(a < b) }' && sbest[$i]=$ms
	done
done
echo "  start-up: hello ${sbest[0]} ms, + libraries ${sbest[1]} / ${sbest[2]} / ${sbest[3]} ms, follow --version ${sbest[4]} ms" >&2

# The overdue profile: OVN records (10,000) nobody kept up, about OVK (30) open, overdue
# requests each: a due list of about 300,000 items, in JSON, CSV and the table, cold
# (page cache and .follow/ dropped) and repeated (warm, .follow/ kept), beside cat of the
# tree and of the same output. GC: the share of CPU the collector took (GODEBUG=gctrace=1).
ovn=${BENCH_OVERDUE_N:-10000}
ovk=${BENCH_OVERDUE_K:-30}
ovrows=()
if [ "$ovn" -gt 0 ]; then
	odir="$data/overdue-n$ovn-k$ovk-seed$seed-$today"
	want="gen-records $genhash -n $ovn -overdue $ovk -seed $seed -today $today"
	if [ ! -f "$odir/.follow-bench" ] || [ "$(cat "$odir/.follow-bench")" != "$want" ]; then
		echo "generating $ovn overdue records in $odir..." >&2
		rm -rf "$odir"
		"$bin/gen-records" -n "$ovn" -overdue "$ovk" -seed "$seed" -today "$today" -out "$odir"
		echo "$want" >"$odir/.follow-bench"
	fi
	OF=("$follow" --dir "$odir" --today "$today" due)
	obytes=$(find "$odir" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / 1e6 }')
	for fmt in json csv table; do
		case $fmt in json) args=(--json) ;; csv) args=(--format csv) ;; table) args=() ;; esac
		out="$bin/overdue.$fmt"
		"${OF[@]}" "${args[@]}" >"$out" 2>/dev/null || true
		items=$(case $fmt in json) grep -c '^  {$' "$out" ;; csv) echo $(($(wc -l <"$out") - 1)) ;; table) echo $(($(wc -l <"$out") - 1)) ;; esac)
		omb=$(awk -v b="$(stat -c %s "$out")" 'BEGIN { printf "%.0f", b / 1e6 }')
		floorcmd=(bash -c "find '$odir' -name '*.md' -print0 | xargs -0 cat >/dev/null; cat '$out' >/dev/null")
		gcshare() { GODEBUG=gctrace=1 "${OF[@]}" "${args[@]}" 2>&1 >/dev/null | awk '/^gc [0-9]+ @/ { p = $4 } END { sub(/%:/, "", p); print (p == "" ? 0 : p) "%" }'; }
		for st in cold repeated; do
			if [ "$st" = cold ]; then
				rm -rf "$odir/.follow"; drop; measure "${floorcmd[@]}"; fl=$W
				rm -rf "$odir/.follow"; drop; measure "${OF[@]}" "${args[@]}"
				rm -rf "$odir/.follow"; g=$(gcshare)
			else
				"${OF[@]}" "${args[@]}" >/dev/null 2>&1 || true
				best "${floorcmd[@]}"; fl=$W
				best "${OF[@]}" "${args[@]}"
				g=$(gcshare)
			fi
			[ "$cold" = yes ] || [ "$st" != cold ] || st="cold (not possible: warm)"
			ratio=$(awk -v a="$W" -v b="$fl" 'BEGIN { printf "%.1f", a / b }')
			ovrows+=("| $fmt | $st | $items | $omb | $W | $fl | **$ratio** | $U | $M | $g |")
			echo "  overdue due $fmt ($st): $W s vs floor $fl s (x$ratio), $M MB, GC $g" >&2
		done
	done
	# --limit and the filters on the same tree, repeated.
	osub=$(sed -n '/^owner:/{s/^owner: *//;s/ .*//;p;q}' "$odir/$(cd "$odir" && ls -d */ | head -1)"*.md 2>/dev/null | head -1 || true)
	for extra in "--limit 50" "--overdue --limit 50" "--kind follow-up" "--who $osub"; do
		read -r -a xa <<<"$extra"
		best "${OF[@]}" "${xa[@]}"
		ovrows+=("| table $extra | repeated | | | $W | | | $U | $M | |")
	done
fi

# The report (markdown) on stdout.
echo "## Run of $(date -u +%Y-%m-%d), ended $(date -u +%H:%MZ)"
echo
echo "- Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
echo "- $(go version | cut -d' ' -f3-); follow built from $built"
echo "- bg: cores used by other programs during the run (of $(nproc)); above 0.1 the wall time is inflated${BENCH_IDLE:+; each run waited up to ${BENCH_IDLE_WAIT:-600} s for other programs to use less than $BENCH_IDLE cores}${BENCH_NICE:+; measured commands ran at nice $BENCH_NICE}"
if [ "$cold" = yes ]; then
	echo "- cold: page cache, dentries and inodes dropped (echo 3 > /proc/sys/vm/drop_caches) before the run; warm: best of $repeat runs after a warm-up run"
else
	echo "- **No cold runs**: this user cannot drop the page cache (/proc/sys/vm/drop_caches needs root); every number is warm, best of $repeat"
fi
echo "- Records: gen-records -seed $seed -today $today -big $big:$bigv; follow runs with --today $today"
echo
echo "| N | files | MB |"
echo "| ---: | ---: | ---: |"
printf '%s\n' "${sizes_info[@]}"
echo
echo "| N | command | wall s | CPU s | CPU % | peak MB | × cat | × grep | bg |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "Start-up, best of 3 rounds of $starts runs each (ms per run, the loop's fork and exec included in both):"
echo
echo "| command | ms | × hello world |"
echo "| --- | ---: | ---: |"
slabel=("Go hello world" "hello + the libraries every command needs (cobra, yaml.v3, x/text, runewidth, cal, flock, go-ical, x/term, toml)"
	"… + goldmark and its extensions (follow report, export)" "… + cobra/doc (follow man) and adrg/frontmatter (follow import): every library follow links"
	"follow --version")
for i in "${!swho[@]}"; do
	r=$(awk -v a="${sbest[$i]}" -v b="${sbest[0]}" 'BEGIN { printf "%.1f", a / b }')
	[ "${swho[$i]}" = follow ] && r="**$r**"
	echo "| ${slabel[$i]} | ${sbest[$i]} | $r |"
done
echo
echo "follow new $big ($bigv visits, written by a substitute, FOLLOW_USER not in the record) beside its floor (a Go program writing the same bytes with fsync and rename):"
echo
echo "| N | follow new s | floor s | × floor |"
echo "| ---: | ---: | ---: | ---: |"
printf '%s\n' "${newratio[@]}"
if [ ${#ovrows[@]} -gt 0 ]; then
	echo
	echo "A due list of the overdue profile: gen-records -n $ovn -overdue $ovk ($obytes MB), floor = cat of the tree and of the output:"
	echo
	echo "| format | state | items | output MB | follow s | floor s | × floor | CPU s | peak MB | GC |"
	echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	printf '%s\n' "${ovrows[@]}"
fi
echo
echo "Growth: wall time per 1,000 records for the commands over the whole tree (flat across N is"
echo "linear growth), and wall time of the commands on G000001 alone (flat is independent of N)."
echo
hdr="| command |"; sep="| --- |"
for n in "${sizes[@]}"; do hdr+=" N=$n |"; sep+=" ---: |"; done
echo "$hdr"; echo "$sep"
for key in "due cold" "due warm" "due repeated" "lint cold" "lint warm" "new" "show"; do
	[ -n "${growth["$key,${sizes[0]}"]:-}" ] || continue
	case $key in
	new | show) line="| follow $key $big, ms |" ;;
	*) line="| follow $key, ms per 1,000 records |" ;;
	esac
	for n in "${sizes[@]}"; do
		case $key in
		new | show) line+=" $(awk -v a="${growth["$key,$n"]}" 'BEGIN { printf "%.0f", a * 1000 }') |" ;;
		*) line+=" $(awk -v a="${growth["$key,$n"]}" -v n="$n" 'BEGIN { printf "%.0f", a * 1e6 / n }') |" ;;
		esac
	done
	echo "$line"
done
