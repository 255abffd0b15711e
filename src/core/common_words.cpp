// MarkCommonWords: a capitalized word at the start of a sentence, after an opening quotation
// mark or a colon, or on the headline line, is a common word (kTokCommonWord) when the text
// also writes it all in lower case and never capitalizes it anywhere else ("Until", "Hundreds",
// "Announces" in a title-case headline); a name keeps its capital mid-sentence ("May" in
// "Theresa May said" stays a name in every position).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/text_stages.h"

namespace biaslens {

void MarkCommonWords(Document& doc) {
  const size_t n = doc.tokens.size();
  // Positions where any word is capitalized: sentence starts, after an opening quotation
  // mark or a colon, and the headline.
  std::vector<uint8_t> free_capital(n, 0);
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
  // The candidates: capitalized words where any word may be. Only their hashes are looked up
  // in the rest of the text, through a 4096-bit filter first.
  auto is_candidate = [&](size_t i) {
    const uint32_t f = doc.tokens[i].flags;
    return free_capital[i] && (f & kTokCapitalized) && !(f & kTokAllCaps);
  };
  std::vector<uint32_t> candidates;
  uint64_t filter[64] = {};
  for (size_t i = 0; i < n; ++i) {
    if (!is_candidate(i)) continue;
    const uint32_t hash = doc.tokens[i].hash;
    candidates.push_back(hash);
    filter[(hash >> 6) & 63] |= uint64_t{1} << (hash & 63);
  }
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  auto candidate_index = [&](uint32_t hash) -> size_t {
    if (!(filter[(hash >> 6) & 63] >> (hash & 63) & 1)) return SIZE_MAX;
    const auto it = std::lower_bound(candidates.begin(), candidates.end(), hash);
    return it != candidates.end() && *it == hash ? static_cast<size_t>(it - candidates.begin()) : SIZE_MAX;
  };
  std::vector<uint8_t> written_lower(candidates.size(), 0), capitalized_elsewhere(candidates.size(), 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (!(t.flags & kTokWord) || (t.flags & kTokAllCaps)) continue;
    if ((t.flags & kTokCapitalized) && free_capital[i]) continue;
    const size_t k = candidate_index(t.hash);
    if (k == SIZE_MAX) continue;
    // "al-Muslat", "de Mistura" keep a capital inside: not the common word's lower case.
    const std::string_view written = doc.Slice(t);
    const bool lower = !(t.flags & kTokCapitalized) &&
                       std::none_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    (lower ? written_lower : capitalized_elsewhere)[k] = 1;
  }
  for (size_t i = 0; i < n; ++i) {
    if (!is_candidate(i)) continue;
    const size_t k = candidate_index(doc.tokens[i].hash);
    if (written_lower[k] && !capitalized_elsewhere[k]) doc.tokens[i].flags |= kTokCommonWord;
  }
}

}  // namespace biaslens
