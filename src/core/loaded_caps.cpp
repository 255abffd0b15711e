#include "core/loaded_caps.h"

#include <algorithm>
#include <iterator>

namespace biaslens {
namespace {

// Common short English words: in upper case they are shouting, not initialisms.
const std::string_view kShortWords[] = {
    "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
    "of", "oh", "on", "or", "so", "to", "up", "us", "we", "all", "and", "any", "are", "bad", "big", "but",
    "can", "did", "end", "far", "few", "for", "get", "got", "had", "has", "her", "him", "his", "hot", "how",
    "its", "let", "lie", "man", "may", "men", "new", "not", "now", "off", "old", "one", "our", "out", "own",
    "put", "sad", "say", "see", "she", "sex", "the", "too", "top", "two", "war", "was", "way", "who", "why",
    "win", "won", "yes", "yet", "you"};

bool IsShortWord(std::string_view norm) {
  return std::find(std::begin(kShortWords), std::end(kShortWords), norm) != std::end(kShortWords);
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Punctuation that may sit inside a shouting run ("MOVE, OBAMA", "SHOCK: PUTIN", "HE'S").
bool BridgesRun(std::string_view norm) {
  return norm == "," || norm == ":" || norm == "-" || norm == "'" || norm == "&" || norm == "/" ||
         norm == "!" || norm == "?" || norm == "\"";
}

}  // namespace

void AcronymSet::AddLexicon(const Lexicon& lexicon) {
  for (const LexiconEntry& e : lexicon.entries)
    if (e.token_hashes.size() == 1 && e.token_hashes[0] != 0) hashes_.insert(e.token_hashes[0]);
}

bool AcronymSet::LooksLikeAcronym(const Document& doc, const Token& t) const {
  if (hashes_.count(t.hash)) return true;
  const std::string_view norm = doc.Norm(t);
  int letters = 0, vowels = 0;
  for (char c : norm) {
    if (c >= '0' && c <= '9') return true;  // S-400, G20, MH17
    if (c == '.') return true;              // U.N., D.C.
    if (c >= 'a' && c <= 'z') { ++letters; vowels += IsVowel(c) ? 1 : 0; }
    else if (static_cast<unsigned char>(c) >= 0x80) ++letters;  // non-ASCII letter: a word
  }
  if (vowels == 0 && letters > 0 && norm.size() == static_cast<size_t>(letters)) return true;  // NYPD, BBC
  return letters <= 3 && !IsShortWord(norm);
}

std::vector<CapsRun> FindCapsRuns(const Document& doc, const Sentence& s, const AcronymSet& acronyms) {
  std::vector<CapsRun> runs;
  CapsRun run;
  bool open = false;
  bool has_long = false;
  uint32_t last_caps = 0;
  auto close = [&]() {
    if (open && run.shouting_words >= 2 && has_long) {
      run.end_token = last_caps + 1;
      runs.push_back(run);
    }
    open = false;
  };
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = doc.tokens[i];
    const bool caps_word = doc.Has(t, kTokAllCaps) && !doc.Has(t, kTokClitic);
    // A single capital letter ("A", "I") continues a run but never starts one.
    const bool single_capital = doc.Has(t, kTokWord) && doc.Has(t, kTokCapitalized) && t.end - t.start == 1;
    const bool clitic = doc.Has(t, kTokClitic);
    if (caps_word) {
      if (!open) { run = CapsRun{i, i + 1, 0}; open = true; has_long = false; }
      if (!acronyms.LooksLikeAcronym(doc, t)) {
        ++run.shouting_words;
        if (doc.Norm(t).size() >= 4) has_long = true;
      }
      last_caps = i;
      continue;
    }
    if (open && (single_capital || clitic || doc.Has(t, kTokNumber) || (doc.Has(t, kTokPunct) && BridgesRun(doc.Norm(t))))) {
      if (single_capital) last_caps = i;
      continue;
    }
    close();
  }
  close();
  return runs;
}

}  // namespace biaslens
