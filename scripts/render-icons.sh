#!/usr/bin/env bash
# Renders the PNG application icons from resources/icons/ascenddeck.svg (ascenddeck-16.svg, hinted for
# the pixel grid, for 16x16). The PNGs are committed, so building and packaging need no SVG renderer;
# run this after editing an SVG. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    source=ascenddeck.svg
    [ "$size" -eq 16 ] && source=ascenddeck-16.svg
    rsvg-convert --width "$size" --height "$size" "$source" --output "ascenddeck-$size.png"
done
ls -l ascenddeck-*.png
