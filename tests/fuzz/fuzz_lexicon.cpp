// The asset loaders on arbitrary bytes: ParseLexicon, then a PhraseMatcher built from the
// lexicon and run over a text; Calibration::Parse and the attribution model's streaming
// reader (AttributionModel::Parse, tagging the text with it) and the loaded-word model's
// reader (LoadedModel::Parse) on the same bytes.
// Input: lexicon JSON, optionally followed by a 0xFF byte and the text to match. Without
// a text, the matcher runs over all the entries' phrases joined by spaces (so it matches).
// Checks: every match lies inside the document and names an entry whose length it has.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/attribution_features.h"
#include "core/attribution_model.h"
#include "core/calibration.h"
#include "core/lexicon.h"
#include "core/loaded_model.h"
#include "core/text.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t split = input.find('\xFF');
  const std::string_view json = input.substr(0, split);

  biaslens::Calibration calibration;
  std::string calibration_error;
  if (calibration.Parse(json, &calibration_error)) {
    const double s = calibration.Score("hedging_raw", 1.5);
    FUZZ_CHECK(s >= 0 && s <= 100);
  }

  biaslens::AttributionModel model;
  std::string model_error;
  if (!model.Parse(json, &model_error)) {
    FUZZ_CHECK(!model_error.empty());
  } else if (split != std::string_view::npos) {
    const biaslens::Document doc = biaslens::AnalyzeText(input.substr(split + 1));
    const biaslens::AttributionFeatures features(doc, biaslens::CueWordClasses());
    for (const biaslens::TokenRun& run : model.TagCues(features, [](uint32_t) { return false; })) {
      FUZZ_CHECK(run.first <= run.last && run.last < doc.tokens.size());
      const int source = model.PickSource(features, run);
      FUZZ_CHECK(source >= -1 && source < static_cast<int>(doc.tokens.size()));
    }
  }

  biaslens::LoadedModel loaded;
  std::string loaded_error;
  if (!loaded.Parse(json, &loaded_error)) FUZZ_CHECK(!loaded_error.empty());

  biaslens::Lexicon lexicon;
  std::string error;
  if (!biaslens::ParseLexicon(json, &lexicon, &error)) {
    FUZZ_CHECK(!error.empty());
    return 0;
  }
  FUZZ_CHECK(!lexicon.name.empty());
  std::string text;
  if (split != std::string_view::npos) {
    text = std::string(input.substr(split + 1));
  } else {
    for (const biaslens::LexiconEntry& e : lexicon.entries) { text += e.phrase; text += ' '; }
  }
  biaslens::PhraseMatcher matcher;
  matcher.AddLexicon(lexicon, 7);
  biaslens::LexiconEntry fallback;
  fallback.phrase = "x";
  fallback.token_hashes = {biaslens::HashNorm("x")};
  matcher.Add(lexicon.entries.empty() ? fallback : lexicon.entries[0], 8);
  matcher.Build();
  const biaslens::Document doc = biaslens::AnalyzeText(text);
  size_t matches = 0;
  matcher.ForEachMatch(doc, [&](const biaslens::PhraseMatch& m) {
    FUZZ_CHECK(m.entry < matcher.size());
    FUZZ_CHECK(m.token_count == matcher.entry(m.entry).token_hashes.size());
    FUZZ_CHECK(static_cast<size_t>(m.first_token) + m.token_count <= doc.tokens.size());
    FUZZ_CHECK(matcher.tag(m.entry) == 7 || matcher.tag(m.entry) == 8);
    ++matches;
  }, /*all_lengths=*/true);
  (void)matches;
  return 0;
}
