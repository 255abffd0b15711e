#!/usr/bin/env bash
# Batch scoring at scale: `biaslens score --jsonl --threads N` over 100,000 real news
# paragraphs (from ../shared/data/eval, built at run time, never committed).
#   - every line comes out, in input order, identical to --threads 1;
#   - memory is flat in corpus size: peak RSS for 100k articles <= 1.5x that for 10k;
#   - a bad line in the middle is named on stderr with its line number, the rest still come out;
#   - a summary line at the end; a progress bar on stderr only when it is a terminal.
# No timings are asserted. Usage: tests/batch/test_batch.sh [BIASLENS_CLI] [ARTICLES]
# Prints "batch: N passed, M failed" last; exit status 1 when anything failed.
set -u
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLI="${1:-${BIASLENS_CLI:-}}"
if [[ -z "$CLI" ]]; then
  for c in "$ROOT/build/native/src/cli/biaslens" "$ROOT/build/bench/src/cli/biaslens"; do
    [[ -x "$c" ]] && { CLI="$c"; break; }
  done
fi
ARTICLES="${2:-100000}"
DATA="${BIASLENS_DATA_DIR:-$ROOT/../shared/data}/eval"
PY=/usr/bin/python3
THREADS=4
passed=0; failed=0
pass() { passed=$((passed + 1)); echo "  ok   $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL $1"; }
check() { local name="$1"; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
finish() { echo "batch: $passed passed, $failed failed"; [[ $failed -eq 0 ]]; exit $?; }

if [[ -z "$CLI" || ! -x "$CLI" ]]; then fail "biaslens CLI built (pass its path or build build/native)"; finish; fi
if [[ ! -d "$DATA" ]]; then fail "eval data at $DATA"; finish; fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "batch: $CLI, $ARTICLES articles, work dir $WORK"

# --- corpora: 100k and 10k short real articles (one paragraph each) -----------------------
$PY "$ROOT/bench/make_corpus.py" --data "$DATA" --paragraphs --articles "$ARTICLES" --out "$WORK/big.jsonl" 2>/dev/null
head -n $((ARTICLES / 10)) "$WORK/big.jsonl" > "$WORK/small.jsonl"
lines_in=$(wc -l < "$WORK/big.jsonl")
check "corpus has $ARTICLES lines" test "$lines_in" -eq "$ARTICLES"

# peak_rss FILE OUT THREADS -> prints max resident KB; output to OUT, stderr to OUT.err
peak_rss() {
  /usr/bin/time -f "%M" -o "$2.rss" "$CLI" score --jsonl --threads "$3" < "$1" > "$2" 2> "$2.err"
  echo $? > "$2.status"
  cat "$2.rss"
}

# --- order and determinism ---------------------------------------------------------------
rss_big=$(peak_rss "$WORK/big.jsonl" "$WORK/big.t$THREADS.out" $THREADS)
"$CLI" score --jsonl --threads 1 --quiet < "$WORK/big.jsonl" > "$WORK/big.t1.out" 2> "$WORK/big.t1.err"
check "--threads $THREADS exits 0" test "$(cat "$WORK/big.t$THREADS.out.status")" -eq 0
check "one report per input line" test "$(wc -l < "$WORK/big.t$THREADS.out")" -eq "$lines_in"
check "--threads $THREADS output identical to --threads 1" cmp -s "$WORK/big.t1.out" "$WORK/big.t$THREADS.out"
"$CLI" score --jsonl --threads 0 --quiet < "$WORK/small.jsonl" > "$WORK/small.t0.out"
"$CLI" score --jsonl --threads 1 --quiet < "$WORK/small.jsonl" > "$WORK/small.t1.out"
check "--threads 0 (all cores) identical to --threads 1" cmp -s "$WORK/small.t1.out" "$WORK/small.t0.out"
ids_in_order() {
  $PY - "$1" "$2" <<'EOF'
import json, sys
ids_in = [json.loads(l)["id"] for l in open(sys.argv[1], encoding="utf-8")]
ids_out = [json.loads(l)["id"] for l in open(sys.argv[2], encoding="utf-8")]
sys.exit(0 if ids_in == ids_out else 1)
EOF
}
check "output ids are the input ids in input order" ids_in_order "$WORK/big.jsonl" "$WORK/big.t$THREADS.out"

# --- memory flat in corpus size ------------------------------------------------------------
rss_small=$(peak_rss "$WORK/small.jsonl" "$WORK/small.t$THREADS.out" $THREADS)
echo "  peak RSS: $rss_small KB for $((ARTICLES / 10)) articles, $rss_big KB for $ARTICLES articles"
check "peak RSS for ${ARTICLES} <= 1.5x peak RSS for $((ARTICLES / 10))" test $((rss_big * 2)) -le $((rss_small * 3))

# --- summary line; bad lines named and skipped ---------------------------------------------
check "summary line on stderr" grep -q "^biaslens: scored $lines_in of $lines_in articles" "$WORK/big.t$THREADS.out.err"
{
  head -n 1000 "$WORK/small.jsonl"
  echo '{"id": "broken", "text": "unterminated'
  echo '{"id": "no-text"}'
  sed -n '1001,2000p' "$WORK/small.jsonl"
} > "$WORK/bad.jsonl"
"$CLI" score --jsonl --threads $THREADS < "$WORK/bad.jsonl" > "$WORK/bad.out" 2> "$WORK/bad.err"
status=$?
check "exit status 1 when lines were rejected" test $status -eq 1
check "bad JSON named by line number" grep -q "^stdin:1001: not valid JSON" "$WORK/bad.err"
check "missing text named by line number" grep -q '^stdin:1002: missing "text"' "$WORK/bad.err"
head -n 2000 "$WORK/small.t1.out" > "$WORK/good2000.out"
check "the other 2000 lines still scored, in order" cmp -s "$WORK/good2000.out" "$WORK/bad.out"
check "summary counts the rejected lines" grep -q "scored 2000 of 2002 articles.*2 rejected" "$WORK/bad.err"

# --- progress bar only on a terminal --------------------------------------------------------
check "no progress bar when stderr is not a terminal" bash -c "! grep -q $'\r' '$WORK/big.t$THREADS.out.err'"
if command -v script > /dev/null; then
  script -qec "'$CLI' score --jsonl --threads 2 < '$WORK/small.jsonl' > /dev/null" /dev/null > "$WORK/tty.log" 2>&1
  check "progress bar (\\r…%) when stderr is a terminal" grep -q "%" "$WORK/tty.log"
fi

finish
