#!/bin/bash
# bench/zongzhi.sh BRANCHES PAGES: a 党总支 of BRANCHES branches, each a make-corpus.py site of
# PAGES files (CORPUS_SCRIPT as for run.sh), built in one run in a 1 GB heap with the launcher flags; prints wall and CPU
# time and the peak RSS. Example: bench/zongzhi.sh 100 1000 (100,100 files).
set -euo pipefail
branches=${1:?BRANCHES}; pages=${2:?PAGES}
jar=$(cd "$(dirname "$0")/.." && pwd)/target/branchpress.jar
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "${CORPUS_SCRIPT:-$(dirname "$0")/../../shared/bench/make-corpus.py}" "$work/one" "$pages" >/dev/null
mkdir -p "$work/content/branches"
ids=()
for i in $(seq -w 1 "$branches"); do
  cp -r "$work/one" "$work/content/branches/b$i"
  sed -i "s/^title: .*/title: 第${i}党支部/" "$work/content/branches/b$i/site.yaml"
  ids+=("b$i")
done
printf 'title: 测试党总支\nbranches: [%s]\n' "$(IFS=,; echo "${ids[*]}" | sed 's/,/, /g')" > "$work/content/site.yaml"
echo "files: $(find "$work/content" -type f | wc -l)"
/usr/bin/time -f 'wall %e s, CPU %U+%S s, peak RSS %M KB' java -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -jar "$jar" build --content "$work/content" --output "$work/site" --today 2026-11-22 2>&1 >/dev/null | grep -E '^(完成|wall)'
