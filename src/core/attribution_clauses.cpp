// The clause around an attribution cue; see attribution_clauses.h.
#include "core/attribution_clauses.h"

#include <string_view>

#include "core/sources_mentions.h"
#include "core/word_set.h"

namespace biaslens {

bool OpensSentenceOrClause(const Document& doc, uint32_t k) {
  const uint32_t first = doc.sentences[doc.tokens[k].sentence].first_token;
  return k == first || (k == first + 1 && OneOf(doc.Norm(doc.tokens[first]), {"and", "but", "yet", "so"}));
}

// A cue right after "and", "but" or "yet" (auxiliaries and adverbs between) is a verb that
// shares the subject of the clause it joins: "Lazar said he welcomed extradition and added",
// "She has proposed … and called for". Returns the conjunction's token, or UINT32_MAX when the
// cue follows none in its sentence ("Pelosi and Schumer said" has a name before the cue).
uint32_t ConjunctionBeforeCue(const Document& doc, uint32_t cue_first) {
  static const WordSet kBetween = {"has", "have", "had", "also", "then", "later", "now", "still", "again", "even",
                                   "often", "once", "twice", "did", "does", "soon", "quickly", "at", "last",
                                   "most", "more", "first", "never", "always", "just", "already", "almost"};
  const uint32_t sentence = doc.tokens[cue_first].sentence;
  uint32_t k = cue_first;
  for (int steps = 0; k > 0 && steps < 4; ++steps) {
    const Token& t = doc.tokens[k - 1];
    if (t.sentence != sentence) return UINT32_MAX;
    const std::string_view w = doc.Norm(t);
    if (w == "and" || w == "but" || w == "yet") return k - 1;
    if (!IsLowercaseLyAdverb(doc, k - 1) && !kBetween.Contains(w)) break;
    --k;
  }
  // "but in a later interview said", "and on Tuesday said": a prepositional phrase of lower-case
  // words or a weekday, with a determiner only after the preposition (not "at one point the
  // crowd"), between the conjunction and the cue.
  static const WordSet kWeekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  static const WordSet kPrepositions = {"in", "on", "at", "during"};
  for (uint32_t j = cue_first; j > 1 && j + 6 > cue_first; --j) {
    const Token& t = doc.tokens[j - 1];
    const std::string_view w = doc.Norm(t);
    if (t.sentence != sentence || !(t.flags & kTokWord) || IsPersonalPronoun(w)) return UINT32_MAX;
    if ((t.flags & kTokCapitalized) && !kWeekdays.Contains(w)) return UINT32_MAX;
    if (OneOf(w, {"the", "a", "an", "his", "her", "their", "its", "this", "that", "one"}) &&
        !kPrepositions.Contains(doc.Norm(doc.tokens[j - 2])))
      return UINT32_MAX;
    if (kPrepositions.Contains(w) && j - 1 < cue_first - 1) {
      const std::string_view before = doc.Norm(doc.tokens[j - 2]);
      return doc.tokens[j - 2].sentence == sentence && (before == "and" || before == "but") ? j - 2 : UINT32_MAX;
    }
  }
  return UINT32_MAX;
}

namespace {

// An adverb that may stand before or inside a cue: "instead", "meanwhile", a word in "-ly".
bool IsAdverb(std::string_view w) { return IsSentenceAdverb(w) || IsLyForm(w); }

// The token after "Washington (AFP) –", "Paris, France (Reuters) -" opening the sentence (a
// place in capitalised words, a news agency's one-word name in parentheses, a dash), else the
// sentence's first token. Not a party tag ("Smith (D) -").
uint32_t AgencyDatelineEnd(const Document& doc, const Sentence& s) {
  const uint32_t k = s.first_token;
  for (uint32_t i = k; i < s.end_token && i < k + 6; ++i) {
    const std::string_view w = doc.Norm(doc.tokens[i]);
    if (w == "(")
      return i > k && i + 3 < s.end_token && (doc.tokens[i + 1].flags & kTokCapitalized) &&
                     doc.Norm(doc.tokens[i + 2]) == ")" && IsDash(doc, i + 3) && PartyOfTagAt(doc, i).empty()
                 ? i + 4
                 : k;
    if (!(doc.tokens[i].flags & kTokCapitalized) && w != "," && w != ".") return k;
  }
  return k;
}

}  // namespace

// The first token after the sentence's dateline, else its first token: an all-caps word and words
// that open with no lower-case letter up to a dash ("ORLANDO, Fla. (Reuters) -"; not "DNC Chair
// Debbie Wasserman Schultz dismissed the accusations —").
uint32_t DatelineEnd(const Document& doc, uint32_t sentence) {
  const Sentence& s = doc.sentences[sentence];
  const uint32_t k = s.first_token;
  if (k >= s.end_token) return k;
  if (!(doc.tokens[k].flags & kTokAllCaps)) return AgencyDatelineEnd(doc, s);
  for (uint32_t i = k + 1; i < s.end_token && i < k + 12; ++i) {
    if (IsDash(doc, i)) return i + 1;
    const Token& t = doc.tokens[i];
    if ((t.flags & kTokWord) && doc.text[t.start] >= 'a' && doc.text[t.start] <= 'z') return k;
  }
  return k;
}

// Where the subject of the clause holding `inside` starts: the sentence's first word after
// a dateline ("ORLANDO, Fla. (Reuters) -"), "And"/"But"/"So", and an opening adverbial or
// participle phrase that ends in a comma ("On Sunday,", "Likewise,", "Asked whether …,").
// UINT32_MAX when no word is left before `inside`.
uint32_t ClauseSubjectStart(const Document& doc, uint32_t inside) {
  uint32_t k = DatelineEnd(doc, doc.tokens[inside].sentence);
  if (k < inside && OneOf(doc.Norm(doc.tokens[k]), {"and", "but", "so", "yet", "still", "now", "then"})) ++k;
  static const WordSet kOpeners = {"on", "in", "at", "after", "before", "during", "since", "last", "earlier", "later",
                                   "just", "when", "while", "as", "until", "for", "with", "without", "by", "despite",
                                   "meanwhile", "however", "instead", "yesterday", "today", "tonight", "this", "over",
                                   "from", "under", "amid", "following", "if", "although", "though", "once", "like",
                                   "unlike", "separately", "also", "of", "to", "asked", "speaking", "according",
                                   "nearby", "elsewhere", "afterward", "afterwards", "overall"};
  // Two such phrases may follow each other: "Last month, when I asked him …, he looked".
  for (int phrases = 0; phrases < 2; ++phrases) {
    if (k >= inside) return UINT32_MAX;
    const std::string_view first = doc.Norm(doc.tokens[k]);
    auto ends = [&](std::string_view tail) {
      return first.size() > tail.size() + 2 && first.substr(first.size() - tail.size()) == tail;
    };
    const bool shaped = ends("ly") || ends("ing") || ends("ed");
    const bool word_and_comma =  // "Likewise,"
        k + 1 < inside && doc.Norm(doc.tokens[k + 1]) == "," && !IsNameToken(doc, k);
    if (!(kOpeners.Contains(first) || shaped || word_and_comma)) break;
    uint32_t comma = k + 1;
    while (comma < inside && comma < k + 24 && doc.Norm(doc.tokens[comma]) != ",") ++comma;
    if (comma >= inside || comma >= k + 24) return UINT32_MAX;
    k = comma + 1;
  }
  if (k >= inside || (doc.tokens[k].flags & kTokPunct)) return UINT32_MAX;
  return k;
}

// See attribution_clauses.h.
bool IsParticipleAfterComma(const Document& doc, uint32_t cue_first, bool through_quote, uint32_t* comma_at) {
  auto adverb = [&](uint32_t k) { return IsAdverb(doc.Norm(doc.tokens[k])); };
  uint32_t participle = cue_first, comma = cue_first;  // ", instead seeking": in the cue or before it
  if (adverb(cue_first) && cue_first + 1 < doc.tokens.size()) {
    ++participle;
  } else {
    // ", even while keeping", ", after saying": past a subordinator, and an adverb before it.
    if (comma > 0 && OneOf(doc.Norm(doc.tokens[comma - 1]), {"while", "when", "after", "before", "since", "without",
                                                             "despite"}))
      --comma;
    if (comma > 0 && (adverb(comma - 1) || OneOf(doc.Norm(doc.tokens[comma - 1]), {"even", "all", "just"}))) --comma;
  }
  if (comma == 0) return false;
  --comma;
  if (through_quote && comma > 0 && (doc.tokens[comma].flags & kTokQuoteMark) && doc.Norm(doc.tokens[comma - 1]) == ",")
    --comma;
  if ((doc.Norm(doc.tokens[comma]) != "," && !IsDash(doc, comma)) ||
      doc.tokens[comma].sentence != doc.tokens[cue_first].sentence)
    return false;
  const std::string_view w = doc.Norm(doc.tokens[participle]);
  if (comma_at) *comma_at = comma;
  return IsIngForm(w) && w != "according";
}

// The first token of the clause holding `at`: after the last ";", "while" or "whereas" of its
// sentence before it, else the sentence's first token.
uint32_t ClauseStart(const Document& doc, uint32_t at) {
  const uint32_t sentence = doc.tokens[at].sentence;
  uint32_t k = at;
  while (k > 0 && doc.tokens[k - 1].sentence == sentence && !OneOf(doc.Norm(doc.tokens[k - 1]), {";", "while", "whereas"})) --k;
  return k;
}

// See attribution_clauses.h.
bool IsTellingVerb(std::string_view norm) {
  static const WordSet kVerbs = {"told", "tells", "tell", "telling", "assured", "reminded", "informed", "warned"};
  return kVerbs.Contains(norm);
}

bool OpensMainClause(const Document& doc, uint32_t k) {
  const std::string_view w = doc.Norm(doc.tokens[k]);
  if (IsPersonalPronoun(w) || w == "there" ||
      OneOf(w, {"the", "a", "an", "his", "her", "its", "their", "this", "these", "some", "many", "most"}))
    return true;
  return (doc.tokens[k].flags & kTokCapitalized) && !IsStateAbbreviation(w);
}

// See attribution_clauses.h. "By refusing to admit any fault, Trump …" after a preposition.
uint32_t SubjectAfterOpeningParticiple(const Document& doc, uint32_t cue_first, uint32_t cue_end) {
  static const WordSet kFiniteVerbs = {"is", "was", "are", "were", "would", "will", "could", "can", "should",
                                       "may", "might", "must", "has", "have", "had", "does", "did"};
  static const WordSet kPrepositions = {"after", "by", "before", "while", "when", "since", "upon", "without", "in",
                                        "on", "despite", "besides"};
  const std::string_view w = doc.Norm(doc.tokens[cue_first]);
  if (!IsIngForm(w) || w == "according") return UINT32_MAX;
  const Sentence& s = doc.sentences[doc.tokens[cue_first].sentence];
  // The adverbial opens the sentence, or its clause after "and"/"but", with the participle or a
  // preposition before it ("Citing internal documents, the Journal reported").
  const bool after_preposition = cue_first > s.first_token && kPrepositions.Contains(doc.Norm(doc.tokens[cue_first - 1]));
  if (!OpensSentenceOrClause(doc, after_preposition ? cue_first - 1 : cue_first)) return UINT32_MAX;
  // The comma may close a quotation the adverbial quotes: "Citing “obligations in Tennessee,” the
  // spokeswoman told".
  bool quoting = false, reported = false;
  for (uint32_t k = cue_end; k < s.end_token && k < cue_end + 25; ++k) {
    const Token& t = doc.tokens[k];
    const std::string_view x = doc.Norm(t);
    if (x == ",") {
      const bool closes = quoting && k + 1 < s.end_token && (doc.tokens[k + 1].flags & kTokCloseQuote);
      if (quoting && !closes) continue;
      const uint32_t subject = closes ? k + 2 : k + 1;
      if (subject >= s.end_token) return UINT32_MAX;
      // Past the commas of a list the adverbial holds: "Rattling off promises to lower student
      // debt, reform the immigration system and improve education, Clinton promised".
      if (!closes && (doc.tokens[subject].flags & kTokWord) && !OpensMainClause(doc, subject)) continue;
      return subject;
    }
    if ((t.flags & kTokOpenQuote) && !quoting) {
      quoting = true;
      continue;
    }
    if ((t.flags & kTokCloseQuote) && quoting) {
      quoting = false;
      continue;
    }
    if (x == ";" || x == ":" || (t.flags & kTokQuoteMark)) return UINT32_MAX;
    // "Naming a third justice would be an achievement, …": a finite verb makes the participle a
    // subject, not an adverbial (unless a clause it reports holds the verb: "Noting that both
    // were outsiders, Schlafly …").
    reported = reported || OneOf(x, {"that", "how", "what", "why", "whether", "if", "who"});
    if (!quoting && !reported && !after_preposition && kFiniteVerbs.Contains(x)) return UINT32_MAX;
  }
  return UINT32_MAX;
}

namespace {

// Participles of feelings: the subject of "were angered by the plea deal" feels, the agent does not speak.
const WordSet& FeelingParticiples() {
  static const WordSet kFeelings = {
      "angered", "intrigued", "shocked", "surprised", "concerned", "worried", "pleased", "disappointed", "frustrated",
      "troubled", "alarmed", "encouraged", "impressed", "moved", "offended", "outraged", "swayed", "stunned",
      "bothered", "annoyed", "irritated", "amazed", "dismayed", "saddened", "horrified", "heartened", "inspired",
      "convinced", "persuaded", "struck", "interested", "fascinated", "excited", "thrilled", "delighted", "satisfied",
      "infuriated", "incensed", "embarrassed", "confused", "puzzled", "baffled", "unmoved", "unimpressed",
      "unconvinced", "rattled", "spooked", "shaken", "scared", "frightened", "terrified", "motivated", "driven",
      "overwhelmed", "stressed", "freaked", "creeped", "grossed", "startled", "unnerved", "appalled", "perplexed",
      "distressed", "bewildered", "emboldened", "energized", "gratified", "humbled", "stung", "untroubled",
      "undeterred", "unfazed", "undaunted"};
  return kFeelings;
}

}  // namespace

bool IsFeelingBeforeBy(const Document& doc, uint32_t cue_first, uint32_t cue_end) {
  for (uint32_t k = cue_end; k-- > cue_first;) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (FeelingParticiples().Contains(w))
      return k + 1 < doc.tokens.size() && (doc.Norm(doc.tokens[k + 1]) == "by" ||
                                           (k + 2 < doc.tokens.size() && doc.Norm(doc.tokens[k + 2]) == "by"));
  }
  return false;
}

bool OpensWithPassiveOfAct(const Document& doc, uint32_t cue_first, uint32_t cue_end) {
  if (!IsFormOfBe(doc.Norm(doc.tokens[cue_first]))) return false;
  uint32_t k = cue_first + 1;
  while (k < cue_end && (IsAdverb(doc.Norm(doc.tokens[k])) || OneOf(doc.Norm(doc.tokens[k]), {"not", "also", "been"})))
    ++k;
  if (k >= cue_end) return false;
  const std::string_view w = doc.Norm(doc.tokens[k]);
  const std::string_view ending = w.size() > 3 ? w.substr(w.size() - 2) : std::string_view();
  const bool participle = OneOf(ending, {"ed", "en", "wn"}) || IsIrregularParticiple(w);  // "booed", "shown"
  return participle && !FeelingParticiples().Contains(w);
}

bool IsIrregularParticiple(std::string_view w) {
  static const WordSet kWords = {"led", "made", "held", "written", "taken", "given", "chosen", "known", "shown",
                                 "drawn", "run", "brought", "bought", "sent", "built", "hit", "set", "won", "beaten",
                                 "driven", "struck", "sought", "paid", "told", "put", "left", "found", "caught",
                                 "taught", "thought", "shot"};
  return kWords.Contains(w);
}

bool IsPluralNounOfSaying(std::string_view w) {
  static const WordSet kWords = {"claims",     "allegations", "accusations", "assertions", "warnings",
                                 "complaints", "suggestions", "statements",  "charges"};
  return kWords.Contains(w);
}

// A passive cue ("was criticized by libertarians", "was recommended for the job by Roger
// Stone"): a form of "be" in or right before the cue, a past participle ending it, then "by"
// within four words without punctuation: the token after "by", where the agent starts. Or a
// plural noun of saying ending the cue, "by" and the "that" of what is said within ten words
// ("claims by intelligence agencies that"). UINT32_MAX otherwise.
uint32_t PassiveAgentStart(const Document& doc, uint32_t cue_first, uint32_t cue_end) {
  auto form_of_be = [&](uint32_t k) { return IsFormOfBe(doc.Norm(doc.tokens[k])) || doc.Norm(doc.tokens[k]) == "'s"; };
  bool be = cue_first > 0 && form_of_be(cue_first - 1);
  for (uint32_t k = cue_first; k < cue_end; ++k) be = be || form_of_be(k);
  const uint32_t sentence = doc.tokens[cue_first].sentence;
  if (IsPluralNounOfSaying(doc.Norm(doc.tokens[cue_end - 1])) && cue_end + 2 < doc.tokens.size() &&
      doc.Norm(doc.tokens[cue_end]) == "by" && doc.tokens[cue_end + 1].sentence == sentence &&
      (doc.tokens[cue_end + 1].flags & kTokWord)) {
    for (uint32_t k = cue_end + 2; k < doc.tokens.size() && k < cue_end + 12; ++k) {
      if (doc.tokens[k].sentence != sentence || (doc.tokens[k].flags & kTokPunct)) break;
      if (doc.Norm(doc.tokens[k]) == "that") return k > cue_end + 2 ? cue_end + 1 : UINT32_MAX;
    }
  }
  if (cue_end > cue_first + 1 && doc.Norm(doc.tokens[cue_end - 1]) == "by") {  // the cue took "by" in: "is seen by"
    --cue_end;
    if (cue_end + 1 >= doc.tokens.size() || doc.tokens[cue_end + 1].sentence != sentence) return UINT32_MAX;
  }
  // A day or a time adverb the cue took in after its participle: "was supported Friday by".
  while (cue_end > cue_first + 1 &&
         OneOf(doc.Norm(doc.tokens[cue_end - 1]), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                  "sunday", "today", "yesterday", "again", "recently", "repeatedly"}))
    --cue_end;
  // The participle ends the cue, or comes before its particle ("the ones put forth by").
  const bool particle = cue_end >= cue_first + 2 &&
                        OneOf(doc.Norm(doc.tokens[cue_end - 1]), {"forth", "out", "up", "forward", "down", "off"});
  // Or before the preposition the cue took in: "are viewed with" (suspicion … by).
  const bool preposition = !particle && cue_end >= cue_first + 2 &&
                           OneOf(doc.Norm(doc.tokens[cue_end - 1]), {"with", "as", "to", "for", "on", "upon", "about"});
  const std::string_view last = doc.Norm(doc.tokens[cue_end - (particle || preposition ? 2 : 1)]);
  const bool participle =
      (last.size() > 3 && (last.substr(last.size() - 2) == "ed" || last.substr(last.size() - 2) == "en")) ||
      (particle && OneOf(last, {"put", "set", "laid", "made", "held", "brought", "drawn", "spelled", "sent", "shot"}));
  // "a cap-and-trade bill passed by the House", "Cuts recommended by the board", "Starr's
  // remarks, first reported by The New York Times", "an issue seized upon by the network": a cue
  // that is one participle, perhaps after an adverb or before its particle or preposition, right
  // before "by" and a name or a determiner is passive without "be" (not "responded by settling",
  // "appeared by video").
  const std::string_view opening = doc.Norm(doc.tokens[cue_first]);
  const bool one_participle =
      cue_end == cue_first + 1 + (particle || preposition ? 1 : 0) ||
      (cue_end == cue_first + 2 && (IsAdverb(opening) || opening == "first"));
  if (!be && one_participle && cue_end + 1 < doc.tokens.size() && doc.Norm(doc.tokens[cue_end]) == "by" &&
      doc.tokens[cue_end + 1].sentence == sentence && (doc.tokens[cue_end + 1].flags & kTokWord)) {
    const std::string_view agent = doc.Norm(doc.tokens[cue_end + 1]);
    // Or, after a plural the participle modifies, a lower-case word no participle: "candidates
    // backed by big-bucks super PACs".
    const std::string_view modified = cue_first > 0 ? doc.Norm(doc.tokens[cue_first - 1]) : std::string_view();
    const bool after_plural = modified.size() > 3 && modified.back() == 's' &&
                              (doc.tokens[cue_first - 1].flags & kTokWord) && !IsFunctionWord(modified) &&
                              !IsIngForm(agent);
    be = IsNameToken(doc, cue_end + 1) || after_plural ||
         OneOf(agent, {"the", "a", "an", "his", "her", "their", "its", "our", "some", "many", "several", "other"});
  }
  // "Super PACs, first authorized by court rulings", "Clinton, pressed by moderator Dana Bash": one
  // participle set off by a comma after a word, right before "by" and a word that is no "-ly"
  // adverb, is passive without "be" (not "responded by abruptly blocking").
  if (!be && one_participle && cue_first >= 2 && doc.Norm(doc.tokens[cue_first - 1]) == "," &&
      (doc.tokens[cue_first - 2].flags & kTokWord) && doc.tokens[cue_first - 2].sentence == sentence &&
      cue_end + 1 < doc.tokens.size() && doc.Norm(doc.tokens[cue_end]) == "by" &&
      doc.tokens[cue_end + 1].sentence == sentence && (doc.tokens[cue_end + 1].flags & kTokWord)) {
    const std::string_view agent = doc.Norm(doc.tokens[cue_end + 1]);
    be = !EndsAfterStem(agent, "ly", 3);
  }
  // Feelings are the subject's ("FBI officials were angered by the plea deal").
  if (!be || !participle || FeelingParticiples().Contains(last)) return UINT32_MAX;
  // "by" at most eight words on, past no other verb, participle or clause: "was declared the
  // winner in the Pennsylvania primaries by news organizations" (not "a case brought by").
  for (uint32_t k = cue_end; k < doc.tokens.size() && k < cue_end + 8; ++k) {
    if (doc.tokens[k].sentence != sentence || (doc.tokens[k].flags & kTokPunct)) return UINT32_MAX;
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (IsRelativePronounAt(doc, k) || IsIngForm(w) || EndsAfterStem(w, "ed", 3) ||
        IsIrregularParticiple(w) || IsBeOrHave(w) || IsModal(w) || w == "that")
      return UINT32_MAX;
    if (w != "by") continue;
    if (k + 1 >= doc.tokens.size() || doc.tokens[k + 1].sentence != sentence) return UINT32_MAX;
    // "by a wide margin", "by phone", "by far": a manner, not an agent ("by far fewer publications" is).
    static const WordSet kManners = {"margin", "margins", "phone", "telephone", "email", "e-mail", "mail", "video",
                                     "satellite", "far", "default", "accident", "mistake", "design", "hand", "force"};
    for (uint32_t j = k + 1; j < doc.tokens.size() && j < k + 4 && !(doc.tokens[j].flags & kTokCapitalized); ++j)
      if (kManners.Contains(doc.Norm(doc.tokens[j])) &&
          !(doc.Norm(doc.tokens[j]) == "far" && j + 1 < doc.tokens.size() &&
            OneOf(doc.Norm(doc.tokens[j + 1]), {"more", "fewer"})))
        return UINT32_MAX;
    return k + 1;
  }
  return UINT32_MAX;
}

// The comma that closes a subordinate clause opening the sentence of `at` ("While most of his
// competitors called for …, Trump hewed …", "Once …,"), when it comes before `at`; UINT32_MAX
// otherwise.
uint32_t OpeningSubordinator(const Document& doc, uint32_t at) {
  const Sentence& s = doc.sentences[doc.tokens[at].sentence];
  uint32_t k = s.first_token;
  // Or the clause after a colon within 40 tokens: "… curriculum: after the Daily Caller exposed what
  // was happening,".
  for (uint32_t i = at; i > s.first_token && i + 40 > at; --i)
    if (doc.Norm(doc.tokens[i - 1]) == ":") {
      k = i;
      break;
    }
  if (k < at && OneOf(doc.Norm(doc.tokens[k]), {"and", "but", "so", "yet"})) ++k;
  // After a short opening adverbial: "In a September debate, while most of his competitors …,".
  if (k < at && !IsSubordinator(doc.Norm(doc.tokens[k]))) {
    for (uint32_t i = k + 1; i + 1 < at && i < k + 8; ++i) {
      if (doc.Norm(doc.tokens[i]) != ",") continue;
      if (IsSubordinator(doc.Norm(doc.tokens[i + 1]))) k = i + 1;
      break;
    }
  }
  if (k >= at || !(IsSubordinator(doc.Norm(doc.tokens[k])) || doc.Norm(doc.tokens[k]) == "once")) return UINT32_MAX;
  return k;
}

uint32_t OpeningSubordinateClauseEnd(const Document& doc, uint32_t at) {
  const uint32_t k = OpeningSubordinator(doc, at);
  if (k == UINT32_MAX) return UINT32_MAX;
  for (uint32_t i = k + 1; i < at; ++i)
    if (doc.Norm(doc.tokens[i]) == ",") return i;
  return UINT32_MAX;
}

// A relative or subordinate clause opened in [from, conjunction) and not closed by a comma
// before it: "Mr. McConnell, who has both endorsed Mr. Trump and criticized" joins the verbs
// of "who", not of the sentence's subject.
bool SubordinateClauseOpen(const Document& doc, uint32_t from, uint32_t conjunction) {
  for (uint32_t k = conjunction; k-- > from;) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (w == ",") return false;
    // Not "as" a preposition after an object pronoun or a name: "casting him as a false conservative
    // and questioning", "trashing Donald Trump as unqualified … and accusing" (not "as she spoke").
    if (w == "as" && k > from &&
        OneOf(doc.Norm(doc.tokens[k - 1]), {"him", "her", "them", "himself", "herself", "themselves", "itself"}))
      continue;
    if (w == "as" && k + 1 < conjunction && doc.Norm(doc.tokens[k + 1]) == "much") continue;  // "said as much"
    if (w == "as" && k > from && IsNameToken(doc, k - 1) && k + 1 < conjunction &&
        !(doc.tokens[k + 1].flags & kTokCapitalized) && !IsPersonalPronoun(doc.Norm(doc.tokens[k + 1])) &&
        !OneOf(doc.Norm(doc.tokens[k + 1]), {"if", "though", "well", "soon", "long", "much", "many", "far"}))
      continue;
    // Nor a subordinator before a preposition, with no subject or verb: "while at the State
    // Department" (not "although at the mention of email she laughed and").
    if (IsSubordinator(w) && k + 1 < conjunction && IsPreposition(doc.Norm(doc.tokens[k + 1]))) {
      bool clause = false;
      for (uint32_t i = k + 2; i < conjunction && !clause; ++i)
        clause = IsPersonalPronoun(doc.Norm(doc.tokens[i])) || IsFiniteVerbLike(doc, i);
      if (!clause) continue;
    }
    if ((IsRelativePronoun(w) && w != "that") || IsSubordinator(w) || w == "where") return true;
  }
  return false;
}

// Token k reads as a finite verb opening a predicate: an auxiliary or modal, a common irregular
// past, or a lower-case word in "-ed" or "-s" ("held", "represents", "decided").
bool IsFiniteVerbLike(const Document& doc, uint32_t k) {
  const Token& t = doc.tokens[k];
  if (!(t.flags & kTokWord) || (t.flags & kTokCapitalized)) return false;
  const std::string_view w = doc.Norm(t);
  static const WordSet kVerbs = {"is", "was", "are", "were", "has", "have", "had", "does", "did", "do", "will",
                                 "would", "can", "could", "should", "may", "might", "must", "gave", "held", "took",
                                 "made", "won", "lost", "went", "came", "left", "got", "told", "said", "ran", "saw",
                                 "spent", "kept", "became", "began", "brought", "felt", "found", "paid", "put",
                                 "sent", "stood", "wrote", "led", "met", "showed", "remains", "remained", "goes"};
  if (kVerbs.Contains(w)) return true;
  if (EndsAfterStem(w, "ed", 2)) return true;  // "used"
  return w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != '\'' && !IsFunctionWord(w);
}

}  // namespace biaslens
