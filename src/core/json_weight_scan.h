// A fast path for the trained models' weight tables (internal to src/core): JSON objects of
// "feature": integer members, as the trainers write them, read without a general JSON parser.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace biaslens {

// The position of the first byte at or after `pos` that is not JSON whitespace.
size_t SkipJsonWhitespace(std::string_view json, size_t pos);

// The JSON string starting at json[pos] ('"'), decoded: *text views the input when the
// string has no escape, else `scratch`. Sets *end past the closing quote. false for an
// invalid string (control character, invalid UTF-8 or escape, no closing quote).
bool ScanJsonString(std::string_view json, size_t pos, std::string* scratch, std::string_view* text, size_t* end);

// The end of the JSON value starting at json[pos], found by structure only (strings,
// brackets); the value is not validated. false when it runs off the end.
bool FindJsonValueEnd(std::string_view json, size_t pos, size_t* end);

// Reads the object starting at json[*pos] when every member is a string key and an integer
// of at most 15 digits in JSON syntax, calling
// add(key, value) in file order, and moves *pos past the closing brace. false for any
// other content (calls already made stand): the caller then uses the general parser.
template <class Add>
bool ScanJsonIntegerObject(std::string_view json, size_t* pos, Add&& add) {
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
    const bool negative = p < n && json[p] == '-';
    if (negative) ++p;
    const size_t digits = p;
    int64_t value = 0;
    while (p < n && json[p] >= '0' && json[p] <= '9') {
      if (p - digits == 15) return false;
      value = value * 10 + (json[p] - '0');
      ++p;
    }
    if (p == digits || (json[digits] == '0' && p - digits > 1)) return false;  // no digits; a leading zero
    if (p < n && (json[p] == '.' || json[p] == 'e' || json[p] == 'E')) return false;
    add(key, negative ? -value : value);
    p = SkipJsonWhitespace(json, p);
    if (p < n && json[p] == ',') { p = SkipJsonWhitespace(json, p + 1); continue; }
    if (p < n && json[p] == '}') { *pos = p + 1; return true; }
    return false;
  }
}

}  // namespace biaslens
