#!/usr/bin/env bash
# Installs what biaslens needs to build and test, skipping what is already there.
# Idempotent; safe to run on every build. Sources: Debian's archive and the npm registry only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
third="$root/third_party"
IMGUI_VERSION="1.90.1"
IMGUI_DEB_VERSION="1.90.1+ds-1"

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*" >&2; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need_pkgs=()
for pkg in cmake ninja-build g++ clang python3-numpy emscripten libstb-dev nlohmann-json3-dev doctest-dev \
           libglfw3-dev libgl-dev chromium xvfb xauth python3-distributed python3-msgpack \
           libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$pkg")
done
# node/npm may come from another vendor's package that bundles npm; only ask Debian when absent.
command -v node >/dev/null 2>&1 || need_pkgs+=(nodejs)
command -v npm  >/dev/null 2>&1 || need_pkgs+=(npm)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  say "installing Debian packages: ${need_pkgs[*]}"
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi

# Dear ImGui sources (Debian's binary package lacks the .cpp files both targets compile).
if [ ! -f "$third/imgui-$IMGUI_VERSION/imgui.cpp" ]; then
  say "fetching Dear ImGui $IMGUI_VERSION sources from Debian's source package"
  src_list=/etc/apt/sources.list.d/biaslens-src.sources
  if [ ! -f "$src_list" ]; then
    sed -e 's/^Types: deb$/Types: deb-src/' -e 's/^Suites: .*/Suites: trixie/' \
        /etc/apt/sources.list.d/debian.sources | awk 'BEGIN{RS="";ORS="\n\n"} NR==1' \
        | sudo_if_needed tee "$src_list" >/dev/null
    sudo_if_needed apt-get update -qq
  fi
  mkdir -p "$third"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source --download-only "imgui=$IMGUI_DEB_VERSION" >/dev/null 2>&1 \
     && tar xf "imgui_${IMGUI_VERSION}+ds.orig.tar.xz" -C "$third")
  rm -rf "$tmp"
  [ -f "$third/imgui-$IMGUI_VERSION/imgui.cpp" ] || { echo "setup: could not get Dear ImGui sources" >&2; exit 1; }
fi

# npm packages for browser tests and the benchmark's comparison libraries (locked versions).
if [ ! -d "$root/node_modules/playwright-core" ]; then
  say "installing npm packages (npm ci)"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi
say "all dependencies present"
