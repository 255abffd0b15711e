// Source mentions (internal to src/core): grows the token the model picked into the noun
// phrase that names the source, then reads that phrase (and an apposition after it) for
// a proper name, role, affiliation and kind: "White House spokesman Josh Earnest" ->
// name "Josh Earnest", role "spokesman", affiliation "White House", spokesperson.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/sources_lexicon.h"
#include "core/text.h"

namespace biaslens {

struct SourceMention {
  Range span;                          // the noun phrase as written
  uint32_t first_token = 0, end_token = 0;
  std::string text;                    // span as written, white space collapsed
  std::string name;                    // proper name part ("Josh Earnest"); "" when none
  std::string surname;                 // lower-case last name word without "al-" ("assad")
  std::string given;                   // lower-case first name word, accents folded, when the name has two or more
  std::string role;                    // role noun as written ("spokesman", "President")
  SourceWord role_kind = SourceWord::kCount;  // kOfficial/kSpokesperson/kExpert/kPerson or kCount
  std::string affiliation;             // "White House", "Russia", …
  std::string tag_state;               // the state of a legislator's tag after the name: "Florida" of "(R-Fla.)"
  std::string institution;             // the phrase names an outlet/organisation/place itself
  SourceWord institution_kind = SourceWord::kCount;
  std::string pronoun;                 // "he", "she", "they", "it", "i", "we", "you" when the mention is one
  std::string possessive;              // "his"/"her"/"its"/"their" in "his office"
  bool anonymous = false;              // vague: "officials", "some diplomats", "a source familiar with"
  bool document = false;               // "the statement", "a report"
  bool plural = false;
  bool indefinite = false;             // starts with a/an/one/some/many/several
  std::string described;               // text without leading determiners and counts ("percent" of "24 percent")
  bool counted = false;                // a count was left out of `described` ("24 percent", "Six in 10 voters")
  std::string key;                     // lower-case `described`: grouping key for nameless sources
  // A place's body: its place's name and the body's words, lower case ("russia|foreign ministry" for
  // "the Russian Foreign Ministry" and "Russia's foreign ministry"); "" for any other phrase.
  std::string place_body_key;
  int same_as = -1;                    // index of an earlier mention naming the same source ("the statement")
  std::string owner, owner_affiliation;  // "his office": the person "his" stands for, when known
};

// Token-level helpers shared by the attribution passes.
bool IsPersonalPronoun(std::string_view norm);
bool IsPossessivePronoun(std::string_view norm);  // his, her, their, its, our, my, your
bool IsNumberWord(std::string_view norm);         // "three", "forty-two", "dozen"
bool IsNumberAt(const Document& doc, uint32_t k);  // token k is a number in digits ("3,000") or in words
// Conjunctions, sentence adverbs, some prepositions and "now"/"today": they link or open a
// clause and name no one ("and", "however", "amid", "perhaps").
bool IsLinkingWord(std::string_view norm);
// A word that names no one by itself: an article, a pronoun, a preposition, a conjunction, a
// quantifier, a weekday or month, a number word ("the", "his", "of", "several", "monday", "two").
bool IsFunctionWord(std::string_view norm);
bool IsRelativePronoun(std::string_view norm);  // who, which, that, whom, whose
bool IsPreposition(std::string_view norm);  // in, of, at, for, on, to, with, from, by, about
bool IsModal(std::string_view norm);        // can, could, will, would, may, might, must, should
bool IsBeOrHave(std::string_view norm);     // is, are, was, were, has, have, had
bool IsFormOfBe(std::string_view norm);     // is, are, was, were, be, been, being
// while, when, although, though, as, if, after, because, since, before, until, unless, whereas,
// whether: opens a subordinate clause ("once" is more often an adverb).
bool IsSubordinator(std::string_view norm);
// Token k is a relative pronoun, not an acronym written like one ("by the WHO.").
bool IsRelativePronounAt(const Document& doc, uint32_t k);
// Token i is in capitals beside a word of its sentence that is not ("WHO said", not "WHO IS IT").
bool IsAcronymAmongWords(const Document& doc, uint32_t i);
// "overall", "nonetheless", "sure", "perhaps", "earlier": a connective, stance or time adverb
// opening a clause, never who speaks.
bool IsSentenceAdverb(std::string_view norm);
bool IsDash(const Document& doc, uint32_t k);    // token k is "-", "--", "—" or "–"
uint32_t TokenAtByte(const Document& doc, uint32_t at);  // the first token at or after byte `at`
// Where a title before token t (t >= 1) stands: past a period ("Mr." of "Mr. Obama"), else t - 1.
uint32_t TitleTokenBefore(const Document& doc, uint32_t t);
// An adjective or participle after the people it describes, with a preposition: "familiar" of
// "people familiar with the matter", "close", "involved", "briefed", "interested".
bool IsPostModifierWord(std::string_view norm);
bool IsPostModifierPreposition(std::string_view norm);  // with, to, in, on, about, of: "familiar with"
// Where the mention's own words end: before a post-modifier and its phrase ("people" of "people
// familiar with the negotiations"), else its end.
uint32_t HeadEnd(const Document& doc, const SourceMention& m);
bool IsModifierWord(std::string_view norm);     // "former", "senior", "law enforcement": qualify a source noun
bool IsNounModifierWord(std::string_view norm);  // the nouns among them ("city" of "city officials"), heads too
// "al-Assad" -> "assad" of a normalized word: a surname is compared without its article.
std::string_view WithoutArticlePrefix(std::string_view s);
// A verb a title-case headline capitalizes after its subject ("says", "slams", "targets").
bool IsHeadlineVerb(std::string_view norm);
bool IsNameToken(const Document& doc, uint32_t i);  // a word with an upper-case letter, not a function word or kTokCommonWord
// Token i ends a possessive: the clitic "'s", or an apostrophe written right after a word in
// "s" and before a word ("Sanders’ campaign"), not one closing a single-quoted passage.
bool IsPossessiveEnding(const Document& doc, uint32_t i);
bool IsNameSuffix(std::string_view norm);           // "jr", "sr", "iii": written after a surname, never one
bool IsPatronymicParticle(std::string_view norm);   // "bin", "ibn", "bint": "Mohammed bin Salman"
std::string NameSuffixOf(std::string_view name);    // "jr" of "Donald Trump Jr." (lower case, no period); "" none
// `end`, or one past it when the token before it is a name suffix the period right after belongs
// to ("Jr" "." of "Joseph R. Biden Jr.").
uint32_t ThroughSuffixPeriod(const Document& doc, uint32_t end);
bool IsPartyMemberWord(std::string_view norm);      // "democrat", "republican": one member of a party
// The party of a legislator's party and state tag right after a name, at token `after`: "(D-N.Y.)",
// ", R-S.C.,", "(R-Texas)", "(D)" -> "Democratic", "Republican", "Independent"; empty otherwise.
std::string_view PartyOfTagAt(const Document& doc, uint32_t after);
// The state of such a tag, as the word list names it: "(R-Fla.)" -> "Florida"; empty otherwise.
std::string_view StateOfTagAt(const Document& doc, uint32_t after);
// The state (or D.C.) an AP abbreviation stands for, with or without its period, as after a town
// ("Huntsville, Ala.", "Chappaqua, N.Y."): "fla." -> "Florida"; empty for another word.
std::string_view StateOfAbbreviation(std::string_view norm);
bool IsStateAbbreviation(std::string_view norm);  // StateOfAbbreviation() finds one
bool IsTimeNoun(std::string_view norm);             // "year", "weeks", "tonight": a time, never who speaks
// `word` ends in `suffix` after at least `stem` letters: EndsAfterStem("haters", "ers", 3).
bool EndsAfterStem(std::string_view word, std::string_view suffix, size_t stem);
bool IsIngForm(std::string_view norm);              // a word of five letters or more in "-ing": "saying"
bool IsLyForm(std::string_view norm);               // a word of five letters or more in "-ly": "quickly"
// A lower-case word of five letters or more ending in "-ly" ("repeatedly", "quickly"): an
// adverb that may stand between a verb and its auxiliary, subject or conjunction, or before a
// modifier in a noun phrase ("the newly revised timeline").
bool IsLowercaseLyAdverb(const Document& doc, uint32_t k);
// Token k opens its sentence capitalized, and nothing else makes it a name: no listed given name or
// politician's surname, and the text never writes it capitalized mid-sentence ("Cement makers",
// "Local news affiliate ABC 7").
bool CapitalizedOnlyAsOpening(const Document& doc, const SourceLexicon& lexicon, uint32_t k);
// The normalized (lower-case) words of tokens [first, end), one space apart: "foreign ministry".
std::string NormWords(const Document& doc, uint32_t first, uint32_t end);
bool IsPartyAffiliation(std::string_view affiliation);  // "Democratic", "Republican", "Independent"
// The plural of a one-word role the lexicon lists (SourceLexicon::IsRoleWord): "senators",
// "deputies", "women", "congressmen"; `word` lower case.
bool IsRolePlural(const SourceLexicon& lexicon, std::string_view word);
// A title of an elected or political office as written: "President", "Sen.", "Governor", "Speaker".
bool IsPoliticalOffice(std::string_view role);
// "President Trump" and "Ivanka Trump" are two people: `title`, a political office's, before a
// listed politician's `surname` alone, and `name` of that surname, which the list names no
// politician by.
bool TitledPoliticianApart(const SourceLexicon& lexicon, std::string_view surname, std::string_view title,
                           std::string_view name);
// A word that reads as a noun or an adjective inside a noun phrase: three letters or more, no
// function word, no "-ed" or "-ing" form.
bool NounLikeWord(const Document& doc, uint32_t k);
bool IsOwnedPeopleNoun(std::string_view w);  // "team", "family", "camp", "staff": people someone's possessive owns
bool IsKindOfOrganisationAt(const Document& doc, uint32_t k);  // a lower-case noun for a kind of organisation: "firm"
// A word ending in "s" that names things or is an adverb, not people: "precedents", "nevertheless".
bool IsPluralOfNoPeople(std::string_view w);
std::vector<uint32_t> NameTokens(const Document& doc);  // every token IsNameToken() accepts, in text order

// Grows the head token `head` into the source noun phrase, never into [avoid_first, avoid_end)
// (the cue) and never across its sentence, then reads it. `lexicon` types the words.
SourceMention ReadSourceMention(const Document& doc, const SourceLexicon& lexicon, uint32_t head,
                                uint32_t avoid_first, uint32_t avoid_end);

// Reads an already delimited phrase [first, end) (a credit-line item, "quoted by X").
SourceMention ReadSourcePhrase(const Document& doc, const SourceLexicon& lexicon, uint32_t first, uint32_t end);

// The mention's words end with its role ("The Supreme Court justice", "Nevada's governor"; not
// "The head of Gazprom"); false without a role.
bool EndsWithRole(const SourceMention& m);

// The given name written before the surname token `surname`: the first word of the run of
// name words right before it that is no title or listed role, place or body ("President Bill
// Clinton" -> "Bill"); `surname` itself when there is none ("Clinton", "Mrs. Clinton").
uint32_t GivenNameTokenBefore(const Document& doc, const SourceLexicon& lexicon, uint32_t surname);
// The text writes `surname` (lower case) after a capitalized role with no given name ("President
// Trump") and never gives a title or role to a suffixed full name with it ("Donald Trump Jr."; "Adm.
// Harry B. Harris Jr." has one, and may be "Admiral Harris"): the titled one is someone else.
bool SurnameTitledApartFromSuffixedName(const Document& doc, const SourceLexicon& lexicon, std::string_view surname);

// The "&" at k joins one firm's name: "Procter & Gamble", "Goldstein & Russell", "Smith & Wesson";
// not two people's ("Trump & Clinton": a listed politician's surname on either side; "Bob & Sue":
// a given name before it).
bool IsFirmAmpersand(const Document& doc, const SourceLexicon& lexicon, uint32_t k);

// The end of the run of capitalized words from `first` (before `limit`) in which one of
// `joiners` may stand between two capitalized words: "Massachusetts Institute of Technology"
// with "of". `first` itself when it is no capitalized word.
uint32_t CapitalizedRunEnd(const Document& doc, uint32_t first, uint32_t limit,
                           std::initializer_list<std::string_view> joiners);

// Whether the mention names or describes a woman ('f') or a man ('m'), by the gender list
// (SourceLexicon::BuildGenders): a named person by the given name, else by an honorific or
// role word in the phrase ("Mrs. Clinton", "Congresswoman Debbie Wasserman Schultz"); a
// nameless one by its last gendered word ("Bill Clinton's wife", "a spokesman for Hillary
// Clinton", "a woman in Worcester"). 0 when nothing says, and for pronouns.
char MentionGender(const Document& doc, const SourceLexicon& lexicon, const SourceMention& m);

// The key under which a source name is the same source in another article: lower case
// (ASCII), no spaces, dots or commas, curly apostrophes straight, no possessive ending, and
// the Arabic article dropped from a surname ("Bashar al-Assad", "Bashar Assad" → "basharassad";
// "Walid Al Moallem" and "Walid al-Moallem" agree; a first word "Al" is a given name: "Al Gore").
std::string SourceNameKey(std::string_view name);

// A person's name split for matching across articles, as SourceNameKey keys: the first and
// last words (`first_last`, "hillaryclinton") and the words between (`middle`, "rodham"; ""
// when none). A suffix ("Jr.", "III") is dropped. False for a name of one word.
// "Hillary Rodham Clinton" and "Hillary Clinton" are one person; "George W. Bush" and
// "George H.W. Bush" are not (two different middles).
bool SplitPersonName(std::string_view name, std::string* first_last, std::string* middle);

}  // namespace biaslens

namespace biaslens {

// Fills the role and affiliation of a named mention from another place the text names the
// same person with them ("Putin said" after "Russian President Vladimir Putin ordered").
// Indexes the document's name tokens (NameTokens(doc)) once; answers are cached by surname and
// given name.
class MentionCompleter {
 public:
  MentionCompleter(const Document& doc, const SourceLexicon& lexicon, const std::vector<uint32_t>& name_tokens);
  void Complete(SourceMention* m);
  // ReadSourceMention(doc, lexicon, head, 0, 0), read once per document.
  const SourceMention& MentionAt(uint32_t head);
  // MentionAt(head), or the name at head when that reading is a role whose "of" names it ("a key
  // ally of President Bashar al-Assad" -> "President Bashar al-Assad").
  const SourceMention& NamedMentionAt(uint32_t head);

 private:
  struct Found {
    bool any = false;
    std::string role, affiliation, given, name, surname;  // surname: when the name ends in a second one
    SourceWord role_kind = SourceWord::kCount;
  };
  void CompleteGivenName(SourceMention* m);  // "Hillary" -> "Hillary Clinton", when only one
  // The tokens of the one full name the text writes with the given name `given`; {0, 0} for none.
  std::pair<uint32_t, uint32_t> FullNameOf(std::string_view given);
  std::string_view SurnameAt(uint32_t t) const;
  // The gender of the honorific the text writes `surname` alone after by far the most ("Mr.
  // Obama" fifteen times, "Mrs. Obama" never): at least twice, three times the other's; 0 for none.
  char TitledGender(std::string_view surname);
  void IndexNames();  // on the first Complete() that needs it
  const Document& doc_;
  const SourceLexicon& lexicon_;
  const std::vector<uint32_t>& name_tokens_;
  bool indexed_ = false;
  std::vector<std::pair<uint64_t, uint32_t>> names_by_surname_;  // (hash of the surname, name token), sorted
  std::unordered_map<std::string, Found> cache_;
  std::unordered_map<uint32_t, SourceMention> mentions_at_;  // by head (references stay valid)
  std::unordered_map<uint32_t, SourceMention> named_mentions_at_;  // NamedMentionAt, by head
  std::unordered_map<std::string, std::pair<uint32_t, uint32_t>> full_names_;  // FullNameOf, by given name
};

// "Russia is a key ally of President Bashar al-Assad and his office said": the named person
// before a possessive mention in the same sentence, completed by `completer`, at most 30 words
// back and after any body the sentence names: the last one known to be a person (by a given
// name, role, listed surname or gender) and not of another gender than "his"/"her", else the
// last name of no known kind ("Trump has not talked about Zika and his campaign" is Trump's).
// false when there is none, and for "its" and "their".
bool FindOwnerBefore(const Document& doc, const SourceLexicon& lexicon, MentionCompleter* completer,
                     const SourceMention& m, SourceMention* owner);

}  // namespace biaslens
