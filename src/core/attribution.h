// Attributions (cue, source, content) and the sources they resolve to,
// typed and grouped; the source-diversity score.
#pragma once
#include <memory>
#include <string>

#include "core/detector.h"

namespace biaslens {

class AttributionDetector : public Detector {
 public:
  // Reads what it needs from `assets` (lexicons/attribution.json, …). nullptr + *error on failure.
  static std::unique_ptr<AttributionDetector> Create(const AssetSet& assets, std::string* error);
  // Report::attributions and ::sources; metrics incl. "source_diversity_raw".
  void Run(const Document& doc, const ScoreOptions& options, Report* report) const override;
  ~AttributionDetector() override;

 private:
  AttributionDetector();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace biaslens
