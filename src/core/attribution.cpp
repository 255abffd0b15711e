// AttributionDetector: who is reported as saying what, and how diverse the sourcing is.
//
// [SECTION] Passes, in order
//   1. cues     the trained tagger marks cue tokens (models/attribution.json); each run is a cue
//   2. verbs    lexicons/attribution.json names the cue's verb and stance (said: neutral, …)
//   3. sources  the trained ranker picks a source token, unless the clause decides (a verb
//               joined to an earlier cue, an opening participle, a passive's agent:
//               attribution_clauses); it grows into a noun phrase that is read for name,
//               role, affiliation (sources_mentions); "X quoted by Y" adds Y
//   4. content  an adjacent quotation (direct) or the reported clause (attribution_content)
//   5. credits  a "Sources: BBC, Daily Mail" line cites each outlet
//   6. quotes   quotations without a cue continue the speaker of their paragraph or of the
//               previous paragraph ("…," he said. "…" and multi-paragraph quotes)
//   7. group    mentions become sources, pronouns resolve (sources_grouping)
//   8. metrics  sources_diversity
#include "core/attribution.h"

#include <algorithm>
#include <deque>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/attribution_clauses.h"
#include "core/attribution_content.h"
#include "core/attribution_features.h"
#include "core/attribution_model.h"
#include "core/sources_diversity.h"
#include "core/sources_grouping.h"
#include "core/sources_lexicon.h"
#include "core/sources_mentions.h"
#include "core/text_stages.h"
#include "core/utf8.h"
#include "core/word_set.h"

namespace biaslens {

struct AttributionDetector::Impl {
  AttributionModel model;
  CueWordClasses cue_words;  // lexicons/cue_words.json; features of the cue tagger
  SourceLexicon source_words;
  PhraseMatcher verbs;  // lexicons/attribution.json; category = stance
  std::vector<bool> source_follows;  // per verbs entry: "according to", "as stated by" (note "prep:source follows")
};

namespace {

// One attribution under construction.
struct Draft {
  Attribution a;
  bool has_mention = false;
  SourceMention mention;
  int quotation = -1;       // the quotation used as content
  int inherit_from = -1;    // quote-only attributions: the draft whose source they continue
  bool relay = false;       // "quoted by Reuters": the outlet that relays another source
};

// "talks in Geneva, reports …": a bare proper name right after "in" is where the sentence
// is set, not who speaks (the source ranker sometimes picks it). Not an outlet ("a report in
// The Wall Street Journal") and not a possessive ("in Bolton's view", "in Forbes' words").
bool IsPlaceAfterIn(const Document& doc, const SourceMention& m) {
  if (m.first_token == 0 || !m.pronoun.empty() || !IsNameToken(doc, m.first_token)) return false;
  if (doc.Norm(doc.tokens[m.first_token - 1]) != "in" || m.institution_kind == SourceWord::kOutlet) return false;
  for (uint32_t k = m.first_token; k <= m.end_token && k < doc.tokens.size(); ++k) {  // the mention and the token after it
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (w == "'s" || w == "'") return false;
  }
  return true;
}

// Token k is a word the lists know as people or as a role ("officials", "senators"), or the
// plural of a listed role ("deputies").
bool PeopleWordAt(const Document& doc, const SourceLexicon& words, uint32_t k) {
  return words.NamesPeopleAt(doc, k) || IsRolePlural(words, doc.Norm(doc.tokens[k]));
}

bool WordsAre(const Document& doc, uint32_t at, std::initializer_list<std::string_view> words) {
  uint32_t k = at;
  for (std::string_view w : words) {
    if (k >= doc.tokens.size() || doc.Norm(doc.tokens[k]) != w) return false;
    ++k;
  }
  return true;
}

// "quoted by" / "cited by" starting at token `at`.
bool IsRelayAt(const Document& doc, uint32_t at) {
  return WordsAre(doc, at, {"quoted", "by"}) || WordsAre(doc, at, {"cited", "by"});
}

// Token k is a lower-case plural of an agent noun ("bundlers", "analysts", "residents") that
// is no listed word of another kind.
bool AgentPluralAt(const Document& doc, const SourceLexicon& words, uint32_t k) {
  const std::string_view w = doc.Norm(doc.tokens[k]);
  SourceWordMatch other;
  if (words.MatchAt(doc, k, k + 1, &other)) return false;
  auto ends_in = [&](std::string_view suffix) { return EndsAfterStem(w, suffix, 2); };
  return (ends_in("ers") || ends_in("ors") || ends_in("ists") || ends_in("ants") || ends_in("ians") ||
          (ends_in("ents") && !ends_in("ments"))) &&
         NounLikeWord(doc, k);
}

// "several officials at the agency said", "other prominent bundlers in both parties said", "A
// senior official at the State Department said": when the source ranker picked a body or a
// vague group after "at", "in", "within", "inside", "from" or "across", and a plural for people
// comes right before the preposition (a word the lists know as people or as a role, or a
// lower-case plural of an agent noun: "bundlers", "analysts"), or such a listed word introduced
// by "a", "an", "one" or "another", and it is no participle's object, the token of that word,
// else UINT32_MAX.
uint32_t PeopleBeforeBody(const Document& doc, const SourceLexicon& words, const SourceMention& m) {
  const bool body = !m.institution.empty() &&
                    (m.institution_kind == SourceWord::kOrganisation || m.institution_kind == SourceWord::kOutlet);
  const bool vague_group = m.plural && m.name.empty() && m.role.empty() && m.institution.empty() && !m.document;
  if (m.first_token < 2 || !m.pronoun.empty() || !(body || vague_group)) return UINT32_MAX;
  const uint32_t prep = m.first_token - 1, noun = m.first_token - 2;
  if (!OneOf(doc.Norm(doc.tokens[prep]), {"at", "in", "within", "inside", "from", "across"}) ||
      doc.tokens[noun].sentence != doc.tokens[m.first_token].sentence ||
      ((doc.tokens[noun].flags & kTokCapitalized) && !(doc.tokens[noun].flags & kTokSentenceStart)))
    return UINT32_MAX;
  const std::string_view w = doc.Norm(doc.tokens[noun]);
  bool introduced = false;  // and in no apposition to a name ("Gary Hufbauer, a senior fellow at …")
  for (uint32_t k = noun; k-- > 0 && k + 4 > noun && (doc.tokens[k].flags & kTokWord) && !introduced;)
    introduced = OneOf(doc.Norm(doc.tokens[k]), {"a", "an", "one", "another"}) &&
                 !(k >= 2 && doc.Norm(doc.tokens[k - 1]) == "," && IsNameToken(doc, k - 2));
  const bool one_person = introduced && PeopleWordAt(doc, words, noun);
  if (!one_person && (w.size() <= 3 || w.back() != 's' || IsPluralOfNoPeople(w))) return UINT32_MAX;
  // Not the object of a participle: "doctors treating the Cuba patients at the University found".
  auto determiner = [&](uint32_t k) {
    return OneOf(doc.Norm(doc.tokens[k]), {"the", "a", "an", "these", "those", "his", "her", "their", "its"});
  };
  uint32_t phrase = noun;
  while (phrase > 0 && phrase + 4 > noun && doc.tokens[phrase - 1].sentence == doc.tokens[noun].sentence &&
         !determiner(phrase) && (doc.tokens[phrase - 1].flags & kTokWord))
    --phrase;
  if (determiner(phrase) && phrase > 0 &&
      EndsAfterStem(doc.Norm(doc.tokens[phrase - 1]), "ing", 3) && !(doc.tokens[phrase - 1].flags & kTokCapitalized))
    return UINT32_MAX;
  return PeopleWordAt(doc, words, noun) || AgentPluralAt(doc, words, noun) ? noun : UINT32_MAX;
}

// When the source ranker picked the object of a phrase that modifies the speaker, the token of
// the speaker's head word, else UINT32_MAX:
// - the audience of "speaking"/"talking" "to"/"with" ("Another intelligence source speaking to
//   Fox News said");
// - the object of a lower-case participle in "-ing" ("Democrats supporting Mrs. Clinton have
//   pointed to"; not "including", "according", "during" and the like);
// - the agent after a participle's "by" ("A witness interviewed by congressional staff said",
//   "Those affected by the storm said"; not a relay's "quoted by Reuters");
// each right after a word the lists know as people or as a role, a plural of an agent noun or a
// noun for a kind of organisation, not the participle that is the cue [cue_first, cue_end)
// ("candidates backed by super PACs");
// - a document before a participle's "by" (past its particle) whose agent did not write it
//   ("Emails obtained by The Hill show", "emails combed through by Vox suggest"), or before "to"
//   ("Sanders' fundraising email to his supporters notes"), or before "relating to" ("an email
//   relating to Benghazi finds").
uint32_t SpeakerBeforeObjectPhrase(const Document& doc, const SourceLexicon& words, const SourceMention& m,
                                   uint32_t cue_first, uint32_t cue_end) {
  auto people_at = [&](uint32_t k) { return PeopleWordAt(doc, words, k) || AgentPluralAt(doc, words, k); };
  // Token k is the subject pronoun of a relative clause with no pronoun of its own, right after a
  // word for people ("Several people I've spoken with").
  auto relative_subject_at = [&](uint32_t k) {
    return k >= 1 && OneOf(doc.Norm(doc.tokens[k]), {"i", "we", "he", "she", "they"}) &&
           !IsFunctionWord(doc.Norm(doc.tokens[k - 1])) && people_at(k - 1);
  };
  // "Several people I've spoken with over the last couple of weeks said": the people such a
  // clause follows, when the ranker picked its subject.
  if (!m.pronoun.empty() && m.end_token < cue_first && relative_subject_at(m.first_token)) {
    bool clause = cue_first <= m.end_token + 12;  // no punctuation, nor a name that is the cue's subject
    for (uint32_t k = m.end_token; k < cue_first && clause; ++k)
      clause = !(doc.tokens[k].flags & kTokPunct) && !IsNameToken(doc, k) &&
               doc.tokens[k].sentence == doc.tokens[cue_first].sentence;
    if (clause) return m.first_token - 1;
  }
  if (m.first_token < 2 || !m.pronoun.empty()) return UINT32_MAX;
  auto lower_word = [&](uint32_t k) {
    return (doc.tokens[k].flags & kTokWord) && !(doc.tokens[k].flags & kTokCapitalized);
  };
  const std::string_view before = doc.Norm(doc.tokens[m.first_token - 1]);
  auto document_at = [&](uint32_t k) {
    SourceWordMatch document;
    return words.MatchAt(doc, k, k + 1, &document) && document.kind == SourceWord::kDocument;
  };
  // "Sanders' fundraising email to his supporters notes": the document, not whom it is to.
  const uint32_t addressed = m.first_token - 2;
  const uint32_t sentence = doc.tokens[m.first_token].sentence;
  if (before == "to" && document_at(addressed) && doc.tokens[addressed].sentence == sentence &&
      (addressed < cue_first || addressed >= cue_end))
    return addressed;
  // "The official at the center of the scandal said": who is at a place in events speaks, not the
  // place (a pick of "the center") or the events (a pick of "the scandal").
  auto place_in_events_at = [&](uint32_t k) {  // "the center" at k
    return k + 1 < m.end_token && OneOf(doc.Norm(doc.tokens[k]), {"the", "its"}) &&
           OneOf(doc.Norm(doc.tokens[k + 1]), {"center", "centre", "heart", "middle", "forefront", "helm"});
  };
  const uint32_t at = before == "at" && place_in_events_at(m.first_token) ? m.first_token - 1
                      : before == "of" && m.first_token >= 4 && place_in_events_at(m.first_token - 3) &&
                              doc.Norm(doc.tokens[m.first_token - 4]) == "at"
                          ? m.first_token - 4
                          : UINT32_MAX;
  if (at != UINT32_MAX && at >= 1 && doc.tokens[at - 1].sentence == sentence &&
      (at - 1 < cue_first || at - 1 >= cue_end) &&
      (people_at(at - 1) || IsNameToken(doc, at - 1) || words.NamesPeopleAt(doc, at - 1)))
    return at - 1;
  // "A newly released email relating to Benghazi finds": the document, not what it is about.
  if (before == "to" && m.first_token >= 3 &&
      OneOf(doc.Norm(doc.tokens[m.first_token - 2]), {"relating", "pertaining", "referring"}) &&
      document_at(m.first_token - 3) && doc.tokens[m.first_token - 3].sentence == sentence &&
      (m.first_token - 3 < cue_first || m.first_token - 3 >= cue_end))
    return m.first_token - 3;
  // "Republican activists clamoring to block Donald Trump from the GOP nomination say", "A group
  // representing the farmers in the state said": a longer participle phrase (no punctuation)
  // after a word for people or a kind of organisation, ending right before the cue.
  if (m.end_token == cue_first && before != "by") {
    for (uint32_t k = m.first_token - 1; k > 1 && k + 20 > m.first_token; --k) {
      if (doc.tokens[k].sentence != sentence || (doc.tokens[k].flags & kTokPunct)) break;
      const std::string_view w = doc.Norm(doc.tokens[k]);
      // Not across a conjunction, another clause or a verb of saying ("… questioning the other's
      // fitness and Senator Bernie Sanders pressing", "an officer aiming a gun while police shout").
      if (OneOf(w, {"and", "or", "nor", "but", "who", "that", "which", "said", "says", "say", "told", "tells"}) ||
          IsSubordinator(w) || IsBeOrHave(w) || IsModal(w))  // nor an auxiliary: "… a federal judge … have set off"
        break;
      if (relative_subject_at(k)) return k - 1;  // "Several people I've spoken with in the campaign said"
      if (!EndsAfterStem(w, "ing", 3) || EndsAfterStem(w, "thing", 1) || !lower_word(k) || k + 1 == m.first_token)
        continue;
      if (OneOf(w, {"including", "according", "during", "regarding", "concerning", "excluding"})) break;
      if (people_at(k - 1) || IsKindOfOrganisationAt(doc, k - 1)) return k - 1;
      break;
    }
  }
  // The "by" of an agent, past one lower-case modifier the reading left out ("affected by mass shootings").
  uint32_t by = m.first_token - 1;
  if (before != "by" && m.first_token >= 3 && lower_word(by) && !IsFunctionWord(before) &&
      doc.Norm(doc.tokens[by - 1]) == "by")
    --by;
  const bool agent = doc.Norm(doc.tokens[by]) == "by";
  // The participle's particle before "by": "emails combed through by Vox".
  const uint32_t particle = agent && by >= 2 && lower_word(by - 1) &&
                                    OneOf(doc.Norm(doc.tokens[by - 1]), {"through", "over", "up", "out", "down", "off"})
                                ? 1
                                : 0;
  uint32_t participle = m.first_token - 1;
  if ((before == "to" || before == "with") && OneOf(doc.Norm(doc.tokens[m.first_token - 2]), {"speaking", "talking"}))
    participle = m.first_token - 2;
  else if (agent && by >= 1 + particle && EndsAfterStem(doc.Norm(doc.tokens[by - 1 - particle]), "ed", 3) &&
           lower_word(by - 1 - particle) && !IsRelayAt(doc, by - 1 - particle))
    participle = by - 1 - particle;
  else if (!EndsAfterStem(before, "ing", 3) || !lower_word(participle) ||
           OneOf(before, {"including", "according", "during", "regarding", "concerning", "excluding"}))
    return UINT32_MAX;
  if (participle == 0 || (participle >= cue_first && participle < cue_end)) return UINT32_MAX;
  const uint32_t noun = participle - 1;  // not "another mining company", "One sweeping question"
  const std::string_view w = doc.Norm(doc.tokens[noun]);
  if (doc.tokens[noun].sentence != sentence ||
      OneOf(w, {"a", "an", "the", "one", "another", "this", "that", "each", "every"}))
    return UINT32_MAX;
  if (people_at(noun) || IsKindOfOrganisationAt(doc, noun)) return noun;
  if (w == "those" && agent) {  // "Those affected by the storm", "families of those killed by the gunman"
    const bool of_people = noun >= 2 && doc.Norm(doc.tokens[noun - 1]) == "of" && people_at(noun - 2) &&
                           doc.tokens[noun - 2].sentence == sentence;
    return of_people ? noun - 2 : noun;
  }
  // "Emails obtained by The Hill show": the document, unless the agent wrote it ("a report
  // released by the Brookings Institution estimated", "a statement issued by the Foreign
  // Ministry said": the author speaks).
  const bool authored = OneOf(doc.Norm(doc.tokens[participle]),
                              {"released", "published", "issued", "conducted", "commissioned", "compiled", "prepared",
                               "produced", "written", "authored", "circulated", "drafted", "filed", "sent", "signed",
                               "posted", "sponsored", "paid", "funded", "made", "put"});
  // Not when the pick owns the cue: "an image cemented by Christie's effusive praise of".
  const bool owns_cue = (m.end_token == cue_first && IsPossessiveEnding(doc, m.end_token - 1)) ||
                        (m.end_token + 1 == cue_first && IsPossessiveEnding(doc, m.end_token));
  return agent && !authored && !owns_cue && document_at(noun) ? noun : UINT32_MAX;
}

// "The heads of both lobbying firms told", "Leaders of the North Carolina Senate and House of
// Representatives filed": when the source ranker picked a word inside an "of" phrase (at most
// eight words, "and" among them) that follows a plural the lists know as people or as a role and
// that opens the clause, the token of that plural, else UINT32_MAX.
uint32_t PeopleBeforeOf(const Document& doc, const SourceLexicon& words, const SourceMention& m) {
  if (!m.pronoun.empty() || m.first_token < 2) return UINT32_MAX;
  const uint32_t sentence = doc.tokens[m.first_token].sentence;
  uint32_t of = m.first_token;
  while (of > 0 && of + 8 > m.first_token && doc.tokens[of - 1].sentence == sentence &&
         doc.Norm(doc.tokens[of - 1]) != "of" && (doc.tokens[of - 1].flags & kTokWord))
    --of;
  if (of < 2 || doc.Norm(doc.tokens[of - 1]) != "of" || doc.tokens[of - 2].sentence != sentence) return UINT32_MAX;
  const uint32_t noun = of - 2;
  const std::string_view w = doc.Norm(doc.tokens[noun]);
  if (w.size() <= 3 || w.back() != 's' || !PeopleWordAt(doc, words, noun)) return UINT32_MAX;
  auto opens_clause = [&](uint32_t k) {
    return (doc.tokens[k].flags & kTokSentenceStart) || (k > 0 && OneOf(doc.Norm(doc.tokens[k - 1]), {",", "and", "but"}));
  };
  const bool determined = noun > 0 && OneOf(doc.Norm(doc.tokens[noun - 1]), {"the", "top", "senior", "some", "several",
                                                                             "many", "two", "three", "both", "other"});
  const bool opens = (doc.tokens[noun].flags & kTokSentenceStart) || (determined && opens_clause(noun - 1));
  return opens ? noun : UINT32_MAX;
}

// "Some in the White House think", "few on either side of the debate think": when the source
// ranker picked the object of a preposition right after a quantifier that opens the clause (at
// most seven words before the pick), the quantifier's token, else UINT32_MAX.
uint32_t QuantifierBeforePreposition(const Document& doc, const SourceMention& m) {
  if (!m.pronoun.empty() || m.first_token < 2) return UINT32_MAX;
  const uint32_t sentence = doc.tokens[m.first_token].sentence;
  for (uint32_t q = m.first_token; q-- > 0 && q + 8 > m.first_token;) {
    const std::string_view w = doc.Norm(doc.tokens[q]);
    if (doc.tokens[q].sentence != sentence || !(doc.tokens[q].flags & kTokWord) || IsRelativePronoun(w) ||
        w == "whom" || IsSubordinator(w) || IsModal(w) || IsBeOrHave(w))
      return UINT32_MAX;
    if (!OneOf(w, {"few", "many", "some", "several", "most", "those", "others", "all", "none"})) continue;
    if (!OneOf(doc.Norm(doc.tokens[q + 1]), {"in", "on", "at", "inside", "within", "across", "among", "around"}))
      return UINT32_MAX;
    const bool opens_clause = q == 0 || (doc.tokens[q].flags & kTokSentenceStart) ||
                              OneOf(doc.Norm(doc.tokens[q - 1]), {",", "and", "but", "yet", "that", "because"}) ||
                              IsSubordinator(doc.Norm(doc.tokens[q - 1]));
    return opens_clause ? q : UINT32_MAX;
  }
  return UINT32_MAX;
}

// A reading of a phrase that stopped at a modifier of the noun after it: "a paltry" of "a paltry
// three percent", "the defeated" of "the defeated “Remain” campaign", "his own" of "his own
// commission".
bool CutShort(const Document& doc, const SourceMention& m) {
  const uint32_t next = m.end_token;
  if (next >= doc.tokens.size() || doc.tokens[next].sentence != doc.tokens[m.first_token].sentence ||
      IsNameToken(doc, next - 1))
    return false;
  const Token& t = doc.tokens[next];
  if (t.flags & kTokQuoteMark) return next + 1 < doc.tokens.size() && (doc.tokens[next + 1].flags & kTokCapitalized);
  const std::string_view w = doc.Norm(t);
  return IsNumberAt(doc, next) ||
         ((t.flags & kTokWord) && !(t.flags & kTokCapitalized) && !IsFunctionWord(w) && !IsFiniteVerbLike(doc, next) &&
          !IsIngForm(w) && !IsLowercaseLyAdverb(doc, next));
}

// "On Sunday morning Mr. Trump made …", "Last week Stumpf …": past a time phrase (a preposition or
// "last"/"this"/"earlier", then days, months, times of day or numbers) opening a clause at
// `opens` without a comma, the token where the clause's subject starts, before `limit`;
// `opens` otherwise.
uint32_t PastOpeningTimePhrase(const Document& doc, uint32_t opens, uint32_t limit) {
  uint32_t k = opens;
  const std::string_view first = doc.Norm(doc.tokens[k]);
  if (OneOf(first, {"on", "in", "at", "during", "by", "late", "early"})) ++k;
  else if (!OneOf(first, {"last", "this", "earlier"})) return opens;
  const uint32_t words = k;
  while (k < limit && k < opens + 5) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (!(IsWeekdayName(w) || IsMonthName(w) || IsTimeNoun(w) || IsNumberAt(doc, k) ||
          OneOf(w, {"last", "this", "early", "late"})))
      break;
    ++k;
  }
  return k > words && k < limit && (doc.tokens[k].flags & kTokWord) ? k : opens;
}

// "a number of tax experts", "some of Trump's competitors", "more than 40 states", "far fewer
// publications": the first token of the phrase a quantifier at k counts, else k.
uint32_t PastQuantifierOf(const Document& doc, uint32_t k) {
  auto norm_at = [&](uint32_t i) { return i < doc.tokens.size() ? doc.Norm(doc.tokens[i]) : std::string_view(); };
  uint32_t of = k;
  if (norm_at(k) == "a" &&
      OneOf(norm_at(k + 1),
            {"number", "handful", "majority", "minority", "group", "couple", "lot", "host", "bunch", "slew", "series"}))
    of = k + 2;
  else if (OneOf(norm_at(k), {"some", "many", "most", "all", "several", "both", "each", "none", "dozens", "hundreds",
                              "thousands", "millions"}))
    of = k + 1;
  else if (OneOf(norm_at(k), {"more", "fewer"}) && norm_at(k + 1) == "than")
    return k + 2 < doc.tokens.size() && (doc.tokens[k + 2].flags & kTokNumber) ? k + 3 : k;
  else if (OneOf(norm_at(k), {"far", "many", "even"}) && OneOf(norm_at(k + 1), {"more", "fewer"}) &&
           norm_at(k + 2) != "than" && k + 2 < doc.tokens.size() && (doc.tokens[k + 2].flags & kTokWord))
    return k + 2;  // "far fewer publications"
  if (of == k || norm_at(of) != "of" || of + 1 >= doc.tokens.size() ||
      doc.tokens[of + 1].sentence != doc.tokens[k].sentence)
    return k;
  return norm_at(of + 1) == "the" ? of + 2 : of + 1;
}

// Token k reads as a finite verb, not as an adjective after an article ("a televised interview",
// "the armed occupants").
bool IsVerbNotAfterArticle(const Document& doc, uint32_t k) {
  return IsFiniteVerbLike(doc, k) && !(k > 0 && OneOf(doc.Norm(doc.tokens[k - 1]), {"a", "an", "the"}));
}

bool IsSpeakerWord(SourceWord kind) {
  return IsRole(kind) || kind == SourceWord::kAnonymous || kind == SourceWord::kOrganisation ||
         kind == SourceWord::kOutlet;
}

// "people familiar with the matter said", "some diplomats involved in the process described",
// "A source familiar with the timing of the declassification told": when the source ranker
// picked the object of a post-modifier's preposition, or a noun of an "of" phrase after that
// object, the token of the noun the post-modifier modifies (a source word or a plural or
// capitalized word); when it picked the object of "for" after a lower-case source word, that
// word; else UINT32_MAX.
uint32_t NounBeforePostModifier(const Document& doc, const SourceLexicon& words, const SourceMention& m) {
  static const WordSet kPrepositions = {"with", "in", "on", "to", "about", "of", "at", "for"};
  const bool object_pronoun = m.end_token == m.first_token + 1 &&  // "those close to him"
                              OneOf(doc.Norm(doc.tokens[m.first_token]), {"him", "her", "them", "us", "me"});
  if (m.first_token < 3 || (!m.pronoun.empty() && !object_pronoun)) return UINT32_MAX;
  // "The trade group for the Blue Cross Blue Shield plans": the body or person a phrase after "for"
  // works for.
  if (doc.Norm(doc.tokens[m.first_token - 1]) == "for" && m.pronoun.empty() &&
      !IsRelativePronoun(doc.Norm(doc.tokens[m.end_token - 1]))) {  // not "… for the ACLU, which filed"
    const uint32_t noun = m.first_token - 2;
    SourceWordMatch match;
    if (doc.tokens[noun].sentence == doc.tokens[m.first_token].sentence &&
        !(doc.tokens[noun].flags & kTokCapitalized) && words.MatchAt(doc, noun, noun + 1, &match) &&
        IsSpeakerWord(match.kind))
      return noun;
  }
  // "Only one of the 25 delegates selected Sunday has signaled", "the order released Friday said": a
  // day after a participle that modifies a speaker or document word or a plural before it.
  if (m.end_token == m.first_token + 1 && m.first_token >= 2 &&
      IsWeekdayName(doc.Norm(doc.tokens[m.first_token])) &&
      !(doc.tokens[m.first_token - 1].flags & kTokCapitalized) &&
      EndsAfterStem(doc.Norm(doc.tokens[m.first_token - 1]), "ed", 3) &&
      doc.tokens[m.first_token - 2].sentence == doc.tokens[m.first_token].sentence) {
    const uint32_t noun = m.first_token - 2;
    SourceWordMatch match;
    if (words.MatchAt(doc, noun, noun + 1, &match))
      return IsSpeakerWord(match.kind) || match.kind == SourceWord::kDocument ? noun : UINT32_MAX;
    const std::string_view w = doc.Norm(doc.tokens[noun]);
    return (doc.tokens[noun].flags & kTokWord) && w.size() > 3 && w.back() == 's' ? noun : UINT32_MAX;
  }
  uint32_t object = m.first_token;
  // "the timing of": back over an "of" and the lower-case noun phrase before it, to its preposition.
  if (doc.Norm(doc.tokens[object - 1]) == "of") {
    for (uint32_t k = object - 2; k >= 2 && k + 6 > object; --k) {
      if (doc.tokens[k].sentence != doc.tokens[object].sentence || !(doc.tokens[k].flags & kTokWord) ||
          (doc.tokens[k].flags & kTokCapitalized))
        break;
      if (kPrepositions.Contains(doc.Norm(doc.tokens[k - 1])) && IsPostModifierWord(doc.Norm(doc.tokens[k - 2]))) {
        object = k;
        break;
      }
    }
  }
  if (object < 3) return UINT32_MAX;
  const uint32_t prep = object - 1, modifier = object - 2, noun = object - 3;
  if (!kPrepositions.Contains(doc.Norm(doc.tokens[prep])) || !IsPostModifierWord(doc.Norm(doc.tokens[modifier])))
    return UINT32_MAX;
  if (doc.tokens[noun].sentence != doc.tokens[object].sentence) return UINT32_MAX;
  SourceWordMatch match;
  if (words.MatchAt(doc, noun, noun + 1, &match)) return IsSpeakerWord(match.kind) ? noun : UINT32_MAX;
  const std::string_view w = doc.Norm(doc.tokens[noun]);
  const bool plural_word = (doc.tokens[noun].flags & kTokWord) && w.size() > 3 && w.back() == 's';
  return plural_word || w == "those" || IsNameToken(doc, noun) ? noun : UINT32_MAX;
}

// A phrase read as the document it names: "a POLITICO analysis", "a CNN/ORC poll" are the
// outlet's document, affiliated with it; no name, role or vagueness.
void ReadAsDocument(SourceMention* m) {
  m->institution.clear();
  m->institution_kind = SourceWord::kCount;
  m->document = true;
  m->anonymous = false;
  m->name.clear();
  m->role.clear();
  m->role_kind = SourceWord::kCount;
}

// "surveys of New Hampshire Republican primary voters indicated", "a review of Hillary Clinton's
// emails seems", "Video of the incident shows": a mention right after a survey's, a poll's or a
// review's "of" is what the document is about, and the document speaks; the phrase from the
// document's words through the mention, and on through lower-case words up to a word for people
// ("primary voters") outside the cue [cue_first, cue_end). Not when a participle cue follows the
// mention, whose subject it is ("footage of Trump saying"), nor in a title ("the Book of Proverbs").
// An empty mention (end_token == first_token) when there is none.
SourceMention DocumentOfTopic(const Document& doc, const SourceLexicon& words, const SourceMention& m,
                              uint32_t cue_first, uint32_t cue_end) {
  static const WordSet kTopicDocuments = {"survey", "surveys", "poll", "polls", "polling", "review", "analysis",
                                          "study", "studies", "audit", "investigation", "probe", "inquiry",
                                          "assessment", "video", "videos", "footage", "tally", "census",
                                          "examination", "results", "findings"};
  SourceMention none;
  if (m.first_token < 2 || !m.pronoun.empty() || doc.Norm(doc.tokens[m.first_token - 1]) != "of") return none;
  const uint32_t sentence = doc.tokens[m.first_token].sentence;
  uint32_t first = m.first_token, end = m.end_token;
  for (int hops = 0; hops < 2 && first >= 2 && doc.Norm(doc.tokens[first - 1]) == "of"; ++hops) {
    const uint32_t noun = first - 2;
    const Token& t = doc.tokens[noun];
    if (t.sentence != sentence || !kTopicDocuments.Contains(doc.Norm(t)) || (noun >= cue_first && noun < cue_end) ||
        ((t.flags & kTokCapitalized) && !(t.flags & kTokSentenceStart)))
      break;
    const SourceMention document = ReadSourceMention(doc, words, noun, cue_first, cue_end);
    if (document.end_token != noun + 1) break;
    first = document.first_token;
  }
  if (first == m.first_token) return none;
  if (cue_first == end && IsIngForm(doc.Norm(doc.tokens[cue_first]))) return none;
  for (uint32_t k = end; k < end + 3 && k < doc.tokens.size() && doc.tokens[k].sentence == sentence; ++k) {
    const Token& t = doc.tokens[k];
    if ((k >= cue_first && k < cue_end) || !(t.flags & kTokWord) || (t.flags & kTokCapitalized)) break;
    if (PeopleWordAt(doc, words, k)) {
      end = k + 1;
      break;
    }
  }
  while (end > m.first_token + 1 && (IsRelativePronounAt(doc, end - 1) ||
                                     (doc.tokens[end - 1].flags & kTokPunct)))
    --end;  // "survey of superdelegates, who"
  SourceMention document = ReadSourcePhrase(doc, words, first, end);
  ReadAsDocument(&document);
  return document;
}

// Token `head` after the cue [first, end) comes after an "of" that ends the cue or follows it,
// within the same clause ("said of Mr. Trump", "critical of Obama").
bool OfAfterCue(const Document& doc, uint32_t first, uint32_t end, int head) {
  uint32_t of = end - 1;
  // "subsequently testified in one of the suits": a preposition ending the cue after a verb that
  // is no passive of publishing ("as reported in The Guardian") takes an object, not a source;
  // not before a passive's agent ("was mentioned on the network by anchors").
  static const WordSet kObjectPrepositions = {"in", "on", "at", "about", "against", "with", "over", "into"};
  const bool object_preposition =
      of > first && kObjectPrepositions.Contains(doc.Norm(doc.tokens[of])) &&
      !OneOf(doc.Norm(doc.tokens[of - 1]), {"reported", "published", "quoted", "cited", "written", "posted", "printed",
                                            "appeared", "featured", "aired", "released"});
  if (!object_preposition) {
    if (doc.Norm(doc.tokens[of]) != "of") of = end;
    if (of >= doc.tokens.size() || doc.Norm(doc.tokens[of]) != "of" || of <= first) return false;
  }
  for (uint32_t k = of + 1; k < static_cast<uint32_t>(head); ++k)
    if ((doc.tokens[k].flags & kTokPunct) || (object_preposition && doc.Norm(doc.tokens[k]) == "by")) return false;
  return doc.tokens[static_cast<uint32_t>(head)].sentence == doc.tokens[of].sentence;
}

// A naming cue: "known" (not after "have": "We've known", "Trump had known"), or "dubbed",
// "nicknamed", "described", "seen", "considered" and the like after a form of "be" ("Pence was
// also dubbed", "Obama is widely seen as"). The thing named or perceived before it is no source:
// "the Islamic State, also known as ISIS", "a place known as Horgos". So is the subject of a
// passive of asking, judging or reporting without its agent ("Mr. Trump was pressed on",
// "Donations are typically reported in broad ranges", "Priebus was said to be furious"), not one
// whose cue runs on through an infinitive ("is reported to have called", "is expected to endorse");
// and the one a participle of asking opens an adverbial clause for ("he said when asked about",
// "Mr. Trump, asked about the deaths,").
bool IsCueAboutItsSubject(const Document& doc, uint32_t first, uint32_t end) {
  auto norm_at = [&](uint32_t k) { return k < doc.tokens.size() ? doc.Norm(doc.tokens[k]) : std::string_view(); };
  // "her team has reportedly consulted", "he allegedly brandished": a cue that is an adverb of
  // hearsay, perhaps after an auxiliary, reports about its subject; someone unnamed says it.
  static const WordSet kHearsay = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly",
                                   "ostensibly", "seemingly", "apparently"};
  if (end > first && kHearsay.Contains(norm_at(end - 1)) &&
      std::all_of(doc.tokens.begin() + first, doc.tokens.begin() + (end - 1),
                  [&](const Token& t) { return IsBeOrHave(doc.Norm(t)) || IsModal(doc.Norm(t)); }))
    return true;
  for (uint32_t k = first; k < end; ++k) {
    const std::string_view w = norm_at(k);
    const std::string_view before = k > 0 ? norm_at(k - 1) : std::string_view();
    const std::string_view before2 = k > 1 ? norm_at(k - 2) : std::string_view();
    auto any_of = [&](std::initializer_list<std::string_view> words) {
      for (std::string_view x : words) if (before == x || before2 == x) return true;
      return false;
    };
    if (w == "known" || w == "well-known") return !any_of({"have", "has", "had", "'ve", "'d", "having"});
    // "Patriot failed as predicted": what "as" and a participle without its agent set off.
    if (k == first && w == "as" && end > first + 1 && EndsAfterStem(norm_at(end - 1), "ed", 3) && norm_at(end) != "by")
      return true;
    const bool after_be = IsFormOfBe(before) || IsFormOfBe(before2);
    if (w == "dubbed" || w == "nicknamed") return after_be;
    // "Obama is widely seen as", "Jews are described as": what is perceived is no source either
    // (not "is seen speaking": seen doing it).
    static const WordSet kPerceived = {"described", "seen", "viewed", "considered", "regarded", "portrayed",
                                       "characterized", "labeled", "labelled", "branded", "perceived",
                                       "recognized", "recognised", "remembered", "billed"};
    if (kPerceived.Contains(w) && after_be) return !(w == "seen" && IsIngForm(norm_at(k + 1)));
    static const WordSet kAddressed = {
        "asked", "pressed", "questioned", "interviewed", "told", "informed", "briefed", "warned", "urged",
        "invited", "accused", "criticized", "criticised", "blamed", "condemned", "faulted", "praised", "hailed",
        "lauded", "credited", "cited", "mentioned", "profiled", "nominated", "courted", "favored", "projected",
        "expected", "reported", "said", "believed", "thought", "rumored", "rumoured", "alleged", "estimated",
        "called", "dismissed", "deemed"};
    if (k == first && OneOf(w, {"asked", "questioned", "pressed"}) && k >= 2) {
      if (OneOf(before, {"when", "if", "once", "while", "being"})) return true;
      // After a name and its comma, a clause another comma closes before a verb ("Mr. Trump,
      // asked about the deaths, had said") or one after a postposed "said X," (not "his wife,
      // Candace Smith, asked about protection orders because …").
      if (before != "," || !(IsNameToken(doc, k - 2) || IsPersonalPronoun(before2)) ||
          !OneOf(norm_at(k + 1), {"about", "on", "whether", "if", "why", "how", "what"}))
        continue;
      uint32_t name = k - 2;
      while (name > 0 && IsNameToken(doc, name - 1)) --name;
      bool postposed = false;
      for (uint32_t j = name; j > 0 && j + 4 > name && !postposed; --j)
        postposed = OneOf(norm_at(j - 1), {"said", "says"});
      bool closed = false;
      for (uint32_t j = end; j < doc.tokens.size() && j < end + 25 && !closed; ++j) {
        if (doc.tokens[j].sentence != doc.tokens[k].sentence) break;
        closed = norm_at(j) == "," && j + 1 < doc.tokens.size() && IsFiniteVerbLike(doc, j + 1);
      }
      if (postposed || closed) return true;
    }
    // Nor "Putin is also reported to have spoken with Obama": the subject of the speech reported.
    const bool reported_speech =
        norm_at(k + 1) == "to" && norm_at(k + 2) == "have" &&
        OneOf(norm_at(k + 3), {"said", "told", "spoken", "called", "asked", "warned", "written", "claimed", "suggested",
                               "urged", "promised", "threatened"});
    if (kAddressed.Contains(w) && after_be && !(k + 1 < end && norm_at(k + 1) == "to") && !reported_speech &&
        PassiveAgentStart(doc, first, end) == UINT32_MAX)
      return true;
  }
  return false;
}

// A vehicle, aircraft or weapon: a thing that says nothing, so a "source" headed by one
// means the tagged cue is an action ("transport planes have already started taking off"),
// not an attribution. Words that also name people or bodies are left out ("fighters",
// "think tank", "Shell").
bool IsSpeechlessThing(std::string_view head) {
  static const WordSet kThings = {
      "plane", "planes", "airplane", "airplanes", "warplane", "warplanes", "jet", "jets", "aircraft",
      "airliner", "airliners", "helicopter", "helicopters", "drone", "drones", "bomber", "bombers",
      "ship", "ships", "warship", "warships", "vessel", "vessels", "boat", "boats", "submarine", "submarines",
      "car", "cars", "truck", "trucks", "vehicle", "vehicles", "missile", "missiles", "rocket", "rockets",
      "bomb", "bombs", "bullet", "bullets", "weapon", "weapons", "gun", "guns", "rifle", "rifles", "artillery"};
  return kThings.Contains(head);
}

// "seems", "appeared": a verb of seeming, whose subject says nothing.
bool IsVerbOfSeeming(std::string_view w) { return OneOf(w.substr(0, 4), {"seem", "appe"}); }

// The mention's words end with its name ("actor Peter Serafinowicz"; not "former Reagan
// administration official").
bool EndsWithName(const SourceMention& m) {
  return !m.name.empty() && m.text.size() >= m.name.size() &&
         m.text.compare(m.text.size() - m.name.size(), std::string::npos, m.name) == 0;
}

// The mention *m, read from its first token on, starts at token `first` instead.
void WidenMentionTo(const Document& doc, uint32_t first, SourceMention* m) {
  m->first_token = first;
  m->span.start = doc.tokens[first].start;
  m->text = std::string(doc.text.substr(m->span.start, m->span.end - m->span.start));
}

// The mention holds a word some list knows: a vague group, a role, a body or a document.
bool HoldsListedWord(const SourceMention& m) {
  return m.anonymous || !m.role.empty() || !m.institution.empty() || m.document;
}

// "A contentious …", "a 52-count …", "their instinctive …": a phrase of an article or a possessive
// determiner and one word no list knows shaped as an adjective, cut short before the noun it modifies.
bool AdjectiveCutShort(const Document& doc, const SourceMention& m) {
  const std::string_view opener = doc.Norm(doc.tokens[m.first_token]);
  if (m.end_token != m.first_token + 2 || HoldsListedWord(m) || !m.name.empty() ||
      !(OneOf(opener, {"a", "an", "the"}) || IsPossessivePronoun(opener)) || !CutShort(doc, m) ||
      IsFiniteVerbLike(doc, m.end_token))
    return false;
  const std::string_view w = doc.Norm(doc.tokens[m.first_token + 1]);
  return w.find('-') != std::string_view::npos || EndsAfterStem(w, "ous", 3) || EndsAfterStem(w, "ive", 3) ||
         EndsAfterStem(w, "al", 3) || EndsAfterStem(w, "ic", 3) || EndsAfterStem(w, "ful", 3) ||
         EndsAfterStem(w, "ible", 3) || EndsAfterStem(w, "able", 3);
}

// Token k is a lower-case noun (not a verb nor an "-ly" adverb) a phrase right before it can qualify.
bool QualifiedNounAt(const Document& doc, uint32_t k) {
  return k > 0 && k < doc.tokens.size() && doc.tokens[k].sentence == doc.tokens[k - 1].sentence &&
         !(doc.tokens[k].flags & kTokCapitalized) && NounLikeWord(doc, k) && !IsFiniteVerbLike(doc, k) &&
         !IsLowercaseLyAdverb(doc, k);
}

// "listed an NBC show as his guilty pleasure": "a" or "an" and names only, after the cue ending at
// `cue_end`, before a lower-case noun, qualify the noun; they name no one who speaks.
bool NamesQualifyNounAfterCue(const Document& doc, const SourceMention& m, uint32_t cue_end) {
  if (m.first_token < cue_end || m.end_token < m.first_token + 2 ||
      !OneOf(doc.Norm(doc.tokens[m.first_token]), {"a", "an"}))
    return false;
  for (uint32_t k = m.first_token + 1; k < m.end_token; ++k)
    if (!IsNameToken(doc, k)) return false;
  return QualifiedNounAt(doc, m.end_token);
}

// A phrase that cannot be who speaks, though the ranker chose it: punctuation alone, a place in
// a dateline, a year or a day alone ("1962", "May 9"), a date ("Wednesday", "Super Tuesday", "in February"), or a
// phrase without a name ending in a possessive ending, a time word, an adverb or a form of "be" or
// "become" (")", "’s", "Hours later", "often", "having", "the year", "a century", "than", "peace talks",
// "become"), an adverb in -ly alone ("Significantly"), "Let", "If", "Well" or a question word alone, or a state
// abbreviation alone ("Calif."); "Whenever", a sentence adverb ("Overall") or a headline's label ("WATCH:",
// "BREAKING:") alone neither; nor "it" before a modal and "be" ("It should also be noted"); nor
// one lower-case word that is a verb (after a modal, between "which" and "-ing", after an "and"
// that joins no nouns) or the noun of "at times".
// The next candidate is tried instead.
bool CannotSpeak(const Document& doc, const SourceMention& mention) {
  // Besides IsLinkingWord(); "emphasis" of "[emphasis added]".
  static const WordSet kNotSpeakers = {"'s",   "'",      "be",       "been", "being",  "having",   "later",
                                       "once", "often",  "ago",      "ever", "again",  "soon",     "recently",
                                       "earlier", "than", "rather",  "talks", "negotiations", "sanctions", "nor",
                                       "back", "longer", "emphasis", "so", "become", "became", "becomes",
                                       "becoming", "sometimes", "always", "never", "repeatedly", "frequently",
                                       "usually", "already", "together", "almost", "also", "even", "still",
                                       "just", "nearly", "merely", "hardly", "barely", "online", "offline",
                                       "abroad", "overseas", "here", "anyway"};
  static const WordSet kDateWords = {"this", "last", "next", "past", "the", "a", "super", "early", "late", "mid"};
  bool words = false, calendar = false, date_only = true, numbers_only = true;
  for (uint32_t k = mention.first_token; k < mention.end_token; ++k) {
    if (doc.tokens[k].flags & kTokPunct) continue;
    words = true;
    numbers_only = numbers_only && (doc.tokens[k].flags & kTokNumber);
    const std::string_view w = doc.Norm(doc.tokens[k]);
    // Full names only: "May", "June" and "July" may be someone's, "Sun" an outlet's; a month cut
    // short before its period or day is one too ("Sept. 11").
    const bool dated = k + 1 < doc.tokens.size() && (doc.Norm(doc.tokens[k + 1]) == "." || IsNumberAt(doc, k + 1));
    const bool calendar_name = (w.size() >= 5 && (IsWeekdayName(w) || IsMonthName(w))) ||
                               (w.size() <= 4 && IsMonthName(w) && dated);
    calendar = calendar || calendar_name;
    date_only = date_only && (calendar_name || kDateWords.Contains(w));
  }
  if (!words || (calendar && date_only)) return true;
  // "added one more unusual development": a count of things, no one.
  if (mention.end_token == mention.first_token + 1 && doc.Norm(doc.tokens[mention.first_token]) == "one" &&
      mention.end_token < doc.tokens.size() && OneOf(doc.Norm(doc.tokens[mention.end_token]), {"more", "less"}))
    return true;
  if (mention.end_token <= DatelineEnd(doc, doc.tokens[mention.first_token].sentence)) return true;  // "RANGOON, Burma -"
  const bool listed = HoldsListedWord(mention);
  // A phrase opening with a lower-case word after a modal, perhaps past an adverb, opens with a
  // verb: "Republicans can reasonably campaign saying", "he might back Trump" (not the subject of a
  // question: "Would they prefer", "would the senator say").
  const bool lower_case_opening = !(doc.tokens[mention.first_token].flags & kTokCapitalized) && mention.pronoun.empty();
  uint32_t past_adverb = mention.first_token;  // the phrase's first token, or an adverb right before it
  if (past_adverb > 0 && IsLowercaseLyAdverb(doc, past_adverb - 1)) --past_adverb;
  if (lower_case_opening && past_adverb > 0 && IsModal(doc.Norm(doc.tokens[past_adverb - 1])) &&
      (mention.end_token == mention.first_token + 1 || !IsFunctionWord(doc.Norm(doc.tokens[mention.first_token]))))
    return true;
  if (mention.end_token == mention.first_token + 1 && lower_case_opening) {
    const uint32_t k = past_adverb;
    // So is one singular word no list knows after an "and" or "or" that joins no lower-case nouns:
    // "Take action after and face criticism for", "people jogging and walking talked" (not "The
    // book and film blame").
    const bool after_and = k == mention.first_token && k >= 2 && OneOf(doc.Norm(doc.tokens[k - 1]), {"and", "or"}) &&
                           !(NounLikeWord(doc, k - 2) && !(doc.tokens[k - 2].flags & kTokCapitalized));
    if (after_and && doc.Norm(doc.tokens[k]).back() != 's' && !listed) return true;
    // So is one no list knows between a preposition opening its sentence and a comma: "In
    // addition, claiming that …", "In total,".
    const bool opens_sentence = k >= 1 && (k == 1 || doc.tokens[k - 2].sentence != doc.tokens[k - 1].sentence);
    if (k == mention.first_token && opens_sentence && IsPreposition(doc.Norm(doc.tokens[k - 1])) && !listed &&
        mention.end_token < doc.tokens.size() && doc.Norm(doc.tokens[mention.end_token]) == ",")
      return true;
    // "he has at times said": an adverbial's noun.
    if (k == mention.first_token && k > 0 && doc.Norm(doc.tokens[k - 1]) == "at" &&
        OneOf(doc.Norm(doc.tokens[k]), {"times", "once", "first", "last"}))
      return true;
    // So is an "-ing" form no list knows after "while", "when", "by", "after", "before" or
    // "without": "while taking slams at".
    if (k == mention.first_token && k > 0 && !listed && IsIngForm(doc.Norm(doc.tokens[k])) &&
        OneOf(doc.Norm(doc.tokens[k - 1]), {"while", "when", "by", "after", "before", "without"}))
      return true;
    // So is one between "which" and a participle in "-ing": "Manafort's main trade, which involves
    // advising" (not "which critics said").
    if (k > 0 && doc.Norm(doc.tokens[k - 1]) == "which" && mention.end_token < doc.tokens.size() &&
        IsIngForm(doc.Norm(doc.tokens[mention.end_token])))
      return true;
  }
  // "a 'Make America Great Again' hat", "the “Morning Joe” host": a quoted phrase before a lower-case
  // noun qualifies it.
  auto quote_mark_at = [&](uint32_t k, std::string_view single) {  // not a possessive's apostrophe
    return k < doc.tokens.size() && !IsPossessiveEnding(doc, k) &&
           ((doc.tokens[k].flags & kTokQuoteMark) || OneOf(doc.Norm(doc.tokens[k]), {"'", single}));
  };
  if (mention.first_token > 0 && quote_mark_at(mention.first_token - 1, "\xE2\x80\x98") &&
      quote_mark_at(mention.end_token, "\xE2\x80\x99") && QualifiedNounAt(doc, mention.end_token + 1))
    return true;
  // "It should also be noted that": an "it" before a modal and "be" stands for what follows.
  if (mention.pronoun == "it" && mention.end_token + 1 < doc.tokens.size() &&
      IsModal(doc.Norm(doc.tokens[mention.end_token]))) {
    uint32_t k = mention.end_token + 1;
    if (OneOf(doc.Norm(doc.tokens[k]), {"also", "not", "still", "now"}) && k + 1 < doc.tokens.size()) ++k;
    if (doc.Norm(doc.tokens[k]) == "be") return true;
  }
  if (numbers_only) {  // a year, a day of the month or a part of "9/11", not "35 have reported" or "six in 10 said"
    const Token& last = doc.tokens[mention.end_token - 1];
    const std::string_view digits = doc.Slice(last);
    const bool year = digits.size() == 4 && (digits[0] == '1' || digits[0] == '2');
    const std::string_view before = mention.first_token > 0 ? doc.Norm(doc.tokens[mention.first_token - 1]) : "";
    const bool slashed = before == "/" || (mention.end_token + 1 < doc.tokens.size() &&
                                           doc.Norm(doc.tokens[mention.end_token]) == "/" &&
                                           IsNumberAt(doc, mention.end_token + 1));
    if (year || slashed || IsMonthName(before)) return true;
  }
  const std::string_view last = doc.Norm(doc.tokens[HeadEnd(doc, mention) - 1]);  // "people" of "people close to …"
  // Alone, these name no one: "Let's hope", "If confirmed", a question word, "(Italics added.)".
  static const WordSet kNoSpeakerAlone = {"let", "if", "no", "not", "what", "why", "how", "where", "there", "here",
                                          "maybe", "very", "such", "into", "can", "cannot", "well", "little", "less",
                                          "himself", "herself", "themselves", "itself", "italics", "when",
                                          "whenever", "wherever", "whatever", "whichever", "watch", "shock",
                                          "boom", "breaking", "exclusive", "updated", "busted", "hey", "hello",
                                          "oh", "wow", "yes", "okay", "q", "think", "notice", "imagine", "least",
                                          "worth", "more", "enough",
                                          "take"};  // a verb before a noun cue: "and take notes about", "Take note"
  if (mention.end_token == mention.first_token + 1 && (kNoSpeakerAlone.Contains(last) || IsSentenceAdverb(last)))
    return true;
  // "The newest warning about …", "The most telling promise": an article and one word of order or
  // degree modify the noun after them.
  static const WordSet kOrderOrDegree = {"latest", "newest", "most", "recent"};
  if (mention.end_token == mention.first_token + 2 &&
      OneOf(doc.Norm(doc.tokens[mention.first_token]),
            {"the", "a", "an", "this", "that", "his", "her", "its", "their"}) &&
      kOrderOrDegree.Contains(last) && mention.role.empty())
    return true;
  // "through the Republican primaries", "the GOP race": a party word before a contest's noun
  // qualifies it.
  static const WordSet kContests = {"primary", "primaries", "race", "races", "nomination", "debate", "debates",
                                    "contest", "contests", "field", "ticket", "convention", "caucus", "caucuses",
                                    "platform", "side", "nominating", "presidential"};
  if ((IsPartyMemberWord(last) || last == "gop" || last == "democratic") && mention.end_token < doc.tokens.size() &&
      doc.tokens[mention.end_token].sentence == doc.tokens[mention.first_token].sentence &&
      kContests.Contains(doc.Norm(doc.tokens[mention.end_token])))
    return true;
  // "the attack in San Bernardino, Calif., showed": a state abbreviation alone.
  if (mention.end_token == mention.first_token + 1 && (doc.tokens[mention.first_token].flags & kTokCapitalized) &&
      IsStateAbbreviation(last) &&
      (last.back() == '.' || (mention.end_token < doc.tokens.size() && doc.Norm(doc.tokens[mention.end_token]) == ".")))
    return true;
  // "a woman in Worcester, Massachusetts, told him": the state or country after a town is where.
  if (mention.institution_kind == SourceWord::kPlace && mention.first_token >= 3 &&
      doc.Norm(doc.tokens[mention.first_token - 1]) == "," && mention.end_token < doc.tokens.size() &&
      OneOf(doc.Norm(doc.tokens[mention.end_token]), {",", "."})) {
    uint32_t town = mention.first_token - 1;
    while (town > 0 && town + 3 > mention.first_token - 1 && (doc.tokens[town - 1].flags & kTokCapitalized)) --town;
    if (town > 0 && town < mention.first_token - 1 &&
        OneOf(doc.Norm(doc.tokens[town - 1]), {"in", "of", "from", "at", "near", "outside"}))
      return true;
  }
  // "economists of the University of California, Berkeley suggest": a campus after a state
  // university with several is where (not "at the University of Miami, Trump opened").
  if (mention.first_token >= 4 && doc.Norm(doc.tokens[mention.first_token - 1]) == "," &&
      (doc.tokens[mention.first_token].flags & kTokCapitalized)) {
    static const WordSet kSystems = {"california", "texas", "wisconsin", "illinois", "massachusetts", "maryland",
                                     "michigan",   "colorado", "missouri", "minnesota", "tennessee", "nebraska",
                                     "hawaii",     "carolina", "alabama",  "arkansas"};
    const uint32_t state = mention.first_token - 2;
    uint32_t of = state;
    if (of > 0 && OneOf(doc.Norm(doc.tokens[of - 1]), {"north", "south"})) --of;
    if (kSystems.Contains(doc.Norm(doc.tokens[state])) && of >= 2 && doc.Norm(doc.tokens[of - 1]) == "of" &&
        doc.Norm(doc.tokens[of - 2]) == "university")
      return true;
  }
  if (!mention.name.empty() || !mention.institution.empty()) return false;
  // A capitalized last word of a longer phrase names something: "A reporter for USA Today".
  if (mention.end_token > mention.first_token + 1 && (doc.tokens[mention.end_token - 1].flags & kTokCapitalized))
    return false;
  const bool adverb = mention.end_token == mention.first_token + 1 && IsLyForm(last);
  return adverb || IsLinkingWord(last) || kNotSpeakers.Contains(last) || IsTimeNoun(last);  // "Significantly, …"
}

uint32_t DraftStart(const Draft& d) {
  if (!d.a.cue.empty()) return d.a.cue.start;
  if (!d.a.source.empty()) return d.a.source.start;
  return d.a.content.start;
}

std::string NormText(const Document& doc, uint32_t first, uint32_t end) {
  std::string out;
  for (uint32_t k = first; k < end; ++k) {
    if (!out.empty()) out += ' ';
    out += doc.Norm(doc.tokens[k]);
  }
  return out;
}

// "a super PAC called Future45", "the resort, now called Trump National Doral", "lymph nodes,
// called buboes, as well as", "the investigation, known internally as Midyear Exam,":
// "called", "named", "dubbed" or "known … as" giving a thing its name, no one speaking. The
// run ends in the participle (or the "as" after "known"), perhaps after "now", "also", "often" or
// "formerly", and no pronoun follows it; before it stands either a comma that closes no
// apposition, relative clause or participle's phrase, with the name after
// it closed by a comma within four tokens or opened by a capitalized word, a quotation mark or
// "the" after such an adverb, or a lower-case noun or a name ending a phrase opened by "a" or
// "an" ("a Muslim spokesman in Tunisia named Said Khecharem"), with the name opened so.
bool IsNamingParticiple(const Document& doc, const TokenRun& run) {
  uint32_t verb = run.last, after = run.last + 1;
  const bool as = doc.Norm(doc.tokens[verb]) == "as";
  if (as)  // "known internally as"
    while (verb > run.first && doc.Norm(doc.tokens[verb]) != "known") --verb;
  else if (verb > run.first && (doc.tokens[verb].flags & kTokCapitalized))  // "named Said Khecharem"
    after = verb--;
  if (after >= doc.tokens.size() || !OneOf(doc.Norm(doc.tokens[verb]), {"called", "named", "dubbed", "known"}) ||
      (doc.Norm(doc.tokens[verb]) == "known") != as)
    return false;
  const uint32_t sentence = doc.tokens[verb].sentence;
  const Token& next = doc.tokens[after];
  const bool name_follows =
      (next.flags & kTokCapitalized) || (next.flags & kTokQuoteMark) || doc.Norm(next) == "the";
  if (next.sentence != sentence || IsPersonalPronoun(doc.Norm(next))) return false;
  uint32_t k = verb;
  bool adverb = false;
  while (k > 0 && OneOf(doc.Norm(doc.tokens[k - 1]), {"now", "also", "often", "formerly", "sometimes", "commonly"})) {
    --k;
    adverb = true;
  }
  if (k == 0 || doc.tokens[k - 1].sentence != sentence) return false;
  if (doc.Norm(doc.tokens[k - 1]) == ",") {
    // Not the comma closing an apposition, a relative clause or a participle's phrase after the
    // subject ("Cruz, who has surged in Iowa, named", "De Blasio, speaking on WOR710, called").
    for (uint32_t j = k - 1; j-- > 0 && doc.tokens[j].sentence == sentence;) {
      if (doc.Norm(doc.tokens[j]) != ",") continue;
      if (j + 1 >= k - 1) break;
      const std::string_view opener = doc.Norm(doc.tokens[j + 1]);
      if (OneOf(opener, {"a", "an", "the", "who", "which", "whose", "also", "then", "once"}) ||
          EndsAfterStem(opener, "ing", 3) || EndsAfterStem(opener, "ed", 3))
        return false;
      break;
    }
    if (adverb && name_follows) return true;
    for (uint32_t j = after + 1; j < doc.tokens.size() && j <= after + 4 && doc.tokens[j].sentence == sentence; ++j)
      if (OneOf(doc.Norm(doc.tokens[j]), {",", ")"})) return true;
    return false;
  }
  if (!name_follows) return false;
  const Token& noun = doc.tokens[k - 1];
  if (adverb || !(noun.flags & kTokWord) ||
      !(IsKindOfOrganisationAt(doc, k - 1) || IsNameToken(doc, k - 1) ||
        (!(noun.flags & kTokCapitalized) && NounLikeWord(doc, k - 1))))
    return false;
  for (uint32_t j = k - 1; j-- > 0 && j + 5 >= k && doc.tokens[j].sentence == sentence;) {
    const std::string_view w = doc.Norm(doc.tokens[j]);
    if (w == "a" || w == "an") return true;
    if (!(doc.tokens[j].flags & kTokWord)) return false;
  }
  return false;
}

// "If Said Khecharem were", "today: Said Khecharem has": "Said" in capitals inside a sentence,
// after no name ("Trump Said Mexico Will Pay" is a headline's cue) and before a name, is a given
// name, no cue.
bool IsGivenNameSaid(const Document& doc, const TokenRun& run) {
  const uint32_t k = run.first;
  if (run.last != k || k == 0 || k + 1 >= doc.tokens.size() || doc.Norm(doc.tokens[k]) != "said" ||
      !(doc.tokens[k].flags & kTokCapitalized) || (doc.tokens[k].flags & kTokSentenceStart))
    return false;
  return !IsNameToken(doc, k - 1) && IsNameToken(doc, k + 1) && doc.tokens[k + 1].sentence == doc.tokens[k].sentence;
}

// "That said, a loss …", "Having said that, …", "That being said, …" opening a sentence, "all
// told," ("All told, super PACs spent") and "[emphasis added]", "(Italics added.)": set phrases, no
// one speaking.
bool IsSetPhraseSaid(const Document& doc, const TokenRun& run) {
  const uint32_t k = run.last;
  if (k == 0 || k + 1 >= doc.tokens.size()) return false;
  if (doc.Norm(doc.tokens[k]) == "told")
    return doc.Norm(doc.tokens[k - 1]) == "all" && doc.Norm(doc.tokens[k + 1]) == ",";
  if (doc.Norm(doc.tokens[k]) == "added")
    return run.first == k && OneOf(doc.Norm(doc.tokens[k - 1]), {"emphasis", "emphases", "italics"});
  if (doc.Norm(doc.tokens[k]) != "said") return false;
  const uint32_t first = doc.sentences[doc.tokens[k].sentence].first_token;
  if (WordsAre(doc, first, {"that", "said", ","}) || WordsAre(doc, first, {"that", "being", "said", ","}))
    return k == first + 1 || k == first + 2;
  return WordsAre(doc, first, {"having", "said", "that", ","}) && k == first + 1;
}

// "has the final say on", "a say in", "have their say": "say" after an article, a possessive
// determiner or an adjective of amount or rank is a noun; no one speaks. Not after "some" ("some
// say").
bool IsNounSay(const Document& doc, const TokenRun& run) {
  const uint32_t k = run.first;
  if (run.last != k || k == 0 || doc.Norm(doc.tokens[k]) != "say") return false;
  return doc.tokens[k - 1].sentence == doc.tokens[k].sentence &&
         OneOf(doc.Norm(doc.tokens[k - 1]), {"a", "the", "final", "last", "no", "any", "equal", "more", "little",
                                             "greater", "bigger", "real", "his", "her", "their", "its", "our",
                                             "my", "your", "full", "direct", "decisive"});
}

// "one of his shows", "on their shows": "show" after an article or a possessive determiner is a
// noun (a broadcast); nothing is shown.
bool IsNounShow(const Document& doc, const TokenRun& run) {
  const uint32_t k = run.first;
  if (run.last != k || k == 0 || !OneOf(doc.Norm(doc.tokens[k]), {"show", "shows"})) return false;
  const std::string_view before = doc.Norm(doc.tokens[k - 1]);
  return doc.tokens[k - 1].sentence == doc.tokens[k].sentence &&
         (OneOf(before, {"a", "the"}) || IsPossessivePronoun(before));
}

// "say" between commas before no quotation: "than, say, hooking them", "like, say, Clear Creek"
// gives an example; no one speaks.
bool IsExampleSay(const Document& doc, const TokenRun& run) {
  const uint32_t k = run.first;
  if (run.last != k || k == 0 || k + 2 >= doc.tokens.size() || doc.Norm(doc.tokens[k]) != "say") return false;
  return doc.Norm(doc.tokens[k - 1]) == "," && doc.Norm(doc.tokens[k + 1]) == "," &&
         !(doc.tokens[k + 2].flags & kTokQuoteMark);
}

// A verb that bids the reader consider, recall or imagine, with no subject: opening its sentence
// ("Recall Sen. John McCain damaging his reputation"), or after the comma that closes an opening
// adverbial ("For a sense of how fractured the GOP is, consider this:") or "like" ("It's a little
// bit like, remember back in 1972"). No one speaks.
bool IsImperativeCue(const Document& doc, const TokenRun& run) {
  const uint32_t k = run.first;
  if (!OneOf(doc.Norm(doc.tokens[k]), {"consider", "recall", "remember", "imagine", "note"})) return false;
  if (doc.tokens[k].flags & kTokSentenceStart) return true;
  if (k < 2 || doc.Norm(doc.tokens[k - 1]) != ",") return false;
  const uint32_t first = doc.sentences[doc.tokens[k].sentence].first_token;
  const std::string_view opener = doc.Norm(doc.tokens[first]);
  return doc.Norm(doc.tokens[k - 2]) == "like" || (first + 1 < k && (opener == "for" || IsSubordinator(opener)));
}

// A subheading: a paragraph after the first of one short sentence whose words of four letters or
// more are all capitalized ("Division Over Iran."), whose capitalized words name no one.
bool IsSubheading(const Document& doc, const Sentence& s) {
  const Paragraph& p = doc.paragraphs[s.paragraph];
  if (s.paragraph == 0 || s.first_token != p.first_token || s.end_token != p.end_token ||
      s.end_token - s.first_token > 9)
    return false;
  int long_words = 0;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const Token& t = doc.tokens[k];
    if (!(t.flags & kTokWord) || t.norm_length < 4) continue;
    if (!(t.flags & kTokCapitalized)) return false;
    ++long_words;
  }
  return long_words >= 2;
}

// Sentence subjects: named people at the start of a sentence ("Prime Minister Justin Trudeau
// spoke …"), the antecedents a later "he"/"she" may stand for; plural noun phrases of people there
// ("Some Republican senators who pushed the bill …"), those of a later "they"; and one body or
// document there ("The letter also accuses …"), that of a later "it". A sentence is read when a
// pronoun after it first asks, at most once for each kind.
class SentenceSubjects {
 public:
  SentenceSubjects(const Document& doc, const SourceLexicon& lexicon, MentionCompleter* completer)
      : doc_(doc),
        lexicon_(lexicon),
        completer_(completer),
        read_(doc.sentences.size(), false),
        subjects_(doc.sentences.size(), nullptr) {
    for (int kind = 0; kind < 2; ++kind) {
      opening_read_[kind].assign(doc.sentences.size(), false);
      openings_[kind].assign(doc.sentences.size(), nullptr);
    }
  }

  // The last sentence subject of `kind` whose mention starts before byte `at`, or nullptr. A
  // group or a thing is looked for in the sentence of `at` and the two before it only; a named
  // person (kNamedPerson) as GroupSources() documents it.
  const SourceMention* Before(uint32_t at, SubjectKind kind) {
    const auto after = std::lower_bound(doc_.sentences.begin(), doc_.sentences.end(), at,
                                        [](const Sentence& s, uint32_t v) { return s.start < v; });
    const size_t end = static_cast<size_t>(after - doc_.sentences.begin());
    if (kind == SubjectKind::kNamedPerson) {
      // A pronoun opening its sentence most often goes back to whom the sentence before opened with.
      const bool opens = end < doc_.sentences.size() && doc_.tokens[doc_.sentences[end].first_token].start == at;
      return end > 0 ? NamedIn(end - 1, at, /*first=*/opens) : nullptr;
    }
    constexpr size_t kLookBack = 3;
    for (size_t k = end; k-- > 0;) {
      if (kind != SubjectKind::kPerson && end - k > kLookBack) break;
      const SourceMention* subject = kind == SubjectKind::kPerson ? SubjectOf(k) : OpeningOf(k, kind);
      if (subject && subject->span.start < at) return subject;
    }
    return nullptr;
  }

 private:
  // A group of people the lists name ("critics", "Democrats", "senators"), plural, or nothing.
  bool IsPeopleGroup(const SourceMention& m) const {
    const std::string_view last = doc_.Norm(doc_.tokens[m.end_token - 1]);
    const bool capitalized_plural = last.size() > 3 && last.back() == 's';  // "Democrats"
    if (!m.name.empty() || !m.pronoun.empty() || m.counted || !(m.plural || capitalized_plural)) return false;
    // Not a thing ("Wages") or a verb after a singular subject ("Ben Carson says").
    return PeopleWordAt(doc_, lexicon_, m.end_token - 1);
  }
  // One organisation, outlet or document ("The letter", "the FBI"); not a place.
  static bool IsThing(const SourceMention& m) {
    if (!m.pronoun.empty() || m.plural || m.anonymous) return false;
    return (!m.institution.empty() && m.institution_kind != SourceWord::kPlace) || (m.document && m.name.empty());
  }

  // The noun phrase of `kind` (kGroup or kThing) opening sentence k after its linking words,
  // outside a quotation: the first the phrase from the opening word reaches, before a verb.
  const SourceMention* OpeningOf(size_t k, SubjectKind kind) {
    const int slot = kind == SubjectKind::kGroup ? 0 : 1;
    if (opening_read_[slot][k]) return openings_[slot][k];
    opening_read_[slot][k] = true;
    const Sentence& s = doc_.sentences[k];
    if (s.boilerplate || s.headline) return nullptr;
    uint32_t open = s.first_token;
    while (open < s.end_token && open < s.first_token + 3 &&
           (IsLinkingWord(doc_.Norm(doc_.tokens[open])) || doc_.Norm(doc_.tokens[open]) == ","))
      ++open;
    for (uint32_t head = open; head < s.end_token && head < open + 5; ++head) {
      const Token& t = doc_.tokens[head];
      if ((t.flags & kTokQuoted) || !(t.flags & (kTokWord | kTokClitic))) break;
      const std::string_view word = doc_.Norm(t);
      auto ends_with = [&](std::string_view suffix) { return EndsAfterStem(word, suffix, 3); };
      if (head > open && !(t.flags & kTokCapitalized) && (ends_with("ed") || ends_with("ing"))) break;  // a verb
      const SourceMention& m = completer_->MentionAt(head);
      if (m.first_token != open || m.end_token <= head) break;  // the phrase from the opening word ended before
      if (kind == SubjectKind::kGroup ? IsPeopleGroup(m) : IsThing(m)) {
        openings_[slot][k] = &m;
        break;
      }
    }
    return openings_[slot][k];
  }

  // A person named with a listed given name (no institution), outside a quotation, before byte
  // `at`: with `first`, the first named in sentence k; else the last named in sentence k or the
  // one before it. nullptr for none.
  const SourceMention* NamedIn(size_t k, uint32_t at, bool first) {
    const uint32_t begin = doc_.sentences[first || k == 0 ? k : k - 1].first_token;
    const uint32_t end = doc_.sentences[k].end_token;
    auto named_at = [&](uint32_t t) -> const SourceMention* {
      const Token& tok = doc_.tokens[t];
      if (tok.end > at || !IsNameToken(doc_, t) || (tok.flags & (kTokQuoted | kTokHeadline)) ||
          IsSubheading(doc_, doc_.sentences[tok.sentence]))
        return nullptr;
      const SourceMention& m = completer_->MentionAt(t);
      return m.span.start < at && IsListedPerson(m) ? &m : nullptr;
    };
    auto run_end = [&](uint32_t t) {  // the last token of the name run starting at t
      while (t + 1 < end && IsNameToken(doc_, t + 1)) ++t;
      return t;
    };
    if (first) {
      for (uint32_t t = begin; t < end; ++t) {
        if (!IsNameToken(doc_, t)) continue;
        t = run_end(t);
        if (const SourceMention* m = named_at(t)) return m;
      }
      return nullptr;
    }
    for (uint32_t t = end; t-- > begin;) {
      if (!IsNameToken(doc_, t)) continue;
      if (const SourceMention* m = named_at(t)) return m;
      while (t > begin && IsNameToken(doc_, t - 1)) --t;  // past the rest of the name
    }
    return nullptr;
  }

  // The named person (a given name, possibly from the text's full names, or a role; no
  // institution) opening sentence k outside a quotation, or opening its main clause after an
  // opening clause's comma ("When it came to the pledge, however, Obama made …"), or nullptr.
  const SourceMention* SubjectOf(size_t k) {
    if (read_[k]) return subjects_[k];
    read_[k] = true;
    const Sentence& s = doc_.sentences[k];
    if (s.boilerplate || s.headline || IsSubheading(doc_, s)) return nullptr;
    subjects_[k] = PersonOpeningAt(s, DatelineEnd(doc_, static_cast<uint32_t>(k)));  // "ROME - Bernie Sanders met"
    // The opening clause starts with a linking word or a preposition and names no one by a pronoun
    // ("In his statement Saturday, Sanders …", "Similarly, Rubio …"; not "He declared that as long
    // as …, Donald Trump would"); the name after its comma is followed by no comma ("Along with
    // her husband, Milton Berg, a money manager, she …").
    static const WordSet kOpeners = {"in", "on", "at", "when", "since", "until", "if", "although", "though",
                                     "because", "during", "with", "for", "from", "by", "under", "over", "asked",
                                     "similarly", "earlier", "later", "last", "this", "speaking", "once"};
    const std::string_view opener = doc_.Norm(doc_.tokens[s.first_token]);
    const bool opening_clause = IsLinkingWord(opener) || kOpeners.Contains(opener);
    for (uint32_t t = s.first_token + 1; opening_clause && !subjects_[k] && t < s.end_token && t < s.first_token + 12;
         ++t) {
      const std::string_view w = doc_.Norm(doc_.tokens[t]);
      if (IsPersonalPronoun(w) || (doc_.tokens[t].flags & kTokQuoted)) break;
      if (w != ",") continue;
      uint32_t after = t + 1;  // past "however," and the like
      while (after + 1 < s.end_token && IsLinkingWord(doc_.Norm(doc_.tokens[after])) &&
             doc_.Norm(doc_.tokens[after + 1]) == ",")
        after += 2;
      if (after < s.end_token && IsNameToken(doc_, after)) {
        const SourceMention* subject = PersonOpeningAt(s, after);
        if (subject && !(subject->end_token < s.end_token && doc_.Norm(doc_.tokens[subject->end_token]) == ","))
          subjects_[k] = subject;
      }
      break;
    }
    if (!subjects_[k]) subjects_[k] = NamedAfterOpeningDescription(s);
    if (!subjects_[k]) subjects_[k] = IntroducedIn(s);
    return subjects_[k];
  }

  // "One local woman, Karen Robison, pulled Rep. King aside": the named person after the comma of a
  // description opening sentence s (an article or "one" and at most three words), or nullptr.
  const SourceMention* NamedAfterOpeningDescription(const Sentence& s) {
    if (!OneOf(doc_.Norm(doc_.tokens[s.first_token]), {"a", "an", "one", "another", "the"})) return nullptr;
    for (uint32_t t = s.first_token + 1; t < s.end_token && t < s.first_token + 5; ++t) {
      if (doc_.tokens[t].flags & kTokQuoted) return nullptr;
      if (doc_.Norm(doc_.tokens[t]) != ",") continue;
      if (t == s.first_token + 1 || t + 1 >= s.end_token || !IsNameToken(doc_, t + 1)) return nullptr;
      return PersonOpeningAt(s, t + 1);
    }
    return nullptr;
  }

  // The named person whose name starts within 4 tokens of `open` in sentence s, outside a
  // quotation, or nullptr.
  const SourceMention* PersonOpeningAt(const Sentence& s, uint32_t open) {
    for (uint32_t t = open; t < s.end_token && t < open + 4; ++t) {
      if (!IsNameToken(doc_, t)) continue;
      if (doc_.tokens[t].flags & kTokQuoted) break;  // a quotation's words name its speaker's subject, not ours
      uint32_t last = t;
      while (last + 1 < s.end_token && IsNameToken(doc_, last + 1)) ++last;
      const SourceMention& m = completer_->MentionAt(last);
      if (m.name.empty() || !m.institution.empty() || m.anonymous) return nullptr;
      if (!m.given.empty()) return &m;
      // A bare surname the text names in full elsewhere ("Sanders unloaded on the Post", "For
      // Major, a retiree, …"); without that, only one with a role is a person.
      SourceMention completed = m;
      completer_->Complete(&completed);
      if (completed.given.empty()) return m.role.empty() ? nullptr : &m;
      return &completed_.emplace_back(std::move(completed));
    }
    return nullptr;
  }

  // "That's something that concerns Henry Crespo, president of the Florida Democratic Black
  // Caucus.": in a sentence no named person opens and no "he" or "she" is in, a named person the
  // sentence introduces with a description after the name's comma; nullptr for none.
  const SourceMention* IntroducedIn(const Sentence& s) {
    for (uint32_t t = s.first_token; t < s.end_token; ++t)  // "Along with her husband, Frank Berg, a banker, she …"
      if (!(doc_.tokens[t].flags & kTokQuoted) && OneOf(doc_.Norm(doc_.tokens[t]), {"he", "she"})) return nullptr;
    for (uint32_t t = s.first_token; t + 2 < s.end_token; ++t) {
      if (!IsNameToken(doc_, t) || (doc_.tokens[t].flags & kTokQuoted)) continue;
      uint32_t last = t;
      while (last + 1 < s.end_token && IsNameToken(doc_, last + 1)) ++last;
      const uint32_t comma = last + 1;
      t = last;
      if (comma + 1 >= s.end_token || doc_.Norm(doc_.tokens[comma]) != ",") continue;
      // The description: an article, or a lower-case role ("president of"), not the next name of a list.
      SourceWordMatch role;
      const Token& next = doc_.tokens[comma + 1];
      const bool article = OneOf(doc_.Norm(next), {"a", "an", "the"});
      const bool role_word = !(next.flags & kTokCapitalized) && lexicon_.MatchAt(doc_, comma + 1, s.end_token, &role) &&
                             IsRole(role.kind);
      if (!article && !role_word) continue;
      const SourceMention& m = completer_->MentionAt(last);
      if (IsListedPerson(m)) return &m;
    }
    return nullptr;
  }

  // A person named with a given name the lists know (no institution, not vague).
  bool IsListedPerson(const SourceMention& m) const {
    return !m.name.empty() && !m.given.empty() && m.institution.empty() && !m.anonymous &&
           lexicon_.GivenNameGender(FoldLatinLetters(m.given)) != 0;
  }

  const Document& doc_;
  const SourceLexicon& lexicon_;
  MentionCompleter* completer_;
  std::vector<bool> read_;                      // by sentence
  std::vector<const SourceMention*> subjects_;  // by sentence, once read
  std::deque<SourceMention> completed_;         // subjects completed from the text's full names
  std::vector<bool> opening_read_[2];                  // by sentence: groups, things
  std::vector<const SourceMention*> openings_[2];      // by sentence, once read
};

// A party and state tag after a legislator's name ("Sen. Chuck Schumer (D-N.Y.) said", "Lindsey
// Graham, R-S.C., said") is no speaker: a pick inside it moves to the name before it. The tag
// starts with "D-", "R-" or "I-" and holds only letters and periods. So does a party member after
// the name's comma ("Clinton, a Democrat, did not", "Ryan, the Wisconsin Republican, said",
// "Bob Corker, Republican of Tennessee, said").
// Other picks are returned unchanged.
int NameBeforePartyTag(const Document& doc, uint32_t head) {
  const uint32_t sentence = doc.tokens[head].sentence;
  if (IsPartyMemberWord(doc.Norm(doc.tokens[head])) && head + 1 < doc.tokens.size() &&
      OneOf(doc.Norm(doc.tokens[head + 1]), {",", "of", "from"})) {
    // Back to the name's comma, over "a", "the" and the words before the party ("the Wisconsin").
    for (uint32_t k = head; k-- > 0 && head - k <= 4 && doc.tokens[k].sentence == sentence;) {
      const std::string_view w = doc.Norm(doc.tokens[k]);
      if (w == ",") {
        if (k >= 1 && IsNameToken(doc, k - 1)) return static_cast<int>(k - 1);
        break;
      }
      if (!OneOf(w, {"a", "an", "the"}) && !(doc.tokens[k].flags & kTokCapitalized)) break;
    }
  }
  for (uint32_t k = head + 1, steps = 0; k-- > 0 && steps < 6; ++steps) {
    const Token& t = doc.tokens[k];
    if (t.sentence != sentence) break;
    const std::string_view w = doc.Norm(t);
    const bool upper = doc.text[t.start] >= 'A' && doc.text[t.start] <= 'Z';
    const bool tag_start = IsPartyStateWord(w) && upper;
    if (tag_start) {
      if (k < 2) break;
      const std::string_view opener = doc.Norm(doc.tokens[k - 1]);
      if ((opener == "(" || opener == ",") && doc.tokens[k - 2].sentence == sentence && IsNameToken(doc, k - 2))
        return static_cast<int>(k - 2);
      break;
    }
    if (w != "." && !(w.size() <= 2 && upper)) break;  // "N", "Y", "."
  }
  return static_cast<int>(head);
}

// "John Smith of the Heritage Foundation": a named person (a given name or a role) and the
// organisation or outlet after "of" are one speaker, that person, affiliated with it, whichever of
// the two *m is. Other mentions are left as they are. [cue_first, cue_end) is the cue.
void AffiliateWithOrganisationAfterOf(const Document& doc, const SourceLexicon& lexicon, uint32_t cue_first,
                                      uint32_t cue_end, SourceMention* m) {
  auto organisation = [](const SourceMention& x) {
    return !x.institution.empty() &&
           (x.institution_kind == SourceWord::kOrganisation || x.institution_kind == SourceWord::kOutlet);
  };
  auto person = [](const SourceMention& x) {
    return x.institution.empty() && x.pronoun.empty() && !x.name.empty() && (!x.given.empty() || !x.role.empty());
  };
  auto of_at = [&](uint32_t k) {
    return k < doc.tokens.size() && doc.Norm(doc.tokens[k]) == "of" && (k < cue_first || k >= cue_end);
  };
  const uint32_t sentence = doc.tokens[m->first_token].sentence;
  if (organisation(*m) && m->first_token >= 2 && of_at(m->first_token - 1) &&
      doc.tokens[m->first_token - 2].sentence == sentence && IsNameToken(doc, m->first_token - 2)) {
    SourceMention speaker = ReadSourceMention(doc, lexicon, m->first_token - 2, cue_first, cue_end);
    if (!person(speaker)) return;
    speaker.affiliation = m->institution;
    speaker.end_token = m->end_token;
    speaker.span.end = m->span.end;
    *m = std::move(speaker);
  } else if (person(*m) && of_at(m->end_token)) {
    uint32_t k = m->end_token + 1;
    if (k < doc.tokens.size() && doc.Norm(doc.tokens[k]) == "the") ++k;
    if (k >= doc.tokens.size() || doc.tokens[k].sentence != sentence || (k >= cue_first && k < cue_end) ||
        !(doc.tokens[k].flags & kTokCapitalized))
      return;
    // Capitalized words, joined by "of", "for", "on" or "and", up to the cue or the sentence's
    // end: "the Massachusetts Institute of Technology".
    const uint32_t limit = std::min(doc.sentences[sentence].end_token, cue_first > k ? cue_first : UINT32_MAX);
    const uint32_t end = CapitalizedRunEnd(doc, k, limit, {"of", "for", "on", "and"});
    const SourceMention after = ReadSourcePhrase(doc, lexicon, k, end);
    if (organisation(after)) m->affiliation = after.institution;
  }
}

// "A CNN/ORC poll showed", "according to a New York Times/CBS News poll": names joined by a slash
// (no space on either side) are one pair of makers, read as one phrase named by the first: a pick
// after the slash reads from the phrase before it ("video credited to Reuters/Libya"), and a pick
// before it reads on through the names to a document word after them. Other mentions are left as
// they are. [cue_first, cue_end) is the cue.
void ReadAcrossSlash(const Document& doc, const SourceLexicon& lexicon, uint32_t cue_first, uint32_t cue_end,
                     SourceMention* m) {
  auto outside_cue = [&](uint32_t k) { return k < cue_first || k >= cue_end; };
  auto joining_slash = [&](uint32_t k) {
    return k > 0 && k + 1 < doc.tokens.size() && doc.Norm(doc.tokens[k]) == "/" && outside_cue(k) &&
           doc.tokens[k - 1].end == doc.tokens[k].start && doc.tokens[k].end == doc.tokens[k + 1].start &&
           doc.tokens[k - 1].sentence == doc.tokens[k + 1].sentence && IsNameToken(doc, k - 1) &&
           IsNameToken(doc, k + 1) && outside_cue(k - 1) && outside_cue(k + 1);
  };
  auto document_word = [&](uint32_t k) {
    SourceWordMatch match;
    return !(doc.tokens[k].flags & kTokCapitalized) && lexicon.MatchAt(doc, k, k + 1, &match) &&
           match.kind == SourceWord::kDocument;
  };
  uint32_t first = m->first_token, end = m->end_token;
  if (first >= 2 && joining_slash(first - 1)) {
    const SourceMention before = ReadSourceMention(doc, lexicon, first - 2, cue_first, cue_end);
    if (before.end_token != first - 1 || !before.pronoun.empty()) return;
    first = before.first_token;
    // With the words before it: "The latest Reuters/Ipsos poll", "a new national CNN/ORC poll".
    static const WordSet kPollModifiers = {"latest", "new", "recent", "national", "previous", "online", "statewide",
                                           "last", "first", "second", "third", "final", "another", "other"};
    const uint32_t sentence_first = doc.sentences[doc.tokens[first].sentence].first_token;
    uint32_t k = first;
    while (k > sentence_first && k + 4 > first && outside_cue(k - 1) &&
           kPollModifiers.Contains(doc.Norm(doc.tokens[k - 1])))
      --k;
    auto article_at = [&](uint32_t i) { return OneOf(doc.Norm(doc.tokens[i]), {"the", "a", "an", "another"}); };
    if (k > sentence_first && outside_cue(k - 1) && article_at(k - 1)) --k;
    if (k < first && (article_at(k) || k == sentence_first)) first = k;
  } else if (joining_slash(end)) {
    uint32_t k = end + 1;  // names and slashes up to the document word: "CBS News", "NBC News/Marist"
    while (k < doc.tokens.size() && k < end + 8 && outside_cue(k) &&
           (IsNameToken(doc, k) || joining_slash(k)))
      ++k;
    if (k >= doc.tokens.size() || !outside_cue(k) || doc.tokens[k].sentence != doc.tokens[end].sentence ||
        !document_word(k))
      return;
    end = k + 1;
  } else {
    return;
  }
  SourceMention joint = ReadSourcePhrase(doc, lexicon, first, end);
  if (!joint.document && joint.institution.empty()) return;
  *m = std::move(joint);
}

// "the government in Riyadh", "officials in Moscow": a body written in lower case, or its
// officials, with no affiliation of their own, speak for the place after "in" (not diplomats or
// an ambassador there, who speak for another).
void AffiliateWithPlaceAfterIn(const Document& doc, const SourceLexicon& lexicon, uint32_t cue_first, uint32_t cue_end,
                               SourceMention* m) {
  const uint32_t in = m->end_token;
  if (!m->name.empty() || !m->pronoun.empty() || m->document || in + 1 >= doc.tokens.size() ||
      doc.Norm(doc.tokens[in]) != "in" || (in + 1 >= cue_first && in + 1 < cue_end) ||
      doc.tokens[in + 1].sentence != doc.tokens[m->first_token].sentence)
    return;
  bool lower_case = true;  // "the government", not "the Sanders campaign"
  for (uint32_t k = m->first_token; k < in; ++k)
    lower_case = lower_case && (!(doc.tokens[k].flags & kTokCapitalized) ||
                                (k == m->first_token && (doc.tokens[k].flags & kTokSentenceStart)));
  const bool lower_case_body = lower_case && m->institution_kind == SourceWord::kOrganisation && m->affiliation == m->institution;
  static const WordSet kOfThePlace = {"officials", "authorities", "lawmakers", "legislators", "residents"};
  const bool unaffiliated = m->anonymous && m->institution.empty() && m->affiliation.empty() &&
                            kOfThePlace.Contains(doc.Norm(doc.tokens[in - 1]));
  if (!lower_case_body && !unaffiliated) return;
  SourceWordMatch place;
  if (lexicon.MatchAt(doc, in + 1, doc.sentences[doc.tokens[in].sentence].end_token, &place) &&
      place.kind == SourceWord::kPlace && (doc.tokens[in + 1].flags & kTokCapitalized) && !place.canonical.empty())
    m->affiliation = std::string(place.canonical);
}

// "Trump's leading Republican rivals, Sens. Ted Cruz …, have urged": a pick before the cue that
// owns a noun phrase for people after its possessive ending (adjectives, participles and
// capitalized words, then a plural the lists know as people or a role's, or "rivals", "allies"…),
// right before a comma or the cue, stands for that plural. Other picks are returned unchanged.
int OwnedPeopleAfterPossessive(const Document& doc, const SourceLexicon& words, uint32_t head, uint32_t cue_first) {
  if (head + 2 >= cue_first || !IsPossessiveEnding(doc, head + 1)) return static_cast<int>(head);
  for (uint32_t k = head + 2; k < cue_first && k < head + 7; ++k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (!(doc.tokens[k].flags & kTokWord) || IsFunctionWord(w) || IsLowercaseLyAdverb(doc, k)) break;
    if (k + 1 != cue_first && doc.Norm(doc.tokens[k + 1]) != ",") continue;
    static const WordSet kRelations = {"rivals", "allies", "opponents", "critics", "supporters", "backers",
                                       "friends", "colleagues", "aides", "advisers", "advisors", "lawyers"};
    const bool people = w.size() > 3 && w.back() == 's' && (PeopleWordAt(doc, words, k) || kRelations.Contains(w));
    return people ? static_cast<int>(k) : static_cast<int>(head);
  }
  return static_cast<int>(head);
}

// "Cement makers, for instance, argue", "Local news affiliate ABC 7 is reporting": a pick read as a
// one-word person's name on a word capitalized only for opening the sentence, before lower-case
// nouns (and perhaps a name after them) up to the cue, a comma or that name, moves to the run's
// last word, when the phrase read there ends with the run. Other picks are returned unchanged.
int HeadAfterOpeningWord(const Document& doc, const SourceLexicon& words, uint32_t head, uint32_t cue_first,
                         uint32_t cue_end) {
  if (head + 1 >= cue_first || !CapitalizedOnlyAsOpening(doc, words, head) || !IsNameToken(doc, head) ||
      !NounLikeWord(doc, head) || !NounLikeWord(doc, head + 1) || (doc.tokens[head + 1].flags & kTokCapitalized))
    return static_cast<int>(head);
  const SourceMention pick = ReadSourceMention(doc, words, head, cue_first, cue_end);
  if (pick.first_token != head || pick.end_token != head + 1 || pick.name.empty() || !pick.institution.empty())
    return static_cast<int>(head);
  uint32_t end = head + 1;
  while (end < cue_first && NounLikeWord(doc, end) && !(doc.tokens[end].flags & kTokCapitalized)) ++end;
  while (end < cue_first && IsNameToken(doc, end)) ++end;
  // (Not across a verb: "Goldwater took on", "Hunter represents".)
  if (end != cue_first && doc.Norm(doc.tokens[end]) != "," && !IsNameToken(doc, end - 1))
    return static_cast<int>(head);
  const SourceMention run = ReadSourceMention(doc, words, end - 1, cue_first, cue_end);
  return run.first_token >= head && run.first_token < end && run.end_token == end ? static_cast<int>(end - 1)
                                                                                    : static_cast<int>(head);
}

// "The African nation's government has told", "The British company's chief executive has told": a
// pick before the cue whose phrase ends short of it, inside the phrase read back from the last word
// before the cue (past auxiliaries, modals and "-ly" adverbs), moves to that word: the pick was a
// modifier of the subject, not its head. Other picks are returned unchanged.
int HeadOfWholeSubject(const Document& doc, const SourceLexicon& words, uint32_t head, uint32_t cue_first,
                       uint32_t cue_end) {
  if (head >= cue_first) return static_cast<int>(head);
  uint32_t last = cue_first - 1;
  while (last > head && (IsBeOrHave(doc.Norm(doc.tokens[last])) || IsModal(doc.Norm(doc.tokens[last])) ||
                         IsLowercaseLyAdverb(doc, last)))
    --last;
  static const WordSet kAdverbs = {"today", "tonight", "yesterday", "now", "here", "there", "then", "too", "also",
                                   "again", "still"};
  // (A capitalized last word is no lower-case noun the pick left out: "Mr. Smith said" reads no phrase.)
  if (last <= head || !NounLikeWord(doc, last) || (doc.tokens[last].flags & kTokCapitalized) ||
      IsTimeNoun(doc.Norm(doc.tokens[last])) || kAdverbs.Contains(doc.Norm(doc.tokens[last])))
    return static_cast<int>(head);
  const SourceMention pick = ReadSourceMention(doc, words, head, cue_first, cue_end);
  if (pick.end_token <= pick.first_token || pick.end_token > last) return static_cast<int>(head);
  // The words the pick left out are lower-case nouns and modifiers, or a possessive ending, and end
  // in a word the lists know for those who speak: people, a role, a body, an outlet.
  bool speaker_word = PeopleWordAt(doc, words, last);
  for (uint32_t k = pick.end_token; k <= last; ++k) {
    if (!IsPossessiveEnding(doc, k) && (!NounLikeWord(doc, k) || (doc.tokens[k].flags & kTokCapitalized)))
      return static_cast<int>(head);
    SourceWordMatch match;
    speaker_word = speaker_word || (words.MatchAt(doc, k, last + 1, &match) &&
                                    match.first_token + match.token_count == last + 1 &&
                                    match.kind != SourceWord::kPlace && match.kind != SourceWord::kDocument);
  }
  if (!speaker_word) return static_cast<int>(head);
  const SourceMention whole = ReadSourceMention(doc, words, last, cue_first, cue_end);
  return whole.first_token == pick.first_token && whole.end_token == last + 1 ? static_cast<int>(last)
                                                                              : static_cast<int>(head);
}

// "Clinton’s campaign manager, Robby Mook, said": a pick on the owner of a role, or on a
// lower-case role right before the comma ("In January, the Clark County sheriff, Joe Lombardo,
// said"), whose holder a name right before ", <cue>" gives is that name (its last token). Other
// picks are returned unchanged.
int NameAfterOwnedRole(const Document& doc, const SourceLexicon& words, uint32_t head, uint32_t cue_first,
                       uint32_t cue_end) {
  if (head + 4 > cue_first || doc.Norm(doc.tokens[cue_first - 1]) != ",") return static_cast<int>(head);
  // The name between two commas right before the cue, first: "…, Robby Mook, said".
  uint32_t name_first = cue_first - 1;
  while (name_first > head + 2 && (IsNameToken(doc, name_first - 1) || doc.Norm(doc.tokens[name_first - 1]) == "."))
    --name_first;
  const uint32_t comma = name_first - 1;
  if (name_first + 1 >= cue_first || doc.Norm(doc.tokens[comma]) != ",") return static_cast<int>(head);
  bool role = false;
  if (IsPossessiveEnding(doc, head + 1) && head + 6 <= cue_first) {
    for (uint32_t k = head + 2; k < comma; ++k) {
      SourceWordMatch match;
      role = role || (words.MatchAt(doc, k, k + 1, &match) && IsRole(match.kind));
      if (!(doc.tokens[k].flags & kTokWord) || IsNameToken(doc, k)) return static_cast<int>(head);
    }
  } else {
    const SourceMention pick = ReadSourceMention(doc, words, head, cue_first, cue_end);
    role = pick.end_token == comma && pick.name.empty() && !pick.role.empty() && !IsNameToken(doc, comma - 1) &&
           pick.pronoun.empty();
  }
  return role ? static_cast<int>(cue_first - 2) : static_cast<int>(head);
}

// "according to Ronald Reagan's former education secretary William J. Bennett": a pick on the owner
// (a word of the owner's name) of a role written in lower case (at most six words) right before a
// name moves to the name (its last token), outside the cue [cue_first, cue_end). Other picks are
// returned unchanged.
int NameAfterOwnersRole(const Document& doc, const SourceLexicon& words, uint32_t head, uint32_t cue_first,
                        uint32_t cue_end) {
  const uint32_t sentence = doc.tokens[head].sentence;
  auto usable = [&](uint32_t k) {
    return k < doc.tokens.size() && doc.tokens[k].sentence == sentence && (k < cue_first || k >= cue_end);
  };
  uint32_t owner = head;  // the owner's last word: "Ronald Reagan's"
  while (owner < head + 3 && IsNameToken(doc, owner) && usable(owner + 1) && IsNameToken(doc, owner + 1)) ++owner;
  if (!IsPossessiveEnding(doc, owner + 1)) return static_cast<int>(head);
  bool role = false;
  uint32_t k = owner + 2;
  for (; usable(k) && k < owner + 8 && (doc.tokens[k].flags & kTokWord) && !(doc.tokens[k].flags & kTokCapitalized);
       ++k) {
    SourceWordMatch match;
    role = role || (words.MatchAt(doc, k, k + 1, &match) && IsRole(match.kind));
  }
  if (!role || !usable(k) || !IsNameToken(doc, k)) return static_cast<int>(head);
  while (usable(k + 1) && (IsNameToken(doc, k + 1) || (doc.Norm(doc.tokens[k + 1]) == "." && IsNameToken(doc, k + 2))))
    k += doc.Norm(doc.tokens[k + 1]) == "." ? 2 : 1;
  return static_cast<int>(k);
}

// A time before a possessive ending is when, not who: "according to July's Washington Post/ABC News
// polling", "Tuesday's CNN poll showed". A pick on a month, a weekday or a time noun right before
// "'s" moves to the last word of the phrase it owns (names, nouns and slashes joining names, at most
// eight tokens, outside the cue [cue_first, cue_end)); other picks are returned unchanged.
int OwnedPastTimePossessive(const Document& doc, uint32_t head, uint32_t cue_first, uint32_t cue_end) {
  const std::string_view w = doc.Norm(doc.tokens[head]);
  if (!(IsMonthName(w) || IsWeekdayName(w) || IsTimeNoun(w)) || !IsPossessiveEnding(doc, head + 1))
    return static_cast<int>(head);
  const uint32_t sentence = doc.tokens[head].sentence;
  uint32_t last = head;
  for (uint32_t k = head + 2; k < doc.tokens.size() && k < head + 10 && doc.tokens[k].sentence == sentence &&
                              (k < cue_first || k >= cue_end);
       ++k) {
    const bool slash = doc.Norm(doc.tokens[k]) == "/" && doc.tokens[k - 1].end == doc.tokens[k].start;
    if (!(IsNameToken(doc, k) || NounLikeWord(doc, k) || slash)) break;
    if (!slash) last = k;
  }
  return static_cast<int>(last);
}

// Where a person lives is no speaker: "Brianne Stone, 29, of Huntsville, Ala., says",
// "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said", "Donna Rawlings, 59, of Ashton,
// Md., who watched the ceremony, said". A pick on a state abbreviation right before ", <cue>"
// (or ", who …, <cue>") moves to the last name in the sentence before it that opens such an
// apposition (a name, a comma, then an age, "of", "from", "in", "now", "who" or an article).
// Other picks are returned unchanged.
int PersonBeforeResidence(const Document& doc, uint32_t head, uint32_t cue_first) {
  const uint32_t sentence = doc.tokens[head].sentence;
  if (!(doc.tokens[head].flags & kTokCapitalized) || !IsStateAbbreviation(doc.Norm(doc.tokens[head]))) return head;
  uint32_t k = head + 1;
  if (k < cue_first && doc.Norm(doc.tokens[k]) == ".") ++k;
  const bool relative_clause_between = k + 3 < cue_first && doc.Norm(doc.tokens[k]) == "," &&
                                       doc.Norm(doc.tokens[k + 1]) == "who" && doc.Norm(doc.tokens[cue_first - 1]) == ",";
  if (!((k + 1 == cue_first && doc.Norm(doc.tokens[k]) == ",") || relative_clause_between)) return static_cast<int>(head);
  static const WordSet kOpeners = {"of", "from", "in", "now", "who", "a", "an", "the"};
  int person = -1;
  for (uint32_t i = doc.sentences[sentence].first_token; i + 2 < head; ++i) {
    if (!IsNameToken(doc, i) || IsNameToken(doc, i + 1) || doc.Norm(doc.tokens[i + 1]) != ",") continue;
    const Token& next = doc.tokens[i + 2];
    if ((next.flags & kTokNumber) || kOpeners.Contains(doc.Norm(next))) person = static_cast<int>(i);
  }
  return person >= 0 ? person : static_cast<int>(head);
}

// "Clinton, goaded by Sanders, came out against", "The report, released by the Pentagon on
// Monday, found", "The message, sent to Cheryl Mills, called", "Exit polls from the primary, which
// Mr. Trump won, showed": a pick inside a clause set off by commas right before the cue, opening
// with a past participle (not "based") or with "which", is no speaker; the subject before the
// clause is: the phrase ending at its opening comma when that names a source, else the one
// opening the sentence. Other picks are returned unchanged.
int SubjectBeforeClauseApposition(const Document& doc, const SourceLexicon& lexicon, uint32_t head,
                                  uint32_t cue_first, uint32_t cue_end) {
  if (cue_first < 4 || head + 1 >= cue_first) return static_cast<int>(head);
  // An auxiliary outside the cue may stand between the clause and it ("Mr. Trump, asked about …,
  // had said").
  const std::string_view before_cue = doc.Norm(doc.tokens[cue_first - 1]);
  const uint32_t verb = IsBeOrHave(before_cue) || IsModal(before_cue) || before_cue == "did" ? cue_first - 1 : cue_first;
  if (head + 1 >= verb) return static_cast<int>(head);
  // The clause is set off by commas, or by dashes ("the State Department - before, during and
  // after Mrs. Clinton's time as secretary - criticized"), with no other such mark inside.
  const bool dashes = IsDash(doc, verb - 1);
  if (!dashes && doc.Norm(doc.tokens[verb - 1]) != ",") return static_cast<int>(head);
  auto closes = [&](uint32_t k) { return dashes ? IsDash(doc, k) : doc.Norm(doc.tokens[k]) == ","; };
  const uint32_t sentence = doc.tokens[head].sentence;
  const uint32_t sentence_first = doc.sentences[sentence].first_token;
  uint32_t open = head;
  while (open > sentence_first && !closes(open)) --open;
  if (open <= sentence_first + 1 || !closes(open)) return static_cast<int>(head);
  for (uint32_t k = open + 1; k + 1 < verb; ++k)
    if (closes(k) || doc.tokens[k].sentence != sentence) return static_cast<int>(head);
  const std::string_view first_word = doc.Norm(doc.tokens[open + 1]);
  const bool passive = ((first_word.size() > 4 && first_word.substr(first_word.size() - 2) == "ed") ||
                        IsIrregularParticiple(first_word)) &&
                       first_word != "based";  // "based on accounts from officials": whose accounts speak
  // "Cruz, as he has in the past, opposed", "Stephens, who, after trading insults with Mr. Hannity,
  // said": a clause a subordinator opens before a finite cue sets off no speaker either (before a
  // participle it is a clause of its own: "…, when Sanders protesters interrupted her, shouting").
  static const WordSet kSubordinators = {"as", "after", "before", "when", "while", "though", "although", "despite",
                                         "since", "once", "unlike", "like", "during"};
  const bool subordinate = kSubordinators.Contains(first_word) && !IsIngForm(doc.Norm(doc.tokens[cue_first]));
  if (!passive && first_word != "which" && !subordinate) return static_cast<int>(head);
  auto speaks = [](const SourceMention& m) {
    return m.pronoun.empty() && m.institution_kind != SourceWord::kPlace &&
           (!m.name.empty() || !m.role.empty() || !m.institution.empty() || m.document || m.anonymous);
  };
  const SourceMention before = ReadSourceMention(doc, lexicon, open - 1, cue_first, cue_end);
  if (before.end_token == open && speaks(before)) return static_cast<int>(open - 1);
  for (uint32_t k = sentence_first; k + 1 < open; ++k) {
    const SourceMention opening = ReadSourceMention(doc, lexicon, k, cue_first, cue_end);
    if (opening.first_token == sentence_first && opening.end_token > k && speaks(opening)) return static_cast<int>(k);
    if (!(doc.tokens[k].flags & kTokWord)) break;
  }
  return static_cast<int>(head);
}

// Token k is a lower-case word no source list knows that reads as an adjective: in "-ous",
// "-ive", "-ful", "-less", "-able", "-ible", or a common one ("sharp", "loud", "severe").
bool IsLoneAdjective(const Document& doc, const SourceLexicon& lexicon, uint32_t k) {
  const Token& t = doc.tokens[k];
  SourceWordMatch match;
  if (!(t.flags & kTokWord) || (t.flags & kTokCapitalized) || lexicon.MatchAt(doc, k, k + 1, &match)) return false;
  const std::string_view w = doc.Norm(t);
  static const WordSet kAdjectives = {"sharp", "loud", "severe", "fresh", "harsh", "strong", "broad", "wide", "deep",
                                      "heavy", "fierce", "bitter", "large", "big", "real", "old", "new", "hard"};
  for (std::string_view suffix : {"ous", "ive", "ful", "less", "able", "ible"})
    if (EndsAfterStem(w, suffix, 3)) return true;
  return kAdjectives.Contains(w);
}

// "Republicans who oppose Trump say", "editorial writers who might agree with the comments
// swiftly said": a pick that is an object inside a relative clause run up to the cue without a
// comma is no speaker; the phrase the clause is of, ending right before "who" ("whose": "The state
// officials whose laws have been invalidated say"), is, when it names a source. A pick right after
// "who" is the subject of the clause ("the official who Trump said was lying") and stays; other
// picks are returned unchanged.
int AntecedentOfRelativeClause(const Document& doc, const SourceLexicon& lexicon, uint32_t head, uint32_t cue_first,
                               uint32_t cue_end) {
  if (head >= cue_first) return static_cast<int>(head);
  // Words opening another clause inside the relative one, whose subject the pick may be ("the man
  // who embodied the qualities that his party's elders imagined", "at the moment he says it").
  // ("and"/"or" between names lists them: "for Cruz or Rubio or Ben Carson".)
  auto clause_opener = [&](uint32_t k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if ((w == "and" || w == "or") && k > 0 && IsNameToken(doc, k - 1) && IsNameToken(doc, k + 1)) return false;
    return IsSubordinator(w) || IsRelativePronoun(w) || OneOf(w, {"where", "than", "and", "or", "but", "so"});
  };
  const uint32_t sentence_first = doc.sentences[doc.tokens[head].sentence].first_token;
  uint32_t who = head;
  const uint32_t reach = head > sentence_first + 24 ? head - 24 : sentence_first;  // a clause's length
  // An object pronoun right before a finite cue is the object inside a relative clause run up to it
  // ("sources who reviewed them told", "progressive organizations that have endorsed him say"); not
  // the subject of an infinitive ("led her to declare") nor a pronoun after "of" ("some of them").
  const bool object_pronoun = head + 1 == cue_first && head > 0 && doc.Norm(doc.tokens[head - 1]) != "of" &&
                              doc.Norm(doc.tokens[cue_first]) != "to" &&
                              OneOf(doc.Norm(doc.tokens[head]), {"him", "them", "me", "us"});
  auto relative_word = [&](uint32_t k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    return object_pronoun ? (w == "who" || w == "that") : (w == "who" || w == "whose");
  };
  while (who > reach && !relative_word(who)) {
    if (!(doc.tokens[who].flags & kTokWord) && doc.Norm(doc.tokens[who]) != "'s" && doc.Norm(doc.tokens[who]) != ".")
      return static_cast<int>(head);  // a comma, a dash, a quotation mark: another clause
    if (clause_opener(who)) return static_cast<int>(head);
    --who;
  }
  if (who <= sentence_first || !relative_word(who) || (doc.tokens[who].flags & kTokAllCaps))
    return static_cast<int>(head);  // not the World Health Organization
  for (uint32_t k = head + 1; k < cue_first; ++k)
    if (!(doc.tokens[k].flags & kTokWord) && doc.Norm(doc.tokens[k]) != "." && doc.Norm(doc.tokens[k]) != "'s")
      return static_cast<int>(head);
  const SourceMention pick = ReadSourceMention(doc, lexicon, head, cue_first, cue_end);
  const bool whose = doc.Norm(doc.tokens[who]) == "whose";  // "people whose interactions with Trump have been"
  if (head <= who || (pick.first_token <= who + 1 && !whose) || pick.end_token > cue_first ||
      (!pick.pronoun.empty() && !object_pronoun))
    return static_cast<int>(head);
  // "groups backing Senator Ted Cruz": a participle's subject is the phrase right before it.
  if (pick.end_token == cue_first && IsIngForm(doc.Norm(doc.tokens[cue_first]))) return static_cast<int>(head);
  const SourceMention antecedent = ReadSourceMention(doc, lexicon, who - 1, cue_first, cue_end);
  if (antecedent.end_token != who || antecedent.first_token >= who || !antecedent.pronoun.empty() ||
      antecedent.institution_kind == SourceWord::kPlace)
    return static_cast<int>(head);
  return static_cast<int>(who - 1);
}

// "Cardinal O'Malley, whose spokesman referred requests": a phrase after ", whose" is affiliated
// with the one "whose" stands for, the named person or body before the comma, unless it has an
// affiliation of its own.
void AffiliateWithOwnerBeforeWhose(const Document& doc, const SourceLexicon& lexicon, uint32_t cue_first,
                                   uint32_t cue_end, SourceMention* m) {
  const uint32_t first = m->first_token;
  if (!m->affiliation.empty() || first < 3 || doc.Norm(doc.tokens[first - 1]) != "whose" ||
      doc.Norm(doc.tokens[first - 2]) != ",")
    return;
  const SourceMention owner = ReadSourceMention(doc, lexicon, first - 3, cue_first, cue_end);
  if (owner.end_token != first - 2 || !owner.pronoun.empty()) return;
  if (!owner.institution.empty()) m->affiliation = owner.institution;
  else if (!owner.surname.empty() && !owner.name.empty())  // as written: "O'Malley"
    m->affiliation = owner.name.substr(owner.name.rfind(' ') == std::string::npos ? 0 : owner.name.rfind(' ') + 1);
}

// "a slide show that predicted", "a headline that said": a relative "that" right before the cue
// (the mention *m) stands for the common noun phrase before it, a thing ("who" stands for people)
// when that names no one and no people or body ("green groups that once regarded" stay a group).
// Not after a preposition, a connective, an indefinite pronoun or a time ("and with that said",
// "Friday afternoon that says"). *m is left as it is otherwise.
void ReadThatAntecedent(const Document& doc, const SourceLexicon& lexicon, uint32_t cue_first, uint32_t cue_end,
                        SourceMention* m) {
  if (m->first_token == 0 || doc.Norm(doc.tokens[m->first_token]) != "that") return;
  const uint32_t noun = m->first_token - 1;
  const Token& t = doc.tokens[noun];
  const std::string_view head_noun = doc.Norm(t);
  if (!(t.flags & kTokWord) || (t.flags & kTokCapitalized) || IsLinkingWord(head_noun) || IsTimeNoun(head_noun) ||
      IsPreposition(head_noun) ||
      OneOf(head_noun, {"nothing", "something", "anything", "everything", "one", "is", "was", "be"}))
    return;
  SourceMention before = ReadSourceMention(doc, lexicon, noun, cue_first, cue_end);
  if (before.end_token != noun + 1 || before.first_token > noun || !before.pronoun.empty()) return;
  static const WordSet kCollectives = {"group", "groups", "organization", "organizations", "organisation",
                                       "organisations", "individual", "individuals", "people", "person",
                                       "outfit", "operation", "company", "companies", "firm", "firms",
                                       "agency", "agencies", "campaign", "committee", "team"};
  const bool thing = !kCollectives.Contains(head_noun) && !IsRolePlural(lexicon, head_noun) &&
                     !lexicon.IsRoleWord(std::string(head_noun));
  if (thing && before.name.empty() && before.institution.empty()) {
    before.document = true;
    before.anonymous = false;
  }
  *m = std::move(before);
}

// "according to a tally by the Associated Press", "according to a post from Arianna Huffington",
// "according to a court document filed by state attorney Dave Aronberg": the named author (a name
// or a body, not a place) of a nameless document *m read after the cue, perhaps past a
// participle and the author's role, replaces it; *m is left as it is otherwise.
void ReadAuthorOfDocument(const Document& doc, const SourceLexicon& lexicon, uint32_t cue_first, uint32_t cue_end,
                          SourceMention* m) {
  const uint32_t sentence_end = doc.sentences[doc.tokens[cue_first].sentence].end_token;
  if (!m->name.empty() || !m->institution.empty() || m->end_token + 1 >= sentence_end) return;
  // A participle of authoring: not "an English translation published by Al Arabiya".
  static const WordSet kAuthored = {"filed", "written", "prepared", "compiled", "conducted", "issued", "commissioned",
                                    "released", "produced", "authored", "drafted", "signed", "sponsored"};
  uint32_t by = m->end_token;
  if (by + 2 < sentence_end && kAuthored.Contains(doc.Norm(doc.tokens[by])) && doc.Norm(doc.tokens[by + 1]) == "by")
    ++by;  // "filed by", "written by"
  if (!OneOf(doc.Norm(doc.tokens[by]), {"by", "from"})) return;
  uint32_t k = by + 1;
  if (doc.Norm(doc.tokens[k]) == "the") ++k;
  // Past the author's role in lower case: "state attorney".
  for (uint32_t role_end = k; role_end < sentence_end && role_end < k + 3; ++role_end) {
    if (doc.tokens[role_end].flags & kTokCapitalized) {
      SourceWordMatch role;
      if (role_end > k && lexicon.MatchAt(doc, role_end - 1, role_end, &role) && IsRole(role.kind)) k = role_end;
      break;
    }
    if (!NounLikeWord(doc, role_end)) break;
  }
  const uint32_t name_end = CapitalizedRunEnd(doc, k, sentence_end, {"of", "for", "and", "&"});
  if (name_end <= k) return;
  SourceMention author = ReadSourceMention(doc, lexicon, name_end - 1, cue_first, cue_end);
  if (author.first_token > by && author.first_token <= k && author.pronoun.empty() && !author.document &&
      (!author.name.empty() || !author.institution.empty()) && author.institution_kind != SourceWord::kPlace)
    *m = std::move(author);
}

// Token k is a name in an apposition of examples: "Several candidates, including Trump,".
bool IsListedExample(const Document& doc, uint32_t k) {
  if (!IsNameToken(doc, k)) return false;
  const uint32_t sentence_first = doc.sentences[doc.tokens[k].sentence].first_token;
  uint32_t i = k;
  while (i > sentence_first && doc.Norm(doc.tokens[i - 1]) != ",") --i;
  return i < k && OneOf(doc.Norm(doc.tokens[i]), {"including", "especially", "notably"});
}

// Whether token k follows ", who|whose|which" in its sentence with no comma between.
bool InsideRelativeClause(const Document& doc, uint32_t sentence_first, uint32_t k) {
  for (uint32_t i = k; i > sentence_first + 1; --i) {
    const std::string_view w = doc.Norm(doc.tokens[i - 1]);
    if (w == ",") return false;
    if (OneOf(w, {"who", "whose", "which"})) return doc.Norm(doc.tokens[i - 2]) == ",";
  }
  return false;
}

// Whether the comma at `open` (the apposition running to `closing` after it) sets off an aside
// a speaker's name is read past: an age ("Carole Bower, 75, a retiree"), a state or place
// alone after a town ("in Carthage, Ill.,"), or a town's state before it ("a Cruz supporter
// from Jackson, Miss., attending the … Convention,"). Not before a relative clause.
bool IsAsideBeforeApposition(const Document& doc, const SourceLexicon& lexicon, uint32_t sentence_first, uint32_t open,
                             uint32_t closing, bool relative, bool name_alone) {
  if (!relative && open >= sentence_first + 2 && doc.Norm(doc.tokens[open - 2]) == "," &&
      (doc.tokens[open - 1].flags & kTokNumber))
    return true;
  SourceWordMatch state;
  if (name_alone && (doc.tokens[open - 1].flags & kTokCapitalized) &&
      ((IsStateAbbreviation(doc.Norm(doc.tokens[open + 1])) && open + 3 >= closing) ||
       (lexicon.MatchAt(doc, open + 1, closing, &state) && state.kind == SourceWord::kPlace &&
        state.first_token + state.token_count == closing)))
    return true;
  const uint32_t before_comma = doc.Norm(doc.tokens[open - 1]) == "." ? open - 2 : open - 1;
  return !relative && before_comma > sentence_first && before_comma < open &&
         IsStateAbbreviation(doc.Norm(doc.tokens[before_comma])) && (doc.tokens[before_comma].flags & kTokCapitalized) &&
         doc.Norm(doc.tokens[before_comma - 1]) == ",";
}

// The opening quotation mark of a scare quote closed at token `close`: one to three words
// quoted (“conservative”); UINT32_MAX when the mark at `close` closes anything else.
uint32_t ScareQuoteOpening(const Document& doc, uint32_t close, uint32_t sentence_first) {
  if (!(doc.tokens[close].flags & kTokCloseQuote)) return UINT32_MAX;
  for (uint32_t j = close; j-- > sentence_first && j + 4 >= close;) {
    if (doc.tokens[j].flags & kTokQuoteMark)
      return (doc.tokens[j].flags & kTokOpenQuote) && j + 1 < close ? j : UINT32_MAX;
    if (!(doc.tokens[j].flags & kTokWord)) return UINT32_MAX;
  }
  return UINT32_MAX;
}

// The subject that opens a sentence or clause is the speaker, not a name inside its apposition:
// "Corey Lewandowski, Trump's campaign manager, said", "Gao Junlan, a lawyer from the province
// of Sichuan, said", "RoseAnn DeMoro, executive director of National Nurses United, a union …,
// said", "John Podesta — Bill Clinton's former chief of staff — offered". A pick inside an
// apposition closed by a comma (or a dash) right before the cue moves to the named mention that
// opens the sentence (after "And"/"But") or follows a comma, and ends at the apposition's comma
// (dash); a place there is no speaker ("At a rally in Portsmouth, N.H., …"). An age, a town's
// state or a list of places set off by commas is passed over, to a name that opens the sentence.
// Kept: an apposition that is a name alone ("Trump's campaign manager, Corey Lewandowski,
// said"), one holding a quotation (not a scare quote: "Marie Collins, by no stretch even a
// “conservative” Catholic, echoed"), a parenthesis or a list (", and"). Other picks are returned
// unchanged.
int NameBeforeApposition(const Document& doc, const SourceLexicon& lexicon, uint32_t head, uint32_t cue_first,
                         uint32_t cue_end) {
  if (cue_first < 3 || head + 1 >= cue_first ||
      (doc.Norm(doc.tokens[cue_first - 1]) != "," && !IsDash(doc, cue_first - 1)))
    return static_cast<int>(head);
  const uint32_t closing = cue_first - 1;
  const bool dashes = IsDash(doc, closing);  // "John Podesta — Bill Clinton's former chief of staff — offered"
  uint32_t pick_end = head + 1;  // the pick opens the apposition itself: "Jeffrey D. Sachs, director of …, noted"
  while (pick_end < cue_first && (IsNameToken(doc, pick_end) || doc.Norm(doc.tokens[pick_end]) == ".")) ++pick_end;
  const uint32_t sentence = doc.tokens[head].sentence;
  if (doc.tokens[cue_first].sentence != sentence) return static_cast<int>(head);
  const uint32_t sentence_first = doc.sentences[sentence].first_token;
  // Unless the pick is in an apposition itself, before a second one: "Mark Holden, chairman of
  // Freedom Partners, the network's funding arm, said".
  if (pick_end < closing && doc.Norm(doc.tokens[pick_end]) == "," &&
      std::none_of(doc.tokens.begin() + sentence_first, doc.tokens.begin() + head,
                   [&](const Token& t) { return doc.Norm(t) == ","; }))
    return static_cast<int>(head);
  bool passed_over = false;  // an age or a town's state set off by commas
  for (uint32_t k = head, commas = 0; k-- > sentence_first + 1 && commas < 3;) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (w == "\"" || w == "“" || w == "”" || w == "''" || w == "``") {
      const uint32_t opening = ScareQuoteOpening(doc, k, sentence_first);
      if (opening == UINT32_MAX) return static_cast<int>(head);
      k = opening;
      continue;
    }
    if (dashes ? !IsDash(doc, k) : w != ",") continue;
    ++commas;
    const uint32_t open = k;
    const std::string_view first_word = doc.Norm(doc.tokens[open + 1]);
    if (first_word == "and" || first_word == "or") return static_cast<int>(head);
    bool name_alone = true, list = false;
    for (uint32_t i = open + 1; i < closing; ++i) {
      const std::string_view x = doc.Norm(doc.tokens[i]);
      name_alone = name_alone && (IsNameToken(doc, i) || x == ".");
      if ((x == "," && i + 1 < closing && OneOf(doc.Norm(doc.tokens[i + 1]), {"and", "or"})) || x == "(") list = true;
    }
    // "The union, which endorsed Hillary Clinton, said": a relative clause stands for any noun before it.
    const bool relative = first_word == "who" || first_word == "which" || first_word == "whose";
    // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": the name ends before its party tag.
    uint32_t name_end = open;
    if (doc.Norm(doc.tokens[open - 1]) == ")")
      for (uint32_t paren = open - 1; paren-- > sentence_first + 1 && paren + 9 > open;)
        if (doc.Norm(doc.tokens[paren]) == "(") {
          if (!PartyOfTagAt(doc, paren).empty()) name_end = paren;
          break;
        }
    // "Sen. Max Baucus, D-Mont., the representative for Senate Democrats, indicated": so does a tag
    // set off by commas; the apposition after it is the name's.
    for (uint32_t comma = open - 1; comma-- > sentence_first + 1 && comma + 5 > open;)
      if (doc.Norm(doc.tokens[comma]) == ",") {
        if (!PartyOfTagAt(doc, comma).empty() && IsNameToken(doc, comma - 1)) name_end = comma;
        break;
      }
    // "Carole Bower, 75, a retiree in Carthage, Ill., supported": an age, or a state after a town,
    // set off by commas is passed over to the name before it, which then opens the sentence or
    // follows a quotation, not a comma ("Dorothy Woods, whose husband, Navy SEAL Ty Woods, was one
    // of four Americans killed in Benghazi, Libya, discussed").
    if (IsAsideBeforeApposition(doc, lexicon, sentence_first, open, closing, relative, name_alone)) {
      passed_over = true;
      continue;
    }
    if (name_alone || list) return static_cast<int>(head);
    // "Marco Rubio, whose hometown, Miami, is projected …, argues": an inner apposition of a
    // relative clause gives way to the clause's comma before it.
    if (!IsNameToken(doc, name_end - 1) && !relative) {
      if (commas == 1 && InsideRelativeClause(doc, sentence_first, open)) continue;
      return static_cast<int>(head);
    }
    SourceMention opener = ReadSourceMention(doc, lexicon, name_end - 1, cue_first, cue_end);
    // "Rep. Lee Zeldin of New York, a Trump supporter, said": the person before "of" and the
    // place, who is read as the place's name ends.
    if (opener.institution_kind == SourceWord::kPlace && opener.first_token >= sentence_first + 2 &&
        doc.Norm(doc.tokens[opener.first_token - 1]) == "of" && IsNameToken(doc, opener.first_token - 2)) {
      SourceMention person = ReadSourceMention(doc, lexicon, opener.first_token - 2, cue_first, cue_end);
      if (!person.name.empty() && person.institution.empty() && person.role_kind == SourceWord::kOfficial) {
        name_end = opener.first_token - 1;
        opener = std::move(person);
      }
    }
    const bool place = opener.institution_kind == SourceWord::kPlace || IsStateAbbreviation(doc.Norm(doc.tokens[open - 1])) ||
                       ((doc.tokens[open - 1].flags & kTokAllCaps) && doc.Norm(doc.tokens[open - 1]).size() > 3);  // "DECATUR, Ill."
    if (place && name_end == open) {  // "serving in Iran, Turkey and France": places, not a speaker
      passed_over = true;
      continue;
    }
    const bool nameless_noun = relative && (opener.document || !opener.role.empty() || opener.anonymous);
    if (opener.end_token != name_end || !opener.pronoun.empty() ||
        (opener.name.empty() && opener.institution.empty() && !nameless_noun))
      continue;
    // "Like Corker, …", "Moreover, …": a preposition of comparison or a sentence adverb opens no subject.
    const std::string_view opening_word = doc.Norm(doc.tokens[opener.first_token]);
    if (IsSentenceAdverb(opening_word) || OneOf(opening_word, {"like", "unlike", "among", "amid", "including", "plus"}))
      return static_cast<int>(head);
    const bool person = !opener.name.empty() && opener.institution.empty() && IsNameToken(doc, opener.first_token);
    // "whether Sanders, who enjoys higher favorable numbers than Clinton, will ever tell": a
    // person opening a subordinate clause, with a relative clause in apposition; "as Tom Ridge, a
    // former secretary of homeland security, put it:", with any apposition after a full name.
    const std::string_view before_opener = opener.first_token > 0 ? doc.Norm(doc.tokens[opener.first_token - 1]) : "";
    const bool opens_subordinate =
        person && ((first_word == "who" && (IsSubordinator(before_opener) || before_opener == "that")) ||
                   (before_opener == "as" && !opener.given.empty()));
    // One word alone is a name the text completes or lists ("Murphy", "CNN"), not "Moreover";
    // before "who" it is a person ("Cruz, who says Trump is attacking him, said").
    if (opener.end_token == opener.first_token + 1 && opener.given.empty() && opener.institution.empty() &&
        !nameless_noun && !(person && first_word == "who"))
      continue;
    uint32_t start = sentence_first;
    if (start < opener.first_token && OneOf(doc.Norm(doc.tokens[start]), {"and", "but", "so", "yet"})) ++start;
    // After a comma, or after a quotation it speaks: "“…,” Steve Rosenthal, a former director …, wrote".
    if (opener.first_token == start || opens_subordinate ||
        (person && OneOf(doc.Norm(doc.tokens[opener.first_token - 1]), {",", "\"", "”", "''", "'"}) &&
         !(passed_over && doc.Norm(doc.tokens[opener.first_token - 1]) == ",")))
      return static_cast<int>(name_end - 1);
  }
  return static_cast<int>(head);
}

// "said James Renacci, a Republican candidate in Ohio's 16th District, who said": a ", who" right
// before the cue after an apposition opened by an article stands for the person named before it.
// *m, the phrase ending in that "who", becomes the "who" read as that name; unchanged otherwise.
void RelativeAfterApposition(const Document& doc, const SourceLexicon& lexicon, uint32_t cue_first, uint32_t cue_end,
                             SourceMention* m) {
  if (cue_first < 3 || m->end_token != cue_first || m->first_token + 2 >= cue_first ||
      doc.Norm(doc.tokens[cue_first - 1]) != "who" || doc.Norm(doc.tokens[cue_first - 2]) != ",")
    return;
  const uint32_t who = cue_first - 1;
  // The apposition: an article after a comma, then no punctuation but "." and "'s" up to ", who".
  const uint32_t reach = std::max<uint32_t>(m->first_token > 12 ? m->first_token - 12 : 0, 1);
  uint32_t open = who - 1;
  while (open > reach) {
    --open;
    const std::string_view w = doc.Norm(doc.tokens[open]);
    if (w == ",") break;
    if (!(doc.tokens[open].flags & kTokWord) && w != "." && w != "'s" && w != "’s") return;
  }
  if (doc.Norm(doc.tokens[open]) != "," || open >= m->first_token || !IsNameToken(doc, open - 1) ||
      !OneOf(doc.Norm(doc.tokens[open + 1]), {"a", "an", "the"}))
    return;
  SourceMention person = ReadSourceMention(doc, lexicon, open - 1, cue_first, cue_end);
  if (person.given.empty() || !person.pronoun.empty()) return;
  person.first_token = who;
  person.end_token = cue_first;
  person.span = {doc.tokens[who].start, doc.tokens[who].end};
  *m = std::move(person);
}

// A mention that can be one of several people speaking together: a person (a name with a
// listed given name, an honorific or a role), a group someone owns ("his team"), or a body
// opening with "the" ("the Kremlin and the Syrian presidency"; a place of two words or more
// after it: "both the United States and Russia", not "both the Democratic and") that is no
// preposition's object ("leaders in the Senate and the House"); never a document, nor a body
// or place named bare, often a verb's object or a list's item ("Mr. Sanders has demonized Wall
// Street and Mr. Trump has", "serving in Iran, Turkey and France").
bool CanSpeakJointly(const Document& doc, const SourceLexicon& lexicon, const SourceMention& m) {
  if (!m.pronoun.empty() || m.document || m.end_token <= m.first_token) return false;
  if (!m.institution.empty())
    return doc.Norm(doc.tokens[m.first_token]) == "the" &&
           (m.institution_kind != SourceWord::kPlace || m.end_token >= m.first_token + 3) &&
           !(m.first_token > 0 && OneOf(doc.Norm(doc.tokens[m.first_token - 1]),
                                        {"of", "in", "at", "from", "for", "with", "by", "to", "on", "about"}));
  if (m.name.empty()) return !m.possessive.empty();
  return !m.role.empty() || MentionGender(doc, lexicon, m) != 0;
}

// "Bill and Hillary Clinton", "David and Jeanne Heidler": a listed given name alone at token
// `given`, right before "and" and the full name of `m`, is the given name of a second person of
// m's surname; *other reads it so (a person, whatever the word lists make of "Bill").
bool SharesSurname(const Document& doc, const SourceLexicon& lexicon, uint32_t given, const SourceMention& m,
                   SourceMention* other) {
  const Token& word = doc.tokens[given];
  if (!(word.flags & kTokCapitalized) || (word.flags & kTokAllCaps) || m.given.empty() || m.surname.empty() ||
      m.first_token != given + 2 || doc.Norm(doc.tokens[given + 1]) != "and" || !IsNameToken(doc, m.first_token) ||
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(doc.tokens[m.first_token]))) == 0 ||
      lexicon.GivenNameGender(FoldLatinLetters(doc.Norm(word))) == 0)
    return false;
  // The given name alone: not the end of a longer name ("Mr. Bill", "Hillary Rodham"), nor a
  // surname ("Graham and John McCain": a listed politician's, or one the text writes after a name,
  // "Lindsey Graham").
  if (given > 0 && doc.tokens[given - 1].sentence == word.sentence &&
      (IsNameToken(doc, given - 1) || doc.Norm(doc.tokens[given - 1]) == "."))
    return false;
  const std::string_view first_name = doc.Norm(word);
  if (lexicon.IsListedPoliticianSurname(first_name)) return false;
  for (uint32_t i = 1; i < doc.tokens.size(); ++i)
    if (doc.Norm(doc.tokens[i]) == first_name && doc.tokens[i - 1].sentence == doc.tokens[i].sentence &&
        IsNameToken(doc, i - 1))
      return false;
  const size_t space = m.name.rfind(' ');
  if (space == std::string::npos) return false;
  *other = SourceMention();
  other->span = {word.start, word.end};
  other->first_token = given;
  other->end_token = given + 1;
  other->text = std::string(doc.text.substr(word.start, word.end - word.start));
  other->name = other->text + m.name.substr(space);
  other->surname = m.surname;
  other->given = FoldLatinLetters(doc.Norm(word));
  other->described = other->text;
  other->key = std::string(doc.Norm(word));
  return true;
}

// "Nancy Pelosi and Chuck Schumer said", "Ben Carson, Ted Cruz and Rand Paul have attacked",
// "said Mr. Sanders and his wife": the other speakers of a joint subject, joined to the
// mention `m` by "and" (and commas before it), read outside the cue [cue_first, cue_end) and
// completed. Empty unless `m` and each of them CanSpeakJointly.
std::vector<SourceMention> JointSpeakers(const Document& doc, const SourceLexicon& lexicon, MentionCompleter* completer,
                                         const SourceMention& m, uint32_t cue_first, uint32_t cue_end) {
  std::vector<SourceMention> out;
  if (!CanSpeakJointly(doc, lexicon, m)) return out;
  const uint32_t sentence = doc.tokens[m.first_token].sentence;
  auto read = [&](uint32_t head, uint32_t first, uint32_t end, SourceMention* other) {
    if (head >= doc.tokens.size() || doc.tokens[head].sentence != sentence || (head >= cue_first && head < cue_end))
      return false;
    *other = ReadSourceMention(doc, lexicon, head, cue_first, cue_end);
    if (other->first_token != first && first != UINT32_MAX) return false;
    if (other->end_token != end && end != UINT32_MAX) return false;
    completer->Complete(other);
    return CanSpeakJointly(doc, lexicon, *other);
  };
  // Before it: "X and <m>", "X, Y and <m>", "X, Y, and <m>" (", and" alone joins clauses:
  // "… with Lewandowski, and Trump refused").
  uint32_t k = m.first_token;
  bool serial_comma = false;
  for (int items = 0; items < 4 && k >= 2; ++items) {
    const std::string_view separator = doc.Norm(doc.tokens[k - 1]);
    uint32_t end = k - 1;
    if (items == 0) {
      if (separator != "and") break;
      if (doc.Norm(doc.tokens[end - 1]) == ",") { --end; serial_comma = true; }
    } else if (separator != ",") {
      break;
    }
    if (end == 0) break;
    SourceMention other;
    if (items == 0 && !serial_comma && SharesSurname(doc, lexicon, end - 1, m, &other)) {
      k = other.first_token;
      out.push_back(std::move(other));
      continue;
    }
    if (!read(end - 1, UINT32_MAX, end, &other)) break;
    k = other.first_token;
    out.push_back(std::move(other));
  }
  if (serial_comma && out.size() < 2) out.clear();
  // After it: "<m> and Y".
  if (out.empty() && m.end_token + 1 < doc.tokens.size() && doc.Norm(doc.tokens[m.end_token]) == "and") {
    auto word_at = [&](uint32_t t) {  // a word of the phrase after "and", outside the cue
      return t < doc.tokens.size() && doc.tokens[t].sentence == sentence && !(t >= cue_first && t < cue_end) &&
             (doc.tokens[t].flags & kTokWord) && doc.Norm(doc.tokens[t]) != "and";
    };
    // The phrase's last word, its name or noun: words and the periods of "Sen." between them.
    uint32_t head = m.end_token + 1;
    while (head < m.end_token + 5) {
      if (word_at(head + 1)) ++head;
      else if (head + 2 < doc.tokens.size() && doc.Norm(doc.tokens[head + 1]) == "." && word_at(head + 2)) head += 2;
      else break;
    }
    SourceMention other;
    if (word_at(head) && read(head, m.end_token + 1, UINT32_MAX, &other)) out.push_back(std::move(other));
  }
  return out;
}

// The conjunction at `joint` joins a verb in the past to the predicate of the clause opening at
// `opens`: no relative pronoun between ("a process that began in May and concluded"), not after
// a participle of "be" ("should be called and called now"), nor between adjectives ("his public
// and repeated repudiations").
bool PastVerbJoinsClause(const Document& doc, uint32_t opens, uint32_t joint) {
  if (joint < opens + 2) return false;
  for (uint32_t k = opens; k < joint; ++k)
    if (IsRelativePronoun(doc.Norm(doc.tokens[k])) || doc.Norm(doc.tokens[k]) == "that") return false;
  const std::string_view before = doc.Norm(doc.tokens[joint - 1]), before2 = doc.Norm(doc.tokens[joint - 2]);
  if (IsFormOfBe(before2) && (EndsAfterStem(before, "ed", 3) || IsIrregularParticiple(before))) return false;
  return !(doc.tokens[joint - 1].flags & kTokWord) || (doc.tokens[joint - 1].flags & kTokCapitalized) ||
         !(IsPossessivePronoun(before2) || OneOf(before2, {"the", "a", "an", "its", "their"}));
}

// "Protest groups say …, and the American Civil Liberties Union of Ohio has already sued the city,
// saying": the subject after the last ", and" or ", but" in [opens, joint) that a finite verb
// follows within twelve words opens the participle's clause; else `opens`. Without the comma
// ("prosecutors charged the officer and Emanuel fired his police chief, acknowledging"), only a
// verb in the past or an auxiliary counts, not a word in "-s" that may be a plural noun.
uint32_t SubjectAfterCoordinator(const Document& doc, uint32_t opens, uint32_t joint) {
  if (opens == UINT32_MAX) return opens;
  for (uint32_t k = joint; k-- > opens + 1;) {
    if (!OneOf(doc.Norm(doc.tokens[k]), {"and", "but"})) continue;
    const bool comma = doc.Norm(doc.tokens[k - 1]) == ",";
    const uint32_t subject = k + 1;
    uint32_t verb = UINT32_MAX;
    if (subject < joint && (IsNameToken(doc, subject) || OneOf(doc.Norm(doc.tokens[subject]), {"the", "a", "an"}))) {
      for (uint32_t v = subject + 1; v < joint && v < subject + 12 && verb == UINT32_MAX; ++v) {
        if (!(doc.tokens[v].flags & kTokWord)) break;
        if (IsVerbNotAfterArticle(doc, v) && !IsNameToken(doc, v)) verb = v;
      }
    }
    auto past = [&](uint32_t v) {
      const std::string_view w = doc.Norm(doc.tokens[v]);
      const bool hyphenated = w.find('-') != std::string_view::npos || (v > 0 && IsDash(doc, v - 1));  // "N.C.-based"
      return IsFiniteVerbLike(doc, v) && !IsNameToken(doc, v) && !hyphenated &&
             (EndsAfterStem(w, "ed", 2) || IsIrregularParticiple(w) || IsBeOrHave(w) || IsModal(w) ||
              OneOf(w, {"said", "told", "made", "took", "gave", "went", "sent", "led", "met"}));
    };
    if (comma) return verb != UINT32_MAX ? subject : opens;
    // Without the comma, a clause's verb in the past stands before "and" too: not two subjects of
    // one verb ("Defense Distributed and SAF filed suit", "Raleigh, N.C.-based Salix … and the
    // Italian firm Cosmo Pharmaceuticals terminated").
    bool verb_before = false;
    for (uint32_t v = opens; v < k && !verb_before; ++v) verb_before = past(v);
    if (verb != UINT32_MAX && verb_before && past(verb)) return subject;
  }
  return opens;
}

// A participle after what an earlier cue says up to its comma is that cue's, whatever clause the
// saying holds ("a top GOP strategist said Clinton will have to choose whose side she's on,
// saying"): the earlier draft's content runs from after its cue up to `joint` and is a clause, a
// finite verb before any relative pronoun or subordinator in it; its subject is no relative pronoun.
bool SaysClauseUpTo(const Document& doc, const Draft& earlier, uint32_t joint) {
  const Range& content = earlier.a.content;
  if (!earlier.has_mention || content.empty() || content.start < earlier.a.cue.end ||
      TokenAtByte(doc, content.end) != joint || IsRelativePronoun(doc.Norm(doc.tokens[earlier.mention.end_token - 1])))
    return false;
  for (uint32_t k = TokenAtByte(doc, content.start); k < joint; ++k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if ((IsRelativePronoun(w) && w != "that") || IsSubordinator(w) || w == "where") return false;
    if (IsFiniteVerbLike(doc, k)) return true;
  }
  return false;
}

// An auxiliary or adverb right before the cue is never the source ("parliament has | estimated",
// "she has repeatedly | asked"): the ranker's pick moves left over them to the subject, within
// the sentence. Other picks are returned unchanged.
int SubjectOfAuxiliary(const Document& doc, uint32_t head, uint32_t cue_first) {
  static const WordSet kAuxiliaries = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can",
                                       "could", "may", "might", "should", "must", "did", "does", "do", "also",
                                       "then", "now", "still", "not", "n't", "never", "again", "already"};
  auto skippable = [&](uint32_t k) { return IsLowercaseLyAdverb(doc, k) || kAuxiliaries.Contains(doc.Norm(doc.tokens[k])); };
  if (head >= cue_first || !skippable(head)) return static_cast<int>(head);
  for (uint32_t k = head + 1; k < cue_first; ++k)
    if (!skippable(k)) return static_cast<int>(head);  // not in the run just before the cue
  uint32_t k = head;
  while (k > 0 && skippable(k) && doc.tokens[k - 1].sentence == doc.tokens[head].sentence) --k;
  if (skippable(k) || (doc.tokens[k].flags & kTokPunct)) return static_cast<int>(head);
  return static_cast<int>(k);
}

// "Marc Andreessen, who backed Mr. Romney in 2012, said", "Trump - who previously said … -
// said": after the comma or dash that closes a relative clause set off by a comma or a dash,
// the cue at `cue_first` (not "according to") is the subject's whose cue in that clause ended its
// phrase with ", who". *subject: that phrase without its ", who"; false when there is none.
bool SubjectAfterRelativeClause(const Document& doc, const std::vector<Draft>& drafts, uint32_t cue_first,
                                SourceMention* subject) {
  if (cue_first < 2 || doc.Norm(doc.tokens[cue_first]) == "according" ||
      (doc.Norm(doc.tokens[cue_first - 1]) != "," && !IsDash(doc, cue_first - 1)))
    return false;
  const uint32_t sentence = doc.tokens[cue_first].sentence;
  for (size_t k = drafts.size(); k-- > 0;) {
    const Draft& earlier = drafts[k];
    if (!earlier.has_mention || earlier.relay || earlier.mention.end_token < 2) continue;
    const uint32_t who = earlier.mention.end_token - 1;
    if (doc.tokens[who].sentence != sentence) return false;
    if (who >= cue_first || doc.Norm(doc.tokens[who]) != "who" ||
        (doc.Norm(doc.tokens[who - 1]) != "," && !IsDash(doc, who - 1)))
      continue;
    uint32_t close = who + 1;
    while (close < cue_first && doc.Norm(doc.tokens[close]) != "," && !IsDash(doc, close)) ++close;
    if (close != cue_first - 1) continue;
    *subject = earlier.mention;
    uint32_t end = who;
    while (end > subject->first_token + 1 && (doc.Norm(doc.tokens[end - 1]) == "," || IsDash(doc, end - 1))) --end;
    subject->end_token = end;
    subject->span.end = doc.tokens[end - 1].end;
    return true;
  }
  return false;
}

}  // namespace

AttributionDetector::AttributionDetector() : impl_(new Impl) {}
AttributionDetector::~AttributionDetector() = default;

std::unique_ptr<AttributionDetector> AttributionDetector::Create(const AssetSet& assets, std::string* error) {
  std::unique_ptr<AttributionDetector> d(new AttributionDetector());
  const std::string* model = assets.Find("models/attribution.json");
  if (!model) { *error = "models/attribution.json is missing"; return nullptr; }
  if (!d->impl_->model.Parse(*model, error)) return nullptr;
  const Lexicon* cue_words = assets.FindLexicon("cue_words");
  if (!cue_words) { *error = "lexicons/cue_words.json is missing"; return nullptr; }
  d->impl_->cue_words.Build(*cue_words);
  const Lexicon* types = assets.FindLexicon("source_types");
  if (!types) { *error = "lexicons/source_types.json is missing"; return nullptr; }
  if (!d->impl_->source_words.Build(*types, error)) { *error = "lexicons/source_types.json: " + *error; return nullptr; }
  const Lexicon* genders = assets.FindLexicon("gender");
  if (!genders) { *error = "lexicons/gender.json is missing"; return nullptr; }
  if (!d->impl_->source_words.BuildGenders(*genders, error)) { *error = "lexicons/gender.json: " + *error; return nullptr; }
  const Lexicon* verbs = assets.FindLexicon("attribution");
  if (!verbs) { *error = "lexicons/attribution.json is missing"; return nullptr; }
  d->impl_->verbs.AddLexicon(*verbs);
  d->impl_->verbs.Build();
  for (const LexiconEntry& e : verbs->entries)
    d->impl_->source_follows.push_back(e.note.rfind("prep:source follows", 0) == 0);
  return d;
}

void AttributionDetector::Run(const Document& doc, const ScoreOptions&, Report* report) const {
  const Impl& im = *impl_;
  const AttributionFeatures features(doc, im.cue_words);
  const QuotationIndex quotes(doc);
  std::vector<Draft> drafts;

  // 1–4: model cues, their verbs, sources and content.
  const std::vector<TokenRun> runs = im.model.TagCues(features, [&](uint32_t i) {
    return (doc.tokens[i].flags & kTokBoilerplate) != 0;
  });
  drafts.reserve(2 * runs.size() + 8);  // most cues make one draft; relays, quotations and credits add some
  std::vector<char> cue_opens(doc.tokens.size(), 0);  // token k opens a cue run
  for (const TokenRun& run : runs) cue_opens[run.first] = 1;
  for (TokenRun run : runs) {
    if (IsExampleSay(doc, run) || IsNounSay(doc, run) || IsNounShow(doc, run) || IsSetPhraseSaid(doc, run) ||
        IsNamingParticiple(doc, run) || IsGivenNameSaid(doc, run))
      continue;
    // "The most telling promise", "The telling details": "telling" after an article or a word of
    // degree describes; the run is what follows it.
    if (doc.Norm(doc.tokens[run.first]) == "telling" && run.first > 0 &&
        OneOf(doc.Norm(doc.tokens[run.first - 1]), {"a", "an", "the", "most", "more", "very", "less", "so", "too",
                                                     "quite", "particularly", "especially", "equally", "how"})) {
      if (run.last == run.first) continue;
      ++run.first;
    }
    // "quoted by Reuters said" tagged as one run: the relay is found from the cue after it.
    if (IsRelayAt(doc, run.first) && run.last > run.first + 1) {
      uint32_t k = run.first + 2;
      while (k <= run.last && IsNameToken(doc, k)) ++k;
      if (k <= run.last) run.first = k;
    }
    // "quoted by Reuters" is handled as the relay of the cue that follows it.
    if (IsRelayAt(doc, run.first)) {
      bool later_cue = false;
      for (const TokenRun& other : runs)
        if (other.first > run.last && doc.tokens[other.first].sentence == doc.tokens[run.first].sentence) later_cue = true;
      if (later_cue) continue;
    }
    // "Syria's opposition cautiously welcomed" tagged as one run: a source word that opens a
    // longer run is who speaks, not part of the cue (unless it is a cue word too: "reports").
    int speaker_in_run = -1;
    SourceWordMatch opening;
    PhraseMatch opening_verb[1];
    // So is a plural for people that is a verb too, before a reporting verb ("advocates estimate").
    if (run.last > run.first && im.source_words.MatchAt(doc, run.first, run.last, &opening) &&
        IsSpeakerWord(opening.kind) && im.verbs.MatchAt(doc, run.first, opening_verb, 1) == 0) {
      speaker_in_run = static_cast<int>(run.first);
      run.first += opening.token_count;
    } else if (run.last > run.first && PeopleWordAt(doc, im.source_words, run.first) &&
               !(doc.tokens[run.first].flags & kTokCapitalized) &&
               im.verbs.MatchAt(doc, run.first + 1, opening_verb, 1) != 0) {
      speaker_in_run = static_cast<int>(run.first);
      run.first += 1;
    }
    // "A source familiar with his thinking said" tagged "thinking said": an -ing word after a
    // possessive or an article is a noun of the source's phrase; the cue starts at the reporting
    // verb after it.
    // The first reporting verb of the run past its opening word, before a token `stop` accepts;
    // the run's first token when there is none.
    auto verb_after_opening = [&](auto&& stop) {
      for (uint32_t k = run.first + 1; k <= run.last && !stop(k); ++k) {
        PhraseMatch verb[1];
        if (im.verbs.MatchAt(doc, k, verb, 1) != 0) return k;
      }
      return run.first;
    };
    if (run.last > run.first && run.first > 0 && IsIngForm(doc.Norm(doc.tokens[run.first])) &&
        OneOf(doc.Norm(doc.tokens[run.first - 1]), {"his", "her", "their", "its", "my", "our", "your", "the"}))
      run.first = verb_after_opening([](uint32_t) { return false; });
    // "Media reports have suggested", "a UK Daily Mail report said", "FEC reports show": a plural or
    // a noun of what is said after a name, an article or a possessive, with a reporting verb after
    // it in the run, is the source's noun; the cue starts at that verb.
    if (run.last > run.first && run.first > 0 &&
        OneOf(doc.Norm(doc.tokens[run.first]), {"report", "reports", "claims", "remarks", "statements", "comments",
                                                "estimates", "polls", "accounts", "findings", "records"}) &&
        doc.tokens[run.first - 1].sentence == doc.tokens[run.first].sentence &&
        (IsNameToken(doc, run.first - 1) || (doc.tokens[run.first - 1].flags & kTokAllCaps) ||
         OneOf(doc.Norm(doc.tokens[run.first - 1]), {"his", "her", "their", "its", "the", "a", "news", "media",
                                                      "press", "new", "recent", "earlier", "initial", "local", "some",
                                                      "several", "many", "other", "multiple", "numerous", "these",
                                                      "those", "previous", "conflicting", "published"})))
      run.first = verb_after_opening([&](uint32_t k) {  // not past punctuation or "as": "claims as inaccurate"
        return (doc.tokens[k].flags & kTokPunct) || doc.Norm(doc.tokens[k]) == "as";
      });
    // "Opposition to the Common Core", "Trump's opposition to trade deals" with "to" alone tagged:
    // the noun before it is the cue's, not who speaks.
    if (run.first == run.last && run.first > 0 && doc.Norm(doc.tokens[run.first]) == "to" &&
        doc.tokens[run.first - 1].sentence == doc.tokens[run.first].sentence &&
        OneOf(doc.Norm(doc.tokens[run.first - 1]), {"opposition", "objection", "objections", "resistance"})) {
      --run.first;
      if (run.first > 1 && IsPossessiveEnding(doc, run.first - 1)) {  // "'s opposition to": the owner speaks
        --run.first;
        if (IsNameToken(doc, run.first - 1))
          speaker_in_run = static_cast<int>(run.first - 1);
      }
    }
    Draft d;
    uint32_t cue_end = run.last + 1;
    d.a.cue = {doc.tokens[run.first].start, doc.tokens[run.last].end};
    // Verb and stance: the first lexicon cue inside the run.
    d.a.verb = NormText(doc, run.first, cue_end);
    d.a.stance = "other";
    for (uint32_t k = run.first; k < cue_end; ++k) {
      PhraseMatch m[4];
      const size_t n = im.verbs.MatchAt(doc, k, m, 4);
      if (n > 0) {
        d.a.verb = NormText(doc, k, std::min<uint32_t>(k + m[0].token_count, static_cast<uint32_t>(doc.tokens.size())));
        d.a.stance = im.verbs.entry(m[0].entry).category;
        break;
      }
    }
    if (d.a.verb == "-") {  // a dash alone signs a quotation, as in pass 5b
      d.a.verb = "signed";
      d.a.stance = "neutral";
    }
    std::vector<int> ranked;  // the ranker's candidates, best first
    if (speaker_in_run >= 0) ranked.push_back(speaker_in_run);
    else if (!IsImperativeCue(doc, run)) im.model.RankSources(features, run, &ranked);
    // "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’", "CNN President On Trump: ‘…’":
    // a headline's colon after a name and a headline verb or "On" quotes the name's bearer, not
    // the verb's object or the topic.
    if (speaker_in_run < 0 && run.first == run.last && doc.Norm(doc.tokens[run.first]) == ":") {
      const Sentence& s = doc.sentences[doc.tokens[run.first].sentence];
      uint32_t k = s.first_token;
      while (s.headline && k < run.first && (IsNameToken(doc, k) || doc.Norm(doc.tokens[k]) == ".")) ++k;
      if (k > s.first_token && k < run.first &&
          (IsHeadlineVerb(doc.Norm(doc.tokens[k])) || doc.Norm(doc.tokens[k]) == "on"))
        ranked.insert(ranked.begin(), static_cast<int>(k - 1));
    }
    // "reports BBC": names the tagger swept into the end of the cue are its source (only after
    // "report…": in "told Fox News" the outlet is the audience, not the source).
    int reported_outlet = -1;
    const bool reports = doc.Norm(doc.tokens[run.first]).substr(0, 6) == "report";
    uint32_t last = run.last;
    while (last > run.first && IsNameToken(doc, last)) --last;
    if (reports && last < run.last && !IsNameToken(doc, run.first)) {
      reported_outlet = static_cast<int>(last + 1);
      cue_end = last + 1;
      d.a.cue.end = doc.tokens[last].end;
    }
    // "…, per CTV News": the name after a "per" alone is the source.
    if (run.first == run.last && doc.Norm(doc.tokens[run.first]) == "per" && cue_end < doc.tokens.size() &&
        doc.tokens[cue_end].sentence == doc.tokens[run.first].sentence && IsNameToken(doc, cue_end))
      reported_outlet = static_cast<int>(cue_end);
    // "…, reports the Daily Mail": an outlet right after the cue is the source.
    for (uint32_t k = cue_end; reports && k < cue_end + 2 && k < doc.tokens.size(); ++k) {
      if (doc.tokens[k].sentence != doc.tokens[run.first].sentence) break;
      SourceWordMatch match;
      if (im.source_words.MatchAt(doc, k, static_cast<uint32_t>(doc.tokens.size()), &match) &&
          match.kind == SourceWord::kOutlet) {
        reported_outlet = static_cast<int>(k);
        break;
      }
      if (doc.Norm(doc.tokens[k]) != "the") break;
    }
    // "Deal said other students told her daughter …", "Trump said Fox executives were calling": a
    // cue in the clause an earlier cue of its sentence reports, right after that cue (and "that"),
    // speaks with the phrase before it (past auxiliaries, "not" and adverbs), a candidate of the
    // ranker's, not with the earlier cue's source before it.
    if (speaker_in_run < 0 && reported_outlet < 0 && ranked.size() >= 2 && (doc.tokens[run.first].flags & kTokWord) &&
        !drafts.empty() && !drafts.back().a.cue.empty() && drafts.back().a.cue.end <= d.a.cue.start) {
      const uint32_t earlier_first = TokenAtByte(doc, drafts.back().a.cue.start);
      const uint32_t earlier_end = TokenAtByte(doc, drafts.back().a.cue.end);
      uint32_t subject_end = run.first;
      while (subject_end > earlier_end + 1 && subject_end + 4 > run.first) {
        const std::string_view w = doc.Norm(doc.tokens[subject_end - 1]);
        if (!(IsBeOrHave(w) || IsModal(w) || w == "not" || w == "also" || IsLowercaseLyAdverb(doc, subject_end - 1)))
          break;
        --subject_end;
      }
      const bool same_sentence = doc.tokens[earlier_first].sentence == doc.tokens[run.first].sentence;
      if (same_sentence && ranked[0] >= 0 && static_cast<uint32_t>(ranked[0]) < earlier_first) {
        for (size_t r = 1; r < ranked.size(); ++r) {
          const int c = ranked[r];
          if (c < static_cast<int>(earlier_end) || c >= static_cast<int>(subject_end)) continue;
          const SourceMention m = ReadSourceMention(doc, im.source_words, static_cast<uint32_t>(c), run.first, cue_end);
          uint32_t k = earlier_end;
          if (k < m.first_token && doc.Norm(doc.tokens[k]) == "that") ++k;
          if (m.end_token != subject_end || k != m.first_token || !m.pronoun.empty()) continue;
          ranked.erase(ranked.begin() + static_cast<std::ptrdiff_t>(r));
          ranked.insert(ranked.begin(), c);
          break;
        }
      }
    }
    // "Alarmed by the unrest in Nevada, Senator Harry Reid … said": a participle of feeling opening
    // the sentence is the feeling of the main clause's subject, after the comma that closes it.
    uint32_t feeling_subject = UINT32_MAX;
    if (run.first == doc.sentences[doc.tokens[run.first].sentence].first_token &&
        IsFeelingBeforeBy(doc, run.first, cue_end)) {
      const uint32_t sentence_end = doc.sentences[doc.tokens[run.first].sentence].end_token;
      for (uint32_t k = cue_end; k + 1 < sentence_end && k < cue_end + 20; ++k)
        if (doc.Norm(doc.tokens[k]) == "," && quotes.Inside(k) < 0) {
          feeling_subject = k + 1;
          break;
        }
    }
    const uint32_t passive_agent = PassiveAgentStart(doc, run.first, cue_end);  // "was criticized by libertarians"
    // A passive's subject speaks no more when its agent follows ("the ones put forth by the defeated
    // “Remain” campaign") than when it has none ("Mr. Trump was pressed on").
    // "from publicly disclosed information", "the newly released documents": a cue of one past
    // participle after an "-ly" adverb, after a preposition or an article, before a lower-case noun
    // qualifies the noun; no one speaks.
    const std::string_view participle = doc.Norm(doc.tokens[run.last]);
    const bool adjectival = run.first + 1 == cue_end && run.first >= 2 && cue_end < doc.tokens.size() &&
                            EndsAfterStem(participle, "ed", 3) && IsLowercaseLyAdverb(doc, run.first - 1) &&
                            (IsPreposition(doc.Norm(doc.tokens[run.first - 2])) ||
                             OneOf(doc.Norm(doc.tokens[run.first - 2]), {"the", "a", "an"})) &&
                            NounLikeWord(doc, cue_end) && !(doc.tokens[cue_end].flags & kTokCapitalized);
    const bool subject_silent =
        adjectival || passive_agent != UINT32_MAX || IsCueAboutItsSubject(doc, run.first, cue_end);
    uint32_t src_first = 0, src_end = 0;
    bool speechless = false;
    bool postposed = false;  // a speaker phrase after the cue ends its sentence
    SourceMention apposed_role;  // "said a former spokesman for the ministry, Oleg Voloshyn": the name's role
    // A verb joined by "and"/"but", or a participle after a comma (", adding"), speaks with the
    // subject of an earlier cue of its clause: the first such cue after "and"/"but" ("Lazar said
    // he welcomed extradition and added"), the nearest before a participle ("he said, adding").
    // Without one, the ranker's candidate whose phrase opens the clause is the subject of the
    // verb after "and"/"but" ("She brought Old Hollywood glamour … and defended it"); a
    // candidate whose phrase follows an opening participle's adverbial is the participle's
    // ("After talking about security, Mr. Netanyahu suggested").
    const SourceMention* joined = nullptr;
    SourceMention relative_subject;
    if (speaker_in_run < 0 && reported_outlet < 0) {
      const uint32_t conjunction = ConjunctionBeforeCue(doc, run.first);
      uint32_t participle_comma = UINT32_MAX;
      bool participle = conjunction == UINT32_MAX && IsParticipleAfterComma(doc, run.first, false, &participle_comma);
      // "Obama responded to a Gold Star mother by saying": an "-ing" cue after "by" is the means of the
      // verb before it; when that verb is the cue of the last draft, with no punctuation, "that",
      // subordinator or other verb between, it speaks with that cue's subject ("by" is the joint).
      if (!participle && conjunction == UINT32_MAX && run.first > 1 && doc.Norm(doc.tokens[run.first - 1]) == "by" &&
          IsIngForm(doc.Norm(doc.tokens[run.first])) && !(doc.tokens[run.first].flags & kTokCapitalized) &&
          !drafts.empty() && drafts.back().has_mention && !drafts.back().relay) {
        const uint32_t by = run.first - 1;
        const uint32_t earlier_end = TokenAtByte(doc, drafts.back().a.cue.end - 1) + 1;
        bool governs = earlier_end <= by && doc.tokens[earlier_end - 1].sentence == doc.tokens[by].sentence &&
                       (doc.tokens[earlier_end - 1].flags & kTokWord) &&
                       doc.Norm(doc.tokens[by - 1]) != "that";  // a cue may end in its "that"
        for (uint32_t k = earlier_end; governs && k < by; ++k) {
          const std::string_view w = doc.Norm(doc.tokens[k]);
          governs = (doc.tokens[k].flags & kTokWord) && w != "that" && !IsSubordinator(w) &&
                    !IsRelativePronoun(w) && !IsFiniteVerbLike(doc, k);
        }
        if (governs) {
          participle = true;
          participle_comma = by;
        }
      }
      // "defended Bernie Sanders as a mainstream candidate, mocked the Republican Party": a finite
      // verb after a comma that lists it with an earlier cue of its clause shares that cue's subject.
      // Not a participle of "be" nor one before "as" ("his staff shake-up, viewed as a sign").
      const bool listed_verb = conjunction == UINT32_MAX && !participle && run.first > 1 &&
                               doc.Norm(doc.tokens[run.first - 1]) == "," && IsFiniteVerbLike(doc, run.first) &&
                               passive_agent == UINT32_MAX && !OpensWithPassiveOfAct(doc, run.first, cue_end) &&
                               !OneOf(doc.Norm(doc.tokens[cue_end - 1]), {"as", "by"}) &&
                               !(cue_end < doc.tokens.size() && OneOf(doc.Norm(doc.tokens[cue_end]), {"as", "by"}));
      const uint32_t joint = participle ? participle_comma : listed_verb ? run.first - 1 : conjunction;
      if ((joint == UINT32_MAX || listed_verb) && SubjectAfterRelativeClause(doc, drafts, run.first, &relative_subject))
        joined = &relative_subject;
      if (joint != UINT32_MAX && !joined) {
        const uint32_t clause_first = participle ? SubjectAfterCoordinator(doc, ClauseStart(doc, joint), joint)
                                                 : ClauseStart(doc, joint);
        const uint32_t opening_comma = OpeningSubordinateClauseEnd(doc, joint);
        for (size_t k = drafts.size(); k-- > 0;) {
          const Draft& earlier = drafts[k];
          const uint32_t at = TokenAtByte(doc, earlier.a.cue.start);
          if (at < clause_first) break;
          if (earlier.relay || !earlier.has_mention || at >= joint ||
              (!(participle && SaysClauseUpTo(doc, earlier, joint)) && SubordinateClauseOpen(doc, at, joint)))
            continue;
          // "While most of his competitors called for …, Trump hewed …, noting": not a cue of the
          // opening clause whose source is in it too.
          if (opening_comma != UINT32_MAX && at < opening_comma && earlier.mention.first_token < opening_comma) continue;
          // A listed verb's earlier cue is a verb of the main clause with its object before the comma
          // and no comma between ("Bob, they said, ordered"; "Podesta, who said …, said"; "alleging
          // that President Obama wanted to admit 250,000 Syrians, said").
          if (listed_verb) {
            const uint32_t earlier_end = TokenAtByte(doc, earlier.a.cue.end - 1) + 1;
            const uint32_t subject = earlier.mention.first_token;
            const bool relative = earlier.mention.end_token > 0 &&
                                  IsRelativePronoun(doc.Norm(doc.tokens[earlier.mention.end_token - 1]));
            const bool complement = subject > 0 && (doc.Norm(doc.tokens[subject - 1]) == "that" ||
                                                    IsSubordinator(doc.Norm(doc.tokens[subject - 1])));
            bool comma_between = false;
            for (uint32_t k = at + 1; k < joint; ++k) comma_between = comma_between || doc.Norm(doc.tokens[k]) == ",";
            if (!IsFiniteVerbLike(doc, at) || earlier_end >= joint || subject >= at || comma_between || relative ||
                complement)
              continue;
          }
          // "Rabbis called for a boycott, and the League denounced it and said": a later cue whose
          // subject follows a comma and "and"/"but" after this cue keeps it.
          bool clause_between = false;
          for (uint32_t k = at + 2; joined && k < joined->first_token && !clause_between; ++k)
            clause_between = OneOf(doc.Norm(doc.tokens[k]), {"and", "but"}) && doc.Norm(doc.tokens[k - 1]) == ",";
          if (clause_between) break;
          joined = &earlier.mention;
          // "with Donald Trump tweeting … and asking": a participle after "and" is the nearest
          // participle's.
          if (participle || listed_verb ||
              (IsIngForm(doc.Norm(doc.tokens[run.first])) && IsIngForm(doc.Norm(doc.tokens[at]))))
            break;
        }
      }
      // The candidate (the ranker's best 8 first, then any) whose phrase starts at `opens`,
      // within [opens, limit), goes first.
      auto prefer_phrase_at = [&](uint32_t opens, uint32_t limit, bool any, bool any_word = false) {
        std::vector<int> pool(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(std::min<size_t>(8, ranked.size())));
        if (any) {
          std::vector<int> all;
          features.SourceCandidates(run.first, run.last, &all);
          pool.insert(pool.end(), all.begin(), all.end());
        }
        // The phrase opens with a name, a pronoun, an article or a source word ("the man", "Mr.
        // Rubio", "she"), not with "which" or a verb; with `any_word`, with any word or a number.
        const std::string_view first_word = doc.Norm(doc.tokens[opens]);
        SourceWordMatch opening_word;
        const bool word = (doc.tokens[opens].flags & kTokWord) || IsNumberAt(doc, opens);
        if (!(any_word && word) && !IsNameToken(doc, opens) && !IsPersonalPronoun(first_word) &&
            !OneOf(first_word, {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "some", "many"}) &&
            !im.source_words.MatchAt(doc, opens, limit, &opening_word))
          return;
        // The first candidate whose phrase opens there; past a possessive ending it, the one whose
        // phrase takes in what it owns ("the former vice president's spokeswoman").
        int best = -1;
        uint32_t best_end = 0;
        for (size_t i = 0; i < pool.size(); ++i) {
          const int head = pool[i];
          if (head < static_cast<int>(opens) || head >= static_cast<int>(limit)) continue;
          if (std::find(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(i), head) != pool.begin() + static_cast<std::ptrdiff_t>(i))
            continue;  // read already: a ranked candidate is in the window's candidates too
          const SourceMention phrase = ReadSourceMention(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
          if (phrase.first_token != opens ||
              (any_word && (phrase.end_token <= phrase.first_token || CutShort(doc, phrase))) ||
              (best >= 0 && (phrase.end_token <= best_end ||
                             IsPossessivePronoun(doc.Norm(doc.tokens[phrase.end_token - 1])))))
            continue;  // not "some of his" for "some"
          best = head;
          best_end = phrase.end_token;
          // Else look on for the phrase that owns it, or that takes in its "of" ("the global head
          // of the Roman Catholic Church").
          const bool of_after = best_end < doc.tokens.size() && doc.Norm(doc.tokens[best_end]) == "of";
          if (!IsPossessiveEnding(doc, best_end) && !of_after) break;
        }
        if (best >= 0) ranked.insert(ranked.begin(), best);
      };
      // "Scott beamed and asked the crowd": when the ranker gives none, any candidate opening the
      // clause is the subject of a verb in the past after "and"/"but" (not "seemed", a passive, nor
      // "alleged" of "and alleged communist organizations"; see PastVerbJoinsClause).
      const std::string_view cue_word = doc.Norm(doc.tokens[run.first]);
      const bool past_verb = !participle && passive_agent == UINT32_MAX &&
                             !(doc.tokens[run.first].flags & kTokCapitalized) &&
                             (EndsAfterStem(cue_word, "ed", 3) || IsIrregularParticiple(cue_word)) &&
                             cue_word.find('-') == std::string_view::npos &&
                             !OneOf(cue_word, {"seemed", "appeared", "alleged"}) &&
                             !OpensWithPassiveOfAct(doc, run.first, cue_end) &&
                             // "a crisis many in the church thought and hoped had ended": a relative clause
                             !(cue_end < doc.tokens.size() && (IsBeOrHave(doc.Norm(doc.tokens[cue_end])) ||
                                                               IsModal(doc.Norm(doc.tokens[cue_end]))));
      // "The conservative publication has been outspoken in its opposition to Donald Trump, arguing":
      // a participle after a comma, with no earlier cue in its clause, is its subject's; not the
      // writer's or reader's ("I remember President Jimmy Carter going on TV, declaring") nor an
      // empty "it".
      if (!joined && joint != UINT32_MAX && !listed_verb) {
        const uint32_t clause_subject = ClauseSubjectStart(doc, joint);
        uint32_t opens = SubjectAfterCoordinator(doc, clause_subject, joint);
        const bool coordinated = opens != clause_subject;  // the subject after "and"/"but"
        // "On Sunday morning Mr. Trump made …, writing": a time phrase with no comma, read as the
        // opening adverbial up to the participle's comma, comes before the subject.
        if (participle) {
          const uint32_t first = opens != UINT32_MAX ? opens : DatelineEnd(doc, doc.tokens[joint].sentence);
          const uint32_t subject = PastOpeningTimePhrase(doc, first, joint);
          if (subject != first) opens = subject;
        }
        // "it declined, citing legal risks": an "it" before a verb that is no form of "be", "seem",
        // "appear", "take", "turn" or "remain" stands for a body.
        auto empty_it = [&] {
          if (doc.Norm(doc.tokens[opens]) != "it") return false;
          if (opens + 1 >= joint) return true;
          const std::string_view verb = doc.Norm(doc.tokens[opens + 1]);
          return !IsFiniteVerbLike(doc, opens + 1) || IsFormOfBe(verb) || IsBeOrHave(verb) || IsModal(verb) ||
                 OneOf(verb.substr(0, 4), {"seem", "appe", "took", "take", "turn", "rema"});  // "It took him a day"
        };
        // Any candidate there, not only the ranker's, when words stand between the comma and the
        // participle (", perhaps recognizing").
        if (opens != UINT32_MAX && !SubordinateClauseOpen(doc, opens, joint) &&
            !(participle && (OneOf(doc.Norm(doc.tokens[opens]), {"i", "we", "you"}) || empty_it())))
          prefer_phrase_at(opens, joint,
                           (ranked.empty() && past_verb && PastVerbJoinsClause(doc, opens, joint)) ||
                               (participle && (participle_comma + 1 < run.first || coordinated)));
      }
      // "The candidate has mocked a disabled newspaper reporter, referred to …": a listed verb with no
      // earlier cue shares the subject of the verb before its comma, over the ranker's pick of that
      // verb's object.
      if (!joined && listed_verb && !ranked.empty()) {
        const uint32_t opens = ClauseSubjectStart(doc, joint);
        uint32_t verb = UINT32_MAX;
        bool punctuation = false;  // the subject and the verb before the comma are set off by none
        for (uint32_t k = opens == UINT32_MAX ? joint : opens + 1; k < joint; ++k) {
          punctuation = punctuation || (doc.tokens[k].flags & kTokPunct);
          if (verb == UINT32_MAX && IsFiniteVerbLike(doc, k)) verb = k;
        }
        if (verb != UINT32_MAX && !punctuation && ranked[0] > static_cast<int>(verb) &&
            ranked[0] < static_cast<int>(joint) &&
            !SubordinateClauseOpen(doc, opens, joint))
          prefer_phrase_at(opens, verb, false);
      }
      if (!joined) {
        // "he was criticized by libertarians", "was rejected by 64 percent of the electorate": the
        // agent of a passive cue speaks.
        // The phrase opens past the agent's quantifier ("by a number of tax experts"), or else at
        // the quantifier ("by most of the delegates").
        if (passive_agent != UINT32_MAX) {
          const size_t ranked_before = ranked.size();
          const uint32_t past_quantifier = PastQuantifierOf(doc, passive_agent);
          prefer_phrase_at(past_quantifier, passive_agent + 12, true, true);
          if (ranked.size() == ranked_before && past_quantifier != passive_agent)
            prefer_phrase_at(passive_agent, passive_agent + 12, true, true);
        }
        // "Hillary Clinton’s Tuesday speech denouncing his policies": an "-ing" cue right after a noun
        // of speech or writing a name owns (past at most two words after its possessive) is the
        // owner's, or its writing's when the owner's phrase takes a listed document in ("Trump's
        // tweet saying").
        if (run.first >= 3 && IsIngForm(doc.Norm(doc.tokens[run.first])) &&
            !(doc.tokens[run.first].flags & kTokCapitalized)) {
          const uint32_t noun = run.first - 1;
          SourceWordMatch writing;
          const bool speech =
              (im.source_words.MatchAt(doc, noun, noun + 1, &writing) && writing.kind == SourceWord::kDocument) ||
              OneOf(doc.Norm(doc.tokens[noun]), {"speech", "address", "remarks"});
          uint32_t owned = noun;  // the first word the possessive owns
          while (speech && owned > 2 && owned + 2 > noun && !IsPossessiveEnding(doc, owned - 1) &&
                 (doc.tokens[owned - 1].flags & kTokWord))
            --owned;
          if (speech && owned > 2 && IsPossessiveEnding(doc, owned - 1) && IsNameToken(doc, owned - 2) &&
              doc.tokens[owned - 2].sentence == doc.tokens[run.first].sentence)
            ranked.insert(ranked.begin(), static_cast<int>(owned - 2));
        }
        // "… to wound Donald J. Trump, disclosures filed on Sunday night revealed.": a cue ending its
        // sentence right after a phrase of at most eight words set off by a comma is that phrase's, over
        // a pick before the comma; not a demonstrative's ("To a lot of readers, this sounds").
        if (run.last + 1 < doc.tokens.size() && OneOf(doc.Norm(doc.tokens[run.last + 1]), {".", "?", "!"})) {
          uint32_t comma = run.first;
          while (comma > 0 && comma + 9 > run.first && (doc.tokens[comma - 1].flags & kTokWord)) --comma;
          if (comma > 1 && comma < run.first && doc.Norm(doc.tokens[comma - 1]) == "," &&
              doc.tokens[comma - 1].sentence == doc.tokens[run.first].sentence &&
              (ranked.empty() || ranked[0] < static_cast<int>(comma)) &&
              !OneOf(doc.Norm(doc.tokens[comma]), {"this", "that", "these", "those", "it"}))
            prefer_phrase_at(comma, run.first, true);
        }
        // "Trump himself was delighted by …", "Neither man was impressed by …": a short subject of a
        // feeling the ranker passed over for what is felt feels.
        const bool passed_over = ranked.empty() || ranked[0] >= static_cast<int>(cue_end);
        // "The nation's largest gun group is accusing Obama", "the victory fund is seeking": the
        // subject right before the auxiliary opening a cue (or right before it) speaks when the
        // ranker gave no source; not before a passive of an act ("was booed") nor "seems",
        // "appears", nor an empty "it".
        uint32_t aux = UINT32_MAX;
        if (run.first < run.last && IsBeOrHave(doc.Norm(doc.tokens[run.first]))) aux = run.first;
        else if (run.first > 0 && IsBeOrHave(doc.Norm(doc.tokens[run.first - 1])) &&
                 !IsLyForm(doc.Norm(doc.tokens[run.first])))  // "is reportedly spending": no one says it
          aux = run.first - 1;
        // A subject pronoun right before the auxiliary is its subject past any opening adverbial, over
        // the ranker's pick: "Each week since early September we have asked".
        const bool pronoun_before_aux = aux != UINT32_MAX && aux > 0 &&
                                        OneOf(doc.Norm(doc.tokens[aux - 1]), {"i", "we", "he", "she", "they"});
        const bool active_auxiliary = (ranked.empty() || pronoun_before_aux) && !subject_silent && aux != UINT32_MAX &&
                                      aux > 0 &&
                                      !IsVerbOfSeeming(doc.Norm(doc.tokens[aux + 1])) &&
                                      !OpensWithPassiveOfAct(doc, aux, cue_end) &&
                                      !OneOf(doc.Norm(doc.tokens[aux - 1]),
                                             {"it", "there", "this", "that", "which", "what"});
        const uint32_t verb = active_auxiliary ? aux : run.first;
        const uint32_t subject = active_auxiliary || (passed_over && IsFeelingBeforeBy(doc, run.first, cue_end))
                                     ? ClauseSubjectStart(doc, verb)
                                     : UINT32_MAX;
        // (At most six words, or eight of a title and name: "Republican Presidential hopeful Sen. Ted Cruz".)
        auto title_period = [&](uint32_t k) {  // the period of "Sen."
          return k > 0 && doc.Norm(doc.tokens[k]) == "." && IsTitleAbbreviation(doc.Norm(doc.tokens[k - 1]));
        };
        bool titled = false;
        for (uint32_t k = subject; subject != UINT32_MAX && k < verb; ++k) titled = titled || title_period(k);
        bool short_subject = subject != UINT32_MAX && subject < verb && subject + (titled ? 8 : 6) >= verb;
        for (uint32_t k = subject; short_subject && k < verb; ++k)
          short_subject = (doc.tokens[k].flags & kTokWord) != 0 || (active_auxiliary && IsPossessiveEnding(doc, k)) ||
                          title_period(k);
        if (short_subject && active_auxiliary) {
          // The subject's phrase ends at the auxiliary: the one read back from the word before it, or
          // a candidate's opening the clause ("The city of Phoenix is demanding").
          const SourceMention phrase = ReadSourceMention(doc, im.source_words, aux - 1, run.first, cue_end);
          if ((phrase.first_token == subject || pronoun_before_aux) && phrase.end_token == aux) {
            ranked.insert(ranked.begin(), static_cast<int>(aux - 1));
          } else {
            prefer_phrase_at(subject, aux, true);
            if (!ranked.empty() && ReadSourceMention(doc, im.source_words, static_cast<uint32_t>(ranked[0]), run.first,
                                                     cue_end).end_token != aux)
              ranked.clear();
          }
        } else if (short_subject) {
          prefer_phrase_at(subject, verb, true);
        }
        // "The complaint, which was filed in federal district court in Washington, alleged": with no
        // candidate from the ranker, a verb right after the comma closing a relative clause set off
        // after the phrase opening the sentence (at most six words) is that phrase's.
        // (Past an adverb opening the cue, and up to two adverbs or words of time before it: "who was
        // off-screen, then loudly asked".)
        const bool adverb_opens = run.first < run.last && IsLowercaseLyAdverb(doc, run.first);
        const uint32_t verb_at = adverb_opens ? run.first + 1 : run.first;
        uint32_t comma = run.first;
        auto adverb_or_time = [&](uint32_t k) {
          return IsLowercaseLyAdverb(doc, k) || OneOf(doc.Norm(doc.tokens[k]), {"then", "later", "also"});
        };
        while (comma > 0 && comma + 2 > run.first && adverb_or_time(comma - 1)) --comma;
        if (ranked.empty() && verb_at == run.last && comma > 2 && doc.Norm(doc.tokens[comma - 1]) == "," &&
            IsFiniteVerbLike(doc, verb_at)) {
          const uint32_t opening = doc.sentences[doc.tokens[run.first].sentence].first_token;
          uint32_t relative = comma - 1;  // the word after the comma before, "which" or "who"
          while (relative > opening && doc.Norm(doc.tokens[relative - 1]) != ",") --relative;
          if (relative > opening + 1 && relative <= opening + 7 && relative + 1 < comma - 1 &&
              OneOf(doc.Norm(doc.tokens[relative]), {"which", "who"}))
            prefer_phrase_at(opening, relative - 1, true);
        }
        // "The board of elections on Monday rejected", "America Rising PAC, an outside Republican group,
        // is blasting out", "Chaffetz, for example, earlier asked": when the ranker picks nothing
        // before the verb opening the cue but a word after the last comma before it, the phrase
        // opening the clause speaks if no verb, clause or quotation stands between it and the verb:
        // a time phrase, or an apposition or aside set off by commas.
        if (!subject_silent && !OpensWithPassiveOfAct(doc, run.first, cue_end)) {
          const uint32_t verb_first = aux != UINT32_MAX ? aux : adverb_opens ? run.first + 1 : run.first;
          const uint32_t opens = ClauseSubjectStart(doc, verb_first);
          uint32_t first_comma = UINT32_MAX, last_comma = UINT32_MAX;
          int commas = 0;
          // Not a passive's subject ("Michael Richard Pence, a former governor …, was sworn in"), nor
          // one of seeming ("It, in turn, appears certain").
          const std::string_view after_aux = aux != UINT32_MAX ? doc.Norm(doc.tokens[aux + 1]) : std::string_view();
          const bool passive = aux != UINT32_MAX && IsFormOfBe(doc.Norm(doc.tokens[aux])) &&
                               (EndsAfterStem(after_aux, "ed", 3) || EndsAfterStem(after_aux, "n", 3) ||
                                IsIrregularParticiple(after_aux));
          const bool seeming = IsVerbOfSeeming(doc.Norm(doc.tokens[run.first]));
          // An aside may be set off by dashes, hold numbers ("Nearby, John Meza, 22, was talking") and,
          // after its opening mark, a relative clause of any words up to the mark before the verb
          // ("Republican pollster Whit Ayres -- author of 2016 and Beyond, which … urged the GOP … --
          // is skeptical"), within 40 tokens ("The chairman of the House Permanent Select Committee
          // on Intelligence, Devin Nunes (R -Calif.), reportedly hailed").
          bool relative_aside = false;
          bool plain = !passive && !seeming && opens != UINT32_MAX && opens + 1 < verb_first &&
                       verb_first <= opens + 40 && IsFiniteVerbLike(doc, verb_first);
          for (uint32_t k = opens; plain && k < verb_first; ++k) {
            const std::string_view w = doc.Norm(doc.tokens[k]);
            if (w == "," || IsDash(doc, k)) {
              if (first_comma == UINT32_MAX) first_comma = k;
              last_comma = k;
              ++commas;
              continue;
            }
            if (first_comma != UINT32_MAX && OneOf(w, {"who", "which"})) relative_aside = true;
            plain = ((doc.tokens[k].flags & (kTokWord | kTokNumber)) || OneOf(w, {".", "(", ")"})) &&
                    !(doc.tokens[k].flags & kTokQuoteMark) &&
                    (relative_aside ||
                     (w != "that" && !IsRelativePronoun(w) && !IsSubordinator(w) &&
                      !(k > opens && IsFiniteVerbLike(doc, k) &&  // not a plural noun: "the board of elections"
                        !OneOf(doc.Norm(doc.tokens[k - 1]), {"of", "the", "a", "an", "his", "her", "its", "their"}))));
          }
          if (plain) {
            // What the ranker picked after the verb reads as no phrase that can speak ("rejected both
            // objections"), or it picked a word after the commas ("earlier").
            bool nothing_before = ranked.empty() || (commas > 0 && ranked[0] > static_cast<int>(last_comma) &&
                                                     ranked[0] < static_cast<int>(verb_first));
            if (!ranked.empty() && ranked[0] >= static_cast<int>(cue_end)) {
              const SourceMention after =
                  ReadSourceMention(doc, im.source_words, static_cast<uint32_t>(ranked[0]), run.first, cue_end);
              nothing_before = after.end_token <= after.first_token || CannotSpeak(doc, after);
            }
            // The verb comes after a word of time ("on Monday rejected", "also this week published"),
            // or right after an aside's two commas ("earlier asked"); after one comma it is a
            // participle ("The letter, addressed to"). (Before the cue: "then loudly asked".)
            const uint32_t before_at = adverb_opens ? run.first - 1 : verb_first - 1;
            const std::string_view before = doc.Norm(doc.tokens[before_at]);
            const bool time_word = OneOf(before, {"earlier", "later", "also", "again", "then"});
            const bool after_aside = last_comma == before_at || IsLowercaseLyAdverb(doc, before_at) || time_word;
            const bool set_off = commas == 0 ? IsWeekdayName(before) || IsTimeNoun(before) || time_word ||
                                                   OneOf(before, {"today", "yesterday", "recently"})
                                             : commas >= 2 && after_aside;
            if (set_off && nothing_before) prefer_phrase_at(opens, commas == 0 ? verb_first : first_comma, true);
          }
        }
        // "Last week Stumpf in a televised interview appeared to blame": with no candidate from the
        // ranker, a name right before a prepositional phrase (at most six words, no verb, no
        // punctuation) that ends right before the cue is the cue's subject.
        if (ranked.empty()) {
          uint32_t preposition = run.first;
          while (preposition > 0 && preposition + 6 > run.first && (doc.tokens[preposition - 1].flags & kTokWord) &&
                 !IsNameToken(doc, preposition - 1) && !IsVerbNotAfterArticle(doc, preposition - 1) &&
                 !OneOf(doc.Norm(doc.tokens[preposition - 1]), {"in", "at", "on", "during", "from"}))
            --preposition;
          if (preposition > 1 && preposition < run.first &&
              OneOf(doc.Norm(doc.tokens[preposition - 1]), {"in", "at", "on", "during", "from"}) &&
              IsNameToken(doc, preposition - 2) &&
              doc.tokens[preposition - 2].sentence == doc.tokens[run.first].sentence) {
            uint32_t name = preposition - 2;
            while (name > 0 && IsNameToken(doc, name - 1)) --name;
            const bool counted = name > 0 && IsNumberAt(doc, name - 1);  // "Two House Committees"
            if (counted) --name;
            // A subject, not a preposition's object: "the streets of North Philadelphia on Tuesday".
            const std::string_view before_name = name > 0 ? doc.Norm(doc.tokens[name - 1]) : std::string_view();
            if ((doc.tokens[name].flags & kTokSentenceStart) ||
                (!IsPreposition(before_name) && !OneOf(before_name, {"the", "a", "an", "to"})))
              prefer_phrase_at(name, preposition - 1, true, counted);
          }
        }
        // "…, but Republicans, concerned about the party's appeal, have long considered": a cue
        // that is a past participle of no verb of saying, set off by commas with a finite verb
        // after the second, right after a phrase naming people which opens its clause (after "but"
        // or "and", or opening the sentence), is that phrase's.
        auto closed_before_verb = [&] {
          for (uint32_t k = cue_end; k < doc.tokens.size() && k < cue_end + 15; ++k) {
            if (doc.tokens[k].sentence != doc.tokens[run.first].sentence || (doc.tokens[k].flags & kTokQuoteMark))
              return false;
            if (doc.Norm(doc.tokens[k]) == ",")
              return k + 1 < doc.tokens.size() && doc.tokens[k + 1].sentence == doc.tokens[k].sentence &&
                     IsFiniteVerbLike(doc, k + 1);
          }
          return false;
        };
        if (run.first >= 3 && passive_agent == UINT32_MAX && doc.Norm(doc.tokens[run.first - 1]) == "," &&
            EndsAfterStem(cue_word, "ed", 3) && !HasClosingVerb(doc, run.first, run.first + 1) &&
            (doc.tokens[run.first - 2].flags & kTokWord) &&
            doc.tokens[run.first - 2].sentence == doc.tokens[run.first].sentence && closed_before_verb()) {
          const SourceMention before = ReadSourceMention(doc, im.source_words, run.first - 2, run.first, cue_end);
          const uint32_t first = before.first_token;
          const bool opens_clause =
              first == DatelineEnd(doc, doc.tokens[run.first].sentence) ||
              (first > 0 && OneOf(doc.Norm(doc.tokens[first - 1]), {"but", "and"}) &&
               doc.tokens[first - 1].sentence == doc.tokens[run.first].sentence);
          if (before.end_token + 1 == run.first && first < before.end_token && before.pronoun.empty() &&
              !before.document && opens_clause &&
              (!before.name.empty() || !before.role.empty() || before.anonymous || !before.institution.empty()))
            prefer_phrase_at(first, run.first - 1, true);
        }
        // "The party today agrees only on", "the testimony that Francis now dismisses": with no
        // candidate from the ranker, a phrase naming someone right before a time word right before
        // a finite cue is its subject (not "It now seems", nor "Clinton is now assured of").
        if (ranked.empty() && run.first >= 2 && IsFiniteVerbLike(doc, run.first) &&
            OneOf(doc.Norm(doc.tokens[run.first - 1]),
                  {"today", "now", "yesterday", "tonight", "still", "currently"}) &&
            (doc.tokens[run.first - 2].flags & kTokWord) && !IsBeOrHave(doc.Norm(doc.tokens[run.first - 2])) &&
            !IsModal(doc.Norm(doc.tokens[run.first - 2])) &&
            doc.tokens[run.first - 2].sentence == doc.tokens[run.first].sentence) {
          const SourceMention subject = ReadSourceMention(doc, im.source_words, run.first - 2, run.first, cue_end);
          if (subject.end_token == run.first - 1 && subject.first_token < subject.end_token &&
              (subject.pronoun.empty() ? !subject.name.empty() || !subject.role.empty() || subject.anonymous ||
                                             !subject.institution.empty() || subject.document
                                       : subject.pronoun != "it"))
            ranked.push_back(static_cast<int>(run.first - 2));
        }
        // "Ryan was calm when Tapper asked whether", "when Cruz was discussing": a name between a
        // subordinator and a one-word cue, or one an auxiliary opens, is the subject of its clause.
        uint32_t name = run.first;
        while (name > 0 && name + 4 > run.first && IsNameToken(doc, name - 1)) --name;
        if ((run.first == run.last ||
             (IsBeOrHave(doc.Norm(doc.tokens[run.first])) && !OpensWithPassiveOfAct(doc, run.first, cue_end))) &&
            !subject_silent &&
            name < run.first && name > 0 &&
            OneOf(doc.Norm(doc.tokens[name - 1]),
                  {"when", "after", "before", "because", "while", "as", "since", "until", "once", "if", "though",
                   "although", "whereas"}))
          prefer_phrase_at(name, run.first, true);
      }
      uint32_t before_cue = run.first;  // before the closing marks of a quotation right before the cue
      while (before_cue > 0 && OneOf(doc.Norm(doc.tokens[before_cue - 1]), {"\"", "”", "''"})) --before_cue;
      // "…?'' asked Mr. Manafort": a question or exclamation closing a quotation before the cue.
      const bool closed_quotation = before_cue < run.first && before_cue > 0 &&
                                    OneOf(doc.Norm(doc.tokens[before_cue - 1]), {"?", "!"});
      if (!joined && conjunction == UINT32_MAX && !participle && run.first == run.last && before_cue > 0 &&
          (doc.Norm(doc.tokens[before_cue - 1]) == "," || closed_quotation) &&
          OneOf(doc.Norm(doc.tokens[run.first]), {"said", "says", "added", "adds", "noted", "notes", "wrote", "writes",
                                                  "explained", "explains", "argued", "argues", "observed", "recalled",
                                                  "continued", "stated", "warned", "insisted", "acknowledged", "asked",
                                                  "asks", "replied", "responded", "wondered", "quipped",
                                                  "countered"})) {
        // "…, was diagnosed with a brain injury (MTBI), said embassy spokeswoman Jinnie Lee.", "…
        // worked up about it,” said a source close to the campaign.": a verb of saying that takes
        // no object, after a comma (one closing a quotation too), with a name, a role or a vague
        // phrase after it that ends the sentence within sixteen tokens, or that a relative clause
        // ends ("said an American official who was briefed on …"), speaks through that phrase.
        // Not after a comma closing a name in apposition ("Mr. Trump's former campaign manager, Corey
        // Lewandowski, said the staff member who succeeded him … should be terminated").
        uint32_t apposed = before_cue - 1;
        while (apposed > 0 && IsNameToken(doc, apposed - 1)) --apposed;
        const bool after_apposed_name = apposed < before_cue - 1 && apposed > 0 && doc.Norm(doc.tokens[apposed - 1]) == ",";
        uint32_t last = doc.sentences[doc.tokens[run.first].sentence].end_token;
        while (last > cue_end && !(doc.tokens[last - 1].flags & kTokWord)) --last;
        if (after_apposed_name) last = cue_end;
        // The phrase ends before the first "who" or comma within sixteen tokens ("said lobbyist and
        // GOP strategist Charlie Black, Manafort's former business partner."), or else where the
        // sentence does, within sixteen tokens; not before a name in apposition ("said a White House
        // spokesman, Eric Schultz.").
        auto name_follows = [&](uint32_t comma) {
          uint32_t k = comma + 1;
          while (k < last && (IsNameToken(doc, k) || doc.Norm(doc.tokens[k]) == ".")) ++k;
          return k > comma + 1 && (k == last || doc.Norm(doc.tokens[k]) == ",");
        };
        uint32_t phrase_end = cue_end, apposition_comma = UINT32_MAX;
        for (uint32_t k = cue_end + 1; k < std::min(last, cue_end + 16) && phrase_end == cue_end; ++k) {
          const std::string_view w = doc.Norm(doc.tokens[k]);
          if (w == "who") phrase_end = doc.Norm(doc.tokens[k - 1]) == "," ? k - 1 : k;
          else if (w == "," && name_follows(k)) { apposition_comma = k; break; }
          else if (w == ",") phrase_end = k;
        }
        if (phrase_end == cue_end && last <= cue_end + 16) phrase_end = last;
        if (apposition_comma != UINT32_MAX && apposition_comma > cue_end) {
          // "said a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn, who …": a role's
          // phrase right after the cue, then a name in apposition that ends the sentence or opens
          // a "who": the name speaks.
          uint32_t name_end = apposition_comma + 1;
          while (name_end < last && (IsNameToken(doc, name_end) || doc.Norm(doc.tokens[name_end]) == ".")) ++name_end;
          const bool closes = name_end == last || (name_end + 1 < last && doc.Norm(doc.tokens[name_end]) == "," &&
                                                   doc.Norm(doc.tokens[name_end + 1]) == "who");
          const SourceMention role =
              ReadSourceMention(doc, im.source_words, apposition_comma - 1, run.first, cue_end);
          if (closes && role.first_token == cue_end && role.end_token == apposition_comma && !role.role.empty() &&
              role.name.empty()) {
            ranked.insert(ranked.begin(), static_cast<int>(name_end - 1));
            postposed = true;
            apposed_role = role;
          }
        }
        // "said lobbyist and GOP strategist Charlie Black", "said former Pennsylvania Gov. and
        // Democratic National Committee Chairman Ed Rendell": the phrase may open after a role
        // (within four words of the cue) and "and".
        uint32_t opens_after_role = cue_end;
        for (uint32_t k = cue_end + 1; k + 1 < phrase_end && k <= cue_end + 4; ++k) {
          if (doc.Norm(doc.tokens[k]) != "and") continue;
          const uint32_t role_last = doc.Norm(doc.tokens[k - 1]) == "." && k - 1 > cue_end ? k - 2 : k - 1;
          SourceWordMatch first_role;
          if (im.source_words.MatchAt(doc, role_last, role_last + 1, &first_role) && IsRole(first_role.kind))
            opens_after_role = k + 1;
          break;
        }
        for (uint32_t head = phrase_end; head-- > cue_end && !postposed;) {
          SourceWordMatch word;
          if (!IsNameToken(doc, head) && !im.source_words.MatchAt(doc, head, last, &word)) continue;
          const SourceMention after = ReadSourceMention(doc, im.source_words, head, run.first, cue_end);
          // "says political scientist Dossym Satpayev in Almaty.": a place after "in", "of" or "from"
          // may close the phrase; so may a short place of words after "in" or "at" ("said one GOP
          // source in the room.").
          uint32_t closed = after.end_token;
          if (closed + 1 < phrase_end && OneOf(doc.Norm(doc.tokens[closed]), {"in", "of", "from"})) {
            uint32_t k = closed + 1;
            while (k < phrase_end && (IsNameToken(doc, k) || OneOf(doc.Norm(doc.tokens[k]), {".", ","}))) ++k;
            if (k == phrase_end) closed = k;
          }
          if (closed + 2 < phrase_end && closed + 5 >= phrase_end &&
              OneOf(doc.Norm(doc.tokens[closed]), {"in", "at"}) &&
              OneOf(doc.Norm(doc.tokens[closed + 1]), {"the", "a", "an"})) {
            uint32_t k = closed + 2;
            while (k < phrase_end && (doc.tokens[k].flags & kTokWord)) ++k;
            if (k == phrase_end) closed = k;
          }
          // "said a handful of Democrats who point to": past a quantifier's "of" too.
          if ((after.first_token == cue_end || after.first_token == opens_after_role ||
               after.first_token == PastQuantifierOf(doc, cue_end)) &&
              closed == phrase_end &&
              after.pronoun.empty() &&
              (!after.name.empty() || !after.role.empty() || after.anonymous)) {
            ranked.insert(ranked.begin(), static_cast<int>(head));
            postposed = true;
          }
        }
        // "“How big is that wall?” asked the boy": after a quotation, an article and at most three
        // lower-case nouns no list knows, ending the phrase, name whom the verb's subject is too (not
        // "asked the question").
        if (!postposed && before_cue < run.first && phrase_end > cue_end + 1 && phrase_end <= cue_end + 4 &&
            OneOf(doc.Norm(doc.tokens[cue_end]), {"the", "a", "an"}) &&
            !OneOf(doc.Norm(doc.tokens[phrase_end - 1]), {"question", "questions", "same"})) {
          bool unlisted_nouns = true;
          SourceWordMatch word;
          for (uint32_t k = cue_end + 1; k < phrase_end && unlisted_nouns; ++k)
            unlisted_nouns = NounLikeWord(doc, k) && !(doc.tokens[k].flags & kTokCapitalized) &&
                             !IsFiniteVerbLike(doc, k) && !im.source_words.MatchAt(doc, k, k + 1, &word);
          if (unlisted_nouns) {
            ranked.insert(ranked.begin(), static_cast<int>(phrase_end - 1));
            postposed = true;
          }
        }
        // "“…,” wrote the authors of the report, giving the example of nominee Mitt Romney": after a
        // quotation that opens its sentence, the phrase right after the verb speaks, unless the
        // ranker's pick is a name in apposition to it ("said a White House spokesman, Eric
        // Schultz"). Not after a quoted phrase inside the subject ("Mr. Manafort, citing ''the
        // unique magic of Trump,'' said the candidate could").
        const int quotation = before_cue < run.first ? quotes.Closing(before_cue) : -1;
        const uint32_t opening = quotation >= 0 ? quotes.at(quotation).first_token - 1 : 0;
        const bool opens_sentence =
            quotation >= 0 && opening < doc.tokens.size() &&
            (doc.sentences[doc.tokens[opening].sentence].first_token == opening ||
             DatelineEnd(doc, doc.tokens[opening].sentence) == opening);
        if (!postposed && opens_sentence && !ranked.empty()) {
          const int top = ranked.front();
          const size_t size = ranked.size();
          prefer_phrase_at(cue_end, cue_end + 12, true);
          if (ranked.size() > size && top >= static_cast<int>(cue_end)) {
            const SourceMention phrase = ReadSourceMention(doc, im.source_words, static_cast<uint32_t>(ranked.front()),
                                                           run.first, cue_end);
            if (top < static_cast<int>(phrase.end_token) + 5) ranked.erase(ranked.begin());
          }
        }
      }
      if (!joined && conjunction == UINT32_MAX && !participle) {
        // "A source with knowledge of the talks said Iran agreed": a vague source or a role right
        // before "with (direct) knowledge of", whose phrase runs up to the cue, speaks.
        const uint32_t sentence_first = doc.sentences[doc.tokens[run.first].sentence].first_token;
        for (uint32_t k = run.first; k-- > sentence_first + 2 && k + 10 > run.first;) {
          if (doc.Norm(doc.tokens[k]) != "knowledge") continue;
          uint32_t with = k - 1;
          if (OneOf(doc.Norm(doc.tokens[with]), {"direct", "firsthand", "intimate", "detailed"})) --with;
          if (with > sentence_first && doc.Norm(doc.tokens[with]) == "with" &&
              im.source_words.NamesPeopleAt(doc, with - 1))
            ranked.insert(ranked.begin(), static_cast<int>(with - 1));
          break;
        }
      }
      if (!joined && conjunction == UINT32_MAX && !participle) {
        // "After talking about security, Mr. Netanyahu suggested": a participle in an opening
        // adverbial speaks with the subject after the adverbial's comma.
        const uint32_t opens = SubjectAfterOpeningParticiple(doc, run.first, cue_end);
        if (opens != UINT32_MAX) prefer_phrase_at(opens, opens + 12, true);
      }
    }
    // "According to ''The Trumps: Three Generations That Built an Empire,'' by Gwenda Blair, Donald
    // told …": a quotation of at most 15 words right after "according to" is the title of the
    // document that speaks, with the author a "by" after it names.
    SourceMention title;
    if (!joined && speaker_in_run < 0 && reported_outlet < 0 && doc.Norm(doc.tokens[run.first]) == "according" &&
        quotes.Opening(cue_end) >= 0) {
      const Quotation& quote = quotes.at(quotes.Opening(cue_end));
      if (quote.closed && quote.words <= 15 && quotes.Closing(quote.end_token) >= 0) {
        uint32_t end = quote.end_token + 1;
        uint32_t by = end < doc.tokens.size() && doc.Norm(doc.tokens[end]) == "," ? end + 1 : end;
        if (by + 1 < doc.tokens.size() && doc.Norm(doc.tokens[by]) == "by" && IsNameToken(doc, by + 1)) {
          end = by + 1;
          while (end < doc.tokens.size() && (IsNameToken(doc, end) || doc.Norm(doc.tokens[end]) == ".")) ++end;
        }
        title = ReadSourcePhrase(doc, im.source_words, cue_end, end);
        ReadAsDocument(&title);
        title.affiliation.clear();  // the words of a title name what it is about
        joined = &title;
      }
    }
    // "According to his longtime personal physician, the businessman had", "According to the best
    // available federal data, crime fell": the phrase after "according to" up to a comma (at most
    // eight words; no preposition, relative pronoun or "and" before a name, as of joint speakers)
    // that names someone speaks, when the ranker picks none or a word inside it before its last.
    SourceMention according;
    if (!joined && speaker_in_run < 0 && reported_outlet < 0 && doc.Norm(doc.tokens[run.first]) == "according") {
      uint32_t comma = cue_end;
      while (comma < doc.tokens.size() && comma < cue_end + 8 &&
             doc.tokens[comma].sentence == doc.tokens[run.first].sentence &&
             ((doc.tokens[comma].flags & kTokWord) || IsPossessiveEnding(doc, comma)) &&
             !IsPreposition(doc.Norm(doc.tokens[comma])) &&
             !OneOf(doc.Norm(doc.tokens[comma]), {"as", "that", "who", "which"}) &&
             !(doc.Norm(doc.tokens[comma]) == "and" && comma + 1 < doc.tokens.size() && IsNameToken(doc, comma + 1)))
        ++comma;
      const bool inside =
          ranked.empty() || (ranked[0] >= static_cast<int>(cue_end) && ranked[0] + 1 < static_cast<int>(comma));
      if (inside && comma > cue_end + 1 && comma < doc.tokens.size() && doc.Norm(doc.tokens[comma]) == ",") {
        according = ReadSourcePhrase(doc, im.source_words, cue_end, comma);
        if (!according.name.empty() || !according.role.empty() || according.anonymous ||
            !according.institution.empty() || according.document)
          joined = &according;
      }
    }
    // "Nelson Diaz … said of Mr. Rubio: ''…''": a colon right after a cue's "of" or "about" and its
    // object quotes that cue's source, not the object.
    if (!joined && speaker_in_run < 0 && run.first == run.last && doc.Norm(doc.tokens[run.first]) == ":" &&
        !drafts.empty() && drafts.back().has_mention && !drafts.back().a.cue.empty()) {
      const Draft& earlier = drafts.back();
      uint32_t end = run.first;  // the first token after the earlier cue
      while (end > 0 && end + 8 > run.first && doc.tokens[end - 1].start >= earlier.a.cue.end) --end;
      bool object = end < run.first && run.first <= end + 8 && OneOf(doc.Norm(doc.tokens[end - 1]), {"of", "about"}) &&
                    doc.tokens[end].sentence == doc.tokens[run.first].sentence;
      for (uint32_t k = end; object && k < run.first; ++k)
        object = (doc.tokens[k].flags & kTokWord) || doc.Norm(doc.tokens[k]) == ".";
      if (object) joined = &earlier.mention;
    }
    // "His nonprofit group, called the Virginia Conservation Legacy Fund, will": "called" set off
    // by commas around a name, a finite verb after them, gives a name; no one speaks.
    auto gives_name = [&] {
      if (run.first != run.last || run.first == 0 || doc.Norm(doc.tokens[run.first]) != "called" ||
          doc.Norm(doc.tokens[run.first - 1]) != ",")
        return false;
      const uint32_t name =
          cue_end < doc.tokens.size() && doc.Norm(doc.tokens[cue_end]) == "the" ? cue_end + 1 : cue_end;
      const uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(doc.tokens.size()), name + 8);
      const uint32_t k = CapitalizedRunEnd(doc, name, limit, {"of", "for", "and", "&"});
      return k > name && k + 1 < doc.tokens.size() && doc.Norm(doc.tokens[k]) == "," &&
             doc.tokens[k + 1].sentence == doc.tokens[run.first].sentence && IsFiniteVerbLike(doc, k + 1);
    };
    if (speaker_in_run < 0 && reported_outlet < 0 && gives_name()) {
      joined = nullptr;
      ranked.clear();
    }
    if (joined) {
      d.mention = *joined;
      d.has_mention = true;
      src_first = d.mention.first_token;
      src_end = d.mention.end_token;
    }
    bool reflexive = false;
    for (uint32_t k = run.first; k < cue_end; ++k)
      reflexive = reflexive || OneOf(doc.Norm(doc.tokens[k]), {"himself", "herself", "themselves", "itself"});
    // The ranker's best candidate, or the next one while the phrase read there cannot speak.
    // (A reported outlet has no runner-up: after it, no source.)
    for (size_t rank = 0; !joined; ++rank) {
      int head = reported_outlet >= 0 ? (rank == 0 ? reported_outlet : -1) : rank < ranked.size() ? ranked[rank] : -1;
      if (head >= 0 && speaker_in_run < 0 && reported_outlet < 0)
        head = SubjectOfAuxiliary(doc, static_cast<uint32_t>(head), run.first);
      if (head >= 0 && reported_outlet < 0) head = NameBeforePartyTag(doc, static_cast<uint32_t>(head));
      if (head >= 0 && reported_outlet < 0) head = PersonBeforeResidence(doc, static_cast<uint32_t>(head), run.first);
      if (head >= 0 && reported_outlet < 0)
        head = OwnedPastTimePossessive(doc, static_cast<uint32_t>(head), run.first, cue_end);
      if (head >= 0 && reported_outlet < 0)
        head = NameAfterOwnersRole(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
      if (head >= 0 && reported_outlet < 0 && static_cast<uint32_t>(head) < run.first)
        head = OwnedPeopleAfterPossessive(doc, im.source_words, static_cast<uint32_t>(head), run.first);
      if (head >= 0 && reported_outlet < 0 && static_cast<uint32_t>(head) < run.first)
        head = NameAfterOwnedRole(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
      if (head >= 0 && reported_outlet < 0)
        head = HeadAfterOpeningWord(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
      if (head >= 0 && reported_outlet < 0)
        head = HeadOfWholeSubject(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
      if (head >= 0 && reported_outlet < 0 && speaker_in_run < 0) {
        // A pick after a cue that closes an apposition ("Mr. Coffman, who represents a swing
        // district, said Mr. Trump had …") is what is said: the apposition's subject speaks.
        // Not a cue whose source follows it ("according to", "was asked by a caller").
        const bool after = static_cast<uint32_t>(head) >= cue_end && !postposed && run.first >= 2 &&
                           doc.Norm(doc.tokens[run.first - 1]) == "," &&
                           doc.Norm(doc.tokens[run.first]) != "according" &&
                           passive_agent == UINT32_MAX;
        const uint32_t pick = after ? run.first - 2 : static_cast<uint32_t>(head);
        const int opener = NameBeforeApposition(doc, im.source_words, pick, run.first, cue_end);
        // "Several candidates, including Trump, said the United States …": the names an
        // apposition of examples lists speak, not what is said.
        if (!after || opener != static_cast<int>(pick) || IsListedExample(doc, pick)) head = opener;
        if (head >= 0 && static_cast<uint32_t>(head) < run.first)
          head = SubjectBeforeClauseApposition(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
        if (head >= 0 && static_cast<uint32_t>(head) < run.first)
          head = AntecedentOfRelativeClause(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
      }
      if (head >= static_cast<int>(run.first) && head < static_cast<int>(cue_end)) continue;  // a word of the cue
      // "John McCain distanced himself from President George W. Bush": a cue holding a reflexive
      // pronoun has its subject before it.
      if (head >= static_cast<int>(cue_end) && reflexive) continue;
      if (head >= 0 && static_cast<uint32_t>(head) < run.first && subject_silent) head = -1;
      // "Mr. Guerrero said of Mr. Trump", "was critical of Obama": who comes after a cue's "of" is
      // what it is about, not who speaks.
      if (head >= static_cast<int>(cue_end) && reported_outlet < 0 && OfAfterCue(doc, run.first, cue_end, head)) continue;
      d.mention = SourceMention{};
      d.has_mention = false;
      src_first = src_end = 0;
      if (head < 0) break;
      d.mention = ReadSourceMention(doc, im.source_words, static_cast<uint32_t>(head), run.first, cue_end);
      d.has_mention = d.mention.end_token > d.mention.first_token;
      // "Citing local news outlets, the Associated Press reports that …": a phrase ends before a
      // word of it that is another cue, before "that".
      if (d.has_mention) {
        const uint32_t phrase_last = d.mention.end_token - 1;
        if (phrase_last > d.mention.first_token && phrase_last != run.first && cue_opens[phrase_last] &&
            phrase_last + 1 < doc.tokens.size() && doc.Norm(doc.tokens[phrase_last + 1]) == "that")
          d.mention = ReadSourcePhrase(doc, im.source_words, d.mention.first_token, phrase_last);
      }
      // "his warning that Britain would …", "Her vow to go after …": a cue right after a possessive
      // pronoun is the owner's.
      if (!d.has_mention && static_cast<uint32_t>(head) + 1 == run.first &&
          (IsPossessivePronoun(doc.Norm(doc.tokens[static_cast<uint32_t>(head)])) ||
           OneOf(doc.Norm(doc.tokens[static_cast<uint32_t>(head)]), {"both", "all", "each", "neither"}))) {
        d.mention = ReadSourcePhrase(doc, im.source_words, static_cast<uint32_t>(head), run.first);
        d.has_mention = true;
      }
      // "Hunter represents a district …, and like Trump has spoken about": a phrase after "like" or
      // "unlike" after a conjunction, right before the cue, is whom the subject is compared with (not
      // "critics like Huffman say").
      if (d.has_mention && d.mention.end_token == run.first && d.mention.first_token >= 2 &&
          OneOf(doc.Norm(doc.tokens[d.mention.first_token - 1]), {"like", "unlike"}) &&
          OneOf(doc.Norm(doc.tokens[d.mention.first_token - 2]), {"and", "but", "yet"}) &&
          doc.tokens[d.mention.first_token - 2].sentence == doc.tokens[run.first].sentence)
        continue;
      if (d.has_mention && d.mention.first_token + 1 == run.first && d.mention.end_token == run.first)
        ReadThatAntecedent(doc, im.source_words, run.first, cue_end, &d.mention);
      // "Joseph R. Biden Jr. said Donald J. Trump's remarks had": after a name right before the cue,
      // an owner after it opens what is said.
      if (d.has_mention && head >= static_cast<int>(cue_end) && reported_outlet < 0 && run.first >= 2 &&
          doc.tokens[run.first - 1].sentence == doc.tokens[run.first].sentence &&
          doc.Norm(doc.tokens[run.first]) != "according" && IsPossessiveEnding(doc, d.mention.end_token) &&
          (IsNameToken(doc, run.first - 1) ||
           (doc.Norm(doc.tokens[run.first - 1]) == "." && IsNameToken(doc, run.first - 2))))
        continue;
      // "A news report published Wednesday said Defense Secretary Ash Carter used …": a phrase
      // right after a verb of saying that its own verb follows is what is said, not who says it,
      // when the cue follows a word of its clause or the dash closing an aside ("Neil Sroka, …, or DFA
      // - which has endorsed Sanders - said Sanders has several options").
      auto closes_aside = [&](uint32_t dash) {
        if (!IsDash(doc, dash)) return false;
        for (uint32_t k = dash; k-- > doc.sentences[doc.tokens[dash].sentence].first_token;)
          if (IsDash(doc, k)) return true;
        return false;
      };
      if (d.has_mention && head >= static_cast<int>(cue_end) && reported_outlet < 0 && !postposed &&
          doc.Norm(doc.tokens[run.first]) != "according" && HasClosingVerb(doc, run.first, cue_end) &&
          d.mention.first_token == cue_end && run.first >= 1 &&
          ((doc.tokens[run.first - 1].flags & kTokWord) || closes_aside(run.first - 1)) &&
          doc.tokens[run.first - 1].sentence == doc.tokens[run.first].sentence &&
          d.mention.end_token < doc.tokens.size() &&
          doc.tokens[d.mention.end_token].sentence == doc.tokens[run.first].sentence &&
          IsFiniteVerbLike(doc, d.mention.end_token))
        continue;
      // "Eric Nordstrom, State Department regional security director, informed regional director
      // James Bacigalupo that": the phrase right after a verb of telling is the one told. ("“…,”
      // warned Sen. Smith" inverts: "warned" after a word only.)
      const std::string_view last_word = doc.Norm(doc.tokens[run.last]);
      if (d.has_mention && head >= static_cast<int>(cue_end) && reported_outlet < 0 &&
          d.mention.first_token == cue_end && IsTellingVerb(last_word) &&
          (last_word != "warned" || (run.first >= 1 && (doc.tokens[run.first - 1].flags & kTokWord))))
        continue;
      // "Gore's close friends have in the past said", "a trio of PACs have in fact reported": a time
      // or an adverbial after "in" is no speaker.
      if (d.has_mention && d.mention.name.empty() && d.mention.first_token > 0 &&
          doc.Norm(doc.tokens[d.mention.first_token - 1]) == "in" &&
          OneOf(doc.Norm(doc.tokens[d.mention.end_token - 1]), {"past", "fact", "meantime", "interim", "end", "future",
                                                                "aftermath", "wake", "years", "months", "weeks", "days",
                                                                "decades"}))
        continue;
      // "sharp criticism over", "serious calls to", "loud chants of": one lower-case adjective no
      // list knows is no speaker; right before the cue, it describes what the cue names, which no
      // other candidate says either.
      if (d.has_mention && d.mention.first_token + 1 == d.mention.end_token &&
          IsLoneAdjective(doc, im.source_words, d.mention.first_token)) {
        if (d.mention.end_token != run.first) continue;
        d.mention = SourceMention{};
        d.has_mention = false;
        break;
      }
      // "Trump himself was delighted by the resulting controversy": what a feeling is about is no
      // speaker.
      if (d.has_mention && head >= static_cast<int>(cue_end) && IsFeelingBeforeBy(doc, run.first, cue_end) &&
          (feeling_subject == UINT32_MAX || static_cast<uint32_t>(head) < feeling_subject))
        continue;
      bool place_only = false;  // the pick was a place after "in" with no speaker before it
      if (!d.has_mention) {
        // A pick that reads as no phrase (a modifier: "former" of "a former senior law enforcement
        // official said") stands for the source word or name that ends its phrase, if any.
        uint32_t last = static_cast<uint32_t>(head);
        const uint32_t bound = last < run.first ? run.first : doc.sentences[doc.tokens[last].sentence].end_token;
        for (uint32_t k = last + 1; k < static_cast<uint32_t>(head) + 6 && k < bound; ++k) {
          SourceWordMatch match;
          const bool source_word = im.source_words.MatchAt(doc, k, bound, &match);
          if (doc.tokens[k].sentence != doc.tokens[run.first].sentence ||
              !(source_word || IsNameToken(doc, k) || IsModifierWord(doc.Norm(doc.tokens[k]))))
            break;
          if (source_word || IsNameToken(doc, k)) last = k;
        }
        // Or a possessive pronoun's noun right before the cue: "His surrogates called him".
        const uint32_t noun = run.first - 1;
        if (last == static_cast<uint32_t>(head) && head >= 0 && static_cast<uint32_t>(head) + 1 < run.first &&
            noun <= static_cast<uint32_t>(head) + 3 &&
            IsPossessivePronoun(doc.Norm(doc.tokens[static_cast<uint32_t>(head)])) && NounLikeWord(doc, noun) &&
            !(doc.tokens[noun].flags & kTokCapitalized)) {
          bool lower_case_words = true;
          for (uint32_t k = static_cast<uint32_t>(head) + 1; k < run.first; ++k)
            lower_case_words = lower_case_words && (doc.tokens[k].flags & kTokWord) &&
                               !(doc.tokens[k].flags & kTokCapitalized);
          if (lower_case_words) last = noun;
        }
        if (last != static_cast<uint32_t>(head)) {
          d.mention = ReadSourceMention(doc, im.source_words, last, run.first, cue_end);
          d.has_mention = d.mention.end_token > d.mention.first_token;
        }
      }
      if (d.has_mention && IsPlaceAfterIn(doc, d.mention)) {
        // "organizers in Cleveland say": the speaker is the source word before "in", if any, else
        // the ranker's next candidate ("Some delegates at the convention in Philadelphia said").
        const uint32_t before_in = d.mention.first_token >= 2 ? d.mention.first_token - 2 : d.mention.first_token;
        SourceWordMatch match;
        const bool speaker = before_in < d.mention.first_token &&
                             im.source_words.MatchAt(doc, before_in, d.mention.first_token, &match) &&
                             match.kind != SourceWord::kPlace && match.kind != SourceWord::kDocument;
        if (speaker) d.mention = ReadSourceMention(doc, im.source_words, before_in, run.first, cue_end);
        d.has_mention = speaker && d.mention.end_token > d.mention.first_token;
        place_only = !speaker;
      }
      if (d.has_mention && d.mention.document && d.mention.name.empty() && d.mention.first_token >= 2 &&
          d.mention.end_token == run.first && !IsRelativePronounAt(doc, run.first - 1) &&
          doc.Norm(doc.tokens[d.mention.first_token - 1]) == "in") {
        // "Jeb Bush in a Medium post said", "The senator in an op-ed wrote": the one before the
        // document speaks in it.
        const SourceMention before = ReadSourceMention(doc, im.source_words, d.mention.first_token - 2, run.first, cue_end);
        if (before.end_token == d.mention.first_token - 1 && before.pronoun.empty() && !before.document &&
            (!before.name.empty() || !before.role.empty() || !before.institution.empty()) &&
            before.institution_kind != SourceWord::kPlace)
          d.mention = before;
      }
      if (d.has_mention && d.mention.end_token == run.first && d.mention.first_token >= 2 &&
          (doc.tokens[run.first].flags & kTokHeadline) && doc.Norm(doc.tokens[run.first]) == ":" &&
          doc.Norm(doc.tokens[d.mention.first_token - 1]) == "to") {
        // "Parents to School Board: ‘…’": a headline's phrase before "to" speaks, not whom it addresses.
        const SourceMention before =
            ReadSourceMention(doc, im.source_words, d.mention.first_token - 2, run.first, cue_end);
        if (before.end_token + 1 == d.mention.first_token &&
            before.first_token == doc.sentences[doc.tokens[run.first].sentence].first_token &&
            before.pronoun.empty() && !before.document && before.institution_kind != SourceWord::kPlace)
          d.mention = before;
      }
      if (d.has_mention && d.mention.document && d.mention.first_token >= cue_end)
        ReadAuthorOfDocument(doc, im.source_words, run.first, cue_end, &d.mention);
      if (d.has_mention) {
        // "several officials at the agency said": those people speak, affiliated with the body;
        // "Another intelligence source speaking to Fox News said", "Democrats supporting Mrs.
        // Clinton have pointed to": the speaker, with the phrase that modifies it.
        uint32_t people = SpeakerBeforeObjectPhrase(doc, im.source_words, d.mention, run.first, cue_end);
        const bool object_phrase = people != UINT32_MAX;
        if (!object_phrase) people = PeopleBeforeBody(doc, im.source_words, d.mention);
        if (people == UINT32_MAX) people = PeopleBeforeOf(doc, im.source_words, d.mention);
        const bool quantifier = people == UINT32_MAX;
        if (quantifier) people = QuantifierBeforePreposition(doc, d.mention);
        if (people != UINT32_MAX && (people < run.first || people >= cue_end)) {
          SourceMention speaker = ReadSourceMention(doc, im.source_words, people, run.first, cue_end);
          // A quantifier, or "those" a participle follows, is in no list, and reads as no phrase.
          const bool unlisted = quantifier || doc.Norm(doc.tokens[people]) == "those";
          if (unlisted) {
            speaker.anonymous = true;
            speaker.first_token = people;
            speaker.span.start = doc.tokens[people].start;
          }
          const bool people_phrase =
              speaker.anonymous || !speaker.role.empty() || (speaker.plural && speaker.name.empty());
          if ((speaker.end_token == people + 1 || (unlisted && speaker.end_token <= d.mention.end_token)) &&
              speaker.pronoun.empty() &&
              (object_phrase || (speaker.institution.empty() && !speaker.document && people_phrase))) {
            if (!object_phrase && speaker.affiliation.empty() && !d.mention.institution.empty())
              speaker.affiliation = d.mention.institution;
            // A pronoun picked inside the phrase ("Several people I've spoken with said") is not where
            // it ends: it is read up to the cue ("Several people", not "Several people I").
            speaker.end_token = d.mention.pronoun.empty() ? d.mention.end_token : run.first;
            speaker.span.end = doc.tokens[speaker.end_token - 1].end;
            // A quantifier reads with its phrase: "Some in the White House", not "Some".
            if (unlisted)
              speaker.text = std::string(doc.text.substr(speaker.span.start, speaker.span.end - speaker.span.start));
            d.mention = std::move(speaker);
          }
        }
      }
      // A place, or one word the text names nothing else by ("Cleveland"), after "of"; or any
      // phrase after it right before the cue ("Mr. Morgan of the Sierra Club said").
      const bool bare_word = !d.mention.name.empty() && d.mention.given.empty() && d.mention.role.empty() &&
                             d.mention.institution.empty() && d.mention.end_token == d.mention.first_token + 1;
      const bool before_cue =
          d.mention.end_token == run.first ||
          (d.mention.end_token + 1 == run.first && doc.Norm(doc.tokens[d.mention.end_token]) == ",");
      if (d.has_mention && (d.mention.institution_kind == SourceWord::kPlace || bare_word || before_cue) &&
          d.mention.first_token >= 2 && doc.Norm(doc.tokens[d.mention.first_token - 1]) == "of" &&
          IsNameToken(doc, d.mention.first_token - 2) &&
          doc.tokens[d.mention.first_token - 2].sentence == doc.tokens[d.mention.first_token].sentence) {
        // "Sen. Ted Cruz of Texas said", "Mayor Frank G. Jackson of Cleveland", "As Joe Wolverton
        // of The New American writes": the person before "of" speaks, from that place or body.
        SourceMention person = ReadSourceMention(doc, im.source_words, d.mention.first_token - 2, run.first, cue_end);
        const bool titled = IsTitleAbbreviation(doc.Norm(doc.tokens[person.first_token])) && !person.name.empty();
        if (person.institution.empty() && person.pronoun.empty() && person.end_token + 1 == d.mention.first_token &&
            (!person.given.empty() || !person.role.empty() || titled ||
             (person.anonymous && !person.affiliation.empty()))) {
          if (person.affiliation.empty()) person.affiliation = bare_word ? d.mention.name : d.mention.affiliation;
          person.end_token = d.mention.end_token;
          person.span.end = d.mention.span.end;
          d.mention = std::move(person);
        }
      }
      // "Former prosecutor and New York City Mayor Rudy Giuliani trashed", "English comedian and actor
      // Peter Serafinowicz needed": a role before "and" and a named role (the last name in the run of
      // words after "and", before the cue) are that name's; its phrase takes both in.
      uint32_t last_name = UINT32_MAX;
      if (d.has_mention && d.mention.end_token + 2 < run.first && d.mention.name.empty() &&
          EndsWithRole(d.mention) && doc.Norm(doc.tokens[d.mention.end_token]) == "and") {
        for (uint32_t k = d.mention.end_token + 1;
             k < run.first && k < d.mention.end_token + 10 && (doc.tokens[k].flags & kTokWord); ++k)
          if (IsNameToken(doc, k)) last_name = k;
      }
      if (last_name != UINT32_MAX) {
        const SourceMention named = ReadSourceMention(doc, im.source_words, last_name, run.first, cue_end);
        if (named.first_token == d.mention.end_token + 1 && !named.name.empty() && !named.role.empty()) {
          const uint32_t first = d.mention.first_token;
          d.mention = named;
          WidenMentionTo(doc, first, &d.mention);
        }
      } else if (d.has_mention && EndsWithName(d.mention) && !d.mention.role.empty() && d.mention.first_token >= 2 &&
                 d.mention.end_token == run.first && doc.Norm(doc.tokens[d.mention.first_token - 1]) == "and") {
        const SourceMention role =
            ReadSourceMention(doc, im.source_words, d.mention.first_token - 2, run.first, cue_end);
        if (role.end_token + 1 == d.mention.first_token && role.name.empty() && EndsWithRole(role))
          WidenMentionTo(doc, role.first_token, &d.mention);
      }
      if (d.has_mention) ReadAcrossSlash(doc, im.source_words, run.first, cue_end, &d.mention);
      if (d.has_mention) AffiliateWithOrganisationAfterOf(doc, im.source_words, run.first, cue_end, &d.mention);
      if (d.has_mention) AffiliateWithPlaceAfterIn(doc, im.source_words, run.first, cue_end, &d.mention);
      if (d.has_mention) {
        const uint32_t noun = NounBeforePostModifier(doc, im.source_words, d.mention);
        if (noun != UINT32_MAX && (noun < run.first || noun >= cue_end)) {
          SourceMention modified = ReadSourceMention(doc, im.source_words, noun, run.first, cue_end);
          if (modified.end_token > modified.first_token) d.mention = std::move(modified);
        }
        // "A contentious visa program", "the initial schedule": read from the last noun of the run the
        // adjective modifies.
        if (AdjectiveCutShort(doc, d.mention) &&
            (d.mention.end_token < run.first || d.mention.first_token >= cue_end)) {
          uint32_t noun = d.mention.end_token;
          while (noun + 1 < doc.tokens.size() && noun + 1 != run.first && NounLikeWord(doc, noun + 1) &&
                 !(doc.tokens[noun + 1].flags & kTokCapitalized) && !IsFiniteVerbLike(doc, noun + 1))
            ++noun;
          SourceMention phrase = ReadSourceMention(doc, im.source_words, noun, run.first, cue_end);
          if (phrase.first_token == d.mention.first_token && phrase.end_token > d.mention.end_token)
            d.mention = std::move(phrase);
        }
        SourceMention document = DocumentOfTopic(doc, im.source_words, d.mention, run.first, cue_end);
        if (document.end_token > document.first_token) d.mention = std::move(document);
        src_first = d.mention.first_token;
        src_end = d.mention.end_token;
        speechless = IsSpeechlessThing(doc.Norm(doc.tokens[HeadEnd(doc, d.mention) - 1]));
      }
      if (!d.has_mention && place_only) continue;
      if (!d.has_mention || speechless ||
          !(CannotSpeak(doc, d.mention) || NamesQualifyNounAfterCue(doc, d.mention, cue_end)))
        break;
    }
    if (speechless) continue;
    if (d.has_mention && !apposed_role.role.empty() && d.mention.first_token == apposed_role.end_token + 1 &&
        !d.mention.name.empty() && d.mention.role.empty()) {
      d.mention.role = apposed_role.role;
      d.mention.role_kind = apposed_role.role_kind;
      if (d.mention.affiliation.empty()) d.mention.affiliation = apposed_role.affiliation;
    }
    bool direct = false;
    int quotation = -1;
    d.a.content = FindContent(doc, quotes, run.first, cue_end, src_first, src_end, &direct, &quotation);
    d.a.direct = direct;
    d.quotation = quotation;
    // Read after the content, which is found around the phrase as the ranker picked it.
    if (d.has_mention) RelativeAfterApposition(doc, im.source_words, run.first, cue_end, &d.mention);
    if (d.has_mention) AffiliateWithOwnerBeforeWhose(doc, im.source_words, run.first, cue_end, &d.mention);

    // Two levels: "US officials quoted by Reuters said …" -> officials said, via Reuters.
    if (d.has_mention) {
      uint32_t relay = UINT32_MAX, inner_head = UINT32_MAX;
      if (src_first >= 3 && IsRelayAt(doc, src_first - 2)) { relay = src_first - 2; inner_head = src_first - 3; }
      if (relay != UINT32_MAX && inner_head < doc.tokens.size() && !(doc.tokens[inner_head].flags & kTokPunct)) {
        Draft via = d;  // the relaying outlet
        via.a.cue = {doc.tokens[relay].start, doc.tokens[relay + 1].end};
        via.a.verb = NormText(doc, relay, relay + 2);
        via.a.stance = "neutral";
        via.relay = true;
        d.mention = ReadSourceMention(doc, im.source_words, inner_head, relay, cue_end);
        d.has_mention = d.mention.end_token > d.mention.first_token;
        via.a.source = via.mention.span;
        drafts.push_back(std::move(via));
      } else if (src_end + 2 < doc.tokens.size() && IsRelayAt(doc, src_end) &&
                 doc.tokens[src_end + 2].sentence == doc.tokens[src_end].sentence) {
        Draft via = d;
        via.a.cue = {doc.tokens[src_end].start, doc.tokens[src_end + 1].end};
        via.a.verb = NormText(doc, src_end, src_end + 2);
        via.a.stance = "neutral";
        via.relay = true;
        via.mention = ReadSourceMention(doc, im.source_words, src_end + 2, src_end, src_end + 2);
        via.has_mention = via.mention.end_token > via.mention.first_token;
        via.a.source = via.mention.span;
        if (via.has_mention) drafts.push_back(std::move(via));
      }
    }
    if (d.has_mention) d.a.source = d.mention.span;
    drafts.push_back(std::move(d));
  }

  // "according to X", "as stated by X" the tagger missed: the phrase is the cue, X the source.
  std::vector<Range> model_cues;
  for (const Draft& d : drafts) model_cues.push_back(d.a.cue);
  std::sort(model_cues.begin(), model_cues.end());
  auto overlaps_model_cue = [&](const Range& r) {  // cues do not nest: check the neighbours
    auto it = std::lower_bound(model_cues.begin(), model_cues.end(), r.end, [](const Range& a, uint32_t v) { return a.start < v; });
    for (int back = 0; back < 3 && it != model_cues.begin(); ++back) {
      --it;
      if (it->end > r.start) return true;
    }
    return false;
  };
  im.verbs.ForEachMatch(doc, [&](const PhraseMatch& match) {
    if (!im.source_follows[match.entry] || (doc.tokens[match.first_token].flags & kTokBoilerplate)) return;
    const uint32_t end = match.first_token + match.token_count;
    if (end >= doc.tokens.size() || doc.tokens[end].sentence != doc.tokens[match.first_token].sentence) return;
    const Range cue{doc.tokens[match.first_token].start, doc.tokens[end - 1].end};
    if (overlaps_model_cue(cue)) return;
    Draft d;
    d.a.cue = cue;
    d.a.verb = NormText(doc, match.first_token, end);
    d.a.stance = im.verbs.entry(match.entry).category;
    d.mention = ReadSourceMention(doc, im.source_words, end, match.first_token, end);
    d.has_mention = d.mention.end_token > d.mention.first_token;
    if (d.has_mention) d.a.source = d.mention.span;
    bool direct = false;
    d.a.content = FindContent(doc, quotes, match.first_token, end, d.mention.first_token, d.mention.end_token, &direct,
                              &d.quotation);
    d.a.direct = direct;
    drafts.push_back(std::move(d));
  });

  // A speaker's colon the tagger missed ("Name: what is said"): the last word of what is said, the
  // last token before `end` that is no punctuation (UINT32_MAX when fewer than two tokens follow
  // the colon), and the draft with the colon as its cue and the words after it as its content.
  auto said_after_colon_ends = [&](uint32_t colon, uint32_t end) {
    uint32_t last = end - 1;
    while (last > colon && (doc.tokens[last].flags & kTokPunct)) --last;
    return last < colon + 2 ? UINT32_MAX : last;
  };
  auto push_colon_draft = [&](Draft d, const Range& source, uint32_t colon, uint32_t last) {
    d.has_mention = true;
    d.a.cue = {doc.tokens[colon].start, doc.tokens[colon].end};
    d.a.source = source;
    d.a.content = {doc.tokens[colon + 1].start, doc.tokens[last].end};
    d.a.verb = ":";
    d.a.stance = "other";
    drafts.push_back(std::move(d));
  };

  // "John McCain: Republican Populist Anger …", "NY Post: …", "Obama on Climate Change: …": a
  // headline that opens with a speaker and a colon the tagger missed. The speaker is a run of at
  // most five name words (after a "Former"), alone or before "on", "to" or "at"; it speaks when
  // it reads as an outlet or organisation, or as a person with a listed given name, or a surname
  // alone that the body names. Labels ("The Latest:", "BREAKING:", "Paid Notice:") do not.
  for (const Sentence& s : doc.sentences) {
    if (!s.headline) continue;
    uint32_t colon = s.first_token;
    while (colon < s.end_token && colon < s.first_token + 9 && doc.Norm(doc.tokens[colon]) != ":") ++colon;
    if (colon >= s.end_token || doc.Norm(doc.tokens[colon]) != ":") continue;
    const uint32_t last = said_after_colon_ends(colon, s.end_token);  // before a closing period
    if (last == UINT32_MAX) continue;
    uint32_t name_end = s.first_token;
    if (doc.Norm(doc.tokens[name_end]) == "former") ++name_end;
    while (name_end < colon && (IsNameToken(doc, name_end) || doc.Norm(doc.tokens[name_end]) == ".")) ++name_end;
    if (name_end == s.first_token || name_end > s.first_token + 5 ||
        (name_end < colon && !OneOf(doc.Norm(doc.tokens[name_end]), {"on", "to", "at"})))
      continue;
    const Range cue{doc.tokens[colon].start, doc.tokens[colon].end};
    if (overlaps_model_cue(cue)) continue;
    Draft d;
    d.mention = ReadSourcePhrase(doc, im.source_words, s.first_token, name_end);
    const SourceMention& m = d.mention;
    const bool body = (m.institution_kind == SourceWord::kOutlet || m.institution_kind == SourceWord::kOrganisation) &&
                      m.name.empty();
    bool person = !m.name.empty() && im.source_words.GivenNameGender(m.given) != 0;
    const bool one_word = m.name.find(' ') == std::string::npos;  // "Sanders:", not "Paid Notice:"
    for (uint32_t k = s.end_token; !person && one_word && !m.surname.empty() && k < doc.tokens.size(); ++k)
      person = !(doc.tokens[k].flags & kTokHeadline) && doc.Norm(doc.tokens[k]) == m.surname && IsNameToken(doc, k);
    if (!body && !person) continue;
    push_colon_draft(std::move(d), m.span, colon, last);
  }

  // "“WALLACE: Let's start with breaking news …", "“PENCE: Well, look, …", "TAPPER: And …":
  // a transcript's speaker label the tagger missed. A body paragraph opens (past an opening
  // quotation mark) with a label of one to four capitalized words and a colon, two or more
  // tokens after it; the label speaks and the rest of the paragraph is what it says, when the
  // same label opens another paragraph so (a transcript, not a one-off "Washington:") and is
  // none of the page's own labels ("Update:", "Related:", "Photo:"), and it reads as a person:
  // all capitals, a role, a listed given name, or a surname the text writes mid-sentence (not
  // an interview's "Q:" and "A:", left to the tagger).
  static const WordSet kPageLabels = {"update", "updated", "updates", "related", "photo", "photos", "video", "watch",
                                      "note", "editor", "correction", "clarification", "source", "sources",
                                      "credit", "image", "images", "advertisement", "listen", "tags", "topics",
                                      "breaking", "latest", "read", "see", "share", "follow", "contact", "email"};
  struct TranscriptLabel {
    uint32_t first, colon, last;  // label [first, colon), content (colon, last]
    std::string key;              // the label's normalized words
  };
  std::vector<TranscriptLabel> labels;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.headline || p.boilerplate || p.first_token >= p.end_token) continue;
    uint32_t first = p.first_token;
    if (doc.tokens[first].flags & kTokOpenQuote) ++first;
    TranscriptLabel label{first, first, 0, ""};
    for (; label.colon < p.end_token && label.colon < first + 4; ++label.colon) {
      const Token& t = doc.tokens[label.colon];
      if (!(t.flags & kTokWord) || !(t.flags & kTokCapitalized) || kPageLabels.Contains(doc.Norm(t))) break;
      label.key.append(doc.Norm(t)).push_back(' ');
    }
    if (label.colon == first || label.colon >= p.end_token || doc.Norm(doc.tokens[label.colon]) != ":") continue;
    label.last = said_after_colon_ends(label.colon, p.end_token);
    if (label.last == UINT32_MAX) continue;
    labels.push_back(std::move(label));
  }
  std::unordered_map<std::string, int> label_count;
  for (const TranscriptLabel& label : labels) ++label_count[label.key];
  std::unordered_set<std::string_view> named_mid_sentence;  // capitalized names not opening a sentence or a label
  bool named_read = false;
  for (const TranscriptLabel& label : labels) {
    const Range cue{doc.tokens[label.colon].start, doc.tokens[label.colon].end};
    if (label_count[label.key] < 2 || overlaps_model_cue(cue)) continue;
    Draft d;
    d.mention = ReadSourcePhrase(doc, im.source_words, label.first, label.colon);
    const SourceMention& m = d.mention;
    bool person = !m.role.empty() || im.source_words.GivenNameGender(m.given) != 0;
    for (uint32_t k = label.first; k < label.colon && !person; ++k) person = doc.tokens[k].flags & kTokAllCaps;
    if (!person && !m.surname.empty()) {
      for (uint32_t k = 0; !named_read && k + 1 < doc.tokens.size(); ++k)
        if ((doc.tokens[k].flags & (kTokSentenceStart | kTokHeadline | kTokCapitalized)) == kTokCapitalized &&
            doc.Norm(doc.tokens[k + 1]) != ":" && IsNameToken(doc, k))
          named_mid_sentence.insert(doc.Norm(doc.tokens[k]));
      named_read = true;
      person = named_mid_sentence.count(m.surname) > 0;
    }
    if (!person) continue;  // "Present Problems:", "Federation:": a list's headings
    push_colon_draft(std::move(d), {doc.tokens[label.first].start, doc.tokens[label.colon - 1].end}, label.colon,
                     label.last);
  }

  // "In a national CNN/ORC poll released Monday, 31% of Republicans said …": "In" opening a
  // sentence before a poll or survey (at most eight words between, no comma, verb or preposition:
  // not "In a request for information about the polling") is a cue the
  // tagger missed; the poll is the source, the clause after its comma the content. ("Trump is
  // leading in the polls" is as often no attribution.)
  static const WordSet kPolls = {"poll", "polls", "survey", "surveys", "polling"};
  PhraseMatch verb[1];
  for (uint32_t k = 0; k + 1 < doc.tokens.size(); ++k) {
    if (doc.Norm(doc.tokens[k]) != "in" || (doc.tokens[k].flags & (kTokBoilerplate | kTokQuoted)) ||
        !OpensSentenceOrClause(doc, k))
      continue;
    const uint32_t sentence = doc.tokens[k].sentence;
    uint32_t poll = k + 1;
    while (poll < doc.tokens.size() && poll < k + 10 && doc.tokens[poll].sentence == sentence &&
           !kPolls.Contains(doc.Norm(doc.tokens[poll])) &&
           !OneOf(doc.Norm(doc.tokens[poll]), {"for", "about", "of", "on", "from", "with", "to"}) &&
           ((doc.tokens[poll].flags & (kTokWord | kTokNumber)) || OneOf(doc.Norm(doc.tokens[poll]), {"/", "-", "."})) &&
           im.verbs.MatchAt(doc, poll, verb, 1) == 0)
      ++poll;
    if (poll >= doc.tokens.size() || poll >= k + 10 || doc.tokens[poll].sentence != sentence ||
        !kPolls.Contains(doc.Norm(doc.tokens[poll])))
      continue;
    const Sentence& s = doc.sentences[sentence];
    const Range cue{doc.tokens[k].start, doc.tokens[k].end};
    if (overlaps_model_cue(cue)) continue;
    Draft d;
    d.mention = ReadSourcePhrase(doc, im.source_words, k + 1, poll + 1);
    ReadAsDocument(&d.mention);
    d.has_mention = true;
    d.a.cue = cue;
    d.a.source = d.mention.span;
    uint32_t first = poll + 1, end = s.end_token;  // "In a … poll, | 31% of Republicans said …"
    while (first < s.end_token && doc.Norm(doc.tokens[first]) != ",") ++first;
    ++first;
    while (end > first && (doc.tokens[end - 1].flags & kTokPunct)) --end;
    if (first >= end) continue;
    const auto words = std::count_if(doc.tokens.begin() + first, doc.tokens.begin() + end,
                                     [](const Token& t) { return (t.flags & kTokWord) != 0; });
    if (words < 3) continue;  // "In the polls, anyway."
    d.a.content = {doc.tokens[first].start, doc.tokens[end - 1].end};
    d.a.verb = "in";
    d.a.stance = "neutral";
    drafts.push_back(std::move(d));
  }

  // The tagger may also have marked "quoted" of a relay as a cue of its own: the relay wins;
  // both cues of "US officials quoted by Reuters said" may find the same relay: keep one.
  std::vector<Range> relays;
  for (const Draft& d : drafts) if (d.relay) relays.push_back(d.a.cue);
  if (!relays.empty()) {
    std::sort(relays.begin(), relays.end());
    auto overlaps_relay = [&](const Range& r) {
      auto it = std::lower_bound(relays.begin(), relays.end(), r.end, [](const Range& a, uint32_t v) { return a.start < v; });
      return it != relays.begin() && (it - 1)->end > r.start;
    };
    std::vector<uint32_t> kept_relays;  // cue starts already kept
    std::vector<Draft> kept;
    kept.reserve(drafts.size());
    for (Draft& d : drafts) {
      if (!d.relay) {
        if (!overlaps_relay(d.a.cue)) kept.push_back(std::move(d));
      } else if (std::find(kept_relays.end() - std::min<std::ptrdiff_t>(4, static_cast<std::ptrdiff_t>(kept_relays.size())),
                           kept_relays.end(), d.a.cue.start) == kept_relays.end()) {
        kept_relays.push_back(d.a.cue.start);
        kept.push_back(std::move(d));
      }
    }
    drafts = std::move(kept);
  }
  // Roles and affiliations given elsewhere in the text; owners of "his office".
  const std::vector<uint32_t> name_tokens = NameTokens(doc);
  MentionCompleter completer(doc, im.source_words, name_tokens);
  for (Draft& d : drafts) {
    if (!d.has_mention) continue;
    completer.Complete(&d.mention);
    if (!d.mention.possessive.empty() && d.mention.name.empty() && d.mention.owner.empty()) {
      SourceMention owner;
      if (FindOwnerBefore(doc, im.source_words, &completer, d.mention, &owner)) {
        d.mention.owner = owner.name;
        d.mention.owner_affiliation = owner.affiliation;
      }
    }
  }

  // Joint speakers get the attribution too, each its own, with the same cue and content (the
  // evaluator counts them as one attribution). They go before it: a quotation that continues
  // the speaker continues the mention the ranker chose.
  {
    std::vector<Draft> with_joint;
    with_joint.reserve(drafts.size());
    for (Draft& d : drafts) {
      if (d.has_mention && !d.relay && !d.a.cue.empty()) {
        const uint32_t cue_first = TokenAtByte(doc, d.a.cue.start), cue_end = TokenAtByte(doc, d.a.cue.end);
        // "David and Jeanne Heidler wrote": the pick, a given name alone, has the surname after.
        const bool given_and = d.mention.end_token == d.mention.first_token + 1 &&
                               d.mention.end_token < doc.tokens.size() &&
                               doc.Norm(doc.tokens[d.mention.end_token]) == "and";
        uint32_t name_end = d.mention.end_token + 1;
        while (given_and && name_end < doc.tokens.size() && name_end < d.mention.end_token + 5 &&
               IsNameToken(doc, name_end))
          ++name_end;
        if (name_end > d.mention.end_token + 2 && (name_end <= cue_first || d.mention.first_token >= cue_end)) {
          SourceMention named;
          const SourceMention after = ReadSourceMention(doc, im.source_words, name_end - 1, cue_first, cue_end);
          if (SharesSurname(doc, im.source_words, d.mention.first_token, after, &named)) d.mention = std::move(named);
        }
        for (SourceMention& other : JointSpeakers(doc, im.source_words, &completer, d.mention, cue_first, cue_end)) {
          Draft joint = d;
          joint.mention = std::move(other);
          joint.a.source = joint.mention.span;
          with_joint.push_back(std::move(joint));
        }
      }
      with_joint.push_back(std::move(d));
    }
    drafts = std::move(with_joint);
  }

  // 5: credit lines.
  for (const CreditLine& line : FindCreditLines(doc)) {
    for (const auto& [first, end] : line.items) {
      Draft d;
      d.a.cue = {doc.tokens[line.label_first].start, doc.tokens[line.label_end - 1].end};
      d.a.verb = "credited";
      d.a.stance = "neutral";
      d.mention = ReadSourcePhrase(doc, im.source_words, first, end);
      if (d.mention.institution.empty() && d.mention.pronoun.empty()) {
        // An unknown name in a credit line is still a cited outlet.
        d.mention.institution = d.mention.text;
        d.mention.institution_kind = SourceWord::kOutlet;
        d.mention.affiliation = d.mention.text;
        d.mention.name.clear();
        d.mention.anonymous = false;
      }
      d.has_mention = true;
      d.a.source = d.mention.span;
      drafts.push_back(std::move(d));
    }
  }

  // 5b: signed quotations: a dash after the closing mark, then a name ("…” ― Sonya Herridge",
  // "“…” — Josh Earnest, White House spokesman."). The dash is the cue, the name the source
  // (also when the boilerplate pass took the signature for a byline).
  const std::vector<int> outermost = quotes.Outermost();  // in text order
  for (int q : outermost) {
    const Quotation& quote = doc.quotations[static_cast<size_t>(q)];
    const uint32_t dash = quote.end_token + 1;  // end_token is the closing mark
    if (!quote.closed || quote.words < 3 || dash + 1 >= doc.tokens.size()) continue;
    const Token& mark = doc.tokens[dash];
    if (!(mark.flags & kTokPunct) || doc.Norm(mark) != "-" ||
        (doc.tokens[dash + 1].flags & kTokParagraphStart) ||
        !(doc.tokens[dash + 1].flags & kTokCapitalized))
      continue;
    const uint32_t paragraph = doc.sentences[doc.tokens[quote.end_token].sentence].paragraph;
    if (doc.sentences[mark.sentence].paragraph != paragraph) continue;
    // Not a hyphen joining the quotation to a word ("“Kate’s Law”-Victim’s Killer").
    if (doc.tokens[quote.end_token].end == mark.start && mark.end == doc.tokens[dash + 1].start) continue;
    const Range cue{mark.start, mark.end};
    if (overlaps_model_cue(cue)) continue;
    uint32_t head = dash + 1;  // the name's last word; the mention takes in an apposition after it
    while (head + 1 < doc.tokens.size() && head < dash + 6 && IsNameToken(doc, head + 1) &&
           !(doc.tokens[head + 1].flags & kTokParagraphStart))
      ++head;
    Draft d;
    d.mention = ReadSourceMention(doc, im.source_words, head, dash, dash + 1);
    if (d.mention.name.empty() && d.mention.institution.empty()) continue;
    // The signature ends its paragraph, after at most a short apposition (", White House
    // spokesman."); "“…” — Mr. Stone was charged" is a dash inside a sentence.
    uint32_t after = d.mention.end_token;
    const bool apposition = after < doc.tokens.size() && doc.Norm(doc.tokens[after]) == ",";
    uint32_t words_after = 0;
    for (; after < doc.tokens.size() && !(doc.tokens[after].flags & kTokParagraphStart); ++after)
      if (!(doc.tokens[after].flags & kTokPunct)) ++words_after;
    if (words_after > (apposition ? 8u : 0u)) continue;
    completer.Complete(&d.mention);
    d.has_mention = true;
    d.a.cue = cue;
    d.a.source = d.mention.span;
    d.a.content = quote.inner;
    d.a.direct = true;
    d.a.verb = "signed";
    d.a.stance = "neutral";
    d.quotation = q;
    drafts.push_back(std::move(d));
  }

  // "Voters backing Trump said they were angry": a cue inside another attribution's source
  // phrase reports no further than that phrase ("backing" backs Trump, not what was said).
  std::vector<Range> phrases;  // the source phrases, by start
  for (const Draft& d : drafts)
    if (d.has_mention) phrases.push_back(d.a.source);
  std::sort(phrases.begin(), phrases.end(), [](const Range& x, const Range& y) { return x.start < y.start; });
  for (Draft& inner : drafts) {
    auto it = std::upper_bound(phrases.begin(), phrases.end(), inner.a.cue.start,
                               [](uint32_t v, const Range& r) { return v < r.start; });
    for (int steps = 0; it != phrases.begin() && steps < 4; ++steps) {
      const Range& phrase = *--it;
      if (inner.a.cue.end <= phrase.end && inner.a.content.start < phrase.end && inner.a.content.end > phrase.end)
        inner.a.content.end = phrase.end;
    }
  }

  // "Andreessen, who backed Mr. Romney in 2012, said on Twitter that", "he did his research and
  // said that": the content ends before the comma, dash, "and" or subordinator that leads to a
  // later cue of the same speaker inside it.
  for (size_t i = 0; i < drafts.size(); ++i) {
    Draft& inner = drafts[i];
    if (!inner.has_mention || inner.a.content.empty()) continue;
    for (size_t j = i + 1; j < drafts.size() && j < i + 4; ++j) {
      const Draft& later = drafts[j];
      if (!later.has_mention || later.mention.first_token != inner.mention.first_token ||
          later.a.cue.start <= inner.a.content.start || later.a.cue.start >= inner.a.content.end)
        continue;
      uint32_t end = TokenAtByte(doc, later.a.cue.start);
      auto joining = [&](uint32_t k) {  // ", and then", "before", "by" leading to the later cue
        const std::string_view w = doc.Norm(doc.tokens[k]);
        return OneOf(w, {",", "and", "but", "then", "also"}) || IsDash(doc, k) || IsSubordinator(w) || IsPreposition(w);
      };
      while (end > 0 && joining(end - 1)) --end;
      if (end > 0 && doc.tokens[end - 1].end > inner.a.content.start) inner.a.content.end = doc.tokens[end - 1].end;
      break;
    }
  }

  // "Rabbis called for a boycott of his speech, and the civil rights organization the League
  // denounced …": the content ends before the comma and "and"/"but" opening a later cue's clause,
  // its subject inside the content right before that cue.
  for (size_t i = 0; i < drafts.size(); ++i) {
    Draft& inner = drafts[i];
    if (!inner.has_mention || inner.a.content.empty()) continue;
    for (size_t j = i + 1; j < drafts.size() && j < i + 4; ++j) {
      const Draft& later = drafts[j];
      if (!later.has_mention || !later.mention.pronoun.empty() || later.a.source.start <= inner.a.content.start ||
          later.a.cue.start >= inner.a.content.end || later.a.source.end > later.a.cue.start ||
          TokenAtByte(doc, later.a.cue.start) > later.mention.end_token + 2)
        continue;
      const uint32_t subject = later.mention.first_token;
      for (uint32_t k = subject; k > 1 && k + 12 > subject; --k) {
        const std::string_view w = doc.Norm(doc.tokens[k - 1]);
        if (OneOf(w, {"and", "but"}) && doc.Norm(doc.tokens[k - 2]) == ",") {
          const Range comma = {doc.tokens[k - 2].start, doc.tokens[k - 2].end};
          if (comma.start > inner.a.content.start && comma.end < inner.a.content.end)
            inner.a.content.end = doc.tokens[k - 3].end;
          break;
        }
        if (!(doc.tokens[k - 1].flags & kTokWord) || IsBeOrHave(w) || IsModal(w) || IsSubordinator(w) ||
            IsRelativePronoun(w) || EndsAfterStem(w, "ed", 3))
          break;
      }
      break;
    }
  }

  // 6: quotations no attribution claims continue a speaker.
  std::vector<bool> claimed(doc.quotations.size(), false);
  for (const Draft& d : drafts) {
    if (d.quotation >= 0) claimed[static_cast<size_t>(d.quotation)] = true;
    if (d.a.content.empty()) continue;
    auto it = std::lower_bound(outermost.begin(), outermost.end(), d.a.content.start, [&](int q, uint32_t v) {
      return doc.quotations[static_cast<size_t>(q)].inner.end <= v;
    });
    for (; it != outermost.end() && doc.quotations[static_cast<size_t>(*it)].inner.start < d.a.content.end; ++it)
      claimed[static_cast<size_t>(*it)] = true;
  }
  auto paragraph_of_token = [&](uint32_t token) {
    return token < doc.tokens.size() ? static_cast<int>(doc.sentences[doc.tokens[token].sentence].paragraph) : -1;
  };
  auto paragraph_of_byte = [&](uint32_t byte) {  // binary search over paragraphs (in text order)
    auto it = std::upper_bound(doc.paragraphs.begin(), doc.paragraphs.end(), byte,
                               [](uint32_t v, const Paragraph& p) { return v < p.start; });
    if (it == doc.paragraphs.begin()) return -1;
    --it;
    return byte < it->end ? static_cast<int>(it - doc.paragraphs.begin()) : -1;
  };
  // Per paragraph: the last cue-based draft with direct content there, and with any content.
  std::unordered_map<int, int> last_direct, last_any;
  const size_t cue_drafts = drafts.size();
  for (size_t k = 0; k < cue_drafts; ++k) {
    const Draft& d = drafts[k];
    if (!d.has_mention || d.a.content.empty()) continue;
    const int p = paragraph_of_byte(d.a.content.start);
    last_any[p] = static_cast<int>(k);
    if (d.a.direct) last_direct[p] = static_cast<int>(k);
  }
  auto lookup = [](const std::unordered_map<int, int>& m, int p) { const auto it = m.find(p); return it == m.end() ? -1 : it->second; };
  for (int q : outermost) {
    const Quotation& quote = doc.quotations[static_cast<size_t>(q)];
    if (claimed[static_cast<size_t>(q)] || quote.words < 3) continue;
    const int paragraph = paragraph_of_token(quote.first_token);
    if (paragraph < 0 || doc.paragraphs[static_cast<size_t>(paragraph)].boilerplate) continue;
    // The speaker: a cue-based attribution with a direct quotation in the same paragraph, else
    // the last one in the previous paragraph when this paragraph opens with the quotation.
    int from = lookup(last_direct, paragraph);
    const bool opens_paragraph = quote.first_token > 0 && (doc.tokens[quote.first_token - 1].flags & kTokParagraphStart);
    if (from < 0 && (quote.continued || opens_paragraph) && paragraph > 0)
      from = lookup(quote.continued ? last_any : last_direct, paragraph - 1);
    if (from < 0) continue;
    Draft d;
    d.a.content = quote.inner;
    d.a.direct = true;
    d.a.verb = drafts[static_cast<size_t>(from)].a.verb;
    d.a.stance = drafts[static_cast<size_t>(from)].a.stance;
    d.quotation = q;
    d.inherit_from = from;
    drafts.push_back(std::move(d));
  }

  // 7: group the mentions into sources, in text order.
  std::vector<size_t> order;
  for (size_t k = 0; k < drafts.size(); ++k) if (drafts[k].has_mention) order.push_back(k);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return drafts[x].mention.span.start < drafts[y].mention.span.start;
  });
  std::vector<SourceMention> mentions;
  mentions.reserve(order.size());
  for (size_t k : order) mentions.push_back(drafts[k].mention);
  // "the statement said" after "… said in a statement": the same source; not after a cue that
  // judges another's document ("called a report suggesting … outrageous").
  static const WordSet kJudging = {"called", "dismissed", "disputed", "rejected", "criticized", "denied", "questioned",
                                   "cited", "blasted", "slammed", "attacked", "challenged", "denounced", "refuted",
                                   "mocked", "ridiculed", "praised", "welcomed", "cast"};
  for (size_t i = 0; i < mentions.size(); ++i) {
    SourceMention& m = mentions[i];
    if (!m.document || !m.name.empty() || m.indefinite || m.key.empty()) continue;
    for (size_t j = i; j-- > 0 && i - j <= 16;) {
      const std::string& verb = drafts[order[j]].a.verb;
      if (verb.find(m.key) == std::string::npos) continue;
      const Range cue = drafts[order[j]].a.cue;
      if (cue.empty() || !kJudging.Contains(doc.Norm(doc.tokens[TokenAtByte(doc, cue.start)])))
        m.same_as = static_cast<int>(j);
      break;
    }
  }
  std::vector<int> ids;
  std::vector<Source> sources;
  SentenceSubjects subjects(doc, im.source_words, &completer);
  GroupSources(doc, im.source_words, mentions,
               [&](uint32_t at, SubjectKind kind) { return subjects.Before(at, kind); }, name_tokens, &ids, &sources);
  for (size_t i = 0; i < order.size(); ++i) drafts[order[i]].a.source_id = ids[i];
  for (Draft& d : drafts)
    if (d.inherit_from >= 0) d.a.source_id = drafts[static_cast<size_t>(d.inherit_from)].a.source_id;

  std::vector<size_t> by_start(drafts.size());  // drafts are large: their indices are sorted
  for (size_t k = 0; k < by_start.size(); ++k) by_start[k] = k;
  std::stable_sort(by_start.begin(), by_start.end(),
                   [&](size_t x, size_t y) { return DraftStart(drafts[x]) < DraftStart(drafts[y]); });
  report->attributions.reserve(report->attributions.size() + drafts.size());
  for (size_t k : by_start) {
    Draft& d = drafts[k];
    if (d.a.source_id >= 0) ++sources[static_cast<size_t>(d.a.source_id)].attributions;
    report->attributions.push_back(std::move(d.a));
  }
  report->sources = std::move(sources);

  // 8: metrics.
  WriteSourceMetrics(ComputeSourceDiversity(report->attributions, report->sources), report);
}

}  // namespace biaslens
