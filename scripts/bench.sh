#!/usr/bin/env bash
# The biaslens benchmark: one run, one table, written to docs/benchmarks.md.
#
#   scripts/bench.sh [--seconds S] [--threads N] [--no-build] [--no-web] [--out FILE] [--mb M]
#                    [--native-mb M]
#
# Builds what it needs (native Release in build/bench: the CLI and bench/bench_core;
# Emscripten Release in build/bench-web: the page `biaslens_web` and the Node module
# `biaslens_node`), builds a 40+ MB corpus of real news text from ../shared/data/eval
# (build/bench/corpus.jsonl, never committed), then measures side by side:
#   native CLI `score --jsonl` on 1 and N threads (stdin -> /dev/null), the in-process
#   core (Scorer::Score + ReportToJsonText, no I/O), wasm under Node, wasm in headless
#   Chromium through BiasLens.score, and retext-intensify, write-good and wink-nlp on the
#   same articles; peak memory; wasm + js size raw and gzipped; time to first chart;
#   frame time with 50 articles.
# A row that cannot run says "not available: <why>" instead of failing the run.
# Every rate is MB of article text (10^6 bytes of UTF-8) per second. Slow JS libraries
# and the wasm rows run on a time budget (S seconds each, default 15) over the start of
# the same corpus. Timings are never asserted anywhere; this is a report, not a test.
# --mb M builds a corpus of M MB instead of 40 (build/bench/corpus-<M>mb.jsonl; for a quick
# check of the harness, not for the published table). --native-mb M runs the native rows
# on the first M MB of the corpus only (when the scorer is slow; the table says how much).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_BUDGET=15 THREADS="$(nproc)" BUILD=1 WEB=1 OUT_MD="$ROOT/docs/benchmarks.md" CORPUS_MB=40 NATIVE_MB=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) SECONDS_BUDGET="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --no-web) WEB=0; shift ;;
    --out) OUT_MD="$2"; shift 2 ;;
    --mb) CORPUS_MB="$2"; shift 2 ;;
    --native-mb) NATIVE_MB="$2"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
NATIVE="$ROOT/build/bench"
WEBDIR="$ROOT/build/bench-web"
SITE="$WEBDIR/site"
CORPUS="$NATIVE/corpus.jsonl"
[[ "$CORPUS_MB" != 40 ]] && CORPUS="$NATIVE/corpus-${CORPUS_MB}mb.jsonl"
RESULTS="$NATIVE/results.jsonl"
CLI="$NATIVE/src/cli/biaslens"
BENCH_CORE="$NATIVE/bench/bench_core"
PY=/usr/bin/python3
mkdir -p "$NATIVE"
: > "$RESULTS"
log() { echo "bench: $*" >&2; }
# result KEY JSON-OBJECT-BODY   (appends {"key": KEY, ...} to the results)
result() { echo "{\"key\": \"$1\", $2}" >> "$RESULTS"; }
na() { result "$1" "\"na\": $(printf '%s' "$2" | $PY -c 'import json,sys; print(json.dumps(sys.stdin.read()))')"; }

# --- build ------------------------------------------------------------------------------
NATIVE_WHY="" WEB_WHY="" NODE_WHY=""
if [[ $BUILD -eq 1 ]]; then
  log "building native Release in build/bench …"
  if cmake -S "$ROOT" -B "$NATIVE" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIASLENS_BUILD_APP=OFF \
        -DBIASLENS_BUILD_TESTS=OFF > "$NATIVE/configure.log" 2>&1 &&
     cmake --build "$NATIVE" -j2 --target biaslens bench_core > "$NATIVE/build.log" 2>&1; then :; else
    NATIVE_WHY="native build failed (build/bench/build.log)"
  fi
  if [[ $WEB -eq 1 ]]; then
    log "building web Release in build/bench-web …"
    export NODE_PATH=/usr/share/nodejs
    mkdir -p "$WEBDIR"
    if emcmake cmake -S "$ROOT" -B "$WEBDIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIASLENS_BUILD_TESTS=OFF \
          > "$WEBDIR/configure.log" 2>&1; then
      targets=$(cmake --build "$WEBDIR" --target help 2>/dev/null)
      for t in biaslens_web biaslens_node; do
        if ! grep -q "^$t:" <<< "$targets"; then
          [[ $t == biaslens_web ]] && WEB_WHY="target biaslens_web is not defined yet" || NODE_WHY="target biaslens_node is not defined yet"
        elif ! cmake --build "$WEBDIR" -j2 --target $t > "$WEBDIR/build-$t.log" 2>&1; then
          [[ $t == biaslens_web ]] && WEB_WHY="web build failed (build/bench-web/build-$t.log)" \
                                   || NODE_WHY="wasm module build failed (build/bench-web/build-$t.log)"
        fi
      done
    else
      WEB_WHY="emcmake configure failed (build/bench-web/configure.log)"; NODE_WHY="$WEB_WHY"
    fi
  fi
fi
[[ -z "$NATIVE_WHY" && ! -x "$CLI" ]] && NATIVE_WHY="no native CLI at build/bench/src/cli/biaslens"
if [[ $WEB -eq 0 ]]; then WEB_WHY="${WEB_WHY:-skipped (--no-web)}"; NODE_WHY="${NODE_WHY:-skipped (--no-web)}"; fi
[[ -z "$WEB_WHY" && ! -f "$SITE/index.html" ]] && WEB_WHY="no page at build/bench-web/site/index.html"
[[ -z "$NODE_WHY" && ! -f "$SITE/web/biaslens-core.js" ]] && NODE_WHY="no Node module at build/bench-web/site/web/biaslens-core.js"

# --- corpus -------------------------------------------------------------------------------
if [[ ! -s "$CORPUS" || "$ROOT/bench/make_corpus.py" -nt "$CORPUS" ]]; then
  $PY "$ROOT/bench/make_corpus.py" --data "$ROOT/../shared/data/eval" --out "$CORPUS" --mb "$CORPUS_MB" || exit 2
fi
NATIVE_CORPUS="$CORPUS"
if [[ -n "$NATIVE_MB" ]]; then  # the first NATIVE_MB MB of article text, whole lines
  NATIVE_CORPUS="$NATIVE/corpus-head-${NATIVE_MB}mb.jsonl"
  $PY -c '
import json, sys
limit, b = float(sys.argv[2]) * 1e6, 0
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        out.write(line); b += len(json.loads(line)["text"].encode("utf-8"))
        if b >= limit: break' "$CORPUS" "$NATIVE_MB" "$NATIVE_CORPUS"
fi
text_stats() { $PY -c '
import json, sys
n = b = 0
for line in open(sys.argv[1], encoding="utf-8"):
    n += 1; b += len(json.loads(line)["text"].encode("utf-8"))
print(n, b)' "$1"; }
read -r CORPUS_ARTICLES CORPUS_BYTES < <(text_stats "$CORPUS")
read -r ARTICLES TEXT_BYTES < <(text_stats "$NATIVE_CORPUS")
log "corpus: $CORPUS_ARTICLES articles, $CORPUS_BYTES bytes of text; native rows: $ARTICLES articles, $TEXT_BYTES bytes"
MEASURE_START=$(date +%s)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- native -------------------------------------------------------------------------------
cli_row() {  # KEY THREADS
  local key="$1" threads="$2" t
  /usr/bin/time -f "%e %U %S %M" -o "$NATIVE/cli.time" "$CLI" score --jsonl --quiet --threads "$threads" \
      < "$NATIVE_CORPUS" > /dev/null 2> "$NATIVE/cli.err"
  read -r wall user sys rss < <(tail -1 "$NATIVE/cli.time")
  result "$key" "\"wall_s\": $wall, \"cpu_s\": $(echo "$user + $sys" | bc), \"rss_kb\": $rss, \"bytes\": $TEXT_BYTES, \"articles\": $ARTICLES, \"threads\": $threads"
}
if [[ -z "$NATIVE_WHY" ]]; then
  log "native CLI, 1 thread …";  cli_row cli1 1
  log "native CLI, $THREADS threads …"; cli_row cliN "$THREADS"
  if [[ -x "$BENCH_CORE" ]]; then
    log "native in-process (bench_core) …"
    t=$(/usr/bin/time -f "%M" -o "$NATIVE/core.rss" "$BENCH_CORE" "$NATIVE_CORPUS" --min-seconds 0 --max-seconds $((SECONDS_BUDGET * 2)) --json 2>/dev/null)
    result core "$(echo "$t" | $PY -c 'import json,sys; d=json.loads(sys.stdin.read()); print(", ".join(f"\"{k}\": {json.dumps(v)}" for k,v in d.items()))'), \"rss_kb\": $(cat "$NATIVE/core.rss")"
  else
    na core "bench_core not built"
  fi
else
  na cli1 "$NATIVE_WHY"; na cliN "$NATIVE_WHY"; na core "$NATIVE_WHY"
fi

# --- wasm + JS libraries under Node --------------------------------------------------------
node_row() {  # KEY WHAT
  local out
  out=$(node "$ROOT/bench/bench_node.mjs" "$CORPUS" --what "$2" --site "$SITE" --seconds "$SECONDS_BUDGET" 2>/dev/null | tail -1)
  if [[ -z "$out" ]]; then na "$1" "node run failed"; return; fi
  if grep -q '"error"' <<< "$out"; then na "$1" "$($PY -c 'import json,sys; print(json.loads(sys.argv[1])["error"])' "$out")"; return; fi
  result "$1" "$(echo "$out" | $PY -c 'import json,sys; d=json.loads(sys.stdin.read()); print(", ".join(f"\"{k}\": {json.dumps(v)}" for k,v in d.items()))')"
}
if [[ -z "$NODE_WHY" ]]; then log "wasm in Node …"; node_row node biaslens; else na node "$NODE_WHY"; fi
for lib in retext write-good wink; do log "$lib in Node …"; node_row "$lib" "$lib"; done

# --- the page in headless Chromium ---------------------------------------------------------
if [[ -z "$WEB_WHY" ]]; then
  log "page in headless Chromium …"
  out=$(timeout 600 node "$ROOT/bench/bench_browser.mjs" "$SITE" "$CORPUS" --seconds "$SECONDS_BUDGET" --max-mb 24 2>/dev/null | tail -1)
  if [[ -z "$out" ]] || grep -q '"error"' <<< "$out"; then
    na browser "$([[ -z "$out" ]] && echo "browser run failed" || $PY -c 'import json,sys; print(json.loads(sys.argv[1])["error"])' "$out")"
  else
    result browser "$(echo "$out" | $PY -c 'import json,sys; d=json.loads(sys.stdin.read()); print(", ".join(f"\"{k}\": {json.dumps(v)}" for k,v in d.items()))')"
  fi
else
  na browser "$WEB_WHY"
fi

# --- sizes ---------------------------------------------------------------------------------
sizes() {  # KEY FILE...
  local key="$1" raw=0 gz=0 f; shift
  for f in "$@"; do
    [[ -f "$f" ]] || { na "$key" "missing $(basename "$f")"; return; }
    raw=$((raw + $(stat -c %s "$f"))); gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done
  result "$key" "\"raw\": $raw, \"gzip\": $gz, \"files\": \"$(for f in "$@"; do printf '%s ' "${f#$SITE/}"; done)\""
}
if [[ -z "$WEB_WHY" ]]; then
  # The page: its wasm, its Emscripten loader and every page script (web/*.js|mjs, not the core-only module).
  mapfile -t page_js < <(find "$SITE/web" -maxdepth 1 \( -name '*.js' -o -name '*.mjs' \) ! -name 'biaslens-core.js' | sort)
  sizes size_page "$SITE/app.wasm" "$SITE/app.js" "${page_js[@]}"
else
  na size_page "$WEB_WHY"
fi
if [[ -z "$NODE_WHY" ]]; then sizes size_core "$SITE/web/biaslens-core.js" "$SITE/web/biaslens.mjs" "$SITE/web/bridge.mjs"; else na size_core "$NODE_WHY"; fi

MEASURE_SECONDS=$(( $(date +%s) - MEASURE_START ))
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
log "measured in ${MEASURE_SECONDS} s; writing $OUT_MD"

# --- the table -----------------------------------------------------------------------------
$PY "$ROOT/bench/write_table.py" --results "$RESULTS" --out "$OUT_MD" --threads "$THREADS" \
    --measure-seconds "$MEASURE_SECONDS" --load-before "$LOAD_BEFORE" --load-after "$LOAD_AFTER" \
    --seconds-budget "$SECONDS_BUDGET" --corpus "${CORPUS#$ROOT/}" --corpus-articles "$CORPUS_ARTICLES" \
    --corpus-bytes "$CORPUS_BYTES"
