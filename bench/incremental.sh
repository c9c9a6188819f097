#!/usr/bin/env bash
# The incremental figure for bench/run.sh: with `serve` running on CORPUS, the time from
# saving one case to the new page being served, median of 20 edits.
#
# Usage: bench/incremental.sh CORPUS PAGES COMMAND...
#   CORPUS   a make-corpus.py folder (do not edit it in place: copy it first)
#   PAGES    its size, for the line printed
#   COMMAND  how to run branchpress (e.g. java -jar target/branchpress.jar)
#
# Prints one line on stdout:
#   pages=N incremental edits=E ms_median=M ms_max=X
# or, until the measurement exists:
#   pages=N incremental not-measured
#
# Engineer B (incremental serve) fills measure_incremental below; run.sh only calls this file.
set -euo pipefail

[ $# -ge 3 ] || { sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2; }
CORPUS="$1"; PAGES="$2"; shift 2

# Sets EDITS, MS_MEDIAN and MS_MAX, or returns 1 when there is nothing to measure yet.
measure_incremental() {
    return 1
}

if measure_incremental "$CORPUS" "$@"; then
    echo "pages=$PAGES incremental edits=$EDITS ms_median=$MS_MEDIAN ms_max=$MS_MAX"
else
    echo "pages=$PAGES incremental not-measured"
fi
