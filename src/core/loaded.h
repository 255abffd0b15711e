// Loaded language: sensational and emotive wording, all-caps runs (not acronyms),
// exclamation, scare quotes, clickbait; headline scored apart from body.
#pragma once
#include <memory>
#include <string>

#include "core/detector.h"

namespace biaslens {

class LoadedDetector : public Detector {
 public:
  // Reads what it needs from `assets` (lexicons/loaded.json, …). nullptr + *error on failure.
  static std::unique_ptr<LoadedDetector> Create(const AssetSet& assets, std::string* error);
  // Spans kLoaded/kCaps/kExclaim/…; SentenceReport::loaded; metrics incl. "loaded_raw".
  void Run(const Document& doc, const ScoreOptions& options, Report* report) const override;
  ~LoadedDetector() override;

 private:
  LoadedDetector();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace biaslens
