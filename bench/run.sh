#!/usr/bin/env bash
# Build benchmark for branchpress against Hugo: full builds of a synthetic corpus, timed from
# the outside (JVM start-up included), alternating branchpress and Hugo run by run (A B A B …)
# so both see the same load, with Hugo built by ../shared/bench/peers.sh exactly as PEERS.md
# measures it. Then the incremental figure of serve, from bench/incremental.sh.
#
# Usage: bench/run.sh [PAGES ...]        (default: 1000 10000)
# Every build runs with --no-cache: a cold build, not a replay of the build cache.
#
# Prints, per PAGES, on stdout (progress goes to stderr):
#   pages=N tool=branchpress html_files=M wall_s_median=S cpu_s_median=C pages_per_s=R peak_rss_mb=MB
#   pages=N tool=hugo-V html_files=M wall_s_median=S
#   pages=N ratio_wall=X                 (branchpress wall / Hugo wall, medians of the same run)
#   pages=N incremental …                (bench/incremental.sh's line; "not-measured" until it measures)
# html_files   .html files in the output after the last run
# wall_s_median median wall time of the timed runs (the warm-up runs are not counted)
# cpu_s_median  median user+system time of the timed runs (the load of the machine changes it less)
# pages_per_s  html_files / wall_s_median
# peak_rss_mb  highest max RSS of the timed runs, in MiB (GNU time's %M / 1024)
# A line "load=…" on stderr says how busy the machine was (1-minute load average before each pair).
#
# Environment:
#   RUNS             timed pairs per corpus after one warm-up pair (default 3)
#   HUGO             0 to leave Hugo out (default 1; also left out when peers.sh or hugo is missing)
#   JAVA_OPTS        JVM options to try instead of the launcher's, e.g. "-Xmx512m": when set,
#                    the command is java $JAVA_OPTS -jar target/branchpress.jar
#   BRANCHPRESS_CMD  the command to benchmark, given "build --content C --output O"
#                    (default: bin/branchpress of the distribution zip, unzipped into a
#                    temporary folder: the command users run, with the launcher's JVM
#                    options; when set, JAVA_OPTS is not added and nothing is built)
#   CORPUS_SCRIPT    make-corpus.py to use (default ../shared/bench/make-corpus.py
#                    beside the repo)
#   PEERS_SCRIPT     peers.sh to use (default ../shared/bench/peers.sh beside the repo)
#   BENCH_DIR        where corpora are cached (default /tmp/branchpress-bench)
#   BENCH_OUT        where the builds write (default /dev/shm/branchpress-bench when
#                    /dev/shm is a writable tmpfs, else $BENCH_DIR/out)
#   BENCH_KEEP       set to 1 to keep the last output (default: removed, since on
#                    /dev/shm it holds memory: ~110 MB at 10k pages)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
CORPUS_SCRIPT="${CORPUS_SCRIPT:-$SCRIPT_DIR/../../shared/bench/make-corpus.py}"
PEERS_SCRIPT="${PEERS_SCRIPT:-$SCRIPT_DIR/../../shared/bench/peers.sh}"
HUGO="${HUGO:-1}"
RUNS="${RUNS:-3}"
BENCH_DIR="${BENCH_DIR:-/tmp/branchpress-bench}"
JAVA_OPTS="${JAVA_OPTS:-}"

# Output goes to a tmpfs when there is one: on this kind of VM the disk is ext4
# mounted with "discard", and deleting and rewriting ~10k output files on it adds
# 3-6 s of noisy system time to any tool. A tmpfs output keeps the figure about
# the generator itself, and peers.sh measures the peers the same way.
if [ -z "${BENCH_OUT:-}" ]; then
    if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ]; then
        BENCH_OUT=/dev/shm/branchpress-bench
    else
        BENCH_OUT="$BENCH_DIR/out"
    fi
fi

die() { echo "bench/run.sh: $*" >&2; exit 1; }
note() { echo "bench/run.sh: $*" >&2; }

[ $# -gt 0 ] || set -- 1000 10000
for n in "$@"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "PAGES must be a positive integer, got '$n' (usage: bench/run.sh [PAGES ...])"
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
[ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is missing: apt-get install time"
command -v python3 >/dev/null || die "python3 is needed to make the corpus"
[ -f "$CORPUS_SCRIPT" ] || die "corpus script not found: $CORPUS_SCRIPT (set CORPUS_SCRIPT)"
CORPUS_SCRIPT="$(cd "$(dirname "$CORPUS_SCRIPT")" && pwd)/$(basename "$CORPUS_SCRIPT")"
if [ "$HUGO" = 1 ] && { [ ! -x "$PEERS_SCRIPT" ] || ! command -v hugo >/dev/null; }; then
    note "Hugo left out: $([ -x "$PEERS_SCRIPT" ] && echo "hugo is not on PATH (apt-get install hugo)" || echo "no $PEERS_SCRIPT (set PEERS_SCRIPT)")"
    HUGO=0
fi

cd "$REPO"

mkdir -p "$BENCH_DIR" "$BENCH_OUT"
WORK="$(mktemp -d "$BENCH_DIR/run.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

if [ -n "${BRANCHPRESS_CMD:-}" ]; then
    read -r -a CMD <<<"$BRANCHPRESS_CMD"
else
    zip=$(ls target/branchpress-*.zip 2>/dev/null | head -n 1 || true)
    if [ ! -f target/branchpress.jar ] || [ -z "$zip" ]; then
        note "target/branchpress.jar or the distribution zip missing, building them (mvn -q -DskipTests package)"
        mvn -q -DskipTests package >&2 || die "mvn package failed (see its output above)"
        zip=$(ls target/branchpress-*.zip 2>/dev/null | head -n 1 || true)
        [ -f target/branchpress.jar ] && [ -n "$zip" ] || die "mvn package did not produce the jar and the zip"
    fi
    if [ -n "$JAVA_OPTS" ]; then
        # JAVA_OPTS is split on spaces on purpose (several options in one variable).
        # shellcheck disable=SC2206
        CMD=(java $JAVA_OPTS -jar target/branchpress.jar)
    else
        command -v unzip >/dev/null || die "unzip is needed to unpack the distribution zip: apt-get install unzip"
        unzip -q "$zip" -d "$WORK/dist" || die "could not unzip $zip"
        CMD=("$(ls -d "$WORK"/dist/branchpress-*/bin/branchpress)")
    fi
fi
note "command: ${CMD[*]}"

# Corpus for N pages, cached under $BENCH_DIR/corpus-N. It is written to a temp
# folder and renamed when complete, so an interrupted run never leaves a half
# corpus behind; a changed make-corpus.py (other checksum) makes a new one.
corpus_for() {
    local n="$1" dir="$BENCH_DIR/corpus-$1" sum
    sum="$(sha256sum "$CORPUS_SCRIPT" | cut -d' ' -f1)"
    if [ -d "$dir" ] && [ "$(cat "$dir.sha256" 2>/dev/null)" = "$sum" ]; then
        note "corpus $n: cached in $dir"
    else
        note "corpus $n: making it in $dir"
        rm -rf "$dir" "$dir.tmp"
        python3 "$CORPUS_SCRIPT" "$dir.tmp" "$n" >&2 || die "make-corpus.py failed for $n pages"
        mv "$dir.tmp" "$dir"
        echo "$sum" >"$dir.sha256"
    fi
    CORPUS="$dir"
}

# One build of $CORPUS into $OUT under GNU time; sets WALL (s) and RSS_KB.
# The old output is removed first, outside the timing (on tmpfs that is a few
# tens of ms at 10k pages; peers.sh counts it in, which is within the noise).
build_once() {
    local label="$1" rc=0
    rm -rf "$OUT"
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" \
        "${CMD[@]}" build --no-cache --content "$CORPUS" --output "$OUT" \
        >"$WORK/stdout" 2>"$WORK/stderr" || rc=$?
    if [ $rc -ne 0 ]; then
        echo "bench/run.sh: build failed (exit $rc) on $label, $(basename "$CORPUS"):" >&2
        echo "  command: ${CMD[*]} build --no-cache --content $CORPUS --output $OUT" >&2
        echo "  --- last 30 lines of its stderr ---" >&2
        tail -n 30 "$WORK/stderr" | sed 's/^/  /' >&2
        if [ ! -s "$WORK/stderr" ]; then
            echo "  (stderr empty) --- last 10 lines of its stdout ---" >&2
            tail -n 10 "$WORK/stdout" | sed 's/^/  /' >&2
        fi
        exit 1
    fi
    # GNU time writes its line last (after a "Command exited..." line if any).
    read -r WALL RSS_KB USER_S SYS_S < <(tail -n 1 "$WORK/time")
    CPU=$(awk -v u="$USER_S" -v s="$SYS_S" 'BEGIN { printf "%.2f", u + s }')
}

# One Hugo build of $CORPUS by peers.sh (which lays out the site untimed, then times removing
# the old output and the build); sets HUGO_WALL, HUGO_PAGES and HUGO_VERSION.
hugo_once() {
    local line
    line="$(PEERS_WORK="$BENCH_DIR/peers-work" PEERS_OUT="$BENCH_OUT" "$PEERS_SCRIPT" "$CORPUS" hugo 2>"$WORK/peers.err")" \
        || die "peers.sh failed for Hugo on $(basename "$CORPUS"): $line $(tail -n 5 "$WORK/peers.err")"
    read -r _ HUGO_VERSION HUGO_PAGES HUGO_WALL <<<"$line"
    [[ "$HUGO_WALL" =~ ^[0-9.]+$ ]] || die "peers.sh printed no time for Hugo: $line"
}

load() { cut -d' ' -f1 /proc/loadavg; }

median() {   # median of the numbers given, one per argument
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
        END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for n in "$@"; do
    corpus_for "$n"
    OUT="$BENCH_OUT/out-$n"
    note "pages=$n: warm-up pair"
    build_once "warm-up"
    if [ "$HUGO" = 1 ]; then hugo_once; fi
    walls=() cpus=() hugo_walls=() peak_kb=0
    for ((i = 1; i <= RUNS; i++)); do
        note "pages=$n: pair $i/$RUNS, load=$(load)"
        build_once "run $i/$RUNS"
        note "pages=$n: branchpress run $i/$RUNS: ${WALL}s wall, ${CPU}s CPU, max RSS ${RSS_KB} KB"
        walls+=("$WALL") cpus+=("$CPU")
        if [ "$RSS_KB" -gt "$peak_kb" ]; then peak_kb="$RSS_KB"; fi
        if [ "$HUGO" = 1 ]; then
            hugo_once
            note "pages=$n: Hugo run $i/$RUNS: ${HUGO_WALL}s wall"
            hugo_walls+=("$HUGO_WALL")
        fi
    done
    [ -d "$OUT" ] || die "build of $n pages exited 0 but did not create $OUT"
    html=$(find "$OUT" -name '*.html' | wc -l)
    [ "$html" -gt 0 ] || die "build of $n pages exited 0 but wrote no .html file in $OUT"
    med="$(median "${walls[@]}")"
    awk -v n="$n" -v h="$html" -v m="$med" -v c="$(median "${cpus[@]}")" -v k="$peak_kb" 'BEGIN {
        printf "pages=%d tool=branchpress html_files=%d wall_s_median=%.2f cpu_s_median=%.2f pages_per_s=%s peak_rss_mb=%.1f\n",
            n, h, m, c, (m > 0 ? sprintf("%.1f", h / m) : "inf"), k / 1024 }'
    if [ "$HUGO" = 1 ]; then
        hmed="$(median "${hugo_walls[@]}")"
        awk -v n="$n" -v v="$HUGO_VERSION" -v h="$HUGO_PAGES" -v m="$hmed" -v b="$med" 'BEGIN {
            printf "pages=%d tool=hugo-%s html_files=%d wall_s_median=%.2f\n", n, v, h, m
            printf "pages=%d ratio_wall=%s\n", n, (m > 0 ? sprintf("%.2f", b / m) : "inf") }'
    fi
    [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$OUT"
    # serve's figure: one line from bench/incremental.sh (engineer B's measurement)
    "$SCRIPT_DIR/incremental.sh" "$CORPUS" || note "bench/incremental.sh failed for $n pages"
done
