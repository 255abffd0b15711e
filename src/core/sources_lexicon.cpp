// Compiles source_types.json; see sources_lexicon.h.
#include "core/sources_lexicon.h"

namespace biaslens {
namespace {

const char* const kNames[] = {"official", "spokesperson", "expert", "person", "anonymous", "anonymous_marker",
                              "document", "outlet", "organisation", "place"};
static_assert(sizeof(kNames) / sizeof(kNames[0]) == static_cast<size_t>(SourceWord::kCount), "one name per kind");

bool ParseKind(std::string_view name, SourceWord* out) {
  for (size_t i = 0; i < static_cast<size_t>(SourceWord::kCount); ++i)
    if (name == kNames[i]) { *out = static_cast<SourceWord>(i); return true; }
  return false;
}

}  // namespace

const char* SourceWordName(SourceWord w) { return kNames[static_cast<size_t>(w)]; }

bool IsRole(SourceWord w) {
  return w == SourceWord::kOfficial || w == SourceWord::kSpokesperson || w == SourceWord::kExpert || w == SourceWord::kPerson;
}

bool SourceLexicon::Build(const Lexicon& lexicon, std::string* error) {
  for (size_t i = 0; i < lexicon.entries.size(); ++i) {
    SourceWord kind;
    if (!ParseKind(lexicon.entries[i].category, &kind)) {
      *error = "source_types entry '" + lexicon.entries[i].phrase + "' has unknown category '" + lexicon.entries[i].category + "'";
      return false;
    }
    matcher_.Add(lexicon.entries[i]);
    kinds_.push_back(kind);
    canonical_.push_back(lexicon.entries[i].canonical);
  }
  matcher_.Build();
  return true;
}

bool SourceLexicon::MatchAt(const Document& doc, uint32_t at, uint32_t end_token, SourceWordMatch* out) const {
  PhraseMatch matches[8];
  const size_t n = matcher_.MatchAt(doc, at, matches, 8);
  for (size_t k = 0; k < n; ++k) {  // longest first
    if (matches[k].first_token + matches[k].token_count > end_token) continue;
    out->first_token = matches[k].first_token;
    out->token_count = matches[k].token_count;
    out->kind = kinds_[matches[k].entry];
    out->canonical = canonical_[matches[k].entry];
    return true;
  }
  return false;
}

}  // namespace biaslens
