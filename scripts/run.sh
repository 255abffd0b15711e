#!/usr/bin/env bash
# Command 1: install what is missing, build the web app, serve the static site on
# http://127.0.0.1:8080/ with the five default articles loaded.
#   scripts/run.sh              build + serve the page (Ctrl+C stops)
#   scripts/run.sh --native     build + open the desktop window instead
#   PORT=9000 scripts/run.sh    another port
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs   # Debian's emcc runs node and needs Debian's node modules
jobs="$(nproc 2>/dev/null || echo 2)"

if [ "${1:-}" = "--native" ]; then
  cmake --preset native >/dev/null
  cmake --build --preset native -j"$jobs" --target biaslens_desktop
  exec "$root/build/native/src/platform/biaslens-app" "${@:2}"
fi

cmake --preset web >/dev/null
cmake --build --preset web -j"$jobs"
site="$root/build/web/site"
echo "Static site folder: $site (copy it to any static host as is)"
exec python3 scripts/serve.py "$site" --port "${PORT:-8080}"
