#!/usr/bin/env bash
# Measures accuracy on the annotated development corpora (../shared/data/eval) and records it:
#   docs/accuracy.md       the table, for people
#   assets/accuracy.json   the figures the app's method view shows (embedded at build time)
#   scripts/eval.sh [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data="${1:-$root/../shared/data/eval}"
[ -d "$data" ] || { echo "eval.sh: no evaluation data at $data" >&2; exit 2; }
bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j"$(nproc)" --target biaslens
cli=build/native/src/cli/biaslens
out="$(mktemp)"
"$cli" eval --all "$data" --json assets/accuracy.json | tee "$out"
/usr/bin/python3 - "$out" assets/accuracy.json > docs/accuracy.md <<'PY'
import json, sys, datetime
figures = json.load(open(sys.argv[2]))
print("# Measured accuracy (development halves)\n")
print(f"Measured {datetime.date.today()} with `scripts/eval.sh` on `../shared/data/eval` (development")
print("halves; a held-out half decides, and its numbers will differ). Metrics as defined in")
print("`../shared/data/README.md`.\n")
print("| corpus | records | figure | value |\n|---|---:|---|---:|")
for corpus, f in figures.items():
    for name, value in f.items():
        if name == "records": continue
        print(f"| {corpus} | {f.get('records', '')} | {name} | {value:.4f} |" if isinstance(value, float) else f"| {corpus} | {f.get('records','')} | {name} | {value} |")
print("\nTargets (held-out): hedging sentence F1 ≥ 0.70 FactBank, ≥ 0.62 WikiWeasel; PTC span F1 ≥ 0.40;")
print("BABE macro F1 ≥ 0.70; PolNeAR cue F1 ≥ 0.80, source F1 ≥ 0.70.")
PY
rm -f "$out"
echo "wrote docs/accuracy.md and assets/accuracy.json"
