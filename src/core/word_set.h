// Fixed sets of words (internal to src/core).
#pragma once
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace biaslens {

// w is one of `list` (a short list checked once; a WordSet for anything asked often).
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Exact membership of a fixed list of strings; Contains(w) == (w is in the list). Buckets by
// first byte and length, so a test compares only a few words. The strings the list names
// must outlive the set (string literals do).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) buckets_[Key(w)].push_back(w);
  }
  bool Contains(std::string_view w) const {
    for (std::string_view x : buckets_[Key(w)])
      if (x == w) return true;
    return false;
  }

 private:
  static size_t Key(std::string_view w) {
    return w.empty() ? 0 : (static_cast<unsigned char>(w[0]) + 37 * w.size()) % kBuckets;
  }
  static constexpr size_t kBuckets = 256;
  std::vector<std::string_view> buckets_[kBuckets];
};

}  // namespace biaslens
