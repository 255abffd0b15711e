#include "core/lexicon.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/feature_hash.h"
#include "core/json_weight_scan.h"

namespace biaslens {

std::string Fnv1a64Hex(std::string_view bytes) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(FeatureHashOf(bytes)));
  return buf;
}

namespace {

// The normalized phrase words as lexicon hashes (0 for the "*" wildcard). false when the
// phrase has no first word that is not "*".
bool HashPhrase(LexiconEntry* entry) {
  for (const std::string& word : NormalizePhrase(entry->phrase))
    entry->token_hashes.push_back(word == "*" ? 0u : HashNorm(word));
  return !entry->token_hashes.empty() && entry->token_hashes[0] != 0;
}

// One entry object at json[*pos] read without a JSON tree; false (the general parser then
// decides) for a member of an unexpected type, a repeated member, or a phrase HashPhrase rejects.
bool ReadEntryFast(std::string_view json, size_t* pos, LexiconEntry* entry) {
  enum : unsigned { kPhrase = 1, kCategory = 2, kWeight = 4, kNote = 8, kCanonical = 16 };
  unsigned seen = 0;
  auto first_time = [&](unsigned member) { return !(seen & member) && (seen |= member); };
  const bool read = ScanJsonObject(json, pos, [&](std::string_view key, size_t* p) {
    if (key == "phrase") return first_time(kPhrase) && ReadJsonString(json, p, &entry->phrase);
    if (key == "category") return first_time(kCategory) && ReadJsonString(json, p, &entry->category);
    if (key == "weight") {
      double weight = 0;
      if (!first_time(kWeight) || !ScanJsonNumber(json, p, &weight) || !(std::fabs(weight) <= 1e6)) return false;
      entry->weight = static_cast<float>(weight);
      return true;
    }
    std::string* text = key == "note" ? &entry->note : key == "canonical" ? &entry->canonical : nullptr;
    if (text && !first_time(key == "note" ? kNote : kCanonical)) return false;
    if (text && *p < json.size() && json[*p] == '"') return ReadJsonString(json, p, text);
    nlohmann::json ignored;  // any other member (or a note that is not a string): valid JSON, unused
    return ReadJsonValue(json, p, &ignored);
  });
  return read && (seen & kPhrase) && HashPhrase(entry);
}

// ParseLexicon's body; may throw nlohmann::json::type_error on a member of the wrong type.
bool ParseLexiconOrThrow(std::string_view json_bytes, Lexicon* out, std::string* error) {
  nlohmann::json j = nlohmann::json::parse(json_bytes.begin(), json_bytes.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) { *error = "lexicon is not a JSON object"; return false; }
  Lexicon lex;
  lex.name = j.value("name", "");
  lex.version = j.value("version", "");
  lex.description = j.value("description", "");
  lex.content_hash = Fnv1a64Hex(json_bytes);
  if (lex.name.empty()) { *error = "lexicon has no \"name\""; return false; }
  const auto entries = j.find("entries");
  if (entries == j.end() || !entries->is_array()) { *error = "lexicon '" + lex.name + "' has no \"entries\" array"; return false; }
  lex.entries.reserve(entries->size());
  size_t index = 0;
  for (const auto& e : *entries) {
    const std::string where = "lexicon '" + lex.name + "' entry " + std::to_string(index++);
    if (!e.is_object() || !e.contains("phrase") || !e["phrase"].is_string()) { *error = where + ": needs a string \"phrase\""; return false; }
    LexiconEntry entry;
    entry.phrase = e["phrase"].get<std::string>();
    entry.category = e.value("category", "");
    for (auto [key, field] : {std::pair<const char*, std::string*>{"note", &entry.note}, {"canonical", &entry.canonical}})
      if (const auto it = e.find(key); it != e.end() && it->is_string()) *field = it->get<std::string>();
    if (e.contains("weight")) {
      if (!e["weight"].is_number()) { *error = where + " ('" + entry.phrase + "'): \"weight\" must be a number"; return false; }
      const double weight = e["weight"].get<double>();
      if (!(std::fabs(weight) <= 1e6)) { *error = where + " ('" + entry.phrase + "'): \"weight\" is out of range"; return false; }
      entry.weight = static_cast<float>(weight);
    }
    if (!HashPhrase(&entry)) {
      *error = where + " ('" + entry.phrase + "'): a phrase needs a first word that is not '*'";
      return false;
    }
    lex.entries.push_back(std::move(entry));
  }
  *out = std::move(lex);
  return true;
}

}  // namespace

bool ReadLexiconFast(std::string_view json, Lexicon* out) {
  Lexicon lex;
  bool has_entries = false;
  size_t pos = SkipJsonWhitespace(json, 0);
  const bool read = ScanJsonObjectOnce(json, &pos, [&](std::string_view key, size_t* p) {
    if (key == "name") return ReadJsonString(json, p, &lex.name);
    if (key == "version") return ReadJsonString(json, p, &lex.version);
    if (key == "description") return ReadJsonString(json, p, &lex.description);
    if (key != "entries") {
      nlohmann::json ignored;
      return ReadJsonValue(json, p, &ignored);
    }
    has_entries = true;
    size_t q = *p;
    if (q >= json.size() || json[q] != '[') return false;
    q = SkipJsonWhitespace(json, q + 1);
    if (q < json.size() && json[q] == ']') { *p = q + 1; return true; }
    for (;;) {
      LexiconEntry entry;
      if (!ReadEntryFast(json, &q, &entry)) return false;
      lex.entries.push_back(std::move(entry));
      q = SkipJsonWhitespace(json, q);
      if (q < json.size() && json[q] == ',') { q = SkipJsonWhitespace(json, q + 1); continue; }
      if (q < json.size() && json[q] == ']') { *p = q + 1; return true; }
      return false;
    }
  });
  if (!read || !has_entries || lex.name.empty() || SkipJsonWhitespace(json, pos) != json.size()) return false;
  lex.content_hash = Fnv1a64Hex(json);
  *out = std::move(lex);
  return true;
}

bool ParseLexicon(std::string_view json_bytes, Lexicon* out, std::string* error) {
  if (ReadLexiconFast(json_bytes, out)) return true;
  try {
    return ParseLexiconOrThrow(json_bytes, out, error);
  } catch (const nlohmann::json::exception&) {  // "name": 5, "category": [1], …
    *error = "lexicon: \"name\", \"version\", \"description\" and \"category\" must be strings";
    return false;
  }
}

uint32_t PhraseMatcher::AddLexicon(const Lexicon& lexicon, uint32_t tag) {
  const uint32_t first = static_cast<uint32_t>(entries_.size());
  for (const LexiconEntry& e : lexicon.entries) Add(e, tag);
  return first;
}

uint32_t PhraseMatcher::Add(const LexiconEntry& entry, uint32_t tag) {
  built_ = false;
  entries_.push_back(entry);
  tags_.push_back(tag);
  return static_cast<uint32_t>(entries_.size() - 1);
}

void PhraseMatcher::Build() {
  std::vector<uint32_t> order(entries_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (entries_[a].token_hashes[0] != entries_[b].token_hashes[0]) return entries_[a].token_hashes[0] < entries_[b].token_hashes[0];
    return entries_[a].token_hashes.size() > entries_[b].token_hashes.size();
  });
  phrases_.clear();
  token_hashes_.clear();
  for (uint32_t i : order) {
    const std::vector<uint32_t>& hashes = entries_[i].token_hashes;
    phrases_.push_back(Phrase{i, static_cast<uint32_t>(hashes.size()), static_cast<uint32_t>(token_hashes_.size())});
    token_hashes_.insert(token_hashes_.end(), hashes.begin(), hashes.end());
  }
  first_bits_.assign((size_t{1} << 16) / 64, 0);
  for (const LexiconEntry& e : entries_) first_bits_[e.token_hashes[0] >> 22] |= uint64_t{1} << ((e.token_hashes[0] >> 16) & 63);
  size_t capacity = 16;
  while (capacity < entries_.size() * 2) capacity <<= 1;
  table_.assign(capacity, Bucket{});
  mask_ = static_cast<uint32_t>(capacity - 1);
  for (uint32_t k = 0; k < phrases_.size();) {
    const uint32_t hash = token_hashes_[phrases_[k].hashes_begin];
    uint32_t end = k;
    while (end < phrases_.size() && token_hashes_[phrases_[end].hashes_begin] == hash) ++end;
    Bucket bucket{hash, k, end, end, 0, true};
    for (uint32_t q = k; q < end; ++q) {
      if (phrases_[q].token_count < 2) { bucket.singles = std::min(bucket.singles, q); continue; }
      const uint32_t second = token_hashes_[phrases_[q].hashes_begin + 1];
      bucket.second_bits |= second == 0 ? ~uint64_t{0} : uint64_t{1} << (second & 63);
    }
    uint32_t slot = hash & mask_;
    while (table_[slot].used) slot = (slot + 1) & mask_;
    table_[slot] = bucket;
    k = end;
  }
  built_ = true;
}

size_t PhraseMatcher::MatchFrom(const Document& doc, uint32_t at, PhraseMatch* out, size_t capacity) const {
  if (table_.empty() || capacity == 0) return 0;
  const uint32_t hash = doc.tokens[at].hash;
  uint32_t slot = hash & mask_;
  while (table_[slot].used && table_[slot].hash != hash) slot = (slot + 1) & mask_;
  if (!table_[slot].used) return 0;
  const Bucket& b = table_[slot];
  size_t written = 0;
  const size_t token_count = doc.tokens.size();
  // A token matches an entry's token when their hashes agree; hash 0 in an entry matches any
  // word or number. A phrase never runs across a paragraph break.
  auto matches = [](const Token& t, uint32_t entry_hash) {
    return (entry_hash == 0 ? (t.flags & (kTokWord | kTokNumber)) != 0 : t.hash == entry_hash) &&
           !(t.flags & kTokParagraphStart);
  };
  uint32_t from = b.begin;
  if (at + 1 >= token_count || !(b.second_bits >> (doc.tokens[at + 1].hash & 63) & 1)) from = b.singles;
  for (uint32_t k = from; k < b.end && written < capacity; ++k) {
    const Phrase& p = phrases_[k];
    const size_t n = p.token_count;
    if (at + n > token_count) continue;
    const uint32_t* hashes = &token_hashes_[p.hashes_begin];
    if (n > 1 && !matches(doc.tokens[at + 1], hashes[1])) continue;  // most phrases of a bucket end here
    bool ok = true;
    for (size_t w = 2; w < n && ok; ++w) {
      ok = matches(doc.tokens[at + w], hashes[w]);
    }
    if (ok) out[written++] = PhraseMatch{at, static_cast<uint32_t>(n), p.entry};
  }
  return written;
}

}  // namespace biaslens
