#include "app/accuracy_summary.h"

#include <cmath>
#include <limits>

namespace biaslens {
namespace {

struct Line {
  ScoreKind score;
  const char* corpus;  // key in accuracy.json
  const char* figure;  // key under the corpus
  const char* against;
  const char* measure;
};

constexpr Line kLines[] = {
    {ScoreKind::kHedging, "hedging/factbank", "sentence_f1", "news sentences marked hedged or not (FactBank)", "sentence F1"},
    {ScoreKind::kHedging, "hedging/wiki", "sentence_f1", "Wikipedia sentences marked hedged or not (WikiWeasel)", "sentence F1"},
    {ScoreKind::kLoaded, "loaded/ptc", "span_f1", "loaded and exaggerated phrases in news articles (PTC)", "span F1"},
    {ScoreKind::kLoaded, "loaded/babe", "macro_f1", "news sentences rated biased or not (BABE)", "macro F1"},
    {ScoreKind::kSourceDiversity, "sources/polnear", "cue_f1", "who said what in political news (PolNeAR): the cues", "cue F1"},
    {ScoreKind::kSourceDiversity, "sources/polnear", "source_f1", "the same: each cue's source", "source F1"},
};

double FigureOf(const nlohmann::json& accuracy, const char* part, const char* corpus, const char* figure) {
  const auto p = accuracy.find(part);
  if (p == accuracy.end() || !p->is_object()) return std::numeric_limits<double>::quiet_NaN();
  const auto c = p->find(corpus);
  if (c == p->end() || !c->is_object()) return std::numeric_limits<double>::quiet_NaN();
  const auto f = c->find(figure);
  if (f == c->end() || !f->is_number()) return std::numeric_limits<double>::quiet_NaN();
  return f->get<double>();
}

}  // namespace

std::vector<AccuracySummaryRow> SummarizeAccuracy(const nlohmann::json& accuracy) {
  std::vector<AccuracySummaryRow> rows;
  if (!accuracy.is_object() || (!accuracy.contains("development") && !accuracy.contains("cross_validated"))) return rows;
  for (const Line& line : kLines)
    rows.push_back({line.score, line.against, line.measure,
                    FigureOf(accuracy, "cross_validated", line.corpus, line.figure),
                    FigureOf(accuracy, "development", line.corpus, line.figure)});
  return rows;
}

std::string AccuracyMeasuredOn(const nlohmann::json& accuracy) {
  const auto m = accuracy.is_object() ? accuracy.find("measured") : accuracy.end();
  return m != accuracy.end() && m->is_string() ? m->get<std::string>() : "";
}

}  // namespace biaslens
