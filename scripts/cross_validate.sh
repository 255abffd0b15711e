#!/usr/bin/env bash
# Cross-validated accuracy of the shipped C++ detectors (with every rule on top of the trained
# models, not the trainers' Python approximations): for each of a trainer's 5 folds, the model
# trained without that fold scores the fold's records through `biaslens eval`, and the counts
# are pooled over the folds.
#   scripts/cross_validate.sh sources [FOLD_DIR] [--record]   PolNeAR cue F1 and source F1
#   scripts/cross_validate.sh loaded [FOLD_DIR] [--record]    PTC span F1 and BABE macro F1
#   scripts/cross_validate.sh hedging [FOLD_DIR] [--record]   FactBank and WikiWeasel sentence F1
# FOLD_DIR (default build/cv-KIND) holds fold<k>/ with the fold's model and held-out records;
# when it has none, the trainer writes them (--fold-dir; for hedging --holdout-fold, once a
# fold): about 10 minutes for sources, 30 seconds for loaded, 15 for hedging. --record also
# writes the pooled figures into assets/cross_validation.json, which scripts/eval.sh reports as
# the cross-validated estimate (and the app's method view shows): record only folds trained as
# the shipped model was.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
usage="usage: scripts/cross_validate.sh sources|loaded|hedging [FOLD_DIR] [--record]"
kind="" folds="" record=""
for arg in "$@"; do
  case "$arg" in
    --record) record="$root/assets/cross_validation.json" ;;
    -*) echo "$usage" >&2; exit 2 ;;
    *) if [ -z "$kind" ]; then kind="$arg"; elif [ -z "$folds" ]; then folds="$arg"; else echo "$usage" >&2; exit 2; fi ;;
  esac
done
case "$kind" in
  sources) model=attribution.json ;;
  loaded) model=loaded.json ;;
  hedging) model=hedging.json ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
folds="${folds:-$root/build/cv-$kind}"
data="$root/../shared/data/eval"
[ -d "$data" ] || { echo "cross_validate.sh: no evaluation data at $data" >&2; exit 2; }
bash scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j"$(nproc)" --target biaslens
cli="$root/build/native/src/cli/biaslens"

if ! ls "$folds"/fold*/"$model" >/dev/null 2>&1; then
  mkdir -p "$folds"
  if [ "$kind" = sources ]; then
    /usr/bin/python3 tools/train_attribution.py --data "$data/sources/polnear.jsonl" \
      --out "$folds/all-folds-model.json" --fold-dir "$folds"
  elif [ "$kind" = loaded ]; then
    /usr/bin/python3 tools/train_loaded.py --data "$data/loaded" --out "$folds/all-folds-model.json" \
      --fold-dir "$folds"
  else
    for k in 0 1 2 3 4; do
      mkdir -p "$folds/fold$k"
      /usr/bin/python3 tools/train_hedging.py --data "$data/hedging" --holdout-fold "$k" \
        --holdout-out "$folds/fold$k/test.jsonl" --out "$folds/fold$k/$model" 2>"$folds/fold$k/train.log"
      # The held-out sentences by corpus: `biaslens eval` names the corpus after the file.
      /usr/bin/python3 -c '
import json, sys
directory = sys.argv[1]
out = {name: open("%s/%s.jsonl" % (directory, name), "w") for name in ("factbank", "wiki")}
for line in open(directory + "/test.jsonl", encoding="utf-8"):
    out[json.loads(line)["corpus"]].write(line)' "$folds/fold$k"
    done
  fi
fi

for dir in "$folds"/fold*/; do
  assets="$dir/assets"
  rm -rf "$assets" && mkdir -p "$assets/models"
  # Everything as shipped except the model under test.
  for entry in "$root"/assets/*; do
    [ "$(basename "$entry")" = models ] || ln -s "$entry" "$assets/"
  done
  for shipped in "$root"/assets/models/*.json; do
    [ "$(basename "$shipped")" = "$model" ] || ln -s "$shipped" "$assets/models/"
  done
  cp "$dir/$model" "$assets/models/$model"
  if [ "$kind" = sources ]; then
    "$cli" eval sources "$dir/test.jsonl" --assets "$assets" --json "$dir/sources.json" --quiet >/dev/null
  elif [ "$kind" = hedging ]; then
    for corpus in factbank wiki; do
      "$cli" eval hedging "$dir/$corpus.jsonl" --assets "$assets" --json "$dir/hedging-$corpus.json" --quiet >/dev/null
    done
  else
    "$cli" eval loaded-ptc "$dir/ptc.jsonl" --assets "$assets" --json "$dir/ptc.json" --quiet >/dev/null
    "$cli" eval loaded-babe "$dir/babe.jsonl" --assets "$assets" --json "$dir/babe.json" --quiet >/dev/null
  fi
done

/usr/bin/python3 - "$kind" "$folds" "$record" <<'PY'
import datetime, glob, json, os, sys
kind, folds, record_path = sys.argv[1], sys.argv[2], sys.argv[3]
recorded = {}  # corpus -> pooled figures, written to record_path when one is given
def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0
def figures(directory, name):
    doc = json.load(open(os.path.join(directory, name)))
    return next(iter(doc.values()))  # {"<corpus>": {figures}}
dirs = sorted(d for d in glob.glob(os.path.join(folds, "fold*")) if os.path.isdir(d))
if kind == "sources":
    # Ratios times totals give the counts to pool.
    pooled = dict.fromkeys(("cue_right", "cue_pred", "cue_found", "cue_gold",
                            "src_right", "src_pred", "src_found", "src_gold"), 0.0)
    print("| fold | articles | cue P | cue R | cue F1 | source P | source R | source F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for d in dirs:
        x = figures(d, "sources.json")
        pooled["cue_right"] += x["cue_precision"] * x["predicted_cues"]; pooled["cue_pred"] += x["predicted_cues"]
        pooled["cue_found"] += x["cue_recall"] * x["gold_cues"]; pooled["cue_gold"] += x["gold_cues"]
        pooled["src_right"] += x["source_precision"] * x["predicted_sources"]; pooled["src_pred"] += x["predicted_sources"]
        pooled["src_found"] += x["source_recall"] * x["gold_sources"]; pooled["src_gold"] += x["gold_sources"]
        print("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |" % (
            os.path.basename(d), x["articles"], x["cue_precision"], x["cue_recall"], x["cue_f1"],
            x["source_precision"], x["source_recall"], x["source_f1"]))
    cp, cr = pooled["cue_right"] / pooled["cue_pred"], pooled["cue_found"] / pooled["cue_gold"]
    sp, sr = pooled["src_right"] / pooled["src_pred"], pooled["src_found"] / pooled["src_gold"]
    print("| pooled | | %.3f | %.3f | **%.3f** | %.3f | %.3f | **%.3f** |" % (cp, cr, f1(cp, cr), sp, sr, f1(sp, sr)))
    recorded["sources/polnear"] = {"cue_precision": cp, "cue_recall": cr, "cue_f1": f1(cp, cr),
                                   "source_precision": sp, "source_recall": sr, "source_f1": f1(sp, sr)}
    # Where the source errors come from (counts summed over the folds; eval_sources.cpp).
    total = lambda key: sum(figures(d, "sources.json").get(key, 0.0) for d in dirs)
    gold_n, pred_n = pooled["src_gold"], pooled["src_pred"]
    print()
    print("Gold attributions with a source: %d, found %d (%.1f%%); not found because no predicted cue "
          "overlaps theirs %d (%.1f%%), the predicted cue has no source %d (%.1f%%), the source is another "
          "%d (%.1f%%)." % (gold_n, pooled["src_found"], 100 * pooled["src_found"] / gold_n,
                            *[x for key in ("gold_sources_cue_missed", "gold_sources_none_predicted",
                                            "gold_sources_wrong_source") for x in (total(key), 100 * total(key) / gold_n)]))
    print("Predicted attributions with a source: %d, right %d (%.1f%%); wrong because the cue overlaps no "
          "gold cue %d (%.1f%%), only gold cues without a source %d (%.1f%%), the source is another %d (%.1f%%)."
          % (pred_n, pooled["src_right"], 100 * pooled["src_right"] / pred_n,
             *[x for key in ("predicted_sources_spurious_cue", "predicted_sources_gold_has_none",
                             "predicted_sources_wrong_source") for x in (total(key), 100 * total(key) / pred_n)]))
elif kind == "hedging":
    # Sentence figures pooled from counts (a sentence with only condition cues is excused).
    print("| fold | FactBank sentences | FactBank sentence F1 | WikiWeasel sentences | WikiWeasel sentence F1 |")
    print("|---|---:|---:|---:|---:|")
    pooled = {c: dict.fromkeys(("tp", "predicted", "gold", "cue_right", "cue_predicted", "cue_found", "cue_gold"), 0.0)
              for c in ("factbank", "wiki")}
    for d in dirs:
        row = []
        for c in ("factbank", "wiki"):
            x = figures(d, "hedging-%s.json" % c)
            pooled[c]["tp"] += x["true_positive_sentences"]
            pooled[c]["predicted"] += x["predicted_hedged_sentences"] - x["excused_condition_only"]
            pooled[c]["gold"] += x["gold_epistemic_sentences"]
            cue_predicted = x["predicted_hedge_cues"] - x["excused_hedge_cues"]
            pooled[c]["cue_right"] += x["cue_precision"] * cue_predicted; pooled[c]["cue_predicted"] += cue_predicted
            pooled[c]["cue_found"] += x["cue_recall"] * x["gold_epistemic_cues"]
            pooled[c]["cue_gold"] += x["gold_epistemic_cues"]
            row += ["%d" % x["sentences"], "%.3f" % x["sentence_f1"]]
        print("| %s | %s |" % (os.path.basename(d), " | ".join(row)))
    cells = []
    for c in ("factbank", "wiki"):
        p, r = pooled[c]["tp"] / pooled[c]["predicted"], pooled[c]["tp"] / pooled[c]["gold"]
        cells += ["", "**%.3f** (P %.3f, R %.3f)" % (f1(p, r), p, r)]
        cp, cr = pooled[c]["cue_right"] / pooled[c]["cue_predicted"], pooled[c]["cue_found"] / pooled[c]["cue_gold"]
        recorded["hedging/" + c] = {"sentence_precision": p, "sentence_recall": r, "sentence_f1": f1(p, r),
                                    "cue_precision": cp, "cue_recall": cr, "cue_f1": f1(cp, cr)}
    print("| pooled | %s |" % " | ".join(cells))
else:
    credit_p = predicted = credit_r = gold = 0.0
    tp = fp = fn = tn = 0.0
    print("| fold | PTC articles | PTC span P | PTC span R | PTC span F1 | BABE sentences | BABE macro F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for d in dirs:
        p, b = figures(d, "ptc.json"), figures(d, "babe.json")
        credit_p += p["span_precision"] * p["predicted_spans"]; predicted += p["predicted_spans"]
        credit_r += p["span_recall"] * p["gold_spans"]; gold += p["gold_spans"]
        tp += b["true_positives"]; fp += b["false_positives"]; fn += b["false_negatives"]; tn += b["true_negatives"]
        print("| %s | %d | %.3f | %.3f | %.3f | %d | %.3f |" % (
            os.path.basename(d), p["articles"], p["span_precision"], p["span_recall"], p["span_f1"],
            b["sentences"], b["macro_f1"]))
    sp, sr = credit_p / predicted, credit_r / gold
    biased = f1(tp / (tp + fp), tp / (tp + fn))
    unbiased = f1(tn / (tn + fn), tn / (tn + fp))
    print("| pooled | | %.3f | %.3f | **%.3f** | | **%.3f** |" % (sp, sr, f1(sp, sr), (biased + unbiased) / 2))
    recorded["loaded/ptc"] = {"span_precision": sp, "span_recall": sr, "span_f1": f1(sp, sr)}
    recorded["loaded/babe"] = {"macro_f1": (biased + unbiased) / 2}
    # What span work could gain at most (eval_loaded.cpp): folds' ceilings, and their mean.
    ptc = [figures(d, "ptc.json") for d in dirs]
    mean = lambda key: sum(x[key] for x in ptc) / len(ptc)
    print()
    print("PTC: %d of %d predicted spans touch a gold span, %d of %d gold spans are touched. Span F1 "
          "(mean of folds) %.3f; with every span that touches no gold span dropped %.3f; with every "
          "span that touches gold reshaped to the gold spans it touches %.3f." % (
              sum(x["predicted_spans_touching_gold"] for x in ptc), predicted,
              sum(x["gold_spans_touched"] for x in ptc), gold, mean("span_f1"),
              mean("span_f1_touching_only"), mean("span_f1_reshaped")))
if record_path:
    document = json.load(open(record_path)) if os.path.exists(record_path) else {}
    for corpus, pooled_figures in recorded.items():
        document[corpus] = {**{k: round(v, 4) for k, v in pooled_figures.items()}, "folds": len(dirs),
                            "measured": str(datetime.date.today())}
    with open(record_path, "w") as f:
        json.dump(document, f, indent=1, sort_keys=True)
        f.write("\n")
    print("\nrecorded %s in %s" % (", ".join(sorted(recorded)), record_path))
PY
