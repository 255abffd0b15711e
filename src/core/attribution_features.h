// Feature strings of the attribution model (internal to src/core).
// Mirror of CueFeatures()/SourceFeatures() in tools/train_attribution.py: the trained
// weights in assets/models/attribution.json are keyed by these exact strings, so any
// change here needs the same change there and a retrain.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace biaslens {

// Per-document view the features read: word form, shape and quote state per token.
class AttributionFeatures {
 public:
  explicit AttributionFeatures(const Document& doc);

  size_t size() const { return shapes_.size(); }
  const Document& doc() const { return doc_; }
  std::string_view Word(int k) const;   // normalized form; "<b>" outside the text
  std::string_view Shape(int k) const;  // "A" all caps, "C" capitalized, "D" number, "l" word, else the punctuation
  bool Quoted(int k) const;             // inside a double quotation (quote marks are not)
  bool IsPunct(int k) const;

  // Features of token i for the cue tagger (without the "prev=" decoding feature).
  void CueFeatures(uint32_t i, std::vector<std::string>* out) const;
  // Candidate source tokens of the cue [c0, c1]: its sentence, 15 tokens before to 10 after.
  void SourceCandidates(uint32_t c0, uint32_t c1, std::vector<int>* out) const;
  // Features of candidate j for the cue [c0, c1]; j < 0 is the "no source" candidate.
  void SourceFeatures(uint32_t c0, uint32_t c1, int j, std::vector<std::string>* out) const;

 private:
  std::string_view CueClass(int k) const;
  std::string_view SourceClass(int k) const;

  const Document& doc_;
  std::vector<std::string_view> shapes_;
};

}  // namespace biaslens
