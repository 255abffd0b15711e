#!/usr/bin/env bash
# Regenerates assets/calibration.json: the quantiles of each raw score over the reference set
# (PolNeAR development articles: 924 political news texts from 7 outlets). Only quantiles are
# stored, never text. Run after changing a lexicon, a model or a raw-score formula.
#   scripts/calibrate.sh [REFERENCE.jsonl]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
reference="${1:-$root/../shared/data/eval/sources/polnear.jsonl}"
bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j"$(nproc)" --target biaslens
# Score with the lexicons on disk and no calibration, so raw values are what get calibrated.
build/native/src/cli/biaslens calibrate "$reference" --out assets/calibration.json
echo "wrote assets/calibration.json; rebuild to embed it"
