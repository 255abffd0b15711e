// A weight table for the trained models (internal to src/core).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace biaslens {

// Feature weights keyed by 64-bit feature hashes (FNV-1a 64 of the feature name): open
// addressing with linear probing, capacity a power of two at most a quarter full. Set()
// overwrites, like assigning into a map. Used by the attribution and loaded-word models.
// Most lookups are of features the model does not have, so the table is sparse (a miss
// ends after ~1.4 probes on average) and keys sit apart from the weights (8 bytes a probe).
class FeatureWeights {
 public:
  void Clear();
  void Reserve(size_t count);  // empties the table and sizes it for `count` keys (Set() grows it past that)
  void Set(uint64_t key, float weight);
  const float* Find(uint64_t key) const {  // nullptr when absent; inline: the models' innermost loop
    if (key == 0) return has_zero_ ? &zero_weight_ : nullptr;
    if (keys_.empty()) return nullptr;
    const size_t mask = keys_.size() - 1;
    for (size_t s = Home(key);; s = (s + 1) & mask) {
      if (keys_[s] == key) return &weights_[s];
      if (keys_[s] == 0) return nullptr;
    }
  }
  // A hint that Find(key) follows soon: its first slot is fetched into cache meanwhile.
  void Prefetch(uint64_t key) const {
#if defined(__GNUC__) || defined(__clang__)
    if (!keys_.empty()) __builtin_prefetch(&keys_[Home(key)]);
#else
    (void)key;
#endif
  }
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }

 private:
  size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }
  std::vector<uint64_t> keys_;  // 0 = empty; key 0 itself lives in zero_weight_
  std::vector<float> weights_;  // weights_[s] belongs to keys_[s]
  size_t size_ = 0;
  int shift_ = 64;
  bool has_zero_ = false;
  float zero_weight_ = 0;
};

}  // namespace biaslens
