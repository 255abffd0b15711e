#include "core/calibration.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace biaslens {

bool Calibration::Parse(std::string_view json_bytes, std::string* error) {
  try {
    nlohmann::json j = nlohmann::json::parse(json_bytes.begin(), json_bytes.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("metrics") || !j["metrics"].is_object()) {
      *error = "calibration.json: expected an object with \"metrics\"";
      return false;
    }
    quantiles_.clear();
    reference_ = j.value("reference", "");
    const double articles = j.value("articles", 0.0);  // as double: 1e300 must not overflow an int
    articles_ = articles >= 0 && articles < 1e9 ? static_cast<int>(articles) : 0;
    for (const auto& [name, table] : j["metrics"].items()) {
      if (!table.is_array() || table.size() < 2) { *error = "calibration.json: metric '" + name + "' needs a quantile array"; return false; }
      std::vector<double> q;
      for (const auto& v : table) {
        if (!v.is_number() || !std::isfinite(v.get<double>())) { *error = "calibration.json: metric '" + name + "' has a non-number"; return false; }
        q.push_back(v.get<double>());
      }
      if (!std::is_sorted(q.begin(), q.end())) { *error = "calibration.json: metric '" + name + "' is not sorted"; return false; }
      quantiles_[name] = std::move(q);
    }
    return true;
  } catch (const nlohmann::json::exception&) {  // "reference": 5, "articles": "many", …
    *error = "calibration.json: \"reference\" must be a string and \"articles\" a number";
    return false;
  }
}

double Calibration::Score(const std::string& metric, double raw) const {
  if (!std::isfinite(raw)) raw = 0;
  auto it = quantiles_.find(metric);
  if (it == quantiles_.end()) return std::clamp(raw, 0.0, 100.0);
  const std::vector<double>& q = it->second;
  const double steps = static_cast<double>(q.size() - 1);
  if (raw < q.front()) return 0;
  if (raw > q.back()) return 100;
  // Ties: the middle of the run of equal quantiles, so a common value (e.g. 0) lands mid-rank.
  auto lo = std::lower_bound(q.begin(), q.end(), raw);
  auto hi = std::upper_bound(q.begin(), q.end(), raw);
  if (lo != hi) {
    const double first = static_cast<double>(lo - q.begin()), last = static_cast<double>(hi - q.begin() - 1);
    return 100.0 * ((first + last) / 2.0) / steps;
  }
  const size_t k = static_cast<size_t>(lo - q.begin());  // q[k-1] < raw < q[k]
  const double t = (raw - q[k - 1]) / (q[k] - q[k - 1]);
  return 100.0 * (static_cast<double>(k - 1) + t) / steps;
}

std::string Calibration::Build(const std::map<std::string, std::vector<double>>& samples, const std::string& reference) {
  nlohmann::json j;
  j["reference"] = reference;
  size_t articles = 0;
  nlohmann::json metrics = nlohmann::json::object();
  for (const auto& [name, values] : samples) {
    if (values.empty()) continue;
    std::vector<double> v = values;
    std::sort(v.begin(), v.end());
    articles = std::max(articles, v.size());
    nlohmann::json q = nlohmann::json::array();
    for (int p = 0; p <= 100; ++p) {
      const double pos = (static_cast<double>(v.size()) - 1.0) * p / 100.0;
      const size_t i = static_cast<size_t>(pos);
      const double frac = pos - static_cast<double>(i);
      const double value = i + 1 < v.size() ? v[i] * (1 - frac) + v[i + 1] * frac : v[i];
      q.push_back(std::round(value * 1e6) / 1e6);
    }
    metrics[name] = std::move(q);
  }
  j["articles"] = articles;
  j["metrics"] = std::move(metrics);
  return j.dump(1) + "\n";
}

}  // namespace biaslens
