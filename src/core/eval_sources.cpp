// Attribution accuracy against PolNeAR (../shared/data/eval/sources/polnear.jsonl: one
// article a line, "text" and "attributions" [{source:[s,e], cue:[s,e], content:[s,e]}] in
// code points; any part may be missing).
//
// The rules of ../shared/data/README.md, made exact:
//   - cue F1 by overlap: a predicted attribution with a cue is right when its cue overlaps
//     the cue of some gold attribution (precision); a gold cue is found when some predicted
//     cue overlaps it (recall). Predicted attributions without a cue (quotations that
//     continue a speaker, credit lines have cues) are not counted.
//   - source F1: a predicted attribution with both a source and a cue is right when one gold
//     attribution has a source overlapping the predicted source and a cue overlapping the
//     predicted cue; a gold attribution with a source is found when one predicted
//     attribution overlaps it that way. Predicted attributions that share a cue (the joint
//     speakers of "Pelosi and Schumer said") count as one, right when one of its sources is.
// Where the source errors come from (figures beside the F1s, counts over all articles):
//   gold attributions with a source (and a cue) that are not found split into
//     gold_sources_cue_missed     no predicted cue overlaps theirs,
//     gold_sources_none_predicted predicted cues overlap it, none with a source,
//     gold_sources_wrong_source   predicted cues with sources overlap it, no source overlaps;
//   predicted attributions with a source and a cue that are not right split into
//     predicted_sources_spurious_cue   the cue overlaps no gold cue,
//     predicted_sources_gold_has_none  it overlaps only gold cues without a source,
//     predicted_sources_wrong_source   it overlaps a gold cue with a source, the source does not.
// Content, beside them (not a figure of the data README): of the gold attributions with a cue
// and a content whose cue the detector found (content_gold), the share whose content the first
// predicted attribution overlapping that cue overlaps (content_overlap), and over those pairs
// the bytes of predicted content inside the gold content (content_byte_precision) and of gold
// content inside the predicted one (content_byte_recall).
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/evaluation.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

struct GoldAttribution {
  Range source, cue, content;  // bytes; empty when absent
};

bool Overlaps(const Range& a, const Range& b) {
  return !a.empty() && !b.empty() && a.start < b.end && b.start < a.end;
}

}  // namespace

EvalResult EvaluateSources(const Scorer& scorer, const std::string& jsonl_path, std::string* error) {
  EvalResult result;
  result.corpus = "sources/polnear";
  double cue_predicted = 0, cue_right = 0, cue_gold = 0, cue_found = 0;
  double src_predicted = 0, src_right = 0, src_gold = 0, src_found = 0;
  double gold_cue_missed = 0, gold_none_predicted = 0, gold_wrong_source = 0;
  double pred_spurious_cue = 0, pred_gold_has_none = 0, pred_wrong_source = 0;
  double content_gold = 0, content_hit = 0, content_shared = 0, content_predicted_bytes = 0, content_gold_bytes = 0;
  double sources_total = 0;
  size_t bad_records = 0;

  const bool ok = ForEachJsonlRecord(jsonl_path, [&](size_t, const nlohmann::json& record) {
    const auto attributions_it = record.find("attributions");
    Article article;
    Report report;
    if (attributions_it == record.end() || !attributions_it->is_array() ||
        !ScoreRecord(scorer, record, ScoreOptions{}, &article, &report)) {
      ++bad_records;
      return;
    }

    const CodepointOffsets offsets(article.text);
    auto range_of = [&](const nlohmann::json& a, const char* key) {
      const auto it = a.find(key);
      if (it == a.end() || !it->is_array() || it->size() != 2) return Range{};
      return Range{offsets.ToByte((*it)[0]), offsets.ToByte((*it)[1])};
    };
    std::vector<GoldAttribution> gold;
    for (const auto& a : *attributions_it) {
      if (!a.is_object()) continue;
      gold.push_back({range_of(a, "source"), range_of(a, "cue"), range_of(a, "content")});
    }

    // Attributions that share a cue (the joint speakers of "Pelosi and Schumer said") are one
    // predicted attribution, right when one of its sources is.
    struct Predicted { Range cue; std::vector<Range> sources; };
    std::vector<Predicted> predicted;
    for (const Attribution& p : report.attributions) {
      if (p.cue.empty()) continue;
      if (predicted.empty() || predicted.back().cue.start != p.cue.start || predicted.back().cue.end != p.cue.end)
        predicted.push_back({p.cue, {}});
      if (!p.source.empty()) predicted.back().sources.push_back(p.source);
    }
    for (const Predicted& p : predicted) {
      ++cue_predicted;
      bool cue_ok = false, source_ok = false, gold_has_source = false;
      for (const GoldAttribution& g : gold) {
        if (!Overlaps(p.cue, g.cue)) continue;
        cue_ok = true;
        gold_has_source = gold_has_source || !g.source.empty();
        for (const Range& source : p.sources) source_ok = source_ok || Overlaps(source, g.source);
      }
      cue_right += cue_ok ? 1 : 0;
      if (!p.sources.empty()) {
        ++src_predicted;
        src_right += source_ok ? 1 : 0;
        if (!cue_ok) ++pred_spurious_cue;
        else if (!gold_has_source) ++pred_gold_has_none;
        else if (!source_ok) ++pred_wrong_source;
      }
    }
    for (const GoldAttribution& g : gold) {
      if (g.cue.empty()) continue;
      ++cue_gold;
      bool cue_hit = false, source_hit = false, source_predicted = false;
      for (const Attribution& p : report.attributions) {
        if (!Overlaps(p.cue, g.cue)) continue;
        if (!cue_hit && !g.content.empty()) {
          const bool overlaps = Overlaps(p.content, g.content);
          ++content_gold;
          content_hit += overlaps ? 1 : 0;
          if (overlaps) content_shared += std::min(p.content.end, g.content.end) - std::max(p.content.start, g.content.start);
          content_predicted_bytes += p.content.end - p.content.start;
          content_gold_bytes += g.content.end - g.content.start;
        }
        cue_hit = true;
        source_predicted = source_predicted || !p.source.empty();
        if (Overlaps(p.source, g.source)) source_hit = true;
      }
      cue_found += cue_hit ? 1 : 0;
      if (!g.source.empty()) {
        ++src_gold;
        src_found += source_hit ? 1 : 0;
        if (!cue_hit) ++gold_cue_missed;
        else if (!source_predicted) ++gold_none_predicted;
        else if (!source_hit) ++gold_wrong_source;
      }
    }
    sources_total += static_cast<double>(report.sources.size());
    ++result.records;
  }, &result.skipped, error);
  if (!ok) return result;
  result.skipped += bad_records;

  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  const double cue_p = cue_predicted > 0 ? cue_right / cue_predicted : 0;
  const double cue_r = cue_gold > 0 ? cue_found / cue_gold : 0;
  const double src_p = src_predicted > 0 ? src_right / src_predicted : 0;
  const double src_r = src_gold > 0 ? src_found / src_gold : 0;
  result.figures = {
      {"cue_precision", cue_p},
      {"cue_recall", cue_r},
      {"cue_f1", f1(cue_p, cue_r)},
      {"source_precision", src_p},
      {"source_recall", src_r},
      {"source_f1", f1(src_p, src_r)},
      {"articles", static_cast<double>(result.records)},
      {"gold_cues", cue_gold},
      {"predicted_cues", cue_predicted},
      {"gold_sources", src_gold},
      {"predicted_sources", src_predicted},
      {"gold_sources_cue_missed", gold_cue_missed},
      {"gold_sources_none_predicted", gold_none_predicted},
      {"gold_sources_wrong_source", gold_wrong_source},
      {"predicted_sources_spurious_cue", pred_spurious_cue},
      {"predicted_sources_gold_has_none", pred_gold_has_none},
      {"predicted_sources_wrong_source", pred_wrong_source},
      {"sources_per_article", result.records ? sources_total / static_cast<double>(result.records) : 0},
      {"content_gold", content_gold},
      {"content_overlap", content_gold > 0 ? content_hit / content_gold : 0},
      {"content_byte_precision", content_predicted_bytes > 0 ? content_shared / content_predicted_bytes : 0},
      {"content_byte_recall", content_gold_bytes > 0 ? content_shared / content_gold_bytes : 0},
  };
  return result;
}

}  // namespace biaslens
