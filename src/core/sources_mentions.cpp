// Source noun phrases: growth from a head token and reading; see sources_mentions.h.
#include "core/sources_mentions.h"

#include "core/feature_hash.h"
#include "core/text_stages.h"
#include "core/utf8.h"
#include "core/word_set.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace biaslens {

bool IsLinkingWord(std::string_view w) {
  static const WordSet kWords = {"then", "now", "still", "while", "after", "before", "however", "moreover",
                                 "meanwhile", "today", "yesterday", "instead", "and", "or", "but", "as", "only",
                                 "beyond", "amid", "among", "besides", "without", "within", "despite", "unlike",
                                 "whether", "indeed", "perhaps", "thus", "therefore", "furthermore", "likewise",
                                 "otherwise", "nevertheless", "like", "maybe", "following", "yet"};
  return kWords.Contains(w);
}

bool IsNameSuffix(std::string_view w) { return OneOf(w, {"jr", "sr", "ii", "iii", "iv"}); }

bool IsPatronymicParticle(std::string_view w) { return OneOf(w, {"bin", "ibn", "bint"}); }

bool IsFunctionWord(std::string_view w) {
  static const WordSet kWords = {"the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we",
                                 "i", "you", "in", "on", "at", "for", "with", "when", "if", "so", "yet", "also",
                                 "his", "her", "their", "its", "our", "my", "your", "there", "here", "some", "many",
                                 "several", "both", "all", "no", "not", "according", "asked", "speaking",
                                 "separately", "since", "by", "from", "to", "of", "what", "who", "why", "how",
                                 "where", "which", "under", "during", "although", "though", "because", "even", "just",
                                 "most", "more", "other", "others", "monday", "tuesday", "wednesday", "thursday",
                                 "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
                                 "july", "august", "september", "october", "november", "december", "sept", "oct",
                                 "nov", "dec", "jan", "feb", "aug", "one", "two", "three", "four", "five", "six",
                                 "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "amongst",
                                 "throughout", "toward", "towards", "upon", "via", "against", "across", "along",
                                 "around", "behind", "below", "beneath", "between", "until", "unless", "whereas",
                                 "plus", "whenever", "wherever", "whatever", "whichever", "once"};
  return IsLinkingWord(w) || kWords.Contains(w);
}

namespace {

bool IsTitle(std::string_view w) {
  static const WordSet kWords = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
                                 "capt", "prof", "pres", "sir", "lord", "dame", "rev", "sens", "reps", "govs"};
  return kWords.Contains(w);
}

// Token k is an adjective of name-calling written before a listed given name as a nickname
// ("Crooked Hillary", "Little Marco").
bool EpithetBeforeGivenName(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  static const WordSet kWords = {"crooked", "lyin", "lyin'", "lyin’", "lying", "little", "liddle", "sleepy", "crazy",
                                 "cryin", "cryin'", "cryin’", "crying", "shifty", "goofy", "mini", "slippery",
                                 "sneaky", "nasty", "dopey", "creepy", "phony", "low-energy", "dumb", "corrupt"};
  return k + 1 < doc.tokens.size() && kWords.Contains(doc.Norm(doc.tokens[k])) &&
         lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k + 1]))) != 0;
}

bool IsParticle(std::string_view w) {
  static const WordSet kWords = {"de", "al", "bin", "ibn", "van", "von", "der", "la", "le", "du", "da", "di",
                                 "del", "abu", "el", "dos"};
  return kWords.Contains(w);
}

// The period of a middle initial inside a name, or of "St." opening one: "Donald J. Trump",
// "Joseph R. Biden", "St. Paul".
bool IsInitialPeriod(const Document& doc, uint32_t k) {
  if (k == 0 || k + 1 >= doc.tokens.size() || doc.Norm(doc.tokens[k]) != ".") return false;
  const Token& initial = doc.tokens[k - 1];
  const std::string_view word = doc.Norm(initial);
  return initial.end == doc.tokens[k].start && (word.size() == 1 || word == "st") &&
         (initial.flags & kTokCapitalized) &&
         doc.tokens[k + 1].sentence == doc.tokens[k].sentence && IsNameToken(doc, k + 1);
}

// A role word that qualifies the role after it: "deputy", "chief", "vice", "executive".
bool IsQualifyingRole(std::string_view w) {
  static const WordSet kWords = {"deputy", "chief", "assistant", "vice", "associate", "executive", "principal",
                                 "acting", "under", "lieutenant", "billionaire", "veteran"};
  return kWords.Contains(w);
}

// A role word that is also a surname ("King" of "Billie Jean King", "Bishop", "Dean").
bool IsRoleSurname(std::string_view w) {
  static const WordSet kWords = {"king", "bishop", "major", "marshal", "dean", "duke", "knight", "pope"};
  return kWords.Contains(w);
}

// The word of token k ends a run of three capitalized words somewhere in the text, mid-sentence
// ("Billie Jean King").
bool EndsFullNameInText(const Document& doc, uint32_t k) {
  const std::string_view word = doc.Norm(doc.tokens[k]);
  for (uint32_t i = 2; i < doc.tokens.size(); ++i)
    if (doc.Norm(doc.tokens[i]) == word && (doc.tokens[i].flags & kTokCapitalized) && IsNameToken(doc, i - 1) &&
        IsNameToken(doc, i - 2) && doc.tokens[i - 2].sentence == doc.tokens[i].sentence)
      return true;
  return false;
}

// Token k is on a headline line of at most 64 tokens (a title, not a text of one long line).
bool InTitleSizedHeadline(const Document& doc, uint32_t k) {
  if (!(doc.tokens[k].flags & kTokHeadline)) return false;
  const Paragraph& p = doc.paragraphs[doc.sentences[doc.tokens[k].sentence].paragraph];
  return p.end_token - p.first_token <= 64;
}

// The word of token k is written capitalized somewhere outside headlines and outside tokens
// [skip_first, skip_end).
bool WrittenOutsideHeadlines(const Document& doc, uint32_t k, uint32_t skip_first = 0, uint32_t skip_end = 0) {
  const std::string_view word = doc.Norm(doc.tokens[k]);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& other = doc.tokens[i];
    if (!(other.flags & kTokHeadline) && (other.flags & kTokCapitalized) && (i < skip_first || i >= skip_end) &&
        doc.Norm(other) == word)
      return true;
  }
  return false;
}

// Where a label line's colon is: the phrase [first, end) opens a sentence outside headlines, and
// it and at most four words after it, capitalized but for function words, end in a colon
// ("Election Strategy: “…”", "Empty Promises Exposed: “…”", "Limited Tools to Fight Terrorism:");
// 0 when the phrase opens no such line.
uint32_t LabelColon(const Document& doc, uint32_t first, uint32_t end) {
  if (!(doc.tokens[first].flags & kTokSentenceStart) || (doc.tokens[first].flags & kTokHeadline)) return 0;
  auto title_word = [&](uint32_t k) {
    const Token& t = doc.tokens[k];
    return (t.flags & kTokCapitalized) || IsPossessiveEnding(doc, k) ||
           ((t.flags & kTokWord) && IsFunctionWord(doc.Norm(t)));
  };
  for (uint32_t k = first; k < end; ++k)
    if (!title_word(k)) return 0;
  uint32_t colon = end;
  while (colon < doc.tokens.size() && colon < end + 4 && title_word(colon)) ++colon;
  return colon < doc.tokens.size() && doc.Norm(doc.tokens[colon]) == ":" ? colon : 0;
}

// A name run [first, end) of the phrase [phrase_first, phrase_end) that names no one: it opens
// with no listed given name, is no listed politician, holds no word in capitals, and either
// - is a headline's, the text writes none of its words capitalized outside headlines and a body
//   of 100 tokens or more follows ("Scrappy debate signals", "A Dismal Record:", "Lawyer:"), or
// - the phrase is a label line's before its colon and the text writes none of its words
//   capitalized elsewhere outside headlines ("Election Strategy: “…”").
bool UnconfirmedName(const Document& doc, const SourceLexicon& lexicon, uint32_t phrase_first, uint32_t phrase_end,
                     uint32_t first, uint32_t end) {
  uint32_t skip_first = 0, skip_end = 0;
  if (InTitleSizedHeadline(doc, first)) {
    const Paragraph& title = doc.paragraphs[doc.sentences[doc.tokens[first].sentence].paragraph];
    if (doc.tokens.size() < title.end_token - title.first_token + 100) return false;
  } else {
    skip_end = LabelColon(doc, phrase_first, phrase_end);
    if (skip_end == 0) return false;
    skip_first = phrase_first;
  }
  if (lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[first]))) != 0 ||
      lexicon.IsListedPoliticianSurname(doc.Norm(doc.tokens[end - 1])))
    return false;
  for (uint32_t k = first; k < end; ++k)
    if ((doc.tokens[k].flags & kTokAllCaps) || WrittenOutsideHeadlines(doc, k, skip_first, skip_end)) return false;
  return true;
}

// A title-case headline capitalizes the words after a name ("Marine Le Pen Backs Trump And
// Denounces Clinton"): the end of a headline's name run [first, end) at the longest run of two
// words or more from `first` that the text writes outside headlines with no capitalized word
// after it; `end` when none.
uint32_t HeadlineNameEnd(const Document& doc, uint32_t first, uint32_t end) {
  for (uint32_t stop = end - 1; stop >= first + 1; --stop) {
    // One word alone only when no later word of the run is written capitalized outside headlines
    // ("Clinton Wades In:", not "Bernie Sanders" where the text writes "Bernie" once).
    if (stop == first + 1) {
      bool later_word_written = false;
      for (uint32_t k = first + 1; k < end && !later_word_written; ++k)
        later_word_written = WrittenOutsideHeadlines(doc, k);
      if (later_word_written) break;
    }
    if (doc.Norm(doc.tokens[stop]) == "." || IsNameSuffix(doc.Norm(doc.tokens[stop]))) continue;  // "Mary J. Blige"
    const uint32_t length = stop - first;
    for (uint32_t p = 0; p + length <= doc.tokens.size(); ++p) {
      if (doc.tokens[p].flags & kTokHeadline) continue;
      uint32_t i = 0;
      while (i < length && doc.Norm(doc.tokens[p + i]) == doc.Norm(doc.tokens[first + i])) ++i;
      if (i < length) continue;
      const uint32_t after = p + length;
      if (after >= doc.tokens.size() || !(doc.tokens[after].flags & kTokCapitalized) ||
          !(doc.tokens[after].flags & kTokWord))
        return stop;
    }
  }
  return end;
}

// The word of token k is written somewhere in the text in lower case ("show" of "Maddow Show").
bool WrittenInLowerCase(const Document& doc, uint32_t k) {
  const std::string_view word = doc.Norm(doc.tokens[k]);
  return std::any_of(doc.tokens.begin(), doc.tokens.end(), [&](const Token& t) {
    return (t.flags & kTokWord) && !(t.flags & kTokCapitalized) && doc.Norm(t) == word;
  });
}

// The word of token k follows a listed given name somewhere in the text ("Hillary Clinton").
bool IsSurnameInText(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  const std::string_view word = doc.Norm(doc.tokens[k]);
  for (uint32_t i = 1; i < doc.tokens.size(); ++i)
    if ((doc.tokens[i].flags & doc.tokens[i - 1].flags & kTokCapitalized) && doc.Norm(doc.tokens[i]) == word &&
        IsNameToken(doc, i - 1) && lexicon.GivenNameGender(doc.Norm(doc.tokens[i - 1])) != 0)
      return true;
  return false;
}

// "executives", "workers", "plant", "shares": a lower-case noun for a company's people, plants or stock.
bool IsCompanyNoun(std::string_view w) {
  static const WordSet kWords = {"executive", "executives", "employee", "employees", "worker", "workers",
                                 "plant", "plants", "factory", "factories", "headquarters", "shareholders",
                                 "stockholders", "ceo", "stock", "shares", "subsidiary", "subsidiaries"};
  return kWords.Contains(w);
}

// Token i is capitalized and right before a company noun of its sentence.
bool BeforeCompanyNoun(const Document& doc, uint32_t i) {
  if (i + 1 >= doc.tokens.size() || !(doc.tokens[i].flags & kTokCapitalized)) return false;
  const Token& next = doc.tokens[i + 1];
  return !(next.flags & kTokCapitalized) && next.sentence == doc.tokens[i].sentence && IsCompanyNoun(doc.Norm(next));
}

// The singular of a plural title as written before names: "Senators" -> "Senator", "Sens." ->
// "Sen."; "" for another word.
std::string_view SingularTitle(std::string_view written) {
  static const std::pair<std::string_view, std::string_view> kTitles[] = {
      {"Senators", "Senator"}, {"Sens.", "Sen."}, {"Sens", "Sen."}, {"Representatives", "Representative"},
      {"Reps.", "Rep."}, {"Reps", "Rep."}, {"Governors", "Governor"}, {"Govs.", "Gov."}, {"Govs", "Gov."}};
  for (const auto& [plural, singular] : kTitles)
    if (written == plural) return singular;
  return {};
}

}  // namespace

// A lower-case noun for a kind of organisation: "group", "company", "firm", "website".
bool IsKindOfOrganisationWord(std::string_view w) {
  static const WordSet kWords = {
      "group", "firm", "company", "organization", "organisation", "agency", "network", "union", "coalition",
      "foundation", "institute", "association", "alliance", "movement", "bank", "newspaper", "magazine", "channel",
      "society", "federation", "league", "corporation", "pac", "giant", "maker", "retailer", "automaker",
      "carmaker", "insurer", "lender", "conglomerate", "manufacturer", "startup", "airline", "nonprofit", "utility",
      "chain"};
  return kWords.Contains(w);
}

// Token k is a lower-case noun for a kind of organisation ("company", "website", "super PAC").
bool IsKindOfOrganisationAt(const Document& doc, uint32_t k) {
  const std::string_view w = doc.Norm(doc.tokens[k]);
  return (!(doc.tokens[k].flags & kTokCapitalized) || w == "pac") &&
         (IsKindOfOrganisationWord(w) ||
          OneOf(w, {"website", "site", "app", "startup", "nonprofit", "charity", "airline", "retailer", "chain",
                    "manufacturer", "automaker", "insurer", "lender", "publisher", "broadcaster", "tank"}));
}

namespace {

// The name ending at token `last` is followed by an apposition naming a kind of organisation:
// ", the Canadian mining company,", ", a pro-Clinton super PAC,".
bool AppositionNamesOrganisation(const Document& doc, uint32_t last) {
  const uint32_t sentence = doc.tokens[last].sentence;
  auto in_sentence = [&](uint32_t k) { return k < doc.tokens.size() && doc.tokens[k].sentence == sentence; };
  if (!in_sentence(last + 2) || doc.Norm(doc.tokens[last + 1]) != "," ||
      !OneOf(doc.Norm(doc.tokens[last + 2]), {"the", "a", "an"}))
    return false;
  static const WordSet kBoundaries = {"that", "which", "whose", "based", "founded", "in", "of", "for", "with",
                                      "from", "owned", "run", "backed", "funded", "known"};
  for (uint32_t k = last + 3; in_sentence(k) && k < last + 9; ++k) {
    const Token& w = doc.tokens[k];
    if (!(w.flags & kTokWord) || IsPossessiveEnding(doc, k)) return false;
    if (IsKindOfOrganisationAt(doc, k)) {
      if (!in_sentence(k + 1)) return true;
      const Token& next = doc.tokens[k + 1];
      return (!(next.flags & kTokWord) && !IsPossessiveEnding(doc, k + 1)) || kBoundaries.Contains(doc.Norm(next));
    }
    if (IsLinkingWord(doc.Norm(w)) || IsRelativePronoun(doc.Norm(w)) || IsPersonalPronoun(doc.Norm(w)) ||
        OneOf(doc.Norm(w), {"of", "for", "at", "in", "with", "to", "on", "by", "from", "is", "was", "said", "says"}))
      return false;
  }
  return false;
}

// Token i is a capitalized word, alone, that the text says is an organisation's name: an apposition naming a
// kind of organisation follows it ("Teck, the Canadian mining company, says", "Wealth-X, a private
// company that tracks"; an article, at most five words and the kind ending the phrase), such a
// kind comes right before it after an article ("the crowdfunding website Crowdpac"), "itself"
// follows it ("Ford itself said"), or it follows "at" or "from" after scholars or a study ("a
// professor at Yale").
bool NamedAsOrganisation(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (!(t.flags & kTokCapitalized) || !(t.flags & kTokWord)) return false;
  const uint32_t sentence = t.sentence;
  auto in_sentence = [&](uint32_t k) { return k < doc.tokens.size() && doc.tokens[k].sentence == sentence; };
  // One word alone, not one of a longer name ("the advocacy group Progress Iowa").
  auto name_word = [&](uint32_t k) { return in_sentence(k) && IsNameToken(doc, k); };
  if ((i > 0 && name_word(i - 1) && !(t.flags & kTokSentenceStart)) || name_word(i + 1)) return false;
  // "Ford itself said": a thing's reflexive pronoun.
  if (in_sentence(i + 1) && doc.Norm(doc.tokens[i + 1]) == "itself") return true;
  // "researchers at Stanford", "a professor at Yale", "a study from Harvard": where scholars work
  // or studies come from.
  static const WordSet kScholarsAndStudies = {
      "researchers", "researcher", "professor", "professors", "scientists", "scientist", "economists", "economist",
      "scholars", "scholar", "students", "student", "lecturer", "fellow", "fellows", "study", "studies", "report",
      "survey", "poll", "analysis", "research"};
  if (i >= 2 && !(t.flags & kTokSentenceStart) && OneOf(doc.Norm(doc.tokens[i - 1]), {"at", "from"}) &&
      doc.tokens[i - 2].sentence == sentence &&
      (!(doc.tokens[i - 2].flags & kTokCapitalized) || (doc.tokens[i - 2].flags & kTokSentenceStart)) &&
      kScholarsAndStudies.Contains(doc.Norm(doc.tokens[i - 2])))
    return true;
  if (i >= 2 && IsKindOfOrganisationAt(doc, i - 1) && doc.tokens[i - 1].sentence == sentence) {
    for (uint32_t k = i - 1; k-- > 0 && k + 5 > i && doc.tokens[k].sentence == sentence;) {
      if (OneOf(doc.Norm(doc.tokens[k]), {"the", "a", "an"})) return true;
      if (!(doc.tokens[k].flags & kTokWord) || IsLinkingWord(doc.Norm(doc.tokens[k]))) break;
    }
  }
  return AppositionNamesOrganisation(doc, i);
}

// The text writes token k's word, capitalized, right before a lower-case noun for a company's
// people, plants or stock ("a Carrier executive", "Carrier workers", "Allergan shares"), or says
// it names an organisation (NamedAsOrganisation), and never after a title ("Mr. Carrier"): the
// word names a company. The text is read for such words once, on the first call
// (Document::company_word_hashes).
bool NamesCompanyInText(const Document& doc, uint32_t k) {
  if (!doc.company_words_read) {
    doc.company_words_read = true;
    for (uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (BeforeCompanyNoun(doc, i) || NamedAsOrganisation(doc, i))
        doc.company_word_hashes.push_back(doc.tokens[i].hash);
    std::sort(doc.company_word_hashes.begin(), doc.company_word_hashes.end());
  }
  const uint32_t hash = doc.tokens[k].hash;
  if (!std::binary_search(doc.company_word_hashes.begin(), doc.company_word_hashes.end(), hash)) return false;
  bool before_noun = false;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.hash != hash || !(t.flags & kTokCapitalized) || doc.Norm(t) != doc.Norm(doc.tokens[k])) continue;
    if (i >= 1 && IsTitle(doc.Norm(doc.tokens[TitleTokenBefore(doc, i)]))) return false;
    before_noun = before_noun || BeforeCompanyNoun(doc, i) || NamedAsOrganisation(doc, i);
  }
  return before_noun;
}

// The text writes token k's word with a capital where not every word has one: mid-sentence,
// outside the headline, not after an opening quotation mark, a colon or a dash.
bool CapitalizedMidSentence(const Document& doc, uint32_t k) {
  const uint32_t hash = doc.tokens[k].hash;
  for (uint32_t i = 1; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.hash != hash || !(t.flags & kTokCapitalized) || (t.flags & (kTokSentenceStart | kTokHeadline))) continue;
    const Token& before = doc.tokens[i - 1];
    if (!(before.flags & kTokOpenQuote) && doc.Norm(before) != ":" && !IsDash(doc, i - 1) &&
        doc.Norm(t) == doc.Norm(doc.tokens[k]))
      return true;
  }
  return false;
}

// Nothing but its place makes token k's word a name: no listed given name or politician's surname,
// and the text never writes it capitalized mid-sentence.
bool OnlyItsPlaceCapitalizes(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  const std::string_view w = doc.Norm(doc.tokens[k]);
  return lexicon.GivenNameGender(FoldLatinLetters(w)) == 0 && !lexicon.IsListedPoliticianSurname(w) &&
         !CapitalizedMidSentence(doc, k);
}

bool IsDeterminer(std::string_view w) {
  static const WordSet kWords = {"the", "a", "an", "some", "many", "several", "few", "most", "one", "his",
                                 "her", "their", "its", "our", "my", "your", "this", "these", "those", "both",
                                 "all", "any", "each", "two", "three", "four", "five", "dozens", "numerous",
                                 "various", "certain", "other", "every"};
  return kWords.Contains(w);
}

// Where the name of a body that ends the phrase [first, end) and holds a plural of people's
// possessive starts ("the Women's Media Center", "the Children's Defense Fund"); `end` when the
// phrase ends in no capitalized head word of a body's name or holds no such possessive.
uint32_t PossessiveBodyNameStart(const Document& doc, const SourceLexicon& lexicon, uint32_t first, uint32_t end) {
  static const WordSet kHeads = {"center", "centre", "board", "fund", "committee", "council", "commission", "institute",
                                 "foundation", "association", "union", "league", "caucus", "coalition", "alliance",
                                 "network", "hospital", "project", "society", "federation", "organization", "bureau",
                                 "forum", "museum", "college", "church", "party", "campaign"};
  if (end < first + 3) return end;
  const Token& head = doc.tokens[end - 1];
  if (!(head.flags & kTokWord) || !(head.flags & kTokCapitalized) || (head.flags & kTokHeadline) ||
      !kHeads.Contains(doc.Norm(head)))
    return end;
  uint32_t start = end - 1, possessive = end;
  while (start > first) {
    const uint32_t k = start - 1;
    const Token& t = doc.tokens[k];
    if (IsPossessiveEnding(doc, k) && possessive == end && k > first) {
      possessive = k;
    } else if (!(t.flags & kTokWord) || !(t.flags & kTokCapitalized) || IsDeterminer(doc.Norm(t))) {
      break;
    }
    start = k;
  }
  if (possessive == end || possessive <= start) return end;
  const std::string_view owner = doc.Norm(doc.tokens[possessive - 1]);
  const bool people = (EndsAfterStem(owner, "s", 3) && !EndsAfterStem(owner, "ss", 2)) ||
                      OneOf(owner, {"women", "men", "children", "people"});
  if (!people || lexicon.IsListedPoliticianSurname(owner) || IsSurnameInText(doc, lexicon, possessive - 1)) return end;
  return start;
}

bool IsIndefinite(std::string_view w) {
  static const WordSet kWords = {"a", "an", "one", "some", "many", "several", "few", "most", "two", "three",
                                 "four", "five", "dozens", "numerous", "various", "certain", "other", "any",
                                 "every"};
  return kWords.Contains(w);
}

std::string Lower(std::string s) {  // ASCII letters only, whatever the C locale
  for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The last word of many a newspaper's or broadcaster's name ("the Irish Times", "The Baltimore
// Sun", "Western Journalism").
bool IsMastheadWord(std::string_view w) {
  static const WordSet kWords = {"times", "journal", "post", "herald", "tribune", "gazette", "chronicle", "news",
                                 "review", "examiner", "observer", "telegraph", "express", "journalism", "inquirer",
                                 "courier", "dispatch", "register", "monitor", "mirror", "globe", "magazine",
                                 "bulletin", "digest", "insider", "beacon", "sentinel", "caller", "daily", "weekly",
                                 "newswire", "press", "star", "sun", "radio", "tv", "television", "media"};
  const size_t dash = w.rfind('-');  // "Sun-Times"
  return kWords.Contains(w) || (dash != std::string_view::npos && kWords.Contains(w.substr(dash + 1)));
}

// An organisation word that is no particular organisation: "committee", or "police" (whose
// display form is only its capitalization).
bool IsGenericOrganisation(const Document& doc, const SourceWordMatch& f) {
  return f.kind == SourceWord::kOrganisation &&
         (f.canonical.empty() || (f.token_count == 1 && Lower(std::string(f.canonical)) == doc.Norm(doc.tokens[f.first_token])));
}

// A capitalized generic organisation word of `found` ends right before token `end`: "Center" of
// "the Brennan Center for Justice".
bool CapitalizedBodyWordEndsBefore(const Document& doc, const std::vector<SourceWordMatch>& found, uint32_t end) {
  return std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
    return f.first_token + f.token_count == end && IsGenericOrganisation(doc, f) &&
           (doc.tokens[f.first_token].flags & kTokCapitalized);
  });
}

// Token k is "city", "town", "county" or "village" in lower case: a place the text names after
// "of" ("the city of Phoenix"); in capitals, part of a name ("Broward County").
bool IsLowercaseTownNoun(const Document& doc, uint32_t k) {
  return !(doc.tokens[k].flags & kTokCapitalized) &&
         OneOf(doc.Norm(doc.tokens[k]), {"city", "town", "county", "village"});
}

// A title ("Judge", "Sen.") or a role word of `found` starts at token k.
bool TitleOrRoleAt(const Document& doc, const std::vector<SourceWordMatch>& found, uint32_t k) {
  for (const SourceWordMatch& f : found) if (f.first_token == k && IsRole(f.kind)) return true;
  return IsTitle(doc.Norm(doc.tokens[k]));
}

// A compound adjective of a name ("texas-based", "cuban-born", "saudi-led") describes one and
// is none.
bool IsCompoundAdjective(std::string_view norm) {
  if (norm.find('-') == std::string_view::npos) return false;
  for (std::string_view suffix : {"-based", "-born", "-led", "-backed", "-owned", "-funded"})
    if (norm.size() > suffix.size() && norm.compare(norm.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  // "anti-Trump", "pro-Israel", "non-Muslim", "ex-Soviet": for or against a name, no name.
  for (std::string_view prefix : {"anti-", "pro-", "non-", "neo-", "post-", "pre-", "ex-", "pan-", "never-"})
    if (norm.size() > prefix.size() && norm.compare(0, prefix.size(), prefix) == 0) return true;
  return false;
}

// Token k opens a sentence and is no name: a word shaped like a plural, an adverb or a
// participle that the text never writes capitalized again and that is no listed given name
// ("Friends offered to vote for me", "Politicos say").
bool CapitalizedOnlyByPosition(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  const Token& t = doc.tokens[k];
  const bool opens = (t.flags & kTokSentenceStart) || (k > 0 && (doc.tokens[k - 1].flags & kTokOpenQuote));
  if (!opens || (t.flags & (kTokAllCaps | kTokHeadline))) return false;
  if (k + 1 < doc.tokens.size() && (doc.tokens[k + 1].flags & kTokCapitalized) && doc.tokens[k + 1].sentence == t.sentence)
    return false;  // one of several capitalized words: "Marty West"
  const std::string_view word = doc.Norm(t);
  auto ends_with = [&](std::string_view suffix) { return EndsAfterStem(word, suffix, 3); };
  // The shape of a common word: a plural, an adverb, a participle (a surname is rarely one).
  if (!((ends_with("s") && !ends_with("ss")) || ends_with("ly") || ends_with("ing") || ends_with("ed"))) return false;
  if (lexicon.GivenNameGender(FoldLatinLetters(word)) != 0) return false;
  const std::string_view written = doc.Slice(t);
  for (size_t i = 1; i < written.size(); ++i)
    if (written[i] >= 'A' && written[i] <= 'Z') return false;  // "McMaster", "DeMoro"
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& other = doc.tokens[i];
    if (i == k || !(other.flags & kTokCapitalized) || doc.Norm(other) != word) continue;
    return false;  // a headline, a second sentence or a name elsewhere writes it so: "Sanders said …"
  }
  return true;
}

// The text of tokens [first, end) as written, runs of white space collapsed to one space.
std::string TokensText(const Document& doc, uint32_t first, uint32_t end) {
  if (first >= end) return {};
  // Tokens side by side join; any space between them, a no-break space too, is one space.
  std::string out;
  out.reserve(doc.tokens[end - 1].end - doc.tokens[first].start);
  for (uint32_t k = first; k < end; ++k) {
    const Token& t = doc.tokens[k];
    if (k > first && t.start > doc.tokens[k - 1].end) out += ' ';
    out.append(doc.text, t.start, t.end - t.start);
  }
  return out;
}

// Sets m->described, m->counted and m->key from the phrase [first, end): without leading
// determiners and counts or a relative pronoun after it ("Friends of Mr. Clinton who"), as
// written ("24 percent", "Some 22 percent" -> "percent"), or the whole phrase when nothing else
// is left ("Six in 10", "Two in three").
void Describe(const Document& doc, uint32_t first, uint32_t end, SourceMention* m) {
  if (end > first + 1 && IsRelativePronounAt(doc, end - 1)) --end;
  uint32_t k = first;
  m->counted = false;
  for (; k < end; ++k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    const bool count = (doc.tokens[k].flags & kTokNumber) || (IsNumberWord(w) && w != "one") ||
                       (w == "in" && k > first && k + 1 < end && IsNumberAt(doc, k + 1));
    if (!count && !IsDeterminer(w)) break;
    m->counted = m->counted || count;
  }
  m->described = k + 1 == end && doc.Norm(doc.tokens[k]) == "%" ? "percent" : TokensText(doc, k < end ? k : first, end);
  m->key = Lower(m->described);
}

struct SentenceBounds { uint32_t first, end; };

SentenceBounds BoundsOf(const Document& doc, uint32_t token) {
  const Sentence& s = doc.sentences[doc.tokens[token].sentence];
  return {s.first_token, s.end_token};
}

// Which tokens of [first, end) the lexicon covers (longest match, left to right).
std::vector<SourceWordMatch> MatchPhrase(const Document& doc, const SourceLexicon& lexicon, uint32_t first, uint32_t end) {
  std::vector<SourceWordMatch> out;
  for (uint32_t i = first; i < end;) {
    SourceWordMatch m;
    if (!lexicon.MatchAt(doc, i, end, &m)) { ++i; continue; }
    // An outlet's name is capitalized ("Time magazine"): "the independent senator", "the hill" name none.
    const uint32_t name_first = m.token_count > 1 && doc.Norm(doc.tokens[m.first_token]) == "the" ? m.first_token + 1
                                                                                                 : m.first_token;
    if (m.kind == SourceWord::kOutlet && !(doc.tokens[name_first].flags & kTokCapitalized)) {
      ++i;
      continue;
    }
    // "The National Guard": an outlet that opens with "the" ("The National", a newspaper) gives
    // way to a match after the article that runs further ("National Guard").
    SourceWordMatch after_article;
    if (m.kind == SourceWord::kOutlet && m.token_count > 1 && doc.Norm(doc.tokens[i]) == "the" &&
        lexicon.MatchAt(doc, i + 1, end, &after_article) &&
        after_article.first_token + after_article.token_count > m.first_token + m.token_count) {
      m = after_article;
    }
    // "the state Department of Health": a phrase ending in a lower-case word and a capitalized one
    // ("the state department", the State Department) before "of" and a capitalized word is that
    // capitalized body's name, not the phrase's.
    const uint32_t match_end = m.first_token + m.token_count;
    if (m.token_count >= 2 && !(doc.tokens[match_end - 2].flags & kTokCapitalized) &&
        (doc.tokens[match_end - 1].flags & kTokCapitalized) && match_end + 1 < doc.tokens.size() &&
        doc.Norm(doc.tokens[match_end]) == "of" && (doc.tokens[match_end + 1].flags & kTokCapitalized)) {
      ++i;
      continue;
    }
    // "ads in Spanish", "speaks in Arabic,": a language right after "in", before no word it
    // qualifies, is no place.
    static const WordSet kLanguages = {"english", "spanish", "french", "arabic", "german", "russian", "chinese",
                                       "japanese", "korean", "italian", "portuguese", "hebrew", "farsi", "persian",
                                       "turkish", "urdu", "hindi", "dutch", "greek", "polish", "ukrainian",
                                       "mandarin", "cantonese", "vietnamese", "swedish"};
    if (m.kind == SourceWord::kPlace && m.token_count == 1 && i > 0 && doc.Norm(doc.tokens[i - 1]) == "in" &&
        kLanguages.Contains(doc.Norm(doc.tokens[i])) &&
        (i + 1 >= doc.tokens.size() || !(doc.tokens[i + 1].flags & kTokWord) ||
         doc.tokens[i + 1].sentence != doc.tokens[i].sentence)) {
      ++i;
      continue;
    }
    // "fellow Republicans", "a fellow senator": "fellow" before a word of its phrase qualifies
    // it; "a fellow at Brookings" is one.
    if (m.token_count == 1 && doc.Norm(doc.tokens[i]) == "fellow" && !(doc.tokens[i].flags & kTokCapitalized) &&
        i + 1 < end && (doc.tokens[i + 1].flags & kTokWord) &&
        !OneOf(doc.Norm(doc.tokens[i + 1]), {"at", "of", "for", "with", "in", "on", "and", "or", "who", "whose"})) {
      ++i;
      continue;
    }
    // "the 1.6 million member AFT", "the 40 member board": "member" after a number counts a body's
    // members and is no role.
    if (m.token_count == 1 && i > first && doc.Norm(doc.tokens[i]) == "member" &&
        ((doc.tokens[i - 1].flags & kTokNumber) ||
         OneOf(doc.Norm(doc.tokens[i - 1]), {"million", "thousand", "hundred"}))) {
      ++i;
      continue;
    }
    // "Sanders campaign manager Jeff Weaver": a body whose last word opens a longer role ("campaign
    // manager") ends before that word, which the role takes.
    SourceWordMatch role;
    const uint32_t last = m.first_token + m.token_count - 1;
    if (m.kind == SourceWord::kOrganisation && m.token_count > 1 && lexicon.MatchAt(doc, last, end, &role) &&
        IsRole(role.kind) && role.token_count > 1) {
      if (lexicon.MatchAt(doc, i, last, &m)) {
        out.push_back(m);
        i = m.first_token + m.token_count;
      } else {
        ++i;
      }
      continue;
    }
    out.push_back(m);
    i = m.first_token + m.token_count;
  }
  return out;
}

// The first token of the web address ending at token `last` ("VDARE.com", "news.yahoo.com":
// words joined by periods, no space, ending in a top-level domain); `last` itself if none.
uint32_t WebAddressStart(const Document& doc, uint32_t last) {
  static const WordSet kDomains = {"com", "org", "net", "gov", "edu", "info", "news", "tv", "io", "pr"};
  if (!kDomains.Contains(doc.Norm(doc.tokens[last]))) return last;
  uint32_t first = last;
  while (first >= 2 && doc.Norm(doc.tokens[first - 1]) == "." && doc.tokens[first - 1].end == doc.tokens[first].start &&
         doc.tokens[first - 2].end == doc.tokens[first - 1].start && (doc.tokens[first - 2].flags & kTokWord))
    first -= 2;
  return first;
}

// The token after a copula at token k, before `end`: "is", "was", "has been", "had been",
// "serves as", "served as" (with `present_only`, only "is", "has been", "serves as"); k when
// there is none.
uint32_t AfterCopula(const Document& doc, uint32_t k, uint32_t end, bool present_only) {
  if (k + 1 >= end) return k;
  const std::string_view verb = doc.Norm(doc.tokens[k]);
  if (verb == "is" || (!present_only && verb == "was")) return k + 1;
  if (k + 2 >= end) return k;
  const std::string_view next = doc.Norm(doc.tokens[k + 1]);
  if (((verb == "has" || (!present_only && verb == "had")) && next == "been") ||
      ((verb == "serves" || (!present_only && verb == "served")) && next == "as"))
    return k + 2;
  return k;
}

// The token after ", who is|was|has been|served as" opening an apposition at `first`
// (", who was an informal adviser to the Bush campaign", ", who served as Hillary Clinton's chief
// of staff"), before `end`; `first` when the apposition opens otherwise.
uint32_t AfterWhoIs(const Document& doc, uint32_t first, uint32_t end) {
  if (first + 2 >= end || doc.Norm(doc.tokens[first]) != "who") return first;
  const uint32_t after = AfterCopula(doc, first + 1, end, false);
  return after == first + 1 ? first : after;
}

// Tokens [first, role) may open an apposition whose role starts at `role`: a few words of a
// noun phrase (", the Russian president", ", a Democrat and former Oklahoma state senator"), not a clause
// (", who defended his praise of the Russian president", ", having met the Mexican president");
// ", who is|was|served as …" may open it (AfterWhoIs).
bool OpensAppositionRole(const Document& doc, uint32_t first, uint32_t role) {
  first = AfterWhoIs(doc, first, role + 1);
  if (role > first + 8) return false;
  for (uint32_t k = first; k < role; ++k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (w == "and" && k > first) continue;  // ", a Democrat and former state senator"
    if (w == "of" && k > first && IsNameToken(doc, k - 1) && IsNameToken(doc, k + 1)) continue;  // "University of Washington"
    if (OneOf(w, {"the", "a", "an", "his", "her", "their", "its", "our", "then", "now", "'s", "’s", "'", "’"})) continue;
    static const WordSet kClauseWords = {
        "who", "whom", "whose", "which", "that", "where", "when", "while", "as", "if", "because", "although",
        "though", "after", "before", "since", "until", "and", "but", "or", "so", "yet", "he", "she", "it", "they",
        "we", "i", "you", "him", "them", "us", "me", "in", "on", "at", "for", "with", "by", "from", "to", "into",
        "of", "about", "against", "over", "under", "during", "like", "despite", "according", "said", "says",
        "through", "via", "including", "among", "amid", "unlike", "without", "within", "upon", "toward", "towards",
        "told", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "be", "been"};
    const bool inside_word = k > first && k + 1 < role && doc.tokens[k - 1].end == doc.tokens[k].start &&
                             doc.tokens[k].end == doc.tokens[k + 1].start;  // "D.C.-based"
    if (kClauseWords.Contains(w) || (!(doc.tokens[k].flags & kTokWord) && !inside_word)) return false;
  }
  return true;
}

// Where a role starting at token `role_first` starts with the qualifiers before it that no list
// names as a role ("assistant secretary of state", "acting director", "vice presidential
// nominee"), two at most, not before token `limit`.
uint32_t WithQualifierBefore(const Document& doc, uint32_t role_first, uint32_t limit) {
  static const WordSet kQualifiers = {"assistant", "associate", "acting",      "executive",        "principal",
                                      "vice",      "political", "presidential", "vice-presidential"};
  uint32_t first = role_first;
  while (first > limit && first + 2 > role_first && kQualifiers.Contains(doc.Norm(doc.tokens[first - 1]))) --first;
  return first;
}

// Reads the apposition after a name: ", spokesman for the opposition umbrella group, the HNC".
void ReadApposition(const Document& doc, const SourceLexicon& lexicon, uint32_t comma, uint32_t sentence_end,
                    uint32_t avoid_first, uint32_t avoid_end, SourceMention* m) {
  uint32_t k = comma + 1, segments = 0;
  uint32_t seg_first = k;
  bool first_segment_useful = false;
  for (; k < sentence_end && k < comma + 24; ++k) {
    if (k >= avoid_first && k < avoid_end) break;
    const std::string_view w = doc.Norm(doc.tokens[k]);
    // A relative pronoun after the phrase's first word ends it, and the apposition: ", the former
    // mayor of New York who made his name prosecuting the Mafia in the 1980s".
    const bool relative = k > seg_first && OneOf(w, {"who", "whom", "whose", "which"});
    // "Clinton, a top aide said, “is very confident”": a speaker set off by commas, no apposition.
    if (segments == 0 && k > seg_first && OneOf(w, {"said", "says", "told", "added", "noted", "wrote", "explained"}))
      return;
    // "and" before a determiner opens a second description: ", a professor of communication at the
    // University of Pennsylvania and the director of its Annenberg Public Policy Center".
    const bool second_description =
        k > seg_first + 1 && w == "and" && k + 1 < sentence_end &&
        OneOf(doc.Norm(doc.tokens[k + 1]), {"a", "an", "the", "its", "his", "her", "their"});
    const bool address_dot = w == "." && k + 1 < sentence_end && WebAddressStart(doc, k + 1) < k;  // "MoveOn.org"
    const bool end_of_segment =
        w == "," || (w == "." && !address_dot) || w == ";" || w == "\"" || w == "(" || w == ")" || relative ||
        second_description;
    if (!end_of_segment) continue;
    ++segments;
    // ", the same Pope who sacks bishops": "the same" points back to someone else.
    if (seg_first + 1 < k && doc.Norm(doc.tokens[seg_first]) == "the" && doc.Norm(doc.tokens[seg_first + 1]) == "same")
      return;
    std::vector<SourceWordMatch> found = MatchPhrase(doc, lexicon, seg_first, k);
    // ", a spokesman,", ", a senior official,": the vague phrase of a named person ends in a role.
    for (SourceWordMatch& f : found) {
      if (f.kind != SourceWord::kAnonymous || !OneOf(doc.Norm(doc.tokens[f.first_token]), {"a", "an"})) continue;
      const uint32_t f_end = f.first_token + f.token_count;
      SourceWordMatch role;
      for (uint32_t i = f.first_token + 1; i < f_end; ++i) {
        if (lexicon.MatchAt(doc, i, f_end, &role) && IsRole(role.kind) && role.first_token + role.token_count == f_end) {
          f = role;
          break;
        }
      }
    }
    // The person's role is the head of the phrase: the last role before its first preposition or "and"
    // (", President Barack Obama's former top adviser," is an adviser; ", spokesman for the
    // group," a spokesman).
    uint32_t head_end = k;
    // ", who is executive vice president of": the head starts after "who is".
    for (uint32_t i = AfterWhoIs(doc, seg_first, k); i < k && head_end == k; ++i)
      if (OneOf(doc.Norm(doc.tokens[i]), {"of", "for", "at", "in", "with", "to", "on", "from", "and", "who"})) head_end = i;
    const SourceWordMatch* head_role = nullptr;  // in the first segment, only a noun phrase's role
    bool any_role = false;
    for (const SourceWordMatch& f : found) {
      if (!IsRole(f.kind)) continue;
      any_role = true;
      if (OpensAppositionRole(doc, seg_first, f.first_token) && (!head_role || f.first_token < head_end)) head_role = &f;
    }
    const bool useful = segments > 1 ? any_role : head_role != nullptr;
    if (segments == 1 && head_role && m->role.empty()) {
      // With the role words before it, across modifiers: "deputy director", "director
      // general", "deputy national security adviser".
      uint32_t role_first = head_role->first_token;
      for (uint32_t at = role_first; at > seg_first;) {
        const auto ends_here = std::find_if(found.begin(), found.end(), [&](const SourceWordMatch& f) {
          return f.first_token + f.token_count == at;
        });
        const Token& before = doc.tokens[at - 1];
        if (ends_here != found.end() && IsRole(ends_here->kind)) {
          at = role_first = ends_here->first_token;
        } else if (!(before.flags & kTokCapitalized) && IsModifierWord(doc.Norm(before))) {
          --at;
        } else {
          break;
        }
      }
      m->role = TokensText(doc, WithQualifierBefore(doc, role_first, seg_first),
                           head_role->first_token + head_role->token_count);
      m->role_kind = head_role->kind;
    }
    // ", a Democrat,", ", the Wisconsin Republican,", ", a Democrat from Ohio,", ", Democrat of New
    // York,": the person's party.
    if (segments == 1 && !any_role && m->affiliation.empty()) {
      const bool determiner = IsDeterminer(doc.Norm(doc.tokens[seg_first]));
      for (const SourceWordMatch& f : found)
        if (f.kind == SourceWord::kPlace && f.token_count == 1 && f.first_token + 1 == head_end &&
            (determiner || f.first_token == seg_first) &&
            IsPartyMemberWord(doc.Norm(doc.tokens[f.first_token])))
          m->affiliation = std::string(f.canonical);
    }
    if (segments == 1) first_segment_useful = useful;
    if (!first_segment_useful) return;
    // ", president of the Council on Foreign Relations,", ", a professor at Georgetown
    // University,": the organisation or outlet the capitalized phrase after the head's
    // preposition names, as the phrase reader names it.
    auto body_start = [&](uint32_t preposition) {
      uint32_t first = preposition + 1;
      while (first < k && IsDeterminer(doc.Norm(doc.tokens[first]))) ++first;
      return first;
    };
    // ", a professor of history at American University": past the field after "of", the body.
    uint32_t body_prep = head_end;
    const uint32_t after_head = head_end < k ? body_start(head_end) : k;
    if (after_head < k && doc.Norm(doc.tokens[head_end]) == "of" && !(doc.tokens[after_head].flags & kTokCapitalized)) {
      for (uint32_t p = head_end + 1; p + 1 < k && body_prep == head_end; ++p)
        if (OneOf(doc.Norm(doc.tokens[p]), {"at", "for", "with"}) && body_start(p) < k &&
            (doc.tokens[body_start(p)].flags & kTokCapitalized))
          body_prep = p;
    }
    if (segments == 1 && head_role && body_prep + 1 < k &&
        OneOf(doc.Norm(doc.tokens[body_prep]), {"of", "for", "at", "with", "from"})) {
      // ", an analyst at the libertarian Cato Institute,", ", director for civil liberties at the
      // Electronic Frontier Foundation,", ", director of communications for digital security firm
      // FireEye,": lower-case words before a capitalized name are its description or the field, not
      // the body; not past a verb form or a relative pronoun (", a strategy of containing the
      // Soviet Union", ", a lawyer for the family who sued Google").
      uint32_t body_first = body_start(body_prep);
      uint32_t name_first = body_first;
      // "the Sanders-supporting Working Families Party": a capitalized word joined to a lower-case
      // one by a hyphen describes the body too.
      auto describes = [&](uint32_t t) {
        const Token& token = doc.tokens[t];
        if (!(token.flags & kTokCapitalized)) return true;
        const std::string_view written = doc.text.substr(token.start, token.end - token.start);
        const size_t hyphen = written.rfind('-');
        return hyphen != std::string_view::npos && hyphen + 1 < written.size() && written[hyphen + 1] >= 'a' &&
               written[hyphen + 1] <= 'z';
      };
      while (name_first < k && name_first < body_first + 6 && (doc.tokens[name_first].flags & kTokWord) &&
             describes(name_first)) {
        const std::string_view w = doc.Norm(doc.tokens[name_first]);
        const bool hyphenated = w.find('-') != std::string_view::npos;  // "government-funded", "Sanders-supporting"
        if (IsRelativePronoun(w) || IsPersonalPronoun(w) || IsPossessiveEnding(doc, name_first) ||
            (!hyphenated && (IsIngForm(w) || EndsAfterStem(w, "ed", 3))) ||
            OneOf(w, {"is", "was", "are", "were", "has", "had", "have", "will", "would", "to", "by", "with", "from"}))
          break;
        ++name_first;
      }
      // After a kind of organisation ("the advocacy group Common Cause", "the firm Smith & Co."), the
      // phrase reader names the body from the kind.
      SourceWordMatch kind_before;
      const uint32_t phrase_first = body_first;
      const bool after_kind = name_first > body_first &&
                              lexicon.MatchAt(doc, name_first - 1, name_first, &kind_before) &&
                              IsGenericOrganisation(doc, kind_before);
      if (name_first > body_first && name_first < k && (doc.tokens[name_first].flags & kTokCapitalized))
        body_first = name_first;
      // The phrase ends in a capitalized word or an organisation word, not in a clause
      // (", a spokeswoman for the Republican committee organizing the convention,").
      SourceWordMatch last;
      const bool ends_as_name = (doc.tokens[k - 1].flags & kTokCapitalized) ||
                                (lexicon.MatchAt(doc, k - 1, k, &last) && last.kind == SourceWord::kOrganisation);
      if (body_first + 1 < k && WebAddressStart(doc, k - 1) == body_first) {
        m->affiliation = TokensText(doc, body_first, k);  // ", the Washington director for MoveOn.org"
      } else if (body_first < k && (doc.tokens[body_first].flags & kTokCapitalized) && ends_as_name) {
        const SourceMention body = ReadSourcePhrase(doc, lexicon, body_first, k);
        // "the Foundation for Middle East Peace", "Students for Life of America": a capitalized name
        // of three words or more opening with an organisation word, or with a group word or a word
        // no list knows and naming no person, is named whole, past the place inside.
        SourceWordMatch kind;
        const bool listed = lexicon.MatchAt(doc, body_first, body_first + 1, &kind);
        bool person = body.role_kind != SourceWord::kCount;  // "Elementary Principal Dawn Hochsprung"
        for (uint32_t j = body_first; j + 1 < k && !person; ++j)  // "State Hillary Clinton"
          person = lexicon.GivenNameGender(doc.Norm(doc.tokens[j])) != 0 && (doc.tokens[j + 1].flags & kTokCapitalized);
        const bool group_word = kind.kind == SourceWord::kAnonymous;
        const bool named_body = (listed ? IsGenericOrganisation(doc, kind) || (group_word && !person) : !person) &&
                                CapitalizedRunEnd(doc, body_first, k, {"of", "for", "on", "and", "&"}) == k;
        const SourceMention kind_body =
            after_kind ? ReadSourcePhrase(doc, lexicon, phrase_first, k) : SourceMention();
        if (!kind_body.institution.empty() && kind_body.institution_kind != SourceWord::kPlace)
          m->affiliation = kind_body.institution;
        else if (named_body && k > body_first + 2) m->affiliation = TokensText(doc, body_first, k);
        else if (!body.institution.empty() && body.institution_kind != SourceWord::kPlace)
          m->affiliation = body.institution;
        // A name no list knows, after "of" or "at" past the role: ", president of Wealth-X,",
        // ", a professor at Harvard,", ", director of Gotham Ghostwriters,"; not a person's ("a
        // friend of Hillary Clinton": a listed given name, or a role of kin, friends and clients)
        // and not inside the role ("secretary of State").
        else if (!body.name.empty() && body.role.empty() && body.institution.empty() &&
                 (body.given.empty() ||
                  (lexicon.GivenNameGender(body.given) == 0 && head_role->kind != SourceWord::kPerson)) &&
                 OneOf(doc.Norm(doc.tokens[body_prep]), {"of", "at"}) &&
                 head_end >= head_role->first_token + head_role->token_count && k - body_first <= 4) {
          if (CapitalizedRunEnd(doc, body_first, k, {"of", "for", "on"}) == k)  // a name, no clause
            m->affiliation = TokensText(doc, body_first, k);
        }
      }
    }
    for (SourceWordMatch& f : found) {
      if (m->affiliation.empty() && (f.kind == SourceWord::kOrganisation || f.kind == SourceWord::kOutlet) && !f.canonical.empty())
        m->affiliation = f.canonical;
    }
    for (SourceWordMatch& f : found)
      if (m->affiliation.empty() && f.kind == SourceWord::kPlace) m->affiliation = f.canonical;
    if (w != "," || segments >= 2) return;
    seg_first = k + 1;
    // A second segment names a body (", spokesman for the group, the HNC"); a clause does not
    // (", his attorney, declined to comment about CNN's questions").
    if (seg_first < sentence_end && !IsDeterminer(doc.Norm(doc.tokens[seg_first])) && !IsNameToken(doc, seg_first)) return;
  }
}

// Token k alone names someone who speaks or works for another: a spokesperson word ("spokesman",
// "press secretary" ends in one), a lawyer, a writer for a paper, a strategist, adviser or aide,
// or a representative, prosecutor or agent.
bool SpeaksForAnother(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  static const WordSet kAgents = {"lawyer", "attorney", "columnist", "correspondent", "reporter", "writer",
                                  "contributor", "editor", "lobbyist", "strategist", "adviser", "advisor",
                                  "aide", "consultant", "pollster", "operative", "staffer", "organizer",
                                  "representative", "prosecutor", "agent"};
  std::string_view word = doc.Norm(doc.tokens[k]);
  if (OneOf(word, {"spokesmen", "spokeswomen", "spokespeople"})) return true;
  if (EndsAfterStem(word, "s", 4)) word.remove_suffix(1);  // "attorneys for the family"
  if (kAgents.Contains(word)) return true;
  SourceWordMatch w;
  return lexicon.MatchAt(doc, k, k + 1, &w) && w.kind == SourceWord::kSpokesperson;
}

// "newspaper", "news agency", "wire service" (any case): a generic noun for a news outlet.
bool IsKindOfNewsOutlet(const std::string& phrase) {
  return OneOf(Lower(phrase), {"newspaper", "magazine", "channel", "tabloid", "broadcaster", "news agency",
                               "news outlet", "news site", "wire service"});
}

// Whether the name run [best_first, best_end) of the phrase [first, end) names an organisation
// (*organisation) or a news outlet (*outlet) rather than a person; the lexicon words the name
// takes in leave *found. `found` holds the phrase's lexicon words in text order.
// - Names joined by "&", with the capitalized words around them: "Procter & Gamble", "Goldstein &
//   Russell"; an outlet when a masthead word is among them ("U.S. News & World Report").
// - After a lower-case noun for a kind of organisation, ending the phrase: "the liberal watchdog
//   group Media Matters", "the firm Cambridge Analytica" (not after "campaign" or "watch", which
//   also open clauses: "the kind of campaign Ayotte hoped"); an outlet after a kind of news outlet
//   ("the news site RTL Info").
// - Ending in a masthead word, with the capitalized words before it: "the Irish Times", "The
//   Journal"; not when a listed given name or a title makes it a person's ("Emily Post", "Mr.
//   Sun"), in a title-case headline, or as one word opening a sentence ("News outlets said").
// - Two words or more ending in "City", "County", "Township" or "Borough" and the phrase: the
//   place's government ("Broward County said"; not "the Broward County GOP"); not in a title-case
//   headline.
// - One all-caps word of three letters or more, in a phrase with no role: "the FDIC", "USCCB
//   demanded", "KING-TV reported"; not in an all-capitals headline, not "POTUS", and not a
//   surname the text gives a listed given name ("PENCE:" of a transcript beside "Mike Pence").
bool NameOfInstitution(const Document& doc, const SourceLexicon& lexicon, uint32_t first, uint32_t end,
                       uint32_t best_first, uint32_t best_end, std::vector<SourceWordMatch>* found,
                       std::string* organisation, std::string* outlet) {
  for (uint32_t k = best_first + 1; k + 1 < best_end; ++k) {
    if (doc.Norm(doc.tokens[k]) != "&") continue;
    // With the capitalized words on either side: "U.S. News & World Report".
    uint32_t name_first = best_first, name_end = best_end;
    auto capitalized_word = [&](uint32_t j) {
      return (doc.tokens[j].flags & kTokWord) && (doc.tokens[j].flags & kTokCapitalized) &&
             !IsDeterminer(doc.Norm(doc.tokens[j]));
    };
    while (name_first > first && capitalized_word(name_first - 1)) --name_first;
    while (name_end < end && capitalized_word(name_end)) ++name_end;
    bool masthead = false;
    for (uint32_t j = name_first; j < name_end; ++j) masthead = masthead || IsMastheadWord(doc.Norm(doc.tokens[j]));
    *(masthead ? outlet : organisation) = TokensText(doc, name_first, name_end);
    found->erase(std::remove_if(found->begin(), found->end(),
                                [&](const SourceWordMatch& f) {
                                  return f.first_token >= name_first && f.first_token < name_end;
                                }),
                 found->end());
    return true;
  }
  if (best_end == end && best_first > first) {
    for (const SourceWordMatch& f : *found) {
      // The kind is the match's last word ("super PAC"), lower-case or an acronym.
      const Token& kind = doc.tokens[f.first_token + f.token_count - 1];
      // A kind of news outlet names an outlet: "the news site RTL Info", "the newspaper Kurier",
      // "the website Watts Up".
      const bool site = f.kind == SourceWord::kDocument && f.token_count == 1 &&
                        OneOf(doc.Norm(kind), {"website", "blog", "site"});
      const bool news = site || IsKindOfNewsOutlet(TokensText(doc, f.first_token, f.first_token + f.token_count));
      if (f.first_token + f.token_count != best_first || !(site || IsGenericOrganisation(doc, f)) ||
          ((doc.tokens[f.first_token].flags & kTokCapitalized) && !(kind.flags & kTokAllCaps)) ||
          !(news || IsKindOfOrganisationWord(doc.Norm(kind))))
        continue;
      *(news ? outlet : organisation) = TokensText(doc, best_first, best_end);
      // The kind and the words that qualify it are no role or document: "the Iraqi activist
      // group Mosul Eye".
      const uint32_t kind_end = f.first_token + f.token_count;
      found->erase(std::remove_if(found->begin(), found->end(),
                                  [&](const SourceWordMatch& x) {
                                    return x.first_token + x.token_count <= kind_end &&
                                           (IsRole(x.kind) || x.kind == SourceWord::kDocument);
                                  }),
                   found->end());
      return true;
    }
  }
  const Token& last = doc.tokens[best_end - 1];
  if (IsMastheadWord(doc.Norm(last)) && !(last.flags & kTokHeadline) &&
      !(best_end == best_first + 1 && (doc.tokens[best_first].flags & kTokSentenceStart))) {
    const uint32_t title_at = best_first >= first + 2 && doc.Norm(doc.tokens[best_first - 1]) == "." ? best_first - 2
                                                                                                       : best_first - 1;
    // "The Charlotte Observer": a given name after "the" opens an outlet's name.
    const bool after_the = best_first > first && doc.Norm(doc.tokens[best_first - 1]) == "the";
    const bool person =
        (lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) != 0 && !after_the) ||
        (best_first > first && title_at >= first && IsTitle(doc.Norm(doc.tokens[title_at])));
    if (!person) {
      uint32_t outlet_first = best_first;
      while (outlet_first > first && (doc.tokens[outlet_first - 1].flags & kTokCapitalized) &&
             (doc.tokens[outlet_first - 1].flags & kTokWord) && !IsDeterminer(doc.Norm(doc.tokens[outlet_first - 1])))
        --outlet_first;
      // A kind of medium alone names no outlet: "a new TV ad", "Radio listeners".
      if (outlet_first + 1 == best_end &&
          OneOf(doc.Norm(last), {"tv", "television", "radio", "media", "news", "press", "daily", "weekly"}))
        return true;
      *outlet = TokensText(doc, outlet_first, best_end);
      found->erase(std::remove_if(found->begin(), found->end(),
                                  [&](const SourceWordMatch& f) {
                                    return f.first_token >= outlet_first && f.first_token < best_end;
                                  }),
                   found->end());
      return true;
    }
  }
  // A town or county named in full speaks as its government: "Broward County said", "Culver City".
  static const WordSet kLocalities = {"city", "county", "township", "borough"};
  if (best_end == end && best_end >= best_first + 2 && kLocalities.Contains(doc.Norm(last)) &&
      !(last.flags & kTokHeadline)) {
    *organisation = TokensText(doc, best_first, best_end);
    return true;
  }
  // In a headline only when the headline is not all capitals ("FDIC Accused Of Covering Up …"),
  // and not as its kicker before a colon, "!" or another word in capitals ("EXCLUSIVE:", "BOOM!",
  // "SPECIAL REPORT:").
  auto shouting = [&](uint32_t k) {
    if (k + 1 < doc.tokens.size()) {
      const Token& next = doc.tokens[k + 1];
      if (OneOf(doc.Norm(next), {":", "!"}) || ((next.flags & kTokWord) && (next.flags & kTokAllCaps))) return true;
    }
    const Sentence& line = doc.sentences[doc.tokens[k].sentence];
    for (uint32_t i = line.first_token; i < line.end_token; ++i)
      if ((doc.tokens[i].flags & kTokWord) && (doc.tokens[i].flags & kTokCapitalized) &&
          !(doc.tokens[i].flags & kTokAllCaps) && doc.tokens[i].norm_length > 1)
        return false;
    return true;
  };
  if (best_end == best_first + 1 && (doc.tokens[best_first].flags & kTokAllCaps) &&
      (!(doc.tokens[best_first].flags & kTokHeadline) || !shouting(best_first)) &&
      std::none_of(found->begin(), found->end(), [](const SourceWordMatch& f) { return IsRole(f.kind); })) {
    const std::string_view word = doc.Norm(doc.tokens[best_first]);
    const auto letters = std::count_if(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (letters >= 3 && !OneOf(word, {"potus", "flotus"}) && lexicon.GivenNameGender(word) == 0 &&
        !IsSurnameInText(doc, lexicon, best_first)) {
      *organisation = TokensText(doc, best_first, best_end);
      return true;
    }
  }
  // Two words or more ending in one in capitals, with some in lower case: "Priorities USA", "the
  // Junge SVP", "NGP VAN"; not a pope's or a king's numeral ("Benedict XVI"), nor a name in an
  // all-capitals line ("JAKE TAPPER:").
  if (best_end >= best_first + 2 && (doc.tokens[best_end - 1].flags & kTokAllCaps) &&
      std::none_of(found->begin(), found->end(), [](const SourceWordMatch& f) { return IsRole(f.kind); })) {
    const std::string_view word = doc.Norm(doc.tokens[best_end - 1]);
    const bool numeral = word.find_first_not_of("ivxlcdm") == std::string_view::npos;
    bool lower_case = false;
    for (uint32_t k = best_first; k + 1 < best_end; ++k)
      lower_case = lower_case || ((doc.tokens[k].flags & kTokWord) && !(doc.tokens[k].flags & kTokAllCaps));
    if (word.size() >= 3 && !numeral && lower_case && lexicon.GivenNameGender(doc.Norm(doc.tokens[best_first])) == 0) {
      *organisation = TokensText(doc, best_first, best_end);
      return true;
    }
  }
  // An acronym (three to five letters, no initials) opening two to four capitalized words, with
  // no listed given name or role: "UMC Quick Care", "RJR Nabisco" (a person's name opens with a
  // given name or initials: "J.M. Berger").
  const std::string_view opening = doc.Norm(doc.tokens[best_first]);
  if (best_end >= best_first + 2 && best_end <= best_first + 4 && (doc.tokens[best_first].flags & kTokAllCaps) &&
      opening.size() >= 3 && opening.size() <= 5 && opening != "aka" &&
      std::all_of(opening.begin(), opening.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
      !(doc.tokens[best_first].flags & kTokHeadline) &&
      !(doc.tokens[best_end - 1].flags & kTokAllCaps) &&
      std::none_of(found->begin(), found->end(), [](const SourceWordMatch& f) { return IsRole(f.kind); })) {
    bool given_name = false;
    for (uint32_t k = best_first; k < best_end; ++k)
      given_name = given_name || lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k]))) != 0;
    if (!given_name) {
      *organisation = TokensText(doc, best_first, best_end);
      return true;
    }
  }
  // One capitalized word no list knows, which the text writes before a company's people or plants
  // and gives no given name or title: "Carrier said" beside "a Carrier executive".
  if (best_end == best_first + 1 && (doc.tokens[best_first].flags & kTokCapitalized) &&
      !(doc.tokens[best_first].flags & kTokHeadline) &&
      std::none_of(found->begin(), found->end(), [&](const SourceWordMatch& f) {
        return IsRole(f.kind) || (f.first_token <= best_first && f.first_token + f.token_count > best_first);
      }) &&
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) == 0 &&
      NamesCompanyInText(doc, best_first) && !IsSurnameInText(doc, lexicon, best_first)) {
    *organisation = TokensText(doc, best_first, best_end);
    return true;
  }
  // "Priorities USA Action, a pro-Clinton super PAC,": a name of two words or more, no listed
  // given name first, with an apposition naming a kind of organisation; a capitalized place
  // may end it ("Working America, a labor-affiliated group,").
  uint32_t name_end = best_end;
  const auto place_after = std::find_if(found->begin(), found->end(), [&](const SourceWordMatch& f) {
    return f.kind == SourceWord::kPlace && f.first_token == best_end && (doc.tokens[best_end].flags & kTokCapitalized);
  });
  if (place_after != found->end()) name_end = place_after->first_token + place_after->token_count;
  if (name_end >= best_first + 2 && name_end <= best_first + 5 && !(doc.tokens[best_first].flags & kTokHeadline) &&
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) == 0 &&
      std::none_of(found->begin(), found->end(), [&](const SourceWordMatch& f) { return IsRole(f.kind); }) &&
      AppositionNamesOrganisation(doc, name_end - 1)) {
    *organisation = TokensText(doc, best_first, name_end);
    if (place_after != found->end()) found->erase(place_after);
    return true;
  }
  // "Team Trump", "Team Clinton": "Team" before a name no given name's names that person's staff.
  if (best_end == best_first + 2 && doc.Norm(doc.tokens[best_first]) == "team" &&
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first + 1]))) == 0) {
    *organisation = TokensText(doc, best_first, best_end);
    return true;
  }
  // One word written in camel case past a first part no name prefix ("CrowdTangle", "KirchenZeitung",
  // "AZCentral"; not "McDonald", "DeSantis", "MacArthur", "VanDyke"), in a phrase with no role, that
  // no listed given name or surname the text gives someone makes a person's, names a body.
  if (best_end == best_first + 1 && !(doc.tokens[best_first].flags & kTokAllCaps) &&
      std::none_of(found->begin(), found->end(), [](const SourceWordMatch& f) { return IsRole(f.kind); })) {
    const std::string_view written = doc.Slice(doc.tokens[best_first]);
    size_t lower_run = 0, upper_run = 0;
    bool camel = false;
    for (size_t k = 0; k < written.size() && !camel; ++k) {
      const char c = written[k];
      if (c >= 'a' && c <= 'z') {
        camel = upper_run >= 2 && k >= 2;  // "AZCentral": capitals, then a capitalized word
        ++lower_run;
        upper_run = 0;
      } else if (c >= 'A' && c <= 'Z') {
        camel = k > 0 && lower_run >= 3 && written.substr(0, k) != "Fitz";  // "CrowdTangle"
        ++upper_run;
        lower_run = 0;
      } else {
        lower_run = upper_run = 0;
      }
    }
    if (camel && lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) == 0 &&
        !IsSurnameInText(doc, lexicon, best_first)) {
      *organisation = std::string(written);
      return true;
    }
  }
  // Right after "the" opening the phrase and ending it, a name that the text always writes after
  // "the", that no listed given name, title or role makes a person's, and that is no surname the
  // text gives someone, no people's word and no plural, names a body, an outlet or a work: "The
  // Daily Sheeple", "the Synod", "the Jewish Virtual Library" (not "the Texan", "the Clintons",
  // "the Rev. Peter Wherry", "the McCarrick scandal" beside "McCarrick and his gang", the epithet
  // of "John the Baptist"). A capital "The" inside a sentence is the name's own ("The Nation").
  // So after "the" past a role's "of", "for" or "at": "the head of the Synod".
  const uint32_t article = best_first > first ? best_first - 1 : first;
  const bool role_of = article >= first + 2 && OneOf(doc.Norm(doc.tokens[article - 1]), {"of", "for", "at"});
  const bool epithet = article > 0 && doc.tokens[article - 1].sentence == doc.tokens[article].sentence &&
                       IsNameToken(doc, article - 1);
  const bool role_after_article = std::any_of(found->begin(), found->end(), [&](const SourceWordMatch& f) {
    return IsRole(f.kind) && f.first_token >= article;
  });
  if (best_first > first && (article == first || role_of) && best_end == end &&
      doc.Norm(doc.tokens[article]) == "the" && !epithet && !(doc.tokens[best_first].flags & kTokHeadline) &&
      !role_after_article) {
    const std::string_view last = doc.Norm(doc.tokens[best_end - 1]);
    bool person = IsSurnameInText(doc, lexicon, best_end - 1) || (last.size() > 3 && last.back() == 's') ||
                  EndsAfterStem(last, "an", 2) || EndsAfterStem(last, "ans", 2);
    for (uint32_t k = best_first; k < best_end && !person; ++k)
      person = IsTitle(doc.Norm(doc.tokens[k])) ||
               lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k]))) != 0;
    // Nor a modifier of a lower-case noun after it ("the Cleveland arena"; a verb in -s or -ed may follow).
    if (end < doc.tokens.size() && doc.tokens[end].sentence == doc.tokens[first].sentence &&
        !(doc.tokens[end].flags & kTokCapitalized) && NounLikeWord(doc, end)) {
      static const WordSet kIrregularVerbs = {"said", "told", "wrote", "found", "thought", "made", "took", "gave",
                                              "saw", "knew", "held", "kept", "left", "put", "ran", "became",
                                              "began", "brought", "felt", "meant", "led", "sent", "spoke", "won",
                                              "lost", "paid", "built", "read", "let", "set", "did", "will",
                                              "would", "can", "could", "may", "might", "must", "should", "had"};
      const std::string_view next = doc.Norm(doc.tokens[end]);
      person = person || (next.back() != 's' && !EndsAfterStem(next, "ed", 2) && !kIrregularVerbs.Contains(next));
    }
    person = person || lexicon.IsListedPoliticianSurname(last) || last.find('-') != std::string_view::npos;
    const Token& name = doc.tokens[best_first];
    for (uint32_t i = 1; i < doc.tokens.size() && !person; ++i)
      person = doc.tokens[i].hash == name.hash && (doc.tokens[i].flags & kTokCapitalized) &&
               doc.Norm(doc.tokens[i]) == doc.Norm(name) && doc.Norm(doc.tokens[i - 1]) != "the";
    if (!person) {
      const Token& the = doc.tokens[article];
      const bool own_article = (the.flags & kTokCapitalized) && !(the.flags & kTokSentenceStart) &&
                               !(article > 0 && (doc.tokens[article - 1].flags & kTokOpenQuote));
      *organisation = TokensText(doc, own_article ? article : best_first, best_end);
      return true;
    }
  }
  // A capitalized place word right before a name no person's (no listed given name, no surname
  // the text gives one, no role in the phrase) names a body with it: "American Crossroads", "The
  // American Legion", "The Iowa Electronic Markets", "America Rising". Not a party ("Democratic
  // National Convention" speaks for its side) or one word of a people ("Indonesian Christian").
  const std::string_view last_word = doc.Norm(doc.tokens[best_end - 1]);
  const bool people_word =
      best_end == best_first + 1 && last_word.size() > 3 &&
      (last_word.substr(last_word.size() - 2) == "an" || last_word.substr(last_word.size() - 3) == "ans");
  if (best_end == end && best_first > first && !(doc.tokens[best_first].flags & kTokHeadline) && !people_word &&
      std::none_of(found->begin(), found->end(), [](const SourceWordMatch& f) { return IsRole(f.kind); })) {
    for (auto it = found->begin(); it != found->end(); ++it) {
      if (it->kind != SourceWord::kPlace || it->first_token + it->token_count != best_first ||
          !(doc.tokens[it->first_token].flags & kTokCapitalized) || IsPartyAffiliation(it->canonical))
        continue;
      for (uint32_t k = best_first; k < best_end; ++k)
        if (lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k]))) != 0) return false;
      if (IsSurnameInText(doc, lexicon, best_end - 1)) return false;
      // Nor a surname the text writes after another name word ("Freddy Ortega" beside "German
      // Ortega"); the name's own words before it do not count.
      const std::string_view place_word = doc.Norm(doc.tokens[best_first - 1]);
      const std::string_view word_before = best_end - best_first > 1 ? doc.Norm(doc.tokens[best_end - 2]) : place_word;
      for (uint32_t i = 1; i < doc.tokens.size(); ++i) {
        const std::string_view before = doc.Norm(doc.tokens[i - 1]);
        if (doc.Norm(doc.tokens[i]) == last_word && IsNameToken(doc, i - 1) && !IsDeterminer(before) &&
            before != place_word && before != word_before)
          return false;
      }
      *organisation = TokensText(doc, it->first_token, best_end);
      found->erase(it);
      return true;
    }
  }
  return false;
}

// "<spokesperson> for <whom>" as tokens [first, for_token) "for" [for_token + 1, end), with
// `whom` read from [for_token + 1, end): the spokesperson's mention (a name there stays
// theirs), affiliated with whom they speak for. Also "<role> of <person>" ("a supporter of
// Donald Trump").
SourceMention ReadSpokespersonFor(const Document& doc, const SourceLexicon& lexicon, uint32_t first,
                                  uint32_t for_token, uint32_t end, const SourceMention& whom) {
  SourceMention m = ReadSourcePhrase(doc, lexicon, first, for_token);
  m.end_token = end;
  m.span.end = doc.tokens[end - 1].end;
  // "friend of McCarrick who": the span keeps the relative pronoun, the reading does not.
  m.text = TokensText(doc, first, IsRelativePronounAt(doc, end - 1) ? end - 1 : end);
  if (!whom.institution.empty()) m.affiliation = whom.institution_kind == SourceWord::kPlace ? whom.affiliation : whom.institution;
  else if (!whom.name.empty() && whom.role.empty() && !whom.affiliation.empty() && m.name.empty()) {
    // "U.S. attorney for the District of Columbia Joseph diGenova": a name after the body spoken
    // for, with no role of its own, is the speaker's ("a spokesman for Gov. Greg Abbott" is not).
    m.name = whom.name;
    m.given = whom.given;
    m.surname = whom.surname;
    m.affiliation = whom.affiliation;
    m.anonymous = false;
  } else if (!whom.name.empty()) m.affiliation = whom.name;
  else if (!whom.affiliation.empty()) m.affiliation = whom.affiliation;
  else if (doc.Norm(doc.tokens[for_token + 1]) != "one")  // "for one of the campaigns": unsaid
    m.affiliation = whom.text;
  Describe(doc, first, end, &m);
  return m;
}

// "Las Vegas police", "the Chicago Police Department", "the Turkish government", "Russia's foreign
// ministry": organisation words ending the phrase at `end` right after a capitalized place name (or
// its possessive) that place's body, as written from the place on (no article); "" when the phrase
// has none. `found` in text order. *body_first: the body's first token.
std::string PlaceBodyText(const Document& doc, const std::vector<SourceWordMatch>& found, uint32_t end,
                          uint32_t* body_first_out) {
  std::string body;
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    const SourceWordMatch& at = found[i];
    // The place may end in a possessive ending, or one may follow it: "Russia's foreign ministry".
    uint32_t place_end = at.first_token + at.token_count;
    if (place_end > at.first_token + 1 && IsPossessiveEnding(doc, place_end - 1)) --place_end;
    if (at.kind != SourceWord::kPlace || !(doc.tokens[place_end - 1].flags & kTokCapitalized)) continue;
    const uint32_t body_first = place_end + (IsPossessiveEnding(doc, place_end) ? 1 : 0);
    size_t j = i + 1;  // the organisation words after the place, one after another
    for (uint32_t k = body_first; j < found.size() && found[j].kind == SourceWord::kOrganisation && found[j].first_token == k; ++j)
      k = found[j].first_token + found[j].token_count;
    if (j == i + 1 || found[j - 1].first_token + found[j - 1].token_count != end) continue;
    uint32_t k = at.first_token;
    while (k < body_first && IsDeterminer(doc.Norm(doc.tokens[k]))) ++k;
    body = TokensText(doc, k, end);
    *body_first_out = body_first;
  }
  return body;
}

// Token k is a modifier that qualifies a source noun rather than naming one: "former", "senior",
// "Top" opening a sentence or a clause after a colon, a parenthesis, a quotation mark or a dash;
// not a capitalized one inside a name ("House" of "House Judiciary Committee").
bool IsQualifyingModifier(const Document& doc, uint32_t k) {
  const Token& t = doc.tokens[k];
  const bool clause_start = (t.flags & kTokSentenceStart) ||
                            (k > 0 && (OneOf(doc.Norm(doc.tokens[k - 1]), {":", "(", "\""}) || IsDash(doc, k - 1)));
  return IsModifierWord(doc.Norm(t)) && (!(t.flags & kTokCapitalized) || clause_start);
}

// Tokens [first, end) name whom a role or a group stands with: two words or more, or one that is an
// acronym, a surname the text gives someone or a listed politician's surname ("Clinton spokesman",
// "AAA officials", "Former Obama adviser"; not "Local officials"). Before a title and a name
// (`before_named_title`), also a capitalized word inside a sentence that is no given name, title,
// modifier or part of a title ("said Orlando Mayor Buddy Dyer", "Labor Secretary Thomas Perez"; not
// "Major General", "Crown Prince", "St. Pope John", "Godfried Cardinal Danneels").
bool NamesQualifier(const Document& doc, const SourceLexicon& lexicon, uint32_t first, uint32_t end,
                    bool before_named_title = false) {
  if (end > first + 1) return true;
  if (end != first + 1) return false;
  const Token& t = doc.tokens[first];
  const std::string_view w = doc.Norm(t);
  if ((t.flags & kTokAllCaps) || IsSurnameInText(doc, lexicon, first) || lexicon.IsListedPoliticianSurname(w))
    return true;
  static const WordSet kTitleParts = {"major", "crown", "lieutenant", "brigadier", "appeals", "circuit", "district",
                                      "supreme", "grand", "saint", "general", "vice", "assistant", "associate",
                                      "executive", "master", "first", "chief", "high", "st"};
  const bool inside_sentence = (t.flags & kTokCapitalized) && !(t.flags & (kTokSentenceStart | kTokCommonWord)) &&
                               first > 0 && !OneOf(doc.Norm(doc.tokens[first - 1]), {":", "(", "\""}) &&
                               !IsDash(doc, first - 1) && !(doc.tokens[first - 1].flags & kTokOpenQuote);
  return before_named_title && inside_sentence && end < doc.tokens.size() &&
         !OneOf(doc.Norm(doc.tokens[end]), {".", "cardinal"}) && !IsTitle(w) && !IsModifierWord(w) &&
         !kTitleParts.Contains(w) && lexicon.GivenNameGender(FoldLatinLetters(w)) == 0 &&
         !lexicon.NamesPeopleAt(doc, first);
}

// Token k is a capitalized place, party or people word, or "GOP": a side that can qualify the
// people after it ("Republican presidential candidates", "GOP senators").
bool IsSideWordAt(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  if (!(doc.tokens[k].flags & kTokCapitalized)) return false;
  SourceWordMatch side;
  return (lexicon.MatchAt(doc, k, k + 1, &side) && side.kind == SourceWord::kPlace) || doc.Norm(doc.tokens[k]) == "gop";
}

// A word of race, ethnicity or faith: "black", "latino", "jewish".
bool IsIdentityWord(std::string_view w) {
  static const WordSet kIdentities = {"black", "white", "african", "asian", "hispanic", "latino", "latina", "arab",
                                      "muslim", "christian", "catholic", "jewish", "evangelical", "mormon",
                                      "protestant", "sikh", "hindu", "buddhist"};
  return kIdentities.Contains(w);
}

// Token k is one member of a side, a capitalized singular party member or people word:
// "Democrat", "Republican", "Canadian", "Israeli", "Japanese".
bool IsMemberOfSide(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  const Token& t = doc.tokens[k];
  if (!(t.flags & kTokCapitalized) || (t.flags & kTokAllCaps)) return false;
  const std::string_view w = doc.Norm(t);
  if (IsPartyMemberWord(w)) return true;
  SourceWordMatch place;
  if (!lexicon.MatchAt(doc, k, k + 1, &place) || place.kind != SourceWord::kPlace || place.token_count != 1 ||
      Lower(std::string(place.canonical)) == w)  // "Iran", "Japan": the country itself
    return false;
  auto ends_with = [&](std::string_view suffix) { return EndsAfterStem(w, suffix, 3); };
  return ends_with("an") || ends_with("ese") || (ends_with("i") && w != "hawaii" && w != "mississippi");
}

}  // namespace

bool CapitalizedOnlyAsOpening(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  const Token& t = doc.tokens[k];
  if (!(t.flags & kTokSentenceStart) || !(t.flags & kTokCapitalized) || (t.flags & (kTokAllCaps | kTokHeadline)) ||
      !(t.flags & kTokWord))
    return false;
  return OnlyItsPlaceCapitalizes(doc, lexicon, k);
}

std::string NormWords(const Document& doc, uint32_t first, uint32_t end) {
  std::string out;
  for (uint32_t k = first; k < end; ++k) {
    if (k > first) out += ' ';
    out += doc.Norm(doc.tokens[k]);
  }
  return out;
}

// A number written in words: "six", "Twenty-four", "dozen".
bool IsNumberWord(std::string_view w) {
  static const WordSet kUnits = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                 "eighteen", "nineteen", "hundred", "thousand", "dozen"};
  static const WordSet kTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos) return kUnits.Contains(w) || kTens.Contains(w);
  return kTens.Contains(w.substr(0, dash)) && kUnits.Contains(w.substr(dash + 1));
}

bool IsNumberAt(const Document& doc, uint32_t k) {
  return (doc.tokens[k].flags & kTokNumber) || IsNumberWord(doc.Norm(doc.tokens[k]));
}

std::string_view WithoutArticlePrefix(std::string_view s) {
  if (s.size() < 4 || (s[2] != '-' && s[3] != '-')) return s;  // most words: no prefix to compare
  for (std::string_view p : {"al-", "el-", "ad-", "as-", "ash-"})
    if (s.size() > p.size() + 1 && s.compare(0, p.size(), p) == 0) return s.substr(p.size());
  return s;
}

bool IsOwnedPeopleNoun(std::string_view w) {
  static const WordSet kOwnedPeople = {"family", "team", "camp", "circle", "allies", "relatives", "parents", "staff"};
  return kOwnedPeople.Contains(w);
}

// A word that reads as a noun or an adjective inside a noun phrase: three letters or more, no
// function word, no "-ed" or "-ing" form.
bool NounLikeWord(const Document& doc, uint32_t k) {
  const std::string_view x = doc.Norm(doc.tokens[k]);
  return (doc.tokens[k].flags & kTokWord) && !IsFunctionWord(x) && x.size() > 2 && x.substr(x.size() - 2) != "ed" &&
         x.substr(x.size() - 3) != "ing";
}

// A word ending in "s" that names things or is an adverb, not people: "Supreme Court
// precedents", "The White House nevertheless".
bool IsPluralOfNoPeople(std::string_view w) {
  static const WordSet kWords = {
      "always", "nevertheless", "nonetheless", "perhaps", "thus", "sometimes", "afterwards", "besides", "across",
      "towards", "unless", "whereas",
      "regardless", "news", "politics", "headquarters", "precedents", "platforms", "statistics", "estimates",
      "results", "rules", "laws", "guidelines", "talks", "negotiations", "sanctions", "relations", "affairs",
      "services", "operations", "programs", "policies", "plans", "sales", "earnings", "profits", "markets",
      "prices", "years", "days", "weeks", "months", "hours", "times", "words", "comments", "remarks", "views",
      "issues", "questions", "concerns", "efforts", "ties", "forces", "troops"};
  return kWords.Contains(w);
}

std::string_view PartyOfTagAt(const Document& doc, uint32_t after) {
  if (after + 1 >= doc.tokens.size() || doc.tokens[after + 1].sentence != doc.tokens[after].sentence) return {};
  const std::string_view opener = doc.Norm(doc.tokens[after]);
  if (opener != "(" && opener != ",") return {};
  const Token& tag = doc.tokens[after + 1];
  const std::string_view w = doc.Norm(tag);
  const char party = doc.text[tag.start];
  if (party != 'D' && party != 'R' && party != 'I') return {};
  if (w.size() == 1) {  // "(D)": only between parentheses
    if (opener != "(" || after + 2 >= doc.tokens.size() || doc.Norm(doc.tokens[after + 2]) != ")") return {};
  } else if (!IsPartyStateWord(w) ||
             !std::all_of(w.begin() + 2, w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return {};
  }
  return party == 'D' ? "Democratic" : party == 'R' ? "Republican" : "Independent";
}

std::string_view StateOfAbbreviation(std::string_view norm) {
  if (!norm.empty() && norm.back() == '.') norm.remove_suffix(1);
  static const std::pair<std::string_view, std::string_view> kStates[] = {
      {"ala", "Alabama"},        {"ariz", "Arizona"},        {"ark", "Arkansas"},        {"calif", "California"},
      {"colo", "Colorado"},      {"conn", "Connecticut"},    {"del", "Delaware"},        {"fla", "Florida"},
      {"ga", "Georgia"},         {"ill", "Illinois"},        {"ind", "Indiana"},         {"kan", "Kansas"},
      {"ky", "Kentucky"},        {"la", "Louisiana"},        {"md", "Maryland"},         {"mass", "Massachusetts"},
      {"mich", "Michigan"},      {"minn", "Minnesota"},      {"miss", "Mississippi"},    {"mo", "Missouri"},
      {"mont", "Montana"},       {"neb", "Nebraska"},        {"nev", "Nevada"},          {"n.h", "New Hampshire"},
      {"n.j", "New Jersey"},     {"n.m", "New Mexico"},      {"n.y", "New York"},        {"n.c", "North Carolina"},
      {"n.d", "North Dakota"},   {"okla", "Oklahoma"},       {"ore", "Oregon"},          {"pa", "Pennsylvania"},
      {"r.i", "Rhode Island"},   {"s.c", "South Carolina"},  {"s.d", "South Dakota"},    {"tenn", "Tennessee"},
      {"tex", "Texas"},          {"vt", "Vermont"},          {"va", "Virginia"},         {"wash", "Washington"},
      {"w.va", "West Virginia"}, {"wis", "Wisconsin"},       {"wyo", "Wyoming"},
      {"d.c", "District of Columbia"}};
  for (const auto& [abbreviation, state] : kStates)
    if (norm == abbreviation) return state;
  return {};
}

bool IsStateAbbreviation(std::string_view norm) { return !StateOfAbbreviation(norm).empty(); }

std::string_view StateOfTagAt(const Document& doc, uint32_t after) {
  if (PartyOfTagAt(doc, after).empty()) {
    // A state alone in parentheses: "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)".
    if (after + 2 >= doc.tokens.size() || doc.Norm(doc.tokens[after]) != "(" ||
        doc.tokens[after + 1].sentence != doc.tokens[after].sentence)
      return {};
    const std::string_view state = StateOfAbbreviation(doc.Norm(doc.tokens[after + 1]));
    uint32_t close = after + 2;
    if (close < doc.tokens.size() && doc.Norm(doc.tokens[close]) == ".") ++close;
    return !state.empty() && close < doc.tokens.size() && doc.Norm(doc.tokens[close]) == ")" ? state
                                                                                              : std::string_view();
  }
  std::string_view w = doc.Norm(doc.tokens[after + 1]);
  if (w.size() < 3) return {};
  w.remove_prefix(2);
  // "(D-N.Y.)", "R-S.C.": the tokens "D-N", ".", "Y" make the state's dotted letters.
  if (w.size() == 1 && after + 3 < doc.tokens.size() && doc.Norm(doc.tokens[after + 2]) == "." &&
      doc.Norm(doc.tokens[after + 3]).size() <= 2) {
    const std::string dotted = std::string(w) + "." + std::string(doc.Norm(doc.tokens[after + 3]));
    if (const std::string_view state = StateOfAbbreviation(dotted); !state.empty()) return state;
  }
  if (const std::string_view state = StateOfAbbreviation(w); !state.empty()) return state;
  // The states a tag writes whole: "(R-Texas)", "(D-Ohio)".
  static const std::pair<std::string_view, std::string_view> kWhole[] = {
      {"alaska", "Alaska"}, {"hawaii", "Hawaii"}, {"idaho", "Idaho"}, {"iowa", "Iowa"},
      {"maine", "Maine"},   {"ohio", "Ohio"},     {"texas", "Texas"}, {"utah", "Utah"}};
  for (const auto& [whole, state] : kWhole)
    if (w == whole) return state;
  return {};
}

bool IsModifierWord(std::string_view w) {
  static const WordSet kWords = {"senior", "top", "former", "current", "chief", "deputy", "local", "western",
                                 "foreign", "unnamed", "anonymous", "special", "military", "intelligence",
                                 "government", "administration", "campaign", "political", "independent",
                                 "longtime", "veteran", "leading", "prominent", "outside", "private", "public",
                                 "federal", "state", "national", "international", "regional", "high-ranking",
                                 "high-level", "security", "defense", "defence", "press", "white", "house",
                                 "other", "fellow", "retired", "acting", "interim", "new", "incoming",
                                 "outgoing", "then", "umbrella", "ranking", "presidential", "presumptive",
                                 "vice-presidential", "gubernatorial", "congressional", "senatorial", "mayoral",
                                 "parliamentary", "legislative", "diplomatic", "eventual", "economic",
                                 "domestic", "elected", "appointed", "influential", "inner"};
  return kWords.Contains(w) || IsNounModifierWord(w);
}

bool IsNounModifierWord(std::string_view w) {
  static const WordSet kWords = {"law", "enforcement", "police", "party", "election", "health", "city", "county",
                                 "school", "court", "justice", "trade", "immigration", "border", "education",
                                 "industry", "company", "agency", "department", "state", "policy",
                                 "communications", "finance", "marketing", "technology", "digital", "legal",
                                 "research", "operations"};
  return kWords.Contains(w);
}

bool IsPartyMemberWord(std::string_view w) { return w == "democrat" || w == "republican"; }

bool IsTimeNoun(std::string_view w) {
  static const WordSet kTimes = {"time",  "hour",    "hours",   "day",       "days",    "night",   "morning",
                                 "evening", "afternoon", "tonight", "week",    "weeks",   "weekend", "month",
                                 "months",  "year",    "years",   "minutes",   "decade",  "decades", "century",
                                 "centuries"};
  return kTimes.Contains(w);
}

bool EndsAfterStem(std::string_view word, std::string_view suffix, size_t stem) {
  return word.size() >= suffix.size() + stem && word.substr(word.size() - suffix.size()) == suffix;
}

bool IsIngForm(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

bool IsLyForm(std::string_view w) {
  static const WordSet kNouns = {"rally", "family", "belly", "bully", "folly", "jelly", "tally", "supply",
                                 "assembly", "anomaly", "monopoly", "reply", "italy", "homily"};
  return w.size() > 4 && w.substr(w.size() - 2) == "ly" && !kNouns.Contains(w);
}

bool IsLowercaseLyAdverb(const Document& doc, uint32_t k) {
  return IsLyForm(doc.Norm(doc.tokens[k])) && !(doc.tokens[k].flags & kTokCapitalized);
}

uint32_t ThroughSuffixPeriod(const Document& doc, uint32_t end) {
  const bool period = end > 0 && end < doc.tokens.size() && IsNameSuffix(doc.Norm(doc.tokens[end - 1])) &&
                      doc.Norm(doc.tokens[end]) == "." && doc.tokens[end].start == doc.tokens[end - 1].end;
  return period ? end + 1 : end;
}

std::string NameSuffixOf(std::string_view name) {
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return "";
  std::string last = Lower(std::string(name.substr(space + 1)));
  if (!last.empty() && last.back() == '.') last.pop_back();
  return IsNameSuffix(last) ? last : "";
}

bool IsRolePlural(const SourceLexicon& lexicon, std::string_view w) {
  auto ends_with = [&](std::string_view suffix) { return EndsAfterStem(w, suffix, 2); };
  const std::string_view stem = w.substr(0, w.size() >= 3 ? w.size() - 3 : 0);
  if (ends_with("men")) return lexicon.IsRoleWord(std::string(stem) + "man");  // "women", "congressmen"
  if (ends_with("ies")) return lexicon.IsRoleWord(std::string(stem) + "y");    // "deputies"
  return ends_with("s") && lexicon.IsRoleWord(w.substr(0, w.size() - 1));
}

// "Americans for Prosperity", "Democracy for America": the run of names ending at token for_at's
// "for" (from `first` on) and the capitalized run after it (before `end`) name one body; the end
// of that run, or for_at when they do not: not people and whom they work for ("Executives for
// Mondelez", "Cameron Easley for Morning Consult"), nor a run qualifying a plural of people after
// it ("Conduct for U.S. judges"), nor a headline's words.
uint32_t BodyNameAfterFor(const Document& doc, const SourceLexicon& lexicon, uint32_t first, uint32_t for_at,
                          uint32_t end) {
  auto capitalized_word = [&](uint32_t k) {
    return k < end && (doc.tokens[k].flags & kTokCapitalized) && (doc.tokens[k].flags & kTokWord);
  };
  if (for_at <= first || for_at + 1 >= end || doc.Norm(doc.tokens[for_at]) != "for" ||
      !IsNameToken(doc, for_at - 1) || !capitalized_word(for_at + 1) || (doc.tokens[for_at - 1].flags & kTokHeadline))
    return for_at;
  uint32_t names = for_at - 1;
  while (names > first && IsNameToken(doc, names - 1)) --names;
  SourceWordMatch match;
  for (uint32_t k = names; k < for_at; ++k)
    if ((lexicon.MatchAt(doc, k, k + 1, &match) && IsRole(match.kind)) || IsTitle(doc.Norm(doc.tokens[k])) ||
        IsRolePlural(lexicon, doc.Norm(doc.tokens[k])))
      return for_at;
  if (lexicon.MatchAt(doc, for_at + 1, end, &match) &&
      (match.kind == SourceWord::kOutlet || match.kind == SourceWord::kOrganisation))
    return for_at;
  uint32_t run_end = for_at + 1;
  while (capitalized_word(run_end)) ++run_end;
  const bool people_after =
      run_end < end && !(doc.tokens[run_end].flags & kTokCapitalized) &&
      (IsRolePlural(lexicon, doc.Norm(doc.tokens[run_end])) ||
       (lexicon.MatchAt(doc, run_end, run_end + 1, &match) && match.kind == SourceWord::kAnonymous));
  return people_after ? for_at : run_end;
}

// "democrats" -> "Democratic", "republicans" -> "Republican": the party whose members a plural names; "" otherwise.
std::string_view PartyOfMembers(std::string_view plural) {
  if (plural == "democrats" || plural == "dems") return "Democratic";
  return plural == "republicans" || plural == "gopers" ? "Republican" : "";
}

bool IsPoliticalOffice(std::string_view role) {
  std::string lower = Lower(std::string(role));
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  return OneOf(lower, {"president", "vice president", "sen", "senator", "rep", "representative", "congressman",
                       "congresswoman", "gov", "governor", "speaker", "secretary", "secretary of state", "mayor"});
}

bool TitledPoliticianApart(const SourceLexicon& lexicon, std::string_view surname, std::string_view title,
                           std::string_view name) {
  return IsPoliticalOffice(title) && lexicon.IsListedPoliticianSurname(surname) && !lexicon.IsListedPolitician(name);
}

bool IsPartyAffiliation(std::string_view a) { return OneOf(a, {"Democratic", "Republican", "Independent"}); }

bool IsPostModifierWord(std::string_view w) {
  static const WordSet kWords = {"familiar", "involved", "close", "closest", "briefed", "knowledgeable", "privy",
                                 "loyal", "allied", "linked", "connected", "aligned", "opposed", "sympathetic",
                                 "affiliated", "associated", "tied", "working", "near", "interested"};
  return kWords.Contains(w);
}

bool IsPostModifierPreposition(std::string_view w) { return OneOf(w, {"with", "to", "in", "on", "about", "of"}); }

uint32_t HeadEnd(const Document& doc, const SourceMention& m) {
  for (uint32_t k = m.first_token + 1; k + 1 < m.end_token; ++k)
    if (IsPostModifierWord(doc.Norm(doc.tokens[k])) && IsPostModifierPreposition(doc.Norm(doc.tokens[k + 1])))
      return k;
  return m.end_token;
}

bool IsRelativePronoun(std::string_view w) {
  static const WordSet kWords = {"who", "which", "that", "whom", "whose"};
  return kWords.Contains(w);
}

bool IsPreposition(std::string_view w) {
  static const WordSet kWords = {"in", "of", "at", "for", "on", "to", "with", "from", "by", "about"};
  return kWords.Contains(w);
}

bool IsModal(std::string_view w) {
  static const WordSet kWords = {"can", "could", "will", "would", "may", "might", "must", "should"};
  return kWords.Contains(w);
}

bool IsBeOrHave(std::string_view w) { return OneOf(w, {"is", "are", "was", "were", "has", "have", "had"}); }

bool IsFormOfBe(std::string_view w) { return OneOf(w, {"is", "are", "was", "were", "be", "been", "being"}); }

bool IsSubordinator(std::string_view w) {
  static const WordSet kWords = {"while", "when", "although", "though", "as", "if", "after", "because",
                                 "since", "before", "until", "unless", "whereas", "whether"};
  return kWords.Contains(w);
}

bool IsSentenceAdverb(std::string_view w) {
  static const WordSet kWords = {
      "overall", "sure", "nonetheless", "nevertheless", "meanwhile", "moreover", "furthermore", "indeed", "instead",
      "already", "anyway", "besides", "thus", "hence", "therefore", "otherwise", "ultimately", "eventually",
      "finally", "perhaps", "maybe", "certainly", "clearly", "obviously", "apparently", "admittedly", "fortunately",
      "unfortunately", "surely", "frankly", "notably", "importantly", "similarly", "likewise", "consequently",
      "additionally", "regardless", "earlier", "later", "previously", "separately", "afterward", "afterwards",
      "recently", "again", "also", "still", "yet"};
  return kWords.Contains(w);
}

bool IsDash(const Document& doc, uint32_t k) { return OneOf(doc.Norm(doc.tokens[k]), {"-", "--", "—", "–"}); }

uint32_t TokenAtByte(const Document& doc, uint32_t at) {
  return static_cast<uint32_t>(std::lower_bound(doc.tokens.begin(), doc.tokens.end(), at,
                                                [](const Token& t, uint32_t v) { return t.start < v; }) -
                               doc.tokens.begin());
}

uint32_t TitleTokenBefore(const Document& doc, uint32_t t) {
  return t >= 2 && doc.Norm(doc.tokens[t - 1]) == "." ? t - 2 : t - 1;
}

bool IsPossessivePronoun(std::string_view w) {
  static const WordSet kWords = {"his", "her", "their", "its", "our", "my", "your"};
  return kWords.Contains(w);
}

bool IsPersonalPronoun(std::string_view w) {
  static const WordSet kWords = {"he", "she", "they", "it", "i", "we", "you", "him", "them", "me", "us"};
  return kWords.Contains(w);
}

bool IsRelativePronounAt(const Document& doc, uint32_t k) {
  return IsRelativePronoun(doc.Norm(doc.tokens[k])) && !IsAcronymAmongWords(doc, k);
}

bool IsPossessiveEnding(const Document& doc, uint32_t i) {
  if (i >= doc.tokens.size()) return false;  // past the text's last token
  const Token& t = doc.tokens[i];
  const std::string_view norm = doc.Norm(t);
  if (t.flags & kTokClitic)  // not "he's", "it's", "that's": "is" or "has"
    return norm == "'s" && !(i > 0 && OneOf(doc.Norm(doc.tokens[i - 1]), {"he", "she", "it", "that", "there", "what",
                                                                          "who", "where", "here"}));
  if (norm != "'" || i == 0 || i + 1 >= doc.tokens.size()) return false;
  const Token& before = doc.tokens[i - 1];
  const Token& after = doc.tokens[i + 1];
  const std::string_view word = doc.Norm(before);
  if (!(before.flags & kTokWord) || before.end != t.start || word.empty() || word.back() != 's' ||
      !(after.flags & kTokWord) || after.start == t.end || after.sentence != t.sentence)
    return false;
  // An apostrophe glued to the word after a space before it opens a quoted passage this one may close.
  for (uint32_t k = i - 1; k-- > 0 && doc.tokens[k].sentence == t.sentence && i - k < 16;) {
    const Token& q = doc.tokens[k];
    if (doc.Norm(q) == "'" && doc.tokens[k + 1].start == q.end && (k == 0 || doc.tokens[k - 1].end < q.start))
      return false;
  }
  return true;
}

bool IsAcronymAmongWords(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (!(t.flags & kTokAllCaps) || doc.Norm(t).size() < 2) return false;
  auto lower_word = [&](uint32_t k) {
    const Token& n = doc.tokens[k];
    return n.sentence == t.sentence && (n.flags & kTokWord) && !(n.flags & kTokAllCaps);
  };
  return (i + 1 < doc.tokens.size() && lower_word(i + 1)) || (i > 0 && lower_word(i - 1));
}

bool IsHeadlineVerb(std::string_view norm) {
  static const WordSet kHeadlineVerbs = {
      "says",     "said",      "tells",      "told",      "slams",      "blasts",    "rips",      "calls",
      "urges",    "warns",     "claims",     "attacks",   "accuses",    "denies",    "defends",   "praises",
      "vows",     "admits",    "announces",  "reveals",   "endorses",   "responds",  "explains",  "insists",
      "suggests", "wants",     "asks",       "mocks",     "threatens",  "demands",   "touts",     "pledges",
      "promises", "criticizes", "condemns",  "dismisses", "rejects",    "confirms",  "agrees",    "argues",
      "predicts", "hopes",     "fears",      "believes",  "thinks",     "targets",   "hammers",   "grills",
      "knocks",   "bashes",    "torches",    "lashes",    "unloads",    "scolds",    "shreds",    "trashes",
      "chides",   "rebukes",   "questions",  "challenges", "taunts",    "skewers",   "lambastes", "berates",
      "hits",     "rails",     "lauds",      "hails",     "thanks",     "apologizes", "reacts",   "weighs",
      "unveils",  "tweets",    "stuns",      "shocks",    "sparks",     "savages",   "roasts"};
  return kHeadlineVerbs.Contains(norm);
}

bool IsNameToken(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  // "Our Revolution", "Our Principles PAC": "Our" capitalized inside a sentence, before a name word
  // that is no title ("Our Lord"), opens a name.
  if ((t.flags & kTokCapitalized) && !(t.flags & (kTokSentenceStart | kTokHeadline)) && doc.Norm(t) == "our" &&
      i + 1 < doc.tokens.size() && doc.tokens[i + 1].sentence == t.sentence &&
      (doc.tokens[i + 1].flags & kTokCapitalized) && doc.Norm(doc.tokens[i + 1]) != "our" &&
      !IsTitle(doc.Norm(doc.tokens[i + 1])) && IsNameToken(doc, i + 1))  // (one level: "Our Our …" recurses no deeper)
    return true;
  if (!(t.flags & kTokWord) || (t.flags & (kTokClitic | kTokCommonWord))) return false;
  // "Continued Stone: “…”", "Added Smith:": a verb of saying opening the sentence before its speaker.
  static const WordSet kOpeningVerbs = {"continued", "added", "stated", "wrote", "writes", "noted", "explained",
                                        "replied", "concluded", "declared", "insisted", "recalled", "asked"};
  if ((t.flags & kTokSentenceStart) && kOpeningVerbs.Contains(doc.Norm(t))) return false;
  // "WON'T", "CAN'T": the verb before a negation's clitic.
  if (i + 1 < doc.tokens.size() && (doc.tokens[i + 1].flags & kTokClitic) && doc.Norm(doc.tokens[i + 1]) == "n't")
    return false;
  const std::string_view written = doc.Slice(t);
  if (!written.empty() && written[0] >= '0' && written[0] <= '9') return false;  // "39PM" of "4:39PM"
  bool upper = (t.flags & kTokCapitalized) != 0;
  if (!upper) {
    for (char c : written) if (c >= 'A' && c <= 'Z') { upper = true; break; }
  }
  if (!upper) return false;
  const std::string_view norm = doc.Norm(t);
  if (norm == "who" && IsAcronymAmongWords(doc, i)) return true;  // "WHO said": the World Health Organization
  if (IsFunctionWord(norm)) {
    // An initial that is a word: "I. Charles McCullough III", "James A. Baker".
    if (norm.size() == 1) return IsInitialPeriod(doc, i + 1);
    // "Jan", "April" are given names before a name ("Jan Brewer", "April Mellody"), not the month
    // ("Jan 5", "Jan. 5", "in April Trump said").
    return OneOf(norm, {"jan", "april", "june", "august"}) && i + 1 < doc.tokens.size() &&
           (doc.tokens[i + 1].flags & kTokCapitalized) && (doc.tokens[i + 1].flags & kTokWord) &&
           doc.tokens[i + 1].sentence == t.sentence &&
           (i == 0 || !OneOf(doc.Norm(doc.tokens[i - 1]), {"in", "on", "since", "until", "by", "during", "last",
                                                            "next", "early", "late", "mid", "of", "through", "before",
                                                            "after", "from", "this", "that", "till", "each"}));
  }
  if (IsNumberWord(norm)) return false;  // "Twenty-four percent said"
  // A headline capitalizes its verbs: "Bernie Sanders Says …", "Trump Attacks Justice Department".
  if ((t.flags & kTokHeadline) && IsHeadlineVerb(norm)) return false;
  // Capitalized only by its place, opening the sentence or after a dateline's dash: "Former Arizona
  // governor Jan Brewer", "Each faction", "(UPI) — Former Secretary of State …", "Sure, official
  // data suggest".
  if (((t.flags & kTokSentenceStart) || (i > 0 && IsDash(doc, i - 1))) &&
      (IsSentenceAdverb(norm) || OneOf(norm, {"former", "then", "retired", "longtime", "acting", "incoming", "outgoing",
                                              "current", "late", "each", "every", "another", "either", "neither", "such"})))
    return false;
  return !IsCompoundAdjective(norm);
}

bool IsFirmAmpersand(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  if (doc.Norm(doc.tokens[k]) != "&" || k == 0 || k + 1 >= doc.tokens.size() || !IsNameToken(doc, k - 1) ||
      !IsNameToken(doc, k + 1))
    return false;
  const std::string_view before = doc.Norm(doc.tokens[k - 1]), after = doc.Norm(doc.tokens[k + 1]);
  return !lexicon.IsListedPoliticianSurname(before) && !lexicon.IsListedPoliticianSurname(after) &&
         lexicon.GivenNameGender(FoldLatinLetters(before)) == 0;
}

uint32_t CapitalizedRunEnd(const Document& doc, uint32_t first, uint32_t limit,
                           std::initializer_list<std::string_view> joiners) {
  auto capitalized_word = [&](uint32_t k) {
    return k < limit && (doc.tokens[k].flags & kTokCapitalized) && (doc.tokens[k].flags & kTokWord);
  };
  uint32_t end = first;
  while (capitalized_word(end) || (end > first && capitalized_word(end + 1) &&
                                   std::find(joiners.begin(), joiners.end(), doc.Norm(doc.tokens[end])) != joiners.end()))
    ++end;
  return end;
}

bool EndsWithRole(const SourceMention& m) {
  const std::string text = Lower(m.text), role = Lower(m.role);
  return !role.empty() && text.size() >= role.size() && text.compare(text.size() - role.size(), std::string::npos, role) == 0;
}

std::vector<uint32_t> NameTokens(const Document& doc) {
  std::vector<uint32_t> out;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t)
    if (IsNameToken(doc, t)) out.push_back(t);
  return out;
}

SourceMention ReadSourcePhrase(const Document& doc, const SourceLexicon& lexicon, uint32_t first, uint32_t end) {
  SourceMention m;
  m.first_token = first;
  m.end_token = end;
  if (first >= end) return m;
  m.span = {doc.tokens[first].start, doc.tokens[end - 1].end};
  // "officials who": the span keeps the relative pronoun, the reading does not.
  if (end - first > 1 && IsRelativePronounAt(doc, end - 1)) --end;
  m.text = TokensText(doc, first, end);
  const std::string_view first_word = doc.Norm(doc.tokens[first]);
  const bool all_caps = (doc.tokens[first].flags & kTokAllCaps) != 0;  // "US" is not "us"
  if (end - first == 1 && !all_caps &&
      (IsPersonalPronoun(first_word) || IsRelativePronoun(first_word) || IsPossessivePronoun(first_word))) {
    m.pronoun = std::string(first_word);
    return m;
  }
  m.indefinite = IsIndefinite(first_word);
  if (IsPossessivePronoun(first_word)) m.possessive = std::string(first_word);
  // "Media Research Center's Bozell", "the American Action Forum's Douglas Holtz-Eakin": a name
  // after an institution's possessive is a person with that institution.
  for (uint32_t k = first + 1; k + 1 < end; ++k) {
    if (!IsPossessiveEnding(doc, k)) continue;
    bool names = true;
    for (uint32_t j = k + 1; j < end && names; ++j)
      names = IsNameToken(doc, j) || IsInitialPeriod(doc, j) || IsParticle(doc.Norm(doc.tokens[j]));
    if (!names) break;
    SourceMention after = ReadSourcePhrase(doc, lexicon, k + 1, end);
    // "Cleveland's Plain Dealer": an outlet after the possessive is the speaker itself.
    const bool outlet = after.institution_kind == SourceWord::kOutlet && after.name.empty();
    if (!outlet) {
      const SourceMention owner = ReadSourcePhrase(doc, lexicon, first, k);
      if (owner.institution.empty() || after.name.empty() || !after.institution.empty()) break;
      // A body or outlet that owns the role is the affiliation, over a place in the title:
      // "Breitbart's Washington Political Editor Matthew Boyle" is Breitbart's.
      if (owner.institution_kind != SourceWord::kPlace) after.affiliation = owner.institution;
      else if (after.affiliation.empty()) after.affiliation = owner.affiliation;
    }
    after.first_token = m.first_token;
    after.end_token = m.end_token;
    after.span = m.span;
    after.text = m.text;
    return after;
  }

  std::vector<SourceWordMatch> found = MatchPhrase(doc, lexicon, first, end);
  // "the Barack Obama administration", "former George W. Bush administration officials": a listed
  // administration, campaign or government opening with a surname takes in the given name and
  // initials written before it.
  for (SourceWordMatch& f : found) {
    if (f.kind != SourceWord::kOrganisation || f.token_count < 2 || f.first_token == first ||
        !(doc.tokens[f.first_token].flags & kTokCapitalized) ||
        !OneOf(doc.Norm(doc.tokens[f.first_token + f.token_count - 1]), {"administration", "campaign", "government"}))
      continue;
    uint32_t k = f.first_token;
    while (k >= first + 3 && IsInitialPeriod(doc, k - 1)) k -= 2;
    const uint32_t given = k - 1;
    if (IsNameToken(doc, given) && lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[given]))) != 0) {
      f.token_count += f.first_token - given;
      f.first_token = given;
    }
  }
  // An outlet's words, a capitalized role or a capitalized vague word before a capitalized
  // organisation word name that organisation: "The National" of "The National Organization for
  // Women" or "the National Security Council" is no newspaper, "General" of "the General
  // Assembly" or "Massachusetts General Hospital" no officer, "Employees" of "the Service
  // Employees International Union" no vague group. Name words may come between, not after a role.
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    const SourceWordMatch& next = found[i + 1];
    const bool capitalized = (doc.tokens[found[i].first_token].flags & kTokCapitalized) != 0;
    const bool role = IsRole(found[i].kind) && capitalized;
    if (found[i].kind != SourceWord::kOutlet && !role && !(found[i].kind == SourceWord::kAnonymous && capitalized))
      continue;
    uint32_t k = found[i].first_token + found[i].token_count;
    while (!role && k < next.first_token && IsNameToken(doc, k)) ++k;
    if (k == next.first_token && IsGenericOrganisation(doc, next) && (doc.tokens[k].flags & kTokCapitalized))
      found.erase(found.begin() + static_cast<std::ptrdiff_t>(i--));
  }
  // "The Independent Vermont senator": the newspaper's name before a place or a role of the phrase
  // is the party's adjective.
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    SourceWordMatch& f = found[i];
    if (f.kind == SourceWord::kOutlet && f.canonical == "The Independent" &&
        (found[i + 1].kind == SourceWord::kPlace || IsRole(found[i + 1].kind))) {
      f.kind = SourceWord::kPlace;
      f.canonical = "Independent";
      f.token_count = 1;
      f.first_token = found[i + 1].first_token - 1;
    }
  }
  // "Senators Ted Cruz and Marco Rubio", "Sens. Lindsey Graham": a capitalized plural title before
  // a name is each one's title (SingularTitle() gives the role).
  for (uint32_t k = first; k + 1 < end; ++k) {
    if (!(doc.tokens[k].flags & kTokCapitalized) || SingularTitle(doc.Slice(doc.tokens[k])).empty()) continue;
    const uint32_t after = doc.Norm(doc.tokens[k + 1]) == "." ? k + 2 : k + 1;
    if (after >= end || !IsNameToken(doc, after) ||
        std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
          return f.first_token < after && f.first_token + f.token_count > k;
        }))
      continue;
    SourceWordMatch title;
    title.first_token = k;
    title.token_count = after - k;
    title.kind = SourceWord::kOfficial;
    found.insert(std::find_if(found.begin(), found.end(), [&](const SourceWordMatch& f) { return f.first_token > k; }),
                 title);
  }
  std::vector<bool> covered(end - first, false);
  for (const SourceWordMatch& f : found)
    for (uint32_t k = f.first_token; k < f.first_token + f.token_count; ++k) covered[k - first] = true;

  // The person's name: the run of name tokens (particles inside allowed) not claimed by the
  // lexicon that follows a role after another run ("Judicial Watch president Tom Fitton",
  // "Clinton aide Huma Abedin": the run before qualifies the role), else the longest run.
  // A listed given name takes in one lexicon word after it that ends the run ("Michael
  // Bloomberg", "Steve Israel") and a title between it and a run ("Sean Cardinal O'Malley");
  // a title keeps a lexicon word ending the phrase as a surname ("Mr. King").
  uint32_t best_first = 0, best_end = 0, run_first = 0;
  uint32_t previous_first = 0, previous_end = 0, qualifier_first = 0, qualifier_end = 0;
  bool in_run = false, has_previous = false, named_after_role = false;
  // [from, to) is a possessive, or lexicon words and modifiers ending in a role: "president",
  // "Committee Chairman", "campaign chairman", "'s spokesman".
  // *role_first: where the last role begins (or `from`).
  auto role_between = [&](uint32_t from, uint32_t to, uint32_t* role_first) {
    *role_first = from;
    if (to == from + 1 && IsPossessiveEnding(doc, from)) return true;  // "Action Forum's Douglas Holtz-Eakin"
    bool ends_in_role = false;
    for (uint32_t k = from; k < to;) {
      auto f = std::find_if(found.begin(), found.end(), [&](const SourceWordMatch& x) { return x.first_token == k; });
      if (f != found.end() && f->first_token + f->token_count <= to) {
        ends_in_role = IsRole(f->kind);
        if (ends_in_role) *role_first = k;
        k += f->token_count;
      } else if ((k == from && IsPossessiveEnding(doc, k)) ||
                 (IsModifierWord(doc.Norm(doc.tokens[k])) && !(doc.tokens[k].flags & kTokCapitalized))) {
        ends_in_role = false;
        ++k;
      } else {
        return false;
      }
    }
    return ends_in_role;
  };
  auto opens_with_given_name = [&](uint32_t k) {
    return lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k]))) != 0;
  };
  auto close_run = [&](uint32_t at) {
    if (!in_run) return;
    in_run = false;
    if (named_after_role) return;
    uint32_t role_first = 0;
    const bool previous_is_given_name =  // "Sean Cardinal O'Malley"
        previous_end == previous_first + 1 && lexicon.GivenNameGender(doc.Norm(doc.tokens[previous_first])) != 0;
    // Not when a listed given name opens the run after the title: "Charlotte Mayor Jennifer Roberts".
    if (previous_is_given_name && run_first == previous_end + 1 && (doc.tokens[previous_end].flags & kTokCapitalized) &&
        lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[run_first]))) == 0 &&
        role_between(previous_end, run_first, &role_first)) {
      best_first = previous_first;  // a title inside a name: "Sean Cardinal O'Malley"
      best_end = at;
    } else if (has_previous && previous_end < run_first && !previous_is_given_name &&
               role_between(previous_end, run_first, &role_first)) {
      named_after_role = true;
      qualifier_first = previous_first;
      qualifier_end = WithQualifierBefore(doc, role_first, previous_first);
      best_first = run_first;
      best_end = at;
    } else if (at - run_first > best_end - best_first ||
               (at - run_first == best_end - best_first && opens_with_given_name(run_first) &&
                !opens_with_given_name(best_first))) {  // "House Intelligence Republican Mike Pompeo"
      best_first = run_first;
      best_end = at;
    }
    has_previous = true;
    previous_first = run_first;
    previous_end = at;
  };
  auto one_word_kind_at = [&](uint32_t k) {  // the kind of a one-word match at k; kCount for none
    for (const SourceWordMatch& f : found)
      if (f.first_token == k) return f.token_count == 1 ? f.kind : SourceWord::kCount;
    return SourceWord::kCount;
  };
  auto place_or_outlet_at = [&](uint32_t k) {  // "Cuban", "Bloomberg"
    const SourceWord kind = one_word_kind_at(k);
    return kind == SourceWord::kPlace || kind == SourceWord::kOutlet;
  };
  auto role_word_at = [&](uint32_t k) { return IsRole(one_word_kind_at(k)); };  // "Judge", "Backer"
  // "Financial" of "Chief Financial Officer": a capitalized word no given name between a
  // qualifying role and a capitalized role at most two words on belongs to the title.
  auto inside_title = [&](uint32_t k) {
    if (!(doc.tokens[k].flags & kTokCapitalized) || lexicon.GivenNameGender(doc.Norm(doc.tokens[k])) != 0) return false;
    uint32_t before = k;
    while (before > first && before + 2 > k && !role_word_at(before - 1)) --before;
    if (before == first || !role_word_at(before - 1) || !IsQualifyingRole(doc.Norm(doc.tokens[before - 1])))
      return false;
    for (uint32_t after = k + 1; after < end && after < k + 3; ++after) {
      if (!(doc.tokens[after].flags & kTokCapitalized) || lexicon.GivenNameGender(doc.Norm(doc.tokens[after])) != 0)
        return false;
      if (role_word_at(after)) return true;
    }
    return false;
  };
  // "The “Morning Joe” host": words between quotation marks inside the phrase name a title.
  auto between_quote_marks = [&](uint32_t k) {
    int marks_before = 0;
    for (uint32_t j = first; j < k; ++j) marks_before += (doc.tokens[j].flags & kTokQuoteMark) ? 1 : 0;
    if (marks_before % 2 == 0) return false;
    for (uint32_t j = k + 1; j < end; ++j)
      if (doc.tokens[j].flags & kTokQuoteMark) return true;
    return false;
  };
  auto generic_organisation_at = [&](uint32_t k) {  // "University", "Committee": no surname
    for (const SourceWordMatch& f : found)
      if (f.first_token <= k && k < f.first_token + f.token_count) return IsGenericOrganisation(doc, f);
    return false;
  };
  // "Black women", "African American voters", "Muslim leaders": a word of race, ethnicity or faith
  // before the lower-case noun of its phrase (over capitalized words the lexicon lists) describes
  // people, and names no one ("Rep. Diane Black" does).
  std::string identity_word;  // the first such word, as written: the people's side when nothing else gives one
  auto describes_people = [&](uint32_t k) {
    if (!IsIdentityWord(doc.Norm(doc.tokens[k]))) return false;
    if (k > first && !covered[k - 1 - first] && IsNameToken(doc, k - 1)) return false;  // "Central Asian"
    uint32_t next = k + 1;
    while (next < end && covered[next - first] && (doc.tokens[next].flags & kTokCapitalized)) ++next;
    return next < end && (doc.tokens[next].flags & kTokWord) && !(doc.tokens[next].flags & kTokCapitalized);
  };
  // "Law enforcement sources", "Federal law", "Cement makers": a word capitalized only because it
  // opens the sentence (or follows a dash), before a lower-case word of its phrase (or a side's
  // word and then one: "Angry Republican voters") or a number ("Nearly 40 percent"), is no name
  // when the text never capitalizes it mid-sentence and no list gives it as a given name or a
  // politician's surname.
  auto lower_case_noun_at = [&](uint32_t k) {
    return k < end && NounLikeWord(doc, k) && !(doc.tokens[k].flags & kTokCapitalized);
  };
  const bool opening_common_word =
      end > first + 1 && ((doc.tokens[first].flags & kTokSentenceStart) || (first > 0 && IsDash(doc, first - 1))) &&
      !(doc.tokens[first].flags & kTokAllCaps) &&
      !covered[0] &&
      (lower_case_noun_at(first + 1) || (IsSideWordAt(doc, lexicon, first + 1) && lower_case_noun_at(first + 2)) ||
       IsNumberAt(doc, first + 1)) &&
      IsNameToken(doc, first) && OnlyItsPlaceCapitalizes(doc, lexicon, first);
  for (uint32_t k = first; k < end; ++k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    const bool identity = !covered[k - first] && IsNameToken(doc, k) && describes_people(k);
    if (identity && identity_word.empty()) identity_word = TokensText(doc, k, k + 1);
    // "Senators said": a role's plural opening the sentence is no name.
    const bool role_plural_opening =
        k == first && (doc.tokens[k].flags & kTokSentenceStart) && IsRolePlural(lexicon, w);
    const bool name = !covered[k - first] && IsNameToken(doc, k) && !IsTitle(w) && !identity &&
                      !(k == first && opening_common_word) && !role_plural_opening && !inside_title(k) &&
                      !between_quote_marks(k);
    const bool particle = in_run && (((IsParticle(w) || IsFirmAmpersand(doc, lexicon, k)) && k + 1 < end &&
                                      IsNameToken(doc, k + 1)) ||
                                     (k + 1 < end && IsInitialPeriod(doc, k)));
    // "Allen West", "Dr. Cornel West", "Senator Angus King": a lexicon word after a listed given
    // name, or after a titled name's first word (a title or a capitalized role), ending the run, is
    // a surname.
    auto titled_run = [&] {
      if (run_first == first) return false;
      const uint32_t title_at = doc.Norm(doc.tokens[run_first - 1]) == "." ? run_first - 2 : run_first - 1;
      return title_at >= first && title_at < run_first &&
             (IsTitle(doc.Norm(doc.tokens[title_at])) ||
              ((doc.tokens[title_at].flags & kTokCapitalized) && TitleOrRoleAt(doc, found, title_at)));
    };
    auto after_first_word = [&] {  // right after the run's first word, or past initials ("Peter T. King")
      uint32_t j = run_first + 1;
      while (j + 1 < k && IsInitialPeriod(doc, j + 1)) j += 2;
      return j == k;
    };
    // A role word that is also a surname after two name words or more no list knows: "Billie
    // Jean King", "Martin Luther King" (not "Cook County Sheriff", "the Cook Political Report").
    auto full_name_before = [&] {
      if (k < run_first + 2 || !IsRoleSurname(doc.Norm(doc.tokens[k]))) return false;
      for (uint32_t j = run_first; j < k; ++j)
        if (covered[j - first] || !IsNameToken(doc, j)) return false;
      return true;
    };
    const bool surname_in_lexicon = in_run && k > run_first && covered[k - first] &&
                                    IsNameToken(doc, k) &&
                                    (((lexicon.GivenNameGender(doc.Norm(doc.tokens[run_first])) != 0 || titled_run()) &&
                                      after_first_word()) ||
                                     full_name_before()) &&
                                    !generic_organisation_at(k) &&  // "Cornell University"
                                    !(k + 1 < end && covered[k + 1 - first]) &&
                                    !(k + 1 < end && IsNameToken(doc, k + 1));
    // "Mr. King", "Rep. Israel": after a title, a lexicon word ending the phrase is a surname.
    const uint32_t title_at = k > first && doc.Norm(doc.tokens[k - 1]) == "." ? k - 2 : k - 1;
    const bool surname_after_title = !in_run && k + 1 == end && covered[k - first] && IsNameToken(doc, k) &&
                                     title_at >= first && title_at < k && IsTitle(doc.Norm(doc.tokens[title_at]));
    // "Cuban said" where the text names "Mark Cuban" ("Bloomberg said", "Michael Bloomberg"): a
    // place or outlet word ending the phrase that the text writes after a listed given name is
    // that person's surname.
    const bool place_as_surname = !in_run && k + 1 == end && covered[k - first] && IsNameToken(doc, k) &&
                                  place_or_outlet_at(k) && IsSurnameInText(doc, lexicon, k);
    // "King says" where the text names "Billie Jean King", "Backer said" beside "Dan Backer".
    const bool role_as_surname = !in_run && k == first && k + 1 == end && covered[k - first] && IsNameToken(doc, k) &&
                                 ((IsRoleSurname(doc.Norm(doc.tokens[k])) && EndsFullNameInText(doc, k)) ||
                                  (role_word_at(k) && IsSurnameInText(doc, lexicon, k)));
    // "Martin Luther King Jr.": a lexicon word before a name suffix is a surname.
    const bool before_suffix = covered[k - first] && IsNameToken(doc, k) && k + 1 < end &&
                               IsNameSuffix(doc.Norm(doc.tokens[k + 1])) && (in_run || k > first);
    if (name || particle || surname_in_lexicon || surname_after_title || place_as_surname || role_as_surname ||
        before_suffix) {
      if (!in_run) { run_first = k; in_run = true; }
    }
    else close_run(k);
  }
  close_run(end);
  // "Director of National Intelligence James Clapper", "Minister of Health Oly Ilunga": after a
  // title's "of", a run of three words or more holds the body the title is of, then the name,
  // which starts at the run's last listed given name, or else is its last two words.
  std::string title_body;
  const uint32_t title_of = best_first >= first + 3 && doc.Norm(doc.tokens[best_first - 1]) == "the" ? best_first - 2 : best_first - 1;
  if (best_end >= best_first + 3 && title_of >= first + 1 && title_of < best_first && doc.Norm(doc.tokens[title_of]) == "of" &&
      (doc.tokens[title_of - 1].flags & kTokCapitalized) && !(doc.tokens[title_of - 1].flags & kTokHeadline) &&
      std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
        return IsRole(f.kind) && f.first_token + f.token_count == title_of;
      })) {
    uint32_t name_first = best_end - 2;
    for (uint32_t k = best_end - 2; k > best_first; --k)
      if (lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k]))) != 0) { name_first = k; break; }
    title_body = TokensText(doc, best_first, name_first);
    best_first = name_first;
  }
  // "Secretary-Treasurer Gary Casteel", "… Government Affairs Phil Smith": in a run of three name
  // words or more, a first word no listed given name before one that is belongs to a title, not
  // to the name (not in a title-case headline).
  if (best_end >= best_first + 3 && !(doc.tokens[best_first].flags & kTokHeadline) &&
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) == 0 &&
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first + 1]))) != 0 &&
      !IsParticle(doc.Norm(doc.tokens[best_first])))
    ++best_first;
  // "Crooked Hillary", "Little Marco", "Sleepy Joe": a name-calling epithet before a listed given
  // name is no part of the name.
  if (best_end >= best_first + 2 && EpithetBeforeGivenName(doc, lexicon, best_first)) ++best_first;
  // A lexicon word taken into the name is no role, organisation or place of the phrase.
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const SourceWordMatch& f) { return f.first_token >= best_first && f.first_token < best_end; }),
              found.end());
  // A capitalized word right before a closing vague or role noun qualifies it ("Political
  // Analysts", "Clinton aides", and after "a", "one" or "another": "a Trump supporter", "a
  // Muslim spokesman"): it is no name, and names whom the group or person stands with.
  // After "the", a lower-case role does the same for one person: "The Westerville city manager"
  // is the city manager, of Westerville, and "the senior Cruz adviser" an adviser of Cruz.
  std::string group_qualifier;
  // After an organisation's "of" or "for", a capitalized plural of people ends the name's run
  // (no vague group): "the National Association of Criminal Defense Lawyers", "the Union of
  // Concerned Scientists".
  if (best_end > best_first && best_end < end && best_first >= first + 2 &&
      (doc.tokens[end - 1].flags & kTokCapitalized) && IsRolePlural(lexicon, doc.Norm(doc.tokens[end - 1])) &&
      OneOf(doc.Norm(doc.tokens[best_first - 1]), {"of", "for"}) &&
      CapitalizedBodyWordEndsBefore(doc, found, best_first - 1) && CapitalizedRunEnd(doc, best_end, end, {}) == end)
    best_end = end;
  if (best_end > best_first && best_end < end) {
    const bool indefinite = IsIndefinite(first_word) || first_word == "another";
    bool trailing_group = false, definite_role = false;
    uint32_t after_article = first + 1;  // past "the" and lower-case modifiers: "the senior Cruz adviser"
    while (after_article < best_first && !(doc.tokens[after_article].flags & kTokCapitalized) &&
           IsModifierWord(doc.Norm(doc.tokens[after_article])))
      ++after_article;
    for (const SourceWordMatch& f : found) {
      if (f.first_token + f.token_count != end) continue;
      uint32_t k = best_end;  // lower-case modifiers may come between: "city manager", "police chief"
      while (k < f.first_token && !(doc.tokens[k].flags & kTokCapitalized) && IsModifierWord(doc.Norm(doc.tokens[k])))
        ++k;
      // "a former Reagan administration official": the same across lower-case modifiers.
      if ((f.first_token == best_end || (k == f.first_token && indefinite)) &&
          (f.kind == SourceWord::kAnonymous ||
           (IsRole(f.kind) && (indefinite || doc.Norm(doc.tokens[end - 1]).back() == 's' ||
                               (doc.tokens[f.first_token].flags & kTokHeadline)))))  // "Former Clinton Pollster Says"
        trailing_group = true;
      if (k == f.first_token && first_word == "the" && best_first == after_article && IsRole(f.kind) &&
          !(doc.tokens[f.first_token].flags & kTokCapitalized)) {
        definite_role = true;
        group_qualifier = TokensText(doc, best_first, f.first_token);  // "Tulsa police"
      }
    }
    // "Jewish groups", "Google engineers": a name before one closing lower-case plural no list
    // knows qualifies a vague group of people (opening a sentence it may be no name: "Local
    // politicians", "Multiple outlets").
    const std::string_view last = doc.Norm(doc.tokens[end - 1]);
    const bool people_of_name = !trailing_group && !definite_role && best_end + 1 == end && !covered[end - 1 - first] &&
                                !(doc.tokens[end - 1].flags & kTokCapitalized) && (doc.tokens[end - 1].flags & kTokWord) &&
                                last.size() > 3 && last.back() == 's' && !IsPluralOfNoPeople(last);
    if (people_of_name) {
      trailing_group = true;
      if (!(best_end == best_first + 1 && (doc.tokens[best_first].flags & (kTokSentenceStart | kTokHeadline))))
        group_qualifier = TokensText(doc, best_first, best_end);
    }
    // "AAA officials", "Clinton officials": a name before a listed plural role qualifies the group
    // when it is one, an acronym or a surname the text gives someone ("Local officials" is no name).
    uint32_t group_name_first = best_first;  // past "Top", "Former" opening the sentence
    while (group_name_first + 1 < best_end && IsQualifyingModifier(doc, group_name_first)) ++group_name_first;
    auto named_qualifier = [&] {
      return !(doc.tokens[group_name_first].flags & kTokHeadline) &&
             NamesQualifier(doc, lexicon, group_name_first, best_end);
    };
    if (trailing_group || definite_role) {
      // One capitalized modifier qualifies no side: "Many Political Analysts".
      const bool modifier_only = best_end == best_first + 1 && IsModifierWord(doc.Norm(doc.tokens[best_first]));
      if (indefinite) {
        // With the body the name heads: "a former Reagan administration official".
        const bool body = best_end < end && OneOf(doc.Norm(doc.tokens[best_end]), {"administration", "campaign", "government"});
        if (!modifier_only) group_qualifier = TokensText(doc, best_first, body ? best_end + 1 : best_end);
      } else if (trailing_group && group_qualifier.empty() && named_qualifier()) {
        group_qualifier = TokensText(doc, group_name_first, best_end);
      }
      best_first = best_end = 0;
      m.anonymous = trailing_group;
    }
  }
  std::string named_organisation;
  // "the Women's Media Center", "the State Workers' Compensation Board": capitalized words ending
  // the phrase in a body's head word, with a plural of people and its possessive ending among
  // them, are one body's name (not "Trump's Campaign Committee": a person owns that one).
  {
    const uint32_t org_first = PossessiveBodyNameStart(doc, lexicon, first, end);
    if (org_first < end) {
      named_organisation = TokensText(doc, org_first, end);
      found.erase(std::remove_if(found.begin(), found.end(),
                                 [&](const SourceWordMatch& f) { return f.first_token + f.token_count > org_first; }),
                  found.end());
      best_first = best_end = 0;
    }
  }
  uint32_t owner_end = first;  // with an owner, roles before it are the owner's ("candidate Marco Rubio's campaign")
  // "Obama's office": the name owns the institution that speaks. So does a capitalized role,
  // with the words before it: "The Manhattan District Attorney's office" (not a person named
  // "Manhattan"), "the Clark County Coroner's office"; or a role alone after the determiners
  // ("the sheriff's office").
  for (const SourceWordMatch& f : found) {
    if (f.kind != SourceWord::kOrganisation || f.first_token < first + 2 || !IsPossessiveEnding(doc, f.first_token - 1))
      continue;
    const uint32_t possessive = f.first_token - 1;
    uint32_t owner_first = best_first;
    if (!(best_end > best_first && best_end == possessive)) {
      uint32_t after_determiners = first;
      while (after_determiners < possessive && IsDeterminer(doc.Norm(doc.tokens[after_determiners])))
        ++after_determiners;
      const bool titled = std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& r) {
        return IsRole(r.kind) && r.first_token + r.token_count == possessive &&
               ((doc.tokens[r.first_token].flags & kTokCapitalized) || r.first_token == after_determiners);
      });
      if (!titled || f.first_token + f.token_count != end) continue;
      owner_first = after_determiners;
    }
    m.owner = TokensText(doc, owner_first, possessive);
    m.possessive = doc.Norm(doc.tokens[possessive]);  // "'s", or "'" after an "s"
    owner_end = possessive;
    best_first = best_end = 0;
    break;
  }
  // "the Senate Foreign Relations Committee", "the Jupiter Police Department": capitalized
  // words before a generic organisation word name the organisation, not a person.
  // "the University of Philadelphia": the run after "of"/"for" ends an organisation's name, as
  // do capitalized runs joined by "and" ("the Center for Economic and Policy Research").
  // So does a run holding capitalized places or documents ("the Foundation for Middle East Peace",
  // "the Center for American Progress"), or made of them and ending the phrase ("the Institute for
  // Middle East Studies"), with no role or given name in it.
  uint32_t run_after_of = best_first, run_end = best_end;
  auto place_or_document_ending_at = [&](uint32_t k) {
    for (const SourceWordMatch& f : found)
      if (f.first_token + f.token_count == k && f.first_token > first &&
          (f.kind == SourceWord::kPlace || f.kind == SourceWord::kDocument) &&
          (doc.tokens[f.first_token].flags & kTokCapitalized))
        return f.first_token;
    return k;
  };
  if (best_end <= best_first && (doc.tokens[end - 1].flags & kTokCapitalized)) run_after_of = run_end = end;
  for (uint32_t k = place_or_document_ending_at(run_after_of); k < run_after_of; k = place_or_document_ending_at(k))
    run_after_of = k;
  for (uint32_t k = run_after_of; k < run_end && run_after_of < best_first; ++k) {
    if (TitleOrRoleAt(doc, found, k) || lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k]))) != 0) {
      run_after_of = best_first;
      break;
    }
  }
  if (run_after_of >= run_end) run_after_of = best_first, run_end = best_end;
  while (run_after_of >= first + 2 && doc.Norm(doc.tokens[run_after_of - 1]) == "and" &&
         (doc.tokens[run_after_of - 2].flags & kTokCapitalized) && (doc.tokens[run_after_of - 2].flags & kTokWord)) {
    run_after_of -= 2;
    while (run_after_of > first && (doc.tokens[run_after_of - 1].flags & kTokCapitalized) &&
           (doc.tokens[run_after_of - 1].flags & kTokWord))
      --run_after_of;
  }
  // The body named by [name_first, name_end) is the phrase's organisation, no person's; a place
  // or document inside it from `inside_first` on is none of the phrase's ("Middle East").
  auto name_body = [&](uint32_t name_first, uint32_t inside_first, uint32_t name_end) {
    named_organisation = TokensText(doc, name_first, name_end);
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const SourceWordMatch& g) {
                                 return g.first_token >= inside_first && g.first_token < name_end &&
                                        (g.kind == SourceWord::kPlace || g.kind == SourceWord::kDocument);
                               }),
                found.end());
    best_first = best_end = 0;
  };
  // (Its "of", "for" or "on" may take "the", and capitalized words joined by another such word may
  // come between: "the Foundation for the Defense of Democracies", "the Center for the Study of
  // Hate and Extremism".)
  auto connector_before = [&](uint32_t run) {
    return run >= first + 3 && doc.Norm(doc.tokens[run - 1]) == "the" ? run - 2 : run - 1;
  };
  auto generic_ending_at = [&](uint32_t k) { return CapitalizedBodyWordEndsBefore(doc, found, k); };
  uint32_t connector = run_after_of >= first + 2 ? connector_before(run_after_of) : run_after_of;
  for (int hops = 0; hops < 2 && connector > first + 1 && !generic_ending_at(connector) &&
                     OneOf(doc.Norm(doc.tokens[connector]), {"of", "for", "on"});
       ++hops) {
    uint32_t k = connector;
    while (k > first && (doc.tokens[k - 1].flags & kTokCapitalized) && (doc.tokens[k - 1].flags & kTokWord) &&
           !generic_ending_at(k))
      --k;
    if (k == connector || k < first + 2 || generic_ending_at(k)) break;
    connector = connector_before(k);
  }
  if (run_end > run_after_of && run_after_of >= first + 2 &&
      OneOf(doc.Norm(doc.tokens[connector]), {"of", "for", "on"})) {
    for (const SourceWordMatch& f : found) {
      if (f.first_token + f.token_count != connector || !IsGenericOrganisation(doc, f) ||
          !(doc.tokens[f.first_token].flags & kTokCapitalized))
        continue;
      uint32_t org_first = f.first_token, org_end = run_end;
      auto capitalized_word = [&](uint32_t k) {
        return k < end && (doc.tokens[k].flags & kTokCapitalized) && (doc.tokens[k].flags & kTokWord);
      };
      // Back over capitalized words, and "of" between them: "the University of Texas School of Law".
      while (org_first > first && ((capitalized_word(org_first - 1) && !IsDeterminer(doc.Norm(doc.tokens[org_first - 1]))) ||
                                   (org_first >= first + 2 && doc.Norm(doc.tokens[org_first - 1]) == "of" &&
                                    capitalized_word(org_first - 2))))
        --org_first;
      while (capitalized_word(org_end)) ++org_end;  // a document or place word ending it ("Labor Statistics")
      while (org_end + 1 < end && OneOf(doc.Norm(doc.tokens[org_end]), {"and", "of"}) &&
             capitalized_word(org_end + 1)) {
        org_end += 2;
        while (capitalized_word(org_end)) ++org_end;
      }
      name_body(org_first, run_after_of, org_end);
      break;
    }
  }
  // "Americans for Prosperity", "Democracy for America": the name's run and the one on the other
  // side of its "for" name a body (BodyNameAfterFor()).
  uint32_t for_at = UINT32_MAX;
  if (run_end > run_after_of && run_after_of >= first + 2 && doc.Norm(doc.tokens[run_after_of - 1]) == "for")
    for_at = run_after_of - 1;
  else if (best_end + 1 < end && doc.Norm(doc.tokens[best_end]) == "for")
    for_at = best_end;
  const uint32_t body_end =
      for_at != UINT32_MAX && best_end > best_first && named_organisation.empty()
          ? BodyNameAfterFor(doc, lexicon, first, for_at, end)
          : for_at;
  if (body_end > for_at) {  // (never with no "for": both are UINT32_MAX)
    uint32_t org_first = for_at - 1;
    while (org_first > first && IsNameToken(doc, org_first - 1)) --org_first;
    name_body(org_first, org_first, body_end);
  }
  if (best_end > best_first && best_end < end) {
    uint32_t org_first = best_first, org_end = best_end;
    // A particular organisation of two words or more counts too after words that are no
    // person's name ("the Nevada State Democratic Party").
    const bool person_name = lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) != 0;
    // reach: past capitalized document, group or place words, which belong to the name only when
    // an organisation word follows them ("Research" of "the Family Research Council", "Wisconsin"
    // of "the Greater Wisconsin Committee").
    uint32_t reach = org_end;
    for (const SourceWordMatch& f : found) {  // in text order
      if (f.first_token != reach) continue;
      if (f.kind != SourceWord::kOrganisation) {
        if ((f.kind == SourceWord::kDocument || f.kind == SourceWord::kAnonymous || f.kind == SourceWord::kPlace) &&
            (doc.tokens[f.first_token].flags & kTokCapitalized))
          reach = f.first_token + f.token_count;
        continue;
      }
      if (!IsGenericOrganisation(doc, f) && (person_name || reach != best_end || f.token_count < 2)) continue;
      // Lower case only as the phrase's last word ("a Houston jury", "the Cleveland company"), or
      // before a last lower-case word for a body ("the Gannett newspaper chain").
      const uint32_t f_end = f.first_token + f.token_count;
      SourceWordMatch last_noun;
      const bool before_last_noun = f_end + 1 == end && !(doc.tokens[f.first_token].flags & kTokCapitalized) &&
                                    !(doc.tokens[f_end].flags & kTokCapitalized) &&
                                    lexicon.MatchAt(doc, f_end, end, &last_noun) &&
                                    last_noun.kind == SourceWord::kOrganisation;
      if (!(doc.tokens[f.first_token].flags & kTokCapitalized) &&
          !(reach == best_end && (f_end == end || before_last_noun) && IsGenericOrganisation(doc, f)))
        break;
      org_end = reach = before_last_noun ? end : f_end;
    }
    // "the Brennan Center for Justice", "the University of Chicago": a capitalized run after
    // "for" or "of" continues the name, and a role word there ("Justice") is none.
    if (org_end > best_end && org_end + 1 < end && OneOf(doc.Norm(doc.tokens[org_end]), {"for", "of", "on"}) &&
        (doc.tokens[org_end + 1].flags & kTokCapitalized) &&
        !(TitleOrRoleAt(doc, found, org_end + 1) && org_end + 2 < end && IsNameToken(doc, org_end + 2))) {  // "… of Judge Napolitano"
      // "and" between capitalized words too: "for Economic and Policy Research"
      const uint32_t k = CapitalizedRunEnd(doc, org_end + 1, end, {"and"});
      found.erase(std::remove_if(found.begin(), found.end(),
                                 [&](const SourceWordMatch& f) { return f.first_token > org_end && f.first_token < k; }),
                  found.end());
      org_end = k;
    }
    if (org_end > best_end) {
      // A capitalized organisation, place or outlet right before belongs to the name ("Senate";
      // "the National" of "the National Rifle Association" is no newspaper), as does a
      // capitalized role word, no title, between it and the name ("the State Department Refugee
      // Processing Center").
      auto ending_at = [&](uint32_t k) {
        return std::find_if(found.rbegin(), found.rend(),
                            [&](const SourceWordMatch& f) { return f.first_token + f.token_count == k; });
      };
      const auto role = ending_at(org_first);
      if (role != found.rend() && IsRole(role->kind) && (doc.tokens[role->first_token].flags & kTokCapitalized) &&
          !IsTitle(doc.Norm(doc.tokens[role->first_token]))) {
        const auto body = ending_at(role->first_token);
        if (body != found.rend() && body->kind == SourceWord::kOrganisation &&
            (doc.tokens[body->first_token + body->token_count - 1].flags & kTokCapitalized)) {
          org_first = role->first_token;
          found.erase(std::next(role).base());
        }
      }
      for (auto it = found.rbegin(); it != found.rend(); ++it) {
        if (it->first_token + it->token_count != org_first) continue;
        if (it->kind != SourceWord::kOrganisation && it->kind != SourceWord::kPlace && it->kind != SourceWord::kOutlet)
          break;
        uint32_t k = it->first_token;
        while (k < org_first && (!(doc.tokens[k].flags & kTokCapitalized) || IsDeterminer(doc.Norm(doc.tokens[k])))) ++k;  // not "the"
        if (it->kind == SourceWord::kOutlet) found.erase(std::next(it).base());
        org_first = k;
        break;
      }
      // A place passed over inside the name is no place of the phrase ("Wisconsin").
      found.erase(std::remove_if(found.begin(), found.end(),
                                 [&](const SourceWordMatch& f) {
                                   return f.kind == SourceWord::kPlace && f.first_token >= best_end &&
                                          f.first_token < org_end;
                                 }),
                  found.end());
      named_organisation = TokensText(doc, org_first, org_end);
      best_first = best_end = 0;
    }
  }
  // A name that is an organisation's or an outlet's, not a person's.
  std::string named_outlet;
  if (best_end > best_first && named_organisation.empty() &&
      NameOfInstitution(doc, lexicon, first, end, best_first, best_end, &found, &named_organisation, &named_outlet))
    best_first = best_end = 0;
  // "Trump's lawyer", "the shooter's friend": a name before a possessive ending owns the
  // speaker (their affiliation) unless a name follows ("Obama's spokesman Josh Earnest").
  std::string owner_name;
  if (best_end > best_first && best_end + 1 < end && IsPossessiveEnding(doc, best_end)) {
    bool name_after = false;
    // "Chad's Ambassador to France" names no one: not a role, nor whom a role is "to" or "of", nor a
    // body ("Bill Clinton's former White House chief of staff").
    for (uint32_t k = best_end + 1; k < end && !name_after && !OneOf(doc.Norm(doc.tokens[k]), {"to", "of"}); ++k)
      name_after = IsNameToken(doc, k) && !TitleOrRoleAt(doc, found, k) && !covered[k - first];
    if (!name_after) {
      owner_name = TokensText(doc, best_first, best_end);
      owner_end = best_end;
      best_first = best_end = 0;
    }
  }
  // "The San Bernardino shooter's friend": a name before a lower-case noun and its possessive
  // ending qualifies the owner, who is no one named.
  if (best_end > best_first && owner_name.empty() && best_end + 2 < end && (doc.tokens[best_end].flags & kTokWord) &&
      !(doc.tokens[best_end].flags & kTokCapitalized) && IsPossessiveEnding(doc, best_end + 1)) {
    uint32_t owner_first = first;
    while (owner_first < best_first && IsDeterminer(doc.Norm(doc.tokens[owner_first]))) ++owner_first;
    owner_name = TokensText(doc, owner_first, best_end + 1);
    owner_end = best_end + 1;
    best_first = best_end = 0;
  }
  // "the prime minister's spokesman", "the president's lawyer": with no name, a role before a
  // possessive ending and another after it, the first is the owner's (whom the speaker is with);
  // so is one before the people it owns ending the phrase ("The president's team").
  if (best_end <= best_first && owner_name.empty()) {
    for (const SourceWordMatch& r : found) {
      const uint32_t possessive = r.first_token + r.token_count;
      if (!IsRole(r.kind) || r.first_token < owner_end || possessive + 1 >= end || !IsPossessiveEnding(doc, possessive))
        continue;
      if (std::none_of(found.begin(), found.end(),
                       [&](const SourceWordMatch& x) { return IsRole(x.kind) && x.first_token > possessive; }) &&
          !IsOwnedPeopleNoun(doc.Norm(doc.tokens[end - 1])))
        break;
      uint32_t owner_first = first;
      while (owner_first < r.first_token && IsDeterminer(doc.Norm(doc.tokens[owner_first]))) ++owner_first;
      owner_name = TokensText(doc, owner_first, possessive);
      owner_end = possessive;
      break;
    }
  }
  // "thousands of Nagorno-Karabakh Armenians": a name before the plural people word of a place that
  // ends the phrase qualifies those people.
  auto plural_people_of_place_at = [&](uint32_t k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    return w.size() > 4 && w.back() == 's' && std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
             return f.kind == SourceWord::kPlace && f.first_token == k && f.token_count == 1 && k + 1 == end &&
                    Lower(std::string(f.canonical)) != w;
           });
  };
  if (best_end > best_first && best_end < end && plural_people_of_place_at(best_end)) {
    group_qualifier = TokensText(doc, best_first, best_end);
    best_first = best_end = 0;
  }
  // "the former CEO of Hewlett-Packard", "the president of Acme Widgets": a name right after a
  // role's "of", with no listed given name, is whose the role is.
  if (best_end > best_first && named_organisation.empty() && best_first >= first + 2 &&
      doc.Norm(doc.tokens[best_first - 1]) == "of" &&
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) == 0 &&
      std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
        return IsRole(f.kind) && f.first_token + f.token_count == best_first - 1;
      })) {
    named_organisation = TokensText(doc, best_first, best_end);
    best_first = best_end = 0;
  }
  // "according to Factcheck.org", "Status.pr, which provides": a name written into a web address
  // is the website's, a body.
  if (best_end > best_first && named_organisation.empty() && best_end + 1 < doc.tokens.size() &&
      WebAddressStart(doc, best_end + 1) < best_end) {
    named_organisation = TokensText(doc, best_first, best_end) + "." + std::string(doc.Slice(doc.tokens[best_end + 1]));
    best_first = best_end = 0;
  }
  if (best_end == best_first + 1 && CapitalizedOnlyByPosition(doc, lexicon, best_first)) best_first = best_end = 0;
  // "One House Democrat", "the former House Speaker": the chamber before a party member's word
  // or a title names no one.
  if (best_end == best_first + 1 && best_end < end && doc.Norm(doc.tokens[best_first]) == "house" &&
      (IsPartyMemberWord(doc.Norm(doc.tokens[best_end])) || TitleOrRoleAt(doc, found, best_end)))
    best_first = best_end = 0;
  // "A House panel", "the House committee": the chamber's body, as "a Senate panel" is the Senate's.
  if (best_end == best_first + 1 && best_end + 1 == end && doc.Norm(doc.tokens[best_first]) == "house" &&
      !(doc.tokens[best_end].flags & kTokCapitalized) &&
      OneOf(doc.Norm(doc.tokens[best_end]), {"panel", "committee", "subcommittee", "caucus", "leadership"})) {
    named_organisation = "House";
    best_first = best_end = 0;
  }
  // "House Republican Thomas Massie", "Senate Democrat Jane Doe": a chamber's party member is a
  // legislator.
  const bool legislator_named = best_end > best_first && best_first >= first + 2 &&
                                IsPartyMemberWord(doc.Norm(doc.tokens[best_first - 1])) &&
                                OneOf(doc.Norm(doc.tokens[best_first - 2]), {"house", "senate"}) &&
                                (doc.tokens[best_first - 2].flags & kTokCapitalized);
  // A name before a closing lower-case document word, no person's (no listed given name, no
  // surname the text gives one), names whose document it is, with the capitalized lexicon words
  // before it ("a Monmouth poll", "the National Academies report", "U.S. Census data"); opening
  // a sentence it may be no name ("Opinion polls", "Exit polls"). "A Trump tweet" stays Trump's.
  if (best_end > best_first && best_end < end &&
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[best_first]))) == 0 &&
      !(best_end == best_first + 1 && IsSurnameInText(doc, lexicon, best_first)) &&
      std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
        return f.kind == SourceWord::kDocument && f.first_token == best_end && f.first_token + f.token_count == end;
      })) {
    // A capitalized document word ends a title: "the Affordable Care Act", "the Patriot Act".
    const bool title = (doc.tokens[best_end].flags & kTokCapitalized) != 0;
    for (bool extended = true; extended;) {
      extended = false;
      for (size_t i = 0; i < found.size() && !extended; ++i) {
        const SourceWordMatch& f = found[i];
        extended = f.first_token + f.token_count == best_first && (doc.tokens[best_first - 1].flags & kTokCapitalized) &&
                   (f.kind == SourceWord::kOutlet || f.kind == SourceWord::kPlace || f.kind == SourceWord::kOrganisation);
        if (!extended) continue;
        best_first = f.first_token;
        found.erase(found.begin() + static_cast<std::ptrdiff_t>(i));
      }
    }
    while (best_first + 1 < best_end && IsDeterminer(doc.Norm(doc.tokens[best_first]))) ++best_first;  // "The National …"
    if (!title && !(doc.tokens[best_first].flags & (kTokSentenceStart | kTokHeadline)))
      group_qualifier = TokensText(doc, best_first, best_end);
    best_first = best_end = 0;
  }
  // "The Clinton email investigation", "the FBI's Hillary Clinton probe": a name before an inquiry
  // word that ends the phrase (past at most two lower-case nouns) is what is looked into, not who
  // speaks.
  if (best_end > best_first && best_end < end && best_end + 3 >= end &&
      OneOf(doc.Norm(doc.tokens[end - 1]), {"investigation", "investigations", "probe", "probes", "inquiry"})) {
    bool nouns = true;
    for (uint32_t k = best_end; k < end; ++k)
      nouns = nouns && NounLikeWord(doc, k) && !(doc.tokens[k].flags & kTokCapitalized);
    if (nouns) best_first = best_end = 0;
  }
  if (best_end > best_first && UnconfirmedName(doc, lexicon, first, end, best_first, best_end))
    best_first = best_end = 0;
  if (best_end > best_first + 1 && InTitleSizedHeadline(doc, best_first) && best_end == end) {
    // The words after the name are no part of the phrase: "Elizabeth Warren Hammers Wells Fargo CEO".
    best_end = end = HeadlineNameEnd(doc, best_first, best_end);
    found.erase(std::remove_if(found.begin(), found.end(),
                               [&](const SourceWordMatch& f) { return f.first_token + f.token_count > end; }),
                found.end());
  }
  if (best_end > best_first) {
    m.name = TokensText(doc, best_first, ThroughSuffixPeriod(doc, best_end));  // "Joseph R. Biden Jr."
    // "President Trump's former adviser Roger Stone", "The president's Pacific roots": roles
    // before a possessive ending before the name are the owner's.
    for (uint32_t k = best_first; k-- > owner_end;) {
      if (!IsPossessiveEnding(doc, k)) continue;
      owner_end = k + 1;
      break;
    }
    uint32_t surname = best_end - 1;  // "Joseph R. Biden Jr.": Biden
    if (surname > best_first && IsNameSuffix(doc.Norm(doc.tokens[surname]))) --surname;
    m.surname = std::string(WithoutArticlePrefix(doc.Norm(doc.tokens[surname])));
    if (surname > best_first) {  // not "Trump Jr."
      uint32_t given = best_first;
      // "J. Gerald Hebert": the given name after an initial, as MentionCompleter reads "Hebert".
      if (IsInitialPeriod(doc, best_first + 1)) {
        const uint32_t listed = GivenNameTokenBefore(doc, lexicon, surname);
        if (listed > best_first && listed < surname) given = listed;
      }
      m.given = FoldLatinLetters(doc.Norm(doc.tokens[given]));
    }
  }

  std::string organisation = named_organisation, outlet = named_outlet, place, generic;
  uint32_t generic_first = first;
  for (const SourceWordMatch& f : found) {
    const std::string written = TokensText(doc, f.first_token, f.first_token + f.token_count);
    if (IsRole(f.kind)) {
      // "fellow Sen. Ted Cruz", "a fellow senator", "a fellow Texan": "fellow" before a title, a
      // role or a place is no role.
      const uint32_t after = f.first_token + f.token_count;
      const bool fellow = f.token_count == 1 && doc.Norm(doc.tokens[f.first_token]) == "fellow" && after < end &&
                          (IsTitle(doc.Norm(doc.tokens[after])) ||
                           std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& x) {
                             return x.first_token == after && (IsRole(x.kind) || x.kind == SourceWord::kPlace);
                           }));
      // "Other refugee advocates": a role before a plural for people the lists know qualifies it.
      const bool qualifies_people = after < end && !(doc.tokens[after].flags & kTokCapitalized) &&
                                    (IsRolePlural(lexicon, doc.Norm(doc.tokens[after])) ||
                                     std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& x) {
                                       return x.first_token == after && x.kind == SourceWord::kAnonymous;
                                     }));
      if (m.role.empty() && f.first_token >= owner_end && !fellow && !qualifies_people) {
        // A role word that qualifies the next one takes it in, across modifiers: "deputy press
        // secretary", "Chief Judge", "deputy national security adviser", "Secretary General"; the
        // last gives the kind. Not "candidate Sen.", "fellow Democrat", "editor Dr.".
        uint32_t role_end = f.first_token + f.token_count;
        m.role_kind = f.kind;
        for (uint32_t k = role_end; k < end;) {
          const auto next = std::find_if(found.begin(), found.end(), [&](const SourceWordMatch& x) {
            return x.first_token == k && IsRole(x.kind);
          });
          const bool qualifies = IsQualifyingRole(doc.Norm(doc.tokens[role_end - 1]));
          if (next != found.end() && (qualifies || doc.Norm(doc.tokens[k]) == "general")) {
            role_end = k = next->first_token + next->token_count;
            m.role_kind = next->kind;
          } else if (qualifies && (IsModifierWord(doc.Norm(doc.tokens[k])) || inside_title(k))) {
            ++k;
          } else {
            break;
          }
        }
        m.role = TokensText(doc, WithQualifierBefore(doc, f.first_token, std::max(first, owner_end)), role_end);
      }
    } else if ((f.kind == SourceWord::kAnonymous || f.kind == SourceWord::kAnonymousMarker) &&
               !(named_organisation.find(written) != std::string::npos && (doc.tokens[f.first_token].flags & kTokCapitalized))) {
      // (Not a capitalized word of the organisation's name: "the Union of Concerned Scientists".)
      // Nor a quantifier of the document that ends the phrase: "Several studies", "One poll" are
      // documents ("some GOP figures" are people).
      const bool counts_documents =
          f.token_count == 1 && std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& g) {
            return g.kind == SourceWord::kDocument && g.first_token > f.first_token && g.first_token + g.token_count == end &&
                   doc.Norm(doc.tokens[g.first_token]) != "figures";
          });
      if (!counts_documents) m.anonymous = true;
      // "A spokeswoman for YouTube", "an official": a vague phrase of the list ending in a role
      // keeps the role, as "a Twitter spokesman" does.
      const uint32_t last = f.first_token + f.token_count - 1;
      SourceWordMatch role;
      if (m.role.empty() && f.token_count >= 2 && lexicon.MatchAt(doc, last, last + 1, &role) && IsRole(role.kind)) {
        m.role = TokensText(doc, last, last + 1);
        m.role_kind = role.kind;
      }
    } else if (f.kind == SourceWord::kDocument) {
      // "The Post sought more details": a masthead word capitalized after "the", inside a
      // sentence, is the newspaper, not a post.
      const Token& word = doc.tokens[f.first_token];
      const bool masthead = f.token_count == 1 && f.first_token > first && outlet.empty() &&
                            (word.flags & kTokCapitalized) && !(word.flags & (kTokSentenceStart | kTokHeadline)) &&
                            doc.Norm(doc.tokens[f.first_token - 1]) == "the" && IsMastheadWord(doc.Norm(word));
      // "the polling guru", "a survey director": a document word before the role word that ends
      // the phrase only qualifies it.
      const bool qualifies_role = std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& x) {
        return IsRole(x.kind) && x.first_token > f.first_token && x.first_token + x.token_count == end;
      });
      if (masthead) outlet = "The " + written;
      else if (!qualifies_role) m.document = true;
    } else if (f.kind == SourceWord::kOutlet && outlet.empty()) {
      outlet = f.canonical.empty() ? written : std::string(f.canonical);
    } else if (f.kind == SourceWord::kOrganisation) {
      if (!f.canonical.empty() && organisation.empty()) organisation = f.canonical;
      // A lower-case one ends the phrase ("the hospital"), or it only qualifies the noun that
      // does ("conference attendees").
      else if (f.canonical.empty() && generic.empty() &&
               ((doc.tokens[f.first_token].flags & kTokCapitalized) || f.first_token + f.token_count == end)) {
        generic = written;
        generic_first = f.first_token;
      }
    } else if (f.kind == SourceWord::kPlace && place.empty()) {
      place = f.canonical;
    }
  }
  const std::string_view last_word = doc.Norm(doc.tokens[end - 1]);
  const bool men = last_word.size() >= 3 && last_word.substr(last_word.size() - 3) == "men";  // "women", "congressmen"
  m.plural = ((last_word.size() > 3 && last_word.back() == 's') || men || OneOf(last_word, {"people", "children"})) &&
             !IsNameToken(doc, end - 1);
  // "the Nazis", "all GOPers", "the Clintons": one capitalized plural after a determiner, ending
  // the phrase, names no one (a surname takes no "the"); a vague group.
  if (!m.name.empty() && best_end == best_first + 1 && best_first > first && m.role.empty() &&
      IsDeterminer(doc.Norm(doc.tokens[best_first - 1])) && !(doc.tokens[best_first].flags & kTokAllCaps) &&
      last_word.size() > 4 && last_word.back() == 's' && best_end == end) {
    m.name.clear();
    m.surname.clear();
    m.given.clear();
    m.anonymous = m.plural = true;
  }
  if (!m.name.empty()) m.anonymous = false;
  if (m.indefinite && m.name.empty() && m.role_kind != SourceWord::kCount) m.anonymous = true;
  // "Activist teachers", "Some senators": nameless people in the plural are a vague group.
  if (m.plural && m.name.empty() && m.role_kind != SourceWord::kCount && !m.document && organisation.empty() &&
      outlet.empty() && last_word.substr(last_word.size() - 2) != "ss")  // not "the witness", "the actress"
    m.anonymous = true;
  // "American farmers", "Democratic senators", "Pentagon planners": unnamed people of a place,
  // side or body, a lower-case plural no list knows, are a vague group affiliated with it.
  if (m.plural && m.name.empty() && m.role.empty() && !m.anonymous && !m.document &&
      (!place.empty() || !organisation.empty()) && !(doc.tokens[end - 1].flags & kTokCapitalized) &&
      !IsPluralOfNoPeople(last_word) &&
      std::none_of(found.begin(), found.end(), [&](const SourceWordMatch& f) { return f.first_token + f.token_count == end; }))
    m.anonymous = true;

  // "Russians", "Palestinians": a people speaking, not its state; a vague group affiliated with it.
  // So is one of them: "a German", "an American".
  const bool one_of_a_people = m.indefinite && end == first + 2 && OneOf(doc.Norm(doc.tokens[first]), {"a", "an"});
  if (m.name.empty() && m.role.empty() && !m.anonymous && !place.empty() && organisation.empty() && outlet.empty() &&
      generic.empty() && (doc.tokens[end - 1].flags & kTokCapitalized) && last_word.size() > 4 &&
      (last_word.substr(last_word.size() - 3) == "ans" || one_of_a_people))
    m.anonymous = true;
  // "the Kentucky Republican", "a House Democrat": one member of a party, a politician of that side.
  std::string_view party;
  // Bare, "the Republican" is often an adjective whose noun the phrase left out ("the Republican
  // debate"): only before a comma, a reporting verb or "from", "of", "who".
  auto bare_noun = [&] {
    if (end >= doc.tokens.size() || doc.tokens[end].sentence != doc.tokens[end - 1].sentence) return true;
    const std::string_view next = doc.Norm(doc.tokens[end]);
    return !(doc.tokens[end].flags & kTokWord) ||
           OneOf(next, {"said", "says", "told", "added", "wrote", "argued", "noted", "tweeted", "replied", "from", "of",
                        "who"});
  };
  const bool another = doc.Norm(doc.tokens[first]) == "another";  // a listed vague word itself
  // "a Hispanic Republican": a word of identity before the party member names no one.
  if (IsPartyMemberWord(last_word) && m.role.empty() && IsIdentityWord(Lower(m.name))) {
    m.name.clear();
    m.surname.clear();
    m.given.clear();
  }
  // "A Muslim", "one Catholic", "the third Indonesian Christian": one member of a faith or people
  // names no one; a vague person of that side ("Christian Bale" and "Rep. Diane Black" are named).
  if (!m.name.empty() && m.role.empty() && best_first + 1 == end && best_first > first &&
      OneOf(last_word, {"muslim", "christian", "catholic", "jew", "mormon", "evangelical", "protestant", "sikh",
                        "hindu", "buddhist", "arab", "hispanic", "latino", "latina"}) &&
      OneOf(doc.Norm(doc.tokens[first]), {"the", "a", "an", "one", "another", "every", "each"})) {
    if (m.affiliation.empty()) m.affiliation = m.name;
    m.name.clear();
    m.surname.clear();
    m.given.clear();
    m.anonymous = true;
  }
  if (m.name.empty() && m.role.empty() && (!m.anonymous || another) && !m.document &&
      IsPartyMemberWord(last_word) && end > first + 1 &&
      OneOf(doc.Norm(doc.tokens[first]), {"the", "a", "an", "one", "another", "every", "each"}) &&
      (end > first + 2 || bare_noun() || OneOf(doc.Norm(doc.tokens[first]), {"every", "each"}))) {
    for (const SourceWordMatch& f : found)
      if (f.kind == SourceWord::kPlace && f.first_token + f.token_count == end) party = f.canonical;
    if (!party.empty()) {
      m.role_kind = SourceWord::kOfficial;
      // "a Nevada Democrat" is one of many, "every Republican" all of them
      m.anonymous = m.indefinite || another || doc.Norm(doc.tokens[first]) == "each";
    }
  }
  // "The city of Phoenix", "the board of Acme Widgets": a name after a lower-case body's "of" is
  // that body's, no person's; the phrase names the body.
  if (!m.name.empty() && m.role.empty() && best_first >= first + 2 && doc.Norm(doc.tokens[best_first - 1]) == "of") {
    uint32_t body = IsLowercaseTownNoun(doc, best_first - 2) ? best_first - 2 : UINT32_MAX;
    for (const SourceWordMatch& f : found)
      if (f.first_token + f.token_count + 1 == best_first && IsGenericOrganisation(doc, f) &&
          !(doc.tokens[f.first_token].flags & kTokCapitalized))
        body = f.first_token;
    if (body != UINT32_MAX) {
      m.name.clear();
      m.surname.clear();
      m.given.clear();
      generic = TokensText(doc, body, best_first - 1);
      generic_first = body;
    }
  }
  if (!party.empty()) {
    m.affiliation = party;
  } else if (m.name.empty() && m.role.empty() && !m.anonymous) {
    // The phrase names an institution: "the Kremlin", "BBC", "Moscow", "the company".
    uint32_t body_first = end;
    const std::string place_body = outlet.empty() ? PlaceBodyText(doc, found, end, &body_first) : std::string();
    if (!outlet.empty()) { m.institution = outlet; m.institution_kind = SourceWord::kOutlet; }
    else if (!place_body.empty()) { m.institution = place_body; m.institution_kind = SourceWord::kOrganisation; }
    else if (!organisation.empty()) { m.institution = organisation; m.institution_kind = SourceWord::kOrganisation; }
    else if (!generic.empty() && !m.document) {
      // A capitalized name of two words or more without its article ("the University of
      // Philadelphia") or the lower-case words that describe it ("the conservative advocacy group
      // Citizens United"); "the hospital" and "the Church" as written.
      uint32_t k = first;
      if (doc.tokens[generic_first].flags & kTokCapitalized) {
        k = generic_first;
        while (k > first && (doc.tokens[k - 1].flags & kTokCapitalized) && (doc.tokens[k - 1].flags & kTokWord) &&
               !IsDeterminer(doc.Norm(doc.tokens[k - 1])))
          --k;
        if (k + 1 >= end) k = first;  // one word: as written ("the Church")
      }
      while (k + 2 < end && (doc.tokens[generic_first].flags & kTokCapitalized) && IsDeterminer(doc.Norm(doc.tokens[k]))) ++k;
      m.institution = TokensText(doc, k, end);
      m.institution_kind = IsKindOfNewsOutlet(generic) ? SourceWord::kOutlet : SourceWord::kOrganisation;
    } else if (!place.empty() && !m.document) {
      m.institution = m.text;
      m.institution_kind = SourceWord::kPlace;
    }
    // A place's opposition is a side of its own, not the place's: "the Turkish opposition".
    if (!place_body.empty() && doc.Norm(doc.tokens[end - 1]) == "opposition") m.affiliation = place_body;
    else if (m.institution_kind == SourceWord::kPlace || !place_body.empty()) m.affiliation = place;
    else if (!m.institution.empty()) m.affiliation = m.institution;
    else if (!organisation.empty()) m.affiliation = organisation;
    else if (!place.empty()) m.affiliation = place;
    if (!place_body.empty() && !place.empty()) m.place_body_key = Lower(place) + "|" + NormWords(doc, body_first, end);
  } else if (!organisation.empty() || !outlet.empty() || !place.empty()) {
    m.affiliation = !organisation.empty() ? organisation : !outlet.empty() ? outlet : place;
    // "a Chinese government official", "a U.S. government employee": a place right before a
    // lower-case generic body is whose the body is; the place's own body shows with it ("Las
    // Vegas police officials": Las Vegas police).
    for (size_t i = 0; i + 1 < found.size() && outlet.empty(); ++i) {
      const SourceWordMatch& at = found[i];
      const SourceWordMatch& body = found[i + 1];
      const uint32_t body_end = body.first_token + body.token_count;
      if (at.kind != SourceWord::kPlace || body.first_token != at.first_token + at.token_count ||
          !IsGenericOrganisation(doc, body) || (doc.tokens[body.first_token].flags & kTokCapitalized) ||
          organisation != (body.canonical.empty() ? TokensText(doc, body.first_token, body_end) : std::string(body.canonical)))
        continue;
      const std::string place_name = at.canonical.empty() ? TokensText(doc, at.first_token, body.first_token)
                                                          : std::string(at.canonical);
      m.affiliation = OneOf(doc.Norm(doc.tokens[body_end - 1]), {"government", "administration", "regime", "authorities"})
                          ? place_name
                          : TokensText(doc, at.first_token, body_end);
    }
    // "Boston University historian John Baick", "Western New England University": a capitalized
    // body before the role (its last generic word) is whom the person is with, place and all; a
    // party stays the side ("members of the Democrat Party": Democratic).
    uint32_t body_end = first;
    for (const SourceWordMatch& f : found)
      if (IsGenericOrganisation(doc, f) && (doc.tokens[f.first_token].flags & kTokCapitalized) &&
          (m.name.empty() || f.first_token + f.token_count <= best_first))
        body_end = std::max(body_end, f.first_token + f.token_count);
    static const WordSet kNoBodyWords = {"former", "top", "senior", "current", "then", "longtime", "veteran", "retired",
                                         "acting", "interim", "incoming", "outgoing", "prominent", "leading"};
    if (organisation.empty() && outlet.empty() && body_end > first && !IsPartyAffiliation(m.affiliation)) {
      uint32_t k = body_end - 1;
      while (k > first && (doc.tokens[k - 1].flags & kTokCapitalized) && (doc.tokens[k - 1].flags & kTokWord) &&
             !IsDeterminer(doc.Norm(doc.tokens[k - 1])) && !IsTitle(doc.Norm(doc.tokens[k - 1])) &&
             !kNoBodyWords.Contains(doc.Norm(doc.tokens[k - 1])))
        --k;
      if (k + 1 < body_end) m.affiliation = TokensText(doc, k, body_end);
    }
  }
  // "Democrats", "Senate Republicans", "some Democrats": members of a party stand with its side,
  // before the body they sit in.
  if (const std::string_view members = PartyOfMembers(last_word);
      !members.empty() && m.name.empty() && m.role.empty() && m.institution.empty())
    m.affiliation = members;
  if (!m.name.empty()) m.tag_state = std::string(StateOfTagAt(doc, end));
  if (const std::string_view tag_party = m.name.empty() ? std::string_view() : PartyOfTagAt(doc, end);
      !tag_party.empty()) {
    if (m.affiliation.empty()) m.affiliation = tag_party;
    if (m.role.empty()) m.role_kind = SourceWord::kOfficial;  // "Mark Siljander (R-Mich.)": a legislator
  }
  if (legislator_named && m.role.empty()) m.role_kind = SourceWord::kOfficial;
  if (m.affiliation.empty()) m.affiliation = owner_name;
  if (m.affiliation.empty()) m.affiliation = title_body;
  // "House Speaker Paul Ryan", "House Majority Leader Kevin McCarthy": the chamber before a title
  // (not "White House").
  for (uint32_t k = first; m.affiliation.empty() && !m.role.empty() && k + 1 < end; ++k)
    if (doc.Norm(doc.tokens[k]) == "house" && (doc.tokens[k].flags & kTokCapitalized) &&
        !(k > 0 && OneOf(doc.Norm(doc.tokens[k - 1]), {"white", "state"})) &&
        std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) { return IsRole(f.kind) && f.first_token == k + 1; }))
      m.affiliation = "House";
  if (m.affiliation.empty() && m.name.empty()) m.affiliation = identity_word;  // "Jewish groups", "a Muslim spokesman"
  // A group's qualifier where nothing else gives one; a definite role's in any case ("Tulsa police").
  if (!group_qualifier.empty() && (m.affiliation.empty() || (!m.anonymous && m.name.empty())))
    m.affiliation = group_qualifier;
  if (m.affiliation.empty() && named_after_role && !m.name.empty() && !(doc.tokens[first].flags & kTokHeadline)) {
    // The qualifier without modifiers and possessive: "Former Clinton", "Kasich's chief" ->
    // "Clinton", "Kasich". One word is an affiliation when it is an acronym or someone's
    // surname ("Clinton spokesman"), not part of a title ("Minority Leader"). Headlines
    // capitalize every word, so none is taken there.
    while (qualifier_first < qualifier_end && IsQualifyingModifier(doc, qualifier_first)) ++qualifier_first;
    while (qualifier_end > qualifier_first &&
           (IsQualifyingModifier(doc, qualifier_end - 1) || IsPossessiveEnding(doc, qualifier_end - 1)))
      --qualifier_end;
    const bool possessive = IsPossessiveEnding(doc, qualifier_end);  // "Obama's spokesman"
    if ((qualifier_end == qualifier_first + 1 && possessive) ||
        NamesQualifier(doc, lexicon, qualifier_first, qualifier_end, /*before_named_title=*/true))
      m.affiliation = TokensText(doc, qualifier_first, qualifier_end);
  }
  if (const std::string_view singular = SingularTitle(m.role); !singular.empty() && !m.name.empty()) m.role = singular;

  Describe(doc, first, end, &m);
  return m;
}

SourceMention ReadSourceMention(const Document& doc, const SourceLexicon& lexicon, uint32_t head,
                                uint32_t avoid_first, uint32_t avoid_end) {
  const SentenceBounds sb = BoundsOf(doc, head);
  auto avoided = [&](uint32_t k) { return k >= avoid_first && k < avoid_end; };
  // Where the noun phrase of at most `max_words` words ending right before token `before`
  // starts: back over nouns and adjectives (with `names`, name words too) and possessive
  // endings, taking in a determiner and stopping there; `before` when there is none.
  auto noun_phrase_start = [&](uint32_t before, int max_words, bool names) {
    uint32_t k = before;
    for (int words = 0; k > sb.first && words < max_words && !avoided(k - 1); ++words) {
      const uint32_t w = k - 1;
      const std::string_view x = doc.Norm(doc.tokens[w]);
      if (IsDeterminer(x)) return w;
      if (x == "only" && w > sb.first && !avoided(w - 1) && IsDeterminer(doc.Norm(doc.tokens[w - 1]))) return w - 1;
      const bool possessive = IsPossessiveEnding(doc, w) && w > sb.first;
      // A name's title and its period: "Ms. Merkel's spokesman".
      if (names && x == "." && w > sb.first && !avoided(w - 1) && IsTitleAbbreviation(doc.Norm(doc.tokens[w - 1]))) {
        k = w - 1;
        continue;
      }
      if (!(NounLikeWord(doc, w) || (names && IsNameToken(doc, w)) || possessive)) break;
      k = w;
    }
    return k;
  };
  // "Republican politicians and their allies … speak", "Russian officials", "Jewish groups": a pick of the place,
  // party or faith word, or of it and a lower-case adjective ("Republican presidential candidates"), moves
  // to the people it qualifies.
  if (head + 1 < sb.end) {
    SourceWordMatch people;
    auto side_at = [&](uint32_t k) {
      return IsSideWordAt(doc, lexicon, k) ||
             ((doc.tokens[k].flags & kTokCapitalized) && IsIdentityWord(doc.Norm(doc.tokens[k])));
    };
    // (Past a modifier picked before the word: "the top British medical journal".)
    const uint32_t picked = head;
    if (!(doc.tokens[head].flags & kTokCapitalized) && IsModifierWord(doc.Norm(doc.tokens[head])) &&
        !avoided(head + 1) && side_at(head + 1))
      ++head;
    const bool side = side_at(head);
    auto lower_case_word = [&](uint32_t k) {
      return k < sb.end && !avoided(k) && (doc.tokens[k].flags & kTokWord) && !(doc.tokens[k].flags & kTokCapitalized);
    };
    // People, or bodies of them: "Russian officials", "Jewish groups".
    auto people_at = [&](uint32_t k) {
      static const WordSet kBodiesOfPeople = {"groups", "organizations", "organisations", "communities",
                                              "congregations", "churches"};
      const std::string_view w = doc.Norm(doc.tokens[k]);
      return lower_case_word(k) &&
             (lexicon.NamesPeopleAt(doc, k) || IsRolePlural(lexicon, w) || kBodiesOfPeople.Contains(w));
    };
    // Or a document or a body: "a British medical study", "the top British medical journal" (a
    // masthead's word ending the run of nouns).
    auto thing_at = [&](uint32_t k) {
      SourceWordMatch thing;
      if (!lower_case_word(k)) return false;
      if (IsMastheadWord(doc.Norm(doc.tokens[k]))) return !(lower_case_word(k + 1) && NounLikeWord(doc, k + 1));
      return lexicon.MatchAt(doc, k, k + 1, &thing) &&
             (thing.kind == SourceWord::kDocument || thing.kind == SourceWord::kOrganisation ||
              thing.kind == SourceWord::kOutlet);
    };
    if (side && (people_at(head + 1) || thing_at(head + 1))) {
      ++head;
    } else if (side && lower_case_word(head + 1) && NounLikeWord(doc, head + 1) &&
               !lexicon.MatchAt(doc, head + 1, head + 2, &people) && (people_at(head + 2) || thing_at(head + 2))) {
      head += 2;
    } else {
      head = picked;
    }
  }
  // "said former tech executive Carly Fiorina", "the real estate tycoon": a pick of a lower-case
  // modifier, or of a word no list knows, before a role moves to the role, or to the name after it.
  SourceWordMatch pick;
  if (head + 1 < sb.end && !(doc.tokens[head].flags & kTokCapitalized) &&
      (IsModifierWord(doc.Norm(doc.tokens[head])) ||
       (NounLikeWord(doc, head) && !lexicon.MatchAt(doc, head, head + 1, &pick)))) {
    uint32_t k = head + 1;
    while (k < sb.end && k < head + 4 && !avoided(k) && !(doc.tokens[k].flags & kTokCapitalized) &&
           NounLikeWord(doc, k) && !lexicon.NamesPeopleAt(doc, k))
      ++k;
    SourceWordMatch role;
    if (k < sb.end && !avoided(k) && lexicon.MatchAt(doc, k, k + 1, &role) && IsRole(role.kind)) {
      head = k;
      while (head + 1 < sb.end && !avoided(head + 1) && IsNameToken(doc, head + 1)) ++head;
    }
  }
  // "Carter however said", "Rome always says", "Rubio and Bush both made": a pick of an adverb or
  // quantifier right before the cue, after the subject, moves to the subject.
  static const WordSet kAfterSubject = {"however", "then", "always", "never", "often", "sometimes", "usually", "once",
                                        "just", "only", "earlier", "later", "also", "still", "now", "again", "first",
                                        "both", "all", "too"};
  if (head > sb.first && head + 1 == avoid_first && !avoided(head - 1) &&
      !(doc.tokens[head].flags & kTokCapitalized) && kAfterSubject.Contains(doc.Norm(doc.tokens[head]))) {
    const std::string_view before = doc.Norm(doc.tokens[head - 1]);
    const bool verb = IsBeOrHave(before) || IsModal(before) || OneOf(before, {"do", "does", "did"});
    // ("a contest both have long been anticipating": "both" and "all" after a singular common noun
    // are the subject.)
    const bool quantifier = OneOf(doc.Norm(doc.tokens[head]), {"both", "all"});
    if (IsNameToken(doc, head - 1) || IsPersonalPronoun(before) ||
        (NounLikeWord(doc, head - 1) && !verb && (!quantifier || before.back() == 's')))
      --head;
  }
  // "the newly revised timeline": a pick of the adverb after an article moves to the noun its
  // participle or adjective leads to.
  if (head > sb.first && head + 2 < sb.end && !avoided(head + 1) && !avoided(head + 2) &&
      OneOf(doc.Norm(doc.tokens[head - 1]), {"a", "an", "the"}) && IsLowercaseLyAdverb(doc, head) &&
      (doc.tokens[head + 1].flags & kTokWord) && !(doc.tokens[head + 1].flags & kTokCapitalized) &&
      NounLikeWord(doc, head + 2) && !(doc.tokens[head + 2].flags & kTokCapitalized))
    head += 2;
  // "Seventy-two percent now believe": a pick of a count moves to the "percent" it counts.
  if (head + 1 < sb.end && !avoided(head + 1) && OneOf(doc.Norm(doc.tokens[head + 1]), {"percent", "%"}) &&
      IsNumberAt(doc, head))
    ++head;
  uint32_t keep_end = 0;  // the span reaches at least here (the relative pronoun itself)
  // "superdelegates who've already said": an auxiliary's clitic stands for the word it is joined to.
  if ((doc.tokens[head].flags & kTokClitic) && OneOf(doc.Norm(doc.tokens[head]), {"'ve", "'re", "'ll", "'d", "'m"}) &&
      head > sb.first && !avoided(head - 1))
    --head;
  // "VDARE.com has long argued": a web address speaks as an outlet, named as written.
  if (const uint32_t address = WebAddressStart(doc, head); address < head && address >= sb.first && !avoided(address)) {
    SourceMention m;
    m.first_token = address;
    m.end_token = head + 1;
    m.span = {doc.tokens[address].start, doc.tokens[head].end};
    m.text = m.institution = m.affiliation = TokensText(doc, address, head + 1);
    m.institution_kind = SourceWord::kOutlet;
    Describe(doc, address, head + 1, &m);
    return m;
  }
  // "what Islamic texts themselves say", "Trump himself said": a reflexive after a name or a
  // listed noun only stresses it (after a verb it is an object: "busies himself defending").
  if (OneOf(doc.Norm(doc.tokens[head]), {"themselves", "himself", "herself", "itself"}) && head > sb.first &&
      !avoided(head - 1)) {
    SourceWordMatch noun;
    if (IsNameToken(doc, head - 1) || lexicon.MatchAt(doc, head - 1, head, &noun)) --head;
  }
  // "officials who said": the relative pronoun stands for the noun before it.
  if (IsRelativePronoun(doc.Norm(doc.tokens[head])) && head > sb.first && !avoided(head - 1)) {
    SourceWordMatch before;
    const bool lexicon_word = lexicon.MatchAt(doc, head - 1, head, &before);
    const bool role_plural = !lexicon_word && IsRolePlural(lexicon, doc.Norm(doc.tokens[head - 1]));  // "women who"
    auto through_relative = [&](SourceMention m) {  // the span reaches "who"/"which"
      m.end_token = head + 1;
      m.span.end = doc.tokens[head].end;
      return m;
    };
    // The person named right before the comma at token `comma` (a given name, a role, a title
    // such as "Mr." or a surname the text gives someone with a given name; not a place like
    // "Englewood"), with the span reaching the relative pronoun.
    auto named_person_before = [&](uint32_t comma, SourceMention* out) {
      // (The name's last word is before the period of a suffix: "Morris J. Brooks Jr., who".)
      const bool suffix_period = comma >= sb.first + 2 && ThroughSuffixPeriod(doc, comma - 1) == comma;
      const uint32_t last = suffix_period ? comma - 2 : comma - 1;
      if (!IsNameToken(doc, last) || avoided(last)) return false;
      SourceMention person = ReadSourceMention(doc, lexicon, last, avoid_first, avoid_end);
      if (ThroughSuffixPeriod(doc, person.end_token) != comma || person.name.empty() || !person.institution.empty())
        return false;
      const bool titled = person.first_token < comma - 1 && IsTitle(doc.Norm(doc.tokens[person.first_token]));
      if (person.given.empty() && person.role.empty() && !titled &&
          !(person.first_token + 1 == comma && IsSurnameInText(doc, lexicon, comma - 1)))
        return false;
      *out = through_relative(std::move(person));
      return true;
    };
    // The same, or past "of" and a place ("Sen. Bernie Sanders of Vermont,"), which becomes the
    // person's affiliation when nothing else gives one.
    auto person_before_comma = [&](uint32_t comma, SourceMention* out) {
      if (named_person_before(comma, out)) return true;
      if (comma < sb.first + 2 || avoided(comma - 1)) return false;
      const SourceMention place = ReadSourceMention(doc, lexicon, comma - 1, avoid_first, avoid_end);
      if (place.end_token != comma || place.institution_kind != SourceWord::kPlace ||
          place.first_token < sb.first + 2 || doc.Norm(doc.tokens[place.first_token - 1]) != "of" ||
          !named_person_before(place.first_token - 1, out))
        return false;
      if (out->affiliation.empty()) out->affiliation = place.affiliation;
      return true;
    };
    // Where the noun phrase ending at `noun` opens, past a quoted title in it and the determiners
    // before that ("his “Keepin’ It Real” radio program").
    auto phrase_opening = [&](uint32_t noun) {
      uint32_t phrase = noun_phrase_start(noun, 4, false);
      if (phrase <= sb.first + 1 || !(doc.tokens[phrase - 1].flags & kTokQuoteMark) || avoided(phrase - 1))
        return phrase;
      uint32_t open = phrase - 1;
      while (open > sb.first && open + 8 > phrase && !avoided(open - 1) &&
             !(doc.tokens[open - 1].flags & kTokQuoteMark))
        --open;
      if (open == sb.first || !(doc.tokens[open - 1].flags & kTokQuoteMark)) return phrase;
      phrase = open - 1;
      while (phrase > sb.first && !avoided(phrase - 1) && IsDeterminer(doc.Norm(doc.tokens[phrase - 1]))) --phrase;
      return phrase;
    };
    auto opened_by_preposition = [&](uint32_t phrase) {
      return phrase > sb.first &&
             OneOf(doc.Norm(doc.tokens[phrase - 1]), {"of", "at", "in", "on", "for", "with", "from", "by", "to",
                                                      "about", "against", "among", "like", "into", "over",
                                                      "across", "around", "throughout", "within", "under"});
    };
    // "the operative who helped", "the 30 percent who say": any noun right before "who" names
    // people, unless a preposition opens its phrase ("a coach at a basketball game who").
    auto person_noun_at = [&](uint32_t noun) {
      const std::string_view w = doc.Norm(doc.tokens[noun]);
      if (doc.Norm(doc.tokens[head]) != "who" || !NounLikeWord(doc, noun) || IsPersonalPronoun(w) || IsTimeNoun(w) ||
          OneOf(w, {"himself", "herself", "themselves", "itself", "one", "ones", "anyone", "someone", "everyone"}))
        return false;
      return !opened_by_preposition(phrase_opening(noun));
    };
    // "listeners to his radio program who said", "Residents of the town who spoke": past a
    // preposition's phrase, "who" stands for the people named right before the preposition (a
    // role or vague group, or a plural in "-ers"/"-ists"); UINT32_MAX when there are none.
    auto people_before_preposition = [&]() -> uint32_t {
      if (doc.Norm(doc.tokens[head]) != "who" || !NounLikeWord(doc, head - 1)) return UINT32_MAX;
      const uint32_t phrase = phrase_opening(head - 1);
      if (!opened_by_preposition(phrase) || phrase < sb.first + 2 || avoided(phrase - 2)) return UINT32_MAX;
      const uint32_t noun = phrase - 2;
      const std::string_view w = doc.Norm(doc.tokens[noun]);
      SourceWordMatch match;
      const bool people = (lexicon.MatchAt(doc, noun, noun + 1, &match) &&
                           (IsRole(match.kind) || match.kind == SourceWord::kAnonymous)) ||
                          IsRolePlural(lexicon, w) || EndsAfterStem(w, "ers", 3) || EndsAfterStem(w, "ists", 3);
      return people && !(doc.tokens[noun].flags & kTokCapitalized) ? noun : UINT32_MAX;
    };
    // "Tom Rath, a veteran New Hampshire GOP leader who had endorsed Kasich", "Edward J. Markey,
    // the only Democrat who", "Braynard, a South Carolina native who": a description in apposition
    // to a named person stands for that person.
    if (((lexicon_word && (IsRole(before.kind) || IsPartyMemberWord(doc.Norm(doc.tokens[head - 1])))) ||
         person_noun_at(head - 1)) &&
        OneOf(doc.Norm(doc.tokens[head]), {"who", "whom", "whose"})) {
      const uint32_t phrase = noun_phrase_start(head - 1, 6, true);
      SourceMention person;
      if (phrase >= sb.first + 2 && doc.Norm(doc.tokens[phrase - 1]) == "," && person_before_comma(phrase - 1, &person))
        return person;
    }
    // "Diana Orrock, an RNC committeewoman from Nevada who supports Trump": "who" right after the
    // place that ends a role's apposition stands for the person named before the apposition.
    if (IsNameToken(doc, head - 1) && doc.Norm(doc.tokens[head]) == "who" && !avoided(head - 1)) {
      const SourceMention place = ReadSourceMention(doc, lexicon, head - 1, avoid_first, avoid_end);
      const bool after_preposition =
          place.first_token >= sb.first + 4 && OneOf(doc.Norm(doc.tokens[place.first_token - 1]), {"from", "of", "in"});
      if (place.end_token == head && place.institution_kind == SourceWord::kPlace && after_preposition) {
        const uint32_t role_end = place.first_token - 1;
        const uint32_t phrase = noun_phrase_start(role_end - 1, 6, true);
        const SourceMention role = ReadSourcePhrase(doc, lexicon, phrase, role_end);
        SourceMention person;
        if (!role.role.empty() && role.name.empty() && phrase >= sb.first + 2 &&
            doc.Norm(doc.tokens[phrase - 1]) == "," && named_person_before(phrase - 1, &person))
          return person;
      }
    }
    if (IsNameToken(doc, head - 1) || lexicon_word || role_plural || person_noun_at(head - 1)) {
      --head;
      keep_end = head + 2;
    } else if (const uint32_t people = people_before_preposition(); people != UINT32_MAX) {
      // The span reaches "who" unless a quoted title stands between ("program who").
      bool quoted = false;
      for (uint32_t k = people; k < head; ++k) quoted = quoted || (doc.tokens[k].flags & kTokQuoteMark);
      if (!quoted) keep_end = head + 1;
      head = people;
    } else if (head >= sb.first + 2 && OneOf(doc.Norm(doc.tokens[head - 1]), {",", "(", "-", "--"}) &&
               !avoided(head - 2) && OneOf(doc.Norm(doc.tokens[head]), {"who", "which", "whose"})) {
      // "Hillary Clinton, who declared victory …, said", "San Francisco prosecutors, who had long
      // argued", "Jake Sullivan (who portrayed", "Kim – who blasts": "who" stands for the person or
      // people before the comma, parenthesis or dash, "which" for the
      // organisation or document ("the Government Development Bank, which … says"), "whose" for
      // either ("Obama, whose criticism of Trump"); not for a place ending an apposition ("…, of
      // Englewood, New Jersey, who").
      const std::string_view relative = doc.Norm(doc.tokens[head]);
      // Past a parenthesized acronym: "the Anti-Defamation League (ADL), which writes".
      uint32_t last = head - 2;
      if (doc.Norm(doc.tokens[last]) == ")" && last >= sb.first + 4 && doc.Norm(doc.tokens[last - 2]) == "(" &&
          (doc.tokens[last - 1].flags & kTokAllCaps) && !avoided(last - 3))
        last -= 3;
      // Before an abbreviation's period: "of Ashton, Md., who" (not a party tag's: "McConnell,
      // R-Ky., who").
      if (doc.Norm(doc.tokens[last]) == "." && last > sb.first + 2 && IsNameToken(doc, last - 1) &&
          doc.tokens[last].start == doc.tokens[last - 1].end && !avoided(last - 1) &&
          doc.Norm(doc.tokens[last - 2]) == "," && doc.Norm(doc.tokens[last - 1]).find('-') == std::string_view::npos)
        --last;
      // Past an age set off by commas: "Donna Rawlings, 59, who".
      if (relative == "who" && IsNumberAt(doc, last) && last >= sb.first + 2 && doc.Norm(doc.tokens[last - 1]) == "," &&
          !avoided(last - 2) && IsNameToken(doc, last - 2))
        last -= 2;
      SourceMention before_comma = ReadSourceMention(doc, lexicon, last, avoid_first, avoid_end);
      const bool who = relative == "who";
      const bool people = before_comma.institution.empty() && before_comma.pronoun.empty() && !before_comma.document &&
                          (!before_comma.name.empty() || !before_comma.role.empty() || before_comma.anonymous);
      const bool body = !before_comma.institution.empty() && before_comma.institution_kind != SourceWord::kPlace;
      // "Scott's relatives, who asked": any noun before the comma names people, as before "who".
      const bool noun_people = who && before_comma.institution.empty() && before_comma.pronoun.empty() &&
                               !before_comma.document && person_noun_at(last);
      const bool fits =
          relative == "whose" ? people || body : who ? people || noun_people : body || before_comma.document;
      // "Raul Grijalva of Arizona, a co-chairman of the Progressive Caucus, who", "Harlan Crow, a
      // Texas real estate developer, who": a nameless role or noun in apposition stands for the
      // person named before it.
      SourceMention person;
      const uint32_t apposition = std::min(before_comma.first_token, noun_phrase_start(last, 6, true));
      if (who && before_comma.end_token == last + 1 && before_comma.name.empty() &&
          (!before_comma.role.empty() || noun_people) && apposition > sb.first + 1 &&
          doc.Norm(doc.tokens[apposition - 1]) == "," && person_before_comma(apposition - 1, &person))
        return person;
      // "Howard Rubel, a senior analyst at Jefferies, who", "Nicky Driscoll, 24, from Manchester,
      // who": a name no person's (no listed given name, no role) after the preposition of a role or
      // an age in apposition is the person's body or home; "who" stands for the person named
      // before the apposition.
      // So is a town and its state: "Donna Rawlings, 59, of Ashton, Md., who".
      uint32_t home = before_comma.first_token;
      const bool state = (before_comma.institution_kind == SourceWord::kPlace ||
                          (!before_comma.name.empty() && before_comma.role.empty())) &&
                         home > sb.first + 2 &&
                         doc.Norm(doc.tokens[home - 1]) == "," && IsNameToken(doc, home - 2) && !avoided(home - 2);
      if (state)
        for (home -= 1; home > sb.first + 1 && IsNameToken(doc, home - 1) && !avoided(home - 1);) --home;
      const uint32_t preposition = home > sb.first + 3 ? home - 1 : sb.first;
      const bool body_of_role = who && before_comma.end_token == last + 1 &&
                                ((!before_comma.name.empty() && before_comma.role.empty() &&
                                  lexicon.GivenNameGender(before_comma.given) == 0) ||
                                 state) &&
                                preposition > sb.first &&
                                OneOf(doc.Norm(doc.tokens[preposition]), {"at", "of", "for", "with", "from", "in"});
      for (uint32_t k = preposition; body_of_role && k-- > sb.first + 1 && k + 16 > last;) {
        if (doc.Norm(doc.tokens[k]) != "," || !named_person_before(k, &person)) continue;
        if (k + 1 >= preposition) break;  // "Paul Porter, from Ohio, who": no role or age
        bool age = true;
        for (uint32_t i = k + 1; i < preposition && age; ++i)
          age = (doc.tokens[i].flags & kTokNumber) || doc.Norm(doc.tokens[i]) == ",";
        if (age || !ReadSourcePhrase(doc, lexicon, k + 1, preposition).role.empty()) return person;
        break;
      }
      if (before_comma.end_token == last + 1 && fits && !state)
        return through_relative(std::move(before_comma));
      // "members of the World Trade Organization, which writes": "which" stands for the body or
      // document after the phrase's last preposition.
      if (relative == "which" && before_comma.end_token == last + 1) {
        for (uint32_t k = last; k > before_comma.first_token && k + 10 > head; --k) {
          if (!OneOf(doc.Norm(doc.tokens[k]), {"of", "for", "from", "in", "at", "to", "with", "by", "on"})) continue;
          SourceMention tail = ReadSourcePhrase(doc, lexicon, k + 1, last + 1);
          if ((!tail.institution.empty() && tail.institution_kind != SourceWord::kPlace) || tail.document)
            return through_relative(std::move(tail));
          break;
        }
      }
      // "Sen. Bernie Sanders of Vermont, who said": the person before "of" and the place.
      if (who && person_before_comma(last + 1, &person)) return person;
      // "Sen. Pat Roberts (R-Kans.), who", "Lindsey Graham, R-S.C., who": the person before the
      // party and state tag.
      for (uint32_t k = head - 2; who && k > sb.first + 1 && k + 8 > head; --k) {
        if (PartyOfTagAt(doc, k).empty()) continue;
        SourceMention person;
        if (named_person_before(k, &person)) return person;
        break;
      }
      // "Alan Berger, a gynecologist from Englewood, New Jersey, who said": past the place, the
      // person named before an earlier comma of the apposition (at most three commas back).
      if (who && before_comma.institution_kind == SourceWord::kPlace) {
        uint32_t commas = 0;
        for (uint32_t k = head - 2; k > sb.first + 1 && k + 24 > head && commas < 3; --k) {
          if (doc.Norm(doc.tokens[k]) != ",") continue;
          ++commas;
          SourceMention person;
          if (named_person_before(k, &person)) return person;
        }
      }
    }
  }
  const std::string_view head_word = doc.Norm(doc.tokens[head]);
  uint32_t first = head, end = head + 1;
  uint32_t for_token = 0;  // set: the phrase is "<spokesperson> for <whom>"
  uint32_t of_token = 0;   // set: the phrase is "<role> of <what>" ("the leader of the opposition")
  uint32_t read_end = 0;   // set: the phrase reads up to here, a post-modifier's phrase after it
  const bool head_all_caps = (doc.tokens[head].flags & kTokAllCaps) != 0;
  if (head_all_caps || (!IsPersonalPronoun(head_word) && !IsRelativePronoun(head_word))) {
    // Lexicon coverage of the window growth can reach (8 tokens each side, plus phrase length).
    const uint32_t window_first = head > sb.first + 12 ? head - 12 : sb.first;
    const uint32_t window_end = std::min(sb.end, head + 13);
    std::vector<SourceWordMatch> found = MatchPhrase(doc, lexicon, window_first, window_end);
    std::vector<bool> covered(window_end - window_first, false);
    for (const SourceWordMatch& f : found)
      for (uint32_t k = f.first_token; k < f.first_token + f.token_count && k < window_end; ++k) covered[k - window_first] = true;
    auto is_covered = [&](uint32_t k) { return k >= window_first && k < window_end && covered[k - window_first]; };
    auto generic_organisation_ends_at = [&](uint32_t k) { return CapitalizedBodyWordEndsBefore(doc, found, k + 1); };
    // "the Commission for the Protection of Minors", "the Foundation for the Defense of Democracies":
    // token k, an "of", "for", "on" or "the" before a name word (perhaps past "the"), no title or
    // role, is inside a body's name that a listed body word and its "for", "of" or "on" open (at
    // most eight tokens back).
    auto inside_body_name = [&](uint32_t k) {
      const uint32_t word = k + 1 < sb.end && doc.Norm(doc.tokens[k + 1]) == "the" ? k + 2 : k + 1;
      if (word >= sb.end || !IsNameToken(doc, word) || TitleOrRoleAt(doc, found, word)) return false;
      for (uint32_t j = k; j > sb.first + 1 && j + 8 > k; --j) {
        const std::string_view x = doc.Norm(doc.tokens[j]);
        if (OneOf(x, {"for", "of", "on"}) && generic_organisation_ends_at(j - 1)) return true;
        if (!IsNameToken(doc, j) && !OneOf(x, {"for", "of", "on", "the"})) return false;
      }
      return false;
    };
    auto grows = [&](uint32_t k, bool leftward) {
      const Token& t = doc.tokens[k];
      const std::string_view w = doc.Norm(t);
      if (leftward && OneOf(w, {"of", "for", "on"}) && k > sb.first && inside_body_name(k)) return true;
      if ((w == "for" || w == "of" || w == "on") && k > sb.first && k + 2 < sb.end &&
          generic_organisation_ends_at(k - 1) &&
          IsNameToken(doc, k + 1) && !(TitleOrRoleAt(doc, found, k + 1) && IsNameToken(doc, k + 2)))
        return true;  // "the Brennan Center for Justice", "the University of Chicago", not "… of Judge Napolitano"
      if (w == "for" && k > sb.first && BodyNameAfterFor(doc, lexicon, sb.first, k, sb.end) > k) return true;
      if (leftward && w == "and" && k > sb.first && k + 1 < sb.end) {
        // "Anthony Anton, president and CEO of the association": two roles of one person.
        const bool role_after_comma = std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
          return IsRole(f.kind) && f.first_token + f.token_count == k && f.first_token > sb.first &&
                 !(doc.tokens[f.first_token].flags & kTokCapitalized) && doc.Norm(doc.tokens[f.first_token - 1]) == ",";
        });
        if (role_after_comma && TitleOrRoleAt(doc, found, k + 1)) return true;
        // "the Florida senator and Republican presidential candidate": a second role without an
        // article after a definite one is the same person's (not "the senator and John Smith").
        auto definite_from = [&](uint32_t role_first) {
          for (uint32_t j = role_first; j > sb.first && j + 4 > role_first; --j) {
            if (doc.Norm(doc.tokens[j - 1]) == "the" || IsPossessiveEnding(doc, j - 1)) return true;
            if (!(doc.tokens[j - 1].flags & kTokWord)) return false;
          }
          return false;
        };
        const bool definite_role_before = std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
          return IsRole(f.kind) && f.first_token + f.token_count == k &&
                 !(doc.tokens[f.first_token].flags & kTokCapitalized) && definite_from(f.first_token);
        });
        const bool second_role = std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
          return IsRole(f.kind) && f.first_token > k && f.first_token < k + 5;
        });
        const Token& next = doc.tokens[k + 1];
        SourceWordMatch side;
        const bool plain_next = !IsDeterminer(doc.Norm(next)) &&
                                (!(next.flags & kTokCapitalized) ||
                                 (lexicon.MatchAt(doc, k + 1, k + 2, &side) && side.kind == SourceWord::kPlace));
        if (definite_role_before && second_role && plain_next) return true;
        // "the Organization for Economic Cooperation and Development": "and" inside the run of
        // capitalized words after an organisation's "for", "of" or "on" (not "the University of
        // Chicago and Professor Knittel", "… and John Smith").
        if (IsNameToken(doc, k + 1) && !TitleOrRoleAt(doc, found, k + 1) &&
            lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[k + 1]))) == 0) {
          uint32_t j = k;
          while (j > sb.first && (doc.tokens[j - 1].flags & kTokCapitalized) && (doc.tokens[j - 1].flags & kTokWord)) --j;
          const std::string_view before = doc.Norm(doc.tokens[j > sb.first ? j - 1 : j]);
          if (j < k && j > sb.first + 1 && (before == "for" || before == "of" || before == "on") &&
              (generic_organisation_ends_at(j - 2) || inside_body_name(j - 1)))
            return true;
        }
      }
      // "expected to host Trump's rivals", "will chair the panel": a role noun that is also a verb
      // is the verb after "to" or a modal.
      if (leftward && OneOf(w, {"host", "head", "chair", "judge", "coach", "anchor", "lead", "counsel"}) &&
          k > sb.first &&
          (doc.Norm(doc.tokens[k - 1]) == "to" || IsModal(doc.Norm(doc.tokens[k - 1]))))
        return false;
      // A telling before the phrase opens a clause about it, it does not qualify it: "the narrative
      // Clinton operatives … have attempted", "the story many Latinos had expected".
      if (leftward && OneOf(w, {"story", "narrative", "account", "version", "message", "messages", "column"}))
        return false;
      // So does any other lower-case noun right before "Mr.", "Mrs." or "Ms.": "a campaign Mr. Khan
      // has called bigoted", "a speech Mrs. Clinton delivered" (a role is the person's own); and a
      // noun for a document or a body right before a name of one word that reads as no institution:
      // "the lawsuit Lynch announced", "the kind of campaign Ayotte hoped to run" (not a kind of
      // body naming it: "the newspaper Haaretz").
      auto ending_here = [&](auto&& kind_fits) {
        return std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
          return kind_fits(f.kind) && f.first_token <= k && f.first_token + f.token_count == k + 1;
        });
      };
      if (leftward && k + 1 < sb.end && (t.flags & kTokWord) && !(t.flags & kTokCapitalized)) {
        const std::string_view next = doc.Norm(doc.tokens[k + 1]);
        if (OneOf(next, {"mr", "mrs", "ms"}) && !ending_here([](SourceWord w) { return IsRole(w); })) return false;
        if (ending_here([](SourceWord w) { return w == SourceWord::kDocument || w == SourceWord::kOrganisation; }) &&
            !IsKindOfOrganisationWord(w) && k + 2 < sb.end && IsNameToken(doc, k + 1) && !IsNameToken(doc, k + 2) &&
            !IsParticle(doc.Norm(doc.tokens[k + 2])) && !IsPossessiveEnding(doc, k + 2)) {
          const SourceMention name = ReadSourcePhrase(doc, lexicon, k + 1, k + 2);
          if (!name.name.empty() && name.institution.empty()) return false;
        }
      }
      // "Then someone asked", "Paul then interjected": "then" qualifies a role or a title after it
      // ("then Secretary of State Hillary Clinton"), or it links.
      if (w == "then" && k + 1 < sb.end) {
        SourceWordMatch next;
        const bool role_next = (lexicon.MatchAt(doc, k + 1, k + 2, &next) && IsRole(next.kind)) ||
                               IsTitle(doc.Norm(doc.tokens[k + 1]));
        if (!role_next) return false;
      }
      if (IsNameToken(doc, k) || is_covered(k) || IsModifierWord(w) || IsCompoundAdjective(w)) return true;
      // A lower-case word between a place or party word and the listed noun it qualifies:
      // "Republican presidential candidates", "Iowa biofuels advocates".
      // "Republican vice presidential nominee": two such words at most.
      auto plain_word = [&](uint32_t j) {
        return j >= sb.first && j < sb.end && !avoided(j) && NounLikeWord(doc, j) &&
               !(doc.tokens[j].flags & kTokCapitalized) && !is_covered(j);
      };
      auto listed_noun = [&](uint32_t j) {
        return j < sb.end && !(doc.tokens[j].flags & kTokCapitalized) &&
               (is_covered(j) || IsRolePlural(lexicon, doc.Norm(doc.tokens[j])));
      };
      auto side_at = [&](uint32_t j) {
        return j >= sb.first && j < sb.end && !avoided(j) && IsSideWordAt(doc, lexicon, j);
      };
      if (leftward && plain_word(k) &&
          ((listed_noun(k + 1) && (side_at(k - 1) || (plain_word(k - 1) && side_at(k - 2)))) ||
           (plain_word(k + 1) && listed_noun(k + 2) && side_at(k - 1))))
        return true;
      // "former tech executive Carly Fiorina", "the oil company's longtime software engineer": a
      // lower-case noun right before a role word, after a modifier, a determiner or a possessive.
      // (A title is no such role: "the reason President Obama".)
      SourceWordMatch role_after;
      if (leftward && plain_word(k) && k > sb.first && !avoided(k - 1) && !IsLyForm(w) &&
          !(doc.tokens[k + 1].flags & kTokCapitalized) && lexicon.MatchAt(doc, k + 1, k + 2, &role_after) &&
          IsRole(role_after.kind) && !OneOf(doc.Norm(doc.tokens[k - 1]), {"most", "more", "less", "least"}) &&
          (IsModifierWord(doc.Norm(doc.tokens[k - 1])) || IsDeterminer(doc.Norm(doc.tokens[k - 1])) ||
           IsPossessivePronoun(doc.Norm(doc.tokens[k - 1])) || IsPossessiveEnding(doc, k - 1)))
        return true;
      // A count of people: "24 percent", "Six in 10".
      if (leftward && k + 1 < sb.end) {
        const std::string_view next = doc.Norm(doc.tokens[k + 1]);
        const bool number = IsNumberAt(doc, k);
        auto number_at = [&](uint32_t j) { return j >= sb.first && j < sb.end && IsNumberAt(doc, j); };
        // "Six in 10", "nine out of 10".
        const bool out_of = next == "out" && k + 2 < sb.end && doc.Norm(doc.tokens[k + 2]) == "of";
        if (number && (next == "percent" || next == "%" || next == "in" || (out_of && number_at(k + 3)))) return true;
        if (w == "in" && number_at(k + 1) && k > sb.first && number_at(k - 1)) return true;  // "Two in three"
        if (w == "but" && number_at(k + 1) && k > sb.first && doc.Norm(doc.tokens[k - 1]) == "all")
          return true;  // "all but two"
        if (w == "out" && next == "of" && number_at(k + 2) && k > sb.first && number_at(k - 1)) return true;
        if (w == "of" && number_at(k + 1) && k > sb.first + 1 && doc.Norm(doc.tokens[k - 1]) == "out" &&
            number_at(k - 2))
          return true;
        // "Men under 35", "voters over 65": an age after a plural of people.
        SourceWordMatch people;
        if ((w == "under" || w == "over") && number_at(k + 1) && k > sb.first &&
            (doc.Norm(doc.tokens[k - 1]) == "adults" ||
             (lexicon.MatchAt(doc, k - 1, k, &people) && people.kind == SourceWord::kAnonymous)))
          return true;
      }
      if (IsPossessiveEnding(doc, k)) return leftward;
      if (IsParticle(w)) return k + 1 < sb.end && IsNameToken(doc, k + 1);
      if (w == "&") return k > sb.first && k + 1 < sb.end && IsFirmAmpersand(doc, lexicon, k);
      if (w == "." && k > sb.first && IsTitle(doc.Norm(doc.tokens[k - 1]))) return true;
      if (IsInitialPeriod(doc, k)) return k > sb.first && k + 1 < sb.end;
      return false;
    };
    auto grow_left = [&] {
      for (int steps = 0; first > sb.first && steps < 10; ++steps) {
        const uint32_t k = first - 1;
        if (avoided(k)) break;
        const std::string_view w = doc.Norm(doc.tokens[k]);
        if (w.size() == 1 && IsInitialPeriod(doc, k + 1)) {  // the middle initial of "James A. Baker"
          first = k;
          continue;
        }
        // "The “Morning Joe” host": a quoted title of at most five words (no punctuation closing it)
        // after a determiner.
        if ((doc.tokens[k].flags & kTokQuoteMark) && first == head && !(doc.tokens[head].flags & kTokCapitalized) &&
            NounLikeWord(doc, head) && k > sb.first && (doc.tokens[k - 1].flags & kTokWord)) {
          uint32_t open = k;
          while (open > sb.first && open + 6 > k && !avoided(open - 1) && !(doc.tokens[open - 1].flags & kTokQuoteMark))
            --open;
          if (open > sb.first + 1 && open + 6 > k && open < k && !avoided(open - 2) &&
              OneOf(doc.Norm(doc.tokens[open - 2]), {"the", "a", "an", "his", "her", "their", "its"}))
            first = open - 2;
          break;
        }
        if (w == "the" && k > sb.first && inside_body_name(k)) {  // "the Foundation for the Defense of …"
          first = k;
          continue;
        }
        if (IsDeterminer(w)) {
          first = k;
          // "the most recent data": "most" after an article is a word of degree.
          if (OneOf(w, {"most", "least"}) && k > sb.first && !avoided(k - 1) &&
              OneOf(doc.Norm(doc.tokens[k - 1]), {"the", "a", "an"}))
            --first;
          break;
        }
        if (!grows(k, true)) {
          // "A major climate group", "the advocacy group": before a lower-case noun, up to three
          // lower-case words that read as adjectives or nouns, when an article opens them.
          static const WordSet kNotModifiers = {"was", "were", "is", "are", "be", "been", "has", "have", "had",
                                                "said", "says", "say", "told", "does", "did", "do", "would",
                                                "will", "can", "could", "should", "may", "might", "must",
                                                "between", "over", "into", "about", "than", "like", "through",
                                                "against", "among", "around", "without", "within", "upon", "via"};
          uint32_t opens = k + 1;
          // So before one member of a side: "the only powerful Democrat", "one kind-hearted Canadian".
          const bool lower_case_head = (doc.tokens[k + 1].flags & kTokWord) &&
                                       !(doc.tokens[k + 1].flags & kTokCapitalized) &&
                                       !IsPersonalPronoun(doc.Norm(doc.tokens[k + 1])) &&
                                       !IsPossessivePronoun(doc.Norm(doc.tokens[k + 1])) &&  // not "a student saw her"
                                       // nor "in a contest both have long anticipated"
                                       !OneOf(doc.Norm(doc.tokens[k + 1]), {"both", "all", "each", "none", "others"});
          const bool member = !lower_case_head && IsMemberOfSide(doc, lexicon, k + 1);
          const bool noun_head = lower_case_head || member;
          for (uint32_t j = k + 1; noun_head && j-- > sb.first && j + 3 >= k && !avoided(j);) {
            const std::string_view x = doc.Norm(doc.tokens[j]);
            if (OneOf(x, {"a", "an", "the"}) || IsPossessivePronoun(x) || (member && x == "one")) { opens = j; break; }
            // Or a name's possessive before people: "Connecticut's tax commissioner", "New York's
            // budget director", "Europe's conservative politicians".
            if (lower_case_head && j < k && IsPossessiveEnding(doc, j) && j > sb.first && IsNameToken(doc, j - 1) &&
                (IsRolePlural(lexicon, head_word) ||
                 std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
                   return f.first_token + f.token_count == head + 1 &&
                          (IsRole(f.kind) || f.kind == SourceWord::kAnonymous);
                 })) &&
                !OneOf(head_word, {"everyone", "everybody", "anyone", "anybody", "someone", "somebody",
                                   "nobody"})) {  // "Obama's plan leaves everyone"
              opens = j - 1;
              while (opens > sb.first && !avoided(opens - 1) && IsNameToken(doc, opens - 1)) --opens;
              break;
            }
            // Or a common noun's possessive after "the": "The nation's largest gun group", "the
            // country's largest union".
            if (lower_case_head && j < k && IsPossessiveEnding(doc, j) && j >= sb.first + 2 && !avoided(j - 1) &&
                !avoided(j - 2) && doc.Norm(doc.tokens[j - 2]) == "the" &&
                !(doc.tokens[j - 1].flags & kTokCapitalized) && NounLikeWord(doc, j - 1)) {
              opens = j - 2;
              break;
            }
            const bool compound = member && x.size() > 3 && x.find('-') != std::string_view::npos;  // "kind-hearted"
            // A name among them qualifies the noun too: "the Democrat convention committee".
            // A participle right after the article or an adverb ("the newly revised timeline", "the
            // resulting controversy"; not the verb of "the KGB planted newspaper articles"), or a
            // hyphenated word ("a just-released poll").
            const bool after_article_or_adverb =
                j > sb.first &&
                (OneOf(doc.Norm(doc.tokens[j - 1]), {"a", "an", "the"}) || IsLowercaseLyAdverb(doc, j - 1));
            const bool participle =
                x.size() > 4 && (doc.tokens[j].flags & kTokWord) &&
                (((x.substr(x.size() - 2) == "ed" || IsIngForm(x)) && after_article_or_adverb) ||
                 x.find('-') != std::string_view::npos);
            // A word of degree before an adjective: "the most recent data", "a very large group".
            const bool degree = lower_case_head && j < k && OneOf(x, {"most", "more", "least", "less", "very"});
            const bool plain = (member && x == "only") || (lower_case_head && (doc.tokens[j].flags & kTokNumber)) ||
                               degree ||
                               (lower_case_head && IsNameToken(doc, j) && !IsTimeNoun(doc.Norm(doc.tokens[k + 1]))) ||
                               ((NounLikeWord(doc, j) || compound || (lower_case_head && participle)) &&
                                !(doc.tokens[j].flags & kTokCapitalized) && !kNotModifiers.Contains(x) &&
                                (x.substr(x.size() - 2) != "ly" || j < k));  // "the famously gruff senator"
            if (!plain) break;
          }
          if (opens <= k) first = opens;
          break;
        }
        first = k;
        // "the family's lawyer": a possessive ending takes its owner along, whatever word it is.
        if (IsPossessiveEnding(doc, k) && k > sb.first && !avoided(k - 1) && (doc.tokens[k - 1].flags & kTokWord))
          first = k - 1;
      }
      // "© EPA Pope Francis's trip", "© Getty Images Carl Bernstein": a photo credit's agency is no
      // part of the phrase after it.
      if (first > 0 && first < head && doc.Norm(doc.tokens[first - 1]) == "\xC2\xA9") {
        ++first;
        while (first < head && OneOf(doc.Norm(doc.tokens[first]), {"images", "photo", "photos", "pictures"})) ++first;
      }
    };
    grow_left();
    // "a member of parliament", "the leader of the opposition": a role noun before "of" heads
    // the phrase, also across a chain of "of"/"in" phrases ("the head of the defense
    // committee in Russia's upper house of parliament").
    // Without a role, a lower-case body before "of" heads it ("the board of elections", not
    // "chairman of the board of Freedom Partners").
    // The role or vague noun (with `body`, the lower-case body) ending right before token k.
    auto role_ending_at = [&](uint32_t k, bool body) -> int {
      if (body && k > 0 && !avoided(k - 1) && IsLowercaseTownNoun(doc, k - 1)) return static_cast<int>(k - 1);
      for (const SourceWordMatch& f : found)
        if (f.first_token + f.token_count == k && !avoided(f.first_token) &&
            (body ? f.kind == SourceWord::kOrganisation && IsGenericOrganisation(doc, f) &&
                        !(doc.tokens[f.first_token].flags & kTokCapitalized)
                  : IsRole(f.kind) || f.kind == SourceWord::kAnonymous))
          return static_cast<int>(f.first_token);
      return -1;
    };
    int body_first = -1;
    // "Chad's Ambassador to France", "an adviser to Mr. Trump": these roles take "to" as "of".
    static const WordSet kRolesTakingTo = {"ambassador", "envoy", "adviser", "advisor", "aide", "counselor",
                                           "counsellor", "emissary", "representative", "assistant", "consultant",
                                           "liaison", "advisers", "advisors", "aides", "envoys", "ambassadors"};
    for (uint32_t at = first, hops = 0; hops < 3 && at >= sb.first + 2 && at + 14 > first; ++hops) {
      const std::string_view preposition = doc.Norm(doc.tokens[at - 1]);
      const bool role_to = preposition == "to" && kRolesTakingTo.Contains(doc.Norm(doc.tokens[at - 2]));
      if ((preposition != "of" && preposition != "in" && !role_to) || avoided(at - 1)) break;
      const int role = preposition != "in" ? role_ending_at(at - 1, false) : -1;
      if (role >= 0) {
        of_token = at - 1;
        first = static_cast<uint32_t>(role);
        grow_left();
        body_first = -1;
        break;
      }
      if (preposition == "of" && body_first < 0) body_first = role_ending_at(at - 1, true);
      // The noun phrase before the preposition: at most five words, no verb-like or function word.
      const uint32_t k = noun_phrase_start(at - 1, 5, false);
      if (k + 1 >= at) break;  // no noun phrase before it
      at = k;
    }
    if (body_first >= 0) {
      first = static_cast<uint32_t>(body_first);
      grow_left();
    }
    // "said one district GOP leader", "one person with knowledge of …", "one unaligned Florida
    // Republican strategist": "one" or "another" before a noun phrase (an adjective in "un-…-ed"
    // among its words) that ends in a role or a word for people is that phrase.
    // "No one knows": the phrase of no one, which grouping gives no source.
    if (head_word == "one" && first == head && head > sb.first && !avoided(head - 1) &&
        doc.Norm(doc.tokens[head - 1]) == "no")
      first = head - 1;
    else if ((head_word == "one" || head_word == "another") && end == head + 1) {
      for (uint32_t k = end; k < sb.end && k < head + 6 && !avoided(k); ++k) {
        const std::string_view w = doc.Norm(doc.tokens[k]);
        const bool negated_participle = w.size() > 6 && w.substr(0, 2) == "un" && EndsAfterStem(w, "ed", 3);
        if (!(doc.tokens[k].flags & kTokWord) ||
            !(NounLikeWord(doc, k) || IsNameToken(doc, k) || IsModifierWord(w) || negated_participle))
          break;
        if (w == "person" || lexicon.NamesPeopleAt(doc, k)) end = k + 1;
      }
      // "one of his senior aides", "one of the officials": "of", a determiner or possessive and
      // up to three modifiers before a word for people make the phrase.
      if (end == head + 1 && head + 3 < sb.end && doc.Norm(doc.tokens[head + 1]) == "of" && !avoided(head + 1)) {
        uint32_t k = head + 2;
        const std::string_view owner = doc.Norm(doc.tokens[k]);
        bool owned = true;
        if (IsDeterminer(owner) || IsPossessivePronoun(owner)) ++k;
        else if (IsNameToken(doc, k) && k + 2 < sb.end && IsPossessiveEnding(doc, k + 1)) k += 2;
        else owned = false;  // "one of officials" at most: not "One of them told investigators"
        // After a role's "of" or "to" any noun ends it: "a member of one of the committees".
        const bool role_object = first < head;
        for (const uint32_t limit = owned ? k + 4 : k + 1; k < sb.end && k < limit && !avoided(k); ++k) {
          if (lexicon.NamesPeopleAt(doc, k)) {
            end = k + 1;
            break;
          }
          if (!NounLikeWord(doc, k) && !IsModifierWord(doc.Norm(doc.tokens[k]))) break;
          if (role_object && owned && NounLikeWord(doc, k)) end = k + 1;
        }
      }
      // "One kid wanted", "one commenter", "One such document": else the nouns and modifiers
      // right after it, up to the last that is no adverb (not the verb of "one could say").
      static const WordSet kAuxiliaries = {"has", "have", "had", "is", "was", "are", "were", "does", "did", "do"};
      auto noun_word = [&](uint32_t k) {
        const std::string_view w = doc.Norm(doc.tokens[k]);
        return (doc.tokens[k].flags & kTokWord) && !IsPossessiveEnding(doc, k) && !IsModal(w) &&
               !kAuxiliaries.Contains(w) &&
               (NounLikeWord(doc, k) || IsNameToken(doc, k) || IsModifierWord(w));
      };
      for (uint32_t k = head + 1; end == head + 1 && k < sb.end && k < head + 5 && !avoided(k) && noun_word(k); ++k)
        if ((k + 1 >= sb.end || avoided(k + 1) || !noun_word(k + 1)) && !IsLyForm(doc.Norm(doc.tokens[k])))
          end = k + 1;
    }
    if (!IsDeterminer(head_word) || end < sb.end) {
      for (int steps = 0; end < sb.end && steps < 8; ++steps) {
        if (avoided(end) || !grows(end, false)) break;
        ++end;
      }
    }
    // "people familiar with the remarks", "a source close to him": a post-modifier takes its
    // prepositional phrase along (up to seven words of a noun phrase, not into the cue); the
    // phrase reads without it ("people close to Clinton" are not Clinton).
    auto preposition_at = [&](uint32_t k) {
      return k < sb.end && !avoided(k) && IsPostModifierPreposition(doc.Norm(doc.tokens[k]));
    };
    const uint32_t end_before_modifier = end;
    if (end + 2 < sb.end && !avoided(end) && IsPostModifierWord(doc.Norm(doc.tokens[end])) && preposition_at(end + 1) &&
        !IsPostModifierWord(doc.Norm(doc.tokens[end - 1])))
      ++end;  // "a source close to him": the modifier the lexicon does not pair with the noun
    else if (end >= first + 3 && IsPostModifierWord(doc.Norm(doc.tokens[end - 2])) && preposition_at(end - 1))
      --end;  // "familiar with" the lexicon took whole
    if (end + 1 < sb.end && IsPostModifierWord(doc.Norm(doc.tokens[end - 1])) && preposition_at(end)) {
      read_end = end;
      uint32_t k = end + 1;
      while (k < sb.end && k < end + 8 && !avoided(k)) {
        const std::string_view w = doc.Norm(doc.tokens[k]);
        static const WordSet kVerbs = {"say", "says", "tell", "tells", "think", "thinks", "believe", "believes",
                                       "expect", "expects", "insist", "insists", "claim", "claims", "suggest",
                                       "suggests", "show", "shows", "fear", "fears", "want", "wants", "have", "has",
                                       "had", "are", "was", "were", "will", "would", "could", "should", "may", "might",
                                       "must", "can", "does", "did", "told", "added", "also", "still", "now"};
        const bool after_article = IsDeterminer(doc.Norm(doc.tokens[k - 1]));  // "the planning", "the meeting"
        const bool of_phrase = w == "of" && k > end + 2 && k + 1 < sb.end && !avoided(k + 1) &&  // "the timing of"
                               (IsDeterminer(doc.Norm(doc.tokens[k + 1])) || NounLikeWord(doc, k + 1));
        const bool phrase_word = of_phrase || (!kVerbs.Contains(w) &&
                                 (IsDeterminer(w) || NounLikeWord(doc, k) || IsNameToken(doc, k) ||
                                  IsPossessiveEnding(doc, k) || (after_article && (doc.tokens[k].flags & kTokWord)) ||
                                  OneOf(w, {"his", "her", "their", "its", "him", "them", "us", "me"})));
        if (!phrase_word || IsRelativePronoun(w)) break;
        ++k;
      }
      while (k > end + 1 && (IsDeterminer(doc.Norm(doc.tokens[k - 1])) || doc.Norm(doc.tokens[k - 1]) == "of")) --k;
      if (k > end + 1) {
        end = k;
      } else {
        read_end = 0;
        end = end_before_modifier;
      }
    }
    // "Media Research Center's Bozell agrees": a name after an institution's possessive, right
    // before the cue, is the speaker (the institution is whom the speaker is with; not "Dan
    // Loeb's Third Point").
    auto institution_ends_at = [&](uint32_t k) {
      return std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
        return f.first_token + f.token_count == k + 1 &&
               (f.kind == SourceWord::kOrganisation || f.kind == SourceWord::kOutlet || f.kind == SourceWord::kPlace);
      });
    };
    if (end + 1 < sb.end && IsPossessiveEnding(doc, end) &&
        !avoided(end) && institution_ends_at(end - 1) && IsNameToken(doc, end + 1)) {
      uint32_t k = end + 1;
      while (k < sb.end && !avoided(k) && IsNameToken(doc, k)) ++k;
      if (k < sb.end && avoided(k)) end = k;
    }
    // "Trump's campaign manager declined", "Steinle's family has expressed", "Mr. Horowitz's
    // report concluded": a possessive ending the phrase (or picked itself) takes along the speaker
    // it owns, when lower-case words ending in a speaker noun lead right up to the cue.
    uint32_t possessive = UINT32_MAX;
    if (end < sb.end && IsPossessiveEnding(doc, end)) possessive = end;
    else if (end > first + 1 && IsPossessiveEnding(doc, end - 1)) possessive = end - 1;
    if (possessive != UINT32_MAX && possessive + 2 <= avoid_first && avoid_first <= possessive + 5 &&
        avoid_first < sb.end) {
      uint32_t k = possessive + 1;
      while (k < avoid_first && (doc.tokens[k].flags & kTokWord) && !(doc.tokens[k].flags & kTokCapitalized) &&
             (NounLikeWord(doc, k) || IsModifierWord(doc.Norm(doc.tokens[k]))))
        ++k;
      // The speaker noun: a lexicon phrase ending right before the cue ("campaign manager").
      const bool speaker_noun = std::any_of(found.begin(), found.end(), [&](const SourceWordMatch& f) {
        return f.first_token > possessive && f.first_token + f.token_count == avoid_first &&
               f.kind != SourceWord::kPlace;
      });
      const std::string_view last = doc.Norm(doc.tokens[avoid_first - 1]);
      if (k == avoid_first && (speaker_noun || IsOwnedPeopleNoun(last) || IsRolePlural(lexicon, last))) end = k;
    }
    // "a spokesman for the ministry", "a lawyer for the family": the speaker is the
    // spokesperson and what follows "for" is whom they speak for, whichever word was picked.
    // Whom: "one of" ("a strategist for one of the campaigns") and determiners, then what a phrase
    // grows by, or else one plain word; not a length of time ("a strategist for 20 years").
    auto whom_end = [&](uint32_t k) {
      if (k + 2 < sb.end && !avoided(k + 1) && doc.Norm(doc.tokens[k]) == "one" && doc.Norm(doc.tokens[k + 1]) == "of")
        k += 2;
      while (k < sb.end && !avoided(k) && k < for_token + 6 && IsDeterminer(doc.Norm(doc.tokens[k]))) ++k;
      const uint32_t words_first = k;
      while (k < sb.end && !avoided(k) && k < for_token + 10 && grows(k, false)) ++k;
      // "Strategists for Barack Obama and Clinton": a second name after "and" is whom too.
      if (k > words_first && k + 1 < sb.end && !avoided(k) && !avoided(k + 1) && doc.Norm(doc.tokens[k]) == "and" &&
          IsNameToken(doc, k - 1) && IsNameToken(doc, k + 1)) {
        k += 1;
        while (k < sb.end && !avoided(k) && k < for_token + 12 && IsNameToken(doc, k)) ++k;
      }
      if (k == words_first && k < sb.end && !avoided(k) && (doc.tokens[k].flags & kTokWord) &&
          !IsFunctionWord(doc.Norm(doc.tokens[k])))
        ++k;
      if (k > words_first && IsTimeNoun(doc.Norm(doc.tokens[k - 1]))) return for_token;
      return k == words_first ? for_token : k;  // for_token: nothing after "for" names anyone
    };
    // The second of two names after "for": "Lawyers for Assange and Manafort".
    uint32_t whom_first = first;
    if (first >= sb.first + 4 && doc.Norm(doc.tokens[first - 1]) == "and" && !avoided(first - 1) &&
        IsNameToken(doc, first - 2) && !avoided(first - 2)) {
      uint32_t j = first - 2;
      while (j > sb.first + 2 && IsNameToken(doc, j - 1) && !avoided(j - 1) && j + 6 > first) --j;
      if (doc.Norm(doc.tokens[j - 1]) == "for") whom_first = j;
    }
    if (whom_first >= sb.first + 2 && doc.Norm(doc.tokens[whom_first - 1]) == "for" && !avoided(whom_first - 1) &&
        SpeaksForAnother(doc, lexicon, whom_first - 2) && !avoided(whom_first - 2)) {
      first = whom_first;
      for_token = first - 1;
      end = std::max(end, whom_end(for_token + 1));
      first = for_token - 1;
      grow_left();
    } else if (end + 1 < sb.end && doc.Norm(doc.tokens[end]) == "for" && !avoided(end) &&
               SpeaksForAnother(doc, lexicon, end - 1)) {
      for_token = end;
      end = std::max(end, whom_end(for_token + 1));
    }
    // No trailing "." and no possessive ending ("Russia's decision": the source is Russia), nor a
    // preposition whose object was left out ("its co-founder in 2009"); "42%" keeps its sign.
    while (end - 1 > first && (((doc.tokens[end - 1].flags & kTokPunct) && doc.Norm(doc.tokens[end - 1]) != "%") ||
                               IsPossessiveEnding(doc, end - 1) ||
                               IsPreposition(doc.Norm(doc.tokens[end - 1]))))
      --end;
    end = std::max(end, keep_end);
    // A phrase of determiners and modifiers alone ("a political" of "a political settlement")
    // names no one: no mention.
    bool names_someone = false;
    for (uint32_t k = first; k < end && !names_someone; ++k) {
      const std::string_view w = doc.Norm(doc.tokens[k]);
      names_someone = IsNameToken(doc, k) || is_covered(k) || !(IsDeterminer(w) || IsModifierWord(w)) ||
                      (k + 1 == end && IsNounModifierWord(w));  // "the city", "the oil industry"
    }
    if (!names_someone) end = first;
  }
  if (for_token > first && for_token + 1 < end)
    return ReadSpokespersonFor(doc, lexicon, first, for_token, end, ReadSourcePhrase(doc, lexicon, for_token + 1, end));
  // "a supporter of Donald Trump", "the head of Gazprom", "a spokesman of Gov. Greg Abbott":
  // a lower-case role holder speaks, affiliated with the person or the unknown name after "of".
  // What else follows reads whole ("the leader of the opposition", "the president of the
  // mosque in Princeton"), and so does a title ("Speaker of the House Rep. Paul Ryan").
  bool role_of_whom = false;
  SourceMention m;
  // The role in lower case, or a plural one capitalized only by opening the sentence ("Advisers to
  // Mr. Rubio"; "Director of National Intelligence James Clapper" is a title).
  const bool role_in_lower_case =
      of_token > first && (!(doc.tokens[of_token - 1].flags & kTokCapitalized) ||
                           (of_token - 1 == first && (doc.tokens[first].flags & kTokSentenceStart) &&
                            IsRolePlural(lexicon, doc.Norm(doc.tokens[first]))));
  if (of_token > first && of_token + 1 < end && role_in_lower_case) {
    const SourceMention whom = ReadSourcePhrase(doc, lexicon, of_token + 1, end);
    uint32_t whom_first = of_token + 1, whom_end = end;
    while (whom_first < end && IsDeterminer(doc.Norm(doc.tokens[whom_first]))) ++whom_first;
    if (whom_first + 2 < end && IsTitle(doc.Norm(doc.tokens[whom_first])))  // "Mr. Trump"
      whom_first += doc.Norm(doc.tokens[whom_first + 1]) == "." ? 2 : 1;
    if (whom_end > whom_first + 1 && IsRelativePronoun(doc.Norm(doc.tokens[whom_end - 1]))) --whom_end;  // "… of McCarrick who"
    if (!whom.name.empty() && whom.institution.empty() &&
        (!whom.role.empty() || whom.name == TokensText(doc, whom_first, whom_end))) {
      m = ReadSpokespersonFor(doc, lexicon, first, of_token, end, whom);
      role_of_whom = true;
    } else if (doc.Norm(doc.tokens[of_token]) == "to") {
      // "Chad's ambassador to France": the role's owner is whom it is with, else whom it serves.
      const std::string owner = ReadSourcePhrase(doc, lexicon, first, of_token).affiliation;
      m = ReadSpokespersonFor(doc, lexicon, first, of_token, end, whom);
      if (!owner.empty()) m.affiliation = owner;
      role_of_whom = true;
    }
  }
  if (!role_of_whom && read_end > first && read_end < end) {
    // Read, described and keyed by its words before the modifier ("one source" of "… close to
    // …"), unless they are only a pronoun ("those familiar" and "those briefed" stay apart).
    const bool pronoun_only = read_end == first + 2 && doc.Norm(doc.tokens[first]) == "those";
    const uint32_t words_end = read_end > first + 1 && !pronoun_only ? read_end - 1 : read_end;
    m = ReadSourcePhrase(doc, lexicon, first, words_end);
    m.end_token = end;
    m.span.end = doc.tokens[end - 1].end;
    m.text = TokensText(doc, first, end);
  } else if (!role_of_whom) {
    m = ReadSourcePhrase(doc, lexicon, first, end);
  }
  if (m.name.empty() && !m.role.empty() && !m.anonymous && first >= sb.first + 2 &&
      doc.Norm(doc.tokens[first - 1]) == "," && IsNameToken(doc, first - 2)) {
    uint32_t name_first = first - 2;
    while (name_first > sb.first && (IsNameToken(doc, name_first - 1) || IsParticle(doc.Norm(doc.tokens[name_first - 1]))))
      --name_first;
    // Not a name that ends an opening phrase ("In an interview with Bill O'Reilly, the senator
    // said", "Appearing on CBS' Face the Nation, the front-runner said"): a preposition, a
    // subordinator or an "-ing" form opens the sentence with no comma or dash before the name.
    const std::string_view opener = doc.Norm(doc.tokens[sb.first]);
    bool in_opening_phrase = name_first > sb.first && (IsPreposition(opener) || IsSubordinator(opener) ||
                                                       IsIngForm(opener) || opener == "according");
    for (uint32_t k = sb.first; in_opening_phrase && k < name_first; ++k)
      in_opening_phrase = doc.Norm(doc.tokens[k]) != "," && !IsDash(doc, k);
    const SourceMention named = ReadSourcePhrase(doc, lexicon, name_first, first - 1);
    if (!named.name.empty() && named.role.empty() && named.institution.empty() && !in_opening_phrase) {
      m.name = named.name;
      m.surname = named.surname;
      m.given = named.given;
    }
  }
  if (!m.name.empty() && m.role.empty() && m.institution.empty() && first >= sb.first + 2 &&
      doc.Norm(doc.tokens[first - 1]) == "," &&
      (end >= sb.end || avoided(end) || OneOf(doc.Norm(doc.tokens[end]), {",", "."}))) {
    // "Nevada's governor, Brian Sandoval, said", "Trump's campaign manager, Corey Lewandowski,
    // said", "… and his wife, Annamaria Schifano.": a noun phrase ending in a role before the
    // comma is the person's role, and its owner or body whom the person is with.
    uint32_t k = noun_phrase_start(first - 1, 6, true);
    // "The head of Iran's nuclear agency, Ali Akbar Salehi, said": a role of a body before the
    // comma; the body is whom the person is with.
    SourceMention role_of_body;
    if (k >= sb.first + 2 && k + 1 < first && doc.Norm(doc.tokens[k - 1]) == "of" && !avoided(k - 2)) {
      const uint32_t role_first = noun_phrase_start(k - 1, 4, false);
      if (role_first < k - 1) {
        role_of_body = ReadSourcePhrase(doc, lexicon, role_first, k - 1);
        const SourceMention body = ReadSourcePhrase(doc, lexicon, k, first - 1);
        if (role_of_body.name.empty() && role_of_body.institution.empty() && EndsWithRole(role_of_body)) {
          // A place, a body in capitals, or the owner of a common noun ("Iran" of "Iran's nuclear
          // agency"); none for a common noun alone ("the committee").
          bool capitalized = false;
          uint32_t owner_end = k;
          for (uint32_t j = k; j + 1 < first; ++j) {
            if (IsPossessiveEnding(doc, j + 1)) owner_end = j + 1;
            else if (doc.tokens[j].flags & kTokCapitalized) capitalized = true;
          }
          std::string affiliation;
          if (body.institution_kind == SourceWord::kPlace) affiliation = body.affiliation;
          else if (capitalized) affiliation = body.institution;
          else if (owner_end > k) affiliation = ReadSourcePhrase(doc, lexicon, k, owner_end).affiliation;
          if (role_of_body.affiliation.empty()) role_of_body.affiliation = affiliation;
          k = role_first;
        } else {
          role_of_body = SourceMention();
        }
      }
    }
    // The phrase opens the sentence or a clause (after a dateline's dash too: "WASHINGTON — The
    // special counsel, Robert S. Mueller III, revealed"), follows "and" or a quotation ("Like his
    // father, John Smith said" is no apposition), or it is a definite noun phrase after a
    // preposition inside a clause, with the name between commas ("the policies of the Republican
    // nominee, Donald J. Trump, put", "sued by his former aide, Lauren Greene, in 2014").
    const bool opens_clause = k == sb.first || avoided(k - 1) || IsDash(doc, k - 1) ||
                              OneOf(doc.Norm(doc.tokens[k - 1]), {",", "\"", "and"});
    const bool after_nouns_preposition =
        k >= sb.first + 2 && OneOf(doc.Norm(doc.tokens[k]), {"the", "his", "her", "their"}) && end < sb.end &&
        doc.Norm(doc.tokens[end]) == "," &&
        OneOf(doc.Norm(doc.tokens[k - 1]), {"of", "with", "for", "by", "to", "from", "at"}) &&
        (doc.tokens[k - 2].flags & kTokWord) && !avoided(k - 2);  // not a clause's opening preposition
    if (k + 1 < first && (opens_clause || after_nouns_preposition)) {
      const SourceMention role = !role_of_body.role.empty() ? role_of_body : ReadSourcePhrase(doc, lexicon, k, first - 1);
      if (role.name.empty() && role.institution.empty() && EndsWithRole(role)) {
        m.role = role.role;
        m.role_kind = role.role_kind;
        if (m.affiliation.empty()) m.affiliation = !role.affiliation.empty() ? role.affiliation : role.owner;
      }
    }
  }
  // "Reps. Joe Smith and Ann Lee", "Senators Ted Cruz, Marco Rubio and Rand Paul": a name listed
  // after a plural title holds that title too.
  if (!m.name.empty() && m.role.empty() && m.institution.empty() && first >= sb.first + 3 &&
      OneOf(doc.Norm(doc.tokens[first - 1]), {"and", ","})) {
    for (uint32_t k = first - 1; k > sb.first && k + 16 > first; --k) {
      const Token& t = doc.tokens[k - 1];
      const std::string_view w = doc.Norm(t);
      if (!IsNameToken(doc, k - 1) && !OneOf(w, {"and", ",", "."})) break;
      const std::string_view singular = SingularTitle(doc.Slice(t));
      if (singular.empty()) continue;
      m.role = singular;
      m.role_kind = SourceWord::kOfficial;
      break;
    }
  }
  // The comma may follow a suffix's period: "James B. Comey Jr., the director of the F.B.I., said".
  const uint32_t comma = ThroughSuffixPeriod(doc, end);
  if (!role_of_whom && m.pronoun.empty() && (!m.name.empty() || !m.role.empty()) && comma < sb.end &&
      doc.Norm(doc.tokens[comma]) == ",")
    ReadApposition(doc, lexicon, comma, sb.end, avoid_first, avoid_end, &m);
  return m;
}

bool SurnameTitledApartFromSuffixedName(const Document& doc, const SourceLexicon& lexicon, std::string_view surname) {
  bool titled_bare = false;
  for (uint32_t i = 1; i < doc.tokens.size(); ++i) {
    if (doc.Norm(doc.tokens[i]) != surname || !(doc.tokens[i].flags & kTokCapitalized)) continue;
    const uint32_t given = GivenNameTokenBefore(doc, lexicon, i);
    SourceWordMatch role;
    if (given == i) {
      titled_bare = titled_bare || ((doc.tokens[i - 1].flags & kTokCapitalized) &&
                                    lexicon.MatchAt(doc, i - 1, i, &role) && IsRole(role.kind));
    } else if (i + 1 < doc.tokens.size() && IsNameSuffix(doc.Norm(doc.tokens[i + 1])) && given > 0) {
      // "Adm. Harry B. Harris Jr.": the suffixed person holds a title, and may be the titled one.
      const uint32_t title_end = doc.Norm(doc.tokens[given - 1]) == "." ? given - 1 : given;
      for (uint32_t j = title_end > 4 ? title_end - 4 : 0; j < title_end; ++j) {
        const std::string_view w = doc.Norm(doc.tokens[j]);
        const bool title = j + 1 == title_end && (IsTitle(w) || OneOf(w, {"adm", "cmdr", "maj", "det"}));
        if (title || (lexicon.MatchAt(doc, j, title_end, &role) && IsRole(role.kind) &&
                      role.first_token + role.token_count == title_end))
          return false;
      }
    }
  }
  return titled_bare;
}

uint32_t GivenNameTokenBefore(const Document& doc, const SourceLexicon& lexicon, uint32_t surname) {
  const uint32_t sentence = doc.tokens[surname].sentence;
  uint32_t first = surname;  // at most a given and a middle name: "Hillary Rodham Clinton", "Donald J. Trump"
  for (int words = 0; words < 2 && first > 0 && doc.tokens[first - 1].sentence == sentence;) {
    if (first >= 2 && IsInitialPeriod(doc, first - 1)) { first -= 2; ++words; continue; }
    if (!IsNameToken(doc, first - 1)) break;
    --first;
    ++words;
  }
  uint32_t given = surname;
  for (uint32_t k = first; k < surname;) {
    SourceWordMatch match;
    if (IsTitle(doc.Norm(doc.tokens[k]))) { ++k; continue; }
    // "Crooked Hillary": an epithet before a listed given name names no one else.
    if (k + 1 == surname && EpithetBeforeGivenName(doc, lexicon, k)) {
      ++k;
      continue;
    }
    if (lexicon.MatchAt(doc, k, surname, &match)) { k = match.first_token + match.token_count; continue; }
    if (lexicon.GivenNameGender(doc.Norm(doc.tokens[k]))) return k;  // "State Mike Pompeo": Mike
    if (given == surname) given = k;
    ++k;
  }
  return given;
}

char MentionGender(const Document& doc, const SourceLexicon& lexicon, const SourceMention& m) {
  if (!m.pronoun.empty() || m.end_token > doc.tokens.size()) return 0;
  if (!m.name.empty()) {
    if (const char g = lexicon.GivenNameGender(m.given)) return g;
    // An honorific or role word before the name ("Mrs. Clinton", "Congresswoman Debbie
    // Wasserman Schultz"); not one after it ("Billie Jean King").
    const size_t first_word_end = m.name.find(' ');
    const std::string_view first_word = std::string_view(m.name).substr(0, first_word_end);
    for (uint32_t k = m.first_token; k < m.end_token; ++k) {
      const Token& t = doc.tokens[k];
      if (doc.text.substr(t.start, t.end - t.start) == first_word) break;
      if (const char g = lexicon.WordGender(doc.Norm(t))) return g;
    }
    return 0;
  }
  for (uint32_t k = m.end_token; k-- > m.first_token;)
    if (const char g = lexicon.WordGender(doc.Norm(doc.tokens[k]))) return g;
  return 0;
}

std::string SourceNameKey(std::string_view written) {
  const std::string name = FoldLatinLetters(written);  // "François" and "Francois" are one
  std::string key;
  size_t word_index = 0;
  for (size_t start = 0; start < name.size();) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    std::string word;
    for (size_t i = start; i < end; ++i) {
      const char c = name[i];
      if (c == '.' || c == ',') continue;
      if (name.compare(i, 3, "\xE2\x80\x99") == 0) { word += '\''; i += 2; continue; }  // ’
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    start = end + 1;
    if (word.empty()) continue;
    if (word_index++ > 0 && (word == "al" || word == "el")) continue;
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    key += WithoutArticlePrefix(word);
  }
  return key;
}

bool SplitPersonName(std::string_view name, std::string* first_last, std::string* middle) {
  std::vector<std::string_view> words;
  for (size_t start = 0; start < name.size();) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (end > start) words.push_back(name.substr(start, end - start));
    start = end + 1;
  }
  while (words.size() > 2 && IsNameSuffix(SourceNameKey(words.back()))) words.pop_back();
  if (words.size() < 2) return false;
  *first_last = SourceNameKey(words.front()) + SourceNameKey(words.back());
  middle->clear();
  for (size_t i = 1; i + 1 < words.size(); ++i) *middle += SourceNameKey(words[i]);
  return true;
}

}  // namespace biaslens

namespace biaslens {

MentionCompleter::MentionCompleter(const Document& doc, const SourceLexicon& lexicon,
                                   const std::vector<uint32_t>& name_tokens)
    : doc_(doc), lexicon_(lexicon), name_tokens_(name_tokens) {}

const SourceMention& MentionCompleter::MentionAt(uint32_t head) {
  const auto found = mentions_at_.find(head);
  if (found != mentions_at_.end()) return found->second;
  return mentions_at_.emplace(head, ReadSourceMention(doc_, lexicon_, head, 0, 0)).first->second;
}

const SourceMention& MentionCompleter::NamedMentionAt(uint32_t head) {
  const auto found = named_mentions_at_.find(head);
  if (found != named_mentions_at_.end()) return found->second;
  SourceMention named = MentionAt(head);
  // "a key ally of President Bashar al-Assad": the named one, not the role whose "of" names them.
  for (uint32_t of = head; named.name.empty() && of-- > named.first_token;)
    if (doc_.Norm(doc_.tokens[of]) == "of") named = ReadSourceMention(doc_, lexicon_, head, of, of + 1);
  return named_mentions_at_.emplace(head, std::move(named)).first->second;
}

std::string_view MentionCompleter::SurnameAt(uint32_t t) const { return WithoutArticlePrefix(doc_.Norm(doc_.tokens[t])); }

void MentionCompleter::IndexNames() {
  indexed_ = true;
  names_by_surname_.reserve(name_tokens_.size());
  for (uint32_t t : name_tokens_) names_by_surname_.push_back({FeatureHashOf(SurnameAt(t)), t});
  std::sort(names_by_surname_.begin(), names_by_surname_.end());
}

char MentionCompleter::TitledGender(std::string_view surname) {
  if (!indexed_) IndexNames();
  const uint64_t hash = FeatureHashOf(surname);
  int male = 0, female = 0;
  for (auto it = std::lower_bound(names_by_surname_.begin(), names_by_surname_.end(), std::make_pair(hash, uint32_t{0}));
       it != names_by_surname_.end() && it->first == hash; ++it) {
    const uint32_t t = it->second;
    if (SurnameAt(t) != surname || t < 1 || GivenNameTokenBefore(doc_, lexicon_, t) != t) continue;
    const uint32_t title = TitleTokenBefore(doc_, t);
    if (!IsTitleAbbreviation(doc_.Norm(doc_.tokens[title]))) continue;
    const char gender = lexicon_.WordGender(doc_.Norm(doc_.tokens[title]));
    male += gender == 'm';
    female += gender == 'f';
  }
  if (male >= 2 && male >= 3 * female) return 'm';
  if (female >= 2 && female >= 3 * male) return 'f';
  return 0;
}

namespace {

// Token k is the comma of an apposition of age or description after a name: ", 13,", ", a nurse".
bool AppositionOpensAt(const Document& doc, uint32_t k) {
  return k + 1 < doc.tokens.size() && doc.Norm(doc.tokens[k]) == "," &&
         ((doc.tokens[k + 1].flags & kTokNumber) || OneOf(doc.Norm(doc.tokens[k + 1]), {"a", "an", "the"}));
}

// "Peter Morici is an economist and business professor at the University of Maryland", "Ray
// Hurt has been the lead pastor at the Church of God": the role, and the body it is at, of a
// copular sentence in the present whose subject is mention m, read up to a comma, "and", a
// relative pronoun, a preposition other than at/of/for/with or the sentence's end. A role, not
// a noun for anyone ("is the last straw"), nor a word for a person's sex, kin or standing ("is a
// woman who", "is a voter"); an empty mention when there is none.
SourceMention CopularDescription(const Document& doc, const SourceLexicon& lexicon, const SourceMention& m) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  uint32_t k = m.end_token;
  if (m.name.empty() || k + 2 >= n || doc.tokens[k].sentence != doc.tokens[m.first_token].sentence) return {};
  // A past role ("was a lobbyist", "served as first lady") is not theirs now.
  const uint32_t first = AfterCopula(doc, k, n, true);
  if (first == k || first >= n || !OneOf(doc.Norm(doc.tokens[first]), {"a", "an", "the"})) return {};
  uint32_t end = first + 1;
  while (end < n && end < first + 14 && doc.tokens[end].sentence == doc.tokens[first].sentence &&
         !OneOf(doc.Norm(doc.tokens[end]), {",", ".", ";", ":", "and", "who", "whose", "which", "that", "since", "in",
                                            "on", "from", "to", "by", "as", "very", "than", "about", "when", "because"}))
    ++end;
  SourceMention role = ReadSourcePhrase(doc, lexicon, first, end);
  if (role.role.empty() || !role.name.empty() || role.plural || role.role_kind == SourceWord::kCount) return {};
  // Of ordinary people's words, an occupation: "a lawyer", "a lobbyist"; not "a woman", "a
  // mother", "a friend", "a voter".
  const std::string head = Lower(role.role.substr(role.role.rfind(' ') + 1));
  if (role.role_kind == SourceWord::kPerson &&
      (lexicon.WordGender(head) != 0 || OneOf(head, {"friend", "neighbor", "neighbour", "fan", "citizen", "resident",
                                                     "voter", "survivor", "parent", "reader", "viewer", "caller",
                                                     "attendee", "supporter", "witness", "refugee", "celebrity"})))
    return {};
  return role;
}

}  // namespace

void MentionCompleter::CompleteGivenName(SourceMention* m) {
  const auto cached = full_names_.find(m->surname);
  const std::pair<uint32_t, uint32_t> full =
      cached != full_names_.end() ? cached->second : (full_names_[m->surname] = FullNameOf(m->surname));
  if (full.second == 0) return;
  m->given = FoldLatinLetters(m->surname);
  m->surname = std::string(SurnameAt(full.second - 1));
  m->name = TokensText(doc_, full.first, full.second);
}

std::pair<uint32_t, uint32_t> MentionCompleter::FullNameOf(std::string_view given) {
  // A given name no list knows ("Amadou" of "Amadou Magassa", "Xi" of "Xi Jinping") is completed
  // only by a surname no list has and the text never writes in lower case, of a full name the text
  // gives a role or an apposition of age or description ("Amadou Magassa, 13,", "President Xi
  // Jinping"); "Trump Train", "Air Force", "Peabody Energy" name no one.
  const bool listed = lexicon_.GivenNameGender(given) != 0;
  auto written_in_lower_case = [&](uint32_t k) {
    const Token& word = doc_.tokens[k];
    return std::any_of(doc_.tokens.begin(), doc_.tokens.end(), [&](const Token& t) {
      return t.hash == word.hash && (t.flags & kTokWord) && !(t.flags & kTokCapitalized) && doc_.Norm(t) == doc_.Norm(word);
    });
  };
  auto unlisted_surname = [&](uint32_t k) {
    SourceWordMatch match;
    if (lexicon_.MatchAt(doc_, k, k + 1, &match) || (doc_.tokens[k].flags & kTokAllCaps) || written_in_lower_case(k))
      return false;
    const SourceMention& full = MentionAt(k);
    return full.institution.empty() && (!full.role.empty() || AppositionOpensAt(doc_, k + 1));
  };
  std::string_view surname;
  uint32_t full_first = 0, full_end = 0;
  auto roman_numeral = [](std::string_view w) {  // "VI" of "Gregory VI": no surname
    return w.size() <= 4 && w.find_first_not_of("ivxlc") == std::string_view::npos;
  };
  if (!indexed_) IndexNames();
  const uint64_t hash = FeatureHashOf(given);
  for (auto it = std::lower_bound(names_by_surname_.begin(), names_by_surname_.end(), std::make_pair(hash, uint32_t{0}));
       it != names_by_surname_.end() && it->first == hash; ++it) {  // the name tokens of `given`, in text order
    const uint32_t t = it->second;
    if (t + 1 >= doc_.tokens.size() || SurnameAt(t) != given) continue;
    if (GivenNameTokenBefore(doc_, lexicon_, t) != t) return {};  // someone's surname too ("Rand Paul")
    if (doc_.tokens[t].flags & kTokHeadline) continue;  // a title-case headline: "Francis Denounces"
    if (!listed && t > 0 && doc_.Norm(doc_.tokens[t - 1]) == "of") continue;  // "a leader of Cleveland Jobs With …"
    uint32_t next = t + 1;
    if (next + 2 < doc_.tokens.size() && IsInitialPeriod(doc_, next + 1)) next += 2;  // "Donald J. Trump"
    if (doc_.tokens[next].sentence != doc_.tokens[t].sentence || !IsNameToken(doc_, next) ||
        lexicon_.GivenNameGender(doc_.Norm(doc_.tokens[next])) != 0 || roman_numeral(SurnameAt(next)) ||
        IsNameSuffix(SurnameAt(next)) || (!listed && !unlisted_surname(next)))
      continue;
    // A longer run is a title-case phrase or a middle name: "Pope Francis Must Resign".
    if (next + 1 < doc_.tokens.size() && doc_.tokens[next + 1].sentence == doc_.tokens[next].sentence &&
        IsNameToken(doc_, next + 1))
      continue;
    if (!surname.empty() && SurnameAt(next) != surname) return {};  // two people of that given name
    if (surname.empty()) { surname = SurnameAt(next); full_first = t; full_end = next + 1; }
  }
  if (surname.empty()) return {};
  return {full_first, full_end};
}

void MentionCompleter::Complete(SourceMention* m) {
  if (m->name.empty() || m->surname.empty() || (!m->role.empty() && !m->affiliation.empty() && !m->given.empty())) return;
  // "Hillary said": the one person the text names in full with that given name ("Hillary
  // Clinton"), unless the word is someone's surname there too ("Paul" beside "Rand Paul"); so a
  // word no list gives as a given name, on FullNameOf's terms ("Amadou"), but no listed
  // politician's surname ("Trump" of "Trump Tower").
  if (m->given.empty() && m->name.find(' ') == std::string::npos &&
      (lexicon_.GivenNameGender(m->surname) != 0 || !lexicon_.IsListedPoliticianSurname(m->surname)))
    CompleteGivenName(m);
  // A bare surname ("Clinton", "Mrs. Clinton") is the first person the text names with that
  // surname and a fitting given name: the article's own subject comes first, and the relatives
  // and namesakes after are named in full ("Hillary Clinton … Clinton and husband Bill …
  // former President Bill Clinton"); "Mr. Clinton" is the first man named Clinton.
  // Without such a name, a bare surname takes the given name of the first place that gives a role.
  // A bare surname without an honorific is of the gender the text's honorifics give it most.
  char gender = m->given.empty() ? MentionGender(doc_, lexicon_, *m) : 0;
  if (m->given.empty() && !gender) gender = TitledGender(m->surname);
  const std::string suffix = NameSuffixOf(m->name);
  const std::string cache_key = m->surname + "|" + m->given + "|" + gender + "|" + Lower(m->role) + "|" + suffix;
  auto cached = cache_.find(cache_key);
  if (cached == cache_.end()) {
    Found found;
    if (!indexed_) IndexNames();
    const uint64_t hash = FeatureHashOf(m->surname);
    const auto first = std::lower_bound(names_by_surname_.begin(), names_by_surname_.end(), std::make_pair(hash, uint32_t{0}));
    // "King Salman" is not named for his father, as "Mohammed bin Salman" is.
    const bool patronym =
        m->end_token >= m->first_token + 2 && IsPatronymicParticle(doc_.Norm(doc_.tokens[m->end_token - 2]));
    auto occurrences = [&](auto&& visit) {  // the text's other mentions with this surname, in text order
      for (auto it = first; it != names_by_surname_.end() && it->first == hash; ++it) {
        const uint32_t t = it->second;
        if (SurnameAt(t) != m->surname) continue;  // another surname of the same hash
        if (!patronym && t > 0 && IsPatronymicParticle(doc_.Norm(doc_.tokens[t - 1]))) continue;
        if (!visit(t)) return;
      }
    };
    std::string given = m->given;
    bool shared_surname = false;  // the text names two people or more with this surname
    bool bare_is_another = false;  // a bare surname stands for someone else (set for a full name)
    if (given.empty()) {
      // `surname`: a second surname the name ends in ("febo" of "Melba Acosta Febo"), else "".
      struct Named {
        std::string given, name, surname;
        bool all_caps = false, suffixed = false, described = false;
        int times = 0;
      };
      std::vector<Named> named;  // in the order first named
      std::string first_given;   // any person's, whatever the gender: two mean a shared surname
      // The suffix after surname token t, as NameSuffixOf gives it, and the name's end with it.
      auto suffix_at = [&](uint32_t t, uint32_t* end) {
        *end = t + 1;
        if (t + 1 >= doc_.tokens.size() || !IsNameSuffix(doc_.Norm(doc_.tokens[t + 1]))) return std::string();
        *end = ThroughSuffixPeriod(doc_, t + 2);
        return std::string(doc_.Norm(doc_.tokens[t + 1]));
      };
      occurrences([&](uint32_t t) {
        const uint32_t given_token = GivenNameTokenBefore(doc_, lexicon_, t);
        if (given_token == t) return true;  // a bare surname
        if (MentionAt(t).institution_kind == SourceWord::kPlace) return true;  // "United States" names no "States"
        uint32_t name_end = t + 1;
        std::string_view second_surname;
        const std::string other_suffix = suffix_at(t, &name_end);
        if (!suffix.empty() && other_suffix != suffix) return true;  // "Trump Jr." is not Donald Trump
        // "Ms. Acosta" of "Melba Acosta Febo": a second surname after this one is part of the name
        // (not a headline's word, one before another capitalized word, one of a title after "the"
        // ("The Rachel Maddow Show"), or one the text writes in lower case: "Bob Smith Farms"
        // beside "ten farms").
        if (other_suffix.empty() && t + 1 < doc_.tokens.size() && IsNameToken(doc_, t + 1) &&
            !(doc_.tokens[t + 1].flags & (kTokHeadline | kTokAllCaps)) &&
            !(t + 2 < doc_.tokens.size() && (doc_.tokens[t + 2].flags & kTokCapitalized)) &&  // "Resigns After"
            !(given_token > 0 && doc_.Norm(doc_.tokens[given_token - 1]) == "the") &&
            MentionAt(t).name == TokensText(doc_, given_token, t + 2) && !WrittenInLowerCase(doc_, t + 1)) {
          name_end = t + 2;
          second_surname = SurnameAt(t + 1);
        }
        const std::string other_given = FoldLatinLetters(doc_.Norm(doc_.tokens[given_token]));
        if (first_given.empty()) first_given = other_given;
        else if (other_given != first_given) shared_surname = true;
        const char other_gender = lexicon_.GivenNameGender(other_given);
        if (gender && other_gender && other_gender != gender) return true;
        auto n = std::find_if(named.begin(), named.end(), [&](const Named& x) { return x.given == other_given; });
        const bool all_caps = (doc_.tokens[given_token].flags & kTokAllCaps) != 0;  // a shouting headline
        if (n == named.end()) n = named.insert(named.end(), Named{other_given, "", "", all_caps});
        if (n->name.empty() || (n->all_caps && !all_caps)) {
          n->name = TokensText(doc_, given_token, name_end);
          n->surname = std::string(second_surname);
          n->all_caps = all_caps;
          n->suffixed = !other_suffix.empty();
        }
        ++n->times;
        // "Rhonda Hughes, 43,", "Rhonda Hughes, a nurse,": a full name outside a headline that an
        // apposition describes, its given name no word of the lists or of the text in lower case.
        SourceWordMatch listed;
        const SourceMention& full = MentionAt(t);
        if (!(doc_.tokens[given_token].flags & (kTokHeadline | kTokAllCaps)) &&
            AppositionOpensAt(doc_, name_end) && full.given == other_given &&
            full.name == TokensText(doc_, given_token, name_end) && !WrittenInLowerCase(doc_, given_token) &&
            !lexicon_.MatchAt(doc_, given_token, given_token + 1, &listed))
          n->described = true;
        return true;
      });
      // A given name the gender list knows is a name; another ("Understated Perez" in a
      // title-case headline) counts only when the text writes it twice or describes it.
      auto pick = std::find_if(named.begin(), named.end(), [&](const Named& n) {
        return n.times > 1 || n.described || lexicon_.GivenNameGender(n.given) != 0;
      });
      // Of two people named so, the one the text gives this mention's role: "President Obama"
      // beside "Michelle Obama" and "President Barack Obama".
      if (named.size() > 1 && !m->role.empty()) {
        const std::string role = Lower(m->role);
        occurrences([&](uint32_t t) {
          const SourceMention& other = MentionAt(t);
          if (other.given.empty() || Lower(other.role) != role) return true;
          const auto n = std::find_if(named.begin(), named.end(), [&](const Named& x) { return x.given == other.given; });
          if (n == named.end()) return true;
          pick = n;
          return false;
        });
      }
      // "President Trump" is not "Ivanka Trump", "President Obama" not "Michelle Obama": an
      // office's title before a listed politician's surname names no one the list does not.
      if (pick != named.end() && TitledPoliticianApart(lexicon_, m->surname, m->role, pick->name)) pick = named.end();
      // "Mr. Trump" is not "Donald Trump Jr." when the text also writes "President Trump".
      if (pick != named.end() && pick->suffixed && suffix.empty() &&
          SurnameTitledApartFromSuffixedName(doc_, lexicon_, m->surname))
        pick = named.end();
      if (pick != named.end()) {
        given = pick->given;
        found.any = true;
        found.given = pick->given;
        found.name = pick->name;
        found.surname = pick->surname;
      }
      shared_surname = shared_surname || named.size() > 1;
    } else if (!lexicon_.IsListedPolitician(m->name)) {
      // "Freddy Trump" after "Donald J. Trump": a bare "Mr. Trump" is the person the text names
      // first with the surname, so it gives someone named later no role, unless the word list
      // names this one as a politician ("Secretary Clinton" after "Bill Clinton" may be Hillary's).
      occurrences([&](uint32_t t) {
        const uint32_t given_token = GivenNameTokenBefore(doc_, lexicon_, t);
        if (given_token == t) return true;
        bare_is_another = FoldLatinLetters(doc_.Norm(doc_.tokens[given_token])) != given;
        return false;
      });
    }
    SourceMention copular;  // the first role a copular sentence gives, kept while no mention gives one
    occurrences([&](uint32_t t) {
      const SourceMention& other = NamedMentionAt(t);
      if (other.surname != m->surname || (!other.given.empty() && !given.empty() && other.given != given)) return true;
      if (!other.given.empty() && !m->given.empty() && NameSuffixOf(other.name) != suffix) return true;  // "Jr."
      if ((shared_surname || bare_is_another) && other.given.empty()) return true;  // "President Clinton": which?
      // "President Trump" gives "Ivanka Trump" no role.
      if (other.given.empty() && !m->given.empty() && TitledPoliticianApart(lexicon_, m->surname, other.role, m->name))
        return true;
      if (gender && !other.given.empty() && lexicon_.GivenNameGender(other.given) == SourceLexicon::OtherGender(gender)) return true;
      // "Mrs. Abedini" is not "Her husband, Saeed Abedini": a role word of the other sex.
      if (gender && m->role.empty() && !other.role.empty() &&
          lexicon_.WordGender(Lower(other.role.substr(other.role.rfind(' ') + 1))) ==
              SourceLexicon::OtherGender(gender))
        return true;
      // "Peter Morici is an economist and business professor at the University of Maryland": a
      // role the text gives the name in a copular sentence, when no mention gives one.
      if (other.role.empty() && copular.role.empty()) {
        copular = CopularDescription(doc_, lexicon_, other);
        // A listed politician keeps an office ("Kavanaugh is a longtime Republican operative").
        if (copular.role_kind != SourceWord::kOfficial &&
            (lexicon_.IsListedPolitician(other.name) || lexicon_.IsListedPoliticianSurname(m->surname)))
          copular = SourceMention();
        if (!copular.role.empty()) {
          copular.given = other.given;
          copular.name = other.name;
        }
      }
      if (other.role.empty() && other.role_kind != SourceWord::kOfficial) return true;  // a party tag's legislator
      // Not a name qualifying someone else's role, a group or a thing: "top Hillary Clinton aide
      // Huma Abedin", "veteran Clinton haters", "the ghost writer of a Trump book".
      SourceWordMatch after;
      if (t + 1 < doc_.tokens.size() && (doc_.tokens[t + 1].flags & kTokWord) &&
          !(doc_.tokens[t + 1].flags & kTokCapitalized)) {
        const std::string_view next = doc_.Norm(doc_.tokens[t + 1]);
        const bool listed = lexicon_.MatchAt(doc_, t + 1, t + 2, &after) &&
                            (IsRole(after.kind) || after.kind == SourceWord::kDocument);
        const bool people_plural =  // "haters", "loyalists", "Trumpites"
            EndsAfterStem(next, "ers", 3) || EndsAfterStem(next, "ists", 3) || EndsAfterStem(next, "ites", 3);
        if (listed || people_plural)
          return true;
      }
      found.any = true;
      found.role = other.role;
      found.affiliation = other.affiliation;
      found.role_kind = other.role_kind;
      if (found.given.empty()) { found.given = other.given; found.name = other.name; }
      copular = SourceMention();
      return false;
    });
    if (!copular.role.empty()) {
      found.any = true;
      found.role = copular.role;
      found.affiliation = copular.affiliation;
      found.role_kind = copular.role_kind;
      if (found.given.empty()) { found.given = copular.given; found.name = copular.name; }
    }
    cached = cache_.emplace(cache_key, std::move(found)).first;
  }
  const Found& f = cached->second;
  if (!f.any) return;
  if (m->role.empty()) { m->role = f.role; m->role_kind = f.role_kind; }
  if (m->affiliation.empty()) m->affiliation = f.affiliation;
  if (m->given.empty() && !f.given.empty()) {
    m->given = f.given;
    m->name = f.name;
    if (!f.surname.empty()) m->surname = f.surname;
  }
}

bool FindOwnerBefore(const Document& doc, const SourceLexicon& lexicon, MentionCompleter* completer,
                     const SourceMention& m, SourceMention* owner) {
  if (m.first_token == 0) return false;
  const uint32_t sentence = doc.tokens[m.first_token].sentence;
  const uint32_t sentence_first = doc.sentences[sentence].first_token;
  const uint32_t limit = m.first_token > sentence_first + 30 ? m.first_token - 30 : sentence_first;
  if (m.possessive == "its" || m.possessive == "their") return false;  // no one person's
  const char wanted = m.possessive == "his" ? 'm' : m.possessive == "her" ? 'f' : 0;
  bool fallback = false;  // a name not known to be a person's, taken when no person's is found
  for (uint32_t k = m.first_token; k-- > limit;) {
    if (!IsNameToken(doc, k)) continue;
    SourceMention found = completer->NamedMentionAt(k);
    if (found.name.empty() || !found.institution.empty()) return fallback;
    completer->Complete(&found);
    const char gender = MentionGender(doc, lexicon, found);
    k = std::min(k, found.first_token);
    if (wanted && gender && gender != wanted) continue;
    if (gender || !found.given.empty() || !found.role.empty() || lexicon.IsListedPoliticianSurname(found.surname)) {
      *owner = std::move(found);
      return true;
    }
    if (!fallback) *owner = std::move(found);
    fallback = true;
  }
  return fallback;
}

}  // namespace biaslens
