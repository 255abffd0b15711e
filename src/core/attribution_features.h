// Feature strings of the attribution model (internal to src/core).
// Mirror of CueFeatures()/SourceFeatures() in tools/train_attribution.py: the trained
// weights in assets/models/attribution.json are keyed by these exact strings, so any
// change here needs the same change there and a retrain. At run time the model reads the
// *Hashes() forms, which hash the same strings piece by piece without building them: a
// change to a string feature needs the same change to its hash form (a test checks both agree).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/feature_hash.h"
#include "core/text.h"

namespace biaslens {

struct Lexicon;

// The word classes of lexicons/cue_words.json ("say", "think", "want", …) that the cue
// tagger reads as features (CUE_WORDS in the trainer). Empty: every word is "-".
class CueWordClasses {
 public:
  // One-word entries, matched like any lexicon word (Token::hash); a word listed twice keeps
  // its last class; classes past the 256th are ignored.
  void Build(const Lexicon& lexicon);
  std::string_view ClassOf(uint32_t token_hash) const { return Name(IndexOf(token_hash)); }  // the class, or "-"
  std::string_view ClassOf(std::string_view norm) const { return ClassOf(HashNorm(norm)); }
  int IndexOf(uint32_t token_hash) const;  // the class's index, -1 for "-"
  std::string_view Name(int index) const { return index < 0 ? std::string_view("-") : std::string_view(names_[static_cast<size_t>(index)]); }

 private:
  std::vector<std::string> names_;
  std::unordered_map<uint32_t, uint8_t> class_of_;  // HashNorm(word) -> index into names_
};

// Per-document view the features read: word form, shape, cue-word class and quote state per token.
class AttributionFeatures {
 public:
  AttributionFeatures(const Document& doc, const CueWordClasses& cue_words);

  size_t size() const { return size_; }
  const Document& doc() const { return doc_; }
  std::string_view Word(int k) const {  // normalized form; "<b>" outside the text
    return k < 0 || k >= static_cast<int>(size_) ? kNames[0] : doc_.Norm(doc_.tokens[static_cast<size_t>(k)]);
  }
  // "A" all caps, "C" capitalized, "D" number, "l" word, else the punctuation
  std::string_view Shape(int k) const { return NameOrWord(At(k).shape, k); }
  bool Quoted(int k) const { return At(k).quoted; }            // inside a double quotation (quote marks are not)
  bool IsPunct(int k) const { return At(k).punct; }
  // "PRN", "CAP", "ED", "S", "ING", "W" or the punctuation
  std::string_view CueClass(int k) const { return NameOrWord(At(k).cue_class, k); }
  std::string_view CueWord(int k) const {  // its class in cue_words.json, "-" when none
    const int index = At(k).cue_word;
    return index == kBoundaryCueWord ? kNames[0] : cue_words_.Name(index);
  }
  // The crude stem and the last n code points the cue features read of a normalized word.
  static std::string_view StemOf(std::string_view word);
  static std::string_view LastCodepointsOf(std::string_view word, int n);

  // Features of token i for the cue tagger (without the "prev=" decoding feature).
  void CueFeatures(uint32_t i, std::vector<std::string>* out) const;
  // The same features as FeatureHash values of their strings, in the same order, without
  // building the strings: out[k] == FeatureHashOf(CueFeatures(i)[k]). Returns the count
  // (at most kMaxCueFeatures).
  static constexpr int kMaxCueFeatures = 32;
  int CueFeatureHashes(uint32_t i, uint64_t* out) const;
  // Candidate source tokens of the cue [c0, c1]: its sentence, kSourceWindowBefore tokens
  // before to kSourceWindowAfter after (SOURCE_BEFORE/SOURCE_AFTER in the trainer).
  static constexpr int kSourceWindowBefore = 40, kSourceWindowAfter = 30;
  void SourceCandidates(uint32_t c0, uint32_t c1, std::vector<int>* out) const;
  // Features of candidate j for the cue [c0, c1]; j < 0 is the "no source" candidate.
  void SourceFeatures(uint32_t c0, uint32_t c1, int j, std::vector<std::string>* out) const;
  // The same as FeatureHash values, in the same order; returns the count (at most kMaxSourceFeatures).
  static constexpr int kMaxSourceFeatures = 13;
  int SourceFeatureHashes(uint32_t c0, uint32_t c1, int j, uint64_t* out) const;

  // What SourceFeatures() of a candidate reads, as small numbers: the class of a token is one
  // of kSourceClasses names, the distance one of kDistanceBuckets, what lies between the
  // candidate and the cue a set of marks (1 comma, 2 quotation mark, 4 "that").
  static constexpr int kSourceClasses = 14, kDistanceBuckets = 7, kBetweenMarks = 8;
  static std::string_view SourceClassName(int id);
  static std::string_view DistanceBucketName(int id);
  static std::string_view BetweenMarksName(int marks);  // ",", "q", "t" in that order
  struct SourceCandidate {
    bool after = false;  // "A": after the cue, else "B"
    int bucket = 0, marks = 0, cls = 0, previous_cls = 0, next_cls = 0;
    bool quoted = false;
    std::string_view word;
  };
  SourceCandidate SourceCandidateOf(uint32_t c0, uint32_t c1, int j) const;

  // Codes of the shape and cue class names (kNames); kTheWord: the token's word itself.
  enum NameCode : uint8_t {
    kBoundaryName, kNumberShape, kAllCapsShape, kCapitalizedShape, kWordShape,
    kPronounCue, kCapitalizedCue, kEdCue, kSCue, kIngCue, kWordCue, kTheWord = 255
  };

 private:
  // The shape and cue class names: kNames[code], or the token's word for kTheWord.
  static constexpr std::string_view kNames[] = {"<b>", "D", "A", "C", "l", "PRN", "CAP", "ED", "S", "ING", "W"};
  static constexpr int16_t kBoundaryCueWord = -2;
  std::string_view NameOrWord(uint8_t code, int k) const { return code == kTheWord ? Word(k) : kNames[code]; }
  // What the features read of one token (a few bytes: long texts have millions), computed
  // once in the constructor; the word itself is read from the document.
  struct TokenView {
    uint8_t shape = kBoundaryName, cue_class = kBoundaryName;  // NameCode
    uint8_t source_class_id = 0;       // an index of SourceClassName() (0, "<b>", for the boundary)
    bool quoted = false, punct = false;
    int16_t cue_word = kBoundaryCueWord;  // CueWordClasses index, -1 for "-"
  };
  // Token k's view; the kPad entries on either side of the text are the boundary, so the
  // features' neighbours (at most two away) need no range check.
  static constexpr int kPad = 4;
  const TokenView& At(int k) const {
    return (k < -kPad || k >= static_cast<int>(size_) + kPad) ? views_.front() : views_[static_cast<size_t>(k + kPad)];
  }
  std::string_view SourceClass(int k) const { return SourceClassName(At(k).source_class_id); }

  const Document& doc_;
  const CueWordClasses& cue_words_;
  size_t size_ = 0;
  std::vector<TokenView> views_;  // kPad boundary views, one per token, kPad boundary views
  // Prefix counts: marks_before_[k] = how many of tokens [0, k) are "," / "\"" / "that"
  // (what lies between a source candidate and its cue, in O(1)).
  struct MarkCounts { uint32_t commas = 0, quotes = 0, thats = 0; };
  std::vector<MarkCounts> marks_before_;
};

}  // namespace biaslens
