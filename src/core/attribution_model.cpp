// Loading and applying the trained attribution model; see attribution_model.h.
#include "core/attribution_model.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_weight_scan.h"

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

// Streams the model JSON into the two weight tables without building a DOM: the tables
// hold ~60k entries, and a DOM of them was most of the scorer's start-up (wasm above all).
// The file: a top-level object whose "cue" and "source" are objects of numbers (a repeated
// key keeps its last value), an optional numeric "cue_threshold", and an optional positive
// "weight_divisor" d: a weight w in the file means w / d (the trainer writes integers with
// d = 10, which are smaller and, unlike decimals, parse fast in wasm). Any other top-level
// member is skipped whatever it holds.
class ModelReader final : public nlohmann::json_sax<nlohmann::json> {
 public:
  ModelReader(FeatureWeights* cue, FeatureWeights* source) : cue_(cue), source_(source) {}

  // The cue table's feature strings with their weights as written, when every one is a whole
  // number (what CueWeightTables reads); whole_cue_weights() is false otherwise.
  // Views into the parsed JSON text, or into copies the reader keeps (keys with escapes, the
  // general parser's keys): valid while both live.
  const std::vector<std::pair<std::string_view, int64_t>>& cue_features() const { return cue_features_; }
  bool whole_cue_weights() const { return whole_cue_; }
  double divisor() const { return divisor_; }

  // Checks what was read and fills the tables; the cue hash table only when `cue_by_hash`.
  bool Finish(bool parsed, double* cue_threshold, std::string* error, bool cue_by_hash) {
    if (!error_.empty()) { *error = error_; return false; }
    if (!parsed || !saw_object_) { *error = "attribution model is not a JSON object"; return false; }
    for (const auto& [name, seen] : {std::pair{"cue", saw_cue_}, std::pair{"source", saw_source_}}) {
      if (!seen) { *error = std::string("attribution model has no \"") + name + "\" table"; return false; }
    }
    if (!(divisor_ > 0)) { *error = "attribution model: weight_divisor is not a positive number"; return false; }
    *cue_threshold = threshold_;
    if (cue_by_hash) Fill(cue_entries_, whole_cue_ ? 1.0 : divisor_, cue_);
    Fill(source_entries_, divisor_, source_);
    return true;
  }

  // The trainer's layout read directly (core/json_weight_scan.h): integer weights, the other
  // members validated as JSON. false when the file holds anything else; the caller
  // then runs the SAX parser with a fresh reader, so both paths give the same result.
  bool ReadFast(std::string_view json) {
    size_t p = SkipJsonWhitespace(json, 0);
    saw_object_ = true;  // read as such, or this reader is dropped
    const bool read = ScanJsonObject(json, &p, [&](std::string_view member, size_t* at) {
      if (member == "cue") {
        saw_cue_ = true;
        cue_entries_.clear();
        cue_features_.clear();
        return ScanJsonIntegerObject(json, at, [&](std::string_view feature, int64_t weight) {
          cue_entries_.emplace_back(FeatureHashOf(feature), static_cast<double>(weight));
          const bool in_text = feature.data() >= json.data() && feature.data() + feature.size() <= json.data() + json.size();
          AddCueFeature(feature, static_cast<double>(weight), in_text);
        });
      }
      if (member == "source") {
        saw_source_ = true;
        return ScanWeightTable(json, at, &source_entries_);
      }
      nlohmann::json value;
      if (!ReadJsonValue(json, at, &value)) return false;
      if (member == "cue_threshold" || member == "weight_divisor") {
        if (!value.is_number()) return false;
        (member == "cue_threshold" ? threshold_ : divisor_) = value.get<double>();
      }
      return true;
    });
    return read && SkipJsonWhitespace(json, p) == json.size();
  }

  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(number_integer_t v) override { return Number(static_cast<double>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return Number(static_cast<double>(v)); }
  bool number_float(number_float_t v, const string_t&) override { return Number(v); }
  bool string(string_t&) override { return Value(); }
  bool binary(binary_t&) override { return Value(); }
  bool start_object(std::size_t) override {
    if (depth_ == 1 && member_ != "cue" && member_ != "source" && !MemberNotANumber()) return false;
    ++depth_;
    if (depth_ == 1) { saw_object_ = true; return true; }
    if (depth_ == 2 && (member_ == "cue" || member_ == "source")) {
      table_ = member_ == "cue" ? &cue_entries_ : &source_entries_;
      (member_ == "cue" ? saw_cue_ : saw_source_) = true;
      table_->clear();
      if (member_ == "cue") cue_features_.clear();
      return true;
    }
    return table_ ? NotANumber() : true;
  }
  bool end_object() override {
    if (depth_-- == 2) table_ = nullptr;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 0) return true;  // a top-level array: Finish() reports it
    if (depth_ == 1 && member_ != "cue" && member_ != "source" && !MemberNotANumber()) return false;
    ++depth_;
    return table_ && depth_ == 3 ? NotANumber() : true;
  }
  bool end_array() override {
    if (depth_ > 1) --depth_;
    return true;
  }
  bool key(string_t& k) override {
    if (depth_ == 1) member_ = k;
    else if (table_ && depth_ == 2) feature_ = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  bool Value() {
    if (table_ && depth_ == 2) return NotANumber();
    if (depth_ != 1) return true;
    if (member_ == "cue" || member_ == "source") {
      error_ = "attribution model has no \"" + member_ + "\" table";
      return false;
    }
    return MemberNotANumber();
  }
  // A top-level member other than the tables holds something that is not a number: an
  // error for cue_threshold, a bad divisor for Finish() to report, nothing for the rest.
  bool MemberNotANumber() {
    if (member_ == "cue_threshold") return ThresholdNotANumber();
    if (member_ == "weight_divisor") divisor_ = 0;
    return true;
  }
  bool Number(double v) {
    if (table_ && depth_ == 2) {
#ifdef BIASLENS_CHECK_FEATURE_HASHES
      if (FeatureHashOf(feature_) != ReferenceFnv1a64(feature_)) {
        std::fprintf(stderr, "attribution model: FeatureHashOf differs from FNV-1a 64 on [%s]\n", feature_.c_str());
        std::abort();
      }
#endif
      table_->emplace_back(FeatureHashOf(feature_), v);
      if (table_ == &cue_entries_) AddCueFeature(feature_, v, false);
      return true;
    }
    if (depth_ == 1 && member_ == "cue_threshold") threshold_ = v;
    else if (depth_ == 1 && member_ == "weight_divisor") divisor_ = v;
    else if (depth_ == 1 && (member_ == "cue" || member_ == "source")) return Value();
    return true;
  }
  bool ThresholdNotANumber() {
    error_ = "attribution model: cue_threshold is not a number";
    return false;
  }
  bool NotANumber() {
    error_ = "attribution model: weight of '" + feature_ + "' is not a number";
    return false;
  }

  // Sized once, then filled in file order (so a repeated key keeps its last value).
  static void Fill(const WeightEntries& entries, double divisor, FeatureWeights* table) {
    table->Reserve(entries.size());
    for (const auto& [key, weight] : entries) table->Set(key, static_cast<float>(weight / divisor));
  }

  // Weights under 2^24 in size are whole numbers exactly as floats, and so are sums of them as doubles.
  void AddCueFeature(std::string_view feature, double weight, bool lives_in_text) {
    if (!(weight > -16777216.0 && weight < 16777216.0 && weight == static_cast<double>(static_cast<int64_t>(weight)))) {
      whole_cue_ = false;
      return;
    }
    if (!lives_in_text) feature = copies_.emplace_back(feature);
    cue_features_.emplace_back(feature, static_cast<int64_t>(weight));
  }

  FeatureWeights* cue_;
  FeatureWeights* source_;
  std::vector<std::pair<std::string_view, int64_t>> cue_features_;
  std::deque<std::string> copies_;  // feature names that do not live in the JSON text
  bool whole_cue_ = true;
  WeightEntries cue_entries_, source_entries_;
  WeightEntries* table_ = nullptr;  // the table being read (depth 2 inside "cue"/"source")
  int depth_ = 0;                    // objects and arrays open
  std::string member_, feature_, error_;
  double threshold_ = 0.0;
  double divisor_ = 1.0;
  bool saw_object_ = false, saw_cue_ = false, saw_source_ = false;
};

}  // namespace

bool AttributionModel::Parse(std::string_view json_bytes, std::string* error, bool cue_tables) {
  cue_ = FeatureWeights();
  source_ = FeatureWeights();
  cue_tables_ = CueWeightTables();
  cue_unit_ = 1;
  prev_units_[0] = prev_units_[1] = 0;
  auto finish = [&](ModelReader& reader, bool parsed) {
    const bool tables = cue_tables && reader.whole_cue_weights();
    if (!reader.Finish(parsed, &cue_threshold_, error, !tables)) return false;
    if (reader.whole_cue_weights()) cue_unit_ = reader.divisor();
    if (tables) cue_tables_.Build(reader.cue_features());  // whole weights under 2^24: it takes them all
    BuildSourceTables();
    if (reader.whole_cue_weights()) {  // the hash table may be unfilled: read them as written
      for (const auto& [feature, weight] : reader.cue_features())
        if (feature == "prev=0" || feature == "prev=1") prev_units_[feature == "prev=1"] = static_cast<double>(weight);
    } else {
      for (int prev = 0; prev < 2; ++prev) {
        const float* w = cue_.Find(FeatureHashOf(prev ? "prev=1" : "prev=0"));
        prev_units_[prev] = w ? *w : 0.0;
      }
    }
    return true;
  };
  {
    ModelReader fast(&cue_, &source_);
    if (fast.ReadFast(json_bytes)) return finish(fast, true);
  }
  ModelReader reader(&cue_, &source_);
  const bool parsed = nlohmann::json::sax_parse(json_bytes.begin(), json_bytes.end(), &reader,
                                                nlohmann::json::input_format_t::json, true, false);
  return finish(reader, parsed);
}

double AttributionModel::Sum(const FeatureWeights& table, const uint64_t* hashes, int count) {
  double s = 0;
  for (int k = 0; k < count; ++k)
    if (const float* w = table.Find(hashes[k])) s += *w;
  return s;
}

double AttributionModel::CueUnits(const uint64_t* hashes, int count, bool prev) const {
  return Sum(cue_, hashes, count) + prev_units_[prev ? 1 : 0];
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
  std::vector<int> ranked;
  RankSources(features, cue, &ranked);
  return ranked.empty() ? -1 : ranked.front();
}

void AttributionModel::BuildSourceTables() {
  auto weight = [&](std::initializer_list<std::string_view> parts) {
    FeatureHash h;
    for (std::string_view p : parts) h.Add(p);
    return SourceWeight(h.value);
  };
  for (int side = 0; side < 2; ++side) {
    const std::string_view d = side ? "A" : "B";
    for (int b = 0; b < kBuckets; ++b) {
      const std::string_view bucket = AttributionFeatures::DistanceBucketName(b);
      distance_[side][b] = weight({"d=", d, bucket});
      for (int c = 0; c < kClasses; ++c)
        distance_class_[side][b][c] = weight({"dc=", d, bucket, AttributionFeatures::SourceClassName(c)});
    }
    for (int m = 0; m < kMarks; ++m) {
      const std::string_view marks = AttributionFeatures::BetweenMarksName(m);
      marks_[side][m] = weight({"bc=", d, marks});
      for (int c = 0; c < kClasses; ++c)
        marks_class_[side][m][c] = weight({"bcc=", d, marks, AttributionFeatures::SourceClassName(c)});
    }
    for (int a = 0; a < kClasses; ++a)
      for (int b = 0; b < kClasses; ++b) {
        const std::string_view first = AttributionFeatures::SourceClassName(a), second = AttributionFeatures::SourceClassName(b);
        class_next_[side][a][b] = weight({"nx=", d, first, second});
        previous_class_[side][a][b] = weight({"pv=", d, first, second});
      }
  }
  for (int q = 0; q < 2; ++q)
    for (int cq = 0; cq < 2; ++cq) quoted_[q][cq] = weight({"q=", q ? "1" : "0", cq ? "1" : "0"});
}

AttributionModel::CueForSources AttributionModel::SourceCueOf(const AttributionFeatures& features,
                                                               const TokenRun& cue) const {
  CueForSources c;
  const std::string_view first = features.Word(static_cast<int>(cue.first)), last = features.Word(static_cast<int>(cue.last));
  c.cwdc = FeatureHash().Add("cwdc=").Add(first).Add('|');
  c.cl = FeatureHash().Add("cl=").Add(last);
  c.first_word_by_side[0] = SourceWeight(FeatureHash().Add("cwd=").Add(first).Add('B').value);
  c.first_word_by_side[1] = SourceWeight(FeatureHash().Add("cwd=").Add(first).Add('A').value);
  return c;
}

// SourceFeatureHashes()' features in its order: d, dc, w, dw, cwd, cwdc, bc, bcc, nx, pv, q, cl, sfx.
double AttributionModel::CandidateScore(const CueForSources& cue, bool cue_quoted,
                                        const AttributionFeatures::SourceCandidate& c) const {
  const int side = c.after ? 1 : 0;
  const char d = c.after ? 'A' : 'B';
  const std::string_view bucket = AttributionFeatures::DistanceBucketName(c.bucket);
  const std::string_view cls = AttributionFeatures::SourceClassName(c.cls);
  double s = 0;
  s += distance_[side][c.bucket];
  s += distance_class_[side][c.bucket][c.cls];
  s += SourceWeight(FeatureHash().Add("w=").Add(c.word).value);
  s += SourceWeight(FeatureHash().Add("dw=").Add(d).Add(c.word).value);
  s += cue.first_word_by_side[side];
  s += SourceWeight(FeatureHash(cue.cwdc).Add(d).Add(bucket).Add(cls).value);
  s += marks_[side][c.marks];
  s += marks_class_[side][c.marks][c.cls];
  s += class_next_[side][c.cls][c.next_cls];
  s += previous_class_[side][c.previous_cls][c.cls];
  s += quoted_[c.quoted ? 1 : 0][cue_quoted ? 1 : 0];
  s += SourceWeight(FeatureHash(cue.cl).Add(d).Add(cls).value);
  s += SourceWeight(FeatureHash().Add("sfx=").Add(d).Add(AttributionFeatures::LastCodepointsOf(c.word, 2)).value);
  return s;
}

double AttributionModel::SourceScore(const AttributionFeatures& features, const TokenRun& cue, int j) const {
  if (j < 0) return SourceScoreByFeatureHashes(features, cue, j);  // five features, once per cue
  return CandidateScore(SourceCueOf(features, cue), features.Quoted(static_cast<int>(cue.first)),
                        features.SourceCandidateOf(cue.first, cue.last, j));
}

double AttributionModel::SourceScoreByFeatureHashes(const AttributionFeatures& features, const TokenRun& cue,
                                                    int j) const {
  uint64_t hashes[AttributionFeatures::kMaxSourceFeatures];
  const int count = features.SourceFeatureHashes(cue.first, cue.last, j, hashes);
  CheckSourceHashes(features, cue, j, hashes, count);
  return Sum(source_, hashes, count);
}

void AttributionModel::RankSources(const AttributionFeatures& features, const TokenRun& cue,
                                   std::vector<int>* ranked) const {
  ranked->clear();
  const double none = SourceScoreByFeatureHashes(features, cue, -1);
  std::vector<int> candidates;
  features.SourceCandidates(cue.first, cue.last, &candidates);
  const CueForSources cue_part = SourceCueOf(features, cue);
  const bool cue_quoted = features.Quoted(static_cast<int>(cue.first));
  // Python's max() keeps the first of equal scores and NONE comes last: a candidate wins over
  // "no source" when it scores at least as high.
  std::vector<std::pair<double, int>> above;
  above.reserve(candidates.size());
  for (int j : candidates) {
    const double s = CandidateScore(cue_part, cue_quoted, features.SourceCandidateOf(cue.first, cue.last, j));
    if (s >= none) above.emplace_back(s, j);
  }
  std::stable_sort(above.begin(), above.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& entry : above) ranked->push_back(entry.second);
}

}  // namespace biaslens
