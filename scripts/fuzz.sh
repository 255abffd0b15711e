#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer + ASan + UBSan) and runs each fuzz target for a
# bounded time, one after another.
#   scripts/fuzz.sh            20 s per target (the bounded run in the test command)
#   scripts/fuzz.sh 600        the long run
#   FUZZ_TARGETS="fuzz_score" scripts/fuzz.sh 60   a subset
# Seeds come from tests/fuzz/corpus/<target>/ (read only); inputs libFuzzer finds go to
# build/fuzz/corpus/<target>/ and persist between runs. A crash, sanitizer report, leak or
# timeout (an input slower than FUZZ_TIMEOUT seconds = a hang) fails the run; the input is
# saved under test-artifacts/fuzz/ — turn it into a regression test (tests/test_bad_input.cpp).
# Prints one summary line per target; exits non-zero when any target failed.
set -u -o pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
timeout_s="${FUZZ_TIMEOUT:-10}"
targets="${FUZZ_TARGETS:-fuzz_score fuzz_corpus_reader fuzz_lexicon fuzz_article_line}"
build=build/fuzz
artifacts=test-artifacts/fuzz

if ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz: libFuzzer runtime missing (Debian package libclang-rt-14-dev; run scripts/setup.sh)" >&2
  exit 2
fi
if ! { [ -f "$build/build.ninja" ] || cmake --preset fuzz >"$build.configure.log" 2>&1; }; then
  cat "$build.configure.log" >&2; echo "fuzz: configure failed" >&2; exit 2
fi
if ! cmake --build --preset fuzz -j2 --target $targets >"$build.build.log" 2>&1; then
  tail -40 "$build.build.log" >&2; echo "fuzz: build failed (full log: $build.build.log)" >&2; exit 2
fi

mkdir -p "$artifacts"
failed=0
for t in $targets; do
  work="$build/corpus/$t"
  mkdir -p "$work"
  log="$artifacts/$t.log"
  max_len=8192
  [ "$t" = fuzz_lexicon ] && max_len=4096
  [ "$t" = fuzz_article_line ] && max_len=1024
  "$build/tests/fuzz/$t" "$work" "tests/fuzz/corpus/$t" \
      -max_total_time="$seconds" -timeout="$timeout_s" -rss_limit_mb=2048 -max_len="$max_len" \
      -print_final_stats=1 -artifact_prefix="$artifacts/$t-" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(find "$work" -type f | wc -l)
  if [ "$rc" -eq 0 ]; then
    echo "fuzz: $t ok — ${runs:-?} runs in ${seconds}s (${speed:-?} exec/s), coverage ${cov:-?}, corpus $corpus"
  else
    failed=1
    crash=$(ls -t "$artifacts/$t-"* 2>/dev/null | head -1)
    echo "fuzz: $t FAILED (exit $rc) after ${runs:-?} runs; input: ${crash:-none}; log: $log"
    grep -m3 -E 'ERROR: |runtime error|invariant failed|Timeout|out-of-memory' "$log" | sed 's/^/    /'
  fi
done
exit "$failed"
