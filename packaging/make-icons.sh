#!/usr/bin/env bash
# Renders the app icon from its one source, icons/stagecraft.svg, for every platform's packager:
#   packaging/icons/stagecraft-N.png (16..512; jpackage on Linux takes the 256), stagecraft.ico (Windows .msi),
#   stagecraft.icns (macOS .dmg). Needs ImageMagick and icnsutils (`apt-get install imagemagick icnsutils`); the results are committed, so
#   packaging itself does not need it. Re-run after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
out=packaging/icons
mkdir -p "$out"
sizes="16 32 48 64 128 256 512"
for n in $sizes; do
    # render at the target size (the SVG is 24 units wide: density = 72 * n / 24), not scaled from another size
    convert -background none -density $((72 * n / 24)) icons/stagecraft.svg -resize "${n}x${n}" \
        -define png:exclude-chunks=date,time "PNG32:$out/stagecraft-$n.png"
done
convert "$out/stagecraft-16.png" "$out/stagecraft-32.png" "$out/stagecraft-48.png" "$out/stagecraft-256.png" \
    "$out/stagecraft.ico"
# ImageMagick has no ICNS writer: png2icns (`apt-get install icnsutils`)
png2icns "$out/stagecraft.icns" "$out/stagecraft-16.png" "$out/stagecraft-32.png" "$out/stagecraft-128.png" \
    "$out/stagecraft-256.png" "$out/stagecraft-512.png" > /dev/null
ls -l "$out"
