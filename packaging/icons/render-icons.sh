#!/bin/sh
# Render the PNG sizes of the application icon from the SVG.
# Usage: packaging/icons/render-icons.sh [OUTPUT_DIR]
#   OUTPUT_DIR defaults to the hicolor/ folder beside this script (the
#   committed copies). packaging/CMakeLists.txt calls this at build time when
#   configured with -DMELDPUNT_RENDER_ICONS=ON.
# Needs rsvg-convert (Debian: librsvg2-bin); falls back to ImageMagick convert.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/nl.offlimits.MeldpuntKiosk.svg"
out=${1:-"$here/hicolor"}
for size in 48 64 128 256; do
    dir="$out/${size}x${size}/apps"
    mkdir -p "$dir"
    png="$dir/nl.offlimits.MeldpuntKiosk.png"
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert -w "$size" -h "$size" "$svg" -o "$png"
    elif command -v convert >/dev/null 2>&1; then
        # -strip: no timestamps in the PNG, so builds are reproducible
        convert -background none -density 384 "$svg" -resize "${size}x${size}" -strip "PNG32:$png"
    else
        echo "render-icons.sh: need rsvg-convert (librsvg2-bin) or convert (imagemagick)" >&2
        exit 1
    fi
done
