#!/usr/bin/env bash
# Speed work must not change a single output byte. This compares `biaslens score --jsonl`
# of a reference build and of the current build over the benchmark corpus (40+ MB of real
# news, built at run time into build/bench/corpus.jsonl), for utf8 and utf16 offsets, the
# current build on 1 and 2 threads; and runs `bench_core --verify` (ReportToJsonText vs
# ReportToJson().dump()) when bench_core is built next to the CLI.
#
#   scripts/check_output_stable.sh --ref-bin OLD/biaslens [--bin NEW/biaslens] [--corpus F]
#   scripts/check_output_stable.sh --ref-patch P.patch    # reference = this tree with P reverse-applied
#   scripts/check_output_stable.sh --ref-src DIR          # reference = the source tree DIR
#
# --ref-patch copies the tree once and builds both sides from that one copy (build/check-output:
# `new` as is, `ref` with P reverse-applied), so files other people edit meanwhile cannot
# make the two differ; give --bin to compare against an existing build instead.
# --ref-src builds the reference CLI in build/check-output/ref (Release, CLI only).
# --bin defaults to build/bench/src/cli/biaslens (scripts/bench.sh builds it).
# Exit status 0 when every comparison is byte-identical; the first difference is printed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REF_BIN="" REF_PATCH="" REF_SRC="" BIN="" CORPUS=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --ref-bin) REF_BIN="$2"; shift 2 ;;
    --ref-patch) REF_PATCH="$(realpath "$2")"; shift 2 ;;
    --ref-src) REF_SRC="$(realpath "$2")"; shift 2 ;;
    --bin) BIN="$2"; shift 2 ;;
    --corpus) CORPUS="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "check_output_stable: unknown argument $1" >&2; exit 2 ;;
  esac
done
build_cli() {  # SOURCE_TREE BUILD_DIR TARGET... -> the CLI's path on stdout
  mkdir -p "$2"
  cmake -S "$1" -B "$2" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBIASLENS_BUILD_APP=OFF \
        -DBIASLENS_BUILD_TESTS=OFF > "$2/configure.log" || { tail -20 "$2/configure.log" >&2; exit 2; }
  cmake --build "$2" -j2 --target "${@:3}" > "$2/build.log" || { tail -20 "$2/build.log" >&2; exit 2; }
  echo "$2/src/cli/biaslens"
}
copy_tree() {  # DEST
  rm -rf "$1"; mkdir -p "$1"
  tar -C "$ROOT" --exclude=./build --exclude=./node_modules --exclude=./.git --exclude=./third_party -cf - . | tar -C "$1" -xf -
  [[ -e "$ROOT/third_party" ]] && ln -s "$ROOT/third_party" "$1/third_party"
}
CHECK="$ROOT/build/check-output"
if [[ -n "$REF_PATCH" ]]; then
  copy_tree "$CHECK/new-src"
  cp -a "$CHECK/new-src/." "$CHECK/ref-src-tmp" 2>/dev/null || true
  rm -rf "$CHECK/ref-src"; mv "$CHECK/ref-src-tmp" "$CHECK/ref-src"
  (cd "$CHECK/ref-src" && patch -R -p1 --quiet < "$REF_PATCH") || { echo "check_output_stable: $REF_PATCH does not reverse-apply" >&2; exit 2; }
  [[ -z "$BIN" ]] && { echo "check_output_stable: building the current tree …"; BIN=$(build_cli "$CHECK/new-src" "$CHECK/new" biaslens bench_core); }
  echo "check_output_stable: building the reference (patch reversed) …"
  REF_BIN=$(build_cli "$CHECK/ref-src" "$CHECK/ref" biaslens)
elif [[ -n "$REF_SRC" ]]; then
  REF_BIN=$(build_cli "$REF_SRC" "$CHECK/ref" biaslens)
fi
BIN="${BIN:-$ROOT/build/bench/src/cli/biaslens}"
[[ -x "$BIN" ]] || { echo "check_output_stable: no CLI at $BIN (run scripts/bench.sh or pass --bin)" >&2; exit 2; }
[[ -n "$REF_BIN" && -x "$REF_BIN" ]] || { echo "check_output_stable: give --ref-bin, --ref-patch or --ref-src" >&2; exit 2; }

if [[ -z "$CORPUS" ]]; then
  CORPUS="$ROOT/build/bench/corpus.jsonl"
  [[ -s "$CORPUS" ]] || /usr/bin/python3 "$ROOT/bench/make_corpus.py" --data "$ROOT/../shared/data/eval" --out "$CORPUS" --mb 40
fi
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
echo "check_output_stable: reference $REF_BIN"
echo "check_output_stable: current   $BIN"
echo "check_output_stable: corpus    $CORPUS ($(wc -l < "$CORPUS") articles)"

status=0
compare() {  # $1 = label, $2 $3 = files
  if cmp -s "$2" "$3"; then
    echo "  identical  $1 ($(wc -c < "$3") bytes)"
  else
    status=1
    local line
    line=$(cmp "$2" "$3" | sed -n 's/.* line \([0-9]*\).*/\1/p')
    echo "  DIFFERENT  $1: first difference on line ${line:-?}"
    [[ -n "$line" ]] && diff <(sed -n "${line}p" "$2" | fold -w 160) <(sed -n "${line}p" "$3" | fold -w 160) | head -8
  fi
}
for unit in utf8 utf16; do
  "$REF_BIN" score --jsonl --quiet --threads 1 --offsets $unit < "$CORPUS" > "$OUT/ref.$unit" 2> "$OUT/ref.$unit.err" || true
  "$BIN" score --jsonl --quiet --threads 1 --offsets $unit < "$CORPUS" > "$OUT/new.$unit" 2> "$OUT/new.$unit.err" || true
  compare "--offsets $unit --threads 1 (stdout)" "$OUT/ref.$unit" "$OUT/new.$unit"
  compare "--offsets $unit --threads 1 (stderr)" "$OUT/ref.$unit.err" "$OUT/new.$unit.err"
done
"$BIN" score --jsonl --quiet --threads 2 < "$CORPUS" > "$OUT/new.utf8.t2" 2>/dev/null || true
compare "--offsets utf8 --threads 2 (stdout)" "$OUT/ref.utf8" "$OUT/new.utf8.t2"

BENCH_CORE="$(dirname "$(dirname "$(dirname "$BIN")")")/bench/bench_core"
if [[ -x "$BENCH_CORE" ]]; then
  if "$BENCH_CORE" "$CORPUS" --verify; then :; else status=1; fi
fi
[[ $status -eq 0 ]] && echo "check_output_stable: output is byte-identical" || echo "check_output_stable: OUTPUT CHANGED"
exit $status
