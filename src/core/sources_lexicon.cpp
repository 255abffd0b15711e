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

}  // namespace biaslens
