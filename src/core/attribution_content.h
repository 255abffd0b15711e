// What a source is reported to have said (internal to src/core): the content span of an
// attribution, the quotations that continue a speaker without a new cue, and the
// "Sources: BBC, Daily Mail" credit line.
#pragma once
#include <cstdint>
#include <vector>

#include "core/text.h"

namespace biaslens {

// Quotation lookup for one document (outermost quotations only).
class QuotationIndex {
 public:
  explicit QuotationIndex(const Document& doc);
  int Closing(uint32_t token) const;  // quotation whose closing mark is `token`, or -1
  int Opening(uint32_t token) const;  // quotation whose opening mark is `token`, or -1
  int Inside(uint32_t token) const;   // quotation whose words hold `token`, or -1
  const Quotation& at(int q) const { return doc_.quotations[static_cast<size_t>(q)]; }
  std::vector<int> Outermost() const;  // indices of depth-1 quotations, in text order

 private:
  const Document& doc_;
  std::vector<int> closing_, opening_, inside_;
};

// Content of the attribution whose cue is tokens [cue_first, cue_end) and whose source is
// [source_first, source_end) (empty when none): an adjacent quotation ("…," he said /
// he said: "…") sets *direct and *quotation; otherwise the rest of the clause after the
// cue ("said that …"), or the clause before it ("…, the statement said").
Range FindContent(const Document& doc, const QuotationIndex& quotes, uint32_t cue_first, uint32_t cue_end,
                  uint32_t source_first, uint32_t source_end, bool* direct, int* quotation);

// A word of [first, end) is a verb that can close a reported clause after its comma ("…, he
// said", "…, the study found", "…, she wrote on Twitter"), not a noun after a determiner nor an
// infinitive ("pinned his hopes on", "had nothing bad to say about").
bool HasClosingVerb(const Document& doc, uint32_t first, uint32_t end);

// A "Sources: BBC, Daily Mail, The National / Photo credit: …" line: the label token and
// each listed item as a token range [first, end).
struct CreditLine {
  uint32_t label_first = 0, label_end = 0;
  std::vector<std::pair<uint32_t, uint32_t>> items;
};
std::vector<CreditLine> FindCreditLines(const Document& doc);

}  // namespace biaslens
