#!/usr/bin/env bash
# Cross-validated accuracy of the shipped attribution pipeline (the C++ detector with its
# rules, not the trainer's approximation): for each of the trainer's 5 folds by article,
# the model trained without that fold scores the fold's articles through `biaslens eval
# sources`; the counts are pooled over folds (micro-averaged cue F1 and source F1).
#   scripts/cv_sources.sh [FOLD_DIR]
# FOLD_DIR (default build/cv-sources) holds fold<k>/{attribution.json,test.jsonl}; when it
# has none, tools/train_attribution.py --fold-dir writes them (about 10 minutes).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
folds="${1:-$root/build/cv-sources}"
data="$root/../shared/data/eval/sources/polnear.jsonl"
[ -f "$data" ] || { echo "cv_sources.sh: no PolNeAR development data at $data" >&2; exit 2; }
bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j"$(nproc)" --target biaslens
cli="$root/build/native/src/cli/biaslens"

if ! ls "$folds"/fold*/attribution.json >/dev/null 2>&1; then
  mkdir -p "$folds"
  /usr/bin/python3 tools/train_attribution.py --data "$data" --out "$folds/all-folds-model.json" \
    --fold-dir "$folds"
fi

for dir in "$folds"/fold*/; do
  assets="$dir/assets"
  rm -rf "$assets" && mkdir -p "$assets/models"
  # Everything as shipped except the attribution model.
  for entry in "$root"/assets/*; do
    [ "$(basename "$entry")" = models ] || ln -s "$entry" "$assets/"
  done
  for model in "$root"/assets/models/*.json; do
    [ "$(basename "$model")" = attribution.json ] || ln -s "$model" "$assets/models/"
  done
  cp "$dir/attribution.json" "$assets/models/attribution.json"
  "$cli" eval sources "$dir/test.jsonl" --assets "$assets" --json "$dir/figures.json" --quiet >/dev/null
done

/usr/bin/python3 - "$folds" <<'PY'
import glob, json, os, sys
pooled = {"cue_right": 0.0, "cue_pred": 0.0, "cue_found": 0.0, "cue_gold": 0.0,
          "src_right": 0.0, "src_pred": 0.0, "src_found": 0.0, "src_gold": 0.0}
def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0
print("| fold | articles | cue P | cue R | cue F1 | source P | source R | source F1 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for path in sorted(glob.glob(os.path.join(sys.argv[1], "fold*", "figures.json"))):
    doc = json.load(open(path))
    fig = doc["sources/polnear"]
    # The eval writes ratios and totals; the pooled counts are ratio × total.
    pooled["cue_right"] += fig["cue_precision"] * fig["predicted_cues"]
    pooled["cue_pred"] += fig["predicted_cues"]
    pooled["cue_found"] += fig["cue_recall"] * fig["gold_cues"]
    pooled["cue_gold"] += fig["gold_cues"]
    pooled["src_right"] += fig["source_precision"] * fig["predicted_sources"]
    pooled["src_pred"] += fig["predicted_sources"]
    pooled["src_found"] += fig["source_recall"] * fig["gold_sources"]
    pooled["src_gold"] += fig["gold_sources"]
    print("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |" % (
        os.path.basename(os.path.dirname(path)), fig["articles"], fig["cue_precision"],
        fig["cue_recall"], fig["cue_f1"], fig["source_precision"], fig["source_recall"],
        fig["source_f1"]))
cp = pooled["cue_right"] / pooled["cue_pred"]; cr = pooled["cue_found"] / pooled["cue_gold"]
sp = pooled["src_right"] / pooled["src_pred"]; sr = pooled["src_found"] / pooled["src_gold"]
print("| pooled | | %.3f | %.3f | **%.3f** | %.3f | %.3f | **%.3f** |" % (cp, cr, f1(cp, cr), sp, sr, f1(sp, sr)))
PY
