// The hedge context model: a logistic regression over features of one cue occurrence
// (the cue, its category, a crude stem, the words around it, negation, position), trained
// by tools/train_hedging.py on the development halves of FactBank and WikiWeasel and shipped
// as assets/models/hedging.json: {"threshold": t, "weights": {"feature": w, …}, …}.
//
// HedgeFeatures() here and hedge_features() in tools/train_hedging.py are one contract:
// change both together and retrain.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/hedging_rules.h"

namespace biaslens {

// Feature names of a cue occurrence. `phrase` is the lexicon phrase in lower case, `category`
// its lexicon category. Context stays inside the sentence ("<s>" / "</s>" past its ends);
// numbers read as "<num>".
std::vector<std::string> HedgeFeatures(const CueOccurrence& cue, std::string_view phrase, std::string_view category);

class HedgeModel {
 public:
  // Parses the model JSON. false + *error when it is not a model.
  bool Parse(std::string_view json_bytes, std::string* error);
  // p(hedge) = sigmoid(sum of the weights of `features`; unknown features weigh 0).
  double Probability(const std::vector<std::string>& features) const;
  double threshold() const { return threshold_; }
  const std::string& version() const { return version_; }
  size_t size() const { return weights_.size(); }

 private:
  std::unordered_map<std::string, float> weights_;
  double threshold_ = 0.5;
  std::string version_;
};

}  // namespace biaslens
