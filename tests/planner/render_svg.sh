#!/bin/sh
# SPDX-License-Identifier: MIT
# Renders an SVG (by default the demo's plan.svg) to PNG with headless Chromium and checks the
# PNG is non-trivial: a valid PNG signature, the requested size, more than a few kilobytes and,
# when python3 is present, more than a handful of distinct colours (not a blank page), ink in
# each quarter of the picture (no panel blank or cut off) and none in the outer 6 px band on
# the right (nothing, such as a long title, runs off the edge).
#
# usage: render_svg.sh [input.svg] [output.png] [width] [height]
#   input.svg   default build/dev/examples/plan.svg (run the demo first)
#   output.png  default: the input with .png instead of .svg
#   width/height default 1000 x 800 (the planner's chart size)
# Needs the Debian package `chromium` (apt-get install -y chromium). Exit status 0 on success,
# 1 when the PNG is missing or trivial, 2 on a usage or environment problem.
set -eu

svg=${1:-build/dev/examples/plan.svg}
png=${2:-${svg%.svg}.png}
width=${3:-1000}
height=${4:-800}

if [ ! -f "$svg" ]; then
  echo "render_svg: no such file: $svg (run the demo first: cmake --workflow --preset demo)" >&2
  exit 2
fi
browser=
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$candidate
    break
  fi
done
if [ -z "$browser" ]; then
  echo "render_svg: chromium not found (Debian: apt-get install -y chromium)" >&2
  exit 2
fi

abs_svg=$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")
case $png in
  /*) abs_png=$png ;;
  *) abs_png=$(pwd)/$png ;;
esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM
rm -f "$abs_png"

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$abs_png" --window-size="$width,$height" \
  "file://$abs_svg" >/dev/null 2>&1 || true

if [ ! -s "$abs_png" ]; then
  echo "render_svg: chromium wrote no PNG for $svg" >&2
  exit 1
fi
signature=$(od -An -tx1 -N8 "$abs_png" | tr -d ' \n')
if [ "$signature" != "89504e470d0a1a0a" ]; then
  echo "render_svg: $abs_png is not a PNG" >&2
  exit 1
fi
size=$(wc -c <"$abs_png" | tr -d ' ')
if [ "$size" -lt 10000 ]; then
  echo "render_svg: $abs_png is only $size bytes: the chart did not render" >&2
  exit 1
fi
# Width and height from the IHDR chunk (bytes 16-23, big endian).
dims=$(od -An -tu1 -j16 -N8 "$abs_png" | tr -s ' ' | sed 's/^ //')
set -- $dims
png_width=$(( ($1 << 24) + ($2 << 16) + ($3 << 8) + $4 ))
png_height=$(( ($5 << 24) + ($6 << 16) + ($7 << 8) + $8 ))
if [ "$png_width" -ne "$width" ] || [ "$png_height" -ne "$height" ]; then
  echo "render_svg: $abs_png is ${png_width}x${png_height}, expected ${width}x${height}" >&2
  exit 1
fi
python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
if command -v "$python" >/dev/null 2>&1; then
  report=$("$python" - "$abs_png" <<'EOF'
import sys, zlib, struct
data = open(sys.argv[1], "rb").read()
pos, chunks, header = 8, [], None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        chunks.append(body)
    pos += 12 + length
w, h, depth, ctype = header[0], header[1], header[2], header[3]
channels = {2: 3, 6: 4, 0: 1, 4: 2}.get(ctype)
if depth != 8 or channels is None:
    print(999, 1, 1, 1, 1, 0)  # unusual format: do not judge
    sys.exit(0)
raw = zlib.decompress(b"".join(chunks))
stride = w * channels
seen, prev, i = set(), bytearray(stride), 0
quarters, edge = [0, 0, 0, 0], 0
for y in range(h):
    f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b = prev[x]; c = prev[x - channels] if x >= channels else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, channels * 7):
        seen.add(bytes(line[x:x + 3]))
    for px in range(0, w, 3):
        r = line[px * channels:px * channels + 3]
        if min(r) < 200:  # ink: not white or near white
            if px >= w - 6:
                edge += 1
            quarters[(2 if y >= h // 2 else 0) + (1 if px >= w // 2 else 0)] += 1
    prev = line
print(len(seen), *quarters, edge)
EOF
)
  set -- $report
  colours=$1
  if [ "$colours" -lt 8 ]; then
    echo "render_svg: $abs_png has only $colours colours: a blank or broken chart" >&2
    exit 1
  fi
  for quarter in "$2" "$3" "$4" "$5"; do
    if [ "$quarter" -lt 50 ]; then
      echo "render_svg: a quarter of $abs_png is blank ($2 $3 $4 $5 ink samples): a panel is missing or cut" >&2
      exit 1
    fi
  done
  if [ "$6" -gt 0 ]; then
    echo "render_svg: $abs_png has ink in its outer right band: something runs off the edge" >&2
    exit 1
  fi
fi
echo "render_svg: $svg -> $abs_png (${png_width}x${png_height}, $size bytes)"
