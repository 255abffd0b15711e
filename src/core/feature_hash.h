// FNV-1a 64, the hash that keys every trained model's weights (internal to src/core).
#pragma once
#include <cstdint>
#include <string_view>

namespace biaslens {

// FNV-1a 64 of a feature string, fed piece by piece: FeatureHash().Add("w=").Add(word)
// equals FeatureHashOf("w=" + word).
struct FeatureHash {
  uint64_t value = 1469598103934665603ull;
  constexpr FeatureHash& Add(std::string_view s) {
    uint64_t h = value;  // a local: stores through the char data may not alias it
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    value = h;
    return *this;
  }
  constexpr FeatureHash& Add(char c) {
    value ^= static_cast<unsigned char>(c);
    value *= 1099511628211ull;
    return *this;
  }
};
constexpr uint64_t FeatureHashOf(std::string_view s) { return FeatureHash().Add(s).value; }

}  // namespace biaslens
