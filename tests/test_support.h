// What the core suites share.
#pragma once
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "core/scorer.h"

namespace biaslens {

// The scorer over the embedded assets, built once per test binary (building it parses every
// lexicon and model). Fails the calling test with the loader's message if it cannot be built.
inline const Scorer& SharedScorer() {
  static std::unique_ptr<Scorer> scorer = [] {
    std::string error;
    std::unique_ptr<Scorer> s = Scorer::FromEmbeddedAssets(&error);
    REQUIRE_MESSAGE(s != nullptr, error);
    return s;
  }();
  return *scorer;
}

}  // namespace biaslens
