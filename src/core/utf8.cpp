#include "core/utf8.h"

#include <cstring>

namespace biaslens {

uint32_t DecodeUtf8(const char* p, const char* end, int* length, bool* invalid) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  const size_t avail = static_cast<size_t>(end - p);
  const unsigned char c0 = s[0];
  *length = 1;
  if (invalid) *invalid = false;
  if (c0 < 0x80) return c0;
  // The well-formed sequences of Unicode's Table 3-7: the lead byte fixes how many bytes
  // follow and the range of the first of them (the others are 80..BF).
  int follow = 0;
  unsigned char low = 0x80, high = 0xBF;
  uint32_t cp = 0;
  if (c0 >= 0xC2 && c0 <= 0xDF) { follow = 1; cp = c0 & 0x1Fu; }
  else if (c0 >= 0xE0 && c0 <= 0xEF) { follow = 2; cp = c0 & 0x0Fu; low = c0 == 0xE0 ? 0xA0 : 0x80; high = c0 == 0xED ? 0x9F : 0xBF; }
  else if (c0 >= 0xF0 && c0 <= 0xF4) { follow = 3; cp = c0 & 0x07u; low = c0 == 0xF0 ? 0x90 : 0x80; high = c0 == 0xF4 ? 0x8F : 0xBF; }
  for (int i = 1; i <= follow; ++i) {
    if (static_cast<size_t>(i) >= avail || s[i] < low || s[i] > high) {
      follow = 0;  // ill-formed: the bytes read so far are one maximal subpart
      *length = i;
      break;
    }
    cp = (cp << 6) | (s[i] & 0x3Fu);
    low = 0x80;
    high = 0xBF;
  }
  if (follow == 0) {
    if (invalid) *invalid = true;
    return kReplacementChar;
  }
  *length = follow + 1;
  return cp;
}

bool IsValidUtf8(std::string_view text, size_t* first_bad) {
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    // Speed: skip ASCII eight bytes at a time (no byte has its high bit set).
    uint64_t block;
    while (end - p >= 8 && (std::memcpy(&block, p, 8), (block & 0x8080808080808080ull) == 0)) p += 8;
    if (p >= end) break;
    if (static_cast<unsigned char>(*p) < 0x80) { ++p; continue; }
    int len = 0;
    bool invalid = false;
    DecodeUtf8(p, end, &len, &invalid);
    if (invalid) {
      if (first_bad) *first_bad = static_cast<size_t>(p - text.data());
      return false;
    }
    p += len;
  }
  return true;
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    int len = 0;
    bool invalid = false;
    const uint32_t cp = DecodeUtf8(p, end, &len, &invalid);
    if (cp == 0) out += ' ';
    else if (invalid) AppendUtf8(kReplacementChar, out);
    else out.append(p, static_cast<size_t>(len));
    p += len;
  }
  return out;
}

namespace {

// The base letter of an accented Latin letter, 0 when `cp` is none.
char BaseLatinLetter(uint32_t cp) {
  // U+00C0..U+00FF; '\0' for ×, ÷, Æ, æ, Þ, þ, ß.
  static const char kLatin1[] = "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";
  // U+0100..U+017F, upper and lower case in turn from U+0100 and again from U+0139.
  static const char kExtendedA[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKk\0LlLlLlLlLlNnNnNn\0NnOoOoOo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kExtendedA[cp - 0x100];
  if (cp >= 0x218 && cp <= 0x21B) return "SsTt"[cp - 0x218];
  return 0;
}

}  // namespace

std::string FoldLatinLetters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) { out += *p++; continue; }
    int len = 0;
    bool invalid = false;
    const uint32_t cp = DecodeUtf8(p, end, &len, &invalid);
    const char base = invalid ? 0 : BaseLatinLetter(cp);
    if (base) out += base;
    else out.append(p, static_cast<size_t>(len));
    p += len;
  }
  return out;
}

bool DecodeUtf16WithBom(std::string_view bytes, std::string* out, bool* invalid) {
  if (bytes.size() < 2) return false;
  const auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])); };
  const bool little = byte(0) == 0xFF && byte(1) == 0xFE;
  if (!little && !(byte(0) == 0xFE && byte(1) == 0xFF)) return false;
  const auto unit = [&](size_t i) { return little ? byte(i) | byte(i + 1) << 8 : byte(i) << 8 | byte(i + 1); };
  *invalid = false;
  std::string text;
  text.reserve(bytes.size() + bytes.size() / 2);
  size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) < 0xE000) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (cp >= 0xD800 && cp < 0xE000) {
      cp = kReplacementChar;
      *invalid = true;
    }
    AppendUtf8(cp, text);
  }
  if (i < bytes.size()) {
    AppendUtf8(kReplacementChar, text);
    *invalid = true;
  }
  *out = std::move(text);
  return true;
}

bool ParseOffsetUnit(std::string_view name, OffsetUnit* unit) {
  if (name == "utf8" || name == "byte" || name == "bytes") { *unit = OffsetUnit::kUtf8; return true; }
  if (name == "codepoint" || name == "codepoints") { *unit = OffsetUnit::kCodepoint; return true; }
  if (name == "utf16") { *unit = OffsetUnit::kUtf16; return true; }
  return false;
}

const char* OffsetUnitName(OffsetUnit unit) {
  switch (unit) {
    case OffsetUnit::kUtf8: return "utf8";
    case OffsetUnit::kCodepoint: return "codepoint";
    case OffsetUnit::kUtf16: return "utf16";
  }
  return "utf8";
}

OffsetMapper::OffsetMapper(std::string_view text, OffsetUnit unit) : unit_(unit) {
  if (unit == OffsetUnit::kUtf8) {
    table_.push_back(static_cast<uint32_t>(text.size()));  // only the clamp bound
    return;
  }
  table_.assign(text.size() + 1, 0);
  const char* base = text.data();
  const char* end = base + text.size();
  uint32_t units = 0;
  size_t i = 0;
  while (i < text.size()) {
    int len = 0;
    uint32_t cp = DecodeUtf8(base + i, end, &len);
    for (int k = 0; k < len; ++k) table_[i + k] = units;  // inside a sequence: its start
    units += (unit == OffsetUnit::kUtf16 && cp >= 0x10000) ? 2 : 1;
    i += static_cast<size_t>(len);
  }
  table_[text.size()] = units;
}

uint32_t OffsetMapper::Map(uint32_t byte_offset) const {
  if (unit_ == OffsetUnit::kUtf8) return byte_offset < table_[0] ? byte_offset : table_[0];
  return byte_offset < table_.size() ? table_[byte_offset] : table_.back();
}

std::vector<uint32_t> CodepointToByteTable(std::string_view text) {
  std::vector<uint32_t> table;
  table.reserve(text.size() + 1);
  const char* base = text.data();
  const char* end = base + text.size();
  size_t i = 0;
  while (i < text.size()) {
    table.push_back(static_cast<uint32_t>(i));
    int len = 0;
    DecodeUtf8(base + i, end, &len);
    i += static_cast<size_t>(len);
  }
  table.push_back(static_cast<uint32_t>(text.size()));
  return table;
}

}  // namespace biaslens
