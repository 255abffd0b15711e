// Fast paths for the files the project writes (internal to src/core): the trained models'
// weight tables (JSON objects of "feature": integer members) and the lexicons, read without
// a general JSON parser. Each reader gives up (false) on anything it does not expect; its
// caller then uses nlohmann's parser, with the same result.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace biaslens {

// The position of the first byte at or after `pos` that is not JSON whitespace.
size_t SkipJsonWhitespace(std::string_view json, size_t pos);

// The JSON string starting at json[pos] ('"'), decoded: *text views the input when the
// string has no escape, else `scratch`. Sets *end past the closing quote. false for an
// invalid string (control character, invalid UTF-8 or escape, no closing quote).
bool ScanJsonString(std::string_view json, size_t pos, std::string* scratch, std::string_view* text, size_t* end);

// ScanJsonString at json[*pos] into *out (a copy); moves *pos past the closing quote.
bool ReadJsonString(std::string_view json, size_t* pos, std::string* out);

// Reads the JSON number at json[*pos] as nlohmann's parser reads it and moves *pos past it:
// integers of at most 15 digits, and decimals of at most 15 significant digits whose power
// of ten is at most 22 in size (computed exactly, then rounded once: the correctly rounded
// value strtod gives). false for anything else, valid JSON or not.
bool ScanJsonNumber(std::string_view json, size_t* pos, double* value);

// The end of the JSON value starting at json[pos], found by structure only (strings,
// brackets); the value is not validated. false when it runs off the end.
bool FindJsonValueEnd(std::string_view json, size_t pos, size_t* end);

// Parses the JSON value starting at json[*pos] (a small one: a number, a list, a note) with
// the general parser and moves *pos past it. false when it is not valid JSON.
bool ReadJsonValue(std::string_view json, size_t* pos, nlohmann::json* value);

// Reads the JSON integer (at most 15 digits, JSON syntax, no fraction or exponent) at
// json[*pos] and moves *pos past it. false for anything else.
bool ScanJsonInteger(std::string_view json, size_t* pos, int64_t* value);

// Reads the object starting at json[*pos]: for each member in file order,
// read_value(key, &p) reads the value starting at json[p] and moves p past it (false: give
// up). Moves *pos past the closing brace. false on a syntax error or when read_value fails.
template <class ReadValue>
bool ScanJsonObject(std::string_view json, size_t* pos, ReadValue&& read_value) {
  const size_t n = json.size();
  size_t p = *pos;
  if (p >= n || json[p] != '{') return false;
  p = SkipJsonWhitespace(json, p + 1);
  if (p < n && json[p] == '}') { *pos = p + 1; return true; }
  std::string scratch;
  for (;;) {
    std::string_view key;
    if (!ScanJsonString(json, p, &scratch, &key, &p)) return false;
    p = SkipJsonWhitespace(json, p);
    if (p >= n || json[p] != ':') return false;
    p = SkipJsonWhitespace(json, p + 1);
    if (!read_value(key, &p)) return false;
    p = SkipJsonWhitespace(json, p);
    if (p < n && json[p] == ',') { p = SkipJsonWhitespace(json, p + 1); continue; }
    if (p < n && json[p] == '}') { *pos = p + 1; return true; }
    return false;
  }
}

// ScanJsonObject that gives up (false) on a member name the object has already had: the
// general parser's rule for those (the last one stands) is then the caller's to apply.
template <class ReadValue>
bool ScanJsonObjectOnce(std::string_view json, size_t* pos, ReadValue&& read_value) {
  std::vector<std::string> seen;
  return ScanJsonObject(json, pos, [&](std::string_view key, size_t* p) {
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) return false;
    seen.emplace_back(key);
    return read_value(key, p);
  });
}

// Reads the object starting at json[*pos] when every member's value is an integer
// (ScanJsonInteger), calling add(key, value) in file order, and moves *pos past the closing
// brace. false for any other content (calls already made stand): the caller then uses the
// general parser.
template <class Add>
bool ScanJsonIntegerObject(std::string_view json, size_t* pos, Add&& add) {
  return ScanJsonObject(json, pos, [&](std::string_view key, size_t* p) {
    int64_t value = 0;
    if (!ScanJsonInteger(json, p, &value)) return false;
    add(key, value);
    return true;
  });
}

// A weight table as the trainers write it: each feature name's FeatureHashOf and its
// weight as written, in file order.
using WeightEntries = std::vector<std::pair<uint64_t, double>>;

// ScanJsonIntegerObject into *entries (cleared first). false as there.
bool ScanWeightTable(std::string_view json, size_t* pos, WeightEntries* entries);

}  // namespace biaslens
