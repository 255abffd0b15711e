#include "core/text.h"

#include "core/text_stages.h"
#include "core/word_set.h"

namespace biaslens {

bool IsTitleAbbreviation(std::string_view norm) {
  static const WordSet kWords = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt",
                                 "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt",
                                 "det", "insp", "messrs", "mmes", "fr", "sr", "jr", "sens", "reps", "govs"};
  return kWords.Contains(norm);
}

bool IsAbbreviation(std::string_view norm) {
  static const WordSet kOthers = {"inc", "corp", "co", "ltd", "llc", "plc", "vs", "v", "etc", "no", "nos", "fig",
                                  "approx", "dept", "est", "st", "mt", "ft", "ave", "blvd", "rd", "univ", "assn",
                                  "bros", "gov't", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                  "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs",
                                  "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del",
                                  "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
                                  "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
                                  "va", "vt", "wash", "wis", "wyo", "al", "e.g", "i.e", "cf", "op", "vol",
                                  "pp", "ed"};
  return IsTitleAbbreviation(norm) || kOthers.Contains(norm);
}

bool IsMonthName(std::string_view norm) {
  static const WordSet kWords = {"january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                 "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  return kWords.Contains(norm);
}

bool IsWeekdayName(std::string_view norm) {
  static const WordSet kWords = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"};
  return kWords.Contains(norm);
}

uint32_t HashNorm(std::string_view normalized) {
  uint32_t h = 2166136261u;
  for (unsigned char c : normalized) { h ^= c; h *= 16777619u; }
  return h == 0 ? 1 : h;  // 0 is reserved for the lexicon wildcard
}

Document AnalyzeText(std::string_view text, const TextOptions& options) {
  Document doc;
  doc.text = text;
  TokenizeParagraphs(doc);
  MarkBoilerplate(doc);
  MarkHeadline(doc, options);
  FindQuotations(doc);
  SplitSentences(doc);
  MarkCommonWords(doc);
  return doc;
}

std::vector<std::string> NormalizePhrase(std::string_view phrase) {
  // Lower-case ASCII words between single spaces (most lexicon entries) are their own
  // tokens: no Document is needed.
  bool plain = !phrase.empty() && phrase.front() != ' ' && phrase.back() != ' ';
  for (size_t i = 0; plain && i < phrase.size(); ++i)
    plain = (phrase[i] >= 'a' && phrase[i] <= 'z') || (phrase[i] == ' ' && phrase[i - 1] != ' ');
  if (plain) {
    std::vector<std::string> words;
    for (size_t start = 0; start <= phrase.size();) {
      size_t end = phrase.find(' ', start);
      if (end == std::string_view::npos) end = phrase.size();
      words.emplace_back(phrase.substr(start, end - start));
      start = end + 1;
    }
    return words;
  }
  Document doc = AnalyzeText(phrase, TextOptions{false});
  std::vector<std::string> words;
  words.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) words.emplace_back(doc.Norm(t));
  return words;
}

}  // namespace biaslens
