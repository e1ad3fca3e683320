#!/usr/bin/env bash
# Checks the built .deb (packaging/linux/build.sh) as an installation would use it, without root: unpacks it into a
# temporary root and runs the installed launcher there: --version, `analyze`, `simulate` and `render` of a sample, the MIME
# type and the desktop entry; and, when a display or Xvfb is available, the window on a file given as argument up
# to its first frame. Exits non-zero on the first failure. CI runs it after the build (.ci/run).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
deb=$(ls target/package/stagecraft_*_amd64.deb)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2> /dev/null || true' EXIT
fail() { echo "check: $*" >&2; exit 1; }

dpkg-deb --info "$deb" | grep -q "Package: stagecraft" || fail "$deb is not the stagecraft package"
dpkg-deb -x "$deb" "$tmp"
bin=$tmp/opt/stagecraft/bin/stagecraft
[ -x "$bin" ] || fail "no launcher in /opt/stagecraft/bin"
[ "$(readlink "$tmp/usr/bin/stagecraft")" = /opt/stagecraft/bin/stagecraft ] || fail "/usr/bin/stagecraft is not the launcher"
grep -q '^MimeType=application/x-stagecraft+yaml;' "$tmp/usr/share/applications/stagecraft.desktop" \
    || fail "the desktop entry does not open Stagecraft files"
grep -q 'value="apiVersion: stagecraft/v1"' "$tmp/usr/share/mime/packages/stagecraft.xml" || fail "no MIME magic"
[ -f "$tmp/usr/share/icons/hicolor/256x256/apps/stagecraft.png" ] || fail "no icon"

"$bin" --version | grep -q '^stagecraft ' || fail "--version"
"$bin" analyze sample-graphs/shop.yaml --format json > "$tmp/analyze.json" 2> "$tmp/err" || fail "analyze: $(cat "$tmp/err")"
grep -q '"criticalPath"' "$tmp/analyze.json" || fail "analyze printed no analysis"
[ ! -s "$tmp/err" ] || fail "analyze wrote to stderr: $(cat "$tmp/err")"
"$bin" simulate sample-graphs/shop.yaml --runs 500 --seed 1 > "$tmp/simulate.txt" 2> "$tmp/err" \
    || fail "simulate: $(cat "$tmp/err")"
grep -q '500 runs, seed 1' "$tmp/simulate.txt" || fail "simulate printed no batch"
[ ! -s "$tmp/err" ] || fail "simulate wrote to stderr: $(cat "$tmp/err")"

# render draws with JavaFX headless (Monocle): no display needed
env -u DISPLAY "$bin" render sample-graphs/shop.yaml --highlight critical -o "$tmp/shop.png" --width 800 2> "$tmp/err" \
    || fail "render: $(cat "$tmp/err")"
[ "$(head -c 4 "$tmp/shop.png" | od -An -c | tr -d ' ')" = "211PNG" ] || fail "render wrote no PNG"

if [ -z "${DISPLAY:-}" ] && command -v Xvfb > /dev/null; then
    Xvfb :96 -screen 0 1280x800x24 > /dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=:96
    sleep 1
fi
if [ -n "${DISPLAY:-}" ]; then
    JAVA_TOOL_OPTIONS=-Dstagecraft.trace=startup-exit timeout 60 "$bin" sample-graphs/shop.yaml > "$tmp/window" 2>&1 \
        || fail "the window: $(cat "$tmp/window")"
    grep -q "first frame of 33 components" "$tmp/window" || fail "the window drew no frame of shop: $(cat "$tmp/window")"
    echo "check: window on shop.yaml: $(grep 'first frame' "$tmp/window")"
else
    echo "check: no display and no Xvfb: the window is not checked"
fi
echo "check: $deb installs a working stagecraft ($(du -sh "$tmp/opt/stagecraft" | cut -f1) in /opt/stagecraft)"
