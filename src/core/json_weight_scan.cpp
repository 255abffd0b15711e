#include "core/json_weight_scan.h"

#include <cstring>

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
  // Eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero_byte = [](uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  while (p + 8 <= json.size()) {
    uint64_t word;
    std::memcpy(&word, json.data() + p, 8);
    if ((word & kHighs) || has_zero_byte(word ^ (kOnes * '"')) || has_zero_byte(word ^ (kOnes * '\\')) ||
        ((word - kOnes * 0x20) & ~word & kHighs))
      break;
    p += 8;
  }
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

bool ReadJsonString(std::string_view json, size_t* pos, std::string* out) {
  std::string scratch;
  std::string_view text;
  if (!ScanJsonString(json, *pos, &scratch, &text, pos)) return false;
  out->assign(text);
  return true;
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

bool ScanJsonNumber(std::string_view json, size_t* pos, double* value) {
  static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  const size_t n = json.size();
  size_t p = *pos;
  const bool negative = p < n && json[p] == '-';
  if (negative) ++p;
  uint64_t mantissa = 0;
  int significant = 0, power = 0;
  auto digit = [&](char c) {
    if (mantissa == 0 && c == '0') return true;  // a leading zero is not significant
    if (++significant > 15) return false;
    mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
    return true;
  };
  const size_t integer = p;
  while (p < n && json[p] >= '0' && json[p] <= '9')
    if (!digit(json[p++])) return false;
  if (p == integer || (json[integer] == '0' && p - integer > 1)) return false;  // no digits; a leading zero
  bool is_integer = true;
  if (p < n && json[p] == '.') {
    is_integer = false;
    const size_t fraction = ++p;
    for (; p < n && json[p] >= '0' && json[p] <= '9'; ++p, --power)
      if (!digit(json[p])) return false;
    if (p == fraction) return false;
  }
  if (p < n && (json[p] == 'e' || json[p] == 'E')) {
    is_integer = false;
    ++p;
    const bool negative_exponent = p < n && json[p] == '-';
    if (p < n && (json[p] == '-' || json[p] == '+')) ++p;
    const size_t exponent_digits = p;
    int exponent = 0;
    for (; p < n && json[p] >= '0' && json[p] <= '9'; ++p) {
      if (exponent > 1000) return false;
      exponent = exponent * 10 + (json[p] - '0');
    }
    if (p == exponent_digits) return false;
    power += negative_exponent ? -exponent : exponent;
  }
  if (is_integer) {  // nlohmann keeps it an integer: "-0" is 0, not -0.0
    const int64_t v = static_cast<int64_t>(mantissa);
    *value = static_cast<double>(negative ? -v : v);
  } else {
    double v = 0;
    if (mantissa != 0) {
      if (power > 22 || power < -22) return false;
      v = static_cast<double>(mantissa);
      v = power >= 0 ? v * kPowersOfTen[power] : v / kPowersOfTen[-power];
    }
    *value = negative ? -v : v;
  }
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
