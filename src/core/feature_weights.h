// A weight table for the trained models (internal to src/core).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace biaslens {

// Feature weights keyed by 64-bit feature hashes (FNV-1a 64 of the feature name): open
// addressing with linear probing, capacity a power of two at most half full. Set()
// overwrites, like assigning into a map. Used by the attribution and loaded-word models.
class FeatureWeights {
 public:
  void Clear();
  void Reserve(size_t count);  // empties the table and sizes it for `count` keys (Set() grows it past that)
  void Set(uint64_t key, float weight);
  const float* Find(uint64_t key) const;  // nullptr when absent
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }

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

}  // namespace biaslens
