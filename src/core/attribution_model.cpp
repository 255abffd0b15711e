// Loading and applying the trained attribution model; see attribution_model.h.
#include "core/attribution_model.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

namespace biaslens {
namespace {

#ifdef BIASLENS_CHECK_FEATURE_HASHES
// FNV-1a 64 written out plainly, independent of FeatureHash.
uint64_t ReferenceFnv1a64(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  return h;
}

void CheckHashes(const char* what, const std::vector<std::string>& strings, const uint64_t* hashes, int count) {
  bool ok = static_cast<int>(strings.size()) == count;
  for (int k = 0; ok && k < count; ++k) ok = ReferenceFnv1a64(strings[static_cast<size_t>(k)]) == hashes[k];
  if (ok) return;
  std::fprintf(stderr, "attribution %s feature hashes differ from the feature strings:", what);
  for (const std::string& f : strings) std::fprintf(stderr, " [%s]", f.c_str());
  std::fprintf(stderr, "\n");
  std::abort();
}
#endif

bool ReadTable(const nlohmann::json& j, const char* key, FeatureWeights* out, std::string* error) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_object()) { *error = std::string("attribution model has no \"") + key + "\" table"; return false; }
  out->Reserve(it->size());
  for (const auto& [feature, weight] : it->items()) {
    if (!weight.is_number()) { *error = std::string("attribution model: weight of '") + feature + "' is not a number"; return false; }
#ifdef BIASLENS_CHECK_FEATURE_HASHES
    if (FeatureHashOf(feature) != ReferenceFnv1a64(feature)) {
      std::fprintf(stderr, "attribution model: FeatureHashOf differs from FNV-1a 64 on [%s]\n", feature.c_str());
      std::abort();
    }
#endif
    out->Set(FeatureHashOf(feature), weight.get<float>());
  }
  return true;
}


}  // namespace

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

bool AttributionModel::Parse(std::string_view json_bytes, std::string* error) {
  const nlohmann::json j = nlohmann::json::parse(json_bytes.begin(), json_bytes.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) { *error = "attribution model is not a JSON object"; return false; }
  cue_.Clear();
  source_.Clear();
  if (!ReadTable(j, "cue", &cue_, error) || !ReadTable(j, "source", &source_, error)) return false;
  cue_threshold_ = j.value("cue_threshold", 0.0);
  return true;
}

double AttributionModel::Sum(const FeatureWeights& table, const uint64_t* hashes, int count) {
  double s = 0;
  for (int k = 0; k < count; ++k)
    if (const float* w = table.Find(hashes[k])) s += *w;
  return s;
}

double AttributionModel::CueScore(const uint64_t* hashes, int count, bool prev) const {
  constexpr uint64_t kPrev0 = FeatureHashOf("prev=0"), kPrev1 = FeatureHashOf("prev=1");
  const double s = Sum(cue_, hashes, count);
  const float* w = cue_.Find(prev ? kPrev1 : kPrev0);
  return s + (w ? *w : 0.0);
}

void AttributionModel::CheckCueHashes(const AttributionFeatures& features, uint32_t i, const uint64_t* hashes, int count) {
#ifdef BIASLENS_CHECK_FEATURE_HASHES
  std::vector<std::string> strings;
  features.CueFeatures(i, &strings);
  CheckHashes("cue", strings, hashes, count);
#else
  (void)features, (void)i, (void)hashes, (void)count;
#endif
}

void AttributionModel::CheckSourceHashes(const AttributionFeatures& features, const TokenRun& cue, int j,
                                         const uint64_t* hashes, int count) {
#ifdef BIASLENS_CHECK_FEATURE_HASHES
  std::vector<std::string> strings;
  features.SourceFeatures(cue.first, cue.last, j, &strings);
  CheckHashes("source", strings, hashes, count);
#else
  (void)features, (void)cue, (void)j, (void)hashes, (void)count;
#endif
}

int AttributionModel::PickSource(const AttributionFeatures& features, const TokenRun& cue) const {
  std::vector<int> candidates;
  features.SourceCandidates(cue.first, cue.last, &candidates);
  uint64_t hashes[AttributionFeatures::kMaxSourceFeatures];
  // Python's max() keeps the first of equal scores; candidates come in text order, NONE last.
  int best = -1;
  double best_score = 0;
  bool have = false;
  for (int j : candidates) {
    const int count = features.SourceFeatureHashes(cue.first, cue.last, j, hashes);
    CheckSourceHashes(features, cue, j, hashes, count);
    const double s = Sum(source_, hashes, count);
    if (!have || s > best_score) { best = j; best_score = s; have = true; }
  }
  const int count = features.SourceFeatureHashes(cue.first, cue.last, -1, hashes);
  CheckSourceHashes(features, cue, -1, hashes, count);
  const double none = Sum(source_, hashes, count);
  if (!have || none > best_score) return -1;
  return best;
}

}  // namespace biaslens
