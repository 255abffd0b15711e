// Lexicons: JSON word lists with a category and weight per entry, multi-word phrases
// allowed, compiled into one PhraseMatcher that finds every entry in a Document in a
// single pass over its tokens (hash of the first token, then hash-by-hash comparison).
//
// File format (assets/lexicons/*.json):
//   {"name": "hedges", "version": "2026-11-22", "description": "…",
//    "entries": [{"phrase": "it remains to be seen", "category": "phrase", "weight": 0.9,
//                 "note": "optional free text"}, …]}
// Phrases are normalized with NormalizePhrase(); "*" as a phrase word matches any one word.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/text.h"

namespace biaslens {

struct LexiconEntry {
  std::string phrase;    // as written in the file
  std::string category;  // module-defined ("modal", "doxastic", "intensifier", …)
  float weight = 1.0f;
  std::string note;       // optional "note" (attribution.json: "prep:source follows …")
  std::string canonical;  // optional "canonical": the name the phrase stands for (source_types.json)
  std::vector<uint32_t> token_hashes;  // normalized phrase words; 0 = wildcard
  nlohmann::json* extra = nullptr;     // unused by the matcher; reserved
};

struct Lexicon {
  std::string name, version, description;
  std::string content_hash;  // FNV-1a 64 of the file bytes, hex: shown in the method view
  std::vector<LexiconEntry> entries;
};

// Parses a lexicon file. On failure returns false with a message naming the entry.
bool ParseLexicon(std::string_view json_bytes, Lexicon* out, std::string* error);

// ParseLexicon's fast path (public for tests): a file as the project writes it (one object;
// "name", "version", "description" strings; "entries" objects with string members, "weight"
// a ScanJsonNumber number; no repeated member) read without a JSON tree. false (*out
// untouched) for anything else, which ParseLexicon leaves to the general parser.
bool ReadLexiconFast(std::string_view json_bytes, Lexicon* out);

struct PhraseMatch {
  uint32_t first_token;  // index into Document::tokens
  uint32_t token_count;
  uint32_t entry;        // index into the matcher's entries (in Add() order)
};

class PhraseMatcher {
 public:
  // Adds every entry of `lexicon`; returns the index of the first one added.
  uint32_t AddLexicon(const Lexicon& lexicon, uint32_t tag = 0);
  uint32_t Add(const LexiconEntry& entry, uint32_t tag = 0);
  void Build();  // call once after the last Add()

  const LexiconEntry& entry(uint32_t i) const { return entries_[i]; }
  uint32_t tag(uint32_t i) const { return tags_[i]; }
  size_t size() const { return entries_.size(); }

  // All matches starting at token `at`, longest first. Returns how many were written.
  size_t MatchAt(const Document& doc, uint32_t at, PhraseMatch* out, size_t capacity) const {
    // Most tokens start no phrase: one bit of their hash says so without a call.
    const uint32_t hash = doc.tokens[at].hash;
    if (!built_ || !(first_bits_[hash >> 22] >> ((hash >> 16) & 63) & 1)) return 0;
    return MatchFrom(doc, at, out, capacity);
  }

  // Every match in the document, by start token; at each start only the longest match
  // unless `all_lengths`. Calls fn(const PhraseMatch&).
  template <class Fn>
  void ForEachMatch(const Document& doc, Fn&& fn, bool all_lengths = false) const {
    PhraseMatch buffer[16];
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      size_t n = MatchAt(doc, i, buffer, all_lengths ? 16 : 1);
      for (size_t k = 0; k < n; ++k) fn(buffer[k]);
    }
  }

 private:
  std::vector<LexiconEntry> entries_;
  std::vector<uint32_t> tags_;
  // Open-addressing table: first-token hash -> [begin, end) into phrases_. The phrases of two
  // or more tokens come first, [begin, singles); second_bits has bit (h & 63) set for each of
  // their second-token hashes h (all bits when one is the wildcard 0), so a token whose
  // successor's bit is clear can only match the one-token phrases.
  struct Bucket { uint32_t hash = 0, begin = 0, end = 0, singles = 0; uint64_t second_bits = 0; bool used = false; };
  std::vector<Bucket> table_;
  // The entries grouped by first-token hash, longest first, each with its token hashes laid
  // out in token_hashes_ (a match test reads contiguous memory, not the entries).
  struct Phrase { uint32_t entry = 0, token_count = 0, hashes_begin = 0; };  // hashes at token_hashes_[hashes_begin]
  std::vector<Phrase> phrases_;
  std::vector<uint32_t> token_hashes_;
  // Bit (hash >> 16) is set for the first-token hash of every entry (1 << 16 bits).
  std::vector<uint64_t> first_bits_;
  size_t MatchFrom(const Document& doc, uint32_t at, PhraseMatch* out, size_t capacity) const;  // MatchAt's search
  uint32_t mask_ = 0;
  bool built_ = false;
};

std::string Fnv1a64Hex(std::string_view bytes);

}  // namespace biaslens
