// Hedging accuracy against the Szeged Uncertainty Corpus splits in ../shared/data/eval/hedging
// (one sentence a line: "text", "epistemic", "cues" [{start, end, type}] in code points).
//
// The rules of ../shared/data/README.md:
//   - a sentence is predicted hedged when its report has any span of kind `hedge`;
//   - gold positives are `epistemic` sentences (a modal_* or hypo_doxastic cue);
//   - a predicted hedge on a sentence whose only cues are hypo_condition/hypo_investigation is
//     not counted against the detector (neither a true nor a false positive);
//   - cue level: a predicted hedge span is right when it overlaps a gold epistemic cue, and is
//     left out when it overlaps only a condition/investigation cue or lies in a sentence whose
//     only cues are such (the sentence rule, span by span); a gold epistemic cue is found when
//     a predicted hedge span overlaps it.
#include <nlohmann/json.hpp>

#include "core/evaluation.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

bool IsEpistemicCueType(const std::string& type) {
  return type == "modal_probable" || type == "modal_possible" || type == "hypo_doxastic";
}

bool Overlaps(uint32_t a_start, uint32_t a_end, uint32_t b_start, uint32_t b_end) {
  return a_start < b_end && b_start < a_end;
}

struct GoldCue {
  uint32_t start, end;  // bytes
  bool epistemic;
};

}  // namespace

EvalResult EvaluateHedging(const Scorer& scorer, const std::string& jsonl_path, std::string* error) {
  EvalResult result;
  result.corpus = "hedging";
  const size_t slash = jsonl_path.find_last_of('/');
  std::string base = slash == std::string::npos ? jsonl_path : jsonl_path.substr(slash + 1);
  if (base.size() > 6 && base.compare(base.size() - 6, 6, ".jsonl") == 0) base.resize(base.size() - 6);
  result.corpus += "/" + base;

  double tp = 0, fp = 0, fn = 0, excused = 0, gold_positive = 0;
  double cue_predicted = 0, cue_right = 0, cue_excused = 0, cue_gold = 0, cue_found = 0;
  size_t bad_records = 0;

  ScoreOptions options;
  options.first_line_is_headline = false;  // a sentence, not an article
  const bool ok = ForEachJsonlRecord(jsonl_path, [&](size_t, const nlohmann::json& record) {
    Article article;
    Report report;
    if (!ScoreRecord(scorer, record, options, &article, &report)) { ++bad_records; return; }
    const CodepointOffsets offsets(article.text);
    std::vector<GoldCue> gold;
    bool only_other_cues = false;
    if (const auto cues = record.find("cues"); cues != record.end() && cues->is_array()) {
      for (const auto& c : *cues) {
        if (!c.is_object()) continue;
        gold.push_back({offsets.ToByte(c.value("start", int64_t{0})), offsets.ToByte(c.value("end", int64_t{0})),
                        IsEpistemicCueType(c.value("type", ""))});
      }
    }
    const bool positive = record.value("epistemic", false);
    only_other_cues = !positive && !gold.empty();

    bool predicted = false;
    for (const Span& s : report.spans) {
      if (s.kind != SpanKind::kHedge) continue;
      predicted = true;
      bool right = false, other = false;
      for (const GoldCue& g : gold) {
        if (!Overlaps(s.start, s.end, g.start, g.end)) continue;
        (g.epistemic ? right : other) = true;
      }
      if (right) { ++cue_predicted; ++cue_right; }
      else if (other || only_other_cues) ++cue_excused;
      else ++cue_predicted;
    }
    for (const GoldCue& g : gold) {
      if (!g.epistemic) continue;
      ++cue_gold;
      for (const Span& s : report.spans) {
        if (s.kind == SpanKind::kHedge && Overlaps(s.start, s.end, g.start, g.end)) { ++cue_found; break; }
      }
    }

    gold_positive += positive ? 1 : 0;
    if (predicted && positive) ++tp;
    else if (predicted && only_other_cues) ++excused;
    else if (predicted) ++fp;
    else if (positive) ++fn;
    ++result.records;
  }, &result.skipped, error);
  if (!ok) return result;
  result.skipped += bad_records;

  const Prf sentence = ComputePrf(tp, tp + fp, tp + fn);
  // Cue precision counts right predictions; cue recall counts found gold cues.
  const double cue_precision = cue_predicted > 0 ? cue_right / cue_predicted : 0;
  const double cue_recall = cue_gold > 0 ? cue_found / cue_gold : 0;
  const double cue_f1 = cue_precision + cue_recall > 0 ? 2 * cue_precision * cue_recall / (cue_precision + cue_recall) : 0;
  result.figures = {
      {"sentence_precision", sentence.precision},
      {"sentence_recall", sentence.recall},
      {"sentence_f1", sentence.f1},
      {"cue_precision", cue_precision},
      {"cue_recall", cue_recall},
      {"cue_f1", cue_f1},
      {"sentences", static_cast<double>(result.records)},
      {"gold_epistemic_sentences", gold_positive},
      {"predicted_hedged_sentences", tp + fp + excused},
      {"true_positive_sentences", tp},
      {"excused_condition_only", excused},
      {"gold_epistemic_cues", cue_gold},
      {"predicted_hedge_cues", cue_predicted + cue_excused},
      {"excused_hedge_cues", cue_excused},
  };
  return result;
}

}  // namespace biaslens
