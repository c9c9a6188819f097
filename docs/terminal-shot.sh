#!/usr/bin/env bash
# Takes docs/terminal-build.png: the README's first command's build of the sample site as it
# shows in a terminal window (xterm under Xvfb with a CJK font), for the handbook's 开始使用.
# The words are the same in a Windows command window. Needs: xvfb xterm imagemagick
# fonts-noto-cjk, and target/branchpress.jar (mvn -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
Xvfb :77 -screen 0 1500x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$out"' EXIT
sleep 1
DISPLAY=:77 xterm -geometry 150x36+0+0 -fa 'DejaVu Sans Mono' -fd 'WenQuanYi Zen Hei' -fs 11 -bg '#0c0c0c' -fg '#d0d0d0' \
    -e bash -c "echo '\$ java -jar target/branchpress.jar build --no-cache'; \
        java -jar target/branchpress.jar build --no-cache; touch '$out/done'; sleep 60" &
for _ in $(seq 1 120); do [ -f "$out/done" ] && break; sleep 0.5; done
sleep 1
DISPLAY=:77 import -window root "$out/shot.png"
convert "$out/shot.png" -crop 1356x444+0+0 +repage docs/terminal-build.png
echo "docs/terminal-build.png"
