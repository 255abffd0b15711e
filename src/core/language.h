// Whether a text reads as English. Every lexicon and model of the scorer is English, so the
// scores of a text in another language mean little; the report says so in `warnings`.
#pragma once
#include <cstddef>
#include <string>

#include "core/text.h"

namespace biaslens {

struct LanguageCheck {
  bool judged = false;        // the text is long enough to tell (kMinWordsToJudge words, or
                              // long runs of letters without spaces, as Chinese or Japanese)
  bool english = true;        // false only when judged and too few common English words
  size_t words = 0;           // words looked at (at most kMaxWordsLooked)
  size_t english_words = 0;   // of those, common English function words ("the", "of", "which")
};

constexpr size_t kMinWordsToJudge = 60;
constexpr size_t kMaxWordsLooked = 400;
// English news has 11–45% of its words in the list (median 30% over the development
// corpora's texts of 60 words or more); Spanish, German, French, Italian, Portuguese, Dutch
// and Russian news, under 2%.
constexpr double kMinEnglishShare = 0.05;

// Looks at the first kMaxWordsLooked words of `doc`.
LanguageCheck CheckEnglish(const Document& doc);

// The report's warning for a text that was judged not English ("" when it reads as English).
std::string LanguageWarning(const LanguageCheck& check);

}  // namespace biaslens
