#include "core/loaded_model.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/feature_hash.h"
#include "core/json_weight_scan.h"

namespace biaslens {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Sorts `words` and drops repeats.
void SortUnique(std::vector<std::string_view>* words) {
  std::sort(words->begin(), words->end());
  words->erase(std::unique(words->begin(), words->end()), words->end());
}

// The form a token takes in features: numbers read as "<num>".
std::string_view FeatureForm(const Document& doc, const Token& t) {
  return doc.Has(t, kTokNumber) ? std::string_view("<num>") : doc.Norm(t);
}

// A weight table's members as entries (and, with `names`, their names): false + *error when
// one is not a number.
bool EntriesOf(const nlohmann::json& weights, const char* what, WeightEntries* out, std::vector<std::string>* names,
               std::string* error) {
  out->clear();
  if (names) names->clear();
  for (auto it = weights.begin(); it != weights.end(); ++it) {
    if (!it.value().is_number()) { *error = std::string(what) + " weight '" + it.key() + "' is not a number"; return false; }
    out->emplace_back(FeatureHashOf(it.key()), it.value().get<double>());
    if (names) names->push_back(it.key());
  }
  return true;
}

// Fills `table`, each weight divided by `divisor` (names that share a hash share one summed weight).
void FillWeights(const WeightEntries& entries, double divisor, FeatureWeights* table) {
  table->Reserve(entries.size());
  for (const auto& [key, weight] : entries) {
    const float* sum = table->Find(key);
    table->Set(key, (sum ? *sum : 0.0f) + static_cast<float>(weight / divisor));
  }
}

// Reads the object at json[*pos] into *out member by member, without building a JSON tree
// of its weight table (core/json_weight_scan.h): the member named `table` goes into *entries
// as written and stays an empty object in *out; with `sentence`, the member "sentence" is read
// the same way, its "weights" into *sentence. false for anything the trainer does not write
// (decimal weights, invalid JSON): the caller then parses the file whole.
bool ReadObjectFast(std::string_view json, size_t* pos, const char* table, nlohmann::json* out,
                    WeightEntries* entries, std::vector<std::string>* names, WeightEntries* sentence) {
  *out = nlohmann::json::object();
  return ScanJsonObject(json, pos, [&](std::string_view member, size_t* p) {
    const std::string key(member);
    if (key == table) {
      (*out)[key] = nlohmann::json::object();
      if (!names) return ScanWeightTable(json, p, entries);
      entries->clear();
      return ScanJsonIntegerObject(json, p, [&](std::string_view feature, int64_t weight) {
        entries->emplace_back(FeatureHashOf(feature), static_cast<double>(weight));
        names->emplace_back(feature);
      });
    }
    if (sentence && key == "sentence")
      return ReadObjectFast(json, p, "weights", &(*out)[key], sentence, nullptr, nullptr);
    return ReadJsonValue(json, p, &(*out)[key]);
  });
}

// True when two entries share a hash (a repeated feature, or two names that collide): the
// JSON tree's rules for those apply, so the caller parses the file whole.
bool HasRepeatedKey(const WeightEntries& entries) {
  std::vector<uint64_t> keys;
  keys.reserve(entries.size());
  for (const auto& e : entries) keys.push_back(e.first);
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

// The words as a table keyed by FeatureHashOf(word) (what IsFunctionWord() and
// IsPreIntensifier() look up).
HashedTable<uint8_t> WordTable(const std::vector<std::string>& words) {
  HashedTable<uint8_t> table;
  for (const std::string& w : words) table[FeatureHashOf(w)] = 1;
  return table;
}

bool ReadStringList(const nlohmann::json& j, const char* key, std::vector<std::string>* out, std::string* error) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_array()) { *error = std::string("loaded model has no \"") + key + "\" list"; return false; }
  for (const auto& v : *it) {
    if (!v.is_string()) { *error = std::string("loaded model \"") + key + "\" holds a non-string"; return false; }
    out->push_back(v.get<std::string>());
  }
  return true;
}

}  // namespace

bool IsLoadedCandidate(const Token& t) { return (t.flags & kTokWord) && !(t.flags & kTokClitic); }

bool LoadedModel::Parse(std::string_view json_bytes, std::string* error) {
  nlohmann::json j;
  WeightEntries word_entries, sentence_entries;
  std::vector<std::string> word_feature_names;
  size_t pos = SkipJsonWhitespace(json_bytes, 0);
  const bool fast =
      ReadObjectFast(json_bytes, &pos, "weights", &j, &word_entries, &word_feature_names, &sentence_entries) &&
                    SkipJsonWhitespace(json_bytes, pos) == json_bytes.size() && !HasRepeatedKey(word_entries) &&
                    !HasRepeatedKey(sentence_entries);
  if (!fast) j = nlohmann::json::parse(json_bytes.begin(), json_bytes.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) { *error = "loaded model is not a JSON object"; return false; }
  const auto weights = j.find("weights");
  const auto threshold = j.find("threshold");
  if (weights == j.end() || !weights->is_object()) { *error = "loaded model has no \"weights\" object"; return false; }
  if (threshold == j.end() || !threshold->is_number()) { *error = "loaded model has no numeric \"threshold\""; return false; }
  std::vector<std::string> function_words, pre_intensifiers;
  stem_suffixes_.clear();
  if (!ReadStringList(j, "stem_suffixes", &stem_suffixes_, error) ||
      !ReadStringList(j, "function_words", &function_words, error) ||
      !ReadStringList(j, "pre_intensifiers", &pre_intensifiers, error))
    return false;
  function_words_ = WordTable(function_words);
  pre_intensifiers_ = WordTable(pre_intensifiers);
  // Weights may be written as integers n meaning n / weight_divisor (integers parse several
  // times faster than decimals, in wasm above all).
  double divisor = 1;
  if (const auto d = j.find("weight_divisor"); d != j.end()) {
    divisor = d->is_number() ? d->get<double>() : 0;
    if (!(divisor > 0)) { *error = "loaded model: weight_divisor is not a positive number"; return false; }
  }
  if (!fast && !EntriesOf(*weights, "loaded model", &word_entries, &word_feature_names, error)) return false;
  FillWeights(word_entries, divisor, &weights_);
  BuildFormTable(word_feature_names);
  threshold_ = threshold->get<double>();
  sentence_weights_.Clear();
  if (const auto sentence = j.find("sentence"); sentence != j.end()) {
    const auto s_weights = sentence->is_object() ? sentence->find("weights") : sentence->end();
    const auto s_threshold = sentence->is_object() ? sentence->find("threshold") : sentence->end();
    if (!sentence->is_object() || s_weights == sentence->end() || !s_weights->is_object() ||
        s_threshold == sentence->end() || !s_threshold->is_number()) {
      *error = "loaded model \"sentence\" needs a \"weights\" object and a numeric \"threshold\"";
      return false;
    }
    if (!fast && !EntriesOf(*s_weights, "loaded sentence model", &sentence_entries, nullptr, error)) return false;
    FillWeights(sentence_entries, divisor, &sentence_weights_);
    sentence_threshold_ = s_threshold->get<double>();
  }
  version_ = j.value("version", "");
  return true;
}

std::string_view LoadedModel::Stem(std::string_view norm) const {
  for (const std::string& suffix : stem_suffixes_) {
    if (norm.size() < suffix.size() + 3) continue;
    if (!suffix.empty() && norm.back() != suffix.back()) continue;  // most suffixes end here
    if (norm.compare(norm.size() - suffix.size(), suffix.size(), suffix) == 0)
      return norm.substr(0, norm.size() - suffix.size());
  }
  return norm;
}

// Calls sink(prefix, value) once per feature of word `at`; the feature name is prefix + value.
// Mirror of word_features() in tools/train_loaded.py.
template <class Sink>
void LoadedModel::ForEachFeature(const Document& doc, const CategoryTags& tags,
                                 const std::vector<std::string>& category_names, uint32_t at, Sink&& sink) const {
  const Token& t = doc.tokens[at];
  const std::string_view norm = FeatureForm(doc, t);
  sink("bias", "");
  sink("w=", norm);
  sink("st=", Stem(norm));
  if (norm.size() > 5 && IsAscii(norm)) sink("s3=", norm.substr(norm.size() - 3));
  if (doc.Has(t, kTokCapitalized) && !doc.Has(t, kTokSentenceStart)) sink("cap", "");
  if (doc.Has(t, kTokQuoted)) sink("quoted", "");
  sink("p=", at > 0 ? FeatureForm(doc, doc.tokens[at - 1]) : std::string_view("<s>"));
  sink("n=", at + 1 < doc.tokens.size() ? FeatureForm(doc, doc.tokens[at + 1]) : std::string_view("</s>"));
  auto category = [&](size_t i) -> std::string_view {
    return tags[i] >= 0 ? std::string_view(category_names[static_cast<size_t>(tags[i])]) : std::string_view();
  };
  if (!category(at).empty()) sink("lex=", category(at));
  if (at > 0 && !category(at - 1).empty()) sink("lexp=", category(at - 1));
  if (at + 1 < doc.tokens.size() && !category(at + 1).empty()) sink("lexn=", category(at + 1));
}

float LoadedModel::WeightOf(std::string_view prefix, std::string_view value) const {
  const float* w = weights_.Find(FeatureHash().Add(prefix).Add(value).value);
  return w ? *w : 0.0f;
}

LoadedModel::FormWeights LoadedModel::WeightsOf(std::string_view form) const {
  FormWeights f = WeightsOfUnnamed(form);
  f.w = WeightOf("w=", form);
  f.as_previous = WeightOf("p=", form);
  f.as_next = WeightOf("n=", form);
  return f;
}

LoadedModel::FormWeights LoadedModel::WeightsOfUnnamed(std::string_view form) const {
  FormWeights f;
  f.stem = WeightOf("st=", Stem(form));
  if (form.size() > 5 && IsAscii(form)) f.suffix = WeightOf("s3=", form.substr(form.size() - 3));
  return f;
}

void LoadedModel::BuildFormTable(const std::vector<std::string>& feature_names) {
  forms_ = HashedTable<FormWeights>();
  for (const std::string& name : feature_names)
    for (std::string_view prefix : {"w=", "p=", "n="})
      if (name.size() >= 2 && name.compare(0, 2, prefix) == 0) {
        const std::string_view form = std::string_view(name).substr(2);
        const uint64_t key = FeatureHashOf(form);
        if (!forms_.Find(key)) forms_[key] = WeightsOf(form);
      }
  bias_ = WeightOf("bias", "");
  capitalized_ = WeightOf("cap", "");
  quoted_ = WeightOf("quoted", "");
  sentence_start_ = WeightOf("p=", "<s>");
  text_end_ = WeightOf("n=", "</s>");
}

const LoadedModel::FormWeights* LoadedModel::KnownForm(const Document& doc, uint32_t at) const {
  return forms_.Find(FeatureHashOf(FeatureForm(doc, doc.tokens[at])));
}

void LoadedModel::Probabilities(const Document& doc, const CategoryTags& tags,
                                const std::vector<std::string>& category_names, uint32_t first, uint32_t end,
                                std::vector<double>* out) const {
  out->assign(end - first, -1.0);
  if (first >= end) return;
  // known[k - lo]: token k's entry in forms_, looked up once for the token and its neighbours.
  const uint32_t lo = first > 0 ? first - 1 : 0;
  const uint32_t hi = std::min<uint32_t>(end + 1, static_cast<uint32_t>(doc.tokens.size()));
  std::vector<const FormWeights*> known(hi - lo);
  for (uint32_t k = lo; k < hi; ++k) known[k - lo] = KnownForm(doc, k);
  for (uint32_t i = first; i < end; ++i) {
    if (!IsLoadedCandidate(doc.tokens[i])) continue;
    const FormWeights* own = known[i - lo];
    (*out)[i - first] = ProbabilityOf(doc, tags, category_names, i,
                                      own ? *own : WeightsOfUnnamed(FeatureForm(doc, doc.tokens[i])),
                                      i > 0 ? known[i - 1 - lo] : nullptr,
                                      i + 1 < doc.tokens.size() ? known[i + 1 - lo] : nullptr);
  }
}

// ProbabilityByFeatureHashes() with the word forms' weights taken from forms_: the same floats
// added in the same order (an absent feature adds 0). `previous`/`next`: the neighbours'
// entries in forms_ (null for a form no feature names, or past either end of the text).
double LoadedModel::ProbabilityOf(const Document& doc, const CategoryTags& tags,
                                  const std::vector<std::string>& category_names, uint32_t at,
                                  const FormWeights& own, const FormWeights* previous,
                                  const FormWeights* next) const {
  const Token& t = doc.tokens[at];
  double z = 0;
  z += bias_;
  z += own.w;
  z += own.stem;
  z += own.suffix;
  if (doc.Has(t, kTokCapitalized) && !doc.Has(t, kTokSentenceStart)) z += capitalized_;
  if (doc.Has(t, kTokQuoted)) z += quoted_;
  z += at > 0 ? (previous ? previous->as_previous : 0.0f) : sentence_start_;
  z += at + 1 < doc.tokens.size() ? (next ? next->as_next : 0.0f) : text_end_;
  auto category = [&](size_t i) -> std::string_view {
    return tags[i] >= 0 ? std::string_view(category_names[static_cast<size_t>(tags[i])]) : std::string_view();
  };
  if (!category(at).empty()) z += WeightOf("lex=", category(at));
  if (at > 0 && !category(at - 1).empty()) z += WeightOf("lexp=", category(at - 1));
  if (at + 1 < doc.tokens.size() && !category(at + 1).empty()) z += WeightOf("lexn=", category(at + 1));
  return 1.0 / (1.0 + std::exp(-z));
}

double LoadedModel::ProbabilityByFeatureHashes(const Document& doc, const CategoryTags& tags,
                                               const std::vector<std::string>& category_names, uint32_t at) const {
  double z = 0;
  ForEachFeature(doc, tags, category_names, at, [&](std::string_view prefix, std::string_view value) {
    if (const float* w = weights_.Find(FeatureHash().Add(prefix).Add(value).value)) z += *w;
  });
  return 1.0 / (1.0 + std::exp(-z));
}

// With every feature kept: the mirror of sentence_features() in tools/train_loaded.py.
template <class Sink>
void LoadedModel::ForEachSentenceFeature(const Document& doc, const CategoryTags& tags,
                                         const std::vector<std::string>& category_names, const Sentence& s,
                                         const std::vector<double>& word_probability, Sink&& sink) const {
  static const char* const kDigits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  double top = 0;
  int triggers = 0;
  std::vector<std::string_view> words, categories;
  words.reserve(s.end_token - s.first_token);
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const double p = word_probability[i - s.first_token];
    if (p < 0 || doc.Has(doc.tokens[i], kTokQuoted)) continue;  // not scored, or the quoted person's
    top = std::max(top, p);
    triggers += p >= threshold_ ? 1 : 0;
    const std::string_view word = doc.Norm(doc.tokens[i]);
    words.push_back(word);
    if (tags[i] >= 0) categories.push_back(category_names[static_cast<size_t>(tags[i])]);
  }
  sink("bias", "");
  sink("mx=", kDigits[std::min(9, static_cast<int>(top * 20))]);
  sink("nt=", kDigits[std::min(3, triggers)]);
  SortUnique(&words);
  SortUnique(&categories);
  for (std::string_view w : words) sink("w=", w);
  for (std::string_view c : categories) sink("lex=", c);
}

// Adds the weights in text order, each distinct word and category once. The trainer's order
// (SentenceProbabilityByFeatureHashes) sorts them first; both give the same sum for weights
// written as whole numbers of 1/10000 units (the trainer's files): every such float has its
// lowest set bit at 2^-37 or above, so a double holds each partial sum below 2^16 exactly, in
// any order. The tests compare the two bit for bit.
double LoadedModel::SentenceProbability(const Document& doc, const CategoryTags& tags,
                                        const std::vector<std::string>& category_names, const Sentence& s,
                                        const std::vector<double>& word_probability) const {
  static const char* const kDigits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  static constexpr uint64_t kWordPrefix = FeatureHash().Add("w=").value;
  static constexpr uint64_t kCategoryPrefix = FeatureHash().Add("lex=").value;
  struct Counted {
    uint64_t key;
    std::string_view value;
  };
  std::vector<Counted> counted;  // the distinct weighted words and categories so far
  counted.reserve(2 * (s.end_token - s.first_token));
  double z = 0, top = 0;
  int triggers = 0;
  auto add_once = [&](uint64_t prefix, std::string_view value) {
    const uint64_t key = FeatureHash{prefix}.Add(value).value;
    const float* w = sentence_weights_.Find(key);
    if (!w) return;
    for (const Counted& c : counted)
      if (c.key == key && c.value == value) return;
    counted.push_back({key, value});
    z += *w;
  };
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const double p = word_probability[i - s.first_token];
    if (p < 0 || doc.Has(doc.tokens[i], kTokQuoted)) continue;  // not scored, or the quoted person's
    top = std::max(top, p);
    triggers += p >= threshold_ ? 1 : 0;
    add_once(kWordPrefix, doc.Norm(doc.tokens[i]));
    if (tags[i] >= 0) add_once(kCategoryPrefix, category_names[static_cast<size_t>(tags[i])]);
  }
  const auto weight = [&](std::string_view prefix, std::string_view value) {
    const float* w = sentence_weights_.Find(FeatureHash().Add(prefix).Add(value).value);
    return w ? static_cast<double>(*w) : 0.0;
  };
  z += weight("bias", "");
  z += weight("mx=", kDigits[std::min(9, static_cast<int>(top * 20))]);
  z += weight("nt=", kDigits[std::min(3, triggers)]);
  return 1.0 / (1.0 + std::exp(-z));
}

double LoadedModel::SentenceProbabilityByFeatureHashes(const Document& doc, const CategoryTags& tags,
                                                       const std::vector<std::string>& category_names,
                                                       const Sentence& s,
                                                       const std::vector<double>& word_probability) const {
  double z = 0;
  ForEachSentenceFeature(doc, tags, category_names, s, word_probability,
                         [&](std::string_view prefix, std::string_view value) {
                           if (const float* w = sentence_weights_.Find(FeatureHash().Add(prefix).Add(value).value))
                             z += *w;
                         });
  return 1.0 / (1.0 + std::exp(-z));
}

std::vector<std::string> LoadedModel::SentenceFeatures(const Document& doc, const CategoryTags& tags,
                                                       const std::vector<std::string>& category_names,
                                                       const Sentence& s,
                                                       const std::vector<double>& word_probability) const {
  std::vector<std::string> out;
  ForEachSentenceFeature(doc, tags, category_names, s, word_probability,
                         [&](std::string_view prefix, std::string_view value) {
                           out.push_back(std::string(prefix) + std::string(value));
                         });
  return out;
}

std::vector<std::string> LoadedModel::Features(const Document& doc, const CategoryTags& tags,
                                               const std::vector<std::string>& category_names, uint32_t at) const {
  std::vector<std::string> out;
  ForEachFeature(doc, tags, category_names, at, [&](std::string_view prefix, std::string_view value) {
    out.push_back(std::string(prefix) + std::string(value));
  });
  return out;
}

}  // namespace biaslens
