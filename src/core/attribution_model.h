// The trained attribution model (internal to src/core): a cue tagger and a source ranker,
// both averaged perceptrons over the feature strings of attribution_features.h, loaded
// from assets/models/attribution.json (written by tools/train_attribution.py).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution_features.h"
#include "core/feature_weights.h"

namespace biaslens {

struct TokenRun {
  uint32_t first = 0, last = 0;  // inclusive token indices
};

class AttributionModel {
 public:
  // Parses the model JSON. false + *error on a malformed file.
  bool Parse(std::string_view json_bytes, std::string* error);
  bool empty() const { return cue_.empty(); }

  // Tags tokens left to right; each maximal run of tagged tokens is one cue.
  // Tokens for which `skip(i)` is true are never tagged (e.g. boilerplate lines).
  template <class Skip>
  std::vector<TokenRun> TagCues(const AttributionFeatures& features, Skip&& skip) const {
    std::vector<TokenRun> runs;
    // Token i + 1's features are hashed and their weights fetched into cache while token i
    // is scored (the weight lookups, not the arithmetic, are what takes the time).
    uint64_t hashes[2][AttributionFeatures::kMaxCueFeatures];
    int counts[2] = {-1, -1};  // -1: the token is skipped
    auto prepare = [&](uint32_t i, int slot) {
      counts[slot] = -1;
      if (i >= features.size() || skip(i)) return;
      counts[slot] = features.CueFeatureHashes(i, hashes[slot]);
      CheckCueHashes(features, i, hashes[slot], counts[slot]);
      for (int k = 0; k < counts[slot]; ++k) cue_.Prefetch(hashes[slot][k]);
    };
    prepare(0, 0);
    bool prev = false;
    for (uint32_t i = 0; i < features.size(); ++i) {
      const int slot = static_cast<int>(i & 1);
      prepare(i + 1, slot ^ 1);
      const bool tagged = counts[slot] >= 0 && CueScore(hashes[slot], counts[slot], prev) > cue_threshold_;
      if (tagged) {
        if (prev) runs.back().last = i;
        else runs.push_back({i, i});
      }
      prev = tagged;
    }
    return runs;
  }

  // The token of the cue's sentence that belongs to its source, or -1 for none.
  int PickSource(const AttributionFeatures& features, const TokenRun& cue) const;
  // Every candidate token the ranker scores above "no source", best first (equal scores in
  // text order); its first element is PickSource's answer, and it is empty when that is -1.
  void RankSources(const AttributionFeatures& features, const TokenRun& cue, std::vector<int>* ranked) const;

  double cue_threshold() const { return cue_threshold_; }
  // The tagger's score of one token from its feature hashes and the previous decision.
  double CueScore(const uint64_t* hashes, int count, bool prev) const;

 private:
  // Weights of the features summed in order (absent features add nothing).
  static double Sum(const FeatureWeights& table, const uint64_t* hashes, int count);
  // With BIASLENS_CHECK_FEATURE_HASHES defined: aborts unless the hashes equal FNV-1a 64
  // (written out separately) of the strings CueFeatures()/SourceFeatures() build, which are
  // the keys of the model file. Otherwise does nothing.
  static void CheckCueHashes(const AttributionFeatures& features, uint32_t i, const uint64_t* hashes, int count);
  static void CheckSourceHashes(const AttributionFeatures& features, const TokenRun& cue, int j, const uint64_t* hashes,
                                int count);

  FeatureWeights cue_, source_;  // FeatureHashOf(feature string) -> weight
  double cue_threshold_ = 0;
};

}  // namespace biaslens
