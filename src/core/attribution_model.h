// The trained attribution model (internal to src/core): a cue tagger and a source ranker,
// both averaged perceptrons over the feature strings of attribution_features.h, loaded
// from assets/models/attribution.json (written by tools/train_attribution.py).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution_features.h"

namespace biaslens {

// Feature weights keyed by FeatureHash: open addressing with linear probing, capacity a
// power of two at most half full. Set() overwrites, like assigning into a map.
class FeatureWeights {
 public:
  void Clear();
  void Reserve(size_t count);  // empties the table and sizes it for `count` keys (Set() grows it past that)
  void Set(uint64_t key, float weight);
  const float* Find(uint64_t key) const;  // nullptr when absent
  bool empty() const { return size_ == 0; }

 private:
  struct Entry {
    uint64_t key;  // 0 = empty; key 0 itself lives in zero_weight_
    float weight;
  };
  size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }
  std::vector<Entry> entries_;  // key and weight side by side: one cache line per probe
  size_t size_ = 0;
  int shift_ = 64;
  bool has_zero_ = false;
  float zero_weight_ = 0;
};

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
    uint64_t hashes[AttributionFeatures::kMaxCueFeatures];
    bool prev = false;
    for (uint32_t i = 0; i < features.size(); ++i) {
      bool tagged = false;
      if (!skip(i)) {
        const int count = features.CueFeatureHashes(i, hashes);
        CheckCueHashes(features, i, hashes, count);
        tagged = CueScore(hashes, count, prev) > cue_threshold_;
      }
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

  double cue_threshold() const { return cue_threshold_; }

 private:
  double CueScore(const uint64_t* hashes, int count, bool prev) const;
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
