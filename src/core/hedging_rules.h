// Context rules of the hedge detector: readings of a lexicon cue that are *not* hedges,
// decided from the words around it before the context model is asked. Each rule has a
// stable name (shown in docs/hedging.md and mirrored in tools/train_hedging.py).
#pragma once
#include <cstdint>

#include "core/text.h"

namespace biaslens {

// The tokens of one cue occurrence: [first, end) inside `sentence`.
struct CueOccurrence {
  const Document* doc = nullptr;
  const Sentence* sentence = nullptr;
  uint32_t first = 0, end = 0;
  bool title_case = false;  // IsTitleCaseSentence() of `sentence`, computed once per sentence
};

// True when most longer words of the sentence are capitalized (a Title Case headline), where
// capitals say nothing about "May" being a name. O(sentence length).
bool IsTitleCaseSentence(const Document& doc, const Sentence& sentence);

// Returns the name of the rule that rules out a hedge reading of `cue` (whose lexicon phrase,
// lower case, is `phrase`), or nullptr when no rule applies:
//   "context:may.month"             "in May", "May 6", "6 May", a capitalized mid-sentence "May"
//   "context:could.negated-ability" "could not", "couldn't" (past inability), but not "couldn't have"
//   "context:likely.voters"         "likely voters", "likely Republican primary voters" (a polling term)
const char* HedgeContextVeto(const CueOccurrence& cue, std::string_view phrase);

// Returns the name of the rule that rules out a booster reading, or nullptr:
//   "context:booster.negated"       "not clearly", "never really", "isn't necessarily"
const char* BoosterContextVeto(const CueOccurrence& cue);

// Normalized form of the token `offset` tokens away from the cue inside its sentence
// ("" outside the sentence). offset < 0 counts back from cue.first, offset >= 0 forward from cue.end.
std::string_view NormAround(const CueOccurrence& cue, int offset);

}  // namespace biaslens
