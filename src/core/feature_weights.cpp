// See feature_weights.h.
#include "core/feature_weights.h"

#include <algorithm>

namespace biaslens {

void FeatureWeights::Clear() {
  entries_.clear();
  size_ = 0;
  shift_ = 64;
  has_zero_ = false;
  zero_weight_ = 0;
}

void FeatureWeights::Reserve(size_t count) {
  Clear();
  int bits = 4;
  while ((size_t{1} << bits) < 2 * count) ++bits;
  entries_.assign(size_t{1} << bits, Entry{0, 0.0f});
  shift_ = 64 - bits;
}

void FeatureWeights::Set(uint64_t key, float weight) {
  if (key == 0) {
    size_ += has_zero_ ? 0 : 1;
    has_zero_ = true;
    zero_weight_ = weight;
    return;
  }
  if (entries_.empty() || 2 * (size_ + 1) > entries_.size()) {  // grow (only when Reserve() was too small)
    const std::vector<Entry> old = std::move(entries_);
    const bool had_zero = has_zero_;
    const float zero = zero_weight_;
    Reserve(std::max<size_t>(size_ + 1, old.size()));
    for (const Entry& e : old) if (e.key != 0) Set(e.key, e.weight);
    if (had_zero) Set(0, zero);
  }
  const size_t mask = entries_.size() - 1;
  for (size_t s = Home(key);; s = (s + 1) & mask) {
    Entry& e = entries_[s];
    if (e.key == key) { e.weight = weight; return; }
    if (e.key == 0) { e = {key, weight}; ++size_; return; }
  }
}

const float* FeatureWeights::Find(uint64_t key) const {
  if (key == 0) return has_zero_ ? &zero_weight_ : nullptr;
  if (entries_.empty()) return nullptr;
  const size_t mask = entries_.size() - 1;
  for (size_t s = Home(key);; s = (s + 1) & mask) {
    const Entry& e = entries_[s];
    if (e.key == key) return &e.weight;
    if (e.key == 0) return nullptr;
  }
}

}  // namespace biaslens
