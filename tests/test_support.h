// What the core suites share.
#pragma once
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "core/assets.h"
#include "core/embedded_files.h"
#include "core/lexicon.h"
#include "core/report.h"
#include "core/scorer.h"
#include "core/text.h"

namespace biaslens {

// The scorer over the embedded assets, built once per test binary (building it parses every
// lexicon and model). Fails the calling test with the loader's message if it cannot be built.
inline const Scorer& SharedScorer() {
  std::string error;
  const Scorer* scorer = Scorer::Shared(&error);
  REQUIRE_MESSAGE(scorer != nullptr, error);
  return *scorer;
}

// An AssetSet built from the embedded assets, less the files named in `leave_out` (tests
// change a file and build one detector from the set).
inline AssetSet EmbeddedAssets(const std::vector<std::string>& leave_out = {}) {
  AssetSet assets;
  for (const EmbeddedFile& f : biaslens_core_assets::EmbeddedFiles()) {
    const std::string path = f.path;
    if (std::find(leave_out.begin(), leave_out.end(), path) != leave_out.end()) continue;
    std::string bytes(f.data, f.size);
    if (path.rfind("lexicons/", 0) == 0) {
      Lexicon lex;
      std::string error;
      REQUIRE_MESSAGE(ParseLexicon(bytes, &lex, &error), (path + ": " + error));
      assets.lexicons.push_back(std::move(lex));
    }
    assets.files.emplace(path, std::move(bytes));
  }
  return assets;
}

// A report with the document's sentences and nothing else, for one detector's Run().
inline Report EmptyReportFor(const Document& doc) {
  Report r;
  for (const Sentence& s : doc.sentences) r.sentences.push_back({s.start, s.end, false, false, s.boilerplate, s.headline});
  return r;
}

}  // namespace biaslens
