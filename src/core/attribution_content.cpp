// Content spans, quotation lookup and credit lines; see attribution_content.h.
#include "core/attribution_content.h"

#include <algorithm>
#include <string_view>

#include "core/attribution_clauses.h"
#include "core/sources_mentions.h"
#include "core/text_stages.h"
#include "core/word_set.h"

namespace biaslens {
namespace {

bool IsQuoteMark(const Document& doc, uint32_t k) { return (doc.tokens[k].flags & kTokQuoteMark) != 0; }

bool IsClauseEnd(std::string_view w) { return w == "." || w == "?" || w == "!" || w == ";"; }

// Trims punctuation and quote marks from both ends of [first, end); empty range if nothing is left.
Range TrimmedRange(const Document& doc, uint32_t first, uint32_t end) {
  while (first < end && (doc.tokens[first].flags & kTokPunct)) ++first;
  while (end > first && (doc.tokens[end - 1].flags & kTokPunct)) --end;
  if (first >= end) return {};
  return {doc.tokens[first].start, doc.tokens[end - 1].end};
}

// A verb whose object is a person, the one told or asked: "told reporters", "asked the mogul".
bool TakesPersonObject(std::string_view w) {
  static const WordSet kVerbs = {"asked", "asks", "ask", "told", "tells", "tell", "called", "calls",
                                 "urged", "urges", "thanked", "accused", "accuses", "pressed", "warned"};
  return kVerbs.Contains(w);
}

// Token `hi`, right after the attribution opening at `lo`, opens the clause it reports, in the
// same sentence: "that", a subject pronoun, "there", a name and its finite verb, or a determiner
// (not after a verb that takes a person: "Todd asked the real estate mogul" names whom he asked);
// or, after a verb of telling, the person told leads to "that" ("told reporters that").
bool OpensReportedClause(const Document& doc, uint32_t lo, uint32_t hi) {
  static const WordSet kClauseOpeners = {"that", "he", "she", "they", "it", "we", "i", "you", "there"};
  static const WordSet kDeterminers = {"the", "a", "an", "his", "her", "their", "its", "this",
                                       "both", "all", "most", "many", "every", "each", "no"};
  if (hi == 0 || hi >= doc.tokens.size() || doc.tokens[hi].sentence != doc.tokens[lo].sentence) return false;
  const std::string_view w = doc.Norm(doc.tokens[hi]);
  if (kClauseOpeners.Contains(w) || (kDeterminers.Contains(w) && !TakesPersonObject(doc.Norm(doc.tokens[hi - 1]))))
    return true;
  // "said Mr. Obama had told": a name, then its finite verb.
  if (IsNameToken(doc, hi) && !TakesPersonObject(doc.Norm(doc.tokens[hi - 1]))) {
    uint32_t k = hi;
    while (k + 2 < doc.tokens.size() && k < hi + 5 &&
           (IsNameToken(doc, k + 1) || (doc.Norm(doc.tokens[k + 1]) == "." && IsNameToken(doc, k + 2))))
      ++k;
    if (k + 1 < doc.tokens.size() && doc.tokens[k + 1].sentence == doc.tokens[hi].sentence &&
        IsFiniteVerbLike(doc, k + 1))
      return true;
  }
  // "told reporters on Monday that": the person told, then "that" within eight words.
  if (!IsTellingVerb(doc.Norm(doc.tokens[hi - 1]))) return false;
  for (uint32_t k = hi; k < doc.tokens.size() && k < hi + 8 && doc.tokens[k].sentence == doc.tokens[hi].sentence; ++k) {
    const std::string_view x = doc.Norm(doc.tokens[k]);
    if (x == "that") return true;
    if (x == "," || (doc.tokens[k].flags & kTokQuoteMark)) return false;
  }
  return false;
}

// The first comma at a token in [from, last) outside quotations whose next token `opens`
// accepts (a main clause's subject, a predicate's verb); UINT32_MAX for none.
uint32_t CommaOpening(const Document& doc, const QuotationIndex& quotes, uint32_t from, uint32_t last,
                      bool (*opens)(const Document&, uint32_t)) {
  for (uint32_t k = from; k < last; ++k)
    if (doc.Norm(doc.tokens[k]) == "," && quotes.Inside(k) < 0 && opens(doc, k + 1)) return k;
  return UINT32_MAX;
}

// Whether [first, end) holds an auxiliary, a modal or a verb of saying (a possessive "'s" is
// none: "the coalition's executive director"): the words before a relative clause are a clause
// of their own, not a subject.
bool VerbBefore(const Document& doc, uint32_t first, uint32_t end) {
  static const WordSet kVerbs = {"is", "was", "are", "were", "has", "have", "had", "'s", "does", "did", "will",
                                 "would", "can", "could", "should", "may", "might", "must", "said", "says", "told",
                                 "wrote", "asked", "by"};
  for (uint32_t k = first; k < end; ++k)
    if (kVerbs.Contains(doc.Norm(doc.tokens[k])) && !IsPossessiveEnding(doc, k)) return true;
  return false;
}

// The words in [first, end), counted up to `cap` (the count is compared with a small number:
// stopping there keeps a long sentence linear).
int WordsIn(const Document& doc, uint32_t first, uint32_t end, int cap) {
  int n = 0;
  for (uint32_t k = first; k < end && n < cap; ++k) n += (doc.tokens[k].flags & kTokWord) ? 1 : 0;
  return n;
}

// Where the clause reported from `first` ends, at most `end`: before a semicolon outside
// quotations, and before a comma that opens another clause: a contrast ("…, but in a later
// interview said"), a participle of saying ("…, saying that …") or a pronoun and a verb that
// closes what is said ("…, she said").
uint32_t ReportedClauseEnd(const Document& doc, const QuotationIndex& quotes, uint32_t first, uint32_t end) {
  static const WordSet kContrasts = {"but", "while", "whereas", "although", "though"};
  static const WordSet kParticiples = {"saying", "adding", "noting", "arguing", "claiming", "citing", "explaining",
                                       "insisting", "warning", "telling", "writing", "asking", "calling"};
  for (uint32_t k = first + 1; k + 1 < end; ++k) {
    if (quotes.Inside(k) >= 0) continue;
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if (w == ";") return k;
    if (w != ",") continue;
    const std::string_view next = doc.Norm(doc.tokens[k + 1]);
    if (kContrasts.Contains(next) || kParticiples.Contains(next)) return k;
    if (k + 2 < end && IsPersonalPronoun(next) && HasClosingVerb(doc, k + 2, k + 3)) return k;
    // "…, and none has said they want …": "and" before a pronoun or quantifier and its verb.
    if (next == "and" && k + 3 < end &&
        (IsPersonalPronoun(doc.Norm(doc.tokens[k + 2])) ||
         OneOf(doc.Norm(doc.tokens[k + 2]), {"none", "many", "most", "some", "others"})) &&
        (IsFiniteVerbLike(doc, k + 3) || (k + 4 < end && IsFiniteVerbLike(doc, k + 4))))
      return k;
    // "…, and the American Civil Liberties Union of Ohio has already sued": "and" before "the", a
    // name of capitalized words, and an auxiliary.
    if (next == "and" && k + 4 < end && doc.Norm(doc.tokens[k + 2]) == "the") {
      uint32_t j = k + 3;
      while (j < end && j < k + 12 && (IsNameToken(doc, j) || OneOf(doc.Norm(doc.tokens[j]), {"of", "for"}))) ++j;
      if (j > k + 3 && j < end && IsBeOrHave(doc.Norm(doc.tokens[j]))) return k;
    }
    // "…, and one in three said …", "…, and nearly 40 percent say …": "and" before a count and a
    // verb of saying.
    if (next == "and" && k + 3 < end) {
      uint32_t j = k + 2;
      if (OneOf(doc.Norm(doc.tokens[j]), {"about", "nearly", "some", "almost", "roughly", "only", "just"})) ++j;
      if (j < end && IsNumberAt(doc, j)) {
        const uint32_t limit = std::min(end, j + 5);
        while (j < limit && (doc.tokens[j].flags & (kTokWord | kTokNumber)) && !HasClosingVerb(doc, j, j + 1)) ++j;
        if (j < limit && HasClosingVerb(doc, j, j + 1)) return k;
      }
    }
  }
  return end;
}

// The "that" an adjunct right after token `from` leads in to, within eight tokens and before
// `end`: after a comma ("said, without evidence, that"), or with `times` after a time word too
// ("said last month that"); none past a quotation mark or a clause's end. UINT32_MAX for none.
uint32_t ThatAfterAdjunct(const Document& doc, uint32_t from, uint32_t end, bool times) {
  for (uint32_t j = from + 1; j < end && j < from + 8; ++j) {
    const std::string_view w = doc.Norm(doc.tokens[j]);
    if ((doc.tokens[j].flags & kTokQuoteMark) || IsClauseEnd(w)) return UINT32_MAX;
    const std::string_view before = doc.Norm(doc.tokens[j - 1]);
    if (w == "that" &&
        (before == "," || (times && (IsTimeNoun(before) || IsWeekdayName(before) || IsMonthName(before)))))
      return j;
  }
  return UINT32_MAX;
}

// Where what is said starts when an adjunct or the person told leads in to it: after "that"
// ("said in an ABC interview that …", "told reporters on Monday that …") or after a short
// adjunct's comma ("said on Monday, based on …"); else `first`. The lead-in opens with a
// preposition or a time word, or follows a verb that takes the person told.
uint32_t AfterLeadIn(const Document& doc, const QuotationIndex& quotes, uint32_t first, uint32_t end) {
  static const WordSet kOpeners = {"in", "on", "at", "during", "after", "before", "with", "from", "via", "through",
                                   "last", "this", "earlier", "later", "today", "yesterday", "monday", "tuesday",
                                   "wednesday", "thursday", "friday", "saturday", "sunday", "privately", "publicly"};
  if (first == 0 || first >= end || quotes.Inside(first) >= 0) return first;
  const std::string_view verb = doc.Norm(doc.tokens[first - 1]);
  const bool told = IsTellingVerb(verb);
  if (!told && !kOpeners.Contains(doc.Norm(doc.tokens[first]))) return first;
  // "reminded foreign policy experts of the gulf": after the person reminded, what is said opens
  // with "of" ("warned" and "informed" take "of" inside what is said too).
  const bool of_leads_in = verb == "reminded";
  // "told reporters on Thursday he viewed …", "told me it was legal": after the person told (and a
  // time), a subject pronoun opens what is said; not past a word that opens a clause of its own
  // ("wouldn't tell the I.R.S. anything it doesn't already know", "told reporters after he spoke").
  static const WordSet kSubjectPronouns = {"he", "she", "they", "we", "i", "it", "there"};
  static const WordSet kOtherClauseWords = {"what", "anything", "something", "everything", "nothing", "lest",
                                            "how", "why", "where", "once"};
  auto opens_own_clause = [&](std::string_view w) {
    return IsSubordinator(w) || IsRelativePronoun(w) || kOtherClauseWords.Contains(w);
  };
  bool person_told = told && !kSubjectPronouns.Contains(doc.Norm(doc.tokens[first]));
  static const WordSet kSubjectDeterminers = {"the", "a", "an", "his", "her", "their", "its", "this", "these"};
  // A determiner after the person told (a name, a plural or an object pronoun) opens what is said
  // when a form of "be" or "have", or a modal, follows within six words ("told the students the
  // assignment was optional"; not a time: "told reporters this week he").
  auto opens_subject = [&](uint32_t k) {
    const std::string_view before = doc.Norm(doc.tokens[k - 1]);
    const bool person_before = IsNameToken(doc, k - 1) || OneOf(before, {"me", "him", "her", "us", "them", "you"}) ||
                               ((doc.tokens[k - 1].flags & kTokWord) && before.size() > 3 && before.back() == 's' &&
                                !IsPluralOfNoPeople(before));
    if (!kSubjectDeterminers.Contains(doc.Norm(doc.tokens[k])) || !person_before ||
        (k + 1 < end && IsTimeNoun(doc.Norm(doc.tokens[k + 1]))))
      return false;
    for (uint32_t j = k + 1; j < end && j < k + 7; ++j) {
      const std::string_view x = doc.Norm(doc.tokens[j]);
      if (IsBeOrHave(x) || IsModal(x)) return true;
      if ((doc.tokens[j].flags & kTokPunct) || opens_own_clause(x)) return false;
    }
    return false;
  };
  for (uint32_t k = first + 1; k < end && k < first + 12; ++k) {
    const std::string_view w = doc.Norm(doc.tokens[k]);
    if ((doc.tokens[k].flags & kTokQuoteMark) || w == ";") return first;
    if (w == "that") return k + 1;
    if (person_told && k < first + 8 && (kSubjectPronouns.Contains(w) || opens_subject(k))) return k;
    person_told = person_told && !opens_own_clause(w) && !(doc.tokens[k].flags & kTokPunct);
    if (w == "," && !told && k < first + 6) return k + 1;
    if (w == "of" && of_leads_in) return k;
  }
  return first;
}

}  // namespace

// A word of [first, end) is a verb that can close a reported clause after its comma ("…, he
// said", "…, the study found", "…, she wrote on Twitter").
bool HasClosingVerb(const Document& doc, uint32_t first, uint32_t end) {
  static const WordSet kVerbs = {
      "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "noted", "notes",
      "explained", "explains", "asked", "asks", "stated", "states", "continued", "continues", "argued", "argues",
      "recalled", "recalls", "insisted", "insists", "warned", "warns", "acknowledged", "acknowledges", "conceded",
      "concedes", "claimed", "claims", "contended", "contends", "observed", "observes", "replied", "replies",
      "responded", "responds", "quipped", "joked", "remarked", "tweeted", "tweets", "posted", "declared", "declares",
      "predicted", "predicts", "reported", "reports", "suggested", "suggests", "agreed", "agrees", "cautioned",
      "complained", "admitted", "admits", "estimated", "estimates", "believes", "believe", "thinks", "think",
      "concluded", "concludes", "found", "finds", "showed", "shows", "show", "according", "emphasized",
      "stressed", "maintained", "maintains", "countered", "assured", "promised", "vowed", "boasted", "lamented",
      "speculated", "wondered", "figured", "reasoned", "hoped", "hopes", "fears", "feared", "worried", "worries",
      "guessed", "mused", "pointed", "put", "summed", "shouted", "yelled", "confirmed", "confirms",
      "announced", "alleged", "alleges", "charged", "disclosed", "revealed", "reveals", "indicated", "indicates",
      "implied", "implies", "hinted", "hints", "disagreed", "disagrees", "retorted", "objected", "scoffed",
      "snapped", "protested", "interjected", "recounted"};
  // Not a noun after a determiner or an infinitive ("pinned his hopes on", "had nothing bad to say about").
  auto noun_or_infinitive = [&](uint32_t k) {
    return k > first && OneOf(doc.Norm(doc.tokens[k - 1]), {"the", "a", "an", "his", "her", "their", "its", "my",
                                                             "our", "your", "this", "these", "those", "to"});
  };
  for (uint32_t k = first; k < end; ++k)
    if (kVerbs.Contains(doc.Norm(doc.tokens[k])) && !noun_or_infinitive(k)) return true;
  return false;
}

QuotationIndex::QuotationIndex(const Document& doc) : doc_(doc) {
  const size_t n = doc.tokens.size();
  closing_.assign(n, -1);
  opening_.assign(n, -1);
  inside_.assign(n, -1);
  for (size_t q = 0; q < doc.quotations.size(); ++q) {
    const Quotation& quote = doc.quotations[q];
    if (quote.depth != 1) continue;
    if (quote.first_token > 0 && quote.first_token - 1 < n && IsQuoteMark(doc, quote.first_token - 1))
      opening_[quote.first_token - 1] = static_cast<int>(q);
    if (quote.closed && quote.end_token < n && IsQuoteMark(doc, quote.end_token))
      closing_[quote.end_token] = static_cast<int>(q);
    for (uint32_t k = quote.first_token; k < quote.end_token && k < n; ++k) inside_[k] = static_cast<int>(q);
  }
}

int QuotationIndex::Closing(uint32_t token) const { return token < closing_.size() ? closing_[token] : -1; }
int QuotationIndex::Opening(uint32_t token) const { return token < opening_.size() ? opening_[token] : -1; }
int QuotationIndex::Inside(uint32_t token) const { return token < inside_.size() ? inside_[token] : -1; }

std::vector<int> QuotationIndex::Outermost() const {
  std::vector<int> out;
  for (size_t q = 0; q < doc_.quotations.size(); ++q)
    if (doc_.quotations[q].depth == 1 && doc_.quotations[q].words > 0) out.push_back(static_cast<int>(q));
  return out;
}

// [first, comma) is an opening adverbial, not a clause: a preposition, a time word or a
// participle before its object, and at most eight words without a comma ("In Ohio", "On
// Tuesday", "At a rally in Iowa", "Amplifying the Romney campaign message"), as before "In Ohio,
// election officials said the count would end"; or a subordinate clause of at most twenty words
// without a comma, perhaps after an adverb ("While serving in the House", "Though his plan would
// cut taxes", "Shortly before the governor made the announcement").
bool IsOpeningAdverbial(const Document& doc, uint32_t first, uint32_t comma) {
  static const WordSet kOpeners = {"in", "on", "at", "after", "before", "during", "since", "with", "for", "from",
                                   "by", "last", "earlier", "later", "meanwhile", "yesterday", "today", "speaking",
                                   "asked", "separately", "also", "however", "but", "and", "still", "now",
                                   "following", "despite", "amid", "under", "without", "among", "throughout"};
  static const WordSet kObjectOpeners = {"the", "a", "an", "his", "her", "their", "its", "to", "about", "with",
                                         "on", "in", "at", "for", "from", "after", "this", "that", "these"};
  if (first >= comma) return false;
  // "Shortly before", "Even though", "Just after": an adverb before the subordinator.
  const bool graded = first + 1 < comma && IsSubordinator(doc.Norm(doc.tokens[first + 1])) &&
                      OneOf(doc.Norm(doc.tokens[first]), {"shortly", "soon", "just", "long", "even", "right", "only",
                                                          "immediately", "moments", "hours", "days", "weeks"});
  const std::string_view opener = doc.Norm(doc.tokens[first + (graded ? 1 : 0)]);
  const bool subordinate = IsSubordinator(opener) && opener != "as" && opener != "whether";
  if (WordsIn(doc, first, comma, 21) > (subordinate ? 20 : 8)) return false;
  const bool participle = opener.size() > 5 && opener.substr(opener.size() - 3) == "ing" &&
                          opener.substr(opener.size() - 5) != "thing" && first + 1 < comma &&
                          kObjectOpeners.Contains(doc.Norm(doc.tokens[first + 1]));
  if (!participle && !subordinate && !kOpeners.Contains(opener)) return false;
  for (uint32_t k = first + 1; k < comma; ++k) {
    if (doc.Norm(doc.tokens[k]) == ",") return false;
    // "But he operates on a different principle,", "In 2013 it had 80,": a pronoun and a finite
    // verb right after a linking word, or after a number or a time word, make a clause (not "In
    // the version she saw,", "Asked if he was ever bullied,", "While he was in jail,").
    const bool after_linking = k == first + 1 && !subordinate && IsLinkingWord(opener);
    const std::string_view before = doc.Norm(doc.tokens[k - 1]);
    const bool after_time = IsNumberAt(doc, k - 1) || IsTimeNoun(before) || IsMonthName(before);
    if ((after_linking || after_time) && k + 1 < comma && IsPersonalPronoun(doc.Norm(doc.tokens[k])) &&
        IsFiniteVerbLike(doc, k + 1))
      return false;
  }
  return true;
}

Range FindContent(const Document& doc, const QuotationIndex& quotes, uint32_t cue_first, uint32_t cue_end,
                  uint32_t source_first, uint32_t source_end, bool* direct, int* quotation) {
  *direct = false;
  *quotation = -1;
  // A participle after a comma ("…,” he said, adding …") reports from its own place: the source
  // it shares with the verb before it does not move the search.
  const bool has_source = source_end > source_first && !IsParticipleAfterComma(doc, cue_first, true);
  const uint32_t lo = has_source ? std::min(cue_first, source_first) : cue_first;
  const uint32_t hi = has_source ? std::max(cue_end, source_end) : cue_end;  // exclusive
  const uint32_t paragraph = doc.sentences[doc.tokens[cue_first].sentence].paragraph;
  auto same_paragraph = [&](uint32_t k) { return doc.sentences[doc.tokens[k].sentence].paragraph == paragraph; };
  const bool cue_quoted = quotes.Inside(cue_first) >= 0;
  // "Emphasizing the urgency of the matter, Trump said, …", "Asked about that vote, she pointed
  // to …", "After thanking the crowd, he touted": a participle cue opening its sentence, perhaps
  // after a preposition, before its source (or with none) reports what stands between it and its
  // comma.
  const Sentence& cue_sentence = doc.sentences[doc.tokens[cue_first].sentence];
  // (Perhaps past a conjunction opening the sentence: "Yet by calling out …".)
  const bool opens_sentence =
      OpensSentenceOrClause(doc, cue_first) ||
      (cue_first > 0 && doc.tokens[cue_first - 1].sentence == doc.tokens[cue_first].sentence &&
       OpensSentenceOrClause(doc, cue_first - 1) &&
       OneOf(doc.Norm(doc.tokens[cue_first - 1]), {"after", "before", "while", "when", "since", "upon", "in", "on",
                                                   "besides", "by", "without", "despite"}));
  const std::string_view opening_word = doc.Norm(doc.tokens[cue_first]);
  const bool participle = IsIngForm(opening_word) || EndsAfterStem(opening_word, "ed", 3);
  if (participle && opens_sentence && (source_first >= cue_end || source_end <= source_first)) {
    if (source_end > source_first) {
      for (uint32_t k = cue_end; k < source_first && k < cue_end + 20; ++k)  // past a list's commas
        if (doc.Norm(doc.tokens[k]) == "," &&
            (k + 1 == source_first || (doc.tokens[k + 1].flags & kTokQuoteMark) || OpensMainClause(doc, k + 1)))
          return k > cue_end ? TrimmedRange(doc, cue_end, k) : Range{};
      // "Challenged by ABC News's Diane Sawyer on her speaking fees, Clinton said": after the agent
      // ("by" and the source right after the cue), what stands between it and the comma before the
      // main clause.
      if (source_first <= cue_end + 1 && doc.Norm(doc.tokens[source_first - 1]) == "by") {
        const uint32_t limit = std::min(cue_sentence.end_token - 1, source_end + 20);
        const uint32_t comma = CommaOpening(doc, quotes, source_end, limit, OpensMainClause);
        if (comma != UINT32_MAX && comma > source_end) return TrimmedRange(doc, source_end, comma);
      }
    } else {  // the comma before the main clause: "Rattling off promises to …, reform …, Clinton promised"
      const uint32_t comma =
          CommaOpening(doc, quotes, cue_end + 1, std::min(cue_sentence.end_token - 1, cue_end + 30), OpensMainClause);
      if (comma != UINT32_MAX) return TrimmedRange(doc, cue_end, comma);
    }
  }

  uint32_t block = UINT32_MAX;  // the first token of a paragraph the attribution's colon introduces
  if (!cue_quoted) {
    // A quoted phrase running on in the words of its sentence: a word before its opening mark, none
    // of its own closing punctuation ("a trade agreement “down the line” he warned").
    auto embedded = [&](int q) {
      const Quotation& quoted = quotes.at(q);
      if (quoted.first_token < 2 || quoted.end_token <= quoted.first_token) return false;
      const uint32_t before_mark = quoted.first_token - 2;
      return (doc.tokens[before_mark].flags & kTokWord) &&
             doc.tokens[before_mark].sentence == doc.tokens[quoted.first_token].sentence &&
             (doc.tokens[quoted.end_token - 1].flags & kTokWord);
    };
    // he said: "…" / said X, "…": a quotation opening right after it (a few words may intervene
    // when a colon introduces the quotation, not a second clause: "noted that …, and added: “…”";
    // nor when it runs on in the clause: "said it would “redirect” all of his donations").
    // A verb naming its object reports the object up to the quoted name's closing mark ("called
    // the merger “a terrible deal”").
    int after = -1;
    bool colon = false;
    uint32_t colon_at = UINT32_MAX;
    for (uint32_t j = hi; j < doc.tokens.size() && j < hi + 10 && same_paragraph(j); ++j) {
      const std::string_view w = doc.Norm(doc.tokens[j]);
      if (quotes.Opening(j) >= 0) {
        // Not a title the source of "according to" owns: "according to Fleming's “The Fixers,” his was".
        if (j > hi && IsPossessiveEnding(doc, j - 1) && doc.Norm(doc.tokens[cue_first]) == "according") break;
        const Quotation& quoted = quotes.at(quotes.Opening(j));
        const bool runs_on = j > hi && embedded(quotes.Opening(j)) && quoted.end_token + 1 < doc.tokens.size() &&
                             (doc.tokens[quoted.end_token + 1].flags & kTokWord) &&
                             doc.tokens[quoted.end_token + 1].sentence == doc.tokens[j].sentence;
        if ((j - hi <= 2 || colon) && !runs_on) after = quotes.Opening(j);
        const std::string_view verb = doc.Norm(doc.tokens[cue_end - 1]);
        if (runs_on && j - hi <= 2 &&
            OneOf(verb.substr(0, 4), {"call", "dubb", "labe", "bran", "desc", "term", "nick"}))
          return {doc.tokens[hi].start, doc.tokens[quoted.end_token].end};  // with the closing mark
        break;
      }
      if (w == ":") {
        colon = true;
        colon_at = j;
      }
      // "asserted that France had lost its identity: “…”": the clause "that" opens.
      if (IsClauseEnd(w) || w == "and" || w == "but" || (w == "that" && j == hi && quotes.Opening(j + 1) < 0)) break;
    }
    // "Cruz continued:" (or "As Winfield writes,") ending its paragraph introduces the quotation
    // opening the next one.
    if (after < 0 && colon_at == UINT32_MAX && hi > 0 && doc.Norm(doc.tokens[hi - 1]) == ":") colon_at = hi - 1;
    if (after < 0 && colon_at == UINT32_MAX && hi + 1 < doc.tokens.size() && doc.Norm(doc.tokens[hi]) == "," &&
        same_paragraph(hi) && !same_paragraph(hi + 1))
      after = quotes.Opening(hi + 1);
    if (after < 0 && colon_at != UINT32_MAX && colon_at + 1 < doc.tokens.size() && !same_paragraph(colon_at + 1)) {
      after = quotes.Opening(colon_at + 1);
      if (after < 0 && quotes.Inside(colon_at + 1) < 0 && colon_at + 1 >= hi && colon_at <= hi) block = colon_at + 1;
    }
    // "…," he said / "…" - said X: a quotation closing right before the attribution.
    uint32_t k = lo;
    for (int skipped = 0; k > 0 && skipped < 3; ++skipped) {
      const std::string_view w = doc.Norm(doc.tokens[k - 1]);
      if (w != "," && w != "-" && w != "--") break;
      --k;
    }
    // "“…,” the coalition's executive director, Matt Brooks, said": a description of up to eight
    // words without a verb, set off before the name in apposition that is the source of the cue
    // right after its comma, stands between the quotation (closed by its comma) and the source. Not
    // "… ''Doomed to Succeed,'' and in an interview, Mr. Ross said", nor "the “freedom of speech
    // …,” not the stance of the caucus, Pelosi said": no name in apposition there.
    if (has_source && source_first < cue_first && source_end + 1 == cue_first &&
        doc.Norm(doc.tokens[source_end]) == "," && k > 0 && k < lo && doc.Norm(doc.tokens[k]) == "," &&
        quotes.Closing(k - 1) < 0) {
      for (uint32_t j = k; j > 1 && j + 9 > k && doc.tokens[j - 1].sentence == doc.tokens[lo].sentence; --j) {
        if (quotes.Closing(j - 1) >= 0) {
          if (j < k && doc.Norm(doc.tokens[j - 2]) == "," && !VerbBefore(doc, j, k)) k = j;
          break;
        }
        if (!(doc.tokens[j - 1].flags & kTokWord) && !IsPossessiveEnding(doc, j - 1)) break;
      }
    }
    // "“…,” Josh Earnest, the White House press secretary told reporters": a name of up to four words
    // (and initials' periods) set off by commas between the quotation and a source phrase right
    // before the cue is that source's, in apposition.
    if (has_source && source_first < cue_first && source_end == cue_first && k > 0 && k < lo &&
        doc.Norm(doc.tokens[k]) == "," && quotes.Closing(k - 1) < 0) {
      uint32_t j = k;
      while (j > 0 && j + 5 > k && (IsNameToken(doc, j - 1) || doc.Norm(doc.tokens[j - 1]) == ".")) --j;
      if (j < k && IsNameToken(doc, j) && j >= 2 && quotes.Closing(j - 1) >= 0 && doc.Norm(doc.tokens[j - 2]) == "," &&
          doc.tokens[j - 1].sentence == doc.tokens[lo].sentence)
        k = j;
    }
    // Not one ending the sentence before an attribution that reports a clause or a quotation of
    // its own ("“…?” The employee said he did not recall …", "“…” He added: “…”"), or whose
    // cue has no verb that closes a clause and words after it ("“…” He mocked Rubio for …").
    // Nor the quotation before the verb a participle after a comma follows when words follow the
    // participle ("“…,” Fiorina told “Fox and Friends,” reminding the co-hosts that …").
    const int words_after = WordsIn(doc, hi, cue_sentence.end_token, 2);
    const bool object_follows = words_after >= 1 && !HasClosingVerb(doc, cue_first, cue_end);
    // (Nor after a lead-in to a clause of its own: the person told ("Officials told Reuters he may
    // resign"), the source of "according to" and its comma, or an adjunct set off by commas or a
    // time before "that" ("She also said, without evidence, that …", "He said last month that …"),
    // within eight tokens.)
    auto lead_in_clause = [&] {
      if (IsTellingVerb(doc.Norm(doc.tokens[cue_end - 1])) && hi == cue_end &&
          AfterLeadIn(doc, quotes, hi, cue_sentence.end_token) > hi)
        return true;
      // "According to the records, the plane flew …": the clause after its source's comma.
      if (doc.Norm(doc.tokens[cue_first]) == "according" && hi < cue_sentence.end_token &&
          doc.Norm(doc.tokens[hi]) == "," && WordsIn(doc, hi, cue_sentence.end_token, 2) >= 2)
        return true;
      return ThatAfterAdjunct(doc, hi, cue_sentence.end_token, true) != UINT32_MAX;
    };
    const bool own_clause = (k > 0 && doc.tokens[k - 1].sentence != doc.tokens[lo].sentence &&
                             (OpensReportedClause(doc, lo, hi) || after >= 0 || object_follows || lead_in_clause())) ||
                            (!has_source && source_end > source_first && words_after >= 2);
    // Nor one before a cue that a "that" clause follows: "On ABC's “This Week,” Rubio said that …",
    // "“Thank you,” Cruz replied, before adding that he thinks …" (not "said that day", "feel that
    // way,", nor a relative clause: "said in a statement that was released").
    auto that_clause = [&] {
      if (cue_end + 2 >= cue_sentence.end_token || doc.Norm(doc.tokens[cue_end]) != "that" ||
          !(doc.tokens[cue_end + 1].flags & kTokWord) || !(doc.tokens[cue_end + 2].flags & kTokWord))
        return false;
      const std::string_view next = doc.Norm(doc.tokens[cue_end + 1]);
      return !IsTimeNoun(next) && !IsBeOrHave(next) && !IsFormOfBe(next) && !IsModal(next) &&
             !EndsAfterStem(next, "ed", 3);
    };
    // Nor a quoted title or object of its sentence, opening right after a preposition, a possessive
    // ending or a participle, before a cue that reports a clause of its own, or that its source
    // opens and three words follow: "In an interview on CBS's “Face the Nation,” Ryan said the
    // recent spate …", "Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore
    // plans …", "on Fox's “Hannity,” Newt Gingrich said if …".
    auto object_before_clause = [&](int q) {
      const uint32_t mark = quotes.at(q).first_token - 1;
      if (mark == 0 || doc.tokens[mark - 1].sentence != doc.tokens[mark].sentence) return false;
      const std::string_view before = doc.Norm(doc.tokens[mark - 1]);
      return (IsPreposition(before) || IsPossessiveEnding(doc, mark - 1) || IsIngForm(before)) &&
             (OpensReportedClause(doc, lo, hi) || lead_in_clause() ||
              (source_end <= cue_first && hi < cue_sentence.end_token && (doc.tokens[hi].flags & kTokWord) &&
               WordsIn(doc, hi, cue_sentence.end_token, 3) >= 3));
    };
    // A few quoted words in lower case that end a clause of their own words, before a source and a
    // cue that end the sentence, stand for the clause: "The bill's failure was “heartbreaking,” she
    // said." reports "The bill's failure was “heartbreaking,”".
    auto fragment = [&](int q) {
      const Quotation& quoted = quotes.at(q);
      // (A source after the cue may end in an apposition: "…, said Jeffery Hemsley, an assistant professor".)
      const bool source_after =
          source_first >= cue_end && hi < cue_sentence.end_token && doc.Norm(doc.tokens[hi]) == ",";
      if (quoted.first_token < 2 || quoted.words > 6 || quoted.first_token >= quoted.end_token ||
          doc.tokens[quoted.first_token].sentence != doc.tokens[cue_first].sentence || source_end <= source_first ||
          (WordsIn(doc, hi, cue_sentence.end_token, 1) > 0 && !source_after))
        return false;
      const uint32_t before_mark = quoted.first_token - 2;
      return (doc.tokens[before_mark].flags & kTokWord) &&
             doc.tokens[before_mark].sentence == doc.tokens[quoted.first_token].sentence &&
             !(doc.tokens[quoted.first_token].flags & kTokCapitalized) &&
             (doc.tokens[quoted.first_token].flags & kTokWord);
    };
    // A dash opening a paragraph before its source signs the quotation ending the paragraph before:
    // "“… pay zero taxes.” / - Sanders.".
    const bool signature = IsDash(doc, cue_first) && cue_end == cue_first + 1 && cue_first == lo && k == lo &&
                           OpensSentenceOrClause(doc, cue_first) && cue_first > 0 && !same_paragraph(cue_first - 1);
    // Nor a quoted phrase running on in the words of its sentence: "Conceding that there would
    // be a trade agreement “down the line” he warned:".
    if (k > 0 && (same_paragraph(k - 1) || signature) && quotes.Closing(k - 1) >= 0 && !own_clause && !that_clause() &&
        !embedded(quotes.Closing(k - 1)) && !object_before_clause(quotes.Closing(k - 1))) {
      *quotation = quotes.Closing(k - 1);
      *direct = true;
      if (fragment(*quotation)) {  // the clause from its sentence's start through the closing mark
        const Sentence& own = doc.sentences[doc.tokens[k - 1].sentence];
        const Range clause = TrimmedRange(doc, k > own.first_token + 120 ? k - 120 : own.first_token, k);
        if (!clause.empty()) return {clause.start, doc.tokens[k - 1].end};
      }
      return quotes.at(*quotation).inner;
    }
    // "Sam Lau … said in a statement. “There are no paper ballots …”": an attribution with a
    // closing verb that opens its sentence and ends it, or ends it after a short adjunct,
    // introduces the quotation opening the next sentence: of its paragraph, or of the next one when
    // it ends its own ("She continued." before a quoted paragraph).
    const Sentence& own = doc.sentences[doc.tokens[lo].sentence];
    const bool ends_sentence =
        WordsIn(doc, hi, own.end_token, 1) == 0 ||
        (hi < own.end_token && OneOf(doc.Norm(doc.tokens[hi]), {"in", "on", "at", "during"}) &&
         WordsIn(doc, hi, own.end_token, 5) <= 4);
    if (after < 0 && lo == own.first_token && ends_sentence && own.end_token < doc.tokens.size() &&
        HasClosingVerb(doc, cue_first, cue_end))
      after = quotes.Opening(own.end_token);
    if (after >= 0) {
      *quotation = after;
      *direct = true;
      return quotes.at(*quotation).inner;
    }
  }

  // "In a speech last July, he said:" ending its paragraph, the colon right after the cue, before a
  // paragraph of no quotation marks: that paragraph is what is said (a block quotation), up to
  // kBlockReach tokens.
  if (block != UINT32_MAX) {
    constexpr uint32_t kBlockReach = 200;
    const uint32_t block_paragraph = doc.sentences[doc.tokens[block].sentence].paragraph;
    uint32_t end = block;
    while (end < doc.tokens.size() && end < block + kBlockReach &&
           doc.sentences[doc.tokens[end].sentence].paragraph == block_paragraph)
      ++end;
    return TrimmedRange(doc, block, end);
  }
  // Indirect speech: the rest of the sentence after the attribution …
  const Sentence& s = doc.sentences[doc.tokens[cue_first].sentence];
  // … unless the attribution closes a clause ("The economy grew, Yellen said on Tuesday."):
  // a comma before it and no "that" or colon after it put the content before.
  // Content reaches at most kReach tokens from the attribution (keeps run-on text linear).
  // A colon before the attribution starts its clause ("EXCLUSIVE: In memo to Congress, Saudis
  // insist they're fighting terror"); not one inside a number ("9:59 p.m.", "John 3:16").
  constexpr uint32_t kReach = 120;
  uint32_t clause_first = lo > s.first_token + kReach ? lo - kReach : s.first_token;
  auto inside_number = [&](uint32_t colon) {
    return colon > 0 && colon + 1 < doc.tokens.size() && doc.tokens[colon - 1].end == doc.tokens[colon].start &&
           doc.tokens[colon + 1].start == doc.tokens[colon].end;
  };
  for (uint32_t k = lo; k > clause_first; --k)
    if (doc.Norm(doc.tokens[k - 1]) == ":" && quotes.Inside(k - 1) < 0 && !inside_number(k - 1)) {
      clause_first = k;
      break;
    }
  uint32_t clause_end = std::min(s.end_token, hi + kReach);
  // "When he was questioned about the dispute on ABC News, his response focused on …": a cue in a
  // subordinate clause opening the sentence reports up to the comma before the main clause's
  // subject (not a list's comma: "talked about taxes, health care and …, he offered").
  // Not "As Sire wrote in his book, …" (the clause is the attribution, the sentence what it says).
  const uint32_t opener = OpeningSubordinator(doc, lo);
  const std::string_view opening = opener != UINT32_MAX ? doc.Norm(doc.tokens[opener]) : std::string_view();
  if (opener != UINT32_MAX && opening != "whether" && opening != "as" && lo < opener + 60 &&
      WordsIn(doc, opener, lo, 1) >= 1) {
    bool comma_inside = false;  // the clause closed before the attribution
    for (uint32_t k = opener + 1; k < lo && !comma_inside; ++k) comma_inside = doc.Norm(doc.tokens[k]) == ",";
    const uint32_t comma = comma_inside ? UINT32_MAX : CommaOpening(doc, quotes, hi, clause_end - 1, OpensMainClause);
    if (comma != UINT32_MAX && WordsIn(doc, hi, comma, 1) >= 1) clause_end = comma;
  }
  // "O'Malley, whose spokesman referred requests to the Vatican, has earned …", "Obama, who welcomed
  // world leaders to a dinner, held meetings": a relative clause set off by a comma after the
  // subject that opens the sentence (within 40 tokens) ends at the comma before the sentence's verb.
  // So does a participle set off by a comma after that subject ("Mr. Trump, asked about the
  // deaths, said", "Clinton, responding to a surging Sanders, dropped").
  const bool relative =
      (source_end <= source_first && EndsAfterStem(opening_word, "ed", 3) && lo >= 2 &&
       doc.Norm(doc.tokens[lo - 1]) == ",") ||
      (has_source && ((lo >= 2 && doc.Norm(doc.tokens[lo - 1]) == "whose" && doc.Norm(doc.tokens[lo - 2]) == ",") ||
                     (source_end >= 2 && source_end == cue_first && doc.Norm(doc.tokens[source_end - 1]) == "who" &&
                      doc.Norm(doc.tokens[source_end - 2]) == ","))) ||
      // "Clinton, responding to a surging Sanders, dropped"
      (IsIngForm(opening_word) && source_end + 1 == cue_first && doc.Norm(doc.tokens[source_end]) == ",") ||
      // "Klobuchar, who reportedly finished second, suggested": a cue with no source after ", who".
      (!has_source && lo >= 2 && doc.Norm(doc.tokens[lo - 1]) == "who" && doc.Norm(doc.tokens[lo - 2]) == ",");
  // The subject opens the sentence, or a clause a subordinator opens ("after Mr. Trump, asked about
  // the deaths, had said").
  uint32_t subject_clause = lo;
  while (subject_clause > s.first_token && subject_clause + 40 > lo &&
         !IsSubordinator(doc.Norm(doc.tokens[subject_clause - 1])))
    --subject_clause;
  if (relative && lo < subject_clause + 40 && !VerbBefore(doc, subject_clause, lo)) {
    const uint32_t comma = CommaOpening(doc, quotes, hi, clause_end - 1, IsFiniteVerbLike);
    if (comma != UINT32_MAX) clause_end = comma;
  }
  // A source set off by commas is an apposition, not a closing attribution ("The campaign's
  // chairman, Paul Manafort, said the convention was settled").
  const bool set_off = has_source && source_end < cue_first && doc.Norm(doc.tokens[cue_first - 1]) == ",";
  // "… 39 percent according to a CBS poll released Monday", "… rape and robbery — according to
  // the most recent data": "according to" closes the clause before it without a comma too, unless
  // a comma after it sets it off ("So, according to X, …").
  // (Not a dash that another after it pairs: "while — according to emails … — knowing".)
  bool dash_closes = lo > s.first_token && IsDash(doc, lo - 1);
  for (uint32_t k = hi; dash_closes && k < s.end_token; ++k) dash_closes = !IsDash(doc, k);
  const bool according_closes = lo > s.first_token && doc.Norm(doc.tokens[cue_first]) == "according" &&
                                hi < s.end_token && doc.Norm(doc.tokens[hi]) != "," &&
                                ((doc.tokens[lo - 1].flags & kTokWord) || dash_closes);
  const bool comma_before =
      lo > s.first_token && !set_off && (doc.Norm(doc.tokens[lo - 1]) == "," || according_closes);
  // "His views were echoed by a number of tax experts I spoke to": what a passive's agent after
  // the cue says is the cue's subject.
  bool agent_after = false;
  for (uint32_t k = cue_end; has_source && k < source_first && k < cue_end + 6 && !agent_after; ++k)
    agent_after = doc.Norm(doc.tokens[k]) == "by";
  // Or farther on ("was declared the winner in the Pennsylvania primaries by news organizations").
  agent_after = agent_after || (has_source && PassiveAgentStart(doc, cue_first, cue_end) <= source_first);
  // Not when "that" follows the agent: "claims by intelligence agencies that …".
  agent_after = agent_after && !(IsPluralNounOfSaying(doc.Norm(doc.tokens[cue_end - 1])) && hi < s.end_token &&
                                 doc.Norm(doc.tokens[hi]) == "that");
  // "As reported by Reuters, the deal collapsed", "The deal collapsed, as first reported by Reuters",
  // "Patriot failed as predicted": a participle after "as" (perhaps past an adverb) sets off what
  // the rest of its sentence says.
  uint32_t as_at = UINT32_MAX;
  if (doc.Norm(doc.tokens[cue_first]) == "as") {
    as_at = cue_first;
  } else if (cue_first > s.first_token && doc.Norm(doc.tokens[cue_first - 1]) == "as") {
    as_at = cue_first - 1;
  } else if (cue_first > s.first_token + 1 && doc.Norm(doc.tokens[cue_first - 2]) == "as" &&
             (IsLowercaseLyAdverb(doc, cue_first - 1) ||
              OneOf(doc.Norm(doc.tokens[cue_first - 1]), {"first", "previously"}))) {
    as_at = cue_first - 2;
  }
  const std::string_view last_cue_word = doc.Norm(doc.tokens[cue_end - 1]);
  if (as_at != UINT32_MAX && (EndsAfterStem(last_cue_word, "ed", 3) || IsIrregularParticiple(last_cue_word))) {
    if (as_at == s.first_token) {
      for (uint32_t k = hi; k + 1 < s.end_token && k < hi + 20; ++k)
        if (doc.Norm(doc.tokens[k]) == ",") return TrimmedRange(doc, k + 1, s.end_token);
    } else if (WordsIn(doc, clause_first, as_at, 1) >= 1) {
      return TrimmedRange(doc, clause_first, as_at);
    }
  }
  if (agent_after) {
    uint32_t first = clause_first, end = cue_first;  // past an opening adverbial, before "was", "has been"
    for (uint32_t k = cue_first; k-- > clause_first + 1;)
      if (doc.Norm(doc.tokens[k]) == "," && IsOpeningAdverbial(doc, clause_first, k)) {
        first = k + 1;
        break;
      }
    static const WordSet kBeforeParticiple = {"is",  "are", "was", "were", "be",  "been", "being",
                                              "has", "have", "had", "also", "not", "never"};
    while (end > first &&
           (kBeforeParticiple.Contains(doc.Norm(doc.tokens[end - 1])) || IsLowercaseLyAdverb(doc, end - 1)))
      --end;
    if (WordsIn(doc, first, end, 1) >= 1) return TrimmedRange(doc, first, end);
  }
  // (Perhaps after an adjunct: "…, however, he said last month that his position …".)
  const uint32_t lead_in_end = AfterLeadIn(doc, quotes, hi, s.end_token);
  const bool introduces = hi < s.end_token && (doc.Norm(doc.tokens[hi]) == "that" || doc.Norm(doc.tokens[hi]) == ":" ||
                                               (lead_in_end > hi && doc.Norm(doc.tokens[lead_in_end - 1]) == "that"));
  // Nor when the attribution goes on to report a clause ("Moments earlier, in his opening
  // remarks, Trump said he was suited for it").
  // Nor when the cue has no verb that closes what is said and words follow it ("Like Mr. Sanders,
  // she has reckoned with the movement"; not "The economy grew, Yellen said on Tuesday").
  // A cue ending in a preposition takes its object after it ("he said when asked about Trump.").
  const bool object_after =
      (!HasClosingVerb(doc, cue_first, cue_end) ||
       OneOf(doc.Norm(doc.tokens[cue_end - 1]), {"about", "on", "of", "over", "regarding", "concerning"})) &&
      WordsIn(doc, hi, s.end_token, 1) >= 1;
  // "The museum, Mr. Obama said, would make visitors …", "Lenox was a juggernaut, Mr. Clarke said,
  // until it went bankrupt": set off by commas inside its sentence, its source before its cue, the
  // attribution reports the clause around it; not a participle, a relative clause, a quotation, a
  // contrast or the attribution's own adjunct after it (", he said, on condition of anonymity"),
  // nor a postposed source's apposition ("…, said David Autor, a professor").
  const bool set_off_inside =
      has_source && source_end <= cue_first && hi + 1 < clause_end && doc.Norm(doc.tokens[hi]) == "," &&
      (doc.tokens[hi + 1].flags & kTokWord) && !(doc.tokens[hi + 1].flags & kTokQuoteMark) &&
      quotes.Inside(hi + 1) < 0 && !IsIngForm(doc.Norm(doc.tokens[hi + 1])) && !IsRelativePronounAt(doc, hi + 1) &&
      !OneOf(doc.Norm(doc.tokens[hi + 1]), {"on", "in", "at", "during", "via", "by", "with", "while", "whereas"});
  if (comma_before && !introduces && !OpensReportedClause(doc, lo, hi) && !object_after &&
      WordsIn(doc, clause_first, lo, 2) >= 2 && !IsOpeningAdverbial(doc, clause_first, lo - 1))
    return TrimmedRange(doc, clause_first, set_off_inside ? ReportedClauseEnd(doc, quotes, hi + 1, clause_end) : lo);
  uint32_t first = hi;
  // "According to Peter Schott and Justin Pierce, the recession …": the other speakers the
  // source is joined with, up to the comma, are no part of what is said; nor, after an "according
  // to" opening the sentence, the rest of the source's phrase ("According to an FBI summary of its
  // investigation, Mills sent …"; no finite verb, quotation or second comma before it); nor what a
  // possessive ending after the source opens, a title in quotation marks too, up to the comma
  // outside them or ending them ("According to Fleming's ''The Fixers'' and other sources, his was
  // …", "according to Fleming's “The Fixers,” his was …").
  if (doc.Norm(doc.tokens[cue_first]) == "according" && first + 2 < clause_end) {
    const bool joined = doc.Norm(doc.tokens[first]) == "and";
    const bool opening = lo == s.first_token;
    const bool owned = !joined && IsPossessiveEnding(doc, first);
    bool names = false;
    for (uint32_t k = first + (joined ? 1 : 0); (joined || opening || owned) && k < clause_end &&
                                                k < first + (owned ? 30 : 12);
         ++k) {
      const std::string_view w = doc.Norm(doc.tokens[k]);
      const bool quoted = quotes.Inside(k) >= 0;
      if (w == "," && (!quoted || quotes.Closing(k + 1) >= 0)) {
        if (names || ((opening || owned) && !joined && k > first)) first = quoted ? k + 2 : k + 1;
        break;
      }
      if (owned) continue;
      if ((!(doc.tokens[k].flags & (kTokWord | kTokNumber)) && w != ".") || quoted ||
          (!joined && IsFiniteVerbLike(doc, k)))
        break;
      names = names || (joined && IsNameToken(doc, k));
    }
  }
  while (first < clause_end) {
    const std::string_view w = doc.Norm(doc.tokens[first]);
    // "say that will not be true": "that" before an auxiliary is the clause's subject.
    const bool subject_that = w == "that" && first + 1 < clause_end &&
                              (IsBeOrHave(doc.Norm(doc.tokens[first + 1])) || IsModal(doc.Norm(doc.tokens[first + 1])));
    if ((w == "that" && !subject_that) || w == "," || w == ":" || w == "to") ++first;
    else break;
  }
  // "said, without evidence, that …", "noted, though, that …": an adjunct set off by commas right
  // after the cue leads in to the "that" after it (within eight tokens).
  if (first == hi + 1 && doc.Norm(doc.tokens[hi]) == "," && quotes.Inside(first) < 0) {
    const uint32_t that = ThatAfterAdjunct(doc, first, clause_end, false);
    if (that != UINT32_MAX) first = that + 1;
  }
  first = AfterLeadIn(doc, quotes, first, clause_end);
  if (WordsIn(doc, first, clause_end, 2) >= (object_after ? 1 : 2)) {  // "talking about baseball"
    const uint32_t end = ReportedClauseEnd(doc, quotes, first, clause_end);
    Range r = TrimmedRange(doc, first, end);
    *direct = quotes.Inside(first) >= 0 && quotes.Inside(first) == quotes.Inside(end > 0 ? end - 1 : 0);
    // "GDP, which he said would be its lowest ever", "a show of muscle that Clinton hopes can help":
    // a relative pronoun (no preposition's object: "in which he struggled to provide …") right before
    // the subject of a cue whose clause lacks its subject stands for what is said, and opens it.
    if (has_source && source_first == lo && source_end == cue_first && lo > s.first_token + 1 && !r.empty() &&
        !*direct && first == hi && (IsModal(doc.Norm(doc.tokens[hi])) || IsFiniteVerbLike(doc, hi))) {
      const std::string_view relative = doc.Norm(doc.tokens[lo - 1]);
      if ((relative == "which" || relative == "that") && !IsPreposition(doc.Norm(doc.tokens[lo - 2])))
        r.start = doc.tokens[lo - 1].start;
    }
    return r;
  }
  // … or the clause before it ("The pullout was …, the statement said."), not an opening
  // adverbial; then the one word after it ("In an interview, Deacon had nothing bad to say about
  // Sanders"). Not "as" opening the attribution's clause ("The numbers changed over the summer, as
  // Sanders acknowledged"), nor a condition ("Well, if those people believe it").
  const std::string_view opener_word = lo > clause_first ? doc.Norm(doc.tokens[lo - 1]) : std::string_view();
  const uint32_t before_end = opener_word == "as" ? lo - 1 : lo;
  if (WordsIn(doc, clause_first, before_end, 2) >= 2 &&
      !(lo > clause_first && IsOpeningAdverbial(doc, clause_first, lo - 1)) &&
      !OneOf(opener_word, {"if", "unless", "whether"}))
    return TrimmedRange(doc, clause_first, before_end);
  if (WordsIn(doc, first, clause_end, 1) >= 1)
    return TrimmedRange(doc, first, ReportedClauseEnd(doc, quotes, first, clause_end));
  return {};
}

std::vector<CreditLine> FindCreditLines(const Document& doc) {
  std::vector<CreditLine> out;
  for (const Paragraph& p : doc.paragraphs) {
    if (!p.boilerplate_rule || std::string_view(p.boilerplate_rule) != "boilerplate.sources-credit") continue;
    for (uint32_t k = p.first_token; k + 1 < p.end_token; ++k) {
      const std::string_view w = doc.Norm(doc.tokens[k]);
      if ((w != "sources" && w != "source" && w != "via") || doc.Norm(doc.tokens[k + 1]) != ":") continue;
      CreditLine line;
      line.label_first = k;
      line.label_end = k + 1;
      uint32_t item = k + 2;
      for (uint32_t j = k + 2; j <= p.end_token; ++j) {
        const std::string_view x = j < p.end_token ? doc.Norm(doc.tokens[j]) : std::string_view("/");
        const bool separator = x == "," || x == ";" || x == "and" || x == "&";
        const bool stop = x == "/" || x == "|" || x == ":" || x == "." || x == "(";
        if (separator || stop) {
          if (j > item && WordsIn(doc, item, j, 1) > 0) {
            uint32_t end = j;
            // "… The National / Photo credit:" – a trailing label word belongs to the next field.
            if (x == ":" && end - item > 1) --end;
            line.items.push_back({item, end});
          }
          item = j + 1;
          if (stop) break;
        }
      }
      if (!line.items.empty()) out.push_back(std::move(line));
      break;
    }
  }
  return out;
}

}  // namespace biaslens
