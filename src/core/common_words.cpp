// MarkCommonWords: a capitalized word at the start of a sentence, after an opening quotation
// mark or a colon, or on the headline line, is a common word (kTokCommonWord) when the text
// also writes it in lower case and never capitalizes it anywhere else ("Until", "Hundreds",
// "Announces" in a title-case headline); a name keeps its capital mid-sentence ("May" in
// "Theresa May said" stays a name in every position).
#include <algorithm>
#include <vector>

#include "core/text_stages.h"

namespace biaslens {
namespace {

bool Contains(const std::vector<uint32_t>& sorted, uint32_t hash) {
  return std::binary_search(sorted.begin(), sorted.end(), hash);
}

void SortUnique(std::vector<uint32_t>* hashes) {
  std::sort(hashes->begin(), hashes->end());
  hashes->erase(std::unique(hashes->begin(), hashes->end()), hashes->end());
}

}  // namespace

void MarkCommonWords(Document& doc) {
  const size_t n = doc.tokens.size();
  // Positions where any word is capitalized: sentence starts, after an opening quotation
  // mark or a colon, and the headline.
  std::vector<bool> free_capital(n, false);
  bool next_is_free = true;
  uint32_t sentence = UINT32_MAX;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.sentence != sentence) { sentence = t.sentence; next_is_free = true; }
    if (t.flags & kTokWord) {
      free_capital[i] = next_is_free || (t.flags & kTokHeadline);
      next_is_free = false;
    } else if ((t.flags & kTokOpenQuote) || doc.Norm(t) == ":") {
      next_is_free = true;
    }
  }
  std::vector<uint32_t> lower, capitalized_elsewhere;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (!(t.flags & kTokWord) || (t.flags & kTokAllCaps)) continue;
    if (!(t.flags & kTokCapitalized)) lower.push_back(t.hash);
    else if (!free_capital[i]) capitalized_elsewhere.push_back(t.hash);
  }
  if (lower.empty()) return;
  SortUnique(&lower);
  SortUnique(&capitalized_elsewhere);
  for (size_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[i];
    if (free_capital[i] && (t.flags & kTokCapitalized) && !(t.flags & kTokAllCaps) && Contains(lower, t.hash) &&
        !Contains(capitalized_elsewhere, t.hash))
      t.flags |= kTokCommonWord;
  }
}

}  // namespace biaslens
