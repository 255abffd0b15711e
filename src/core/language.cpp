#include "core/language.h"

#include "core/word_set.h"

namespace biaslens {

namespace {
// Frequent English function words that are not also frequent words of the major European
// languages (so not "a", "in", "on", "is", "was", "will", "also", "so", "no", "do").
const WordSet& EnglishFunctionWords() {
  static const WordSet words{
      "the",   "of",     "and",     "to",    "that",   "for",   "with",  "as",    "by",    "at",
      "are",   "this",   "from",    "or",    "have",   "had",   "has",   "not",   "but",   "were",
      "his",   "they",   "which",   "we",    "their",  "been",  "would", "said",  "there", "who",
      "she",   "its",    "you",     "about", "more",   "after", "when",  "than",  "can",   "what",
      "them",  "could",  "our",     "these", "into",   "if",    "out",   "over",  "up",    "all",
      "other", "some",   "such",    "only",  "how",    "why",   "where", "while", "because",
      "should", "those", "being",   "says"};
  return words;
}
}  // namespace

LanguageCheck CheckEnglish(const Document& doc) {
  LanguageCheck check;
  size_t word_bytes = 0;
  const WordSet& english = EnglishFunctionWords();
  for (const Token& t : doc.tokens) {
    if (!(t.flags & kTokWord)) continue;
    if (check.words == kMaxWordsLooked) break;
    ++check.words;
    word_bytes += t.end - t.start;
    if (english.Contains(doc.Norm(t))) ++check.english_words;
  }
  // Scripts written without spaces give few, long "words": 300 bytes of them is enough.
  check.judged = check.words >= kMinWordsToJudge || (word_bytes >= 300 && word_bytes >= 12 * check.words);
  check.english = !check.judged ||
                  static_cast<double>(check.english_words) >= kMinEnglishShare * static_cast<double>(check.words);
  return check;
}

std::string LanguageWarning(const LanguageCheck& check) {
  if (check.english) return "";
  return "the text does not read as English (" + std::to_string(check.english_words) + " of its first " +
         std::to_string(check.words) + " words are common English words): the lexicons and models are English, "
         "so its scores mean little";
}

}  // namespace biaslens
