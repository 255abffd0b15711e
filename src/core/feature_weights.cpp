// See feature_weights.h.
#include "core/feature_weights.h"

#include <algorithm>
#include <utility>

namespace biaslens {

void FeatureWeights::Clear() {
  keys_.clear();
  weights_.clear();
  size_ = 0;
  shift_ = 64;
  has_zero_ = false;
  zero_weight_ = 0;
}

void FeatureWeights::Reserve(size_t count) {
  Clear();
  int bits = 4;
  while ((size_t{1} << bits) < 4 * count) ++bits;
  keys_.assign(size_t{1} << bits, 0);
  weights_.assign(size_t{1} << bits, 0.0f);
  shift_ = 64 - bits;
}

void FeatureWeights::Set(uint64_t key, float weight) {
  if (key == 0) {
    size_ += has_zero_ ? 0 : 1;
    has_zero_ = true;
    zero_weight_ = weight;
    return;
  }
  if (keys_.empty() || 4 * (size_ + 1) > keys_.size()) {  // grow (only when Reserve() was too small)
    const std::vector<uint64_t> old_keys = std::move(keys_);
    const std::vector<float> old_weights = std::move(weights_);
    const bool had_zero = has_zero_;
    const float zero = zero_weight_;
    Reserve(std::max<size_t>(size_ + 1, old_keys.size() / 2));
    for (size_t s = 0; s < old_keys.size(); ++s) if (old_keys[s] != 0) Set(old_keys[s], old_weights[s]);
    if (had_zero) Set(0, zero);
  }
  const size_t mask = keys_.size() - 1;
  for (size_t s = Home(key);; s = (s + 1) & mask) {
    if (keys_[s] == key) { weights_[s] = weight; return; }
    if (keys_[s] == 0) { keys_[s] = key; weights_[s] = weight; ++size_; return; }
  }
}

}  // namespace biaslens
