#include "core/json_weight_scan.h"

#include <nlohmann/json.hpp>

#include "core/feature_hash.h"
#include "core/utf8.h"

namespace biaslens {

size_t SkipJsonWhitespace(std::string_view json, size_t pos) {
  while (pos < json.size() && (json[pos] == ' ' || json[pos] == '\n' || json[pos] == '\r' || json[pos] == '\t')) ++pos;
  return pos;
}

bool ScanJsonString(std::string_view json, size_t pos, std::string* scratch, std::string_view* text, size_t* end) {
  if (pos >= json.size() || json[pos] != '"') return false;
  bool ascii = true, escaped = false;
  size_t p = pos + 1;
  for (; p < json.size() && json[p] != '"'; ++p) {
    const unsigned char u = static_cast<unsigned char>(json[p]);
    if (u < 0x20) return false;
    if (u == '\\') { escaped = true; ++p; }
    ascii = ascii && u < 0x80;
  }
  if (p >= json.size()) return false;
  *end = p + 1;
  if (escaped) {  // rare in model files ("w=\"" for a quotation mark): the general parser decodes it
    const nlohmann::json decoded = nlohmann::json::parse(json.begin() + pos, json.begin() + p + 1, nullptr, false);
    if (!decoded.is_string()) return false;
    *scratch = decoded.get<std::string>();
    *text = *scratch;
    return true;
  }
  *text = json.substr(pos + 1, p - pos - 1);
  return ascii || IsValidUtf8(*text);
}

bool ScanJsonInteger(std::string_view json, size_t* pos, int64_t* value) {
  const size_t n = json.size();
  size_t p = *pos;
  const bool negative = p < n && json[p] == '-';
  if (negative) ++p;
  const size_t digits = p;
  int64_t v = 0;
  while (p < n && json[p] >= '0' && json[p] <= '9') {
    if (p - digits == 15) return false;
    v = v * 10 + (json[p] - '0');
    ++p;
  }
  if (p == digits || (json[digits] == '0' && p - digits > 1)) return false;  // no digits; a leading zero
  if (p < n && (json[p] == '.' || json[p] == 'e' || json[p] == 'E')) return false;
  *value = negative ? -v : v;
  *pos = p;
  return true;
}

bool FindJsonValueEnd(std::string_view json, size_t pos, size_t* end) {
  const size_t n = json.size();
  int depth = 0;
  for (size_t p = pos; p < n; ++p) {
    const char c = json[p];
    if (c == '"') {
      for (++p; p < n && json[p] != '"'; ++p)
        if (json[p] == '\\') ++p;
      if (p >= n) return false;
      if (depth == 0) { *end = p + 1; return true; }
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) { *end = p; return p > pos; }
      if (--depth == 0) { *end = p + 1; return true; }
    } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
      *end = p;
      return p > pos;
    }
  }
  if (depth == 0 && n > pos) { *end = n; return true; }
  return false;
}

bool ReadJsonValue(std::string_view json, size_t* pos, nlohmann::json* value) {
  size_t end = 0;
  if (!FindJsonValueEnd(json, *pos, &end)) return false;
  *value = nlohmann::json::parse(json.begin() + *pos, json.begin() + end, nullptr, false);
  if (value->is_discarded()) return false;
  *pos = end;
  return true;
}

bool ScanWeightTable(std::string_view json, size_t* pos, WeightEntries* entries) {
  entries->clear();
  return ScanJsonIntegerObject(json, pos, [&](std::string_view feature, int64_t weight) {
    entries->emplace_back(FeatureHashOf(feature), static_cast<double>(weight));
  });
}

}  // namespace biaslens
