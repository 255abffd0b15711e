// A uint64-keyed table of values by open addressing (internal to src/core).
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace biaslens {

// uint64 key -> V by open addressing, at most half full. Keys are hashes (FNV-1a 64 of a
// string) or pairs of small ids; key 0 is stored apart. operator[] inserts V() when absent.
template <class V>
class HashedTable {
 public:
  V& operator[](uint64_t key) {
    if (key == 0) { has_zero_ = true; return zero_; }
    if (2 * (size_ + 1) > keys_.size()) Grow();
    size_t s = Home(key);
    while (keys_[s] != 0 && keys_[s] != key) s = (s + 1) & (keys_.size() - 1);
    if (keys_[s] == 0) { keys_[s] = key; values_[s] = V(); ++size_; }
    return values_[s];
  }
  const V* Find(uint64_t key) const {
    if (key == 0) return has_zero_ ? &zero_ : nullptr;
    if (keys_.empty()) return nullptr;
    for (size_t s = Home(key);; s = (s + 1) & (keys_.size() - 1)) {
      if (keys_[s] == key) return &values_[s];
      if (keys_[s] == 0) return nullptr;
    }
  }
  bool empty() const { return size_ == 0 && !has_zero_; }

 private:
  size_t Home(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }
  void Grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<V> old_values = std::move(values_);
    const size_t capacity = old_keys.empty() ? 16 : 2 * old_keys.size();
    keys_.assign(capacity, 0);
    values_.assign(capacity, V());
    shift_ = 64;
    for (size_t c = capacity; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (size_t s = 0; s < old_keys.size(); ++s)
      if (old_keys[s] != 0) (*this)[old_keys[s]] = old_values[s];
  }
  std::vector<uint64_t> keys_;  // 0 = empty; key 0 itself lives in zero_
  std::vector<V> values_;
  size_t size_ = 0;
  int shift_ = 64;
  bool has_zero_ = false;
  V zero_{};
};

}  // namespace biaslens
