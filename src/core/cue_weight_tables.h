// The cue tagger's weights arranged by what each feature reads (internal to src/core).
//
// The tagger's score of token i is the sum of the weights of the ~27 feature strings of
// AttributionFeatures::CueFeatures(i). Most of those features read one property of one token
// at a fixed offset ("w=" the word at i, "p=" the word at i - 1, "nc=" the class at i + 1), so
// their weights can be summed once per token of the document instead of once per token and
// offset, and the word's weights once per model instead of once per occurrence. What is left
// per token is a few pair features (word bigrams, class with stem) and small dense tables.
//
// Contract: for every token, TokenScores() equals the sum, in integer weight units, of the
// weights of CueFeatures(i) (without "prev="), exactly. The weights are whole numbers as the
// file writes them (n means n / weight_divisor), so any summation order gives the same sum.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/attribution_features.h"
#include "core/feature_hash.h"
#include "core/hashed_table.h"

namespace biaslens {

class CueWeightTables {
 public:
  // Built from the cue table's feature strings and integer weights in file order (a repeated
  // feature keeps its last weight). Features of no template CueFeatures() writes are
  // ignored: no token can have them.
  void Build(const std::vector<std::pair<std::string_view, int64_t>>& features);
  bool empty() const { return !built_; }

  // out[i] = the sum of the weights of CueFeatures(i) for every token i, in weight units.
  void TokenScores(const AttributionFeatures& features, std::vector<int64_t>* out) const;

 private:
  // What one word contributes at each offset from the token being scored; the suffix and
  // stem features are the word's own, so they are folded into `self`.
  struct WordWeights {
    int32_t self = 0, before = 0, after = 0, two_before = 0, two_after = 0;  // w=/st=/sfx=/sfx2=, p=, n=, pp=, nn=
    int32_t own = 0;         // w= alone (while building)
    bool done = false;       // own stem and suffix weights added (while building)
    int32_t bigram_id = -1;  // in pw=/wn= features: its index, else -1
    int32_t stem_id = -1;    // its stem in pcst=/stnc= features: the stem's index, else -1
    int32_t suffix2_id = 0;  // its last two letters in pcsfx= features: their index, else 0
  };
  // A value with a weight of its own and maybe an index in the pair features.
  struct Weighted {
    int32_t weight = 0, id = -1;
  };
  // A string property with a small number of values (class, cue word): its index (0: a
  // value no feature names) and its own weights at each offset.
  struct SmallValue {
    int32_t id = 0;
    int32_t self = 0, before = 0, after = 0;
  };

  WordWeights WeightsOfWord(std::string_view word) const;  // for a word no word feature names
  template <class V>
  static const V& Get(const HashedTable<V>& table, std::string_view key) {
    static const V kNone{};
    const V* v = table.Find(FeatureHashOf(key));
    return v ? *v : kNone;
  }
  static uint64_t PairKey(int32_t a, int32_t b) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
  }

  bool built_ = false;
  int32_t bias_ = 0, quoted_[2] = {0, 0}, quote_run_[8] = {}, quote_ahead_ = 0, that_ahead_ = 0, quote_behind_ = 0;
  HashedTable<WordWeights> words_;  // every word a word feature names, by FeatureHashOf(word)
  HashedTable<Weighted> stems_, suffixes2_;  // st=, sfx2= weights; their ids in pcst=/stnc=, pcsfx=
  HashedTable<int32_t> suffixes3_, shapes_;  // sfx=, s=
  HashedTable<SmallValue> classes_, cue_words_;
  int32_t class_count_ = 1, cue_word_count_ = 1, suffix2_count_ = 1;
  // Dense tables indexed by small ids: [a * count_of_b + b].
  std::vector<int32_t> class_pair_before_, class_pair_after_;  // ppc=, ncc=
  std::vector<int32_t> cue_word_class_before_, cue_word_class_after_;  // lexpc=, lexnc=
  std::vector<int32_t> class_suffix2_;  // pcsfx=
  HashedTable<int32_t> bigram_before_, bigram_after_;  // pw=, wn= by bigram ids
  HashedTable<int32_t> class_stem_, stem_class_;  // pcst=, stnc= by class and stem ids
};

}  // namespace biaslens
