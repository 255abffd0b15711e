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
"$cli" eval --all "$data" --json assets/accuracy.json
/usr/bin/python3 - assets/accuracy.json assets/models assets/cross_validation.json > docs/accuracy.md <<'PY'
import datetime, json, os, sys
accuracy_path, models_dir, shipped_cv_path = sys.argv[1], sys.argv[2], sys.argv[3]
dev = json.load(open(accuracy_path))
# Cross-validated estimates (folds by document): through the shipped C++ detector where
# `scripts/cross_validate.sh KIND --record` measured it, else as each trainer recorded it in
# its model file (its Python mirror of the detector).
def model(name):
    path = os.path.join(models_dir, name + ".json")
    return json.load(open(path)) if os.path.exists(path) else {}
cv = {}
h = model("hedging").get("training", {}).get("cross_validation", {})
if h:
    cv["hedging/factbank"] = {"sentence_f1": h["factbank"]["sentence_f1"], "cue_f1": h["factbank"]["cue_f1_approx"]}
    cv["hedging/wiki"] = {"sentence_f1": h["wiki"]["sentence_f1"], "cue_f1": h["wiki"]["cue_f1_approx"]}
l = model("loaded").get("training", {}).get("cross_validation", {})
if l:
    cv["loaded/ptc"] = {"span_f1": l["ptc_span_f1"]}
    cv["loaded/babe"] = {"macro_f1": l["babe_macro_f1"]}
a = model("attribution").get("cv", {})
if a:
    cv["sources/polnear"] = {"cue_f1": a["cue_f1"], "source_f1": a["source_f1"]}
shipped_cv = json.load(open(shipped_cv_path)) if os.path.exists(shipped_cv_path) else {}
by_detector = sorted(shipped_cv)
for corpus in by_detector:
    cv[corpus] = {name: value for name, value in shipped_cv[corpus].items() if isinstance(value, float)}
json.dump({"development": dev, "cross_validated": cv, "measured": str(datetime.date.today())},
          open(accuracy_path, "w"), indent=1)
targets = {("hedging/factbank", "sentence_f1"): 0.70, ("hedging/wiki", "sentence_f1"): 0.62,
           ("loaded/ptc", "span_f1"): 0.40, ("loaded/babe", "macro_f1"): 0.70,
           ("sources/polnear", "cue_f1"): 0.80, ("sources/polnear", "source_f1"): 0.70}
print("# Measured accuracy\n")
print(f"Measured {datetime.date.today()} with `scripts/eval.sh` on `../shared/data/eval`, metrics as defined in")
print("`../shared/data/README.md`. The models were trained on these development halves, so the")
print("**cross-validated** column (5 folds, split by document) is the honest estimate of held-out")
by_trainer = sorted(corpus for corpus in cv if corpus not in shipped_cv)
print("accuracy; the development column is in-sample. The cross-validated figures are the shipped C++")
print("detector's for " + (", ".join(by_detector) or "no corpus") + " (`scripts/cross_validate.sh")
print("sources|loaded|hedging --record`: each fold's model scores the fold's texts through `biaslens eval`,")
print("recorded in `assets/cross_validation.json`)" + (
    ", the trainers' own Python cross-validation (recorded in each model file) for " + ", ".join(by_trainer)
    if by_trainer else "") + ".\n")
print("| corpus | figure | target | cross-validated | development (in-sample) |\n|---|---|---:|---:|---:|")
for (corpus, name), target in targets.items():
    c = cv.get(corpus, {}).get(name)
    d = dev.get(corpus, {}).get(name)
    fmt = lambda v: "–" if v is None else f"{v:.3f}"
    print(f"| {corpus} | {name} | {target:.2f} | {fmt(c)} | {fmt(d)} |")
print("\nAll development figures:\n")
print("| corpus | records | figure | value |\n|---|---:|---|---:|")
for corpus, f in dev.items():
    for name, value in f.items():
        if name != "records":
            print(f"| {corpus} | {f.get('records', '')} | {name} | {value:.4f} |")
PY
echo "wrote docs/accuracy.md and assets/accuracy.json"
