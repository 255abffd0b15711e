// Calibration turns a raw per-article rate into a 0–100 score a reader can read:
// score = percentage of a reference set of news articles (PolNeAR development texts)
// whose raw value is below this article's, linearly interpolated between quantiles.
// assets/calibration.json: {"reference": "…", "articles": N,
//   "metrics": {"hedging_raw": [q0, q1, …, q100], "loaded_raw": […], "source_diversity_raw": […]}}
// `biaslens calibrate REFERENCE.jsonl` regenerates it.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace biaslens {

class Calibration {
 public:
  bool Parse(std::string_view json_bytes, std::string* error);
  // 0..100. A metric without a table passes through `raw` clamped to 0..100.
  double Score(const std::string& metric, double raw) const;
  bool Has(const std::string& metric) const { return quantiles_.count(metric) != 0; }
  const std::string& reference() const { return reference_; }
  int articles() const { return articles_; }

  // Builds quantile tables (101 points) from raw samples per metric, as JSON bytes.
  static std::string Build(const std::map<std::string, std::vector<double>>& samples,
                           const std::string& reference);

 private:
  std::map<std::string, std::vector<double>> quantiles_;
  std::string reference_;
  int articles_ = 0;
};

}  // namespace biaslens
