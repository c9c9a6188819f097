#!/usr/bin/env bash
# Incremental benchmark: how long from saving one case to its new page being served by
# `serve`, over 20 edits of a copy of CORPUS. Each edit changes the case's title, so its list
# pages, tags, archive, neighbours, feeds and search change too. An edit counts as shown when
# /__branchpress/version has changed and the page holds the new title.
#
# Usage: bench/incremental.sh CORPUS [EDITS]     (EDITS default 20)
#
# Prints on stdout:
#   incremental files=N edits=E shown_ms_median=M shown_ms_min=A shown_ms_max=B done_ms_median=D
# shown_ms  save → version changed and the new page served (what an open page sees)
# done_ms   save → build-id.js changed: the search index and every file written, the folder
#           then equals a cold build of the same content
#
# Environment: JAVA_OPTS, BENCH_OUT (default /dev/shm/branchpress-incremental), as bench/run.sh;
#   PROFILE=FILE.jfr records the rebuilds (not the first build) with Flight Recorder;
#   BRANCHPRESS_JAR=FILE benchmarks another build of the jar (an older version, say);
#   BRANCHPRESS_TIMINGS=1 has serve print each rebuild's stages in $BENCH_OUT/serve.err.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
CORPUS="$(cd "${1:?usage: bench/incremental.sh CORPUS [EDITS]}" && pwd)"
EDITS="${2:-20}"
JAVA_OPTS="${JAVA_OPTS:-}"
OUT="${BENCH_OUT:-/dev/shm/branchpress-incremental}"
JAR="${BRANCHPRESS_JAR:-$REPO/target/branchpress.jar}"
[ -f "$JAR" ] || (cd "$REPO" && mvn -B -q -o -DskipTests package >&2)

rm -rf "$OUT"
mkdir -p "$OUT"
cp -r "$CORPUS" "$OUT/content"
FILES=$(find "$OUT/content" -name '*.md' | wc -l)
cd "$OUT"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" serve --content content --output site --port 0 --today 2026-12-01 \
    > serve.out 2> serve.err &
SERVE=$!
trap 'kill $SERVE 2>/dev/null || true' EXIT
echo "serve started ($FILES files), waiting for the first build…" >&2
for _ in $(seq 1 1200); do
    grep -q 'http://' serve.out 2>/dev/null && break
    kill -0 $SERVE 2>/dev/null || { cat serve.err >&2; exit 1; }
    sleep 0.5
done
URL=$(grep -o 'http://[0-9.:]*' serve.out | head -1)
echo "serving at $URL" >&2
if [ -n "${PROFILE:-}" ]; then
    jcmd $SERVE JFR.start name=rebuilds settings=profile >/dev/null
fi

python3 - "$URL" "$OUT/content" "$EDITS" "$FILES" <<'PY'
import re, statistics, sys, time, urllib.request
url, content, edits, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
case = sorted(__import__("os").listdir(content + "/cases"))[len(__import__("os").listdir(content + "/cases")) // 2]
path = content + "/cases/" + case
page = url + "/cases/" + case[:-3] + "/index.html"
def get(u):
    with urllib.request.urlopen(u, timeout=30) as r:
        return r.read().decode("utf-8", "replace")
text = open(path, encoding="utf-8").read()
shown, done = [], []
for i in range(edits + 1):          # the first edit warms up and is not counted
    mark = "增量%03d" % i
    version, build = get(url + "/__branchpress/version"), get(url + "/build-id.js")
    edited = re.sub(r'^title: "?', 'title: "' + mark, text, count=1, flags=re.M)
    t0 = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(edited)
    while True:
        if get(url + "/__branchpress/version") != version and mark in get(page):
            break
        if time.perf_counter() - t0 > 300:
            sys.exit("edit %d never showed: see serve.err" % i)
        time.sleep(0.002)
    t1 = time.perf_counter()
    while get(url + "/build-id.js") == build:
        if time.perf_counter() - t0 > 300:
            sys.exit("edit %d never changed the build id: see serve.err" % i)
        time.sleep(0.005)
    t2 = time.perf_counter()
    if i > 0:
        shown.append((t1 - t0) * 1000)
        done.append((t2 - t0) * 1000)
    print("edit %2d: shown %6.0f ms, done %6.0f ms" % (i, (t1 - t0) * 1000, (t2 - t0) * 1000), file=sys.stderr)
    time.sleep(0.3)
print("incremental files=%s edits=%d shown_ms_median=%.0f shown_ms_min=%.0f shown_ms_max=%.0f done_ms_median=%.0f"
      % (files, edits, statistics.median(shown), min(shown), max(shown), statistics.median(done)))
PY
if [ -n "${PROFILE:-}" ]; then
    jcmd $SERVE JFR.dump name=rebuilds filename="$PROFILE" >/dev/null
fi
