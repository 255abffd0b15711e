// The stages AnalyzeText() runs, in order (internal to src/core). Each reads what the
// earlier ones built and adds its part of the Document.
#pragma once
#include "core/text.h"

namespace biaslens {

// Splits `doc.text` into paragraphs (non-empty lines; a line ending in a title's period, "Dr.", joins
// the next when that starts with a capital) and tokens; fills norm_arena.
void TokenizeParagraphs(Document& doc);
// Marks page-boilerplate paragraphs (dates, breadcrumbs, teasers, share text, credits).
void MarkBoilerplate(Document& doc);
// Picks the headline: the first non-empty, non-boilerplate paragraph.
void MarkHeadline(Document& doc, const TextOptions& options);
// Finds quotations (double quotes, multi-paragraph, nested single quotes); sets kTokQuoted.
void FindQuotations(Document& doc);
// Splits paragraphs into sentences (abbreviation- and quote-aware); sets Token::sentence.
void SplitSentences(Document& doc);
// Sets kTokCommonWord (common_words.cpp).
void MarkCommonWords(Document& doc);

// Word classes the stages share.
bool IsAbbreviation(std::string_view norm);       // "dr", "sept", "u.s." (no final period)
bool IsTitleAbbreviation(std::string_view norm);  // "mr", "dr", "gen": never end a sentence
bool IsMonthName(std::string_view norm);          // "march", "sept", "oct"
bool IsWeekdayName(std::string_view norm);
// A legislator's party and state as one word, "d-n" of "(D-N.Y.)", "r-fla" of "R-Fla.":
// "d-", "r-" or "i-" and at least one more letter (lower case, as Norm gives it).
inline bool IsPartyStateWord(std::string_view norm) {
  return norm.size() >= 3 && (norm[0] == 'd' || norm[0] == 'r' || norm[0] == 'i') && norm[1] == '-';
}

}  // namespace biaslens
