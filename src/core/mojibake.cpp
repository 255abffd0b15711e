// Repairs UTF-8 read as Windows-1252; see mojibake.h.
#include "core/mojibake.h"

#include "core/utf8.h"

namespace biaslens {
namespace {

// The Windows-1252 byte 0x80–0xBF that decodes to `cp`, or 0: the characters Windows-1252 puts
// at 0x80–0x9F, the C1 controls Latin-1 puts there, and U+00A0–U+00BF.
uint8_t ContinuationByte(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0xBF) return static_cast<uint8_t>(cp);
  static const uint16_t kWindows1252[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  for (uint32_t b = 0; b < 32; ++b)
    if (kWindows1252[b] != 0 && kWindows1252[b] == cp) return static_cast<uint8_t>(0x80 + b);
  return 0;
}

// The second byte is allowed after `lead`: no overlong form, no surrogate, nothing past U+10FFFF.
bool SecondByteFits(uint8_t lead, uint8_t second) {
  switch (lead) {
    case 0xE0: return second >= 0xA0;
    case 0xED: return second <= 0x9F;
    case 0xF0: return second >= 0x90;
    case 0xF4: return second <= 0x8F;
    default: return true;
  }
}

// How many continuation bytes the UTF-8 lead byte `lead` (read as a character) takes; 0 for none.
int ContinuationsAfter(uint32_t lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

}  // namespace

size_t RepairMojibake(std::string_view text, std::string* repaired, std::vector<uint32_t>* to_original) {
  // A repair starts at a lead character U+00C2–U+00F4 (written C3 82 … C3 B4) right before a
  // continuation character (written with a first byte C2, C5, C6, CB or E2): most texts, even
  // with accented letters, have no such pair.
  bool pair = false;
  for (size_t i = text.find('\xC3'); i != std::string_view::npos && !pair; i = text.find('\xC3', i + 1)) {
    const uint8_t next = i + 2 < text.size() ? static_cast<uint8_t>(text[i + 2]) : 0;
    pair = next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2;
  }
  if (!pair) return 0;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  std::string out;
  std::vector<uint32_t> map;
  size_t count = 0;
  for (const char* p = begin; p < end;) {
    int length = 1;
    const uint32_t lead = DecodeUtf8(p, end, &length);
    const int continuations = ContinuationsAfter(lead);
    uint8_t bytes[4] = {static_cast<uint8_t>(lead), 0, 0, 0};
    const char* q = p + length;
    bool fits = continuations > 0;
    for (int k = 1; fits && k <= continuations; ++k) {
      if (q >= end) { fits = false; break; }
      int n = 1;
      bytes[k] = ContinuationByte(DecodeUtf8(q, end, &n));
      fits = bytes[k] != 0 && (k > 1 || SecondByteFits(bytes[0], bytes[1]));
      q += n;
    }
    if (fits) {
      if (count++ == 0) {  // the text before the first repair, byte for byte
        out.assign(begin, p);
        for (uint32_t i = 0; i < static_cast<uint32_t>(p - begin); ++i) map.push_back(i);
      }
      for (int k = 0; k <= continuations; ++k) {
        out.push_back(static_cast<char>(bytes[k]));
        map.push_back(static_cast<uint32_t>(p - begin));
      }
      p = q;
      continue;
    }
    for (int k = 0; count > 0 && k < length; ++k) {
      out.push_back(p[k]);
      map.push_back(static_cast<uint32_t>(p - begin + k));
    }
    p += length;
  }
  if (count == 0) return 0;
  map.push_back(static_cast<uint32_t>(text.size()));
  *repaired = std::move(out);
  *to_original = std::move(map);
  return count;
}

}  // namespace biaslens
