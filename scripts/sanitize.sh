#!/usr/bin/env bash
# The whole native test suite under AddressSanitizer + UndefinedBehaviorSanitizer
# (the `asan` preset: build/asan, RelWithDebInfo, -fno-sanitize-recover=undefined).
#   scripts/sanitize.sh          configure if needed, build, run ctest
#   scripts/sanitize.sh -R cli   extra arguments go to ctest
# Any sanitizer report fails the test that triggered it (ASan aborts; UBSan does not
# recover), so a clean run is "100% tests passed".
set -u -o pipefail
cd "$(dirname "$0")/.."
build=build/asan
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [ ! -f "$build/build.ninja" ]; then
  cmake --preset asan >"$build.configure.log" 2>&1 || { cat "$build.configure.log" >&2; echo "sanitize: configure failed" >&2; exit 2; }
fi
if ! cmake --build --preset asan -j2 >"$build.build.log" 2>&1; then
  tail -40 "$build.build.log" >&2; echo "sanitize: build failed (full log: $build.build.log)" >&2; exit 2
fi
ctest --test-dir "$build" --output-on-failure "$@"
rc=$?
[ "$rc" -eq 0 ] && echo "sanitize: ASan + UBSan clean" || echo "sanitize: FAILED (see the output above)"
exit "$rc"
