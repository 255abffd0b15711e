#!/usr/bin/env bash
# Opens the desktop app in a virtual X display (xvfb-run), renders N frames of every view
# and saves each as a PNG; fails if the app fails or a screenshot is blank (one colour).
#   tests/ui/native_window_smoke.sh BIASLENS_APP [OUT_DIR] [FRAMES]
set -euo pipefail
app="${1:?usage: native_window_smoke.sh path/to/biaslens-app [out_dir] [frames]}"
out="${2:-test-artifacts/ui}"
frames="${3:-30}"
mkdir -p "$out"
command -v xvfb-run >/dev/null || { echo "xvfb-run not installed" >&2; exit 1; }
for theme in light dark; do
  for view in overview compare sources reader method; do
    png="$out/native-$view-$theme.png"
    rm -f "$png"
    extra=()
    [ "$theme" = dark ] && extra+=(--dark)
    xvfb-run -a -s "-screen 0 1500x950x24" "$app" --size 1440x900 --view "$view" "${extra[@]}" \
      --frames "$frames" --screenshot "$png"
    [ -s "$png" ] || { echo "no screenshot for $view ($theme)" >&2; exit 1; }
    # Not blank: the PNG must hold more than a handful of distinct colours.
    python3 - "$png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, width, height = 8, b'', 0, 0
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        width, height, depth, color = struct.unpack('>IIBB', body[:10])
        assert depth == 8 and color == 6, 'expected 8-bit RGBA'
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * 4 + 1
# Sample unfiltered bytes of a few rows; filtered rows still differ when content differs.
rows = {raw[y * stride + 1:(y + 1) * stride] for y in range(0, height, max(1, height // 50))}
distinct = len(set(raw[i:i + 4] for i in range(0, min(len(raw), 4 * 200000), 4)))
assert width >= 800 and height >= 600, f'unexpected size {width}x{height}'
assert len(rows) > 5 and distinct > 20, f'{sys.argv[1]} looks blank ({len(rows)} distinct rows, {distinct} byte patterns)'
print(f'{sys.argv[1]}: {width}x{height}, not blank')
PY
  done
done
