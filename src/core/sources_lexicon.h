// The source-typing word list (assets/lexicons/source_types.json) compiled for matching
// inside noun phrases (internal to src/core). Each entry has a category (official,
// spokesperson, expert, person, anonymous, anonymous_marker, document, outlet,
// organisation, place) and an optional canonical display form ("ap" -> "Associated Press",
// "moscow" -> "Russia").
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon.h"

namespace biaslens {

enum class SourceWord : uint8_t {
  kOfficial, kSpokesperson, kExpert, kPerson,  // role nouns
  kAnonymous, kAnonymousMarker, kDocument,
  kOutlet, kOrganisation, kPlace,
  kCount
};
const char* SourceWordName(SourceWord w);
bool IsRole(SourceWord w);

struct SourceWordMatch {
  uint32_t first_token = 0, token_count = 0;
  SourceWord kind = SourceWord::kPerson;
  std::string canonical;  // display form; "" = use the words as written
};

class SourceLexicon {
 public:
  // From source_types.json, parsed. false + *error on an entry of an unknown category.
  bool Build(const Lexicon& lexicon, std::string* error);
  // The longest entry starting at token `at` that ends before `end_token`; false when none.
  bool MatchAt(const Document& doc, uint32_t at, uint32_t end_token, SourceWordMatch* out) const;

 private:
  PhraseMatcher matcher_;
  std::vector<SourceWord> kinds_;
  std::vector<std::string> canonical_;
};

}  // namespace biaslens
