// The trained attribution model (internal to src/core): a cue tagger and a source ranker,
// both averaged perceptrons over the feature strings of attribution_features.h, loaded
// from assets/models/attribution.json (written by tools/train_attribution.py).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution_features.h"
#include "core/cue_weight_tables.h"
#include "core/feature_weights.h"

namespace biaslens {

struct TokenRun {
  uint32_t first = 0, last = 0;  // inclusive token indices
};

class AttributionModel {
 public:
  // Parses the model JSON. false + *error on a malformed file. The cue tagger scores from
  // CueWeightTables when the weights are whole numbers (the trainer's files) and `cue_tables`;
  // otherwise, and for CueScore()/CueUnits(), from the hashes of the feature strings.
  bool Parse(std::string_view json_bytes, std::string* error, bool cue_tables = true);
  bool empty() const { return cue_.empty() && cue_tables_.empty(); }

  // Tags tokens left to right; each maximal run of tagged tokens is one cue.
  // Tokens for which `skip(i)` is true are never tagged (e.g. boilerplate lines).
  template <class Skip>
  std::vector<TokenRun> TagCues(const AttributionFeatures& features, Skip&& skip) const {
    if (!cue_tables_.empty()) {
      std::vector<int64_t> scores;
      cue_tables_.TokenScores(features, &scores);
      return Decode(features.doc(), skip, [&](uint32_t i, bool prev) {
        return static_cast<double>(scores[i] + (prev ? prev_units_[1] : prev_units_[0]));
      });
    }
    // Without the tables (a model whose weights are not whole units): token i + 1's features
    // are hashed and their weights fetched into cache while token i is scored.
    uint64_t hashes[2][AttributionFeatures::kMaxCueFeatures];
    int counts[2] = {-1, -1};
    auto prepare = [&](uint32_t i, int slot) {
      counts[slot] = 0;
      if (i >= features.size()) return;
      counts[slot] = features.CueFeatureHashes(i, hashes[slot]);
      CheckCueHashes(features, i, hashes[slot], counts[slot]);
      for (int k = 0; k < counts[slot]; ++k) cue_.Prefetch(hashes[slot][k]);
    };
    prepare(0, 0);
    return Decode(features.doc(), skip, [&](uint32_t i, bool prev) {
      const int slot = static_cast<int>(i & 1);
      prepare(i + 1, slot ^ 1);
      return CueUnits(hashes[slot], counts[slot], prev);
    });
  }

  // The token of the cue's sentence that belongs to its source, or -1 for none.
  int PickSource(const AttributionFeatures& features, const TokenRun& cue) const;
  // Every candidate token the ranker scores above "no source", best first (equal scores in
  // text order); its first element is PickSource's answer, and it is empty when that is -1.
  void RankSources(const AttributionFeatures& features, const TokenRun& cue, std::vector<int>* ranked) const;
  // The ranker's score of candidate j (-1: "no source") for the cue: from the tables of the
  // features that read small values, and the same from the feature hashes (equal to the bit:
  // the same weights added in the same order; for tests).
  double SourceScore(const AttributionFeatures& features, const TokenRun& cue, int j) const;
  double SourceScoreByFeatureHashes(const AttributionFeatures& features, const TokenRun& cue, int j) const;

  double cue_threshold() const { return cue_threshold_; }
  // The tagger's score of one token from its feature hashes and the previous decision (a
  // model parsed without cue tables; one with them has no hash table for the cue).
  double CueScore(const uint64_t* hashes, int count, bool prev) const { return CueUnits(hashes, count, prev) / cue_unit_; }
  // The same from the tables arranged by what each feature reads (when the model has them).
  bool has_cue_tables() const { return !cue_tables_.empty(); }
  void CueTableScores(const AttributionFeatures& features, std::vector<int64_t>* units) const {
    cue_tables_.TokenScores(features, units);
  }
  double cue_unit() const { return cue_unit_; }  // weight units per unit of score
  // The score in weight units: whole numbers, summed exactly, when the file's weights are.
  double CueUnits(const uint64_t* hashes, int count, bool prev) const;

 private:
  // Greedy left-to-right decoding: token i is tagged when it is not skipped and units(i,
  // previous token tagged) exceeds the threshold; units() is called for every token, in order.
  // A cue never runs across sentences: the first token of a sentence is scored as if the
  // token before it were not tagged (as nearly always in training, where cues end before the
  // sentence's punctuation), so "Poll update" + "About 28 percent…" is not one cue.
  template <class Skip, class Units>
  std::vector<TokenRun> Decode(const Document& doc, Skip& skip, Units&& units) const {
    const size_t n = doc.tokens.size();
    std::vector<TokenRun> runs;
    const double threshold = cue_threshold_ * cue_unit_;
    bool prev = false;
    for (uint32_t i = 0; i < n; ++i) {
      if (i > 0 && doc.tokens[i].sentence != doc.tokens[i - 1].sentence) prev = false;
      const bool skipped = skip(i);
      const double u = units(i, prev);
      const bool tagged = !skipped && u > threshold;
      if (tagged) {
        if (prev) runs.back().last = i;
        else runs.push_back({i, i});
      }
      prev = tagged;
    }
    return runs;
  }

  // Weights of the features summed in order (absent features add nothing).
  static double Sum(const FeatureWeights& table, const uint64_t* hashes, int count);
  // With BIASLENS_CHECK_FEATURE_HASHES defined: aborts unless the hashes equal FNV-1a 64
  // (written out separately) of the strings CueFeatures()/SourceFeatures() build, which are
  // the keys of the model file. Otherwise does nothing.
  static void CheckCueHashes(const AttributionFeatures& features, uint32_t i, const uint64_t* hashes, int count);
  static void CheckSourceHashes(const AttributionFeatures& features, const TokenRun& cue, int j, const uint64_t* hashes,
                                int count);

  // The source ranker's scoring: what one cue contributes to every candidate's features, then
  // one candidate's score in SourceFeatureHashes()' order.
  struct CueForSources {
    FeatureHash cwdc, cl;  // the hash states after "cwdc=<first cue word>|" and "cl=<last cue word>"
    float first_word_by_side[2] = {0, 0};  // "cwd=<first cue word>B" / "…A"
  };
  CueForSources SourceCueOf(const AttributionFeatures& features, const TokenRun& cue) const;
  double CandidateScore(const CueForSources& cue, bool cue_quoted, const AttributionFeatures::SourceCandidate& c) const;
  float SourceWeight(uint64_t key) const {
    const float* w = source_.Find(key);
    return w ? *w : 0.0f;
  }
  void BuildSourceTables();

  FeatureWeights cue_, source_;  // FeatureHashOf(feature string) -> weight (cue_: in weight units)
  // The source weights of the features that read only small values, by those values
  // ([side: B 0, A 1][…]); 0 where the model has no such feature (adding 0 changes no sum).
  static constexpr int kClasses = AttributionFeatures::kSourceClasses;
  static constexpr int kBuckets = AttributionFeatures::kDistanceBuckets;
  static constexpr int kMarks = AttributionFeatures::kBetweenMarks;
  float distance_[2][kBuckets] = {}, distance_class_[2][kBuckets][kClasses] = {};
  float marks_[2][kMarks] = {}, marks_class_[2][kMarks][kClasses] = {};
  float class_next_[2][kClasses][kClasses] = {}, previous_class_[2][kClasses][kClasses] = {};
  float quoted_[2][2] = {};  // [candidate quoted][cue quoted]
  CueWeightTables cue_tables_;   // the cue weights by what each feature reads; empty unless whole units
  double cue_threshold_ = 0;
  double cue_unit_ = 1;          // cue weight units per unit of score: weight_divisor when whole, else 1
  double prev_units_[2] = {0, 0};  // "prev=0", "prev=1"
};

}  // namespace biaslens
