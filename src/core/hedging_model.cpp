#include "core/hedging_model.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/feature_hash.h"
#include "core/json_weight_scan.h"

namespace biaslens {
namespace {

const std::string_view kNegations[] = {"not", "n't", "never", "no", "cannot"};

bool IsNegation(std::string_view norm) {
  return std::find(std::begin(kNegations), std::end(kNegations), norm) != std::end(kNegations);
}

uint64_t NonZero(uint64_t h) { return h == 0 ? 1 : h; }  // 0 marks an empty slot

uint64_t HashFeature(const HedgeFeatureSet::Feature& f) {
  FeatureHash h;
  for (int i = 0; i < f.count; ++i) h.Add(f.parts[i]);
  return NonZero(h.value);
}

uint64_t HashName(std::string_view name) { return NonZero(FeatureHashOf(name)); }

// The normalized token `offset` away from the cue, or the sentence-boundary markers.
std::string_view ContextWord(const CueOccurrence& cue, int offset) {
  const int64_t at = offset < 0 ? int64_t(cue.first) + offset : int64_t(cue.end) + offset;
  if (at < int64_t(cue.sentence->first_token)) return "<s>";
  if (at >= int64_t(cue.sentence->end_token)) return "</s>";
  const Token& t = cue.doc->tokens[static_cast<size_t>(at)];
  if (cue.doc->Has(t, kTokNumber)) return "<num>";
  return cue.doc->Norm(t);
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

std::vector<std::string> HedgeFeatureSet::Names() const {
  std::vector<std::string> names;
  names.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    std::string name;
    for (int k = 0; k < features[i].count; ++k) name += features[i].parts[k];
    names.push_back(std::move(name));
  }
  return names;
}

void CollectHedgeFeatures(const CueOccurrence& cue, std::string_view phrase, std::string_view category,
                          HedgeFeatureSet* out) {
  out->count = 0;
  auto add = [out](std::initializer_list<std::string_view> parts) {
    HedgeFeatureSet::Feature& f = out->features[out->count++];
    f.count = 0;
    for (std::string_view p : parts) f.parts[f.count++] = p;
  };
  // Stem: the first five bytes of the first word ("belie…" groups believe/believed/believes).
  const std::string_view stem = cue.doc->Norm(cue.doc->tokens[cue.first]).substr(0, 5);
  const std::string_view p1 = ContextWord(cue, -1), p2 = ContextWord(cue, -2);
  const std::string_view n1 = ContextWord(cue, 0), n2 = ContextWord(cue, 1);
  add({"bias"});
  add({"e=", phrase});
  add({"k=", category});
  add({"s=", stem});
  add({"e=", phrase, "|p1=", p1});
  add({"e=", phrase, "|n1=", n1});
  add({"e=", phrase, "|n1n2=", n1, "_", n2});
  add({"e=", phrase, "|p2p1=", p2, "_", p1});
  add({"s=", stem, "|p1=", p1});
  add({"s=", stem, "|n1=", n1});
  add({"k=", category, "|p1=", p1});
  add({"k=", category, "|n1=", n1});
  add({"p1=", p1});
  add({"n1=", n1});
  const bool at_start = cue.first == cue.sentence->first_token;
  if (!at_start && cue.doc->Has(cue.doc->tokens[cue.first], kTokCapitalized)) add({"e=", phrase, "|cap"});
  if (IsNegation(NormAround(cue, -1)) || IsNegation(NormAround(cue, -2)) || IsNegation(NormAround(cue, 0))) {
    add({"e=", phrase, "|neg"});
    add({"k=", category, "|neg"});
  }
  if (at_start) add({"e=", phrase, "|first"});
}

std::vector<std::string> HedgeFeatures(const CueOccurrence& cue, std::string_view phrase, std::string_view category) {
  HedgeFeatureSet set;
  CollectHedgeFeatures(cue, phrase, category, &set);
  return set.Names();
}

namespace {

// The members Parse keeps: each weight's HashName and value (file order), the threshold,
// the version.
struct HedgeModelFile {
  std::vector<std::pair<uint64_t, float>> weights;
  double threshold = 0;
  std::string version;
};

// The model file as train_hedging.py writes it, read without a JSON tree: "weights" an
// object of ScanJsonNumber numbers, "threshold" one, "version" a string, any other member
// valid JSON, no member repeated. false for anything else (the general parser decides).
bool ReadHedgeModelFast(std::string_view json, HedgeModelFile* out) {
  bool has_weights = false, has_threshold = false;
  size_t pos = SkipJsonWhitespace(json, 0);
  const bool read = ScanJsonObjectOnce(json, &pos, [&](std::string_view key, size_t* p) {
    if (key == "threshold") return has_threshold = ScanJsonNumber(json, p, &out->threshold);
    if (key == "weights") {
      return has_weights = ScanJsonObject(json, p, [&](std::string_view name, size_t* q) {
        double weight = 0;
        if (!ScanJsonNumber(json, q, &weight)) return false;
        out->weights.emplace_back(HashName(name), static_cast<float>(weight));
        return true;
      });
    }
    if (key == "version") return ReadJsonString(json, p, &out->version);
    nlohmann::json ignored;
    return ReadJsonValue(json, p, &ignored);
  });
  return read && has_weights && has_threshold && SkipJsonWhitespace(json, pos) == json.size();
}

// The same through nlohmann's parser, with a message for a file that is not a model.
bool ReadHedgeModelGeneral(std::string_view json_bytes, HedgeModelFile* out, std::string* error) {
  const nlohmann::json j = nlohmann::json::parse(json_bytes.begin(), json_bytes.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) { *error = "hedging model is not a JSON object"; return false; }
  const auto weights = j.find("weights");
  const auto threshold = j.find("threshold");
  if (weights == j.end() || !weights->is_object()) { *error = "hedging model has no \"weights\" object"; return false; }
  if (threshold == j.end() || !threshold->is_number()) { *error = "hedging model has no numeric \"threshold\""; return false; }
  for (auto it = weights->begin(); it != weights->end(); ++it) {
    if (!it.value().is_number()) { *error = "hedging model weight '" + it.key() + "' is not a number"; return false; }
    out->weights.emplace_back(HashName(it.key()), it.value().get<float>());
  }
  out->threshold = threshold->get<double>();
  out->version = j.value("version", "");
  return true;
}

}  // namespace

bool HedgeModel::Parse(std::string_view json_bytes, std::string* error) {
  HedgeModelFile file;
  if (!ReadHedgeModelFast(json_bytes, &file)) {
    file = HedgeModelFile{};
    if (!ReadHedgeModelGeneral(json_bytes, &file, error)) return false;
  }
  size_t capacity = 16;
  while (capacity < 2 * file.weights.size()) capacity *= 2;
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  size_ = 0;
  for (const auto& [key, weight] : file.weights) {  // a repeated name: the last one stands, as in JSON
    uint64_t at = key & mask_;
    while (slots_[at].key != 0 && slots_[at].key != key) at = (at + 1) & mask_;
    size_ += slots_[at].key == 0 ? 1 : 0;
    slots_[at] = Slot{key, weight};
  }
  threshold_ = file.threshold;
  version_ = std::move(file.version);
  return true;
}

float HedgeModel::Weight(uint64_t key) const {
  if (slots_.empty()) return 0;
  for (uint64_t at = key & mask_;; at = (at + 1) & mask_) {  // the table is never full
    if (slots_[at].key == key) return slots_[at].weight;
    if (slots_[at].key == 0) return 0;
  }
}

double HedgeModel::Probability(const HedgeFeatureSet& features) const {
  double z = 0;
  for (int i = 0; i < features.count; ++i) z += Weight(HashFeature(features.features[i]));
  return Sigmoid(z);
}

double HedgeModel::Probability(const std::vector<std::string>& feature_names) const {
  double z = 0;
  for (const std::string& name : feature_names) z += Weight(HashName(name));
  return Sigmoid(z);
}

}  // namespace biaslens
