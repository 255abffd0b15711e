// Hedging: epistemic modals, doxastic/speculative verbs, appearance, reporting hedges,
// approximators and hedging phrases, judged in context. Boosters are reported apart.
#pragma once
#include <memory>
#include <string>

#include "core/detector.h"

namespace biaslens {

class HedgeDetector : public Detector {
 public:
  // Reads what it needs from `assets` (lexicons/hedges.json, …). nullptr + *error on failure.
  static std::unique_ptr<HedgeDetector> Create(const AssetSet& assets, std::string* error);
  // Spans kHedge/kBooster; SentenceReport::hedged; metrics incl. "hedging_raw".
  void Run(const Document& doc, const ScoreOptions& options, Report* report) const override;
  ~HedgeDetector() override;

 private:
  HedgeDetector();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace biaslens
