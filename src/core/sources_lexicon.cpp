// Compiles source_types.json and gender.json; see sources_lexicon.h.
#include "core/sources_lexicon.h"

#include "core/sources_mentions.h"
#include "core/text.h"
#include "core/utf8.h"

#include <algorithm>

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

// The regular English plural of a lower-case noun: "study" -> "studies", "speech" -> "speeches".
std::string PluralOf(const std::string& noun) {
  auto ends_with = [&](std::string_view suffix) {
    return noun.size() > suffix.size() && noun.compare(noun.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with("y") && noun.size() >= 2 && std::string_view("aeiou").find(noun[noun.size() - 2]) == std::string::npos)
    return noun.substr(0, noun.size() - 1) + "ies";
  if (ends_with("s") || ends_with("x") || ends_with("ch") || ends_with("sh")) return noun + "es";
  return noun + "s";
}

}  // namespace

const char* SourceWordName(SourceWord w) { return kNames[static_cast<size_t>(w)]; }

bool IsRole(SourceWord w) {
  return w == SourceWord::kOfficial || w == SourceWord::kSpokesperson || w == SourceWord::kExpert || w == SourceWord::kPerson;
}

bool SourceLexicon::Build(const Lexicon& lexicon, std::string* error) {
  std::vector<std::string_view> phrases;
  for (const LexiconEntry& e : lexicon.entries) phrases.push_back(e.phrase);
  std::sort(phrases.begin(), phrases.end());
  for (size_t i = 0; i < lexicon.entries.size(); ++i) {
    if (lexicon.entries[i].category == "politician") {
      std::string first_last, middle;
      if (!SplitPersonName(lexicon.entries[i].phrase, &first_last, &middle)) {
        *error = "source_types politician '" + lexicon.entries[i].phrase + "' is no full name";
        return false;
      }
      politicians_.push_back(std::move(first_last));
      const std::string& phrase = lexicon.entries[i].phrase;
      politician_surnames_.push_back(SourceNameKey(phrase.substr(phrase.rfind(' ') + 1)));
      continue;
    }
    SourceWord kind;
    if (!ParseKind(lexicon.entries[i].category, &kind)) {
      *error = "source_types entry '" + lexicon.entries[i].phrase + "' has unknown category '" + lexicon.entries[i].category + "'";
      return false;
    }
    matcher_.Add(lexicon.entries[i]);
    kinds_.push_back(kind);
    canonical_.push_back(lexicon.entries[i].canonical);
    const std::string& phrase = lexicon.entries[i].phrase;
    if (phrase.find(' ') != std::string::npos) continue;
    // A document of one word is one in the plural too, unless the list says otherwise: "studies",
    // "speeches".
    if (kind == SourceWord::kDocument && phrase.back() != 's' &&
        !std::binary_search(phrases.begin(), phrases.end(), PluralOf(phrase))) {
      LexiconEntry plural = lexicon.entries[i];
      plural.phrase = PluralOf(phrase);
      plural.token_hashes.clear();
      for (const std::string& word : NormalizePhrase(plural.phrase)) plural.token_hashes.push_back(HashNorm(word));
      if (plural.token_hashes.size() == 1) {
        matcher_.Add(plural);
        kinds_.push_back(kind);
        canonical_.push_back(plural.canonical);
      }
    }
    if (!IsRole(kind)) continue;
    role_words_.push_back(phrase);
    // A role of one word is one with "ex-" too: "the ex-wife of Alan Grayson", "an ex-aide".
    LexiconEntry former = lexicon.entries[i];
    former.phrase = "ex-" + phrase;
    former.token_hashes.clear();
    for (const std::string& word : NormalizePhrase(former.phrase)) former.token_hashes.push_back(HashNorm(word));
    if (former.token_hashes.size() != 1) continue;
    matcher_.Add(former);
    kinds_.push_back(kind);
    canonical_.push_back(former.canonical);
    role_words_.push_back(former.phrase);
  }
  matcher_.Build();
  std::sort(role_words_.begin(), role_words_.end());
  std::sort(politicians_.begin(), politicians_.end());
  std::sort(politician_surnames_.begin(), politician_surnames_.end());
  return true;
}

bool SourceLexicon::IsListedPoliticianSurname(std::string_view surname) const {
  if (surname.empty() || surname.find(' ') != std::string_view::npos) return false;
  const std::string key = SourceNameKey(surname);
  return GivenNameGender(key) == 0 &&
         std::binary_search(politician_surnames_.begin(), politician_surnames_.end(), key);
}

bool SourceLexicon::IsListedPolitician(std::string_view name) const {
  std::string first_last, middle;
  if (!NameSuffixOf(name).empty() || !SplitPersonName(name, &first_last, &middle)) return false;
  return std::binary_search(politicians_.begin(), politicians_.end(), first_last);
}

bool SourceLexicon::IsRoleWord(std::string_view word) const {
  return std::binary_search(role_words_.begin(), role_words_.end(), word,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

bool SourceLexicon::BuildGenders(const Lexicon& lexicon, std::string* error) {
  given_genders_.clear();
  word_genders_.clear();
  for (const LexiconEntry& e : lexicon.entries) {
    const std::string& c = e.category;
    GenderTable& table = (c == "female" || c == "male") ? given_genders_ : word_genders_;
    if (c != "female" && c != "male" && c != "female_word" && c != "male_word") {
      *error = "gender entry '" + e.phrase + "' has unknown category '" + c + "'";
      return false;
    }
    table.emplace_back(e.phrase, c[0]);
  }
  for (GenderTable* table : {&given_genders_, &word_genders_}) std::sort(table->begin(), table->end());
  return true;
}

char SourceLexicon::Find(const GenderTable& table, std::string_view written) {
  if (written.empty()) return 0;
  std::string folded;  // "françois" is listed as "francois"
  const bool ascii = std::all_of(written.begin(), written.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) folded = FoldLatinLetters(written);
  const std::string_view word = ascii ? written : std::string_view(folded);
  const auto it = std::lower_bound(table.begin(), table.end(), word,
                                   [](const std::pair<std::string, char>& e, std::string_view w) { return e.first < w; });
  return it != table.end() && it->first == word ? it->second : 0;
}

}  // namespace biaslens
