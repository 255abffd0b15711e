#include "core/hedging_rules.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace biaslens {
namespace {

// Words before a month name: "in May", "since May", "early May", "from May to".
const std::string_view kMonthPrepositions[] = {"in", "on", "since", "early", "late", "mid", "by", "until",
                                               "till", "last", "next", "of", "through", "from", "during",
                                               "before", "after", "this", "and", "to"};
const std::string_view kNegations[] = {"not", "n't", "never", "no", "cannot"};
// "likely voters": the pollsters' screened group, not a guess. Words that may stand between
// "likely" and the group ("likely Democratic primary voters"), and the group nouns.
const std::string_view kVoterModifiers[] = {"democratic", "republican", "gop", "primary", "general", "election",
                                            "general-election", "presidential", "caucus", "registered"};
const std::string_view kVoterGroups[] = {"voters", "voter", "caucusgoers", "caucus-goers", "electorate"};

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsNumberAt(const CueOccurrence& cue, int offset) {
  const int64_t at = offset < 0 ? int64_t(cue.first) + offset : int64_t(cue.end) + offset;
  if (at < cue.sentence->first_token || at >= cue.sentence->end_token) return false;
  return cue.doc->Has(cue.doc->tokens[static_cast<size_t>(at)], kTokNumber);
}

}  // namespace

bool IsTitleCaseSentence(const Document& doc, const Sentence& sentence) {
  int words = 0, capitalized = 0;
  for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (!doc.Has(t, kTokWord) || t.norm_length < 4) continue;
    ++words;
    capitalized += doc.Has(t, kTokCapitalized) ? 1 : 0;
  }
  return words >= 3 && capitalized * 4 >= words * 3;
}

std::string_view NormAround(const CueOccurrence& cue, int offset) {
  const int64_t at = offset < 0 ? int64_t(cue.first) + offset : int64_t(cue.end) + offset;
  if (at < cue.sentence->first_token || at >= cue.sentence->end_token) return {};
  return cue.doc->Norm(cue.doc->tokens[static_cast<size_t>(at)]);
}

const char* HedgeContextVeto(const CueOccurrence& cue, std::string_view phrase) {
  const Document& doc = *cue.doc;
  const Token& first = doc.tokens[cue.first];
  if (doc.Norm(first) == "may") {
    // A date: a number on either side ("May 6", "22 May 1907").
    if (IsNumberAt(cue, 0) || IsNumberAt(cue, -1)) return "context:may.month";
    if (doc.Has(first, kTokCapitalized)) {
      const std::string_view before = NormAround(cue, -1);
      if (InList(kMonthPrepositions, before)) return "context:may.month";
      // Mid-sentence capital: a month or a name ("Brian May"), unless the sentence is Title Case
      // or the word opens a quotation.
      const bool opens_sentence = cue.first == cue.sentence->first_token || before == "\"" || before == "'";
      if (!opens_sentence && !cue.title_case) return "context:may.month";
    }
  }
  if (phrase == "likely") {
    int at = 0;
    while (at < 3 && InList(kVoterModifiers, NormAround(cue, at))) ++at;
    if (InList(kVoterGroups, NormAround(cue, at))) return "context:likely.voters";
  }
  if (phrase == "could") {
    const std::string_view next = NormAround(cue, 0);
    if ((next == "not" || next == "n't" || next == "never") && NormAround(cue, 1) != "have")
      return "context:could.negated-ability";
  }
  return nullptr;
}

const char* BoosterContextVeto(const CueOccurrence& cue) {
  if (InList(kNegations, NormAround(cue, -1)) || InList(kNegations, NormAround(cue, -2)))
    return "context:booster.negated";
  return nullptr;
}

}  // namespace biaslens
