// All-caps runs ("INEXPLICABLE MOVE, OBAMA IN SHOCK") told apart from acronyms and
// initialisms (ISIS, U.N., NYPD, S-400, BBC) by a list (assets/lexicons/acronyms.json) AND
// by shape. A run is a stretch of upper-case words inside one sentence, bridged by
// punctuation and numbers; it counts as shouting when it holds at least two words that are
// neither a known acronym nor acronym-shaped, one of them at least four letters long.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/lexicon.h"
#include "core/text.h"

namespace biaslens {

class AcronymSet {
 public:
  // Adds every single-word entry of the lexicon (normalized, i.e. lower case).
  void AddLexicon(const Lexicon& lexicon);
  bool Contains(std::string_view norm) const { return hashes_.count(HashNorm(norm)) != 0; }

  // True when the upper-case word token looks like an acronym or initialism: it is listed,
  // holds a digit or a period ("S-400", "U.N."), has no vowel ("NYPD", "BBC"), or has at most
  // three letters and is not a common short English word ("UN", "EU"; but "IN", "THE", "WAR").
  bool LooksLikeAcronym(const Document& doc, const Token& t) const;

 private:
  std::unordered_set<uint32_t> hashes_;
};

struct CapsRun {
  uint32_t first_token = 0, end_token = 0;  // [first, end) tokens; first and last are caps words
  int shouting_words = 0;                   // words that are not acronyms
};

// All shouting runs of sentence `s` (none in boilerplate sentences is the caller's business).
std::vector<CapsRun> FindCapsRuns(const Document& doc, const Sentence& s, const AcronymSet& acronyms);

}  // namespace biaslens
