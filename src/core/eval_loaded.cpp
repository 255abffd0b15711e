// Loaded-language accuracy against ../shared/data/eval/loaded (rules of ../shared/data/README.md):
//   - PTC (ptc.jsonl, one article a line, "spans" [{start, end, technique}] in code points):
//     the SemEval-2020 Task 11 span metric (partial credit by overlap length, overlapping spans
//     merged on both sides) between the report's spans of kind `loaded` or `caps` (either voice)
//     and the gold Loaded_Language + Exaggeration,Minimisation spans. Articles are scored as
//     texts whose first line is the headline, as the corpus gives them. predicted_spans and
//     gold_spans count merged spans (the means' denominators); beside the metric, how many
//     touch the other side, and the two ceilings of SpanOverlapAccumulator (span_f1_touching_only,
//     span_f1_reshaped).
//   - BABE (babe.jsonl, one sentence a line, "biased"): a sentence is predicted biased when its
//     report has a span of kind `loaded` or `caps` (either voice); macro F1 over the biased and
//     unbiased classes.
//     Sentences are scored with no headline line.
// Both compare in code points: predicted byte offsets are mapped with OffsetMapper.
#include <set>

#include <nlohmann/json.hpp>

#include "core/evaluation.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

bool CountsAsLoaded(const Span& s) { return s.kind == SpanKind::kLoaded || s.kind == SpanKind::kCaps; }

bool IsTargetTechnique(const std::string& technique) {
  return technique == "Loaded_Language" || technique == "Exaggeration,Minimisation";
}

}  // namespace

EvalResult EvaluateLoadedPtc(const Scorer& scorer, const std::string& jsonl_path, std::string* error) {
  EvalResult result;
  result.corpus = "loaded/ptc";
  SpanOverlapAccumulator spans;
  size_t bad_records = 0;
  const bool ok = ForEachJsonlRecord(jsonl_path, [&](size_t, const nlohmann::json& record) {
    Article article;
    Report report;
    if (!ScoreRecord(scorer, record, ScoreOptions{}, &article, &report)) { ++bad_records; return; }

    const OffsetMapper to_codepoint(article.text, OffsetUnit::kCodepoint);
    std::vector<std::pair<uint32_t, uint32_t>> pred, gold;
    for (const Span& s : report.spans)
      if (CountsAsLoaded(s)) pred.emplace_back(to_codepoint.Map(s.start), to_codepoint.Map(s.end));
    if (const auto g = record.find("spans"); g != record.end() && g->is_array()) {
      for (const auto& s : *g) {
        if (!s.is_object() || !IsTargetTechnique(s.value("technique", ""))) continue;
        const uint32_t start = s.value("start", 0u), end = s.value("end", 0u);
        if (end > start) gold.emplace_back(start, end);
      }
    }
    spans.AddDocument(pred, gold);
    ++result.records;
  }, &result.skipped, error);
  if (!ok) return result;
  result.skipped += bad_records;
  const Prf prf = spans.Result();
  result.figures = {
      {"span_precision", prf.precision},
      {"span_recall", prf.recall},
      {"span_f1", prf.f1},
      {"articles", static_cast<double>(result.records)},
      {"predicted_spans", static_cast<double>(spans.predicted())},
      {"gold_spans", static_cast<double>(spans.gold())},
      {"predicted_spans_touching_gold", static_cast<double>(spans.predicted_touching())},
      {"gold_spans_touched", static_cast<double>(spans.gold_touched())},
      {"span_f1_touching_only", spans.TouchingOnly().f1},
      {"span_f1_reshaped", spans.Reshaped().f1},
  };
  return result;
}

EvalResult EvaluateLoadedBabe(const Scorer& scorer, const std::string& jsonl_path, std::string* error) {
  EvalResult result;
  result.corpus = "loaded/babe";
  double tp = 0, fp = 0, fn = 0, tn = 0;
  size_t bad_records = 0;
  ScoreOptions options;
  options.first_line_is_headline = false;  // a sentence, not an article
  const bool ok = ForEachJsonlRecord(jsonl_path, [&](size_t, const nlohmann::json& record) {
    const auto biased_it = record.find("biased");
    Article article;
    Report report;
    if (biased_it == record.end() || !biased_it->is_boolean() || !ScoreRecord(scorer, record, options, &article, &report)) {
      ++bad_records;
      return;
    }
    bool predicted = false;
    for (const Span& s : report.spans) predicted = predicted || CountsAsLoaded(s);
    const bool gold = biased_it->get<bool>();
    if (predicted && gold) ++tp;
    else if (predicted) ++fp;
    else if (gold) ++fn;
    else ++tn;
    ++result.records;
  }, &result.skipped, error);
  if (!ok) return result;
  result.skipped += bad_records;
  const Prf biased = ComputePrf(tp, tp + fp, tp + fn);
  const Prf unbiased = ComputePrf(tn, tn + fn, tn + fp);
  const double n = tp + fp + fn + tn;
  result.figures = {
      {"macro_f1", (biased.f1 + unbiased.f1) / 2},
      {"biased_precision", biased.precision},
      {"biased_recall", biased.recall},
      {"biased_f1", biased.f1},
      {"unbiased_f1", unbiased.f1},
      {"accuracy", n > 0 ? (tp + tn) / n : 0},
      {"sentences", static_cast<double>(result.records)},
      {"true_positives", tp},
      {"false_positives", fp},
      {"false_negatives", fn},
      {"true_negatives", tn},
  };
  return result;
}

}  // namespace biaslens
