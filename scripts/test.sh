#!/usr/bin/env bash
# Command 2: install what is missing, build both targets, run every test.
# Stages run in order; a failing stage is reported and the others still run. The last
# line is "test.sh: N passed, M failed" (stages); the exit code is non-zero on any failure.
#   scripts/test.sh                 everything
#   STAGES="native web" scripts/test.sh   a subset (names below)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh || { echo "test.sh: 0 passed, 1 failed"; exit 1; }
export NODE_PATH=/usr/share/nodejs
jobs="$(nproc 2>/dev/null || echo 2)"
stages="${STAGES:-native web browser batch dask asan fuzz}"
passed=0; failed=0; failed_names=()
mkdir -p test-artifacts

stage() {  # stage NAME COMMAND...
  local name="$1"; shift
  case " $stages " in *" $name "*) ;; *) return 0 ;; esac
  local started=$SECONDS
  printf '\n\033[1m== %s ==\033[0m\n' "$name"
  if "$@"; then
    passed=$((passed + 1)); printf '== %s: ok (%ds)\n' "$name" $((SECONDS - started))
  else
    failed=$((failed + 1)); failed_names+=("$name"); printf '== %s: FAILED (%ds)\n' "$name" $((SECONDS - started))
  fi
}

native() {  # CLI, desktop app, core + UI + CLI tests (ctest), accuracy floors on ../shared/data
  cmake --preset native >/dev/null && cmake --build --preset native -j"$jobs" &&
    ctest --test-dir build/native --output-on-failure -j"$jobs"
}
web() {  # the wasm app + site, the core tests compiled to wasm run under node
  cmake --preset web >/dev/null && cmake --build --preset web -j"$jobs" &&
    ctest --test-dir build/web --output-on-failure
}
browser() {  # headless Chromium against the served site; the Node module
  node --test --test-concurrency=1 tests/browser/ tests/wasm/
}
batch() { [ ! -f tests/batch/test_batch.sh ] || bash tests/batch/test_batch.sh build/native/src/cli/biaslens; }
dask() { [ ! -f tests/dask/test_dask.py ] || /usr/bin/python3 tests/dask/test_dask.py build/native/src/cli/biaslens; }
asan() {  # the whole native suite under AddressSanitizer + UndefinedBehaviorSanitizer
  cmake --preset asan >/dev/null && cmake --build --preset asan -j"$jobs" &&
    ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build/asan --output-on-failure -j"$jobs"
}
fuzz() { bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"; }

stage native native
stage web web
stage browser browser
stage batch batch
stage dask dask
stage asan asan
stage fuzz fuzz

echo
[ "$failed" -eq 0 ] || echo "failed stages: ${failed_names[*]}"
echo "test.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
