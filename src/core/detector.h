// The interface every scorer module implements. The Scorer runs, in order:
// AttributionDetector, HedgeDetector, LoadedDetector, each on the same Document and the
// same Report, so later ones may read what earlier ones wrote (e.g. attribution cues).
// A detector appends spans/attributions/sources, sets per-sentence flags it owns, and
// writes its metrics, including the raw value its score is calibrated from
// ("hedging_raw", "loaded_raw", "source_diversity_raw"). The Scorer sorts spans and
// turns raw values into 0–100 scores afterwards.
#pragma once
#include <string>

#include "core/assets.h"
#include "core/report.h"
#include "core/text.h"

namespace biaslens {

struct ScoreOptions;

class Detector {
 public:
  virtual ~Detector() = default;
  virtual void Run(const Document& doc, const ScoreOptions& options, Report* report) const = 0;
};

}  // namespace biaslens
