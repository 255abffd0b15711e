// The source-typing word list (assets/lexicons/source_types.json) compiled for matching
// inside noun phrases (internal to src/core). Each entry has a category (official,
// spokesperson, expert, person, anonymous, anonymous_marker, document, outlet,
// organisation, place) and an optional canonical display form ("ap" -> "Associated Press",
// "moscow" -> "Russia"); entries of category politician are full names of office holders and
// candidates, kept apart from the matcher. It also holds the gender word list
// (assets/lexicons/gender.json).
#pragma once
#include <string>
#include <string_view>
#include <utility>
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
  std::string_view canonical;  // display form, owned by the SourceLexicon; "" = use the words as written
};

class SourceLexicon {
 public:
  // From source_types.json, parsed, with "ex-" before each role of one word and the plural of
  // each document of one word the file does not list. false + *error on an entry of an unknown
  // category.
  bool Build(const Lexicon& lexicon, std::string* error);
  // The longest entry starting at token `at` that ends before `end_token`; false when none.
  // An outlet, organisation or place of one or two letters matches only in capitals: "AP",
  // "FT", "US", not "us" or the "Ft." of "Ft. Worth"; a party's word only capitalized: not the
  // "democratic" of "a democratic socialist".
  bool MatchAt(const Document& doc, uint32_t at, uint32_t end_token, SourceWordMatch* out) const {
    PhraseMatch matches[8];
    const size_t n = matcher_.MatchAt(doc, at, matches, 8);
    for (size_t k = 0; k < n; ++k) {  // longest first
      if (matches[k].first_token + matches[k].token_count > end_token) continue;
      const SourceWord kind = kinds_[matches[k].entry];
      const Token& token = doc.tokens[matches[k].first_token];
      if (matches[k].token_count == 1 && token.end - token.start <= 2 && !(token.flags & kTokAllCaps) &&
          (kind == SourceWord::kOutlet || kind == SourceWord::kOrganisation || kind == SourceWord::kPlace))
        continue;
      if (matches[k].token_count == 1 && kind == SourceWord::kPlace && !(token.flags & kTokCapitalized) &&
          (canonical_[matches[k].entry] == "Democratic" || canonical_[matches[k].entry] == "Republican"))
        continue;
      out->first_token = matches[k].first_token;
      out->token_count = matches[k].token_count;
      out->kind = kind;
      out->canonical = canonical_[matches[k].entry];
      return true;
    }
    return false;
  }

  // Token k alone is an entry for people: a role ("senator") or a vague word ("officials").
  bool NamesPeopleAt(const Document& doc, uint32_t k) const {
    SourceWordMatch match;
    return MatchAt(doc, k, k + 1, &match) && (IsRole(match.kind) || match.kind == SourceWord::kAnonymous);
  }

  // Whether the list names the person `name` as a politician: its first and last words (as
  // SplitPersonName keys them) are an entry's ("Donald J. Trump", "Hillary Rodham Clinton").
  // A name with a suffix ("Donald Trump Jr.") is another person's.
  bool IsListedPolitician(std::string_view name) const;
  // Whether `surname` (one word, as written) is the last word of a listed politician's name and no
  // listed given name ("Trump", "Obama"; not "Paul" of Rand Paul, "Ryan" of Paul Ryan).
  bool IsListedPoliticianSurname(std::string_view surname) const;

  // Whether `word` (lower case, as Document::Norm gives it) is a role entry of one word:
  // "senator", "spokesman", "teacher".
  bool IsRoleWord(std::string_view word) const;

  // From gender.json, parsed: categories female | male (given names) and female_word |
  // male_word (honorifics, role and kin nouns). false + *error on an unknown category.
  bool BuildGenders(const Lexicon& lexicon, std::string* error);
  // 'f', 'm', or 0 when the list does not say; `word` in lower case as Document::Norm gives it.
  char GivenNameGender(std::string_view word) const { return Find(given_genders_, word); }
  char WordGender(std::string_view word) const {  // "ex-wife" as "wife"
    return Find(word_genders_, word.substr(word.compare(0, 3, "ex-") == 0 ? 3 : 0));
  }
  // 'm' for 'f', 'f' for 'm', 0 for 0 (unknown).
  static char OtherGender(char gender) { return gender == 'f' ? 'm' : gender == 'm' ? 'f' : 0; }

 private:
  using GenderTable = std::vector<std::pair<std::string, char>>;  // sorted by word
  static char Find(const GenderTable& table, std::string_view word);
  GenderTable given_genders_, word_genders_;
  std::vector<std::string> role_words_;  // sorted
  std::vector<std::string> politicians_;  // first-and-last-word keys of the politician entries, sorted
  std::vector<std::string> politician_surnames_;  // SourceNameKey of their last words, sorted
  PhraseMatcher matcher_;
  std::vector<SourceWord> kinds_;
  std::vector<std::string> canonical_;
};

}  // namespace biaslens
