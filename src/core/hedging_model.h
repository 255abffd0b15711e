// The hedge context model: a logistic regression over features of one cue occurrence
// (the cue, its category, a crude stem, the words around it, negation, position), trained
// by tools/train_hedging.py on the development halves of FactBank and WikiWeasel and shipped
// as assets/models/hedging.json: {"threshold": t, "weights": {"feature": w, …}, …}.
//
// HedgeFeatures() here and hedge_features() in tools/train_hedging.py are one contract:
// change both together and retrain.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/hedging_rules.h"

namespace biaslens {

// The features of one cue occurrence. Each feature name is the concatenation of up to six
// parts ("e=" + phrase + "|p1=" + previous word); the parts point into the Document, the
// lexicon or static storage, so building them allocates nothing.
struct HedgeFeatureSet {
  static constexpr int kMaxFeatures = 20, kMaxParts = 6;
  struct Feature { std::string_view parts[kMaxParts]; int count = 0; };
  Feature features[kMaxFeatures];
  int count = 0;
  std::vector<std::string> Names() const;  // for tests and debugging
};

// Fills *out with the features of `cue`. `phrase` is the lexicon phrase in lower case,
// `category` its lexicon category. Context stays inside the sentence ("<s>" / "</s>" past
// its ends); numbers read as "<num>".
void CollectHedgeFeatures(const CueOccurrence& cue, std::string_view phrase, std::string_view category,
                          HedgeFeatureSet* out);

// Feature names as strings (the same features as CollectHedgeFeatures).
std::vector<std::string> HedgeFeatures(const CueOccurrence& cue, std::string_view phrase, std::string_view category);

class HedgeModel {
 public:
  // Parses the model JSON. false + *error when it is not a model.
  bool Parse(std::string_view json_bytes, std::string* error);
  // p(hedge) = sigmoid(sum of the weights of the features; unknown features weigh 0).
  double Probability(const HedgeFeatureSet& features) const;
  double Probability(const std::vector<std::string>& feature_names) const;
  double threshold() const { return threshold_; }
  const std::string& version() const { return version_; }
  size_t size() const { return size_; }

 private:
  float Weight(uint64_t feature_hash) const;  // 0 for an unknown feature

  // Open-addressing table keyed by the 64-bit FNV-1a hash of the feature name (collisions
  // are negligible at this size): flat, so lookups stay in cache however long the article.
  struct Slot { uint64_t key = 0; float weight = 0; };  // key 0 = empty
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t size_ = 0;
  double threshold_ = 0.5;
  std::string version_;
};

}  // namespace biaslens
