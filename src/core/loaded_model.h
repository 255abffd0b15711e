// The loaded-word model: a logistic regression over features of one word (the word, a crude
// stem, its suffix, its shape, its neighbours, and the loaded.json category covering it or a
// neighbour), trained by tools/train_loaded.py on the development halves of PTC and BABE and
// shipped as assets/models/loaded.json:
//   {"threshold": t, "weights": {"feature": w, …}, "stem_suffixes": […],
//    "function_words": […], "pre_intensifiers": […], "training": {…},
//    "sentence": {"threshold": t, "weights": {"feature": w, …}}}   (optional)
// The sentence model answers BABE's question, does this sentence read as biased, from the
// word probabilities and the words of the sentence's reporter voice; the detector marks the
// strongest word of a sentence it reads as biased (SentenceFeatures() here and
// sentence_features() in the trainer are one contract too).
//
// ForEachFeature() here and word_features() in tools/train_loaded.py are one contract:
// change both together and retrain. Feature names are hashed (FNV-1a 64) on load and while
// scoring, so scoring a word allocates nothing.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/feature_hash.h"
#include "core/feature_weights.h"
#include "core/hashed_table.h"
#include "core/text.h"

namespace biaslens {

// Per-token lexicon category of a Document: -1 or an index into the detector's category names.
using CategoryTags = std::vector<int16_t>;

class LoadedModel {
 public:
  // Parses the model JSON. false + *error when it is not a loaded-word model.
  bool Parse(std::string_view json_bytes, std::string* error);

  // p(word i is part of loaded wording) of every token i in [first, end) the model scores
  // (IsLoadedCandidate) at (*out)[i - first], -1 for the others; each word form is looked up once,
  // not once per neighbour. `category_names[tags[i]]` names the loaded.json category of token i
  // (tags[i] < 0: none).
  void Probabilities(const Document& doc, const CategoryTags& tags, const std::vector<std::string>& category_names,
                     uint32_t first, uint32_t end, std::vector<double>* out) const;

  // The probability of word `at` from the feature names' hashes, one lookup per feature: what
  // Probabilities() gives it exactly (the same weights added in the same order; for tests).
  double ProbabilityByFeatureHashes(const Document& doc, const CategoryTags& tags,
                                    const std::vector<std::string>& category_names, uint32_t at) const;
  // The feature names of word `at` as strings (for tests and `explain` output).
  std::vector<std::string> Features(const Document& doc, const CategoryTags& tags,
                                    const std::vector<std::string>& category_names, uint32_t at) const;

  // The sentence model, when the file has one. `word_probability[i - s.first_token]` is
  // Probabilities() of token i of sentence `s`, or < 0 for tokens the word model does not score.
  bool has_sentence_model() const { return !sentence_weights_.empty(); }
  double SentenceProbability(const Document& doc, const CategoryTags& tags,
                             const std::vector<std::string>& category_names, const Sentence& s,
                             const std::vector<double>& word_probability) const;
  // The same from every feature's hash in the trainer's order (distinct words sorted): what
  // SentenceProbability() equals exactly (for tests).
  double SentenceProbabilityByFeatureHashes(const Document& doc, const CategoryTags& tags,
                                            const std::vector<std::string>& category_names, const Sentence& s,
                                            const std::vector<double>& word_probability) const;
  std::vector<std::string> SentenceFeatures(const Document& doc, const CategoryTags& tags,
                                            const std::vector<std::string>& category_names, const Sentence& s,
                                            const std::vector<double>& word_probability) const;
  double sentence_threshold() const { return sentence_threshold_; }

  double threshold() const { return threshold_; }
  const std::string& version() const { return version_; }
  size_t size() const { return weights_.size(); }
  bool IsFunctionWord(std::string_view norm) const { return function_words_.Find(FeatureHashOf(norm)) != nullptr; }
  bool IsPreIntensifier(std::string_view norm) const { return pre_intensifiers_.Find(FeatureHashOf(norm)) != nullptr; }
  // The crude stem the model uses: the word less its first matching suffix (>= 3 bytes left).
  std::string_view Stem(std::string_view norm) const;

 private:
  // The weights a word form has in the features that read it whole, found once when the model
  // loads: "w=", "st=" of its stem, "s3=" of its suffix (when it has one), and "p=", "n=" as a
  // neighbour. Absent features weigh 0 (adding 0 leaves a sum as it was).
  struct FormWeights {
    float w = 0, stem = 0, suffix = 0, as_previous = 0, as_next = 0;
  };
  FormWeights WeightsOf(std::string_view form) const;  // from the hash table
  // WeightsOf() a form no "w=", "p=" or "n=" feature names (not in forms_): its stem and suffix.
  FormWeights WeightsOfUnnamed(std::string_view form) const;
  const FormWeights* KnownForm(const Document& doc, uint32_t at) const;  // token at's entry in forms_, or null
  double ProbabilityOf(const Document& doc, const CategoryTags& tags, const std::vector<std::string>& category_names,
                       uint32_t at, const FormWeights& own, const FormWeights* previous, const FormWeights* next) const;
  void BuildFormTable(const std::vector<std::string>& feature_names);
  float WeightOf(std::string_view prefix, std::string_view value) const;

  template <class Sink>
  void ForEachFeature(const Document& doc, const CategoryTags& tags, const std::vector<std::string>& category_names,
                      uint32_t at, Sink&& sink) const;

  // Calls sink(prefix, value) for each feature of sentence s: "bias", "mx=", "nt=", then each
  // distinct "w=" word and "lex=" category in sorted order (the trainer's order).
  template <class Sink>
  void ForEachSentenceFeature(const Document& doc, const CategoryTags& tags,
                              const std::vector<std::string>& category_names, const Sentence& s,
                              const std::vector<double>& word_probability, Sink&& sink) const;

  FeatureWeights weights_;  // FNV-1a 64 of the feature name -> weight
  HashedTable<FormWeights> forms_;  // every form a "w=", "p=" or "n=" feature names, by FeatureHashOf(form)
  float bias_ = 0, capitalized_ = 0, quoted_ = 0, sentence_start_ = 0, text_end_ = 0;
  FeatureWeights sentence_weights_;
  double sentence_threshold_ = 0.5;
  std::vector<std::string> stem_suffixes_;
  HashedTable<uint8_t> function_words_, pre_intensifiers_;  // by FeatureHashOf(word), as the weights are
  double threshold_ = 0.5;
  std::string version_;
};

// True for the words the model scores: letters (not numbers, punctuation or split clitics).
bool IsLoadedCandidate(const Token& t);

}  // namespace biaslens
