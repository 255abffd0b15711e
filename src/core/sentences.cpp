// Stage 5 of AnalyzeText: sentences within paragraphs.
//
// A sentence ends at . ! ? or … (plus any closing quotes and brackets) when the next token
// starts a sentence (capitalized word, digit, opening quote) — unless the period belongs
// to an abbreviation: titles ("Dr.", "Gen.") never end one; months before a number
// ("Sept. 11") don't; a single capital is an initial ("John F. Kennedy"); dotted forms
// ("U.S.", "a.m.") end one only before a word that typically opens a sentence.
// A paragraph end always ends a sentence.
#include <algorithm>
#include <string_view>

#include "core/text_stages.h"

namespace biaslens {
namespace {

bool IsSentenceOpener(std::string_view norm) {
  static const std::string_view kOpeners[] = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "there",
      "on", "at", "his", "her", "its", "their", "our", "mr", "mrs", "ms", "if", "when", "as", "after",
      "for", "some", "many", "while", "however", "yet", "so", "both", "one", "those", "these", "according"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), norm) != std::end(kOpeners);
}

bool IsTerminal(std::string_view norm) { return norm == "." || norm == "!" || norm == "?" || norm == "..."; }

bool IsCloser(const Token& t, std::string_view norm) {
  return (t.flags & kTokCloseQuote) || norm == ")" || norm == "]" || norm == "'" ||
         ((t.flags & kTokQuoteMark) && !(t.flags & kTokOpenQuote));
}

bool StartsSentence(const Document& doc, const Token& t) {
  if (t.flags & (kTokOpenQuote | kTokNumber)) return true;
  if (t.flags & kTokWord) {
    if (t.flags & kTokCapitalized) return true;
    return false;
  }
  std::string_view n = doc.Norm(t);
  return n == "(" || n == "[" || n == "-" || n == "\"";
}

// Does the period at token index `i` (whose previous token is `prev`) end a sentence,
// given the next token `next`?
bool PeriodEndsSentence(const Document& doc, uint32_t i, const Token* next) {
  if (i == 0) return true;
  const Token& prev = doc.tokens[i - 1];
  if (prev.end != doc.tokens[i].start) return true;  // "word ." with a space: a real stop
  const std::string_view word = doc.Norm(prev);
  if (prev.flags & kTokWord) {
    if (IsTitleAbbreviation(word)) return false;
    if (IsMonthName(word) && word.size() <= 4 && next && (next->flags & kTokNumber)) return false;
    // A legislator's party and state, "(D-N.Y.)", "R-S.C.": the state's first letter is an initial.
    const bool hyphen_initial = word.size() == 3 && IsPartyStateWord(word) && doc.text[prev.end - 1] >= 'A' &&
                                doc.text[prev.end - 1] <= 'Z';
    const bool single_capital = (word.size() == 1 && (prev.flags & kTokCapitalized)) || hyphen_initial;
    if (single_capital) return next == nullptr || !(next->flags & kTokCapitalized) ? true : false;
    // "No. 5" is a number; "voted no. The bill failed" ends a sentence.
    if (word == "no" || word == "nos") return next == nullptr || !(next->flags & kTokNumber);
    if (IsAbbreviation(word)) return next && (next->flags & kTokWord) && IsSentenceOpener(doc.Norm(*next));
  }
  return true;
}

}  // namespace

void SplitSentences(Document& doc) {
  doc.sentences.reserve(doc.tokens.size() / 18 + doc.paragraphs.size() + 1);
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    uint32_t begin = para.first_token;
    auto emit = [&](uint32_t end_token) {
      if (end_token <= begin) return;
      Sentence s{};
      s.first_token = begin;
      s.end_token = end_token;
      s.start = doc.tokens[begin].start;
      s.end = doc.tokens[end_token - 1].end;
      s.paragraph = p;
      s.boilerplate = para.boilerplate;
      s.headline = para.headline;
      const uint32_t index = static_cast<uint32_t>(doc.sentences.size());
      for (uint32_t k = begin; k < end_token; ++k) doc.tokens[k].sentence = index;
      doc.tokens[begin].flags |= kTokSentenceStart;
      doc.sentences.push_back(s);
      begin = end_token;
    };
    for (uint32_t i = para.first_token; i < para.end_token; ++i) {
      const Token& t = doc.tokens[i];
      if (!(t.flags & kTokPunct) && !(t.flags & kTokAbbreviation)) continue;
      const std::string_view norm = doc.Norm(t);
      const bool dotted_abbreviation = (t.flags & kTokAbbreviation) != 0;
      if (!dotted_abbreviation && !IsTerminal(norm)) continue;
      // Swallow runs of terminals and closing marks: ?!  ."  .)
      uint32_t j = i + 1;
      while (j < para.end_token && (doc.tokens[j].flags & kTokPunct) &&
             (IsTerminal(doc.Norm(doc.tokens[j])) || IsCloser(doc.tokens[j], doc.Norm(doc.tokens[j]))))
        ++j;
      if (j >= para.end_token) break;  // the paragraph end closes it
      const Token& next = doc.tokens[j];
      if (!StartsSentence(doc, next)) {
        i = j - 1;  // every terminal in the run sees this same `next`: skip the run (linear time)
        continue;
      }
      if (dotted_abbreviation) {
        if (!((next.flags & kTokWord) && IsSentenceOpener(doc.Norm(next)))) continue;
      } else if (norm == "." && !PeriodEndsSentence(doc, i, &next)) {
        continue;
      }
      emit(j);
      i = j - 1;
    }
    emit(para.end_token);
  }
}

}  // namespace biaslens
