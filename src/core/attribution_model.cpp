// Loading and applying the trained attribution model; see attribution_model.h.
#include "core/attribution_model.h"

#include <nlohmann/json.hpp>

namespace biaslens {
namespace {

uint64_t Fnv1a64(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  return h;
}

bool ReadTable(const nlohmann::json& j, const char* key, std::unordered_map<uint64_t, float>* out, std::string* error) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_object()) { *error = std::string("attribution model has no \"") + key + "\" table"; return false; }
  out->reserve(it->size());
  for (const auto& [feature, weight] : it->items()) {
    if (!weight.is_number()) { *error = std::string("attribution model: weight of '") + feature + "' is not a number"; return false; }
    (*out)[Fnv1a64(feature)] = weight.get<float>();
  }
  return true;
}

}  // namespace

bool AttributionModel::Parse(std::string_view json_bytes, std::string* error) {
  const nlohmann::json j = nlohmann::json::parse(json_bytes.begin(), json_bytes.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) { *error = "attribution model is not a JSON object"; return false; }
  cue_.clear();
  source_.clear();
  if (!ReadTable(j, "cue", &cue_, error) || !ReadTable(j, "source", &source_, error)) return false;
  cue_threshold_ = j.value("cue_threshold", 0.0);
  return true;
}

double AttributionModel::Sum(const std::unordered_map<uint64_t, float>& table, const std::vector<std::string>& features) {
  double s = 0;
  for (const std::string& f : features) {
    const auto it = table.find(Fnv1a64(f));
    if (it != table.end()) s += it->second;
  }
  return s;
}

double AttributionModel::CueScore(const std::vector<std::string>& features, bool prev) const {
  const double s = Sum(cue_, features);
  const auto it = cue_.find(Fnv1a64(prev ? "prev=1" : "prev=0"));
  return s + (it != cue_.end() ? it->second : 0.0);
}

int AttributionModel::PickSource(const AttributionFeatures& features, const TokenRun& cue) const {
  std::vector<int> candidates;
  features.SourceCandidates(cue.first, cue.last, &candidates);
  std::vector<std::string> buffer;
  // Python's max() keeps the first of equal scores; candidates come in text order, NONE last.
  features.SourceFeatures(cue.first, cue.last, -1, &buffer);
  int best = -1;
  double best_score = 0;
  bool have = false;
  for (int j : candidates) {
    features.SourceFeatures(cue.first, cue.last, j, &buffer);
    const double s = Sum(source_, buffer);
    if (!have || s > best_score) { best = j; best_score = s; have = true; }
  }
  features.SourceFeatures(cue.first, cue.last, -1, &buffer);
  const double none = Sum(source_, buffer);
  if (!have || none > best_score) return -1;
  return best;
}

}  // namespace biaslens
