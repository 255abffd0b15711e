// Source grouping, pronoun resolution and typing; see sources_grouping.h.
#include "core/sources_grouping.h"

#include "core/attribution_clauses.h"
#include "core/hedging_rules.h"
#include "core/text_stages.h"
#include "core/utf8.h"
#include "core/word_set.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace biaslens {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The pieces of `text` between any of `separators`, empty ones left out.
std::vector<std::string_view> WordsOf(std::string_view text, std::string_view separators = " ") {
  std::vector<std::string_view> words;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find_first_of(separators, start), text.size());
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Types from most to least specific: a group keeps the most specific one its mentions give.
int TypeRank(std::string_view type) {
  static const char* const kOrder[] = {"outlet", "spokesperson", "official", "expert", "organisation", "document",
                                       "person", "anonymous"};
  for (int i = 0; i < 8; ++i) if (type == kOrder[i]) return i;
  return 9;
}

struct Group {
  Source source;
  std::string surname, given, role_key, key;
  std::string suffix;  // of the first mention that gave a given name ("jr" of "Donald Trump Jr.")
  uint32_t last_start = 0;
  uint32_t last_first_token = 0, last_end_token = 0;  // the tokens of the mention at last_start
  char gender = 0;  // 'f' or 'm': from its mentions (MentionGender) or the "she"/"he" resolved to it
  bool named = false, individual = false, collective = false, thing = false;
  // "he"/"she" may stand for it: an individual, or one unnamed person ("a spokesman", "an official").
  bool one_person = false;
  bool counted = false;  // its first mention opens with a count ("24 percent")
  std::string state;     // of a legislator's party tag ("Florida" of "Sen. Marco Rubio (R-Fla.)")
  std::string full_name;  // shown for a surname alone that other places give in full ("Susana Martinez")
  bool people = false;   // its first mention names people by the lists: a vague group or a role ("sources",
                         // "secretary"), not documents ("many polls")
};

// What two roles are compared by: the head word ("Russian President" and "the president" match),
// lower case, an abbreviation written out and a title's plain synonym taken for it ("Sen." and
// "the senator"; "Rep." and "the congresswoman"). A word before the head that makes another office
// stays ("Vice President" is not "the president", "Attorney General" not "the general"), as does
// a capitalized title's field ("Chief Financial Officer") and what follows an "of" ("secretary of
// state"). "" for no role.
std::string RoleKey(const std::string& role) {
  std::vector<std::string> words;
  std::vector<bool> capitalized;
  for (const std::string_view written : WordsOf(role)) {
    capitalized.push_back(written[0] >= 'A' && written[0] <= 'Z');
    std::string word = Lower(written);
    if (word.back() == '.') word.pop_back();
    if (!word.empty()) words.push_back(std::move(word));
  }
  size_t head = words.size();
  for (size_t k = 1; k + 1 < words.size(); ++k)
    if (words[k] == "of") { head = k; break; }
  if (head == 0) return "";
  static const std::unordered_map<std::string, std::string> kSameTitle = {
      {"sen", "senator"},          {"rep", "representative"}, {"congressman", "representative"},
      {"congresswoman", "representative"}, {"gov", "governor"}, {"gen", "general"},
      {"col", "colonel"},          {"prof", "professor"},     {"pm", "prime minister"},
      {"adm", "admiral"},          {"capt", "captain"},       {"sgt", "sergeant"},
      {"cmdr", "commander"},       {"maj", "major"},          {"det", "detective"},
      {"ag", "attorney general"},  {"ig", "inspector general"}, {"potus", "president"}};
  static const WordSet kOtherOffice = {"vice",     "deputy",   "assistant", "associate", "lieutenant", "lt",
                                       "attorney", "surgeon",  "solicitor", "inspector", "under",      "press",
                                       "district", "secretary", "director", "executive", "prime"};
  const auto same = kSameTitle.find(words[head - 1]);
  std::string key = same == kSameTitle.end() ? words[head - 1] : same->second;
  // The other-office word nearest the head, across modifiers: "vice presidential nominee" is no
  // "presidential nominee".
  for (size_t k = head - 1; k-- > 0;) {
    if (!kOtherOffice.Contains(words[k])) continue;
    key = (words[k] == "lt" ? std::string("lieutenant") : words[k]) + " " + key;
    break;
  }
  // A capitalized title's field before the head stays too: "Chief Financial Officer" is no "Chief
  // Medical Officer".
  if (head >= 3 && capitalized[0] && capitalized[head - 2] && !kOtherOffice.Contains(words[head - 2]) &&
      key.find(' ') == std::string::npos)
    key = words[head - 2] + " " + key;
  for (size_t k = head; k < words.size(); ++k) key += " " + words[k];
  return key;
}

bool RolesMatch(const std::string& a, const std::string& b) { return !a.empty() && a == b; }

// A role key of a head of state or government: "president", "prime minister", "chancellor", "king".
bool IsHeadOfStateRole(const std::string& key) {
  static const WordSet kHeadsOfState = {"president", "prime minister", "premier", "chancellor", "king", "queen"};
  return kHeadsOfState.Contains(key);
}

// A role key of a campaign for office: "candidate", "presidential nominee", "front-runner".
bool IsCampaignRole(const std::string& key) {
  static const WordSet kCampaignRoles = {"candidate", "nominee", "front-runner", "frontrunner", "hopeful",
                                         "contender", "incumbent"};
  return kCampaignRoles.Contains(std::string_view(key).substr(key.rfind(' ') + 1));
}

// The text writes the given name `given` (lower case, accents folded) right before the words of
// `name`: "Dina Habib Powell" for "Habib Powell" and "dina".
bool WrittenAfterGivenName(const Document& doc, const std::string& given, const std::string& name) {
  const std::vector<std::string_view> words = WordsOf(name);
  if (given.empty() || words.empty()) return false;
  std::vector<std::string> lower;
  for (std::string_view w : words) lower.push_back(Lower(w));
  for (size_t i = 0; i + words.size() < doc.tokens.size(); ++i) {
    if (!(doc.tokens[i].flags & kTokCapitalized) || FoldLatinLetters(doc.Norm(doc.tokens[i])) != given) continue;
    size_t k = 0;
    while (k < lower.size() && doc.Norm(doc.tokens[i + 1 + k]) == lower[k]) ++k;
    if (k == lower.size()) return true;
  }
  return false;
}

// "a spokesman", "an official", "one source", "another source": one unnamed person.
bool StartsWithSingularArticle(const std::string& text) {
  const std::string lower = Lower(text.substr(0, 4));
  return lower.rfind("a ", 0) == 0 || lower.rfind("an ", 0) == 0 || lower.rfind("one ", 0) == 0 ||
         Lower(text.substr(0, 8)) == "another ";
}

// `text` ends with `word` as a word of its own, after at least one other ("Clinton campaign" and
// "campaign").
bool EndsWithWord(std::string_view text, std::string_view word) {
  return text.size() > word.size() + 1 && text.substr(text.size() - word.size()) == word &&
         text[text.size() - word.size() - 1] == ' ';
}

// The words of a lower-case name before its first "of", "for" or post-modifier, which hold its
// head noun ("department" of "department of justice", "a recent review" of "a recent review of
// hillary clinton's emails", "a spokesperson" of "a spokesperson for google", "one source" of
// "one source close to the white house"); the whole name without them.
std::string_view NameHeadWords(std::string_view name) {
  size_t end = std::min(name.find(" of "), name.find(" for "));
  std::string_view previous;  // the word before, and where it starts
  size_t previous_start = 0;
  for (size_t start = 0; start < name.size() && start < end;) {
    const size_t space = std::min(name.find(' ', start), name.size());
    const std::string_view word = name.substr(start, space - start);
    if (previous_start > 0 && IsPostModifierWord(previous) && IsPostModifierPreposition(word))
      end = previous_start - 1;  // "one source close to …"
    previous = word;
    previous_start = start;
    start = space + 1;
  }
  return end == std::string_view::npos ? name : name.substr(0, end);
}

// A nameless role "to" someone ("the former top aide to President George W. Bush", "an adviser
// to Mr. Trump"): one of the many who serve that person, not the only holder of the role the text
// names ("aide Kevin Phillips"), nor a later named holder whose affiliation is unknown.
bool ServesSomeone(const std::string& text, const std::string& role) {
  return !role.empty() && text.find(role + " to ") != std::string::npos;
}

// The key of the staff or campaign of the person named `owner` ("Hillary Clinton", "Clinton"),
// by surname: "Hillary Clinton's campaign", "her campaign" and "the Clinton campaign" are one.
std::string OfficeKey(std::string_view owner) {
  return "office:" + Lower(owner.substr(owner.rfind(' ') == std::string_view::npos ? 0 : owner.rfind(' ') + 1));
}

// "XVI", "II": capital Roman numeral letters only.
bool IsRomanNumeral(std::string_view written) {
  return !written.empty() && std::all_of(written.begin(), written.end(), [](char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L';
  });
}

// A body's reading where the text names it in full, standing at mention m: m's tokens, span and text.
SourceMention ReadingAt(SourceMention read, const SourceMention& m) {
  read.first_token = m.first_token;
  read.end_token = m.end_token;
  read.span = m.span;
  read.text = m.text;
  return read;
}

// Whether `name` ends in a patronym of `surname` (lower case): "Mohammed bin Salman", "Bin Laden".
bool NamedForFather(const std::string& name, const std::string& surname) {
  const std::string lower = Lower(name);
  for (const char* particle : {"bin ", "ibn ", "bint "}) {
    const std::string patronym = particle + surname;
    if (lower == patronym || EndsWithWord(lower, patronym)) return true;
  }
  return false;
}

bool AffiliationsCompatible(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

// "Ken" and "Kenneth", "Ben" and "Benjamin": the same given name, or one the short form of the
// other (its first three letters or more), both listed for the same gender.
bool SameGivenName(const SourceLexicon& lexicon, const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (shorter.size() < 3 || longer.compare(0, shorter.size(), shorter) != 0) return false;
  const char gender = lexicon.GivenNameGender(shorter);
  return gender != 0 && gender == lexicon.GivenNameGender(longer);
}

// "It is unclear", "It's been reported", "It was announced": an "it" (token `it`) before a form of
// "be" most often stands for what follows, not for a thing named before.
bool ExpletiveIt(const Document& doc, uint32_t it) {
  auto word_at = [&](uint32_t k) { return k < doc.tokens.size() ? doc.Norm(doc.tokens[k]) : std::string_view(); };
  const std::string_view next = word_at(it + 1);
  if (next == "is" || next == "was" || next == "'s") return true;
  return (next == "has" || next == "had") && word_at(it + 2) == "been";
}

// The head of a university, an institute or a research center or project, who speaks as an
// expert: "Larry Sabato, director of the University of Virginia's Center for Politics", "Ed
// Crane, president of the Cato Institute". Not the director of a government center ("the
// National Counterterrorism Center"); "Centers for Disease Control" is no "Center".
bool LeadsResearchBody(const SourceMention& m) {
  static const WordSet kLeaderRoles = {"director", "co-director", "head", "chairman", "chairwoman", "chair",
                                       "founder", "co-founder", "president", "fellow", "dean"};
  static const WordSet kResearchBodies = {"institute", "institution", "university", "college", "survey", "project",
                                          "center", "centre"};
  static const WordSet kGovernmentWords = {"national", "federal", "counterterrorism", "intelligence", "security",
                                           "military", "space", "hurricane", "operations", "command"};
  const size_t role_space = m.role.rfind(' ');
  if (!kLeaderRoles.Contains(Lower(m.role.substr(role_space == std::string::npos ? 0 : role_space + 1)))) return false;
  bool research = false;
  for (const std::string_view written : WordsOf(m.affiliation)) {
    const std::string word = Lower(written);
    if (kGovernmentWords.Contains(word)) return false;
    research = research || kResearchBodies.Contains(word);
  }
  return research;
}

// "ADL" of "Anti-Defamation League", "AAN" of "the American Action Network": the first letters
// of a body's capitalized words, across hyphens, past "of", "the", "for", "and", "on"; "" when
// a word is in lower case, or fewer than two letters result.
std::string Initials(const std::string& name) {
  std::string out;
  for (const std::string_view word : WordsOf(name, " -")) {
    if (OneOf(Lower(word), {"of", "the", "for", "and", "on", "&"})) continue;
    if (word[0] < 'A' || word[0] > 'Z') return "";
    out += word[0];
  }
  return out.size() >= 2 ? out : "";
}

// "Jake Tapper" for "JAKE TAPPER" (a transcript's speaker line): a person's name written in
// capitals, as the text writes it in mixed case, or else with each word's first letter and the
// letters after an apostrophe, a hyphen or "Mc" in upper case ("O'Keefe", "McCain"); the name
// itself when it is not in capitals, has one word, or opens with no listed given name.
std::string NameInMixedCase(const Document& doc, const SourceLexicon& lexicon, const std::string& name) {
  const std::vector<std::string_view> words = WordsOf(name);
  const bool capitals =
      words.size() >= 2 && std::all_of(name.begin(), name.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
  if (!capitals || lexicon.GivenNameGender(Lower(words[0])) == 0) return name;
  for (uint32_t i = 0; i + words.size() <= doc.tokens.size(); ++i) {
    uint32_t k = 0;
    bool mixed = false;
    for (; k < words.size() && doc.Norm(doc.tokens[i + k]) == Lower(words[k]); ++k)
      mixed = mixed || !(doc.tokens[i + k].flags & kTokAllCaps);
    if (k == words.size() && mixed)
      return std::string(doc.text.substr(doc.tokens[i].start, doc.tokens[i + k - 1].end - doc.tokens[i].start));
  }
  std::string out = Lower(name);
  for (size_t k = 0; k < out.size(); ++k) {
    const bool opens = k == 0 || OneOf(std::string_view(&out[k - 1], 1), {" ", "'", "-"}) ||
                       (k == 2 && out.compare(0, 2, "mc") == 0) ||
                       (k >= 3 && out[k - 3] == ' ' && out.compare(k - 2, 2, "mc") == 0);
    if (opens && out[k] >= 'a' && out[k] <= 'z') out[k] = static_cast<char>(out[k] - 'a' + 'A');
  }
  return out;
}

bool IsAcronym(const std::string& name) {
  return name.size() >= 2 && name.size() <= 6 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

const char* MentionType(const SourceMention& m) {
  if (m.institution_kind == SourceWord::kOutlet) return "outlet";
  if (m.institution_kind == SourceWord::kOrganisation || m.institution_kind == SourceWord::kPlace) return "organisation";
  if (!m.name.empty()) {
    switch (m.role_kind) {
      case SourceWord::kSpokesperson: return "spokesperson";
      case SourceWord::kOfficial: return LeadsResearchBody(m) ? "expert" : "official";
      case SourceWord::kExpert: return "expert";
      default: return "person";
    }
  }
  if (m.anonymous) return "anonymous";
  if (m.document) return "document";
  switch (m.role_kind) {
    case SourceWord::kSpokesperson: return "spokesperson";
    case SourceWord::kOfficial: return "official";
    case SourceWord::kExpert: return "expert";
    case SourceWord::kPerson: return "person";
    default: return "anonymous";  // a nameless description nothing else types is vague
  }
}

void GroupSources(const Document& doc, const SourceLexicon& lexicon, const std::vector<SourceMention>& mentions,
                  const std::function<const SourceMention*(uint32_t at, SubjectKind kind)>& subject_before,
                  const std::vector<uint32_t>& name_tokens,
                  std::vector<int>* ids, std::vector<Source>* sources) {
  std::vector<Group> groups;
  ids->assign(mentions.size(), -1);
  // Indexes that keep grouping linear in the number of mentions.
  std::unordered_map<std::string, int> by_key;                 // group key -> group
  std::unordered_map<std::string, std::vector<int>> by_surname;  // named groups by surname
  std::vector<int> touched;                                    // groups in the order they were last mentioned
  std::unordered_map<uint32_t, int> pronoun_groups;            // a pronoun's start byte -> its group (or -1)
  std::unordered_map<uint64_t, size_t> span_mentions;          // a mention's span -> the first mention of it
  constexpr size_t kLookBack = 64;  // pronouns and role descriptions look this many groups back

  // The most recently mentioned group before byte `before` that `fits`, among the last kLookBack.
  auto latest = [&](uint32_t before, auto&& fits) {
    size_t seen = 0;
    for (size_t k = touched.size(); k-- > 0 && seen < kLookBack;) {
      const int g = touched[k];
      const Group& x = groups[static_cast<size_t>(g)];
      if (x.last_start >= before) continue;
      ++seen;
      if (fits(x)) return g;
    }
    return -1;
  };
  // "the Republican presidential candidate", "the candidate", "the front-runner": with no holder
  // of the role named, a candidate is the politician the text has named by far the most so far (at
  // least three mentions, twice any other's), when no role or side of theirs contradicts. An
  // epithet of wealth or trade ("the billionaire real estate magnate", "the mogul", "the New York
  // businessman") is the individual source the text named last before it, in its sentence or the
  // one before, when the genders agree and no office contradicts it (no role, a campaign's or
  // another epithet: not "Majority Leader").
  auto described_candidate = [&](const SourceMention& m, const std::string& role) {
    static const WordSet kEpithets = {"businessman", "businesswoman", "magnate", "mogul", "tycoon", "billionaire",
                                      "developer"};
    const bool epithet = kEpithets.Contains(role.substr(role.rfind(' ') + 1)) ||
                         kEpithets.Contains(doc.Norm(doc.tokens[m.end_token - 1]));
    if (!epithet && !IsCampaignRole(role)) return -1;
    if (epithet) {
      const uint32_t sentence = doc.tokens[m.first_token].sentence;
      const uint32_t from = doc.sentences[sentence > 0 ? sentence - 1 : 0].first_token;
      // Token t ends the name of a place or a body the lists know ("New Hampshire").
      auto ends_listed_body = [&](uint32_t t) {
        for (uint32_t at = t >= 2 ? t - 2 : 0; at <= t; ++at) {
          SourceWordMatch match;
          if (lexicon.MatchAt(doc, at, t + 1, &match) && match.first_token + match.token_count == t + 1 &&
              (match.kind == SourceWord::kPlace || match.kind == SourceWord::kOrganisation ||
               match.kind == SourceWord::kOutlet))
            return true;
        }
        return false;
      };
      for (uint32_t t = m.first_token; t-- > from;) {
        if (!IsNameToken(doc, t) || (doc.tokens[t].flags & kTokQuoted) || ends_listed_body(t)) continue;
        const std::string_view surname = doc.Norm(doc.tokens[t]);
        const auto named = by_surname.find(std::string(surname));
        const bool person = (named != by_surname.end() && !named->second.empty()) ||
                            lexicon.IsListedPoliticianSurname(surname) || GivenNameTokenBefore(doc, lexicon, t) != t;
        if (!person) continue;
        if (named == by_surname.end()) return -1;
        const int last = named->second.back();
        const Group& x = groups[static_cast<size_t>(last)];
        const char gender = MentionGender(doc, lexicon, m);
        const bool role_fits = x.role_key.empty() || IsCampaignRole(x.role_key) ||
                               kEpithets.Contains(std::string_view(x.role_key).substr(x.role_key.rfind(' ') + 1));
        return x.named && x.individual && role_fits && (!gender || !x.gender || gender == x.gender) ? last : -1;
      }
      return -1;
    }
    int best = -1;
    size_t most = 0, second = 0;
    for (size_t k = 0; k < groups.size(); ++k) {
      const Group& x = groups[k];
      if (!x.named || !x.individual) continue;
      const size_t n = x.source.mention_spans.size();
      if (n > most) {
        second = most;
        most = n;
        best = static_cast<int>(k);
      } else if (n > second) {
        second = n;
      }
    }
    if (best < 0 || most < 3 || most < 2 * second) return -1;
    const Group& x = groups[static_cast<size_t>(best)];
    const bool politician = x.source.type == "official" || lexicon.IsListedPolitician(x.source.name);
    // A listed politician's role of trade ("neurosurgeon Ben Carson") is no office a campaign role contradicts.
    const bool fits = politician && (x.role_key.empty() || RolesMatch(x.role_key, role) || x.source.type != "official") &&
                      AffiliationsCompatible(x.source.affiliation, m.affiliation);
    return fits ? best : -1;
  };
  auto find_key = [&](const std::string& key) {
    const auto it = by_key.find(key);
    return it == by_key.end() ? -1 : it->second;
  };
  // The latest named group of m's surname whose given name, gender and suffix do not contradict
  // m's ("Betsy Ebeling" is not "Tom Ebeling"), or -1. A suffix tells a father from his son
  // ("Donald Trump", "Donald Trump Jr."): of the people the text names with a given name, a
  // mention with one is the person with that suffix, and one without that gives a given name
  // the person without.
  auto same_person = [&](const SourceMention& m) {
    const auto it = by_surname.find(m.surname);
    if (it == by_surname.end()) return -1;
    const char gender = MentionGender(doc, lexicon, m);
    const std::string suffix = NameSuffixOf(m.name);
    for (size_t k = it->second.size(); k-- > 0;) {
      const Group& x = groups[static_cast<size_t>(it->second[k])];
      // A bare "Mr. Trump" is not "Donald Trump Jr." when the text also writes "President Trump"
      // (the text is read only for such a pair).
      const bool suffix_fits =
          x.given.empty() ||
          (!suffix.empty() ? x.suffix == suffix
                           : x.suffix.empty() ||
                                 (m.given.empty() && !SurnameTitledApartFromSuffixedName(doc, lexicon, m.surname)));
      // "Wasserman Schultz" of "Debbie Wasserman Schultz": a first word no list gives as a given
      // name, which the fuller name holds before the surname, belongs to the surname.
      const bool longer_surname = !m.given.empty() && lexicon.GivenNameGender(m.given) == 0 &&
                                  m.name.find(' ') != std::string::npos &&
                                  EndsWithWord(Lower(x.source.name), Lower(m.name));
      // "Habib Powell" of "Dina Habib Powell": a middle name the text writes after the other's given name.
      const bool middle_name = !m.given.empty() && !x.given.empty() && m.given != x.given &&
                               (WrittenAfterGivenName(doc, x.given, m.name) ||
                                WrittenAfterGivenName(doc, m.given, x.source.name));
      // "President Trump" is not "Ivanka Trump", nor "Melania Trump" him (see MentionCompleter::Complete).
      const bool other_than_politician =
          (m.given.empty() && !x.given.empty() && TitledPoliticianApart(lexicon, m.surname, m.role, x.source.name)) ||
          (x.given.empty() && !m.given.empty() && TitledPoliticianApart(lexicon, m.surname, x.source.role, m.name));
      // "King Salman" is not "Mohammed bin Salman", named for his father, nor he the king ("Bin
      // Laden", read as "Laden", is "Osama bin Laden").
      const bool named_for_father = NamedForFather(m.name, m.surname);
      const bool father = NamedForFather(x.source.name, x.surname)
                              ? !named_for_father && !NamedForFather(m.text, m.surname)
                              : named_for_father;
      if ((x.given.empty() || m.given.empty() || SameGivenName(lexicon, x.given, m.given) || longer_surname ||
           middle_name) &&
          (!x.gender || !gender || x.gender == gender) && suffix_fits && !other_than_politician && !father)
        return it->second[k];
    }
    return -1;
  };
  // Declared below; a pronoun may make an antecedent a source.
  std::function<int(const SourceMention&)> adopt;
  // The gender of the given names the text writes before `surname`, when they agree; else 0.
  auto listed_gender = [&](const std::string& surname) {
    char gender = 0;
    for (uint32_t t : name_tokens) {
      if (doc.Norm(doc.tokens[t]) != surname) continue;
      const uint32_t given = GivenNameTokenBefore(doc, lexicon, t);
      const char g = given == t ? 0 : lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[given])));
      if (g && gender && g != gender) return char{0};
      if (g) gender = g;
    }
    return gender;
  };
  // *person: the named source (or politician the lists name, of the gender of the given names
  // the text writes before that surname) the sentence of byte `at` names last before it, when
  // `at` does not open the sentence, that one is known to be of another gender than `unwanted`
  // and is no preposition's object ("the support of Michael Sean Winters", "against Mitt
  // Romney"), and no one else the sentence names, describes by a role or calls "he"/"she" before
  // `at` may be of that gender. false when there is none.
  auto sole_person_before = [&](uint32_t at, char unwanted, SourceMention* person) {
    const uint32_t pronoun = TokenAtByte(doc, at);
    if (pronoun >= doc.tokens.size()) return false;
    const uint32_t sentence = doc.tokens[pronoun].sentence;
    const uint32_t first = doc.sentences[sentence].first_token;
    if (pronoun == first || pronoun == DatelineEnd(doc, sentence)) return false;
    static const WordSet kPrepositions = {"of", "against", "with", "to", "for", "about", "from", "on", "at",
                                          "in", "than", "like", "toward", "towards", "over", "between"};
    auto may_be = [&](char g) { return g && g != unwanted; };  // of the pronoun's gender, by what is known
    // "…, he said, becomes hopeless", "… with the Kremlin,’ he added.": a reporting clause is the
    // speaker's.
    if (pronoun + 2 < doc.tokens.size() && OneOf(doc.Norm(doc.tokens[pronoun + 2]), {",", "."}) &&
        OneOf(doc.Norm(doc.tokens[pronoun + 1]), {"said", "says", "added", "adds", "noted", "notes", "argued", "argues"}))
      return false;
    bool found = false;
    for (uint32_t t = pronoun; t-- > first;) {
      const Token& tok = doc.tokens[t];
      if (tok.flags & kTokQuoted) continue;
      const std::string_view w = doc.Norm(tok);
      if (OneOf(w, {"he", "him", "she", "her"}) && may_be(w == "he" || w == "him" ? 'm' : 'f')) return false;
      if (!IsNameToken(doc, t)) continue;
      SourceMention other = ReadSourceMention(doc, lexicon, t, 0, 0);
      // A name qualifying a noun is no one here: "a staunch Donald Trump ally", "the Romney campaign".
      SourceWordMatch noun;
      const bool qualifies = t + 1 < doc.tokens.size() && (doc.tokens[t + 1].flags & kTokWord) &&
                             !(doc.tokens[t + 1].flags & kTokCapitalized) &&
                             ((lexicon.MatchAt(doc, t + 1, t + 2, &noun) && IsRole(noun.kind)) ||
                              OneOf(doc.Norm(doc.tokens[t + 1]), {"campaign", "camp", "administration", "team",
                                                                  "message", "presidency", "era", "voters"}));
      if (other.first_token < t) t = other.first_token;
      if (other.name.empty() || !other.institution.empty() || qualifies) continue;
      const int known = same_person(other);
      char gender = MentionGender(doc, lexicon, other);
      if (!gender && known >= 0) gender = groups[static_cast<size_t>(known)].gender;
      const bool listed = known < 0 && lexicon.IsListedPoliticianSurname(other.surname);
      if (!gender && listed) gender = listed_gender(other.surname);
      if (found) {
        // Another of that gender, or a source of no known gender ("C. Boyden Gray").
        if ((may_be(gender) || (!gender && known >= 0)) && other.surname != person->surname) return false;
        continue;
      }
      if (!may_be(gender)) continue;
      if ((known < 0 && !listed) || other.first_token == 0 ||
          kPrepositions.Contains(doc.Norm(doc.tokens[other.first_token - 1])))
        return false;
      *person = std::move(other);
      found = true;
    }
    if (!found) return false;
    for (const SourceMention& other : mentions) {  // "The president told Cruz he …"
      if (other.span.start >= at) break;
      if (doc.tokens[other.first_token].sentence == sentence && other.name.empty() && other.pronoun.empty() &&
          other.institution.empty() && !other.plural && !other.role.empty() &&
          MentionGender(doc, lexicon, other) != unwanted)
        return false;
    }
    return true;
  };
  auto person = [&](std::string_view p, uint32_t at) {
    const char unwanted = (p == "she" || p == "her") ? 'm' : 'f';
    int g = latest(at, [&](const Group& x) { return x.one_person && x.gender != unwanted; });
    const uint32_t group_at = g >= 0 ? groups[static_cast<size_t>(g)].last_start : 0;
    if (const SourceMention* candidate = subject_before(at, SubjectKind::kPerson)) {
      if ((g < 0 || candidate->span.start > group_at) && MentionGender(doc, lexicon, *candidate) != unwanted)
        g = adopt(*candidate);
    }
    // "Earhardt then asked Rubio which states he could win. “…,” he said": the subject of a
    // reporting verb after a sentence in which the latest person asked someone named is the one
    // asked, when that one may be of its gender.
    if (g >= 0) {
      const Group& asker = groups[static_cast<size_t>(g)];
      const uint32_t pronoun = TokenAtByte(doc, at);
      uint32_t verb = asker.last_end_token;
      while (verb < doc.tokens.size() && verb < asker.last_end_token + 2 &&
             OneOf(doc.Norm(doc.tokens[verb]), {"then", "also", "later", "again"}))
        ++verb;
      const uint32_t asker_sentence = doc.tokens[asker.last_first_token].sentence;
      if (pronoun + 1 < doc.tokens.size() && verb + 1 < doc.tokens.size() &&
          OneOf(doc.Norm(doc.tokens[verb]), {"asked", "asks", "pressed", "questioned"}) &&
          IsNameToken(doc, verb + 1) && doc.tokens[verb + 1].sentence == asker_sentence &&
          doc.tokens[pronoun].sentence > asker_sentence && doc.tokens[pronoun].sentence <= asker_sentence + 2 &&
          OneOf(doc.Norm(doc.tokens[pronoun + 1]), {"said", "says", "replied", "replies", "answered", "responded",
                                                      "added", "told", "explained", "insisted"})) {
        SourceMention asked = ReadSourceMention(doc, lexicon, verb + 1, 0, 0);
        if (asked.first_token == verb + 1 && !asked.name.empty() && asked.institution.empty() &&
            MentionGender(doc, lexicon, asked) != unwanted && same_person(asked) != g)
          return adopt(asked);
      }
    }
    // Inside its sentence, after the one person of its gender the sentence names before it: that
    // person ("… betrayed by Cruz on a trade bill he persuaded her to back", "announced
    // Manafort’s hire, and he served as …"), over a speaker of an earlier sentence.
    if (SourceMention near; sole_person_before(at, unwanted, &near) &&
                            (g < 0 || near.span.start > groups[static_cast<size_t>(g)].last_start))
      return adopt(near);
    // No speaker or subject fits: a person of the pronoun's gender the text names nearby.
    if (g < 0) {
      const SourceMention* named = subject_before(at, SubjectKind::kNamedPerson);
      const char gender = named ? MentionGender(doc, lexicon, *named) : 0;
      if (gender && gender != unwanted) g = adopt(*named);
    }
    return g;
  };
  auto add_to = [&](int g, const SourceMention& m) {
    Group& group = groups[static_cast<size_t>(g)];
    if (!group.gender && group.one_person) group.gender = MentionGender(doc, lexicon, m);
    group.source.mention_spans.push_back(m.span);
    if (m.span.start >= group.last_start) {
      group.last_start = m.span.start;
      group.last_first_token = m.first_token;
      group.last_end_token = m.end_token;
    }
    touched.push_back(g);
    // A longer name shows, unless it opens with another given name than the group's ("Habib Powell"
    // does not replace "Dina Powell"); a given name the text writes before the group's name does
    // when the lists know it ("Dina Powell" replaces "Habib Powell" of "Dina Habib Powell"; "Kritarch
    // Saris" does not replace "Patti Saris" of "Kritarch Patti Saris").
    const bool other_given = !group.given.empty() && !m.given.empty() && !SameGivenName(lexicon, m.given, group.given);
    if (group.named && other_given && lexicon.GivenNameGender(m.given) != 0 &&
        WrittenAfterGivenName(doc, m.given, group.source.name)) {
      group.source.name = m.name;
      group.given = m.given;
    } else if (!m.name.empty() && m.name.size() > group.source.name.size() && group.named && !other_given) {
      group.source.name = m.name;
    }
    // Counts of one described group go by what they count: "24 percent" and "Some 22 percent" -> "percent",
    // which a reader knows as "poll respondents" ("One in five" and "one in five" stay "One in five").
    if ((group.counted || m.counted) && group.key == "desc:" + m.key && Lower(m.text) != Lower(group.source.name))
      group.source.name = m.key == "percent" ? "poll respondents" : m.described;
    if (group.source.role.empty() && !m.role.empty()) { group.source.role = m.role; group.role_key = RoleKey(m.role); }
    // The first affiliation stays, but a party is the side a chamber's member speaks for ("House
    // Speaker Paul Ryan", "The Wisconsin Republican").
    const bool chamber = OneOf(group.source.affiliation, {"House", "Senate"});
    if (!m.affiliation.empty() && (group.source.affiliation.empty() || (chamber && IsPartyAffiliation(m.affiliation))))
      group.source.affiliation = m.affiliation;
    if (group.state.empty()) group.state = m.tag_state;
    if (group.given.empty() && !m.given.empty()) {
      group.given = m.given;
      group.suffix = NameSuffixOf(m.name);
    }
    const char* type = MentionType(m);
    // A nameless mention may type a named group ("the spokesman" of Josh Earnest), but its document
    // ("the ad" of a person's "said in a new ad", "the letter" every former secretary signed) does
    // not make the person, or the vague group, a document, and a nameless one stays vague ("the
    // official" of "a senior administration official").
    const std::string_view as = type;
    const bool stays_vague = !group.named && m.name.empty() && group.source.type == "anonymous" &&
                             (as == "spokesperson" || as == "official" || as == "expert" || as == "person");
    if (m.pronoun.empty() && TypeRank(type) < TypeRank(group.source.type) && (group.named || m.name.empty()) &&
        !((group.named || group.people) && m.name.empty() && m.document) && !stays_vague)
      group.source.type = type;
  };
  auto new_group = [&](const SourceMention& m, std::string key) {
    Group g;
    g.key = std::move(key);
    g.named = !m.name.empty();
    g.counted = m.counted;
    g.state = m.tag_state;
    g.people = (m.anonymous && !m.document) || m.role_kind != SourceWord::kCount;
    g.surname = m.surname;
    g.given = m.given;
    if (!m.given.empty()) g.suffix = NameSuffixOf(m.name);
    g.role_key = RoleKey(m.role);
    g.source.type = MentionType(m);
    g.source.name = !m.name.empty() ? m.name : !m.institution.empty() ? m.institution : m.text;
    g.source.role = m.role;
    g.source.affiliation = m.affiliation;
    const std::string& t = g.source.type;
    g.individual = g.named ? m.institution.empty() : (!m.plural && !m.anonymous && m.role_kind != SourceWord::kCount);
    // "One big obstacle" is no one a later "he" stands for; "one senior aide", "one voter" are.
    const std::string lower_text = Lower(m.text);
    const bool counted_thing = (lower_text.rfind("one ", 0) == 0 || lower_text.rfind("another ", 0) == 0) &&
                               !lexicon.NamesPeopleAt(doc, HeadEnd(doc, m) - 1);
    g.one_person = g.individual || (!g.named && m.anonymous && !m.plural && m.institution.empty() && !m.document &&
                                    m.end_token >= m.first_token + 2 && StartsWithSingularArticle(m.text) &&
                                    !counted_thing);
    // "An aide", "a senior official" (vague phrases of the word list, with no role of their own):
    // one unnamed person keyed by the role word that ends the phrase, for "the aide said" after.
    if (g.role_key.empty() && g.one_person && !g.named) {
      const std::string lower = Lower(m.text);
      const std::string_view head = NameHeadWords(lower);
      const std::string last(head.substr(head.rfind(' ') + 1));
      if (lexicon.IsRoleWord(last)) g.role_key = RoleKey(last);
    }
    // "one says", "none of", "someone", "everyone": a pronoun of no one in particular, which a
    // later "they" does not stand for.
    const bool indefinite_pronoun =
        OneOf(Lower(m.text), {"one", "none", "no one", "nobody", "someone", "somebody", "anyone", "anybody",
                              "everyone", "everybody"});
    g.collective = (m.plural || m.anonymous || t == "organisation" || t == "outlet") && !indefinite_pronoun;
    g.thing = t == "organisation" || t == "outlet" || t == "document";
    g.last_start = m.span.start;
    g.last_first_token = m.first_token;
    g.last_end_token = m.end_token;
    if (g.one_person) g.gender = MentionGender(doc, lexicon, m);
    g.source.mention_spans.push_back(m.span);
    const int index = static_cast<int>(groups.size());
    by_key.emplace(g.key, index);
    if (g.named) by_surname[g.surname].push_back(index);
    groups.push_back(std::move(g));
    touched.push_back(index);
    return index;
  };

  // "the Supreme Court justice", "the former president": a definite role, not one with its body
  // after it ("The head of Gazprom") or someone else's ("The family's lawyer"), which bring in
  // someone new.
  // After a dateline too ("ROME - Bernie Sanders met …"), or a connective ("Still, Reid would
  // not say", "But the former president showed").
  auto opens_sentence = [&](uint32_t token) {
    const uint32_t sentence = doc.tokens[token].sentence;
    uint32_t first = doc.sentences[sentence].first_token;
    if (DatelineEnd(doc, sentence) == token) return true;
    static const WordSet kConnectives = {"but", "and", "still", "yet", "however", "meanwhile", "instead", "so",
                                         "later", "then", "now", "indeed", "also", "separately", "afterward"};
    if (first < token && kConnectives.Contains(doc.Norm(doc.tokens[first]))) {
      ++first;
      if (first < token && doc.Norm(doc.tokens[first]) == ",") ++first;
    }
    return first == token;
  };
  // "the Florida senator", "the New Jersey governor" with no source of that role and place named:
  // the one named individual the text writes anywhere with that role and place or state tag
  // ("Florida Sen. Marco Rubio", "Sen. Marco Rubio (R-Fla.)"), else -1 (none, or two).
  std::unordered_map<std::string_view, std::vector<uint32_t>> name_tokens_by_word;  // filled on first use
  std::unordered_map<std::string, std::vector<int8_t>> holds_by_role;  // role|place -> by group: 1, 0, -1 unread
  auto holder_named_in_text = [&](const std::string& role, const std::string& place) {
    if (name_tokens_by_word.empty())
      for (uint32_t t : name_tokens) name_tokens_by_word[WithoutArticlePrefix(doc.Norm(doc.tokens[t]))].push_back(t);
    std::vector<int8_t>& known = holds_by_role[role + "|" + place];
    known.resize(groups.size(), -1);
    int holder = -1;
    for (size_t k = 0; k < groups.size(); ++k) {
      const Group& x = groups[k];
      if (!x.named || !x.individual) continue;
      if (known[k] < 0) {
        const auto tokens = name_tokens_by_word.find(x.surname);
        known[k] = tokens != name_tokens_by_word.end() &&
                   std::any_of(tokens->second.begin(), tokens->second.end(), [&](uint32_t t) {
                     const SourceMention other = ReadSourceMention(doc, lexicon, t, 0, 0);
                     return other.surname == x.surname &&
                            (other.given.empty() || x.given.empty() || other.given == x.given) &&
                            RolesMatch(RoleKey(other.role), role) &&
                            (other.affiliation == place || other.tag_state == place);
                   });
      }
      if (!known[k]) continue;
      if (holder >= 0) return -1;
      holder = static_cast<int>(k);
    }
    return holder;
  };
  auto definite_role = [&](const SourceMention& m) {
    bool possessive = false;
    for (uint32_t k = m.first_token; k < m.end_token; ++k) possessive = possessive || IsPossessiveEnding(doc, k);
    // "the former secretary of state and current Democratic presidential nominee": another role last.
    const bool role_last =
        EndsWithRole(m) || (!m.role.empty() && lexicon.IsRoleWord(doc.Norm(doc.tokens[m.end_token - 1])));
    return Lower(m.text).rfind("the ", 0) == 0 && role_last && !possessive;
  };
  // "Ruth Bader Ginsburg regrets … The Supreme Court justice said": a definite role opening a
  // sentence is the named individual that opened the sentence before, when nothing gave that
  // one a role. -1 for none.
  auto described_before = [&](const SourceMention& m) {
    if (!opens_sentence(m.first_token) || !definite_role(m)) return -1;
    const int named = latest(m.span.start, [](const Group& x) { return x.named && x.individual; });
    if (named < 0) return -1;
    const Group& x = groups[static_cast<size_t>(named)];
    const char gender = MentionGender(doc, lexicon, m);
    const bool fits = x.role_key.empty() && opens_sentence(x.last_first_token) &&
                      doc.tokens[x.last_first_token].sentence + 1 == doc.tokens[m.first_token].sentence &&
                      (!x.gender || !gender || x.gender == gender);
    return fits ? named : -1;
  };
  auto given_name_at = [&](uint32_t t) {  // the given name written before surname token t ("" none)
    const uint32_t given = GivenNameTokenBefore(doc, lexicon, t);
    return given == t ? std::string() : FoldLatinLetters(doc.Norm(doc.tokens[given]));
  };
  // Someone the text names with c's surname and another given name is no source yet ("Jeb Bush"
  // beside "George W. Bush").
  auto namesake_unheard = [&](const SourceMention& c) {
    const auto named = by_surname.find(c.surname);
    for (uint32_t t : name_tokens) {
      if (doc.Norm(doc.tokens[t]) != c.surname) continue;
      const std::string given = given_name_at(t);
      if (given.empty() || given == c.given) continue;
      const bool heard =
          named != by_surname.end() && std::any_of(named->second.begin(), named->second.end(), [&](int k) {
            return groups[static_cast<size_t>(k)].given == given;
          });
      if (!heard) return true;
    }
    return false;
  };
  // The text writes `surname` as a name before byte `before`.
  auto surname_written_before = [&](const std::string& surname, uint32_t before) {
    for (uint32_t t : name_tokens) {
      if (doc.tokens[t].start >= before) return false;
      if (doc.Norm(doc.tokens[t]) == surname) return true;
    }
    return false;
  };
  // A head of state or government of another country than the one a text names its unaffiliated
  // president by: no "President Obama" is "the French president", nor, when the text named him
  // before it, is "Obama" after it.
  auto foreign_head = [&](const std::string& role_key, const std::string& affiliation) {
    return !affiliation.empty() && IsHeadOfStateRole(role_key) && affiliation != "US" &&
           !IsPartyAffiliation(affiliation);
  };
  // "Bill Clinton got in on the game, bashing Sanders. “…,” the former president said": a
  // definite role no source holds is the named person who opened the sentence before as its
  // subject, when nothing gave them another role or side, no namesake who is no source either
  // could be meant, and no other source was mentioned since. -1 for none.
  auto subject_described = [&](const SourceMention& m) {
    if (!definite_role(m)) return -1;
    const SourceMention* candidate = subject_before(m.span.start, SubjectKind::kPerson);
    if (!candidate || doc.tokens[candidate->first_token].sentence + 1 != doc.tokens[m.first_token].sentence ||
        !opens_sentence(candidate->first_token) || !AffiliationsCompatible(candidate->affiliation, m.affiliation) ||
        (foreign_head(RoleKey(m.role), m.affiliation) && candidate->affiliation != m.affiliation) ||
        Lower(m.affiliation).find(candidate->surname) != std::string::npos || namesake_unheard(*candidate))
      return -1;  // "the senior Cruz adviser" is not Ted Cruz
    // A description the person gives of themselves is no office another role contradicts, nor is a
    // campaign's role the office of a legislator or a governor: "Sanders visited Missouri … The
    // self-described democratic socialist said", "Texas Sen. Ted Cruz says … the Republican
    // presidential candidate repeated" (not a mayor's, nor the president's: "the nominee" after
    // "President Trump continues to support Kavanaugh" is Kavanaugh).
    const std::string text = Lower(m.text);
    const bool self_described = text.find("self-described") != std::string::npos ||
                                text.find("self-proclaimed") != std::string::npos ||
                                text.find("self-styled") != std::string::npos;
    const int known = same_person(*candidate);
    const std::string& known_role = known >= 0 ? groups[static_cast<size_t>(known)].role_key : RoleKey(candidate->role);
    const bool no_office =
        self_described || (IsCampaignRole(RoleKey(m.role)) &&
                           (known_role.empty() || OneOf(known_role, {"senator", "representative", "governor"})));
    if (known >= 0 && !known_role.empty() && !no_office) return -1;
    // Others named in the candidate's own sentence are its objects ("… has a word for Donald Trump's plan").
    const uint32_t candidate_sentence = doc.tokens[candidate->first_token].sentence;
    const int since = latest(m.span.start, [&](const Group& x) {
      return x.last_start > candidate->span.start && doc.tokens[x.last_first_token].sentence > candidate_sentence;
    });
    if (since >= 0 && since != known) return -1;
    const char gender = MentionGender(doc, lexicon, m), candidate_gender = MentionGender(doc, lexicon, *candidate);
    if (gender && candidate_gender && gender != candidate_gender) return -1;
    if (!candidate->role.empty() && RoleKey(candidate->role) != RoleKey(m.role) && !no_office) return -1;
    return adopt(*candidate);
  };

  // "…, Carly Fiorina said Monday. But, the former CEO of Hewlett-Packard added": a definite former
  // role no source holds ("the former …", of, to or for a named body or person, or ending in the
  // role: "the former top aide to President George W. Bush") is the named person last quoted,
  // in its sentence or the one before, when nothing gave that one a role and the genders agree
  // ("The head of Gazprom said" after "Trump said" is someone else). So is any definite role no
  // source holds when that person opened the sentence before as its subject, of no other body than
  // a party ("Harry M. Reid (D-Nev.) blasted Rubio … “…,” the Senate minority leader said").
  // -1 for none.
  auto speaker_described = [&](const SourceMention& m) {
    const std::string text = Lower(m.text);
    const std::string role = Lower(m.role);
    bool of_body = false;  // the role of, to or for its affiliation
    for (const char* preposition : {" of ", " to ", " for "})
      of_body = of_body || (!m.affiliation.empty() && text.find(role + preposition) != std::string::npos);
    const bool former = text.rfind("the former ", 0) == 0 && (EndsWithRole(m) || of_body);
    if (!former && !definite_role(m)) return -1;
    const int named = latest(m.span.start, [](const Group& x) { return x.named && x.individual; });
    if (named < 0) return -1;
    const Group& x = groups[static_cast<size_t>(named)];
    const char gender = MentionGender(doc, lexicon, m);
    const uint32_t sentence = doc.tokens[m.first_token].sentence, x_sentence = doc.tokens[x.last_first_token].sentence;
    const bool recent = x_sentence + 1 >= sentence;
    // Not a copula's complement, which describes the copula's subject ("Angela Corey is the
    // Republican state attorney who charged him"), nor a role that serves that speaker ("the senior
    // Cruz adviser").
    const bool complement = m.first_token > 0 && IsFormOfBe(doc.Norm(doc.tokens[m.first_token - 1]));
    const bool serves = !x.surname.empty() && Lower(m.affiliation).find(x.surname) != std::string::npos;
    // Nor one who asked or told someone named ("Tapper asked Trump about the wall. “…,” the
    // candidate said"): the description may be the other's.
    const uint32_t x_end = x.last_end_token;
    const bool addressed = x_end + 1 < doc.tokens.size() &&
                           OneOf(doc.Norm(doc.tokens[x_end]), {"asked", "asks", "pressed", "questioned", "interviewed",
                                                               "told", "tells"}) &&
                           IsNameToken(doc, x_end + 1);
    const bool subject_before = x_sentence + 1 == sentence && opens_sentence(x.last_first_token) && !complement &&
                                !serves && !addressed &&
                                (AffiliationsCompatible(x.source.affiliation, m.affiliation) ||
                                 IsPartyAffiliation(x.source.affiliation));
    // "“…,” Trump told reporters. The Republican presidential nominee later said": a campaign role
    // of the named person's own party (both written), when that person has no role or a campaign
    // role too.
    const bool same_campaign = recent && IsCampaignRole(RoleKey(m.role)) &&
                               (x.role_key.empty() || IsCampaignRole(x.role_key)) && !m.affiliation.empty() &&
                               IsPartyAffiliation(m.affiliation) && x.source.affiliation == m.affiliation;
    const bool fits = ((x.role_key.empty() && recent && (former || subject_before)) || same_campaign) &&
                      (!x.gender || !gender || x.gender == gender);
    return fits ? named : -1;
  };
  // "the campaign" after "the Sanders campaign", "the department" after "the State Department",
  // "the Post" after "The Washington Post": "the" and one lower-case noun (a body, a document, a
  // vague word), or one noun of an outlet, is the latest body or document the text named with
  // that noun last; "the paper", "the magazine" the latest outlet ("the network", "the website"
  // are as often another's). -1 for none.
  auto words_end = [&](const SourceMention& m) {  // m's end token before a relative pronoun ("the union, which")
    uint32_t end = m.end_token;
    if (end > m.first_token + 1 && IsRelativePronounAt(doc, end - 1)) --end;
    if (end > m.first_token + 1 && doc.Norm(doc.tokens[end - 1]) == ",") --end;
    return end;
  };
  auto the_and_one_word = [&](const SourceMention& m) {  // "the campaign", "the union, which"
    return words_end(m) == m.first_token + 2 && doc.Norm(doc.tokens[m.first_token]) == "the";
  };
  auto named_before = [&](const SourceMention& m) {
    if (!the_and_one_word(m)) return -1;
    const Token& noun = doc.tokens[m.first_token + 1];
    if (!(noun.flags & kTokWord)) return -1;
    static const WordSet kOutletNouns = {"paper", "newspaper", "magazine", "tabloid", "daily"};
    const bool outlet_noun = kOutletNouns.Contains(doc.Norm(noun));
    const bool capitalized = (noun.flags & kTokCapitalized) != 0;  // "the House" is not the White House
    const std::string_view word = doc.Norm(noun);
    const int g = latest(m.span.start, [&](const Group& x) {
      const bool outlet = x.source.type == "outlet";
      const std::string name = Lower(x.source.name);
      const std::string_view head = NameHeadWords(name);
      const bool named_with_noun = EndsWithWord(head, word) || (head != name && head == word);
      return (outlet_noun && outlet) || (x.thing && (!capitalized || outlet) && named_with_noun);
    });
    // A poll is a survey, when no document of the same noun came before: "an entrance poll … The
    // survey also showed".
    const std::string_view other = word == "survey" ? "poll" : word == "poll" ? "survey" : "";
    if (g >= 0 || other.empty()) return g;
    return latest(m.span.start, [&](const Group& x) {
      return x.source.type == "document" && EndsWithWord(NameHeadWords(Lower(x.source.name)), other);
    });
  };
  // "The Russian Defense Ministry said … The Defense Ministry added": "the" and a body's name no
  // place qualifies is the body of that name the text last qualified by a place ("Russia's foreign
  // ministry", "the Turkish Foreign Ministry"). -1 for none.
  auto placed_body_named_before = [&](const SourceMention& m) {
    if (m.institution_kind != SourceWord::kOrganisation || m.affiliation != m.institution ||
        m.end_token < m.first_token + 3 || doc.Norm(doc.tokens[m.first_token]) != "the")
      return -1;
    // (The words after "the" are the body's name.)
    if (NormWords(doc, m.first_token + 1, m.end_token) != Lower(m.institution)) return -1;
    const std::string tail = " " + Lower(m.institution);
    return latest(m.span.start, [&](const Group& x) {
      const std::string name = Lower(x.source.name);
      return x.thing && x.source.affiliation != x.source.name && name.size() > tail.size() &&
             name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
    });
  };
  // "… members of the Service Employees International Union. The union, which …": "the" and one
  // lower-case noun of an organisation no source names is the body the text last named in full
  // before it, with that noun capitalized after another name word (and before its "of" or "for"
  // phrase: "the Florida Department of Health"), outside a title-case line. Its reading there,
  // with m's span and tokens; false for none.
  auto body_named_in_text = [&](const SourceMention& m, SourceMention* body) {
    if (!the_and_one_word(m) || m.institution_kind != SourceWord::kOrganisation ||
        (doc.tokens[m.first_token + 1].flags & kTokCapitalized))
      return false;
    const std::string_view noun = doc.Norm(doc.tokens[m.first_token + 1]);
    if (OneOf(noun, {"network", "website", "site", "station", "channel"})) return false;  // as often another's
    for (uint32_t k = m.first_token; k-- > 1;) {
      if (doc.Norm(doc.tokens[k]) != noun || !(doc.tokens[k].flags & kTokCapitalized) || !IsNameToken(doc, k - 1) ||
          IsTitleCaseSentence(doc, doc.sentences[doc.tokens[k].sentence]))
        continue;
      const uint32_t sentence_first = doc.sentences[doc.tokens[k].sentence].first_token;
      uint32_t run = k - 1;
      while (run > sentence_first && IsNameToken(doc, run - 1)) --run;
      const uint32_t sentence_end = doc.sentences[doc.tokens[k].sentence].end_token;
      SourceMention read = ReadSourcePhrase(doc, lexicon, run, CapitalizedRunEnd(doc, k, sentence_end, {"of", "for"}));
      if (read.institution_kind != SourceWord::kOrganisation || read.institution.find(' ') == std::string::npos)
        continue;
      *body = ReadingAt(std::move(read), m);
      return true;
    }
    return false;
  };
  // "… Cruz's campaign …. the campaign refused", "the Sanders campaign … The campaign says": "the
  // campaign" or "the administration" no source named before is the one the text last writes
  // after a name (with or without a possessive) in that sentence or the five before, keyed as
  // that person's office (`key`); false for none.
  auto office_named_in_text = [&](const SourceMention& m, SourceMention* body, std::string* key) {
    if (!the_and_one_word(m)) return false;
    const std::string_view noun = doc.Norm(doc.tokens[m.first_token + 1]);
    if (noun != "campaign" && noun != "administration") return false;
    const uint32_t sentence = doc.tokens[m.first_token].sentence;
    for (uint32_t k = m.first_token; k-- > 1 && doc.tokens[k].sentence + 5 >= sentence;) {
      if (doc.Norm(doc.tokens[k]) != noun || (doc.tokens[k].flags & kTokQuoted)) continue;
      uint32_t owner = k - 1;
      if (IsPossessiveEnding(doc, owner) && owner > 0) --owner;
      if (!IsNameToken(doc, owner) || doc.tokens[owner].sentence != doc.tokens[k].sentence) continue;
      uint32_t first = owner;
      while (first > 0 && IsNameToken(doc, first - 1) && doc.tokens[first - 1].sentence == doc.tokens[k].sentence) --first;
      SourceMention read = ReadSourcePhrase(doc, lexicon, first, k + 1);
      if (read.institution_kind != SourceWord::kOrganisation) continue;
      *key = OfficeKey(doc.Norm(doc.tokens[owner]));
      *body = ReadingAt(std::move(read), m);
      return true;
    }
    return false;
  };
  // "the company", "the agency": "the" and a generic noun of a body.
  auto is_generic_body = [&](const SourceMention& m) {
    static const WordSet kGenericBodies = {"group", "organization", "organisation", "nonprofit", "agency",
                                           "company", "firm", "charity", "coalition"};
    return the_and_one_word(m) && kGenericBodies.Contains(doc.Norm(doc.tokens[m.first_token + 1]));
  };
  auto in_capitals = [](const std::string& name) {
    const size_t after_article = Lower(name.substr(0, 4)) == "the " ? 4 : 0;
    return std::any_of(name.begin() + static_cast<std::ptrdiff_t>(after_article), name.end(),
                       [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  // No body in capitals outside quotations between token `from` and m.
  auto none_named_between = [&](uint32_t from, const SourceMention& m) {
    for (uint32_t k = from; k < m.first_token; ++k) {
      const Token& t = doc.tokens[k];
      if (t.flags & kTokQuoted) continue;
      const bool acronym = (t.flags & kTokAllCaps) && (t.flags & kTokWord);
      const bool two_capitalized = k + 1 < m.first_token && IsNameToken(doc, k) && IsNameToken(doc, k + 1);
      if (acronym || two_capitalized) return false;
    }
    return true;
  };
  // An acronym and the body whose initials it is are one source, whichever the text names first:
  // "the Anti-Defamation League … ADL said", "CBC" beside "the Congressional Black Caucus". -1
  // for none.
  auto named_by_initials = [&](const SourceMention& m) {
    const std::string& name = m.institution;
    const bool acronym = IsAcronym(name);
    const std::string initials = acronym ? std::string() : Initials(name);
    if (!acronym && initials.empty()) return -1;
    return latest(UINT32_MAX, [&](const Group& x) {
      if (!x.thing || x.source.type == "document") return false;
      return acronym ? Initials(x.source.name) == name : x.source.name == initials;
    });
  };
  // "… according to the National Golf Foundation. Almost 650 courses have closed, the group says":
  // "the" and a generic noun of a body is the organisation named in capitals that the last three
  // sentences quote, when it is the latest body, outlet or document they quote and the text outside
  // quotations names no other since (two capitalized words, an acronym: "Secure America Now", "the
  // FBI"). A body of a place ("San Antonio police") is not "the company". -1 for none.
  auto organisation_quoted_before = [&](const SourceMention& m) {
    if (!is_generic_body(m)) return -1;
    const int g = latest(m.span.start, [](const Group& x) { return x.thing; });
    if (g < 0) return -1;
    const Group& x = groups[static_cast<size_t>(g)];
    const uint32_t sentence = doc.tokens[m.first_token].sentence;
    const std::string& name = x.source.name;
    if (x.source.type != "organisation" || !in_capitals(name) || x.source.affiliation != name ||
        doc.tokens[x.last_first_token].sentence + 3 < sentence || !none_named_between(x.last_end_token, m))
      return -1;
    return g;
  };
  // "Facebook primarily relies on user reports … If the company is informed", "The FBI on October
  // 19 searched his home and seized ammunition the agency says …": the same for a listed body in
  // capitals that opens a sentence of the last three, quoted or not, when the text names no other
  // since; nullptr for none.
  auto organisation_subject_before = [&](const SourceMention& m) -> const SourceMention* {
    if (!is_generic_body(m)) return nullptr;
    const SourceMention* subject = subject_before(m.span.start, SubjectKind::kThing);
    if (!subject || subject->end_token > m.first_token || subject->institution_kind != SourceWord::kOrganisation ||
        !in_capitals(subject->institution) ||
        doc.tokens[subject->first_token].sentence + 3 < doc.tokens[m.first_token].sentence ||
        !none_named_between(subject->end_token, m))
      return nullptr;
    return subject;
  };
  // "The Murdochs are in crisis mode at Fox News. The network was rocked", "Newsweek … the
  // magazine portrayed", "The Washington Post's editorial board said … The board noted": "the"
  // and a lower-case noun for a news outlet (a board: an editorial board) is the outlet the text
  // names last outside quotations before it, within three sentences, as a source or not (for a
  // board, right before "editorial board", with no other board since). Its reading there, with
  // m's span and tokens; false for none.
  auto outlet_named_in_text = [&](const SourceMention& m, SourceMention* outlet) {
    static const WordSet kOutletNouns = {"network", "magazine", "newspaper", "channel", "station",
                                         "broadcaster", "tabloid", "board"};  // not "website": often a body's
    const uint32_t end = words_end(m);
    if (!m.name.empty() || m.plural || end < m.first_token + 2 || end > m.first_token + 3 ||
        doc.Norm(doc.tokens[m.first_token]) != "the" || (doc.tokens[end - 1].flags & kTokCapitalized))
      return false;
    const std::string_view noun = doc.Norm(doc.tokens[end - 1]);
    const bool board = noun == "board";
    if (!kOutletNouns.Contains(noun) ||
        (end == m.first_token + 3 && doc.Norm(doc.tokens[m.first_token + 1]) != "editorial"))
      return false;
    const uint32_t sentence = doc.tokens[m.first_token].sentence;
    const uint32_t limit = doc.sentences[sentence > 3 ? sentence - 3 : 0].first_token;
    // Each capitalized run outside quotations, read as the phrase reader reads it, last first.
    for (uint32_t k = m.first_token; k-- > limit;) {
      const Token& t = doc.tokens[k];
      if ((t.flags & kTokQuoted) || !(t.flags & kTokWord) || !(t.flags & kTokCapitalized) ||
          (k > limit && (doc.tokens[k - 1].flags & kTokWord) && (doc.tokens[k - 1].flags & kTokCapitalized)))
        continue;
      uint32_t after = CapitalizedRunEnd(doc, k, m.first_token, {"of"});
      const SourceMention read = ReadSourcePhrase(doc, lexicon, k, after);
      if (read.institution_kind != SourceWord::kOutlet) continue;
      if (after < m.first_token && IsPossessiveEnding(doc, after)) ++after;
      if (board) {  // right before "editorial board", and no other board since
        if (!(after + 1 < m.first_token && doc.Norm(doc.tokens[after]) == "editorial" &&
              doc.Norm(doc.tokens[after + 1]) == "board"))
          return false;
        for (uint32_t j = after + 2; j < m.first_token; ++j)
          if (doc.Norm(doc.tokens[j]) == "board") return false;
      }
      *outlet = ReadingAt(read, m);
      return true;
    }
    return false;
  };
  // "Now, though, State has moved to classify", "State's lawyers", "Justice delivered": a
  // department's word alone, read as a name or a title, is the department the text names in full
  // ("the State Department"). Its reading
  // there, with m's span and tokens; false for none.
  auto department_named_in_text = [&](const SourceMention& m, SourceMention* department) {
    static const WordSet kDepartmentWords = {"state", "justice", "defense", "commerce", "labor", "energy", "interior"};
    // One capitalized word, read as a name or as a title ("Justice"), not "Ms. State".
    if (HeadEnd(doc, m) != m.first_token + 1 || !(doc.tokens[m.first_token].flags & kTokCapitalized)) return false;
    const std::string name(doc.Norm(doc.tokens[m.first_token]));
    if (!kDepartmentWords.Contains(name)) return false;
    for (uint32_t k = 0; k + 1 < doc.tokens.size(); ++k) {
      if (doc.Norm(doc.tokens[k]) != name || doc.Norm(doc.tokens[k + 1]) != "department" ||
          !(doc.tokens[k + 1].flags & kTokCapitalized))
        continue;
      SourceMention read = ReadSourcePhrase(doc, lexicon, k, k + 2);
      if (read.institution_kind != SourceWord::kOrganisation) continue;
      *department = ReadingAt(std::move(read), m);
      return true;
    }
    return false;
  };
  // A sentence subject a pronoun stands for joins group k as its latest mention, without
  // becoming one of its mention spans; returns k.
  auto mentioned_again = [&](int k, const SourceMention& a) {
    Group& x = groups[static_cast<size_t>(k)];
    if (a.span.start >= x.last_start) {
      x.last_start = a.span.start;
      x.last_first_token = a.first_token;
      x.last_end_token = a.end_token;
    }
    touched.push_back(k);
    return k;
  };
  // "Peter Serafinowicz … the 43-year-old said", "the 34-year-old mother of three": a person by
  // age is the named person of that gender the last three sentences mention last.
  auto person_by_age = [&](const SourceMention& m) {
    if (!m.name.empty() || m.plural || m.end_token < m.first_token + 2 || doc.Norm(doc.tokens[m.first_token]) != "the")
      return -1;
    const std::string_view age = doc.Norm(doc.tokens[m.first_token + 1]);
    const size_t digits = age.find_first_not_of("0123456789");
    if (digits == 0 || digits == std::string_view::npos || age.substr(digits) != "-year-old") return -1;
    const char gender = MentionGender(doc, lexicon, m);
    const uint32_t sentence = doc.tokens[m.first_token].sentence;
    const int g = latest(m.span.start, [&](const Group& x) {
      return x.named && x.individual && (!gender || !x.gender || x.gender == gender) &&
             doc.tokens[x.last_first_token].sentence + 3 >= sentence;
    });
    // Or one a sentence of them opens with after it ("Jane Roe was there.").
    const SourceMention* subject = subject_before(m.span.start, SubjectKind::kPerson);
    if (subject && (g < 0 || subject->span.start > groups[static_cast<size_t>(g)].last_start) &&
        doc.tokens[subject->first_token].sentence + 3 >= sentence &&
        (!gender || MentionGender(doc, lexicon, *subject) != SourceLexicon::OtherGender(gender)))
      return adopt(*subject);
    return g;
  };
  adopt = [&](const SourceMention& a) {
    if (const int k = same_person(a); k >= 0) return mentioned_again(k, a);
    return new_group(a, "name:" + a.surname);
  };

  // "they" (kGroup), "it" (kThing): the last collective source, or thing, or a sentence subject of
  // that kind after it, which becomes a source ("Some Republican senators … are now calling for a
  // veto, but they cite …"; "The letter runs to four pages. It also accused …").
  auto group_or_subject = [&](const SourceMention& pronoun, SubjectKind kind) {
    const uint32_t at = pronoun.span.start;
    int g = kind == SubjectKind::kGroup ? latest(at, [](const Group& x) { return x.collective; })
                                        : latest(at, [](const Group& x) { return x.thing; });
    const uint32_t group_at = g >= 0 ? groups[static_cast<size_t>(g)].last_start : 0;
    if (kind == SubjectKind::kThing && ExpletiveIt(doc, pronoun.first_token)) return g;
    const SourceMention* candidate = subject_before(at, kind);
    if (!candidate || (g >= 0 && candidate->span.start <= group_at)) return g;
    const std::string key = candidate->institution.empty() ? "desc:" + candidate->key
                                                           : "inst:" + Lower(candidate->institution);
    g = find_key(key);
    return g < 0 ? new_group(*candidate, key) : mentioned_again(g, *candidate);
  };
  // Pronoun `p` of mention m: its own ("it said") or its possessive ("its office said").
  auto resolve_pronoun = [&](std::string_view p, const SourceMention& m) {
    const uint32_t at = m.span.start;
    if (p == "he" || p == "him" || p == "his" || p == "she" || p == "her") return person(p, at);
    if (p == "they" || p == "them" || p == "their") return group_or_subject(m, SubjectKind::kGroup);
    if (p == "it" || p == "its") return group_or_subject(m, SubjectKind::kThing);
    return -1;  // I, we, you: the speaker of a quotation, not resolved here
  };
  // "Google said … A company spokeswoman said", "the Chicago Teachers Union … union officials
  // said": a nameless role or vague group qualified by a generic noun for a body is of the
  // organisation the text named last, in that sentence or the three before, whose name holds the
  // noun, or for a company ("company", "firm", "corporation") that no word of its name makes a
  // public body; m itself when it is not such a mention or there is none.
  SourceMention of_body;
  auto with_body_named_before = [&](const SourceMention& m) -> const SourceMention& {
    if (!m.affiliation.empty() || !m.name.empty() || !m.pronoun.empty() || !m.institution.empty() || m.document)
      return m;
    static const WordSet kBodyNouns = {"company", "agency", "firm", "ministry", "department", "bank", "union",
                                       "corporation", "organization", "organisation", "group"};
    std::string_view noun;
    for (uint32_t k = m.first_token; k + 1 < m.end_token && noun.empty(); ++k) {
      SourceWordMatch people;
      if (!(doc.tokens[k].flags & kTokCapitalized && k != m.first_token) &&
          kBodyNouns.Contains(doc.Norm(doc.tokens[k])) && lexicon.MatchAt(doc, k + 1, m.end_token, &people) &&
          (IsRole(people.kind) || people.kind == SourceWord::kAnonymous))
        noun = doc.Norm(doc.tokens[k]);
    }
    if (noun.empty()) return m;
    static const WordSet kPublicBodyWords = {"department", "ministry", "agency", "office", "commission", "council",
                                             "committee", "party", "house", "senate", "court", "government",
                                             "administration", "bureau", "service", "army", "police", "union",
                                             "university", "congress", "parliament", "assembly", "campaign"};
    const bool company = OneOf(noun, {"company", "firm", "corporation"});
    const uint32_t sentence = doc.tokens[m.first_token].sentence;
    const int body = latest(m.span.start, [&](const Group& x) {
      if (x.source.type != "organisation" || doc.tokens[x.last_first_token].sentence + 3 < sentence) return false;
      const std::string name = Lower(x.source.name);
      const std::vector<std::string_view> words = WordsOf(name);
      if (!company) return std::find(words.begin(), words.end(), noun) != words.end();
      return std::none_of(words.begin(), words.end(), [](std::string_view w) { return kPublicBodyWords.Contains(w); });
    });
    if (body < 0) return m;
    of_body = m;
    of_body.affiliation = groups[static_cast<size_t>(body)].source.name;
    return of_body;
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    const SourceMention& m = with_body_named_before(mentions[i]);
    int g = -1;
    if (!m.pronoun.empty()) {
      // The same pronoun read again (the subject of "he said … and added") is the same source.
      const auto seen = pronoun_groups.find(m.span.start);
      g = seen != pronoun_groups.end() ? seen->second : resolve_pronoun(m.pronoun, m);
      pronoun_groups.emplace(m.span.start, g);
      if (g >= 0) {
        add_to(g, m);
        Group& group = groups[static_cast<size_t>(g)];
        if (m.pronoun == "she" || m.pronoun == "her") group.gender = 'f';
        else if (m.pronoun == "he" || m.pronoun == "him" || m.pronoun == "his") group.gender = 'm';
      }
      (*ids)[i] = g;
      continue;
    }
    // "No one knows", "nobody said": no one speaks.
    if (OneOf(Lower(m.text), {"no one", "nobody", "none"})) {
      (*ids)[i] = -1;
      continue;
    }
    // The same words read again (the subject of "The spokesman refused … but said …, adding") are
    // the same source.
    const auto first_reading = span_mentions.emplace(uint64_t{m.span.start} << 32 | m.span.end, i).first->second;
    if (first_reading < i && (*ids)[first_reading] >= 0) {
      g = (*ids)[first_reading];
      add_to(g, m);
      (*ids)[i] = g;
      continue;
    }
    if (m.same_as >= 0 && static_cast<size_t>(m.same_as) < i && (*ids)[static_cast<size_t>(m.same_as)] >= 0) {
      g = (*ids)[static_cast<size_t>(m.same_as)];  // "the statement" of an earlier "said in a statement"
      add_to(g, m);
      (*ids)[i] = g;
      continue;
    }
    // "his office said": the office of the person "his" stands for; not a body's own name of
    // capitalized words ("its Clinton Health Access Initiative").
    auto own_name = [&](const SourceMention& x) {
      const uint32_t noun = words_end(x) - 1;
      return noun >= x.first_token + 2 && (doc.tokens[noun].flags & kTokCapitalized) &&
             (doc.tokens[noun - 1].flags & kTokCapitalized) && (doc.tokens[noun - 1].flags & kTokWord);
    };
    if (!m.possessive.empty() && m.name.empty() && m.institution_kind == SourceWord::kOrganisation && !own_name(m)) {
      std::string owner_name = m.owner, owner_affiliation = m.owner_affiliation;
      if (owner_name.empty()) {
        const int owner = resolve_pronoun(m.possessive, m);
        if (owner >= 0) {
          owner_name = groups[static_cast<size_t>(owner)].source.name;
          owner_affiliation = groups[static_cast<size_t>(owner)].source.affiliation;
        }
      }
      if (!owner_name.empty()) {
        const std::string key = OfficeKey(owner_name);
        g = find_key(key);
        if (g >= 0) add_to(g, m);
        else {
          g = new_group(m, key);
          Group& office = groups[static_cast<size_t>(g)];
          // Named by its noun as written: "Jeb Bush's campaign", "Obama's office", "her Twitter account".
          uint32_t noun = m.end_token - 1;
          if (noun > m.first_token && IsRelativePronoun(doc.Norm(doc.tokens[noun]))) --noun;  // "his office who"
          const Token& t = doc.tokens[noun];
          const std::string written((t.flags & kTokCapitalized) ? doc.Slice(t) : doc.Norm(t));
          office.source.name = owner_name + (m.possessive == "'" ? "' " : "'s ") +  // "Sanders' campaign"
                               ((t.flags & kTokWord) ? written : std::string("office"));
          // A role in lower case ("the sheriff's office") names no side.
          const bool role_owner = !owner_name.empty() && owner_name[0] >= 'a' && owner_name[0] <= 'z';
          office.source.affiliation = !owner_affiliation.empty() ? owner_affiliation
                                      : role_owner               ? std::string()
                                                                 : owner_name;
        }
        (*ids)[i] = g;
        continue;
      }
    }
    SourceMention outlet;
    if (outlet_named_in_text(m, &outlet)) {
      const std::string key = "inst:" + Lower(outlet.institution);
      g = find_key(key);
      if (g >= 0) add_to(g, m);
      else g = new_group(outlet, key);
      (*ids)[i] = g;
      continue;
    }
    SourceMention department;
    if ((!m.name.empty() || !m.role.empty()) && department_named_in_text(m, &department)) {
      const std::string key = "inst:" + Lower(department.institution);
      g = find_key(key);
      if (g < 0) { (*ids)[i] = new_group(department, key); continue; }
    } else if (!m.name.empty()) {
      g = same_person(m);
      // "Snack giant Nabisco … Nabisco issued a notice": a bare name the text gave a body by is
      // that body.
      if (g < 0 && m.given.empty() && m.role.empty()) g = find_key("inst:" + Lower(m.name));
      if (g < 0 && !m.role.empty()) {
        // An earlier nameless "the Russian President" is this person.
        g = latest(UINT32_MAX, [&](const Group& x) {
          return !x.named && x.individual && !x.thing && RolesMatch(x.role_key, RoleKey(m.role)) &&
                 AffiliationsCompatible(x.source.affiliation, m.affiliation) &&
                 !(foreign_head(x.role_key, x.source.affiliation) && x.source.affiliation != m.affiliation &&
                   surname_written_before(m.surname, x.source.mention_spans.front().start)) &&
                 !(m.affiliation.empty() && ServesSomeone(x.source.name, x.source.role));
        });
        if (g >= 0) {
          Group& x = groups[static_cast<size_t>(g)];
          x.named = true;
          by_surname[m.surname].push_back(g);
          x.surname = m.surname;
          x.given = m.given;
          x.suffix = NameSuffixOf(m.name);
          x.source.name = m.name;
        }
      }
    } else if (!m.institution.empty()) {
      std::string key = "inst:" + Lower(m.institution_kind == SourceWord::kPlace ? m.affiliation : m.institution);
      // "The Clinton campaign", "the Obama administration": a person's staff, named by the surname.
      const uint32_t noun = words_end(m) - 1;
      if (m.institution_kind == SourceWord::kOrganisation && noun > m.first_token && IsNameToken(doc, noun - 1) &&
          !IsNameToken(doc, noun) &&
          OneOf(doc.Norm(doc.tokens[noun]), {"campaign", "camp", "team", "office", "administration"}) &&
          (noun - 1 == m.first_token || !IsNameToken(doc, noun - 2) || !given_name_at(noun - 1).empty()) &&
          lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[noun - 1]))) == 0)
        key = OfficeKey(doc.Norm(doc.tokens[noun - 1]));
      // The body named last before "the company", not an earlier "the company" of another.
      g = organisation_quoted_before(m);
      const SourceMention* subject = organisation_subject_before(m);
      if (subject && (g < 0 || subject->first_token > groups[static_cast<size_t>(g)].last_first_token)) {
        const std::string subject_key = "inst:" + Lower(subject->institution);
        g = find_key(subject_key);
        g = g < 0 ? new_group(*subject, subject_key) : mentioned_again(g, *subject);
      }
      SourceMention office;
      std::string office_key;
      if (g < 0 && office_named_in_text(m, &office, &office_key)) {
        g = find_key(office_key);
        if (g < 0) { (*ids)[i] = new_group(office, office_key); continue; }
      }
      if (g < 0) g = named_before(m);
      if (g < 0) g = placed_body_named_before(m);
      // "the Russian Foreign Ministry" and "Russia's foreign ministry" are one body.
      const std::string place_body_key = m.place_body_key.empty() ? std::string() : "body:" + m.place_body_key;
      if (g < 0 && !place_body_key.empty()) g = find_key(place_body_key);
      if (g < 0) g = find_key(key);
      if (g >= 0 && !place_body_key.empty()) by_key.emplace(place_body_key, g);
      if (const int initials = g < 0 && m.institution_kind != SourceWord::kPlace ? named_by_initials(m) : -1;
          initials >= 0) {
        // Named in full, typed by the full name: an acronym is no outlet for being one's ("CBC").
        Group& x = groups[static_cast<size_t>(initials)];
        const bool full_name = !IsAcronym(m.institution);
        const Source kept = x.source;
        add_to(initials, m);
        x.source.type = full_name ? MentionType(m) : kept.type;
        if (full_name) x.source.name = x.source.affiliation = m.institution;
        (*ids)[i] = initials;
        continue;
      }
      if (g < 0) {
        SourceMention body;
        if (body_named_in_text(m, &body)) {
          const std::string body_key = "inst:" + Lower(body.institution);
          g = find_key(body_key);
          if (g < 0) { (*ids)[i] = new_group(body, body_key); continue; }
        }
      }
      if (g < 0) {
        g = new_group(m, key);
        if (!place_body_key.empty()) by_key.emplace(place_body_key, g);
        (*ids)[i] = g;
        continue;
      }
    } else if (const int aged = person_by_age(m); aged >= 0) {
      g = aged;
    } else if (!m.role.empty() && !m.anonymous && !m.plural && !m.document) {  // not "the IG report"
      // "the Russian President" -> the last named source with that role. With an affiliation
      // ("the Florida senator"), one of that affiliation or of that state's party tag ("Sen.
      // Marco Rubio (R-Fla.)"), or else the only one with the role when it has none ("Sen.
      // Bernie Sanders" is not "the Florida senator" beside Marco Rubio).
      const std::string role = RoleKey(m.role);
      g = latest(UINT32_MAX, [&](const Group& x) {
        return x.named && RolesMatch(x.role_key, role) &&
               (m.affiliation.empty() || x.source.affiliation == m.affiliation || x.state == m.affiliation);
      });
      // "A senior administration official said … the official said", "a young woman asked … the
      // woman said", "the prime minister's spokesman said … the spokesman said": a definite role
      // is the nameless person of that role the text introduced last ("a", "an", "one", or as
      // someone's), unless a named holder was mentioned since.
      if (definite_role(m)) {
        const std::string head = role.substr(role.rfind(' ') + 1);  // "candidate's biography" is no candidate
        auto introduced = [](const std::string& name) {
          return StartsWithSingularArticle(name) || name.find("'s ") != std::string::npos ||
                 name.find("’s ") != std::string::npos;
        };
        const int nameless = latest(m.span.start, [&](const Group& x) {
          return !x.named && x.one_person && introduced(x.source.name) && RolesMatch(x.role_key, role) &&
                 EndsWithWord(NameHeadWords(Lower(x.source.name)), head) &&
                 (m.affiliation.empty() || x.source.affiliation == m.affiliation);
        });
        auto last_start = [&](int k) { return groups[static_cast<size_t>(k)].last_start; };
        if (nameless >= 0 && (g < 0 || last_start(nameless) > last_start(g))) g = nameless;
      }
      // "the Russian leader" (not "the Democratic leader"): the named president, prime minister,
      // chancellor or monarch of that country, or else the only one of no country.
      SourceWordMatch country;
      if (g < 0 && role == "leader" && definite_role(m) && m.end_token >= m.first_token + 3 &&
          lexicon.MatchAt(doc, m.end_token - 2, m.end_token - 1, &country) && country.kind == SourceWord::kPlace &&
          !IsPartyAffiliation(m.affiliation) && m.affiliation.find("Party") == std::string::npos) {
        auto heads_country = [](const std::string& key) {
          return IsHeadOfStateRole(key) || OneOf(key, {"emir", "supreme leader", "leader"});
        };
        g = latest(UINT32_MAX, [&](const Group& x) {
          return x.named && x.individual && heads_country(x.role_key) && x.source.affiliation == m.affiliation;
        });
        int heads = 0, head = -1;
        for (size_t k = 0; g < 0 && k < groups.size(); ++k)
          if (groups[k].named && groups[k].individual && heads_country(groups[k].role_key) &&
              groups[k].source.affiliation.empty()) {
            ++heads;
            head = static_cast<int>(k);
          }
        if (g < 0 && heads == 1) g = head;
      }
      if (g < 0 && !m.affiliation.empty() && definite_role(m)) g = holder_named_in_text(role, m.affiliation);
      if (g < 0 && !m.affiliation.empty() && !ServesSomeone(m.text, m.role) &&
          !foreign_head(role, m.affiliation)) {
        int holders = 0, holder = -1;
        for (size_t k = 0; k < groups.size(); ++k)
          if (groups[k].named && RolesMatch(groups[k].role_key, role)) { ++holders; holder = static_cast<int>(k); }
        if (holders == 1 && groups[static_cast<size_t>(holder)].source.affiliation.empty() &&
            groups[static_cast<size_t>(holder)].state.empty())  // "Sen. Rand Paul (Ky.)" is no Florida senator
          g = holder;
      }
      if (g < 0) g = find_key("role:" + m.key);
      if (g < 0) g = described_before(m);
      if (g < 0) g = subject_described(m);
      if (g < 0) g = speaker_described(m);
      if (g < 0 && definite_role(m)) g = described_candidate(m, role);
    } else {
      // "the Kentucky Republican" (a party member, read as an official of that side): the last
      // named official not of another party.
      if (m.role.empty() && m.role_kind == SourceWord::kOfficial && !m.anonymous && !m.plural && !m.affiliation.empty())
        g = latest(m.span.start, [&](const Group& x) {
          const std::string& side = x.source.affiliation;
          const bool other_party = side != m.affiliation && IsPartyAffiliation(side);
          return x.named && x.individual && x.source.type == "official" && !other_party;
        });
      // "other voters" are not the "some voters" before them: a group of their own.
      const bool others =
          m.end_token > m.first_token + 1 && OneOf(doc.Norm(doc.tokens[m.first_token]), {"other", "another"});
      // "a person close to the Clintons" is not "a person close to the secretive process": one
      // introduced with its own post-modifier is known by all of it.
      const bool introduced_apart = StartsWithSingularArticle(m.text) && HeadEnd(doc, m) < m.end_token;
      const std::string key = (others ? "desc:other " : "desc:") + (introduced_apart ? Lower(m.text) : m.key);
      // "“…,” one wrote. Another wrote": each lone "one" or "another" is someone else.
      const bool someone_else = OneOf(Lower(m.text), {"one", "another", "someone", "somebody"});
      if (g < 0) g = named_before(m);
      if (g < 0 && !someone_else) g = find_key(key);
      // "Another source familiar with Cruz's thinking said … the person added": "the person" is
      // the unnamed one the text introduced last, when it named no "person" before.
      if (g < 0 && the_and_one_word(m) && OneOf(doc.Norm(doc.tokens[m.first_token + 1]), {"person", "individual"}))
        g = latest(m.span.start, [](const Group& x) { return !x.named && x.one_person; });
      if (g < 0) {
        (*ids)[i] = new_group(m, key);
        if (others) by_key.emplace("desc:" + m.key, (*ids)[i]);  // "the lawmakers" after only "other lawmakers"
        if (introduced_apart && !others) by_key["desc:" + m.key] = (*ids)[i];  // "the source" is the latest
        continue;
      }
    }
    if (g >= 0) add_to(g, m);
    else g = new_group(m, !m.name.empty() ? "name:" + m.surname : "role:" + m.key);
    (*ids)[i] = g;
  }

  // Other places the text names a named source ("Putin" outside attributions): the name
  // tokens indexed by their surname form.
  std::unordered_map<std::string_view, std::vector<uint32_t>> tokens_by_surname;  // keys view groups' surnames
  for (const Group& g : groups) if (g.named && g.surname.size() >= 3) tokens_by_surname[g.surname];
  if (!tokens_by_surname.empty()) {
    for (uint32_t t : name_tokens) {
      std::string_view norm = doc.Norm(doc.tokens[t]);
      for (std::string_view p : {"al-", "el-"}) if (norm.substr(0, 3) == p) norm.remove_prefix(3);
      const auto it = tokens_by_surname.find(norm);
      if (it != tokens_by_surname.end()) it->second.push_back(t);
    }
  }
  // Where two named people share a surname ("Hillary Clinton", "Bill Clinton"), a place that
  // names it with a given name belongs to the person of that given name, and a bare surname
  // to the first of them the text names in full (as MentionCompleter reads a bare surname).
  std::unordered_map<std::string_view, int> main_group_of_surname;
  for (size_t k = 0; k < groups.size(); ++k) {
    const Group& g = groups[k];
    if (g.named && g.surname.size() >= 3) main_group_of_surname.emplace(g.surname, static_cast<int>(k));
  }
  for (auto& entry : main_group_of_surname) {  // no structured binding: clang 14 cannot capture one
    const std::string_view surname = entry.first;
    int& main_group = entry.second;
    bool shared = false;
    for (size_t k = 0; k < groups.size() && !shared; ++k)
      shared = static_cast<int>(k) != main_group && groups[k].named && groups[k].surname == surname;
    if (!shared) continue;
    for (uint32_t t : tokens_by_surname[surname]) {
      const std::string given = given_name_at(t);
      if (given.empty()) continue;
      const auto named = std::find_if(groups.begin(), groups.end(),
                                      [&](const Group& g) { return g.named && g.surname == surname && g.given == given; });
      if (named != groups.end()) { main_group = static_cast<int>(named - groups.begin()); break; }
    }
  }
  // The attributions' own mentions of the people with each surname: a place inside one is
  // that person's already ("Mr. Clinton said" is not Hillary Clinton's too).
  std::unordered_map<std::string_view, std::vector<Range>> known_by_surname;
  for (const Group& g : groups) {
    if (!g.named || g.surname.size() < 3) continue;
    std::vector<Range>& known = known_by_surname[g.surname];
    known.insert(known.end(), g.source.mention_spans.begin(), g.source.mention_spans.end());
  }
  for (auto& entry : known_by_surname) std::sort(entry.second.begin(), entry.second.end());
  // Token `given` before token `surname` is a plain given name: one the lists know, or a word
  // inside its sentence, not in capitals, of no hyphen and no list's, with no title or role
  // between it and the surname ("See Jamie", "Crown Prince Mohammed", "then-President Obama" are
  // none).
  auto plain_given_name = [&](uint32_t given, uint32_t surname) {
    const Token& word = doc.tokens[given];
    if (lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(word))) != 0) return true;
    if ((word.flags & (kTokSentenceStart | kTokAllCaps | kTokHeadline)) ||
        doc.Norm(word).find('-') != std::string_view::npos)
      return false;
    for (uint32_t k = given; k < surname; ++k) {
      SourceWordMatch listed;
      if (lexicon.MatchAt(doc, k, k + 1, &listed) || IsTitleAbbreviation(doc.Norm(doc.tokens[k]))) return false;
    }
    // Not after an article, "of" or another capitalized word ("the National Anthem", "Secretary
    // of State Clinton", "Pope Emeritus Benedict"), nor the first word of its sentence.
    bool word_before = false;
    for (uint32_t k = doc.sentences[word.sentence].first_token; k < given && !word_before; ++k)
      word_before = (doc.tokens[k].flags & kTokWord) != 0;
    const Token& before = doc.tokens[given - 1];
    return word_before && !(before.flags & kTokCapitalized) && !OneOf(doc.Norm(before), {"the", "of", "a", "an"});
  };
  for (size_t k = 0; k < groups.size(); ++k) {
    Group& g = groups[k];
    if (!g.named || g.surname.size() < 3) continue;
    const bool main_of_surname = main_group_of_surname[g.surname] == static_cast<int>(k);
    std::vector<Range>& spans = g.source.mention_spans;
    std::sort(spans.begin(), spans.end());
    const std::vector<Range>& known = known_by_surname[g.surname];
    // A surname alone shows the full name of its other places when they give it one plain given
    // name only ("Martinez" is "Susana Martinez"); full_given is "" while none, "-" once two differ.
    std::string full_name, full_given;
    for (uint32_t t : tokens_by_surname[g.surname]) {
      const std::string given = given_name_at(t);
      if (given.empty() ? !main_of_surname
                        : (!g.given.empty() ? given != g.given : g.gender && lexicon.GivenNameGender(given) == SourceLexicon::OtherGender(g.gender)))
        continue;
      // "Ivanka Trump" is not the "President Trump" the text names with no given name.
      if (g.given.empty() && lexicon.GivenNameGender(given) != 0 &&
          TitledPoliticianApart(lexicon, g.surname, g.source.role, given + " " + std::string(doc.Norm(doc.tokens[t]))))
        continue;
      const Token& tok = doc.tokens[t];
      // A surname ends a name: the word before another name word is someone else's or a body's
      // ("the State Department", "the Clinton Foundation", "Trump Tower"); not before a regnal
      // number ("Benedict XVI") nor in a title-case line, where every word is capitalized.
      if (t + 1 < doc.tokens.size() && doc.tokens[t + 1].sentence == tok.sentence && IsNameToken(doc, t + 1) &&
          !IsNameSuffix(doc.Norm(doc.tokens[t + 1])) && !IsRomanNumeral(doc.Slice(doc.tokens[t + 1])) &&
          !IsTitleCaseSentence(doc, doc.sentences[tok.sentence]))
        continue;
      uint32_t first = t;
      while (first > 0 && doc.tokens[first - 1].sentence == tok.sentence && IsNameToken(doc, first - 1) && t - first < 4) --first;
      // In a title-case line every word is capitalized: only words of the source's own name, role
      // or affiliation, role words and given names belong to the name ("… Casually Conflates Ted
      // Cruz", "Endorses House Speaker Paul Ryan").
      if (first < t && IsTitleCaseSentence(doc, doc.sentences[tok.sentence])) {
        const std::string own = " " + Lower(g.source.name + " " + g.source.role + " " + g.source.affiliation) + " ";
        auto belongs = [&](uint32_t k) {
          const std::string word = FoldLatinLetters(doc.Norm(doc.tokens[k]));
          return own.find(" " + word + " ") != std::string::npos || lexicon.IsRoleWord(word) ||
                 lexicon.GivenNameGender(word) != 0;
        };
        uint32_t kept = t;
        while (kept > first && belongs(kept - 1)) --kept;
        first = kept;
      }
      // "King Salman" is the father of "Mohammed bin Salman", not him.
      if (NamedForFather(g.source.name, g.surname) && (t == 0 || !IsPatronymicParticle(doc.Norm(doc.tokens[t - 1]))))
        continue;
      bool other_gender = false;  // "Mr. Clinton" is not Hillary Clinton
      for (uint32_t j = first; j < t && g.gender; ++j) other_gender = other_gender || lexicon.WordGender(doc.Norm(doc.tokens[j])) == SourceLexicon::OtherGender(g.gender);
      if (other_gender) continue;
      const Range r{doc.tokens[first].start, tok.end};
      // Known when a mention span overlaps it: the last span starting before r.end.
      auto after = std::lower_bound(known.begin(), known.end(), r.end, [](const Range& a, uint32_t v) { return a.start < v; });
      bool overlaps = false;
      for (int back = 0; back < 4 && after != known.begin(); ++back) {
        --after;
        if (after->end > r.start) { overlaps = true; break; }
      }
      if (!overlaps) spans.push_back(r);
    }
    std::sort(spans.begin(), spans.end());
    if (!g.given.empty() || !g.individual || g.source.name.find(' ') != std::string::npos) continue;
    for (uint32_t t : tokens_by_surname[g.surname]) {
      const uint32_t given_token = GivenNameTokenBefore(doc, lexicon, t);
      if (given_token == t) continue;
      const std::string given = FoldLatinLetters(doc.Norm(doc.tokens[given_token]));
      // Not of another gender, nor another of a listed politician's surname ("Ivanka Trump").
      const std::string full = given + " " + g.surname;
      const bool other = (g.gender && lexicon.GivenNameGender(given) == SourceLexicon::OtherGender(g.gender)) ||
                         (lexicon.IsListedPoliticianSurname(g.surname) && !lexicon.IsListedPolitician(full));
      if (full_given.empty() && !other && plain_given_name(given_token, t)) {
        full_given = given;
        full_name = doc.text.substr(doc.tokens[given_token].start, doc.tokens[t].end - doc.tokens[given_token].start);
      } else if (given != full_given) {
        full_given = "-";
        break;
      }
    }
    if (!full_given.empty() && full_given != "-") g.full_name = full_name;
  }

  // "the Clinton campaign", "Donald Trump's presidential campaign", "the Obama administration",
  // "Sanders voters", "his campaign said": a person named in full whose campaign, administration,
  // voters or rally the text names is a politician ("official"), whatever the words of its own
  // mentions (not a cause's "campaign against …", "campaign to raise …"). The owner is the named
  // person of that given name, or else of that surname when one of them has more mentions than
  // any other; a son's suffixed name is not the father's.
  auto mark_politician = [&](std::string_view surname, const std::string& given) {
    int owner = -1;
    size_t most = 0;
    bool tie = false;
    for (size_t g = 0; g < groups.size(); ++g) {
      const Group& x = groups[g];
      if (!x.named || !x.individual || x.surname != surname || !x.suffix.empty() ||
          (!given.empty() && x.given != given) ||
          x.source.name.find(' ') == std::string::npos)  // a full name ("Hispanic voters" names no one)
        continue;
      const size_t mentions = x.source.mention_spans.size();
      if (owner < 0 || mentions > most) {
        owner = static_cast<int>(g);
        most = mentions;
        tie = false;
      } else if (mentions == most) {
        tie = true;
      }
    }
    if (owner >= 0 && !tie && groups[static_cast<size_t>(owner)].source.type == "person")
      groups[static_cast<size_t>(owner)].source.type = "official";
  };
  const bool any_person = std::any_of(groups.begin(), groups.end(), [](const Group& x) {
    return x.named && x.individual && x.source.type == "person";
  });
  std::unordered_set<std::string_view> campaigning_surnames;  // written before such a noun ("the Trump campaign")
  for (uint32_t k = 2; any_person && k < doc.tokens.size(); ++k) {
    const Token& noun = doc.tokens[k];
    static const WordSet kPoliticians = {"campaign", "candidacy", "administration", "presidency", "voters",
                                         "delegates", "rally", "rallies"};
    if ((noun.flags & kTokCapitalized) || !kPoliticians.Contains(doc.Norm(noun))) continue;
    if (k + 1 < doc.tokens.size() && OneOf(doc.Norm(doc.tokens[k + 1]), {"against", "to"})) continue;  // a cause's
    uint32_t surname = k - 1;
    if (OneOf(doc.Norm(doc.tokens[surname]), {"presidential", "reelection", "re-election", "senate"})) --surname;
    if (surname > 0 && IsPossessiveEnding(doc, surname)) --surname;
    if (doc.tokens[surname].sentence != noun.sentence || !IsNameToken(doc, surname)) continue;
    campaigning_surnames.insert(doc.Norm(doc.tokens[surname]));
    mark_politician(doc.Norm(doc.tokens[surname]), given_name_at(surname));
  }
  // The campaigns and administrations among the sources, by the key of their owner's surname.
  for (size_t k = 0; any_person && k < groups.size(); ++k) {
    const std::string name = Lower(groups[k].source.name);
    if (groups[k].key.rfind("office:", 0) == 0 &&
        (EndsWithWord(name, "campaign") || EndsWithWord(name, "administration")))
      mark_politician(groups[k].key.substr(7), "");
  }

  // The text writes `surname` (lower case) after a title or an official's role: "Mr. Trump",
  // "President Obama", "Sen. Cruz".
  auto titled_in_text = [&](const std::string& surname) {
    for (uint32_t k = 1; k < doc.tokens.size(); ++k) {
      if (doc.Norm(doc.tokens[k]) != surname || !(doc.tokens[k].flags & kTokCapitalized)) continue;
      const uint32_t before = TitleTokenBefore(doc, k);
      SourceWordMatch role;
      if (IsTitleAbbreviation(doc.Norm(doc.tokens[before])) ||
          (lexicon.MatchAt(doc, before, k, &role) && role.kind == SourceWord::kOfficial))
        return true;
    }
    return false;
  };
  // A person the word list names as an office holder or candidate is a politician, and so is one
  // the text names by such a surname alone with a title ("Mr. Trump said" in a text with no other
  // Trump; without one it may be a month, a company or a story: "May Jobs", "Ford itself said") or
  // before a campaign, administration or voters ("the Trump administration").
  for (Group& x : groups) {
    if (!x.named || !x.individual || x.source.type != "person") continue;
    const std::string surname = Lower(x.source.name);
    if (lexicon.IsListedPolitician(x.source.name) ||
        (lexicon.IsListedPoliticianSurname(x.source.name) &&
         (titled_in_text(surname) || campaigning_surnames.count(surname) > 0)))
      x.source.type = "official";
  }

  sources->clear();
  for (size_t k = 0; k < groups.size(); ++k) {
    Source s = std::move(groups[k].source);
    if (!groups[k].full_name.empty()) s.name = groups[k].full_name;
    if (groups[k].named && groups[k].individual) s.name = NameInMixedCase(doc, lexicon, s.name);
    // A body known only by a generic noun ("the commission", "a super PAC", "His organization",
    // "company") stands for no side a reader could name: it is no affiliation.
    auto named_in_capitals = [&] {
      const size_t space = s.name.find(' ');
      const bool determined = space != std::string::npos &&
                              (StartsWithSingularArticle(s.name) ||
                               OneOf(Lower(s.name.substr(0, space)), {"the", "his", "her", "its", "their", "our", "my",
                                                                      "this", "that", "any"}));
      const std::string noun_phrase = determined ? s.name.substr(space) : " " + s.name;
      return in_capitals(noun_phrase) && Lower(noun_phrase) != " super pac";
    };
    if (s.affiliation == s.name && !named_in_capitals()) s.affiliation.clear();
    s.id = static_cast<int>(k);
    s.anonymous = s.type == "anonymous";
    s.mentions = static_cast<int>(s.mention_spans.size());
    sources->push_back(std::move(s));
  }
}

}  // namespace biaslens
