#!/usr/bin/env bash
# Regenerates assets/fonts/DejaVuSans-subset.ttf: DejaVu Sans cut down to the glyph ranges the
# app rasterizes (kBlocks in src/app/fonts.cpp; keep the two lists equal). Hinting and
# OpenType layout tables are dropped: ImGui's rasterizer uses neither. Needs Debian's fonttools
# and fonts-dejavu-core (installed here when missing).
#   tools/subset_font.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v pyftsubset >/dev/null || [ ! -f "$source_font" ]; then
  sudo_if_needed apt-get install -y -qq --no-install-recommends fonttools fonts-dejavu-core >/dev/null
fi
pyftsubset "$source_font" \
  --unicodes="U+0020-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-20BF,U+2100-22FF,U+2500-27BF,U+FB00-FB06,U+FE00-FE0F,U+FEFF,U+FFFD" \
  --layout-features='' --no-hinting --desubroutinize --name-IDs='*' \
  --output-file="$root/assets/fonts/DejaVuSans-subset.ttf"
ls -l "$root/assets/fonts/DejaVuSans-subset.ttf"
