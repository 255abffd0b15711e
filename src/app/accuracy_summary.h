// The measured accuracy a reader asks about, read from assets/accuracy.json (written by
// scripts/eval.sh): for each score, what it is checked against and how well it agrees with
// the people who annotated that corpus.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/theme.h"

namespace biaslens {

struct AccuracySummaryRow {
  ScoreKind score;
  const char* against;        // the annotated corpus, in a reader's words
  const char* measure;        // "sentence F1", "span F1", …
  double cross_validated;     // the estimate for unseen text; NaN when not recorded
  double development;         // on the corpus the models were trained on; NaN when not recorded
};

// One row per (score, corpus, measure) the method view shows, in a fixed order; a figure the
// file lacks is NaN. Empty when `accuracy` is not the object eval.sh writes.
std::vector<AccuracySummaryRow> SummarizeAccuracy(const nlohmann::json& accuracy);

// "2026-12-02" (the file's "measured"), or "" when absent.
std::string AccuracyMeasuredOn(const nlohmann::json& accuracy);

}  // namespace biaslens
